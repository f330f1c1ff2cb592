from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.e911_number_page import E911NumberPage
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    e911_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/e911s/{e911_id}/relationships/numbers".format(
            e911_id=quote(str(e911_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> E911NumberPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = E911NumberPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[E911NumberPage | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[E911NumberPage | ErrorBody]:
    """List the numbers that use an E911 address

     Flowroute's two examples disagree about `id`: one shows an internal
    relationship id, the other the phone number. Treat `id` as opaque and read
    the number from `attributes.value`. The paging parameters come from the
    documented `links` (default page size 10; no maximum is documented).

    Args:
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[E911NumberPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        e911_id=e911_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> E911NumberPage | ErrorBody | None:
    """List the numbers that use an E911 address

     Flowroute's two examples disagree about `id`: one shows an internal
    relationship id, the other the phone number. Treat `id` as opaque and read
    the number from `attributes.value`. The paging parameters come from the
    documented `links` (default page size 10; no maximum is documented).

    Args:
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        E911NumberPage | ErrorBody
    """

    return sync_detailed(
        e911_id=e911_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[E911NumberPage | ErrorBody]:
    """List the numbers that use an E911 address

     Flowroute's two examples disagree about `id`: one shows an internal
    relationship id, the other the phone number. Treat `id` as opaque and read
    the number from `attributes.value`. The paging parameters come from the
    documented `links` (default page size 10; no maximum is documented).

    Args:
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[E911NumberPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        e911_id=e911_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> E911NumberPage | ErrorBody | None:
    """List the numbers that use an E911 address

     Flowroute's two examples disagree about `id`: one shows an internal
    relationship id, the other the phone number. Treat `id` as opaque and read
    the number from `attributes.value`. The paging parameters come from the
    documented `links` (default page size 10; no maximum is documented).

    Args:
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        E911NumberPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            e911_id=e911_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed

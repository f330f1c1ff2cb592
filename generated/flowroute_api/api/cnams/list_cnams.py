from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cnam_page import CnamPage
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    value: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["is_approved"] = is_approved

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/cnams",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CnamPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CnamPage.from_dict(response.json())

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
) -> Response[CnamPage | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[CnamPage | ErrorBody]:
    """List the account's outbound caller-ID names

     Flowroute enforces no maximum page size here.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        is_approved (bool | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CnamPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        is_approved=is_approved,
        value=value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    value: str | Unset = UNSET,
) -> CnamPage | ErrorBody | None:
    """List the account's outbound caller-ID names

     Flowroute enforces no maximum page size here.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        is_approved (bool | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CnamPage | ErrorBody
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        is_approved=is_approved,
        value=value,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[CnamPage | ErrorBody]:
    """List the account's outbound caller-ID names

     Flowroute enforces no maximum page size here.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        is_approved (bool | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CnamPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        is_approved=is_approved,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    value: str | Unset = UNSET,
) -> CnamPage | ErrorBody | None:
    """List the account's outbound caller-ID names

     Flowroute enforces no maximum page size here.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        is_approved (bool | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CnamPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            is_approved=is_approved,
            value=value,
        )
    ).parsed

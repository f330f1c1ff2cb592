from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.phone_number_page import PhoneNumberPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    starts_with: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    alias: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["starts_with"] = starts_with

    params["ends_with"] = ends_with

    params["contains"] = contains

    params["limit"] = limit

    params["offset"] = offset

    params["alias"] = alias

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/numbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PhoneNumberPage | None:
    if response.status_code == 200:
        response_200 = PhoneNumberPage.from_dict(response.json())

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
) -> Response[ErrorBody | PhoneNumberPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    alias: str | Unset = UNSET,
) -> Response[ErrorBody | PhoneNumberPage]:
    """List the numbers on the account

     List items carry no `relationships`; read one number for its routes.

    Args:
        starts_with (str | Unset):
        ends_with (str | Unset):
        contains (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        alias (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PhoneNumberPage]
    """

    kwargs = _get_kwargs(
        starts_with=starts_with,
        ends_with=ends_with,
        contains=contains,
        limit=limit,
        offset=offset,
        alias=alias,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    alias: str | Unset = UNSET,
) -> ErrorBody | PhoneNumberPage | None:
    """List the numbers on the account

     List items carry no `relationships`; read one number for its routes.

    Args:
        starts_with (str | Unset):
        ends_with (str | Unset):
        contains (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        alias (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PhoneNumberPage
    """

    return sync_detailed(
        client=client,
        starts_with=starts_with,
        ends_with=ends_with,
        contains=contains,
        limit=limit,
        offset=offset,
        alias=alias,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    alias: str | Unset = UNSET,
) -> Response[ErrorBody | PhoneNumberPage]:
    """List the numbers on the account

     List items carry no `relationships`; read one number for its routes.

    Args:
        starts_with (str | Unset):
        ends_with (str | Unset):
        contains (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        alias (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PhoneNumberPage]
    """

    kwargs = _get_kwargs(
        starts_with=starts_with,
        ends_with=ends_with,
        contains=contains,
        limit=limit,
        offset=offset,
        alias=alias,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    alias: str | Unset = UNSET,
) -> ErrorBody | PhoneNumberPage | None:
    """List the numbers on the account

     List items carry no `relationships`; read one number for its routes.

    Args:
        starts_with (str | Unset):
        ends_with (str | Unset):
        contains (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        alias (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PhoneNumberPage
    """

    return (
        await asyncio_detailed(
            client=client,
            starts_with=starts_with,
            ends_with=ends_with,
            contains=contains,
            limit=limit,
            offset=offset,
            alias=alias,
        )
    ).parsed

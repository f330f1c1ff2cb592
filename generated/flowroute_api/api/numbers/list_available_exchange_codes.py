from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.exchange_code_page import ExchangeCodePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    max_setup_cost: float | Unset = UNSET,
    areacode: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["max_setup_cost"] = max_setup_cost

    params["areacode"] = areacode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/numbers/available/exchanges",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ExchangeCodePage | None:
    if response.status_code == 200:
        response_200 = ExchangeCodePage.from_dict(response.json())

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
) -> Response[ErrorBody | ExchangeCodePage]:
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
    max_setup_cost: float | Unset = UNSET,
    areacode: int | Unset = UNSET,
) -> Response[ErrorBody | ExchangeCodePage]:
    """List exchanges (NPA-NXX) that have purchasable numbers

     Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        max_setup_cost (float | Unset):
        areacode (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ExchangeCodePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        max_setup_cost=max_setup_cost,
        areacode=areacode,
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
    max_setup_cost: float | Unset = UNSET,
    areacode: int | Unset = UNSET,
) -> ErrorBody | ExchangeCodePage | None:
    """List exchanges (NPA-NXX) that have purchasable numbers

     Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        max_setup_cost (float | Unset):
        areacode (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ExchangeCodePage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        max_setup_cost=max_setup_cost,
        areacode=areacode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    max_setup_cost: float | Unset = UNSET,
    areacode: int | Unset = UNSET,
) -> Response[ErrorBody | ExchangeCodePage]:
    """List exchanges (NPA-NXX) that have purchasable numbers

     Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        max_setup_cost (float | Unset):
        areacode (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ExchangeCodePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        max_setup_cost=max_setup_cost,
        areacode=areacode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    max_setup_cost: float | Unset = UNSET,
    areacode: int | Unset = UNSET,
) -> ErrorBody | ExchangeCodePage | None:
    """List exchanges (NPA-NXX) that have purchasable numbers

     Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        max_setup_cost (float | Unset):
        areacode (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ExchangeCodePage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            max_setup_cost=max_setup_cost,
            areacode=areacode,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.area_code_page import AreaCodePage
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    max_setup_cost: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["max_setup_cost"] = max_setup_cost

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/numbers/available/areacodes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AreaCodePage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AreaCodePage.from_dict(response.json())

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
) -> Response[AreaCodePage | ErrorBody]:
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
) -> Response[AreaCodePage | ErrorBody]:
    """List area codes that have purchasable numbers

     Returns the NPAs (area codes) in which at least one number can be bought.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        max_setup_cost (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AreaCodePage | ErrorBody]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        max_setup_cost=max_setup_cost,
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
) -> AreaCodePage | ErrorBody | None:
    """List area codes that have purchasable numbers

     Returns the NPAs (area codes) in which at least one number can be bought.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        max_setup_cost (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AreaCodePage | ErrorBody
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        max_setup_cost=max_setup_cost,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    max_setup_cost: float | Unset = UNSET,
) -> Response[AreaCodePage | ErrorBody]:
    """List area codes that have purchasable numbers

     Returns the NPAs (area codes) in which at least one number can be bought.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        max_setup_cost (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AreaCodePage | ErrorBody]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        max_setup_cost=max_setup_cost,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    max_setup_cost: float | Unset = UNSET,
) -> AreaCodePage | ErrorBody | None:
    """List area codes that have purchasable numbers

     Returns the NPAs (area codes) in which at least one number can be bought.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        max_setup_cost (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AreaCodePage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            max_setup_cost=max_setup_cost,
        )
    ).parsed

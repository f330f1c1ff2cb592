from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.route_page import RoutePage
from ...models.route_type_filter import RouteTypeFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    route_type: RouteTypeFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_route_type: str | Unset = UNSET
    if not isinstance(route_type, Unset):
        json_route_type = route_type.value

    params["route_type"] = json_route_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/routes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | RoutePage | None:
    if response.status_code == 200:
        response_200 = RoutePage.from_dict(response.json())

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
) -> Response[ErrorBody | RoutePage]:
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
    route_type: RouteTypeFilter | Unset = UNSET,
) -> Response[ErrorBody | RoutePage]:
    """List inbound voice routes

     Route `0` (alias and type `sip-reg`, value null) is always present.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        route_type (RouteTypeFilter | Unset): Route types that can be listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RoutePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        route_type=route_type,
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
    route_type: RouteTypeFilter | Unset = UNSET,
) -> ErrorBody | RoutePage | None:
    """List inbound voice routes

     Route `0` (alias and type `sip-reg`, value null) is always present.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        route_type (RouteTypeFilter | Unset): Route types that can be listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RoutePage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        route_type=route_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    route_type: RouteTypeFilter | Unset = UNSET,
) -> Response[ErrorBody | RoutePage]:
    """List inbound voice routes

     Route `0` (alias and type `sip-reg`, value null) is always present.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        route_type (RouteTypeFilter | Unset): Route types that can be listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RoutePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        route_type=route_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    route_type: RouteTypeFilter | Unset = UNSET,
) -> ErrorBody | RoutePage | None:
    """List inbound voice routes

     Route `0` (alias and type `sip-reg`, value null) is always present.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        route_type (RouteTypeFilter | Unset): Route types that can be listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RoutePage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            route_type=route_type,
        )
    ).parsed

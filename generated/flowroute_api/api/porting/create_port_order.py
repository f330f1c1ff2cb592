from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.port_order_create_request import PortOrderCreateRequest
from ...models.port_order_document import PortOrderDocument
from ...types import Response


def _get_kwargs(
    *,
    body: PortOrderCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/portorders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PortOrderDocument | None:
    if response.status_code == 200:
        response_200 = PortOrderDocument.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PortOrderDocument.from_dict(response.json())

        return response_201

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
) -> Response[ErrorBody | PortOrderDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderCreateRequest,
) -> Response[ErrorBody | PortOrderDocument]:
    """Ask to port numbers to Flowroute

     Flowroute may split the order into a group of orders. Only part of the
    attribute list was readable; the attributes object accepts more keys.
    The success status is not documented (201 is likely); both 200 and 201
    are declared with the same body.

    Args:
        body (PortOrderCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortOrderDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderCreateRequest,
) -> ErrorBody | PortOrderDocument | None:
    """Ask to port numbers to Flowroute

     Flowroute may split the order into a group of orders. Only part of the
    attribute list was readable; the attributes object accepts more keys.
    The success status is not documented (201 is likely); both 200 and 201
    are declared with the same body.

    Args:
        body (PortOrderCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortOrderDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderCreateRequest,
) -> Response[ErrorBody | PortOrderDocument]:
    """Ask to port numbers to Flowroute

     Flowroute may split the order into a group of orders. Only part of the
    attribute list was readable; the attributes object accepts more keys.
    The success status is not documented (201 is likely); both 200 and 201
    are declared with the same body.

    Args:
        body (PortOrderCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortOrderDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderCreateRequest,
) -> ErrorBody | PortOrderDocument | None:
    """Ask to port numbers to Flowroute

     Flowroute may split the order into a group of orders. Only part of the
    attribute list was readable; the attributes object accepts more keys.
    The success status is not documented (201 is likely); both 200 and 201
    are declared with the same body.

    Args:
        body (PortOrderCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortOrderDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

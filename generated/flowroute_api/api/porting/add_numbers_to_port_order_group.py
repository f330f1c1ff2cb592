from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.port_order_group_numbers_request import PortOrderGroupNumbersRequest
from ...models.port_order_group_numbers_result import PortOrderGroupNumbersResult
from ...types import Response


def _get_kwargs(
    group_id: str,
    *,
    body: PortOrderGroupNumbersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/portorders/{group_id}/numbers".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PortOrderGroupNumbersResult | None:
    if response.status_code == 200:
        response_200 = PortOrderGroupNumbersResult.from_dict(response.json())

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
) -> Response[ErrorBody | PortOrderGroupNumbersResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderGroupNumbersRequest,
) -> Response[ErrorBody | PortOrderGroupNumbersResult]:
    """Add numbers to a port order group

     Flowroute's example sends `{"add": […]}` while its prose names the field
    `numbers`; both keys are allowed here, send `add`. The answer's body is
    not documented, so it is left open (the example shows a port order).

    Args:
        group_id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (PortOrderGroupNumbersRequest): Flat body; Flowroute's example uses `add`, its prose
            `numbers`. Send one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortOrderGroupNumbersResult]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderGroupNumbersRequest,
) -> ErrorBody | PortOrderGroupNumbersResult | None:
    """Add numbers to a port order group

     Flowroute's example sends `{"add": […]}` while its prose names the field
    `numbers`; both keys are allowed here, send `add`. The answer's body is
    not documented, so it is left open (the example shows a port order).

    Args:
        group_id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (PortOrderGroupNumbersRequest): Flat body; Flowroute's example uses `add`, its prose
            `numbers`. Send one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortOrderGroupNumbersResult
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderGroupNumbersRequest,
) -> Response[ErrorBody | PortOrderGroupNumbersResult]:
    """Add numbers to a port order group

     Flowroute's example sends `{"add": […]}` while its prose names the field
    `numbers`; both keys are allowed here, send `add`. The answer's body is
    not documented, so it is left open (the example shows a port order).

    Args:
        group_id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (PortOrderGroupNumbersRequest): Flat body; Flowroute's example uses `add`, its prose
            `numbers`. Send one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortOrderGroupNumbersResult]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderGroupNumbersRequest,
) -> ErrorBody | PortOrderGroupNumbersResult | None:
    """Add numbers to a port order group

     Flowroute's example sends `{"add": […]}` while its prose names the field
    `numbers`; both keys are allowed here, send `add`. The answer's body is
    not documented, so it is left open (the example shows a port order).

    Args:
        group_id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (PortOrderGroupNumbersRequest): Flat body; Flowroute's example uses `add`, its prose
            `numbers`. Send one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortOrderGroupNumbersResult
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed

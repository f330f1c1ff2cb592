from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.port_order_document import PortOrderDocument
from ...models.port_order_numbers_change import PortOrderNumbersChange
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: PortOrderNumbersChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/portorders/{id}/relationships/numbers".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderNumbersChange,
) -> Response[ErrorBody | PortOrderDocument]:
    """Add numbers to or remove numbers from a pending port order

     The body is flat JSON with E.164 numbers, not a JSON:API document.

    Args:
        id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (PortOrderNumbersChange): Flat body (not JSON:API); at least one of the two lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortOrderDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderNumbersChange,
) -> ErrorBody | PortOrderDocument | None:
    """Add numbers to or remove numbers from a pending port order

     The body is flat JSON with E.164 numbers, not a JSON:API document.

    Args:
        id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (PortOrderNumbersChange): Flat body (not JSON:API); at least one of the two lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortOrderDocument
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderNumbersChange,
) -> Response[ErrorBody | PortOrderDocument]:
    """Add numbers to or remove numbers from a pending port order

     The body is flat JSON with E.164 numbers, not a JSON:API document.

    Args:
        id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (PortOrderNumbersChange): Flat body (not JSON:API); at least one of the two lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortOrderDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PortOrderNumbersChange,
) -> ErrorBody | PortOrderDocument | None:
    """Add numbers to or remove numbers from a pending port order

     The body is flat JSON with E.164 numbers, not a JSON:API document.

    Args:
        id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (PortOrderNumbersChange): Flat body (not JSON:API); at least one of the two lists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortOrderDocument
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

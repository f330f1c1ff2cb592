from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.message_accepted import MessageAccepted
from ...models.outbound_message import OutboundMessage
from ...models.outbound_message_document import OutboundMessageDocument
from ...types import Response


def _get_kwargs(
    *,
    body: OutboundMessage | OutboundMessageDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2.1/messages",
    }

    if isinstance(body, OutboundMessage):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | MessageAccepted | None:
    if response.status_code == 202:
        response_202 = MessageAccepted.from_dict(response.json())

        return response_202

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

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | MessageAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OutboundMessage | OutboundMessageDocument,
) -> Response[ErrorBody | MessageAccepted]:
    """Send an SMS or MMS

     The API takes the message either flat (`{"to": …}`) or wrapped as a JSON:API
    document (`{"data": {"type": "message", "attributes": {…}}}`). Sends are
    limited per access key to 5 SMS and 1 MMS per second; attempts over the
    limit get 429 and are not processed.

    Args:
        body (OutboundMessage | OutboundMessageDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessageAccepted]
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
    body: OutboundMessage | OutboundMessageDocument,
) -> ErrorBody | MessageAccepted | None:
    """Send an SMS or MMS

     The API takes the message either flat (`{"to": …}`) or wrapped as a JSON:API
    document (`{"data": {"type": "message", "attributes": {…}}}`). Sends are
    limited per access key to 5 SMS and 1 MMS per second; attempts over the
    limit get 429 and are not processed.

    Args:
        body (OutboundMessage | OutboundMessageDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessageAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OutboundMessage | OutboundMessageDocument,
) -> Response[ErrorBody | MessageAccepted]:
    """Send an SMS or MMS

     The API takes the message either flat (`{"to": …}`) or wrapped as a JSON:API
    document (`{"data": {"type": "message", "attributes": {…}}}`). Sends are
    limited per access key to 5 SMS and 1 MMS per second; attempts over the
    limit get 429 and are not processed.

    Args:
        body (OutboundMessage | OutboundMessageDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessageAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OutboundMessage | OutboundMessageDocument,
) -> ErrorBody | MessageAccepted | None:
    """Send an SMS or MMS

     The API takes the message either flat (`{"to": …}`) or wrapped as a JSON:API
    document (`{"data": {"type": "message", "attributes": {…}}}`). Sends are
    limited per access key to 5 SMS and 1 MMS per second; attempts over the
    limit get 429 and are not processed.

    Args:
        body (OutboundMessage | OutboundMessageDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessageAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

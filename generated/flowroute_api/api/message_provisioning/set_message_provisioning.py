from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.message_bulk_provisioning_status_document import (
    MessageBulkProvisioningStatusDocument,
)
from ...models.message_provisioning_request import MessageProvisioningRequest
from ...models.message_provisioning_status_document import (
    MessageProvisioningStatusDocument,
)
from ...types import Response


def _get_kwargs(
    *,
    body: MessageProvisioningRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/message-provision",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorBody
    | MessageBulkProvisioningStatusDocument
    | MessageProvisioningStatusDocument
    | None
):
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> MessageBulkProvisioningStatusDocument | MessageProvisioningStatusDocument:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = MessageProvisioningStatusDocument.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = MessageBulkProvisioningStatusDocument.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

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
) -> Response[
    ErrorBody
    | MessageBulkProvisioningStatusDocument
    | MessageProvisioningStatusDocument
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessageProvisioningRequest,
) -> Response[
    ErrorBody
    | MessageBulkProvisioningStatusDocument
    | MessageProvisioningStatusDocument
]:
    """Enable or disable SMS/MMS on numbers

     Numbers bought from the inventory are not messaging-enabled by default;
    ported numbers take about 3–5 days. The body is flat JSON with
    `+`-prefixed E.164 numbers; Flowroute shows no content type for it, so
    this spec sends `application/json`. One number is answered with a
    `message_provisioning_status`, several with a
    `message_bulk_provisioning_status` whose attributes are only partly
    documented.

    Args:
        body (MessageProvisioningRequest): Flat body (not JSON:API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessageBulkProvisioningStatusDocument | MessageProvisioningStatusDocument]
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
    body: MessageProvisioningRequest,
) -> (
    ErrorBody
    | MessageBulkProvisioningStatusDocument
    | MessageProvisioningStatusDocument
    | None
):
    """Enable or disable SMS/MMS on numbers

     Numbers bought from the inventory are not messaging-enabled by default;
    ported numbers take about 3–5 days. The body is flat JSON with
    `+`-prefixed E.164 numbers; Flowroute shows no content type for it, so
    this spec sends `application/json`. One number is answered with a
    `message_provisioning_status`, several with a
    `message_bulk_provisioning_status` whose attributes are only partly
    documented.

    Args:
        body (MessageProvisioningRequest): Flat body (not JSON:API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessageBulkProvisioningStatusDocument | MessageProvisioningStatusDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessageProvisioningRequest,
) -> Response[
    ErrorBody
    | MessageBulkProvisioningStatusDocument
    | MessageProvisioningStatusDocument
]:
    """Enable or disable SMS/MMS on numbers

     Numbers bought from the inventory are not messaging-enabled by default;
    ported numbers take about 3–5 days. The body is flat JSON with
    `+`-prefixed E.164 numbers; Flowroute shows no content type for it, so
    this spec sends `application/json`. One number is answered with a
    `message_provisioning_status`, several with a
    `message_bulk_provisioning_status` whose attributes are only partly
    documented.

    Args:
        body (MessageProvisioningRequest): Flat body (not JSON:API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessageBulkProvisioningStatusDocument | MessageProvisioningStatusDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessageProvisioningRequest,
) -> (
    ErrorBody
    | MessageBulkProvisioningStatusDocument
    | MessageProvisioningStatusDocument
    | None
):
    """Enable or disable SMS/MMS on numbers

     Numbers bought from the inventory are not messaging-enabled by default;
    ported numbers take about 3–5 days. The body is flat JSON with
    `+`-prefixed E.164 numbers; Flowroute shows no content type for it, so
    this spec sends `application/json`. One number is answered with a
    `message_provisioning_status`, several with a
    `message_bulk_provisioning_status` whose attributes are only partly
    documented.

    Args:
        body (MessageProvisioningRequest): Flat body (not JSON:API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessageBulkProvisioningStatusDocument | MessageProvisioningStatusDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

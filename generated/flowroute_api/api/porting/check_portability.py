from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.portability_document import PortabilityDocument
from ...models.portability_request import PortabilityRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PortabilityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/portorders/portability",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PortabilityDocument | None:
    if response.status_code == 200:
        response_200 = PortabilityDocument.from_dict(response.json())

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
) -> Response[ErrorBody | PortabilityDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PortabilityRequest,
) -> Response[ErrorBody | PortabilityDocument]:
    """Check whether numbers can be ported to Flowroute

     Numbers must be E.164 with the leading `+`. A number can appear in more
    than one list (portable and hypernetwork-enabled, say). The later Python
    SDK sends the body form-encoded; Flowroute's pages show JSON.

    Args:
        body (PortabilityRequest): Flat body (not JSON:API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortabilityDocument]
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
    body: PortabilityRequest,
) -> ErrorBody | PortabilityDocument | None:
    """Check whether numbers can be ported to Flowroute

     Numbers must be E.164 with the leading `+`. A number can appear in more
    than one list (portable and hypernetwork-enabled, say). The later Python
    SDK sends the body form-encoded; Flowroute's pages show JSON.

    Args:
        body (PortabilityRequest): Flat body (not JSON:API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortabilityDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PortabilityRequest,
) -> Response[ErrorBody | PortabilityDocument]:
    """Check whether numbers can be ported to Flowroute

     Numbers must be E.164 with the leading `+`. A number can appear in more
    than one list (portable and hypernetwork-enabled, say). The later Python
    SDK sends the body form-encoded; Flowroute's pages show JSON.

    Args:
        body (PortabilityRequest): Flat body (not JSON:API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortabilityDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PortabilityRequest,
) -> ErrorBody | PortabilityDocument | None:
    """Check whether numbers can be ported to Flowroute

     Numbers must be E.164 with the leading `+`. A number can appear in more
    than one list (portable and hypernetwork-enabled, say). The later Python
    SDK sends the body form-encoded; Flowroute's pages show JSON.

    Args:
        body (PortabilityRequest): Flat body (not JSON:API).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortabilityDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

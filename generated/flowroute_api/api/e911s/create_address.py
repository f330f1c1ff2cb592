from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.e911_address_create_request import E911AddressCreateRequest
from ...models.e911_address_document import E911AddressDocument
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: E911AddressCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/e911s",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> E911AddressDocument | ErrorBody | None:
    if response.status_code == 201:
        response_201 = E911AddressDocument.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

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
) -> Response[E911AddressDocument | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: E911AddressCreateRequest,
) -> Response[E911AddressDocument | ErrorBody]:
    """Create an E911 address

     The address is validated (geocoded and normalised for the PSAP) before it
    is stored, so it can fail the way `validate_address` does; Flowroute does
    not say with which status, 400 and 422 are both declared.

    Args:
        body (E911AddressCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[E911AddressDocument | ErrorBody]
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
    body: E911AddressCreateRequest,
) -> E911AddressDocument | ErrorBody | None:
    """Create an E911 address

     The address is validated (geocoded and normalised for the PSAP) before it
    is stored, so it can fail the way `validate_address` does; Flowroute does
    not say with which status, 400 and 422 are both declared.

    Args:
        body (E911AddressCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        E911AddressDocument | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: E911AddressCreateRequest,
) -> Response[E911AddressDocument | ErrorBody]:
    """Create an E911 address

     The address is validated (geocoded and normalised for the PSAP) before it
    is stored, so it can fail the way `validate_address` does; Flowroute does
    not say with which status, 400 and 422 are both declared.

    Args:
        body (E911AddressCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[E911AddressDocument | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: E911AddressCreateRequest,
) -> E911AddressDocument | ErrorBody | None:
    """Create an E911 address

     The address is validated (geocoded and normalised for the PSAP) before it
    is stored, so it can fail the way `validate_address` does; Flowroute does
    not say with which status, 400 and 422 are both declared.

    Args:
        body (E911AddressCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        E911AddressDocument | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

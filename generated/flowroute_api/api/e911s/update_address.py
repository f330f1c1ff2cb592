from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.e911_address_document import E911AddressDocument
from ...models.e911_address_update_request import E911AddressUpdateRequest
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    e911_id: str,
    *,
    body: E911AddressUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/e911s/{e911_id}".format(
            e911_id=quote(str(e911_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> E911AddressDocument | ErrorBody | None:
    if response.status_code == 200:
        response_200 = E911AddressDocument.from_dict(response.json())

        return response_200

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
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: E911AddressUpdateRequest,
) -> Response[E911AddressDocument | ErrorBody]:
    """Change an E911 address

     Any subset of the attributes may be sent; the result is validated like a
    new address (400 or 422 on failure). The later Python SDK re-sends the
    whole record and adds an undocumented `zip_code` key; neither is needed.

    Args:
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (E911AddressUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[E911AddressDocument | ErrorBody]
    """

    kwargs = _get_kwargs(
        e911_id=e911_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: E911AddressUpdateRequest,
) -> E911AddressDocument | ErrorBody | None:
    """Change an E911 address

     Any subset of the attributes may be sent; the result is validated like a
    new address (400 or 422 on failure). The later Python SDK re-sends the
    whole record and adds an undocumented `zip_code` key; neither is needed.

    Args:
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (E911AddressUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        E911AddressDocument | ErrorBody
    """

    return sync_detailed(
        e911_id=e911_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: E911AddressUpdateRequest,
) -> Response[E911AddressDocument | ErrorBody]:
    """Change an E911 address

     Any subset of the attributes may be sent; the result is validated like a
    new address (400 or 422 on failure). The later Python SDK re-sends the
    whole record and adds an undocumented `zip_code` key; neither is needed.

    Args:
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (E911AddressUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[E911AddressDocument | ErrorBody]
    """

    kwargs = _get_kwargs(
        e911_id=e911_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: E911AddressUpdateRequest,
) -> E911AddressDocument | ErrorBody | None:
    """Change an E911 address

     Any subset of the attributes may be sent; the result is validated like a
    new address (400 or 422 on failure). The later Python SDK re-sends the
    whole record and adds an undocumented `zip_code` key; neither is needed.

    Args:
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.
        body (E911AddressUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        E911AddressDocument | ErrorBody
    """

    return (
        await asyncio_detailed(
            e911_id=e911_id,
            client=client,
            body=body,
        )
    ).parsed

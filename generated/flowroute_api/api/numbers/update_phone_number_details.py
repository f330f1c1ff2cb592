from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.phone_number_document import PhoneNumberDocument
from ...models.phone_number_update import PhoneNumberUpdate
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: PhoneNumberUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/numbers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PhoneNumberDocument | None:
    if response.status_code == 200:
        response_200 = PhoneNumberDocument.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = PhoneNumberDocument.from_dict(response.json())

        return response_207

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
) -> Response[ErrorBody | PhoneNumberDocument]:
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
    body: PhoneNumberUpdate,
) -> Response[ErrorBody | PhoneNumberDocument]:
    """Change a number's alias, CNAM lookups or messaging enablement

     The body is flat JSON, not a JSON:API document: `type` must be `number`
    and any of the other fields may be given (aliases need not be unique).
    `messaging_email` and `messaging_callback_url` only mean something
    together with `messaging_enabled`. Send `cnam_lookups_enabled` as a real
    boolean (one old documentation page shows the string `"true"`). Like a
    purchase, the update answers 207 when messaging provisioning could not be
    started.

    Args:
        id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (PhoneNumberUpdate): Flat body (not JSON:API) for changing a number; `type` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PhoneNumberDocument]
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
    body: PhoneNumberUpdate,
) -> ErrorBody | PhoneNumberDocument | None:
    """Change a number's alias, CNAM lookups or messaging enablement

     The body is flat JSON, not a JSON:API document: `type` must be `number`
    and any of the other fields may be given (aliases need not be unique).
    `messaging_email` and `messaging_callback_url` only mean something
    together with `messaging_enabled`. Send `cnam_lookups_enabled` as a real
    boolean (one old documentation page shows the string `"true"`). Like a
    purchase, the update answers 207 when messaging provisioning could not be
    started.

    Args:
        id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (PhoneNumberUpdate): Flat body (not JSON:API) for changing a number; `type` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PhoneNumberDocument
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
    body: PhoneNumberUpdate,
) -> Response[ErrorBody | PhoneNumberDocument]:
    """Change a number's alias, CNAM lookups or messaging enablement

     The body is flat JSON, not a JSON:API document: `type` must be `number`
    and any of the other fields may be given (aliases need not be unique).
    `messaging_email` and `messaging_callback_url` only mean something
    together with `messaging_enabled`. Send `cnam_lookups_enabled` as a real
    boolean (one old documentation page shows the string `"true"`). Like a
    purchase, the update answers 207 when messaging provisioning could not be
    started.

    Args:
        id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (PhoneNumberUpdate): Flat body (not JSON:API) for changing a number; `type` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PhoneNumberDocument]
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
    body: PhoneNumberUpdate,
) -> ErrorBody | PhoneNumberDocument | None:
    """Change a number's alias, CNAM lookups or messaging enablement

     The body is flat JSON, not a JSON:API document: `type` must be `number`
    and any of the other fields may be given (aliases need not be unique).
    `messaging_email` and `messaging_callback_url` only mean something
    together with `messaging_enabled`. Send `cnam_lookups_enabled` as a real
    boolean (one old documentation page shows the string `"true"`). Like a
    purchase, the update answers 207 when messaging provisioning could not be
    started.

    Args:
        id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (PhoneNumberUpdate): Flat body (not JSON:API) for changing a number; `type` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PhoneNumberDocument
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

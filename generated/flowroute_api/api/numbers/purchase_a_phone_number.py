from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.phone_number_document import PhoneNumberDocument
from ...models.purchase_options import PurchaseOptions
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: PurchaseOptions | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/numbers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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

    if response.status_code == 201:
        response_201 = PhoneNumberDocument.from_dict(response.json())

        return response_201

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
    body: PurchaseOptions | Unset = UNSET,
) -> Response[ErrorBody | PhoneNumberDocument]:
    """Buy a number from Flowroute's inventory

     Costs money. The number arrives with the built-in `sip-reg` route (id `0`)
    as its primary route. With `messaging_enabled` the server also starts a
    messaging-provisioning job; if that job cannot start the number is still
    bought and the answer is 207.

    Flowroute documents the two options without saying whether they travel in
    the body or the query string. This spec sends them as an optional JSON body
    and a plain purchase sends no body at all, which is what every Flowroute
    SDK does.

    Args:
        id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (PurchaseOptions | Unset):

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
    body: PurchaseOptions | Unset = UNSET,
) -> ErrorBody | PhoneNumberDocument | None:
    """Buy a number from Flowroute's inventory

     Costs money. The number arrives with the built-in `sip-reg` route (id `0`)
    as its primary route. With `messaging_enabled` the server also starts a
    messaging-provisioning job; if that job cannot start the number is still
    bought and the answer is 207.

    Flowroute documents the two options without saying whether they travel in
    the body or the query string. This spec sends them as an optional JSON body
    and a plain purchase sends no body at all, which is what every Flowroute
    SDK does.

    Args:
        id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (PurchaseOptions | Unset):

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
    body: PurchaseOptions | Unset = UNSET,
) -> Response[ErrorBody | PhoneNumberDocument]:
    """Buy a number from Flowroute's inventory

     Costs money. The number arrives with the built-in `sip-reg` route (id `0`)
    as its primary route. With `messaging_enabled` the server also starts a
    messaging-provisioning job; if that job cannot start the number is still
    bought and the answer is 207.

    Flowroute documents the two options without saying whether they travel in
    the body or the query string. This spec sends them as an optional JSON body
    and a plain purchase sends no body at all, which is what every Flowroute
    SDK does.

    Args:
        id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (PurchaseOptions | Unset):

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
    body: PurchaseOptions | Unset = UNSET,
) -> ErrorBody | PhoneNumberDocument | None:
    """Buy a number from Flowroute's inventory

     Costs money. The number arrives with the built-in `sip-reg` route (id `0`)
    as its primary route. With `messaging_enabled` the server also starts a
    messaging-provisioning job; if that job cannot start the number is still
    bought and the answer is 207.

    Flowroute documents the two options without saying whether they travel in
    the body or the query string. This spec sends them as an optional JSON body
    and a plain purchase sends no body at all, which is what every Flowroute
    SDK does.

    Args:
        id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        body (PurchaseOptions | Unset):

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

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_callback_type import AccountCallbackType
from ...models.callback_url import CallbackUrl
from ...models.callback_url_document import CallbackUrlDocument
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    callback_type: AccountCallbackType,
    *,
    body: CallbackUrl | CallbackUrlDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2.1/messages/{callback_type}".format(
            callback_type=quote(str(callback_type), safe=""),
        ),
    }

    if isinstance(body, CallbackUrl):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 204:
        response_204 = None

        return response_204

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
) -> Response[Any | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    callback_type: AccountCallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackUrl | CallbackUrlDocument,
) -> Response[Any | ErrorBody]:
    """Set an account-level messaging webhook URL

     `sms_callback`/`mms_callback` receive inbound messages, the `*_dlr_callback`
    types delivery receipts (`dlr_callback` is the deprecated name of
    `sms_dlr_callback`). Whether delivery receipts exist for MMS is
    contradictory in Flowroute's pages: expect them to be best-effort.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example; the later Python SDK wraps it as
    `{"data": {"attributes": {…}}}`, other clients send it flat. Both forms
    are accepted here; send the flat one.

    Args:
        callback_type (AccountCallbackType): Account-level messaging webhooks; `dlr_callback` is
            the deprecated name
            of `sms_dlr_callback`.
        body (CallbackUrl | CallbackUrlDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        callback_type=callback_type,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    callback_type: AccountCallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackUrl | CallbackUrlDocument,
) -> Any | ErrorBody | None:
    """Set an account-level messaging webhook URL

     `sms_callback`/`mms_callback` receive inbound messages, the `*_dlr_callback`
    types delivery receipts (`dlr_callback` is the deprecated name of
    `sms_dlr_callback`). Whether delivery receipts exist for MMS is
    contradictory in Flowroute's pages: expect them to be best-effort.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example; the later Python SDK wraps it as
    `{"data": {"attributes": {…}}}`, other clients send it flat. Both forms
    are accepted here; send the flat one.

    Args:
        callback_type (AccountCallbackType): Account-level messaging webhooks; `dlr_callback` is
            the deprecated name
            of `sms_dlr_callback`.
        body (CallbackUrl | CallbackUrlDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        callback_type=callback_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    callback_type: AccountCallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackUrl | CallbackUrlDocument,
) -> Response[Any | ErrorBody]:
    """Set an account-level messaging webhook URL

     `sms_callback`/`mms_callback` receive inbound messages, the `*_dlr_callback`
    types delivery receipts (`dlr_callback` is the deprecated name of
    `sms_dlr_callback`). Whether delivery receipts exist for MMS is
    contradictory in Flowroute's pages: expect them to be best-effort.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example; the later Python SDK wraps it as
    `{"data": {"attributes": {…}}}`, other clients send it flat. Both forms
    are accepted here; send the flat one.

    Args:
        callback_type (AccountCallbackType): Account-level messaging webhooks; `dlr_callback` is
            the deprecated name
            of `sms_dlr_callback`.
        body (CallbackUrl | CallbackUrlDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        callback_type=callback_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    callback_type: AccountCallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackUrl | CallbackUrlDocument,
) -> Any | ErrorBody | None:
    """Set an account-level messaging webhook URL

     `sms_callback`/`mms_callback` receive inbound messages, the `*_dlr_callback`
    types delivery receipts (`dlr_callback` is the deprecated name of
    `sms_dlr_callback`). Whether delivery receipts exist for MMS is
    contradictory in Flowroute's pages: expect them to be best-effort.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example; the later Python SDK wraps it as
    `{"data": {"attributes": {…}}}`, other clients send it flat. Both forms
    are accepted here; send the flat one.

    Args:
        callback_type (AccountCallbackType): Account-level messaging webhooks; `dlr_callback` is
            the deprecated name
            of `sms_dlr_callback`.
        body (CallbackUrl | CallbackUrlDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            callback_type=callback_type,
            client=client,
            body=body,
        )
    ).parsed

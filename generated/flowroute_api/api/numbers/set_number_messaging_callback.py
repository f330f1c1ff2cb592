from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.callback_url import CallbackUrl
from ...models.callback_url_document import CallbackUrlDocument
from ...models.error_body import ErrorBody
from ...models.number_callback_type import NumberCallbackType
from ...types import Response


def _get_kwargs(
    number_id: str,
    relationship: NumberCallbackType,
    *,
    body: CallbackUrl | CallbackUrlDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/numbers/{number_id}/relationships/{relationship}".format(
            number_id=quote(str(number_id), safe=""),
            relationship=quote(str(relationship), safe=""),
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
    number_id: str,
    relationship: NumberCallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackUrl | CallbackUrlDocument,
) -> Response[Any | ErrorBody]:
    """Set a messaging webhook URL for one number

     Overrides the account-level URL of the same kind for this number
    (Flowroute does not say so outright, but the number-specific setting is
    the only reason this exists). The later Python SDK posts the deprecated
    type `dlr_callback` here; Flowroute documents only the four types below.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example, one Flowroute SDK sends it flat and
    another wraps it as `{"data": {"attributes": {…}}}`. Both forms are
    accepted here; send the flat one.

    Reading or clearing a number's callback is not documented.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        relationship (NumberCallbackType): Per-number messaging webhooks.
        body (CallbackUrl | CallbackUrlDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        relationship=relationship,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number_id: str,
    relationship: NumberCallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackUrl | CallbackUrlDocument,
) -> Any | ErrorBody | None:
    """Set a messaging webhook URL for one number

     Overrides the account-level URL of the same kind for this number
    (Flowroute does not say so outright, but the number-specific setting is
    the only reason this exists). The later Python SDK posts the deprecated
    type `dlr_callback` here; Flowroute documents only the four types below.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example, one Flowroute SDK sends it flat and
    another wraps it as `{"data": {"attributes": {…}}}`. Both forms are
    accepted here; send the flat one.

    Reading or clearing a number's callback is not documented.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        relationship (NumberCallbackType): Per-number messaging webhooks.
        body (CallbackUrl | CallbackUrlDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        number_id=number_id,
        relationship=relationship,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    number_id: str,
    relationship: NumberCallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackUrl | CallbackUrlDocument,
) -> Response[Any | ErrorBody]:
    """Set a messaging webhook URL for one number

     Overrides the account-level URL of the same kind for this number
    (Flowroute does not say so outright, but the number-specific setting is
    the only reason this exists). The later Python SDK posts the deprecated
    type `dlr_callback` here; Flowroute documents only the four types below.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example, one Flowroute SDK sends it flat and
    another wraps it as `{"data": {"attributes": {…}}}`. Both forms are
    accepted here; send the flat one.

    Reading or clearing a number's callback is not documented.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        relationship (NumberCallbackType): Per-number messaging webhooks.
        body (CallbackUrl | CallbackUrlDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        relationship=relationship,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number_id: str,
    relationship: NumberCallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackUrl | CallbackUrlDocument,
) -> Any | ErrorBody | None:
    """Set a messaging webhook URL for one number

     Overrides the account-level URL of the same kind for this number
    (Flowroute does not say so outright, but the number-specific setting is
    the only reason this exists). The later Python SDK posts the deprecated
    type `dlr_callback` here; Flowroute documents only the four types below.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example, one Flowroute SDK sends it flat and
    another wraps it as `{"data": {"attributes": {…}}}`. Both forms are
    accepted here; send the flat one.

    Reading or clearing a number's callback is not documented.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        relationship (NumberCallbackType): Per-number messaging webhooks.
        body (CallbackUrl | CallbackUrlDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            number_id=number_id,
            relationship=relationship,
            client=client,
            body=body,
        )
    ).parsed

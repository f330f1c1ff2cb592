from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cnam_assignment_document import CnamAssignmentDocument
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    number_id: str,
    cnam_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/numbers/{number_id}/relationships/cnams/{cnam_id}".format(
            number_id=quote(str(number_id), safe=""),
            cnam_id=quote(str(cnam_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CnamAssignmentDocument | ErrorBody | None:
    if response.status_code == 202:
        response_202 = CnamAssignmentDocument.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CnamAssignmentDocument | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number_id: str,
    cnam_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CnamAssignmentDocument | ErrorBody]:
    """Use an approved CNAM record for a number's outbound calls

     Takes no body; only approved records can be assigned, and only to long
    codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
    pages use the plural `cnams` used here; the later Python SDK uses
    `relationships/cnam`. The example answer shows an integer `id` and an
    RFC 1123 `date_created`.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        cnam_id (str): A resource id. Every one seen is digits, but only the server defines them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CnamAssignmentDocument | ErrorBody]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        cnam_id=cnam_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number_id: str,
    cnam_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CnamAssignmentDocument | ErrorBody | None:
    """Use an approved CNAM record for a number's outbound calls

     Takes no body; only approved records can be assigned, and only to long
    codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
    pages use the plural `cnams` used here; the later Python SDK uses
    `relationships/cnam`. The example answer shows an integer `id` and an
    RFC 1123 `date_created`.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        cnam_id (str): A resource id. Every one seen is digits, but only the server defines them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CnamAssignmentDocument | ErrorBody
    """

    return sync_detailed(
        number_id=number_id,
        cnam_id=cnam_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    number_id: str,
    cnam_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CnamAssignmentDocument | ErrorBody]:
    """Use an approved CNAM record for a number's outbound calls

     Takes no body; only approved records can be assigned, and only to long
    codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
    pages use the plural `cnams` used here; the later Python SDK uses
    `relationships/cnam`. The example answer shows an integer `id` and an
    RFC 1123 `date_created`.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        cnam_id (str): A resource id. Every one seen is digits, but only the server defines them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CnamAssignmentDocument | ErrorBody]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        cnam_id=cnam_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number_id: str,
    cnam_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CnamAssignmentDocument | ErrorBody | None:
    """Use an approved CNAM record for a number's outbound calls

     Takes no body; only approved records can be assigned, and only to long
    codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
    pages use the plural `cnams` used here; the later Python SDK uses
    `relationships/cnam`. The example answer shows an integer `id` and an
    RFC 1123 `date_created`.

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        cnam_id (str): A resource id. Every one seen is digits, but only the server defines them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CnamAssignmentDocument | ErrorBody
    """

    return (
        await asyncio_detailed(
            number_id=number_id,
            cnam_id=cnam_id,
            client=client,
        )
    ).parsed

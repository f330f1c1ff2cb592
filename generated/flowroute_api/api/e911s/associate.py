from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    number_id: str,
    e911_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/numbers/{number_id}/relationships/e911s/{e911_id}".format(
            number_id=quote(str(number_id), safe=""),
            e911_id=quote(str(e911_id), safe=""),
        ),
    }

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
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorBody]:
    """Use an E911 address for a number

     Takes no body. Idempotent: repeating it is not an error and is charged
    once. Numbers that cannot have emergency service get 422 (Flowroute's
    pages contradict each other about toll-free numbers, so let the server
    decide).

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        e911_id=e911_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number_id: str,
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorBody | None:
    """Use an E911 address for a number

     Takes no body. Idempotent: repeating it is not an error and is charged
    once. Numbers that cannot have emergency service get 422 (Flowroute's
    pages contradict each other about toll-free numbers, so let the server
    decide).

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        number_id=number_id,
        e911_id=e911_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    number_id: str,
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorBody]:
    """Use an E911 address for a number

     Takes no body. Idempotent: repeating it is not an error and is charged
    once. Numbers that cannot have emergency service get 422 (Flowroute's
    pages contradict each other about toll-free numbers, so let the server
    decide).

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        number_id=number_id,
        e911_id=e911_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number_id: str,
    e911_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorBody | None:
    """Use an E911 address for a number

     Takes no body. Idempotent: repeating it is not an error and is charged
    once. Numbers that cannot have emergency service get 422 (Flowroute's
    pages contradict each other about toll-free numbers, so let the server
    decide).

    Args:
        number_id (str): A phone number as digits without `+`; NANP numbers are 11 digits
            (`1NPANXXXXXX`).
        e911_id (str): A resource id. Every one seen is digits, but only the server defines them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            number_id=number_id,
            e911_id=e911_id,
            client=client,
        )
    ).parsed

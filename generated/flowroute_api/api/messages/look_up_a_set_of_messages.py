from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.message_page import MessagePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: str,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2.1/messages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | MessagePage | None:
    if response.status_code == 200:
        response_200 = MessagePage.from_dict(response.json())

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
) -> Response[ErrorBody | MessagePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorBody | MessagePage]:
    """List message detail records in a UTC date range

     Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the
    dates as ISO date-times.

    Args:
        start_date (str): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        end_date (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessagePage]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorBody | MessagePage | None:
    """List message detail records in a UTC date range

     Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the
    dates as ISO date-times.

    Args:
        start_date (str): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        end_date (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessagePage
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorBody | MessagePage]:
    """List message detail records in a UTC date range

     Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the
    dates as ISO date-times.

    Args:
        start_date (str): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        end_date (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MessagePage]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorBody | MessagePage | None:
    """List message detail records in a UTC date range

     Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the
    dates as ISO date-times.

    Args:
        start_date (str): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        end_date (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MessagePage
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.port_order_list_document import PortOrderListDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    numbers: list[str] | Unset = UNSET,
    status: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    completion_date: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    completed_after: str | Unset = UNSET,
    completed_before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_numbers: list[str] | Unset = UNSET
    if not isinstance(numbers, Unset):
        json_numbers = numbers

    params["numbers"] = json_numbers

    params["status"] = status

    params["alias"] = alias

    params["completion_date"] = completion_date

    params["created_after"] = created_after

    params["created_before"] = created_before

    params["modified_after"] = modified_after

    params["modified_before"] = modified_before

    params["completed_after"] = completed_after

    params["completed_before"] = completed_before

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/portorders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PortOrderListDocument | None:
    if response.status_code == 200:
        response_200 = PortOrderListDocument.from_dict(response.json())

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
) -> Response[ErrorBody | PortOrderListDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    numbers: list[str] | Unset = UNSET,
    status: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    completion_date: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    completed_after: str | Unset = UNSET,
    completed_before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorBody | PortOrderListDocument]:
    """Search the account's port orders

     The answer wraps the orders oddly, as
    `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
    Flowroute writes the number filter as `numbers[]` without showing how it is
    encoded; this spec repeats `numbers=` once per number. Two documented
    options are left out: the ordering parameter (its name was not readable)
    and `group_id`, which together with `status` returns a group summary whose
    shape is undocumented.

    Args:
        numbers (list[str] | Unset):
        status (str | Unset):
        alias (str | Unset):
        completion_date (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        created_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        created_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        modified_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        modified_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        completed_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        completed_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortOrderListDocument]
    """

    kwargs = _get_kwargs(
        numbers=numbers,
        status=status,
        alias=alias,
        completion_date=completion_date,
        created_after=created_after,
        created_before=created_before,
        modified_after=modified_after,
        modified_before=modified_before,
        completed_after=completed_after,
        completed_before=completed_before,
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
    numbers: list[str] | Unset = UNSET,
    status: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    completion_date: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    completed_after: str | Unset = UNSET,
    completed_before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorBody | PortOrderListDocument | None:
    """Search the account's port orders

     The answer wraps the orders oddly, as
    `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
    Flowroute writes the number filter as `numbers[]` without showing how it is
    encoded; this spec repeats `numbers=` once per number. Two documented
    options are left out: the ordering parameter (its name was not readable)
    and `group_id`, which together with `status` returns a group summary whose
    shape is undocumented.

    Args:
        numbers (list[str] | Unset):
        status (str | Unset):
        alias (str | Unset):
        completion_date (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        created_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        created_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        modified_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        modified_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        completed_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        completed_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortOrderListDocument
    """

    return sync_detailed(
        client=client,
        numbers=numbers,
        status=status,
        alias=alias,
        completion_date=completion_date,
        created_after=created_after,
        created_before=created_before,
        modified_after=modified_after,
        modified_before=modified_before,
        completed_after=completed_after,
        completed_before=completed_before,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    numbers: list[str] | Unset = UNSET,
    status: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    completion_date: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    completed_after: str | Unset = UNSET,
    completed_before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorBody | PortOrderListDocument]:
    """Search the account's port orders

     The answer wraps the orders oddly, as
    `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
    Flowroute writes the number filter as `numbers[]` without showing how it is
    encoded; this spec repeats `numbers=` once per number. Two documented
    options are left out: the ordering parameter (its name was not readable)
    and `group_id`, which together with `status` returns a group summary whose
    shape is undocumented.

    Args:
        numbers (list[str] | Unset):
        status (str | Unset):
        alias (str | Unset):
        completion_date (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        created_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        created_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        modified_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        modified_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        completed_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        completed_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortOrderListDocument]
    """

    kwargs = _get_kwargs(
        numbers=numbers,
        status=status,
        alias=alias,
        completion_date=completion_date,
        created_after=created_after,
        created_before=created_before,
        modified_after=modified_after,
        modified_before=modified_before,
        completed_after=completed_after,
        completed_before=completed_before,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    numbers: list[str] | Unset = UNSET,
    status: str | Unset = UNSET,
    alias: str | Unset = UNSET,
    completion_date: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    completed_after: str | Unset = UNSET,
    completed_before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorBody | PortOrderListDocument | None:
    """Search the account's port orders

     The answer wraps the orders oddly, as
    `{"data": {"type": "portorder_list", "attributes": {"orders": {"data": […]}}}}`.
    Flowroute writes the number filter as `numbers[]` without showing how it is
    encoded; this spec repeats `numbers=` once per number. Two documented
    options are left out: the ordering parameter (its name was not readable)
    and `group_id`, which together with `status` returns a group summary whose
    shape is undocumented.

    Args:
        numbers (list[str] | Unset):
        status (str | Unset):
        alias (str | Unset):
        completion_date (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        created_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        created_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        modified_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        modified_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        completed_after (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        completed_before (str | Unset): A date (`2017-12-01`) or an ISO 8601 date-time
            (`2017-12-01T00:00:00+00:00`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortOrderListDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            numbers=numbers,
            status=status,
            alias=alias,
            completion_date=completion_date,
            created_after=created_after,
            created_before=created_before,
            modified_after=modified_after,
            modified_before=modified_before,
            completed_after=completed_after,
            completed_before=completed_before,
            limit=limit,
            offset=offset,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.number_order_by import NumberOrderBy
from ...models.number_type_filter import NumberTypeFilter
from ...models.purchasable_number_page import PurchasableNumberPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    starts_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    rate_center: str | Unset = UNSET,
    state: str | Unset = UNSET,
    number_type: NumberTypeFilter | Unset = UNSET,
    iso_country: str | Unset = UNSET,
    order_by: NumberOrderBy | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["starts_with"] = starts_with

    params["contains"] = contains

    params["ends_with"] = ends_with

    params["limit"] = limit

    params["offset"] = offset

    params["rate_center"] = rate_center

    params["state"] = state

    json_number_type: str | Unset = UNSET
    if not isinstance(number_type, Unset):
        json_number_type = number_type.value

    params["number_type"] = json_number_type

    params["iso_country"] = iso_country

    json_order_by: str | Unset
    if isinstance(order_by, Unset):
        json_order_by = UNSET
    elif isinstance(order_by, NumberOrderBy):
        json_order_by = order_by.value
    else:
        json_order_by = order_by
    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/numbers/available",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PurchasableNumberPage | None:
    if response.status_code == 200:
        response_200 = PurchasableNumberPage.from_dict(response.json())

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
) -> Response[ErrorBody | PurchasableNumberPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    rate_center: str | Unset = UNSET,
    state: str | Unset = UNSET,
    number_type: NumberTypeFilter | Unset = UNSET,
    iso_country: str | Unset = UNSET,
    order_by: NumberOrderBy | str | Unset = UNSET,
) -> Response[ErrorBody | PurchasableNumberPage]:
    """Search Flowroute's inventory for numbers to buy

     Old SDKs and documentation say `state` is required whenever `rate_center`
    is given; the server enforces that with a 422.

    Args:
        starts_with (str | Unset):
        contains (str | Unset):
        ends_with (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        rate_center (str | Unset):
        state (str | Unset): Two-letter US state or Canadian province code.
        number_type (NumberTypeFilter | Unset): Kind of number to search for.
        iso_country (str | Unset): ISO 3166-1 alpha-2 country code.
        order_by (NumberOrderBy | str | Unset): A `NumberOrderBy` key, alone or followed by a
            comma and a `SortDirection`
            (`monthly_cost,desc`). Flowroute's page says a direction may be given along
            with the field but does not show how; independent clients send
            `field,asc`, so that form is accepted (see spec/DECISIONS.md). The pattern
            spells out the keys of `NumberOrderBy` again; a test keeps the two in step.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PurchasableNumberPage]
    """

    kwargs = _get_kwargs(
        starts_with=starts_with,
        contains=contains,
        ends_with=ends_with,
        limit=limit,
        offset=offset,
        rate_center=rate_center,
        state=state,
        number_type=number_type,
        iso_country=iso_country,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    rate_center: str | Unset = UNSET,
    state: str | Unset = UNSET,
    number_type: NumberTypeFilter | Unset = UNSET,
    iso_country: str | Unset = UNSET,
    order_by: NumberOrderBy | str | Unset = UNSET,
) -> ErrorBody | PurchasableNumberPage | None:
    """Search Flowroute's inventory for numbers to buy

     Old SDKs and documentation say `state` is required whenever `rate_center`
    is given; the server enforces that with a 422.

    Args:
        starts_with (str | Unset):
        contains (str | Unset):
        ends_with (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        rate_center (str | Unset):
        state (str | Unset): Two-letter US state or Canadian province code.
        number_type (NumberTypeFilter | Unset): Kind of number to search for.
        iso_country (str | Unset): ISO 3166-1 alpha-2 country code.
        order_by (NumberOrderBy | str | Unset): A `NumberOrderBy` key, alone or followed by a
            comma and a `SortDirection`
            (`monthly_cost,desc`). Flowroute's page says a direction may be given along
            with the field but does not show how; independent clients send
            `field,asc`, so that form is accepted (see spec/DECISIONS.md). The pattern
            spells out the keys of `NumberOrderBy` again; a test keeps the two in step.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PurchasableNumberPage
    """

    return sync_detailed(
        client=client,
        starts_with=starts_with,
        contains=contains,
        ends_with=ends_with,
        limit=limit,
        offset=offset,
        rate_center=rate_center,
        state=state,
        number_type=number_type,
        iso_country=iso_country,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    rate_center: str | Unset = UNSET,
    state: str | Unset = UNSET,
    number_type: NumberTypeFilter | Unset = UNSET,
    iso_country: str | Unset = UNSET,
    order_by: NumberOrderBy | str | Unset = UNSET,
) -> Response[ErrorBody | PurchasableNumberPage]:
    """Search Flowroute's inventory for numbers to buy

     Old SDKs and documentation say `state` is required whenever `rate_center`
    is given; the server enforces that with a 422.

    Args:
        starts_with (str | Unset):
        contains (str | Unset):
        ends_with (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        rate_center (str | Unset):
        state (str | Unset): Two-letter US state or Canadian province code.
        number_type (NumberTypeFilter | Unset): Kind of number to search for.
        iso_country (str | Unset): ISO 3166-1 alpha-2 country code.
        order_by (NumberOrderBy | str | Unset): A `NumberOrderBy` key, alone or followed by a
            comma and a `SortDirection`
            (`monthly_cost,desc`). Flowroute's page says a direction may be given along
            with the field but does not show how; independent clients send
            `field,asc`, so that form is accepted (see spec/DECISIONS.md). The pattern
            spells out the keys of `NumberOrderBy` again; a test keeps the two in step.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PurchasableNumberPage]
    """

    kwargs = _get_kwargs(
        starts_with=starts_with,
        contains=contains,
        ends_with=ends_with,
        limit=limit,
        offset=offset,
        rate_center=rate_center,
        state=state,
        number_type=number_type,
        iso_country=iso_country,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    contains: str | Unset = UNSET,
    ends_with: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    rate_center: str | Unset = UNSET,
    state: str | Unset = UNSET,
    number_type: NumberTypeFilter | Unset = UNSET,
    iso_country: str | Unset = UNSET,
    order_by: NumberOrderBy | str | Unset = UNSET,
) -> ErrorBody | PurchasableNumberPage | None:
    """Search Flowroute's inventory for numbers to buy

     Old SDKs and documentation say `state` is required whenever `rate_center`
    is given; the server enforces that with a 422.

    Args:
        starts_with (str | Unset):
        contains (str | Unset):
        ends_with (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        rate_center (str | Unset):
        state (str | Unset): Two-letter US state or Canadian province code.
        number_type (NumberTypeFilter | Unset): Kind of number to search for.
        iso_country (str | Unset): ISO 3166-1 alpha-2 country code.
        order_by (NumberOrderBy | str | Unset): A `NumberOrderBy` key, alone or followed by a
            comma and a `SortDirection`
            (`monthly_cost,desc`). Flowroute's page says a direction may be given along
            with the field but does not show how; independent clients send
            `field,asc`, so that form is accepted (see spec/DECISIONS.md). The pattern
            spells out the keys of `NumberOrderBy` again; a test keeps the two in step.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PurchasableNumberPage
    """

    return (
        await asyncio_detailed(
            client=client,
            starts_with=starts_with,
            contains=contains,
            ends_with=ends_with,
            limit=limit,
            offset=offset,
            rate_center=rate_center,
            state=state,
            number_type=number_type,
            iso_country=iso_country,
            order_by=order_by,
        )
    ).parsed

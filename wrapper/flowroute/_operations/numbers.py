"""Numbers v2: inventory search, purchase and the numbers on the account."""

from __future__ import annotations

from typing import Any

from flowroute_api.api.numbers import (
    list_account_phone_numbers as _list_account,
)
from flowroute_api.api.numbers import (
    list_available_area_codes as _area_codes,
)
from flowroute_api.api.numbers import (
    list_available_exchange_codes as _exchanges,
)
from flowroute_api.api.numbers import (
    list_phone_number_details as _details,
)
from flowroute_api.api.numbers import (
    purchase_a_phone_number as _purchase,
)
from flowroute_api.api.numbers import (
    search_for_purchasable_phone_numbers as _search,
)
from flowroute_api.models import (
    AreaCode,
    AreaCodePage,
    ExchangeCode,
    ExchangeCodePage,
    NumberOrderBy,
    NumberTypeFilter,
    PhoneNumber,
    PhoneNumberDocument,
    PhoneNumberPage,
    PurchasableNumber,
    PurchasableNumberPage,
    PurchaseOptions,
)
from flowroute_api.types import UNSET, Unset

from .. import _validate as check
from .._api import AsyncResource, SyncResource, async_method, sync_method
from .._call import Call
from .._pagination import Pager, async_pager, sync_pager


def list_available_area_codes(
    limit: int | None = None, offset: int | None = None, max_setup_cost: float | None = None
) -> Call[AreaCodePage]:
    """List area codes (NPAs) that have numbers for sale.

    ``limit`` is 1-400 (server default 10); ``max_setup_cost`` keeps only codes
    with at least one number whose setup fee is at most that many dollars.
    """
    kwargs = _area_codes._get_kwargs(
        limit=check.limit(limit, 400),
        offset=check.offset(offset),
        max_setup_cost=check.amount(max_setup_cost, "max_setup_cost"),
    )
    return Call.from_generated(kwargs, AreaCodePage.from_dict)


def list_available_exchange_codes(
    limit: int | None = None,
    offset: int | None = None,
    max_setup_cost: float | None = None,
    areacode: int | str | None = None,
) -> Call[ExchangeCodePage]:
    """List exchanges (six-digit NPA-NXX) that have numbers for sale, optionally in one area code."""
    code: int | Unset = UNSET
    if areacode is not None:
        text = check.digits(areacode, "areacode")
        if not isinstance(text, str) or len(text) != 3 or text[0] in "01":
            raise check.InvalidParameterError(
                "areacode",
                f"{areacode!r} is not an area code",
                "a three-digit NANP area code such as 206",
            )
        code = int(text)
    kwargs = _exchanges._get_kwargs(
        limit=check.limit(limit, 200),
        offset=check.offset(offset),
        max_setup_cost=check.amount(max_setup_cost, "max_setup_cost"),
        areacode=code,
    )
    return Call.from_generated(kwargs, ExchangeCodePage.from_dict)


def search_for_purchasable_phone_numbers(
    starts_with: str | int | None = None,
    contains: str | int | None = None,
    ends_with: str | int | None = None,
    limit: int | None = None,
    offset: int | None = None,
    rate_center: str | None = None,
    state: str | None = None,
    *,
    number_type: NumberTypeFilter | str | None = None,
    iso_country: str | None = None,
    order_by: NumberOrderBy | str | None = None,
) -> Call[PurchasableNumberPage]:
    """Search Flowroute's inventory.

    ``starts_with`` may carry ``+`` and a country code (``'+44'``); otherwise
    country code 1 is assumed. The server wants ``state`` whenever
    ``rate_center`` is given.
    """
    kwargs = _search._get_kwargs(
        starts_with=check.digits(starts_with, "starts_with", allow_plus=True),
        contains=check.digits(contains, "contains"),
        ends_with=check.digits(ends_with, "ends_with"),
        limit=check.limit(limit, 200),
        offset=check.offset(offset),
        rate_center=check.text(rate_center, "rate_center", max_length=64),
        state=check.alpha2(state, "state"),
        number_type=check.choice(number_type, "number_type", NumberTypeFilter),
        iso_country=check.alpha2(iso_country, "iso_country"),
        order_by=check.choice(order_by, "order_by", NumberOrderBy),
    )
    return Call.from_generated(kwargs, PurchasableNumberPage.from_dict)


def purchase_a_phone_number(
    id: str | int,
    *,
    cnam_lookups_enabled: bool | None = None,
    messaging_enabled: bool | None = None,
) -> Call[PhoneNumberDocument]:
    """Buy a number. This costs money and is never retried after an ambiguous failure.

    With no options nothing but the number is sent, as every Flowroute SDK does.
    The options travel in a JSON body; Flowroute does not document where they go.
    """
    options: PurchaseOptions | Unset = UNSET
    if cnam_lookups_enabled is not None or messaging_enabled is not None:
        options = PurchaseOptions(
            cnam_lookups_enabled=check.flag(cnam_lookups_enabled, "cnam_lookups_enabled"),
            messaging_enabled=check.flag(messaging_enabled, "messaging_enabled"),
        )
    kwargs = _purchase._get_kwargs(check.phone_number(id, "id"), body=options)
    return Call.from_generated(kwargs, PhoneNumberDocument.from_dict)


def list_account_phone_numbers(
    starts_with: str | int | None = None,
    ends_with: str | int | None = None,
    contains: str | int | None = None,
    limit: int | None = None,
    offset: int | None = None,
    *,
    alias: str | None = None,
) -> Call[PhoneNumberPage]:
    """List the numbers on the account; ``alias`` must match exactly."""
    kwargs = _list_account._get_kwargs(
        starts_with=check.digits(starts_with, "starts_with", allow_plus=True),
        ends_with=check.digits(ends_with, "ends_with"),
        contains=check.digits(contains, "contains"),
        limit=check.limit(limit, 200),
        offset=check.offset(offset),
        alias=check.text(alias, "alias", max_length=64),
    )
    return Call.from_generated(kwargs, PhoneNumberPage.from_dict)


def list_phone_number_details(id: str | int) -> Call[PhoneNumberDocument]:
    """Read one number on the account with its routes, CNAM and E911 relationships."""
    kwargs = _details._get_kwargs(check.phone_number(id, "id"))
    return Call.from_generated(kwargs, PhoneNumberDocument.from_dict)


def _records(page: Any) -> list[Any]:
    return list(page.data)


def iter_available_area_codes(
    max_setup_cost: float | None = None, *, page_size: int | None = None, max_items: int | None = None
) -> Pager[AreaCode]:
    """Every purchasable area code, fetched ``page_size`` (max 400) at a time."""
    return Pager.create(
        lambda limit, offset: list_available_area_codes(limit, offset, max_setup_cost),
        _records,
        page_size=page_size,
        max_page_size=400,
        max_items=max_items,
    )


def iter_available_exchange_codes(
    max_setup_cost: float | None = None,
    areacode: int | str | None = None,
    *,
    page_size: int | None = None,
    max_items: int | None = None,
) -> Pager[ExchangeCode]:
    """Every purchasable exchange, optionally in one area code."""
    return Pager.create(
        lambda limit, offset: list_available_exchange_codes(limit, offset, max_setup_cost, areacode),
        _records,
        page_size=page_size,
        max_page_size=200,
        max_items=max_items,
    )


def iter_purchasable_phone_numbers(
    starts_with: str | int | None = None,
    contains: str | int | None = None,
    ends_with: str | int | None = None,
    rate_center: str | None = None,
    state: str | None = None,
    *,
    number_type: NumberTypeFilter | str | None = None,
    iso_country: str | None = None,
    order_by: NumberOrderBy | str | None = None,
    page_size: int | None = None,
    max_items: int | None = None,
) -> Pager[PurchasableNumber]:
    """Every inventory number matching the filters of ``search_for_purchasable_phone_numbers``."""
    return Pager.create(
        lambda limit, offset: search_for_purchasable_phone_numbers(
            starts_with,
            contains,
            ends_with,
            limit,
            offset,
            rate_center,
            state,
            number_type=number_type,
            iso_country=iso_country,
            order_by=order_by,
        ),
        _records,
        page_size=page_size,
        max_page_size=200,
        max_items=max_items,
    )


def iter_account_phone_numbers(
    starts_with: str | int | None = None,
    ends_with: str | int | None = None,
    contains: str | int | None = None,
    *,
    alias: str | None = None,
    page_size: int | None = None,
    max_items: int | None = None,
) -> Pager[PhoneNumber]:
    """Every number on the account matching the filters."""
    return Pager.create(
        lambda limit, offset: list_account_phone_numbers(starts_with, ends_with, contains, limit, offset, alias=alias),
        _records,
        page_size=page_size,
        max_page_size=200,
        max_items=max_items,
    )


class NumbersResource(SyncResource):
    list_available_area_codes = sync_method(list_available_area_codes)
    list_available_exchange_codes = sync_method(list_available_exchange_codes)
    search_for_purchasable_phone_numbers = sync_method(search_for_purchasable_phone_numbers)
    purchase_a_phone_number = sync_method(purchase_a_phone_number)
    list_account_phone_numbers = sync_method(list_account_phone_numbers)
    list_phone_number_details = sync_method(list_phone_number_details)
    iter_available_area_codes = sync_pager(iter_available_area_codes)
    iter_available_exchange_codes = sync_pager(iter_available_exchange_codes)
    iter_purchasable_phone_numbers = sync_pager(iter_purchasable_phone_numbers)
    iter_account_phone_numbers = sync_pager(iter_account_phone_numbers)


class AsyncNumbersResource(AsyncResource):
    list_available_area_codes = async_method(list_available_area_codes)
    list_available_exchange_codes = async_method(list_available_exchange_codes)
    search_for_purchasable_phone_numbers = async_method(search_for_purchasable_phone_numbers)
    purchase_a_phone_number = async_method(purchase_a_phone_number)
    list_account_phone_numbers = async_method(list_account_phone_numbers)
    list_phone_number_details = async_method(list_phone_number_details)
    iter_available_area_codes = async_pager(iter_available_area_codes)
    iter_available_exchange_codes = async_pager(iter_available_exchange_codes)
    iter_purchasable_phone_numbers = async_pager(iter_purchasable_phone_numbers)
    iter_account_phone_numbers = async_pager(iter_account_phone_numbers)

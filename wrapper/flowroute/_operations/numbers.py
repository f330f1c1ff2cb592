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
    release_a_did as _release,
)
from flowroute_api.api.numbers import (
    search_for_purchasable_phone_numbers as _search,
)
from flowroute_api.api.numbers import (
    set_number_messaging_callback as _number_callback,
)
from flowroute_api.api.numbers import (
    update_phone_number_details as _update,
)
from flowroute_api.models import (
    AreaCode,
    AreaCodePage,
    CallbackUrl,
    ExchangeCode,
    ExchangeCodePage,
    NumberCallbackType,
    NumberOrderBy,
    NumberTypeFilter,
    PhoneNumber,
    PhoneNumberDocument,
    PhoneNumberPage,
    PhoneNumberUpdate,
    PurchasableNumber,
    PurchasableNumberPage,
    PurchaseOptions,
    SortDirection,
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
    order_by_direction: SortDirection | str | None = None,
) -> Call[PurchasableNumberPage]:
    """Search Flowroute's inventory.

    ``starts_with`` may carry ``+`` and a country code (``'+44'``); otherwise
    country code 1 is assumed. The server wants ``state`` whenever
    ``rate_center`` is given. ``order_by_direction`` (``'asc'`` or ``'desc'``)
    sorts by ``order_by`` in that direction; ``order_by='monthly_cost,desc'``
    says the same.
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
        order_by=check.sort_key(order_by, order_by_direction, NumberOrderBy, SortDirection),
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


def update_phone_number_details(
    id: str | int,
    *,
    alias: str | None = None,
    cnam_lookups_enabled: bool | None = None,
    messaging_enabled: bool | None = None,
    messaging_email: bool | None = None,
    messaging_callback_url: str | None = None,
) -> Call[PhoneNumberDocument]:
    """Change a number's alias, CNAM lookups or messaging; only the options given are sent.

    Enabling messaging starts a provisioning job: ``messaging_email`` and
    ``messaging_callback_url`` say how to hear that it finished and are only
    accepted together with ``messaging_enabled``. A 207 answer (provisioning
    failed, the rest applied) is returned like a 200.
    """
    if (messaging_email is not None or messaging_callback_url is not None) and messaging_enabled is None:
        raise check.InvalidParameterError(
            "messaging_enabled",
            "messaging_email/messaging_callback_url were given without it",
            "messaging_enabled=True or False alongside them",
        )
    body = PhoneNumberUpdate(
        type_="number",
        alias=check.text(alias, "alias", max_length=64),
        cnam_lookups_enabled=check.flag(cnam_lookups_enabled, "cnam_lookups_enabled"),
        messaging_enabled=check.flag(messaging_enabled, "messaging_enabled"),
        messaging_email=check.flag(messaging_email, "messaging_email"),
        messaging_callback_url=check.url(messaging_callback_url, "messaging_callback_url"),
    )
    if len(body.to_dict()) == 1:
        raise check.InvalidParameterError(
            "update_phone_number_details", "no change was given", "at least one of the keyword options"
        )
    kwargs = _update._get_kwargs(check.phone_number(id, "id"), body=body)
    return Call.from_generated(kwargs, PhoneNumberDocument.from_dict)


def set_did_alias(id: str | int, alias: str) -> Call[PhoneNumberDocument]:
    """Rename a number (the later Flowroute SDK's name); aliases need not be unique."""
    if alias is None:
        raise check.InvalidParameterError("alias", "None was given", "a non-empty string of at most 64 characters")
    return update_phone_number_details(id, alias=alias)


def release_a_did(id: str | int) -> Call[None]:
    """Give a number back to Flowroute; billing stops and only support can undo it."""
    return Call.from_generated(_release._get_kwargs(check.phone_number(id, "id")), None)


def set_number_messaging_callback(
    number_id: str | int, callback_type: NumberCallbackType | str, url: str
) -> Call[None]:
    """Point one number's inbound-message or delivery-receipt webhook at ``url``.

    ``callback_type`` is ``sms_callback``, ``mms_callback``, ``sms_dlr_callback``
    or ``mms_dlr_callback``. The body is the flat ``{"callback_url": …}``;
    setting the same URL twice is harmless, so this POST is retried like a read.
    """
    if url is None:
        raise check.InvalidParameterError("url", "None was given", "an absolute http(s) URL")
    kwargs = _number_callback._get_kwargs(
        check.phone_number(number_id, "number_id"),
        check.required_choice(callback_type, "callback_type", NumberCallbackType),
        body=CallbackUrl(callback_url=str(check.url(url, "url"))),
    )
    return Call.from_generated(kwargs, None, idempotent=True)


def set_did_callback(id: str | int, url: str) -> Call[None]:
    """Set one number's SMS delivery-receipt webhook (the later Flowroute SDK's name).

    That SDK sent the deprecated account-level type ``dlr_callback``, which the
    per-number endpoint does not list; its meaning, SMS DLRs, is
    ``sms_dlr_callback`` there, so that is what this sets. Use
    ``set_number_messaging_callback`` for the other three types.
    """
    return set_number_messaging_callback(id, NumberCallbackType.SMS_DLR_CALLBACK, url)


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
    order_by_direction: SortDirection | str | None = None,
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
            order_by_direction=order_by_direction,
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
    update_phone_number_details = sync_method(update_phone_number_details)
    set_did_alias = sync_method(set_did_alias)
    release_a_did = sync_method(release_a_did)
    set_number_messaging_callback = sync_method(set_number_messaging_callback)
    set_did_callback = sync_method(set_did_callback)
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
    update_phone_number_details = async_method(update_phone_number_details)
    set_did_alias = async_method(set_did_alias)
    release_a_did = async_method(release_a_did)
    set_number_messaging_callback = async_method(set_number_messaging_callback)
    set_did_callback = async_method(set_did_callback)
    iter_available_area_codes = async_pager(iter_available_area_codes)
    iter_available_exchange_codes = async_pager(iter_available_exchange_codes)
    iter_purchasable_phone_numbers = async_pager(iter_purchasable_phone_numbers)
    iter_account_phone_numbers = async_pager(iter_account_phone_numbers)

"""Porting: check portability, then create, follow and change port orders."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from flowroute_api.api.porting import add_numbers_to_port_order_group as _group_add
from flowroute_api.api.porting import check_portability as _portability
from flowroute_api.api.porting import create_port_order as _create
from flowroute_api.api.porting import get_port_order as _get
from flowroute_api.api.porting import get_port_order_status as _status
from flowroute_api.api.porting import list_port_orders as _list
from flowroute_api.api.porting import remove_port_order_preset as _remove_preset
from flowroute_api.api.porting import update_port_order as _update
from flowroute_api.api.porting import update_port_order_numbers as _numbers
from flowroute_api.models import (
    LoaDetails,
    PortabilityDocument,
    PortabilityRequest,
    PortCountry,
    PortOrder,
    PortOrderCancel,
    PortOrderCreateAttributes,
    PortOrderCreateData,
    PortOrderCreateRequest,
    PortOrderDocument,
    PortOrderGroupNumbersRequest,
    PortOrderGroupNumbersResult,
    PortOrderListDocument,
    PortOrderNumbersChange,
    PortOrderPreset,
    PortOrderPresets,
    PortOrderStatusDocument,
    PortOrderUpdateAttributes,
    PortOrderUpdateData,
    PortOrderUpdateRequest,
    UsageType,
)
from flowroute_api.types import UNSET, Unset

from .. import _validate as check
from .._api import AsyncResource, SyncResource, async_method, sync_method
from .._call import Call
from .._pagination import Pager, async_pager, sync_pager

Moment = date | datetime | str


def check_portability(numbers: list[str]) -> Call[PortabilityDocument]:
    """Ask which numbers can be ported to Flowroute; numbers are E.164 with ``+``.

    A number can be both ``portable`` and ``hypernetwork_enabled``. Read-only,
    so this POST is retried like a read.
    """
    body = PortabilityRequest(numbers=check.e164_numbers(numbers, "numbers"))
    return Call.from_generated(_portability._get_kwargs(body=body), PortabilityDocument.from_dict, idempotent=True)


def _loa(loa_details: LoaDetails | dict[str, Any] | None) -> LoaDetails | Unset:
    if loa_details is None:
        return UNSET
    return check.model(loa_details, "loa_details", LoaDetails, LoaDetails.from_dict)


def _optional(value: str | None, name: str) -> str | Unset:
    return check.text(value, name, max_length=255)


def create_port_order(
    numbers: list[str],
    billing_name: str,
    provider: str,
    *,
    street: str | None = None,
    street2: str | None = None,
    city: str | None = None,
    state: str | None = None,
    country: PortCountry | str | None = None,
    zipcode: str | None = None,
    usage_type: UsageType | str | None = None,
    loa_details: LoaDetails | dict[str, Any] | None = None,
) -> Call[PortOrderDocument]:
    """Start porting numbers (E.164 with ``+``) from ``provider`` to Flowroute.

    Flowroute may split the order into a group of orders. Never retried after
    an ambiguous failure: it could open the order twice.
    """
    attributes = PortOrderCreateAttributes(
        numbers=check.e164_numbers(numbers, "numbers"),
        billing_name=check.required_text(billing_name, "billing_name"),
        provider=check.required_text(provider, "provider"),
        street=_optional(street, "street"),
        street2=_optional(street2, "street2"),
        city=_optional(city, "city"),
        state=_optional(state, "state"),
        country=check.choice(country, "country", PortCountry),
        zip_=check.text(zipcode, "zipcode", max_length=10),
        usage_type=check.choice(usage_type, "usage_type", UsageType),
        loa_details=_loa(loa_details),
    )
    body = PortOrderCreateRequest(data=PortOrderCreateData(type_="portorder", attributes=attributes))
    return Call.from_generated(_create._get_kwargs(body=body), PortOrderDocument.from_dict)


def list_port_orders(
    limit: int | None = None,
    offset: int | None = None,
    *,
    numbers: list[str] | None = None,
    status: str | None = None,
    alias: str | None = None,
    completion_date: Moment | None = None,
    created_after: Moment | None = None,
    created_before: Moment | None = None,
    modified_after: Moment | None = None,
    modified_before: Moment | None = None,
    completed_after: Moment | None = None,
    completed_before: Moment | None = None,
) -> Call[PortOrderListDocument]:
    """Search port orders; the records are at ``data.attributes.orders.data``.

    ``limit`` is 1-200 (server default 10). Dates may be ``date``,
    ``datetime`` (naive taken as UTC) or ISO text.
    """
    kwargs = _list._get_kwargs(
        numbers=UNSET if numbers is None else check.e164_numbers(numbers, "numbers"),
        status=check.text(status, "status", max_length=32),
        alias=check.text(alias, "alias", max_length=255),
        completion_date=check.optional_api_date(completion_date, "completion_date"),
        created_after=check.optional_api_date(created_after, "created_after"),
        created_before=check.optional_api_date(created_before, "created_before"),
        modified_after=check.optional_api_date(modified_after, "modified_after"),
        modified_before=check.optional_api_date(modified_before, "modified_before"),
        completed_after=check.optional_api_date(completed_after, "completed_after"),
        completed_before=check.optional_api_date(completed_before, "completed_before"),
        limit=check.limit(limit, 200),
        offset=check.offset(offset),
    )
    return Call.from_generated(kwargs, PortOrderListDocument.from_dict)


def get_port_order(port_order_id: str | int) -> Call[PortOrderDocument]:
    """Read one port order in full."""
    kwargs = _get._get_kwargs(check.resource_id(port_order_id, "port_order_id"))
    return Call.from_generated(kwargs, PortOrderDocument.from_dict)


def get_port_order_status(port_order_id: str | int) -> Call[PortOrderStatusDocument]:
    """Read only a port order's status and when it last changed."""
    kwargs = _status._get_kwargs(check.resource_id(port_order_id, "port_order_id"))
    return Call.from_generated(kwargs, PortOrderStatusDocument.from_dict)


def _presets(presets: PortOrderPresets | dict[str, Any] | None) -> PortOrderPresets | Unset:
    if presets is None:
        return UNSET
    return check.model(presets, "presets", PortOrderPresets, PortOrderPresets.from_dict)


def update_port_order(
    port_order_id: str | int,
    *,
    billing_name: str | None = None,
    street: str | None = None,
    street2: str | None = None,
    city: str | None = None,
    state: str | None = None,
    country: PortCountry | str | None = None,
    zipcode: str | None = None,
    provider: str | None = None,
    usage_type: UsageType | str | None = None,
    loa_details: LoaDetails | dict[str, Any] | None = None,
    alias: str | None = None,
    presets: PortOrderPresets | dict[str, Any] | None = None,
) -> Call[PortOrderDocument]:
    """Change a port order; only the options given are sent.

    Billing details change only while the order is pending or rejected;
    ``alias`` and ``presets`` (``cnam_id``, ``e911_id``, ``primary_route_id``,
    ``failover_route_id``, which must exist) until it completes.
    """
    attributes = PortOrderUpdateAttributes(
        billing_name=_optional(billing_name, "billing_name"),
        street=_optional(street, "street"),
        street2=_optional(street2, "street2"),
        city=_optional(city, "city"),
        state=_optional(state, "state"),
        country=check.choice(country, "country", PortCountry),
        zip_=check.text(zipcode, "zipcode", max_length=10),
        provider=_optional(provider, "provider"),
        usage_type=check.choice(usage_type, "usage_type", UsageType),
        loa_details=_loa(loa_details),
        alias=_optional(alias, "alias"),
        presets=_presets(presets),
    )
    if not attributes.to_dict():
        raise check.InvalidParameterError("update_port_order", "no change was given", "at least one keyword option")
    return _patch(port_order_id, attributes)


def _patch(port_order_id: str | int, attributes: PortOrderUpdateAttributes) -> Call[PortOrderDocument]:
    body = PortOrderUpdateRequest(data=PortOrderUpdateData(type_="portorder", attributes=attributes))
    kwargs = _update._get_kwargs(check.resource_id(port_order_id, "port_order_id"), body=body)
    return Call.from_generated(kwargs, PortOrderDocument.from_dict)


def cancel_port_order(port_order_id: str | int) -> Call[PortOrderDocument]:
    """Cancel a port order; the answer carries only the new status."""
    return _patch(port_order_id, PortOrderUpdateAttributes(status=PortOrderCancel.CANCELLED))


def update_port_order_numbers(
    port_order_id: str | int, *, add: list[str] | None = None, remove: list[str] | None = None
) -> Call[PortOrderDocument]:
    """Add numbers to or remove them from a pending port order (E.164 with ``+``)."""
    if add is None and remove is None:
        raise check.InvalidParameterError("add", "neither add nor remove was given", "numbers to add, remove or both")
    body = PortOrderNumbersChange(
        add=UNSET if add is None else check.e164_numbers(add, "add"),
        remove=UNSET if remove is None else check.e164_numbers(remove, "remove"),
    )
    kwargs = _numbers._get_kwargs(check.resource_id(port_order_id, "port_order_id"), body=body)
    return Call.from_generated(kwargs, PortOrderDocument.from_dict)


def add_numbers_to_port_order_group(group_id: str | int, numbers: list[str]) -> Call[PortOrderGroupNumbersResult]:
    """Add numbers (E.164 with ``+``) to a port order group, which may open new orders.

    Never retried after an ambiguous failure.
    """
    body = PortOrderGroupNumbersRequest(add=check.e164_numbers(numbers, "numbers"))
    kwargs = _group_add._get_kwargs(check.resource_id(group_id, "group_id"), body=body)
    return Call.from_generated(kwargs, PortOrderGroupNumbersResult.from_dict)


def remove_port_order_preset(port_order_id: str | int, preset: PortOrderPreset | str) -> Call[PortOrderDocument]:
    """Drop one preset (``cnam_id``, ``e911_id``, ``primary_route_id`` or ``failover_route_id``)."""
    kwargs = _remove_preset._get_kwargs(
        check.resource_id(port_order_id, "port_order_id"), check.required_choice(preset, "preset", PortOrderPreset)
    )
    return Call.from_generated(kwargs, PortOrderDocument.from_dict)


def _orders(page: PortOrderListDocument) -> list[PortOrder]:
    return list(page.data.attributes.orders.data)


def iter_port_orders(
    *,
    numbers: list[str] | None = None,
    status: str | None = None,
    alias: str | None = None,
    completion_date: Moment | None = None,
    created_after: Moment | None = None,
    created_before: Moment | None = None,
    modified_after: Moment | None = None,
    modified_before: Moment | None = None,
    completed_after: Moment | None = None,
    completed_before: Moment | None = None,
    page_size: int | None = None,
    max_items: int | None = None,
) -> Pager[PortOrder]:
    """Every port order matching the filters of ``list_port_orders``."""
    filters: dict[str, Any] = {
        "numbers": numbers,
        "status": status,
        "alias": alias,
        "completion_date": completion_date,
        "created_after": created_after,
        "created_before": created_before,
        "modified_after": modified_after,
        "modified_before": modified_before,
        "completed_after": completed_after,
        "completed_before": completed_before,
    }
    return Pager.create(
        lambda limit, offset: list_port_orders(limit, offset, **filters),
        _orders,
        page_size=page_size,
        max_page_size=200,
        max_items=max_items,
    )


class PortingResource(SyncResource):
    check_portability = sync_method(check_portability)
    create_port_order = sync_method(create_port_order)
    list_port_orders = sync_method(list_port_orders)
    get_port_order = sync_method(get_port_order)
    get_port_order_status = sync_method(get_port_order_status)
    update_port_order = sync_method(update_port_order)
    cancel_port_order = sync_method(cancel_port_order)
    update_port_order_numbers = sync_method(update_port_order_numbers)
    add_numbers_to_port_order_group = sync_method(add_numbers_to_port_order_group)
    remove_port_order_preset = sync_method(remove_port_order_preset)
    iter_port_orders = sync_pager(iter_port_orders)


class AsyncPortingResource(AsyncResource):
    check_portability = async_method(check_portability)
    create_port_order = async_method(create_port_order)
    list_port_orders = async_method(list_port_orders)
    get_port_order = async_method(get_port_order)
    get_port_order_status = async_method(get_port_order_status)
    update_port_order = async_method(update_port_order)
    cancel_port_order = async_method(cancel_port_order)
    update_port_order_numbers = async_method(update_port_order_numbers)
    add_numbers_to_port_order_group = async_method(add_numbers_to_port_order_group)
    remove_port_order_preset = async_method(remove_port_order_preset)
    iter_port_orders = async_pager(iter_port_orders)

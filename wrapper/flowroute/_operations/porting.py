"""Porting conveniences: orders and number lists from plain arguments, and cancelling.

Every porting operation comes from the spec (``flowroute_api.operations.porting``).
"""

from __future__ import annotations

from typing import Any

from flowroute_api.models import (
    LoaDetails,
    PortabilityDocument,
    PortCountry,
    PortOrderDocument,
    PortOrderGroupNumbersResult,
    PortOrderPresets,
    UsageType,
)
from flowroute_api.operations import porting as spec

from .. import _validate as check
from .._call import Call
from .._resources import async_method, raw_method, sync_method

# Body fields whose keyword argument has another name.
_KEYWORDS = {"zip": "zipcode"}


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in fields.items():
        if value is None:
            continue
        out[name] = value.to_dict() if hasattr(value, "to_dict") else value
    return out


def check_portability(numbers: list[str]) -> Call[PortabilityDocument]:
    """Ask which numbers can be ported to Flowroute; numbers are E.164 with ``+``.

    A number can be both ``portable`` and ``hypernetwork_enabled``. Read-only,
    so this POST is retried like a read.
    """
    return check.by_keyword(lambda: spec.check_portability({"numbers": numbers}))


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
    attributes = _given(
        {
            "numbers": numbers,
            "billing_name": billing_name,
            "provider": provider,
            "street": street,
            "street2": street2,
            "city": city,
            "state": state,
            "country": country,
            "zip": zipcode,
            "usage_type": usage_type,
            "loa_details": loa_details,
        }
    )
    for required in ("numbers", "billing_name", "provider"):
        if required not in attributes:
            raise check.InvalidParameterError(required, "None was given", "a value: it is required")
    body = {"data": {"type": "portorder", "attributes": attributes}}
    return check.by_keyword(lambda: spec.create_port_order(body), _KEYWORDS)


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
    attributes = _given(
        {
            "billing_name": billing_name,
            "street": street,
            "street2": street2,
            "city": city,
            "state": state,
            "country": country,
            "zip": zipcode,
            "provider": provider,
            "usage_type": usage_type,
            "loa_details": loa_details,
            "alias": alias,
            "presets": presets,
        }
    )
    if not attributes:
        raise check.InvalidParameterError("update_port_order", "no change was given", "at least one keyword option")
    return _patch(port_order_id, attributes)


def _patch(port_order_id: str | int, attributes: dict[str, Any]) -> Call[PortOrderDocument]:
    body = {"data": {"type": "portorder", "attributes": attributes}}
    return check.by_keyword(lambda: spec.update_port_order(port_order_id, body), _KEYWORDS)


def cancel_port_order(port_order_id: str | int) -> Call[PortOrderDocument]:
    """Cancel a port order; the answer carries only the new status."""
    return _patch(port_order_id, {"status": "cancelled"})


def update_port_order_numbers(
    port_order_id: str | int, *, add: list[str] | None = None, remove: list[str] | None = None
) -> Call[PortOrderDocument]:
    """Add numbers to or remove them from a pending port order (E.164 with ``+``)."""
    if add is None and remove is None:
        raise check.InvalidParameterError("add", "neither add nor remove was given", "numbers to add, remove or both")
    body = _given({"add": add, "remove": remove})
    return check.by_keyword(lambda: spec.update_port_order_numbers(port_order_id, body))


def add_numbers_to_port_order_group(group_id: str | int, numbers: list[str]) -> Call[PortOrderGroupNumbersResult]:
    """Add numbers (E.164 with ``+``) to a port order group, which may open new orders.

    Never retried after an ambiguous failure.
    """
    return check.by_keyword(
        lambda: spec.add_numbers_to_port_order_group(group_id, {"add": numbers}), {"add": "numbers"}
    )


class PortingResource(spec.PortingOperations):
    check_portability = sync_method(check_portability)
    create_port_order = sync_method(create_port_order)
    update_port_order = sync_method(update_port_order)
    cancel_port_order = sync_method(cancel_port_order)
    update_port_order_numbers = sync_method(update_port_order_numbers)
    add_numbers_to_port_order_group = sync_method(add_numbers_to_port_order_group)


class AsyncPortingResource(spec.AsyncPortingOperations):
    check_portability = async_method(check_portability)
    create_port_order = async_method(create_port_order)
    update_port_order = async_method(update_port_order)
    cancel_port_order = async_method(cancel_port_order)
    update_port_order_numbers = async_method(update_port_order_numbers)
    add_numbers_to_port_order_group = async_method(add_numbers_to_port_order_group)


class RawPortingResource(spec.RawPortingOperations):
    check_portability = raw_method(check_portability)
    # The later Flowroute SDK's camelCase name.
    checkPortability = check_portability
    create_port_order = raw_method(create_port_order)
    update_port_order = raw_method(update_port_order)
    cancel_port_order = raw_method(cancel_port_order)
    update_port_order_numbers = raw_method(update_port_order_numbers)
    add_numbers_to_port_order_group = raw_method(add_numbers_to_port_order_group)

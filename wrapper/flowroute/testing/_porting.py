"""Port orders: portability, create, update, cancel, numbers, presets, and status changes."""

from __future__ import annotations

from typing import Any

from ..webhooks import payloads
from ._errors import invalid, not_found
from ._ops import Reply, Request, handles
from ._state import OwnedNumber, State

# Statuses in which order details may still change (reference §7.2).
_EDITABLE = ("pending", "rejected")
_FINAL = ("completed", "cancelled", "canceled", "abandoned", "hard_canceled")
_PRESETS = ("cnam_id", "e911_id", "primary_route_id", "failover_route_id")


def _order(state: State, order_id: str) -> dict[str, Any]:
    found = state.port_orders.get(order_id)
    if found is None:
        raise not_found("that port order")
    return found


def _resource(order_id: str, attrs: dict[str, Any]) -> dict[str, Any]:
    return {"type": "portorder", "id": order_id, "attributes": attrs}


def portable(number: str) -> bool:
    """US numbers port in the fake; Canadian area codes (and anything outside +1) do not."""
    return number.startswith("+1") and number[2:5] not in ("416", "604", "514", "613", "647", "778")


@handles("check_portability")
def check(state: State, req: Request) -> Reply:
    numbers = req.attributes()["numbers"]
    yes = [n for n in numbers if portable(n)]
    return Reply(
        200,
        {"data": {"portable": yes, "nonportable": [n for n in numbers if not portable(n)], "hypernetwork_enabled": []}},
    )


def _new_order(state: State, req: Request, numbers: list[str], group_id: str, base: dict[str, Any]) -> str:
    order_id = state.new_id("portorder")
    state.port_orders[order_id] = {
        "alias": base.get("alias"),
        "billing_address": {k: base.get(k) for k in ("street", "street2", "city", "state", "zip", "country")},
        "billing_name": base.get("billing_name"),
        "business_documents": [],
        "comments": [],
        "group_id": group_id,
        "loa_details": base.get("loa_details", {}),
        "numbers": list(numbers),
        "presets": {k: None for k in _PRESETS},
        "provider": base.get("provider"),
        "status": "pending",
        "status_updated_at": state.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "status_url": req.url(f"/v2/portorders/{order_id}/status"),
        "usage_type": base.get("usage_type"),
    }
    return order_id


@handles("create_port_order")
def create(state: State, req: Request) -> Reply:
    attrs = req.attributes()
    refused = [n for n in attrs["numbers"] if not portable(n)]
    if refused:
        raise invalid(f"Not portable: {', '.join(refused)}")
    order_id = _new_order(state, req, attrs["numbers"], state.new_id("group"), attrs)
    return Reply(201, {"data": _resource(order_id, state.port_orders[order_id])})


@handles("list_port_orders")
def list_orders(state: State, req: Request) -> Reply:
    q = req.query
    found = [
        _resource(i, a)
        for i, a in state.port_orders.items()
        if ("status" not in q or a["status"] == q["status"])
        and ("alias" not in q or a["alias"] == q["alias"])
        and ("numbers" not in q or set(q["numbers"]) & set(a["numbers"]))
    ]
    offset, limit = q.get("offset", 0), q.get("limit", 10)
    orders = {"data": found[offset : offset + limit]}
    return Reply(200, {"data": {"type": "portorder_list", "attributes": {"orders": orders}}})


@handles("get_port_order")
def get_order(state: State, req: Request) -> Reply:
    return Reply(200, {"data": _resource(req.path["id"], _order(state, req.path["id"]))})


@handles("get_port_order_status")
def get_status(state: State, req: Request) -> Reply:
    attrs = _order(state, req.path["id"])
    status = {"status": attrs["status"], "status_updated_at": attrs["status_updated_at"]}
    return Reply(200, {"data": {"type": "portorder", "id": req.path["id"], "attributes": status}})


def _check_presets(state: State, presets: dict[str, Any]) -> None:
    stores = {"cnam_id": state.cnams, "e911_id": state.e911s, "primary_route_id": state.routes}
    stores["failover_route_id"] = state.routes
    for key, value in presets.items():
        if value is not None and str(value) not in stores[key]:
            raise invalid(f"Preset {key} {value} does not exist on your account.")


@handles("update_port_order")
def update(state: State, req: Request) -> Reply:
    order_id = req.path["id"]
    order = _order(state, order_id)
    attrs = dict(req.attributes())
    if attrs.pop("status", None) == "cancelled":
        if order["status"] in _FINAL:
            raise invalid(f"A {order['status']} port order cannot be cancelled.")
        set_status(state, order_id, "cancelled")
    presets = attrs.pop("presets", None)
    if presets is not None:
        _check_presets(state, presets)
        order["presets"].update({k: None if v is None else str(v) for k, v in presets.items()})
    if "alias" in attrs:
        order["alias"] = attrs.pop("alias")
    if attrs:
        if order["status"] not in _EDITABLE:
            raise invalid(f"Details of a {order['status']} port order cannot change.")
        for key in ("street", "street2", "city", "state", "zip", "country"):
            if key in attrs:
                order["billing_address"][key] = attrs.pop(key)
        order.update(attrs)
    return Reply(200, {"data": _resource(order_id, order)})


@handles("update_port_order_numbers")
def change_numbers(state: State, req: Request) -> Reply:
    order_id = req.path["id"]
    order = _order(state, order_id)
    if order["status"] != "pending":
        raise invalid("Numbers can change only while the port order is pending.")
    body = req.body if isinstance(req.body, dict) else {}
    kept = [n for n in order["numbers"] if n not in body.get("remove", [])]
    order["numbers"] = kept + [n for n in body.get("add", []) if n not in kept]
    return Reply(200, {"data": _resource(order_id, order)})


@handles("add_numbers_to_port_order_group")
def add_to_group(state: State, req: Request) -> Reply:
    group_id = req.path["group_id"]
    members = [a for a in state.port_orders.values() if a["group_id"] == group_id]
    if not members:
        raise not_found("that port order group")
    body = req.body if isinstance(req.body, dict) else {}
    numbers = body.get("add") or body.get("numbers") or []
    order_id = _new_order(state, req, numbers, group_id, {"provider": members[0]["provider"]})
    order = state.port_orders[order_id]
    return Reply(
        200, {"data": _resource(order_id, {"group_id": group_id, "numbers": numbers, "status": order["status"]})}
    )


@handles("remove_port_order_preset")
def remove_preset(state: State, req: Request) -> Reply:
    order_id = req.path["id"]
    order = _order(state, order_id)
    order["presets"][req.path["preset"]] = None
    return Reply(200, {"data": _resource(order_id, order)})


def set_status(state: State, order_id: str, status: str) -> dict[str, Any]:
    """Move a port order to ``status``; a completed order brings its numbers into the account."""
    order = _order(state, order_id)
    order["status"] = status
    order["status_updated_at"] = state.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    if status == "completed":
        presets = order["presets"]
        for e164 in order["numbers"]:
            value = e164.lstrip("+")
            state.inventory.pop(value, None)
            state.numbers[value] = OwnedNumber(
                value=value,
                number_type="longcode",
                rate_center="ported",
                state=str(order["billing_address"].get("state") or "").lower(),
                alias=order.get("alias"),
                primary_route=presets.get("primary_route_id") or "0",
                failover_route=presets.get("failover_route_id"),
                cnam_id=presets.get("cnam_id"),
                e911_id=presets.get("e911_id"),
            )
    return order


def port_event(state: State, order_id: str, url: str) -> dict[str, Any]:
    order = state.port_orders[order_id]
    return payloads.port_order_payload(
        f"{state.rng.getrandbits(128):032x}",
        order_id=order_id,
        status=order["status"],
        message=f"Port Order #{order_id} is now {order['status']}.",
        at=state.now().isoformat(),
        url_override=url,
    )

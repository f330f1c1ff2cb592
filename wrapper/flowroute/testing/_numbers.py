"""Numbers v2: inventory search, purchase, account numbers, inbound routes."""

from __future__ import annotations

from typing import Any

from ._errors import ApiError, forbidden, invalid, not_found
from ._inventory import Purchasable
from ._ops import Reply, Request, handles, page
from ._state import DEFAULT_ROUTE_ID, OwnedNumber, State


def _digits(value: str) -> tuple[str, ...]:
    # "+44…" picks a country; plain digits mean country code 1 (Flowroute's rule), so both forms match.
    if value.startswith("+"):
        return (value[1:],)
    return (value, "1" + value)


def _matches(value: str, query: dict[str, Any]) -> bool:
    starts = query.get("starts_with")
    if starts is not None and not value.startswith(_digits(starts)):
        return False
    if "contains" in query and query["contains"] not in value:
        return False
    return "ends_with" not in query or value.endswith(query["ends_with"])


def _affordable(state: State, query: dict[str, Any]) -> list[Any]:
    limit = query.get("max_setup_cost")
    return [n for n in state.inventory.values() if limit is None or n.setup_cost <= limit]


@handles("list_available_area_codes")
def list_area_codes(state: State, req: Request) -> Reply:
    codes = sorted({n.area_code for n in _affordable(state, req.query)})
    items = [
        {
            "type": "areacode",
            "id": code,
            "links": {"related": req.url(f"/v2/numbers/available/exchanges?areacode={code}")},
        }
        for code in codes
    ]
    return Reply(200, page(req, items))


@handles("list_available_exchange_codes")
def list_exchanges(state: State, req: Request) -> Reply:
    area = req.query.get("areacode")
    exchanges = sorted({n.exchange for n in _affordable(state, req.query) if area is None or n.area_code == str(area)})
    items = [
        {
            "type": "exchange",
            "id": exchange,
            "links": {"related": req.url(f"/v2/numbers/available?starts_with=1{exchange}")},
        }
        for exchange in exchanges
    ]
    return Reply(200, page(req, items))


_ORDER_FIELDS = {"number": "value", "value": "value", "tn": "value"}


@handles("search_for_purchasable_phone_numbers")
def search_numbers(state: State, req: Request) -> Reply:
    q = req.query
    found = [
        n
        for n in state.inventory.values()
        if _matches(n.value, q)
        and ("state" not in q or n.state == q["state"].lower())
        and ("rate_center" not in q or n.rate_center == q["rate_center"].lower())
        and ("number_type" not in q or n.number_type == q["number_type"])
        and q.get("iso_country", "US").upper() in ("US", "CA")
    ]
    if "order_by" in q:
        field, _, direction = q["order_by"].partition(",")
        key = _ORDER_FIELDS.get(field, field)
        found.sort(key=lambda n: getattr(n, key, n.value), reverse=direction.lower() == "desc")
    items = [
        {
            "type": "number",
            "id": n.value,
            "attributes": {
                "value": n.value,
                "monthly_cost": n.monthly_cost,
                "setup_cost": n.setup_cost,
                "number_type": n.number_type,
                "rate_center": n.rate_center,
                "state": n.state,
            },
            "links": {"related": req.url(f"/v2/numbers/{n.value}")},
        }
        for n in found
    ]
    return Reply(200, page(req, items))


def number_resource(number: OwnedNumber, req: Request) -> dict[str, Any]:
    return {
        "type": "number",
        "id": number.value,
        "attributes": number.attributes(),
        "links": {"self": req.url(f"/v2/numbers/{number.value}")},
    }


def route_resource(state: State, route_id: str, req: Request) -> dict[str, Any]:
    return {
        "type": "route",
        "id": route_id,
        "attributes": dict(state.routes[route_id]),
        "links": {"self": req.url(f"/v2/routes/{route_id}")},
    }


def _identifier(kind: str, ident: str | None) -> dict[str, Any]:
    return {"data": {"type": kind, "id": ident} if ident is not None else None}


def number_document(state: State, number: OwnedNumber, req: Request) -> dict[str, Any]:
    """The detail shape: relationships, and the related routes, CNAM and address in ``included``."""
    data = number_resource(number, req)
    data["relationships"] = {
        "primary_route": _identifier("route", number.primary_route),
        "failover_route": _identifier("route", number.failover_route),
        "cnam_preset": _identifier("cnam", number.cnam_id),
        "e911_address": _identifier("e911", number.e911_id),
    }
    included = []
    for route_id in dict.fromkeys(r for r in (number.primary_route, number.failover_route) if r is not None):
        included.append(route_resource(state, route_id, req))
    if number.cnam_id is not None:
        cnam = state.cnams[number.cnam_id]
        included.append({"type": "cnam", "id": number.cnam_id, "attributes": dict(cnam)})
    if number.e911_id is not None:
        included.append({"type": "e911", "id": number.e911_id, "attributes": dict(state.e911s[number.e911_id])})
    return {"data": data, "included": included, "links": {"self": req.url(f"/v2/numbers/{number.value}")}}


@handles("list_account_phone_numbers")
def list_numbers(state: State, req: Request) -> Reply:
    alias = req.query.get("alias")
    found = [
        number_resource(n, req)
        for n in sorted(state.numbers.values(), key=lambda n: n.value)
        if _matches(n.value, req.query) and (alias is None or n.alias == alias)
    ]
    return Reply(200, page(req, found))


@handles("list_phone_number_details")
def number_details(state: State, req: Request) -> Reply:
    return Reply(200, number_document(state, state.owned(req.path["id"]), req))


@handles("purchase_a_phone_number")
def purchase(state: State, req: Request) -> Reply:
    number_id = req.path["id"].lstrip("+")
    if number_id in state.numbers:
        raise invalid(f"{number_id} is already on your account.")
    available = state.inventory.pop(number_id, None)
    if available is None:
        raise not_found("that number in the inventory")
    options = req.attributes()
    number = OwnedNumber(
        value=number_id,
        number_type=available.number_type,
        rate_center=available.rate_center,
        state=available.state,
        cnam_lookups_enabled=bool(options.get("cnam_lookups_enabled", False)),
        messaging_enabled=bool(options.get("messaging_enabled", False)),
    )
    state.numbers[number_id] = number
    return Reply(201, number_document(state, number, req))


@handles("update_phone_number_details")
def update_number(state: State, req: Request) -> Reply:
    number = state.owned(req.path["id"])
    body = req.attributes()
    for field in ("alias", "cnam_lookups_enabled", "messaging_enabled"):
        if field in body:
            setattr(number, field, body[field])
    return Reply(200, number_document(state, number, req))


@handles("release_a_did")
def release(state: State, req: Request) -> Reply:
    number = state.owned(req.path["id"])
    del state.numbers[number.value]
    state.inventory[number.value] = Purchasable(
        number.value, number.number_type, number.rate_center, number.state, 1.25, 1.0
    )
    return Reply(204)


# --- routes -------------------------------------------------------------------------------


@handles("list_inbound_routes")
def list_routes(state: State, req: Request) -> Reply:
    kind = req.query.get("route_type")
    found = [
        route_resource(state, route_id, req)
        for route_id, attrs in state.routes.items()
        if kind is None or attrs["route_type"] == kind
    ]
    return Reply(200, page(req, found))


def _route_document(state: State, route_id: str, req: Request) -> dict[str, Any]:
    return {"data": route_resource(state, route_id, req), "links": {"self": req.url(f"/v2/routes/{route_id}")}}


def _check_alias_free(state: State, alias: str, own_id: str | None = None) -> None:
    if any(a["alias"] == alias and rid != own_id for rid, a in state.routes.items()):
        raise invalid(f"A route with the alias {alias!r} already exists.")


@handles("create_an_inbound_route")
def create_route(state: State, req: Request) -> Reply:
    attrs = req.attributes()
    _check_alias_free(state, attrs["alias"])
    route_id = state.new_id("route")
    state.routes[route_id] = {
        "alias": attrs["alias"],
        "route_type": attrs["route_type"],
        "value": attrs["value"],
        "edge_strategy_id": attrs.get("edge_strategy_id"),
    }
    return Reply(201, _route_document(state, route_id, req))


@handles("update_an_inbound_route")
def update_route(state: State, req: Request) -> Reply:
    route_id = req.path["id"]
    route = state.route(route_id)
    if route_id == DEFAULT_ROUTE_ID:
        raise forbidden(detail="The default sip-reg route cannot be changed.")
    attrs = req.attributes()
    if "alias" in attrs:
        _check_alias_free(state, attrs["alias"], route_id)
    route.update({k: attrs[k] for k in ("alias", "route_type", "value", "edge_strategy_id") if k in attrs})
    return Reply(200, _route_document(state, route_id, req))


@handles("delete_an_inbound_route")
def delete_route(state: State, req: Request) -> Reply:
    route_id = req.path["id"]
    state.route(route_id)
    in_use = any(route_id in (n.primary_route, n.failover_route) for n in state.numbers.values())
    if in_use or route_id == DEFAULT_ROUTE_ID:
        raise forbidden(
            "This Route has numbers still associated to it.", "Please disassociate all numbers before deleting."
        )
    del state.routes[route_id]
    return Reply(204)


def _assign_route(state: State, req: Request, slot: str) -> Reply:
    number = state.owned(req.path["number_id"])
    body = req.body if isinstance(req.body, dict) else {}
    route_id = str(body["data"]["id"])
    if route_id not in state.routes:
        raise ApiError(422, "Unprocessable Entity", f"Route {route_id} does not exist.")
    setattr(number, slot, route_id)
    return Reply(204)


@handles("update_primary_voice_route")
def set_primary(state: State, req: Request) -> Reply:
    return _assign_route(state, req, "primary_route")


@handles("update_failover_voice_route")
def set_failover(state: State, req: Request) -> Reply:
    return _assign_route(state, req, "failover_route")


@handles("remove_number_route")
def remove_route(state: State, req: Request) -> Reply:
    number = state.owned(req.path["number_id"])
    setattr(number, req.path["relationship"], None)
    return Reply(204)

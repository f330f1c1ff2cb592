"""E911 addresses and their numbers."""

from __future__ import annotations

from typing import Any

from ._errors import forbidden, invalid, not_found
from ._ops import Reply, Request, handles, page
from ._state import State

_FIELDS = (
    "label",
    "first_name",
    "last_name",
    "street_number",
    "street_name",
    "address_type",
    "address_type_number",
    "city",
    "state",
    "country",
    "zip",
)


def _address(state: State, e911_id: str) -> dict[str, Any]:
    found = state.e911s.get(e911_id)
    if found is None:
        raise not_found("that E911 address")
    return found


def _resource(state: State, e911_id: str, req: Request) -> dict[str, Any]:
    return {
        "type": "e911",
        "id": e911_id,
        "attributes": dict(state.e911s[e911_id]),
        "links": {"self": req.url(f"/v2/e911s/{e911_id}")},
    }


def _normalised(attrs: dict[str, Any]) -> dict[str, Any]:
    found = {k: attrs[k] for k in _FIELDS if k in attrs}
    if isinstance(found.get("address_type"), str):
        found["address_type"] = found["address_type"].capitalize()
    return found


@handles("list_e911s")
def list_e911s(state: State, req: Request) -> Reply:
    q = req.query

    def keep(attrs: dict[str, Any]) -> bool:
        partial = all(q[k].lower() in attrs[k].lower() for k in ("label", "street_name", "city") if k in q)
        return partial and ("state" not in q or attrs["state"].upper() == q["state"].upper())

    return Reply(200, page(req, [_resource(state, i, req) for i, a in state.e911s.items() if keep(a)]))


@handles("get_e911")
def get_e911(state: State, req: Request) -> Reply:
    _address(state, req.path["e911_id"])
    return Reply(200, {"data": _resource(state, req.path["e911_id"], req)})


@handles("validate_address")
def validate(state: State, req: Request) -> Reply:
    return Reply(204)


@handles("create_address")
def create(state: State, req: Request) -> Reply:
    attrs = _normalised(req.attributes())
    attrs.setdefault("address_type", None)
    attrs.setdefault("address_type_number", None)
    e911_id = state.new_id("e911")
    state.e911s[e911_id] = attrs
    return Reply(201, {"data": _resource(state, e911_id, req)})


@handles("update_address")
def update(state: State, req: Request) -> Reply:
    e911_id = req.path["e911_id"]
    _address(state, e911_id).update(_normalised(req.attributes()))
    return Reply(200, {"data": _resource(state, e911_id, req)})


def _numbers_using(state: State, e911_id: str) -> list[Any]:
    return [n for n in sorted(state.numbers.values(), key=lambda n: n.value) if n.e911_id == e911_id]


@handles("delete_address")
def delete(state: State, req: Request) -> Reply:
    e911_id = req.path["e911_id"]
    _address(state, e911_id)
    if _numbers_using(state, e911_id):
        raise forbidden("This address has numbers still associated to it.", "Disconnect its numbers first.")
    del state.e911s[e911_id]
    return Reply(204)


@handles("associate")
def associate(state: State, req: Request) -> Reply:
    number = state.owned(req.path["number_id"])
    _address(state, req.path["e911_id"])
    if number.number_type == "toll-free":
        raise invalid("Cannot assign an E911 record to a number that does not support emergency services.")
    number.e911_id = req.path["e911_id"]
    return Reply(204)


@handles("disconnect")
def disconnect(state: State, req: Request) -> Reply:
    state.owned(req.path["number_id"]).e911_id = None
    return Reply(204)


@handles("list_dids_for_e911")
def list_numbers(state: State, req: Request) -> Reply:
    e911_id = req.path["e911_id"]
    _address(state, e911_id)
    items = [
        {
            "type": "number",
            "id": n.value,
            "attributes": {"alias": n.alias, "value": n.value},
            "links": {"self": req.url(f"/v2/numbers/{n.value}")},
        }
        for n in _numbers_using(state, e911_id)
    ]
    return Reply(200, page(req, items))

"""CNAM records (outbound caller-ID names): create, approval, assignment to numbers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._errors import ApiError, invalid
from ._ops import Reply, Request, handles, page
from ._state import State


def _cnam_time(moment: datetime) -> str:
    # CNAM records carry times with a space separator: 2018-04-16 16:20:32.939166+00:00.
    return moment.isoformat(sep=" ")


def record(state: State, cnam_id: str) -> dict[str, Any]:
    found = state.cnams.get(cnam_id)
    if found is None:
        raise ApiError(404, "Resource not found", "CNAM record not found.")
    return found


def _resource(state: State, cnam_id: str, req: Request) -> dict[str, Any]:
    return {
        "type": "cnam",
        "id": cnam_id,
        "attributes": dict(state.cnams[cnam_id]),
        "links": {"self": req.url(f"/v2/cnams/{cnam_id}")},
    }


def set_approval(state: State, cnam_id: str, *, approved: bool, reason: str | None) -> None:
    attrs = record(state, cnam_id)
    attrs["is_approved"] = approved
    attrs["approval_datetime"] = _cnam_time(state.now()) if approved else None
    attrs["rejection_reason"] = "" if approved else reason


@handles("list_cnams")
def list_cnams(state: State, req: Request) -> Reply:
    q = req.query
    items = [
        _resource(state, i, req)
        for i, a in state.cnams.items()
        if ("is_approved" not in q or a["is_approved"] == q["is_approved"])
        and ("value" not in q or q["value"].lower() in a["value"].lower())
    ]
    return Reply(200, page(req, items))


@handles("get_cnam")
def get_cnam(state: State, req: Request) -> Reply:
    cnam_id = req.path["cnam_id"]
    record(state, cnam_id)
    numbers = [n for n in sorted(state.numbers.values(), key=lambda n: n.value) if n.cnam_id == cnam_id]
    data = _resource(state, cnam_id, req)
    data["relationships"] = {"numbers": {"data": [{"type": "number", "id": n.value} for n in numbers]}}
    included = [
        {
            "type": "number",
            "id": n.value,
            "attributes": {"alias": n.alias, "value": n.value},
            "links": {"self": req.url(f"/v2/numbers/{n.value}")},
        }
        for n in numbers
    ]
    return Reply(200, {"data": data, "included": included})


@handles("create_cnam_record")
def create(state: State, req: Request) -> Reply:
    cnam_id = state.new_id("cnam")
    state.cnams[cnam_id] = {
        "value": req.attributes()["value"],
        "is_approved": False,
        "approval_datetime": None,
        "creation_datetime": _cnam_time(state.now()),
        "rejection_reason": None,
    }
    return Reply(201, {"data": _resource(state, cnam_id, req)})


@handles("update_cnam_record")
def update(state: State, req: Request) -> Reply:
    cnam_id = req.path["cnam_id"]
    attrs = record(state, cnam_id)
    if attrs["is_approved"]:
        raise invalid("Only a pending CNAM record can be changed.")
    attrs["value"] = req.attributes()["value"]
    return Reply(200, {"data": _resource(state, cnam_id, req), "links": {"self": req.url(f"/v2/cnams/{cnam_id}")}})


@handles("remove_cnam")
def remove(state: State, req: Request) -> Reply:
    cnam_id = req.path["cnam_id"]
    if cnam_id not in state.cnams:
        raise ApiError(404, "Resource not found", "CNAM record not found. Nothing to delete.")
    for number in state.numbers.values():
        if number.cnam_id == cnam_id:
            number.cnam_id = None
    del state.cnams[cnam_id]
    return Reply(204)


def _assignment(state: State, cnam_id: str | None) -> dict[str, Any]:
    created = state.now().strftime("%a, %d %b %Y %H:%M:%S GMT")
    return {"data": {"type": "cnam", "id": cnam_id, "attributes": {"date_created": created}}}


@handles("associate_cnam")
def associate(state: State, req: Request) -> Reply:
    number = state.owned(req.path["number_id"])
    cnam_id = req.path["cnam_id"]
    if not record(state, cnam_id)["is_approved"]:
        raise invalid("Only an approved CNAM record can be assigned.")
    if number.number_type == "toll-free":
        raise invalid("CNAM records can be assigned to long-code numbers only.")
    number.cnam_id = cnam_id
    return Reply(202, _assignment(state, cnam_id))


@handles("unassociate_cnam")
def unassociate(state: State, req: Request) -> Reply:
    state.owned(req.path["number_id"]).cnam_id = None
    return Reply(202, _assignment(state, None))

"""The later operations' call builders: argument checks, the exact requests, idempotency."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from flowroute import FlowrouteClient, InvalidParameterError
from flowroute._call import Call
from flowroute._operations import cdrs, cnams, e911s, messages, numbers, porting, routes
from flowroute._operations import message_provisioning as provisioning
from flowroute.models import PortOrder
from flowroute_api.operations import cdrs as spec_cdrs
from flowroute_api.operations import cnams as spec_cnams
from flowroute_api.operations import e911s as spec_e911s
from flowroute_api.operations import messages as spec_messages
from flowroute_api.operations import numbers as spec_numbers
from flowroute_api.operations import porting as spec_porting
from flowroute_api.operations import routes as spec_routes

from tests.support import LoopbackServer, Seen, json_answer

NUMBER = "17205550147"
HOOK = "https://hooks.example.test/sms"
ADDRESS: dict[str, Any] = {
    "label": "HQ",
    "first_name": "Dana",
    "last_name": "Okafor",
    "street_name": "Pine St",
    "street_number": 410,
    "city": "Spokane",
    "state": "wa",
    "country": "usa",
    "zipcode": "99201",
}


def _address(**changes: Any) -> dict[str, Any]:
    return {**ADDRESS, **changes}


# --- refused before any request --------------------------------------------------------

Refusal = tuple[str, Callable[[], Call[Any]], str]

REFUSED: list[Refusal] = [
    # CNAM value rules: <= 15 characters, >= 1 letter, only some specials
    ("cnam-16-chars", lambda: cnams.create_cnam_record("ABCDEFGHIJKLMNOP"), "value"),
    ("cnam-no-letter", lambda: cnams.create_cnam_record("2065550100"), "value"),
    ("cnam-only-specials", lambda: cnams.create_cnam_record("&& --"), "value"),
    ("cnam-bang", lambda: cnams.create_cnam_record("ACME!"), "value"),
    ("cnam-hash", lambda: cnams.update_cnam_record("4291", "#1 PIZZA"), "value"),
    ("cnam-empty", lambda: cnams.create_cnam_record(""), "value"),
    ("cnam-accented", lambda: cnams.create_cnam_record("CAFÉ"), "value"),
    ("cnam-not-text", lambda: cnams.create_cnam_record(42), "value"),  # type: ignore[arg-type]
    ("cnam-id-path", lambda: spec_cnams.get_cnam("42/../numbers"), "cnam_id"),
    ("cnam-assign-number", lambda: spec_cnams.associate_cnam("4281", "555"), "phone_number"),
    # E911 required fields and their formats
    ("e911-no-label", lambda: e911s.validate_address(**_address(label=None)), "label"),
    ("e911-blank-city", lambda: e911s.create_address(**_address(city="  ")), "city"),
    ("e911-no-zip", lambda: e911s.create_address(**_address(zipcode=None)), "zipcode"),
    ("e911-int-zip", lambda: e911s.create_address(**_address(zipcode=2134)), "zipcode"),
    ("e911-state", lambda: e911s.create_address(**_address(state="Washington")), "state"),
    ("e911-country", lambda: e911s.validate_address(**_address(country="MX")), "country"),
    ("e911-type-unknown", lambda: e911s.validate_address(**_address(address_type="Attic", address_type_number="1")), "address_type"),  # noqa: E501
    ("e911-type-without-number", lambda: e911s.validate_address(**_address(address_type="Suite")), "address_type_number"),  # noqa: E501
    ("e911-update-nothing", lambda: e911s.update_address("20930"), "update_address"),
    ("e911-update-bad-type", lambda: e911s.update_address("20930", address_type="Cellar", address_type_number="1"), "address_type"),  # noqa: E501
    ("e911-list-limit", lambda: spec_e911s.list_e911s(2001), "limit"),
    ("e911-associate-did", lambda: spec_e911s.associate("20930", "12345"), "did"),
    # callbacks
    ("number-callback-deprecated-type", lambda: numbers.set_number_messaging_callback(NUMBER, "dlr_callback", HOOK), "callback_type"),  # noqa: E501
    ("number-callback-url", lambda: numbers.set_number_messaging_callback(NUMBER, "sms_callback", "ftp://x"), "url"),
    ("number-callback-none", lambda: numbers.set_did_callback(NUMBER, None), "url"),  # type: ignore[arg-type]
    ("account-callback-type", lambda: messages.set_account_callback("voice_callback", HOOK), "callback_type"),
    ("account-callback-get-type", lambda: spec_messages.get_account_callback("sms"), "callback_type"),
    # number details
    ("update-nothing", lambda: numbers.update_phone_number_details(NUMBER), "update_phone_number_details"),
    ("update-email-alone", lambda: numbers.update_phone_number_details(NUMBER, messaging_email=True), "messaging_enabled"),  # noqa: E501
    ("update-flag-text", lambda: numbers.update_phone_number_details(NUMBER, cnam_lookups_enabled="false"), "cnam_lookups_enabled"),  # type: ignore[arg-type]  # noqa: E501
    ("alias-none", lambda: numbers.set_did_alias(NUMBER, None), "alias"),  # type: ignore[arg-type]
    ("alias-too-long", lambda: numbers.set_did_alias(NUMBER, "x" * 65), "alias"),
    # routes
    ("route-update-nothing", lambda: routes.update_route("98396"), "update_route"),
    ("route-update-sip-reg", lambda: routes.update_route("98396", route_type="pstn"), "route_type"),
    ("route-delete-id", lambda: spec_routes.delete_an_inbound_route("abc"), "route_id"),
    ("route-remove-which", lambda: spec_routes.remove_number_route(NUMBER, "sms_route"), "relationship"),
    # portability and provisioning numbers need the +
    ("portability-no-plus", lambda: porting.check_portability(["15095550100"]), "numbers[0]"),
    ("portability-one-string", lambda: porting.check_portability("+15095550100"), "numbers"),  # type: ignore[arg-type]
    ("portability-empty", lambda: porting.check_portability([]), "numbers"),
    ("provision-no-plus", lambda: provisioning.set_message_provisioning(["15095550100"], "enable"), "numbers[0]"),
    ("provision-action", lambda: provisioning.set_message_provisioning(["+15095550100"], "on"), "action"),
    ("port-create-no-plus", lambda: porting.create_port_order(["5095550100"], "Okafor", "Example"), "numbers[0]"),
    ("port-usage", lambda: porting.create_port_order(["+15095550100"], "O", "E", usage_type="Home"), "usage_type"),
    ("port-update-nothing", lambda: porting.update_port_order("61234"), "update_port_order"),
    ("port-numbers-nothing", lambda: porting.update_port_order_numbers("61234"), "add"),
    ("port-preset", lambda: spec_porting.remove_port_order_preset("61234", "alias"), "preset"),
    ("port-list-date", lambda: spec_porting.list_port_orders(created_after="last week"), "created_after"),
    # CDR exports
    ("cdr-no-window", lambda: cdrs.create_cdr_export(), "start_call_start_time"),
    ("cdr-no-end", lambda: cdrs.create_cdr_export(start_call_start_time=datetime(2024, 3, 1)), "start_call_end_time"),
    ("cdr-backwards", lambda: cdrs.create_cdr_export(start_call_start_time="2024-03-02", start_call_end_time="2024-03-01"), "start_call_end_time"),  # noqa: E501
    ("cdr-over-92-days", lambda: cdrs.create_cdr_export(start_call_start_time="2024-01-01", start_call_end_time="2024-04-03"), "start_call_end_time"),  # noqa: E501
    ("cdr-bad-time", lambda: cdrs.create_cdr_export({"start_call_start_time": "soon", "start_call_end_time": "later"}), "start_call_start_time"),  # noqa: E501
    ("cdr-filters-type", lambda: cdrs.create_cdr_export([1, 2]), "filters"),  # type: ignore[arg-type]
    ("cdr-status", lambda: spec_cdrs.list_cdr_exports(status="done"), "status"),
    ("cdr-limit", lambda: spec_cdrs.list_cdrs(201), "limit"),
    ("cdr-id", lambda: spec_cdrs.get_cdr_export_status("../exports"), "cdrexport_id"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "build", "parameter"), REFUSED, ids=[c[0] for c in REFUSED])
def test_refused_before_any_request(case: str, build: Callable[[], Call[Any]], parameter: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        build()
    assert info.value.parameter == parameter


@pytest.mark.parametrize("value", ["ACME CORP", "O'NEIL & CO.", 'A "B" C/D', "x@y+z_1-2,3", "Q" * 15])
def test_cnam_values_flowroute_allows(value: str) -> None:
    assert cnams.create_cnam_record(value).json == {"value": value}


# --- the requests built ------------------------------------------------------------------


def test_cnam_create_is_a_flat_json_body_and_assignments_use_plural_paths() -> None:
    call = cnams.create_cnam_record("ACME CORP")
    assert (call.method, call.path, call.json) == ("POST", "/v2/cnams", {"value": "ACME CORP"})
    assign = spec_cnams.associate_cnam(4281, "+" + NUMBER)
    assert (assign.method, assign.json) == ("PATCH", None)
    assert assign.path == f"/v2/numbers/{NUMBER}/relationships/cnams/4281"
    unassign = spec_cnams.unassociate_cnam(NUMBER)
    assert (unassign.method, unassign.path) == ("DELETE", f"/v2/numbers/{NUMBER}/relationships/cnams")
    update = cnams.update_cnam_record("4291", "OKAFOR CO")
    assert update.json == {"data": {"type": "cnam", "attributes": {"value": "OKAFOR CO"}}}
    assert spec_cnams.list_cnams(value="acme", is_approved=False).params == {"is_approved": False, "value": "acme"}


def test_e911_bodies_normalise_and_update_sends_only_what_changed() -> None:
    call = e911s.create_address(**_address(address_type="suite", address_type_number=400))
    attributes = call.json["data"]["attributes"]
    assert call.json["data"]["type"] == "e911"
    assert attributes == {
        "label": "HQ",
        "first_name": "Dana",
        "last_name": "Okafor",
        "street_number": "410",
        "street_name": "Pine St",
        "city": "Spokane",
        "state": "WA",
        "country": "US",
        "zip": "99201",
        "address_type": "Suite",
        "address_type_number": "400",
    }
    update = e911s.update_address("20930", zipcode="99202", city="Spokane Valley")
    assert (update.method, update.path) == ("PATCH", "/v2/e911s/20930")
    assert update.json == {"data": {"type": "e911", "attributes": {"city": "Spokane Valley", "zip": "99202"}}}
    assert "zip_code" not in str(update.json)
    positional = e911s.validate_address("HQ", "Dana", "Okafor", "Pine St", "410", "Spokane", "WA", "US", "99201")
    assert positional.json["data"]["attributes"]["street_name"] == "Pine St"
    assert positional.json["data"]["attributes"]["street_number"] == "410"
    associate = spec_e911s.associate("20930", NUMBER)
    assert associate.path == f"/v2/numbers/{NUMBER}/relationships/e911s/20930" and associate.json is None


def test_e911_fields_have_no_limits_the_spec_does_not_state() -> None:
    # The spec gives E911 text fields a minimum length and no maximum; neither do the keywords.
    long = "x" * 300
    call = e911s.create_address(**_address(label=long, street_number="12" * 40, zipcode="99201-" + "0" * 20))
    attributes = call.json["data"]["attributes"]
    assert (len(attributes["label"]), len(attributes["street_number"])) == (300, 80)
    alone = e911s.update_address("20930", address_type_number=" 4B ")
    assert alone.json["data"]["attributes"] == {"address_type_number": "4B"}


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [
        ("2024-01-01T00:00:00Z", "2024-04-03T00:00:00Z", "longer than 92 days"),
        ("2024-03-02 00:00:00", "2024-03-01 00:00:00", "not after"),
        ("2024-03-01T00:00:00Z", " 2024-03-02T00:00:00Z", "not a date-time"),
    ],
)
def test_the_export_window_is_the_spec_builders_check(start: str, end: str, problem: str) -> None:
    # A body given straight to the generated builder (as the CLI and the fake do) is held to it too.
    def body(start: str, end: str) -> dict[str, Any]:
        window = {"start_call_start_time": start, "start_call_end_time": end}
        return {"data": {"type": "cdrexport", "attributes": {"filter_parameters": window}}}

    with pytest.raises(InvalidParameterError) as info:
        spec_cdrs.create_cdr_export(body(start, end))
    assert info.value.parameter == "start_call_end_time"
    assert problem in info.value.problem
    ninety_one_days = body("2024-01-01T00:00:00Z", "2024-04-01T00:00:00Z")
    assert spec_cdrs.create_cdr_export(ninety_one_days).json == ninety_one_days


def test_callbacks_send_the_flat_body_to_the_documented_types() -> None:
    number = numbers.set_did_callback(NUMBER, HOOK)
    assert (number.method, number.path) == ("POST", f"/v2/numbers/{NUMBER}/relationships/sms_dlr_callback")
    assert number.json == {"callback_url": HOOK}
    assert messages.set_did_level_dlr_callback(NUMBER, HOOK) == number
    account = messages.set_account_level_dlr_callback(HOOK)
    assert (account.method, account.path, account.json) == (
        "PUT",
        "/v2.1/messages/sms_dlr_callback",
        {"callback_url": HOOK},
    )
    assert messages.set_account_level_sms_callback(HOOK).path == "/v2.1/messages/sms_callback"
    assert messages.set_account_level_mms_callback(HOOK).path == "/v2.1/messages/mms_callback"
    assert spec_messages.get_account_callback("dlr_callback").method == "GET"
    assert spec_messages.delete_account_callback("sms_callback").method == "DELETE"


def test_number_updates_and_release() -> None:
    alias = numbers.set_did_alias("+" + NUMBER, "Denver desk")
    assert (alias.method, alias.path, alias.json) == (
        "PATCH",
        f"/v2/numbers/{NUMBER}",
        {"type": "number", "alias": "Denver desk"},
    )
    release = spec_numbers.release_a_did(NUMBER)
    assert (release.method, release.path, release.json) == ("DELETE", f"/v2/numbers/{NUMBER}", None)


def test_route_update_body_and_edge_strategies() -> None:
    call = routes.update_route(98396, alias="pbx-west", edge_strategy_id=1)
    assert call.json == {"data": {"type": "route", "attributes": {"alias": "pbx-west", "edge_strategy_id": 1}}}
    assert spec_routes.list_edge_strategies().path == "/v2/routes/edge_strategies"
    removed = spec_routes.remove_number_route(NUMBER, "primary_route")
    assert (removed.method, removed.path) == ("DELETE", f"/v2/numbers/{NUMBER}/relationships/primary_route")


def test_cdr_export_window_from_keywords_dicts_and_models() -> None:
    plus_two = timezone(timedelta(hours=2))
    call = cdrs.create_cdr_export(
        {"callerid_numbers": ["12065550142"]},
        "https://hooks.example.test/cdr",
        start_call_start_time=datetime(2024, 3, 1),  # naive: taken as UTC
        start_call_end_time=datetime(2024, 3, 2, 2, tzinfo=plus_two),
    )
    attributes = call.json["data"]["attributes"]
    assert attributes["callback_url"] == "https://hooks.example.test/cdr"
    filters = attributes["filter_parameters"]
    assert filters["start_call_start_time"] == "2024-03-01T00:00:00+00:00"
    assert datetime.fromisoformat(filters["start_call_end_time"]) == datetime(2024, 3, 2, tzinfo=UTC)
    assert filters["callerid_numbers"] == ["12065550142"]
    # Keywords override a window given in the filters.
    again = cdrs.create_cdr_export(
        {"start_call_start_time": "2023-01-01T00:00:00Z", "start_call_end_time": "2023-01-02T00:00:00Z"},
        start_call_end_time="2023-01-03T00:00:00Z",
    )
    window = again.json["data"]["attributes"]["filter_parameters"]
    assert window["start_call_end_time"].startswith("2023-01-03") and "callback_url" not in again.json["data"]
    assert spec_cdrs.list_cdrs(5, 10, "failed").params == spec_cdrs.list_cdr_exports(5, 10, "failed").params


def test_port_order_requests() -> None:
    cancel = porting.cancel_port_order(61234)
    assert (cancel.method, cancel.path) == ("PATCH", "/v2/portorders/61234")
    assert cancel.json == {"data": {"type": "portorder", "attributes": {"status": "cancelled"}}}
    change = porting.update_port_order_numbers("61234", remove=["+15095550101"])
    assert change.json == {"remove": ["+15095550101"]}
    group = porting.add_numbers_to_port_order_group(5120, ["+15095550103"])
    assert (group.path, group.json) == ("/v2/portorders/5120/numbers", {"add": ["+15095550103"]})
    listed = spec_porting.list_port_orders(numbers=["+15095550100"], completion_date=datetime(2024, 5, 1, tzinfo=UTC))
    assert dict(listed.params or {})["completion_date"] == "2024-05-01T00:00:00+00:00"


# Ambiguous failures are retried only for calls that are safe to repeat.
IDEMPOTENT: list[tuple[str, Callable[[], Call[Any]], bool]] = [
    ("e911 validate", lambda: e911s.validate_address(**ADDRESS), True),
    ("e911 create", lambda: e911s.create_address(**ADDRESS), False),
    ("portability check", lambda: porting.check_portability(["+15095550100"]), True),
    ("number callback", lambda: numbers.set_number_messaging_callback(NUMBER, "sms_callback", HOOK), True),
    ("message provisioning", lambda: provisioning.set_message_provisioning(["+15095550100"], "disable"), True),
    ("cnam create", lambda: cnams.create_cnam_record("ACME"), False),
    ("cdr export create", lambda: cdrs.create_cdr_export(start_call_start_time="2024-03-01", start_call_end_time="2024-03-02"), False),  # noqa: E501
    ("port order create", lambda: porting.create_port_order(["+15095550100"], "Okafor", "Example"), False),
    ("port group add", lambda: porting.add_numbers_to_port_order_group("5120", ["+15095550103"]), False),
    ("account callback (PUT)", lambda: messages.set_account_callback("sms_callback", HOOK), True),
    ("release (DELETE)", lambda: spec_numbers.release_a_did(NUMBER), True),
]  # fmt: skip


@pytest.mark.parametrize(("case", "build", "expected"), IDEMPOTENT, ids=[c[0] for c in IDEMPOTENT])
def test_idempotency(case: str, build: Callable[[], Call[Any]], expected: bool) -> None:
    assert build().idempotent is expected


# --- port orders page without links ---------------------------------------------------------


def test_port_orders_paginate_by_offset_when_the_list_has_no_links() -> None:
    total = 5

    def respond(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        query = httpx.URL(seen.path).params
        limit, offset = int(query["limit"]), int(query.get("offset", "0"))
        orders = [
            {"type": "portorder", "id": str(61000 + i), "attributes": {"status": "pending"}}
            for i in range(offset, min(offset + limit, total))
        ]
        return json_answer(200, {"data": {"type": "portorder_list", "attributes": {"orders": {"data": orders}}}})

    with LoopbackServer(respond) as server:
        client = FlowrouteClient("a", "b", base_url=server.url, allow_insecure_http=True)
        found = list(client.porting.iter_port_orders(status="pending", page_size=2))
        client.close()
    assert [o.id for o in found] == [str(61000 + i) for i in range(total)]
    assert all(isinstance(o, PortOrder) for o in found)
    offsets = [httpx.URL(s.path).params.get("offset", "0") for s in server.requests]
    assert offsets == ["0", "2", "4"]
    assert all(httpx.URL(s.path).params["status"] == "pending" for s in server.requests)

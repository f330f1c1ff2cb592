"""What reaches the wire: positional vs keyword arguments, request bodies in
every accepted form, and dates in every accepted form."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from flowroute import FlowrouteClient, InvalidParameterError
from flowroute.models import (
    MessageAccepted,
    OutboundMessage,
    OutboundMessageData,
    OutboundMessageDocument,
    RouteAssignmentRequest,
    RouteCreateAttributes,
    RouteCreateData,
    RouteCreateRequest,
    RouteDocument,
    RouteIdentifier,
    RouteType,
)
from flowroutenumbersandmessaging import FlowroutenumbersandmessagingClient

from tests.support import BASE_URL, MDR, NUMBER, OTHER_NUMBER, SECRET, Recorder, sync_client

JSONAPI = "application/vnd.api+json"


def _call(client: Any, resource: str, method: str, *args: Any, **kwargs: Any) -> Any:
    return getattr(getattr(client, resource), method)(*args, **kwargs)


# --- 1. arguments ----------------------------------------------------------------

# (resource, method, seed-order positional args, the same as keywords, expected query)
POSITIONAL_CASES: list[tuple[str, str, tuple[Any, ...], dict[str, Any], list[tuple[str, str]]]] = [
    (
        "numbers",
        "list_available_area_codes",
        (7, 14, 3.25),
        {"limit": 7, "offset": 14, "max_setup_cost": 3.25},
        [("limit", "7"), ("offset", "14"), ("max_setup_cost", "3.25")],
    ),
    (
        "numbers",
        "list_available_exchange_codes",
        (3, None, None, 347),
        {"limit": 3, "areacode": 347},
        [("limit", "3"), ("areacode", "347")],
    ),
    (
        "numbers",
        "search_for_purchasable_phone_numbers",
        (646, 3, 7, 3, None, "seattle", "WA"),
        {"starts_with": 646, "contains": 3, "ends_with": 7, "limit": 3, "rate_center": "seattle", "state": "WA"},
        [
            ("starts_with", "646"),
            ("contains", "3"),
            ("ends_with", "7"),
            ("limit", "3"),
            ("rate_center", "seattle"),
            ("state", "WA"),
        ],
    ),
    (
        "numbers",
        "list_account_phone_numbers",
        (201, 14, 55, 3, 6),
        {"starts_with": 201, "ends_with": 14, "contains": 55, "limit": 3, "offset": 6},
        [("starts_with", "201"), ("ends_with", "14"), ("contains", "55"), ("limit", "3"), ("offset", "6")],
    ),
    (
        "routes",
        "list_inbound_routes",
        (2, 4),
        {"limit": 2, "offset": 4},
        [("limit", "2"), ("offset", "4")],
    ),
    (
        "messages",
        "look_up_a_set_of_messages",
        ("2017-12-01", "2018-01-08", 2, 1),
        {"start_date": "2017-12-01", "end_date": "2018-01-08", "limit": 2, "offset": 1},
        [("start_date", "2017-12-01"), ("end_date", "2018-01-08"), ("limit", "2"), ("offset", "1")],
    ),
]


@pytest.mark.parametrize(("resource", "method", "args", "kwargs", "query"), POSITIONAL_CASES)
def test_seed_positional_order_equals_keywords(
    resource: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], query: list[tuple[str, str]]
) -> None:
    positional, keyword, facade = Recorder(), Recorder(), Recorder()
    _call(sync_client(positional), resource, method, *args)
    _call(sync_client(keyword), resource, method, **kwargs)
    seed = FlowroutenumbersandmessagingClient(
        "acct", SECRET, base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(facade))
    )
    _call(seed, resource, method, *args)
    assert positional.query() == query
    assert keyword.query() == query
    assert facade.query() == query
    assert positional.last.url == keyword.last.url == facade.last.url


def test_exchange_codes_seed_call_sends_limit_and_areacode_only() -> None:
    rec = Recorder()
    sync_client(rec).numbers.list_available_exchange_codes(3, None, None, 347)
    assert rec.last.method == "GET"
    assert rec.last.url.path == "/v2/numbers/available/exchanges"
    assert rec.last.url.query == b"limit=3&areacode=347"


def test_none_arguments_are_left_out_of_the_query() -> None:
    rec = Recorder()
    client = sync_client(rec)
    client.numbers.search_for_purchasable_phone_numbers(None, None, None, None, None, None, None)
    assert rec.last.url.query == b""
    client.numbers.list_account_phone_numbers(None, "0214", None, None, 0)
    assert rec.query() == [("ends_with", "0214"), ("offset", "0")]


def test_ints_are_accepted_where_the_seed_passed_ints() -> None:
    rec = Recorder()
    client = sync_client(rec)
    client.numbers.search_for_purchasable_phone_numbers(starts_with=646, contains=3, ends_with=7)
    assert rec.query() == [("starts_with", "646"), ("contains", "3"), ("ends_with", "7")]
    client.numbers.search_for_purchasable_phone_numbers(starts_with="+44")
    assert rec.query() == [("starts_with", "+44")]
    client.numbers.list_phone_number_details(int(NUMBER))
    assert rec.last.url.path == f"/v2/numbers/{NUMBER}"
    client.routes.set_primary_route(int(NUMBER), 83834)
    assert rec.last.url.path == f"/v2/numbers/{NUMBER}/relationships/primary_route"
    assert rec.json() == {"data": {"type": "route", "id": "83834"}}


@pytest.mark.parametrize(
    ("method", "args", "path"),
    [
        ("list_phone_number_details", ("+" + NUMBER,), f"/v2/numbers/{NUMBER}"),
        ("purchase_a_phone_number", ("+" + NUMBER,), f"/v2/numbers/{NUMBER}"),
    ],
)
def test_plus_is_stripped_from_path_numbers(method: str, args: tuple[Any, ...], path: str) -> None:
    rec = Recorder()
    _call(sync_client(rec), "numbers", method, *args)
    assert rec.last.url.path == path
    assert b"%2B" not in rec.last.url.raw_path


def test_plus_is_stripped_from_route_assignment_paths() -> None:
    rec = Recorder()
    client = sync_client(rec)
    client.routes.set_failover_route("+" + NUMBER, "0")
    assert rec.last.method == "PATCH"
    assert rec.last.url.path == f"/v2/numbers/{NUMBER}/relationships/failover_route"
    assert rec.json() == {"data": {"type": "route", "id": "0"}}


def test_purchase_without_options_sends_no_body() -> None:
    rec = Recorder()
    sync_client(rec).numbers.purchase_a_phone_number(NUMBER)
    assert rec.last.method == "POST"
    assert rec.last.content == b""


def test_purchase_options_travel_as_json() -> None:
    rec = Recorder()
    sync_client(rec).numbers.purchase_a_phone_number(NUMBER, messaging_enabled=True)
    assert rec.json() == {"messaging_enabled": True}


# --- 2. bodies -----------------------------------------------------------------

ROUTE_DICT = {
    "data": {
        "type": "route",
        "attributes": {"route_type": "host", "value": "pbx.example.test:5060", "alias": "pbx-east"},
    }
}
ROUTE_MODEL = RouteCreateRequest(
    data=RouteCreateData(
        type_="route",
        attributes=RouteCreateAttributes(alias="pbx-east", route_type=RouteType.HOST, value="pbx.example.test:5060"),
    )
)


@pytest.mark.parametrize("body", [ROUTE_MODEL, ROUTE_DICT, json.dumps(ROUTE_DICT)], ids=["model", "dict", "json"])
def test_create_an_inbound_route_body_forms(body: Any) -> None:
    rec = Recorder()
    result = sync_client(rec).routes.create_an_inbound_route(body)
    assert isinstance(result, RouteDocument)
    assert result.data.id == "98396"
    assert rec.last.method == "POST"
    assert rec.last.url.path == "/v2/routes"
    assert rec.last.headers["Content-Type"] == JSONAPI
    assert rec.json() == ROUTE_DICT


def test_create_route_builds_the_same_body() -> None:
    rec = Recorder()
    sync_client(rec).routes.create_route("pbx-east", "host", "pbx.example.test:5060")
    assert rec.json() == ROUTE_DICT
    assert rec.last.headers["Content-Type"] == JSONAPI
    sync_client(rec).routes.create_route("to-cell", RouteType.NUMBER, "12065551212", edge_strategy_id=4)
    assert rec.json() == {
        "data": {
            "type": "route",
            "attributes": {"alias": "to-cell", "route_type": "number", "value": "12065551212", "edge_strategy_id": 4},
        }
    }


ASSIGN_DICT = {"data": {"type": "route", "id": "83834"}}


@pytest.mark.parametrize(
    "body",
    [RouteAssignmentRequest(data=RouteIdentifier(type_="route", id="83834")), ASSIGN_DICT, json.dumps(ASSIGN_DICT)],
    ids=["model", "dict", "json"],
)
def test_update_primary_voice_route_body_forms(body: Any) -> None:
    rec = Recorder()
    sync_client(rec).routes.update_primary_voice_route(NUMBER, body)
    assert rec.last.method == "PATCH"
    assert rec.last.url.path == f"/v2/numbers/{NUMBER}/relationships/primary_route"
    assert rec.last.headers["Content-Type"] == JSONAPI
    assert rec.json() == ASSIGN_DICT


def test_set_primary_route_equals_update_primary_voice_route() -> None:
    by_helper, by_body = Recorder(), Recorder()
    sync_client(by_helper).routes.set_primary_route(NUMBER, "83834")
    sync_client(by_body).routes.update_primary_voice_route(NUMBER, ASSIGN_DICT)
    assert by_helper.last.url == by_body.last.url
    assert by_helper.last.content == by_body.last.content
    assert by_helper.last.headers["Content-Type"] == JSONAPI


FLAT = {"to": OTHER_NUMBER, "from": NUMBER, "body": "hello there"}
DOC = {"data": {"type": "message", "attributes": FLAT}}


@pytest.mark.parametrize(
    ("body", "wire"),
    [
        (OutboundMessage(to=OTHER_NUMBER, from_=NUMBER, body="hello there"), FLAT),
        (FLAT, FLAT),
        (json.dumps(FLAT), FLAT),
        (json.dumps(FLAT).encode(), FLAT),
        (
            OutboundMessageDocument(
                data=OutboundMessageData(
                    type_="message", attributes=OutboundMessage(to=OTHER_NUMBER, from_=NUMBER, body="hello there")
                )
            ),
            DOC,
        ),
        (DOC, DOC),
        (json.dumps(DOC), DOC),
    ],
    ids=["flat-model", "flat-dict", "flat-json", "flat-bytes", "doc-model", "doc-dict", "doc-json"],
)
def test_send_a_message_body_forms(body: Any, wire: dict[str, Any]) -> None:
    rec = Recorder()
    result = sync_client(rec).messages.send_a_message(body)
    assert isinstance(result, MessageAccepted)
    assert result.data.id == "mdr2-39cadeace66e11e7aff806cd7f24ba2d"
    assert rec.last.method == "POST"
    assert rec.last.url.path == "/v2.1/messages"
    assert rec.last.headers["Content-Type"] == JSONAPI
    assert rec.json() == wire


@pytest.mark.parametrize(("text", "value"), [("true", True), ("True", True), ("false", False), ("FALSE", False)])
def test_is_mms_string_is_sent_as_a_json_boolean(text: str, value: bool) -> None:
    media = ["https://cdn.example.test/cat.gif"]
    flat = {**FLAT, "is_mms": text, "media_urls": media}
    rec = Recorder()
    client = sync_client(rec)
    client.messages.send_a_message(flat)
    assert rec.json() == {**FLAT, "is_mms": value, "media_urls": media}
    assert f'"is_mms":{json.dumps(value)}'.encode() in rec.last.content.replace(b" ", b"")
    client.messages.send_a_message(json.dumps({"data": {"type": "message", "attributes": flat}}))
    assert rec.json()["data"]["attributes"]["is_mms"] is value


def test_send_builds_the_flat_form() -> None:
    rec = Recorder()
    client = sync_client(rec)
    client.messages.send(OTHER_NUMBER, NUMBER, "hello there")
    assert rec.json() == FLAT
    assert rec.last.headers["Content-Type"] == JSONAPI
    client.messages.send(OTHER_NUMBER, NUMBER, "look", ["https://cdn.example.test/cat.gif"])
    assert rec.json() == {
        "to": OTHER_NUMBER,
        "from": NUMBER,
        "body": "look",
        "media_urls": ["https://cdn.example.test/cat.gif"],
    }
    client.messages.send(OTHER_NUMBER, NUMBER, None, ["https://cdn.example.test/cat.gif"], is_mms=True)
    assert rec.json() == {
        "to": OTHER_NUMBER,
        "from": NUMBER,
        "media_urls": ["https://cdn.example.test/cat.gif"],
        "is_mms": True,
    }


def test_send_equals_send_a_message_on_the_wire() -> None:
    by_send, by_body = Recorder(), Recorder()
    sync_client(by_send).messages.send("+" + OTHER_NUMBER, NUMBER, "hello there")
    sync_client(by_body).messages.send_a_message({**FLAT, "to": "+" + OTHER_NUMBER})
    assert by_send.last.content == by_body.last.content
    assert by_send.json()["to"] == "+" + OTHER_NUMBER


def test_mdr_lookup_path() -> None:
    rec = Recorder()
    result = sync_client(rec).messages.look_up_a_message_detail_record(MDR)
    assert rec.last.url.path == f"/v2.1/messages/{MDR}"
    assert result.data.attributes.amount_nanodollars == 4000000


# --- 3. dates --------------------------------------------------------------------


def _dates(client: FlowrouteClient, rec: Recorder, start: Any, end: Any = None) -> dict[str, str]:
    client.messages.look_up_a_set_of_messages(start, end)
    return dict(rec.query())


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2024, 2, 10), date(2024, 2, 11), {"start_date": "2024-02-10", "end_date": "2024-02-11"}),
        (
            datetime(2024, 2, 10, 13, 22, 6, tzinfo=timezone(timedelta(hours=-5))),
            datetime(2024, 2, 11, 3, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            {"start_date": "2024-02-10T18:22:06+00:00", "end_date": "2024-02-10T21:30:00+00:00"},
        ),
        (
            datetime(2024, 2, 10, 18, 22, 6),
            datetime(2024, 2, 11, 0, 0, tzinfo=UTC),
            {"start_date": "2024-02-10T18:22:06+00:00", "end_date": "2024-02-11T00:00:00+00:00"},
        ),
        ("2024-02-10", None, {"start_date": "2024-02-10"}),
        (
            "2024-02-10T18:22:06Z",
            "2024-02-11 00:00",
            {"start_date": "2024-02-10T18:22:06Z", "end_date": "2024-02-11 00:00"},
        ),
        (" 2024-02-10T18:22:06.5+01:00 ", None, {"start_date": "2024-02-10T18:22:06.5+01:00"}),
    ],
    ids=["date", "aware-datetime", "naive-datetime", "iso-date", "iso-datetime", "fraction-offset"],
)
def test_dates_on_the_wire(start: Any, end: Any, expected: dict[str, str]) -> None:
    rec = Recorder()
    assert _dates(sync_client(rec), rec, start, end) == expected


@pytest.mark.parametrize("bad", ["2024-13-01", "yesterday", 42, "2024-02-30", "02/10/2024", ""])
@pytest.mark.parametrize("which", ["start_date", "end_date"])
def test_bad_dates_are_refused_before_sending(bad: Any, which: str) -> None:
    rec = Recorder()
    args = {"start_date": "2024-02-10", which: bad}
    with pytest.raises(InvalidParameterError) as info:
        sync_client(rec).messages.look_up_a_set_of_messages(**args)
    assert info.value.parameter == which
    assert str(info.value).startswith(f"{which}: ")
    assert "a date, a datetime, or text like '2024-02-10'" in str(info.value)
    assert rec.calls == 0

"""Arguments refused before any I/O, and base URLs refused at construction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from flowroute import AsyncFlowrouteClient, FlowrouteClient, FlowrouteError, InvalidParameterError

from tests.support import MDR, NUMBER, OTHER_NUMBER, SECRET, Recorder, async_client, example, sync_client

MEDIA = ["https://cdn.example.test/cat.gif"]
# Looks like a one-time code: must never be echoed back in an error.
PRIVATE_TEXT = "PRIVATE-otp-4821-do-not-log "


def _flat(**changes: Any) -> dict[str, Any]:
    return {"to": OTHER_NUMBER, "from": NUMBER, "body": "hello", **changes}


def _doc(**changes: Any) -> dict[str, Any]:
    return {"data": {"type": "message", "attributes": _flat(**changes)}}


# (id, operation on a client, the parameter named, a fragment of what is accepted)
Case = tuple[str, Callable[[Any], Any], str, str]

CASES: list[Case] = [
    # phone numbers in paths
    ("details-short", lambda c: c.numbers.list_phone_number_details("123"), "id", "7-15 digits"),
    ("details-leading-0", lambda c: c.numbers.list_phone_number_details("0123456789"), "id", "7-15 digits"),
    ("details-letters", lambda c: c.numbers.list_phone_number_details("1206555CALL"), "id", "7-15 digits"),
    ("details-bool", lambda c: c.numbers.list_phone_number_details(True), "id", "7-15 digits"),
    ("details-float", lambda c: c.numbers.list_phone_number_details(12065550100.0), "id", "7-15 digits"),
    ("details-path-trick", lambda c: c.numbers.list_phone_number_details("1206/../routes"), "id", "7-15 digits"),
    ("purchase-16-digits", lambda c: c.numbers.purchase_a_phone_number("1" * 16), "id", "7-15 digits"),
    ("primary-number", lambda c: c.routes.set_primary_route("555", "0"), "number_id", "7-15 digits"),
    ("failover-number", lambda c: c.routes.set_failover_route("+", "0"), "number_id", "7-15 digits"),
    # message addresses
    ("send-to", lambda c: c.messages.send("not-a-number", NUMBER, "hi"), "to", "7-15 digits"),
    ("send-from", lambda c: c.messages.send(OTHER_NUMBER, "1206", "hi"), "from_", "7-15 digits"),
    ("body-to", lambda c: c.messages.send_a_message(_flat(to="12-06")), "message_body.to", "7-15 digits"),
    (
        "doc-from",
        lambda c: c.messages.send_a_message(_doc(**{"from": "x"})),
        "message_body.data.attributes.from",
        "7-15 digits",
    ),
    # MDR ids
    ("mdr-prefix", lambda c: c.messages.look_up_a_message_detail_record("mdr3-" + "a" * 32), "id", "'mdr2-'"),
    ("mdr-short", lambda c: c.messages.look_up_a_message_detail_record("mdr2-" + "a" * 31), "id", "32 lowercase hex"),
    ("mdr-upper", lambda c: c.messages.look_up_a_message_detail_record(MDR.upper()), "id", "32 lowercase hex"),
    ("mdr-not-hex", lambda c: c.messages.look_up_a_message_detail_record("mdr2-" + "g" * 32), "id", "hex"),
    ("mdr-none", lambda c: c.messages.look_up_a_message_detail_record(None), "id", "'mdr2-'"),
    # route types and ids
    ("create-route-type", lambda c: c.routes.create_route("a", "sip", "x"), "route_type", "'host', 'number', 'uri'"),
    ("create-route-none", lambda c: c.routes.create_route("a", None, "x"), "route_type", "'host', 'number', 'uri'"),
    (
        "list-route-type",
        lambda c: c.routes.list_inbound_routes(route_type="pstn"),
        "route_type",
        "'host', 'number', 'sip-reg', 'uri'",
    ),
    ("route-id", lambda c: c.routes.set_primary_route(NUMBER, "abc"), "route_id", "digits"),
    ("route-id-negative", lambda c: c.routes.set_failover_route(NUMBER, -1), "route_id", "digits"),
    (
        "route-body-id",
        lambda c: c.routes.update_primary_voice_route(NUMBER, {"data": {"type": "route", "id": "8 3"}}),
        "route_body.data.id",
        "digits",
    ),
    ("route-body-shape", lambda c: c.routes.create_an_inbound_route({"data": {}}), "route_body.data.type", "'route'"),
    ("route-body-json", lambda c: c.routes.create_an_inbound_route("{oops"), "route_body", "JSON text"),
    ("route-body-type", lambda c: c.routes.create_an_inbound_route(42), "route_body", "JSON text"),
    ("edge-strategy", lambda c: c.routes.create_route("a", "host", "x", edge_strategy_id="4"), "edge_strategy_id", ""),
    # limits per endpoint
    ("areacodes-401", lambda c: c.numbers.list_available_area_codes(401), "limit", "from 1 to 400"),
    ("areacodes-0", lambda c: c.numbers.list_available_area_codes(0), "limit", "from 1 to 400"),
    ("exchanges-201", lambda c: c.numbers.list_available_exchange_codes(201), "limit", "from 1 to 200"),
    ("search-201", lambda c: c.numbers.search_for_purchasable_phone_numbers(limit=201), "limit", "from 1 to 200"),
    ("account-201", lambda c: c.numbers.list_account_phone_numbers(limit=201), "limit", "from 1 to 200"),
    ("routes-201", lambda c: c.routes.list_inbound_routes(201), "limit", "from 1 to 200"),
    ("routes-negative", lambda c: c.routes.list_inbound_routes(-5), "limit", "from 1 to 200"),
    ("messages-0", lambda c: c.messages.look_up_a_set_of_messages("2024-01-01", limit=0), "limit", ">= 1"),
    ("limit-str", lambda c: c.numbers.list_available_area_codes("10"), "limit", "integer"),
    ("limit-float", lambda c: c.routes.list_inbound_routes(2.0), "limit", "integer"),
    # offsets
    ("offset-negative", lambda c: c.numbers.list_available_area_codes(offset=-1), "offset", ">= 0"),
    ("offset-messages", lambda c: c.messages.look_up_a_set_of_messages("2024-01-01", offset=-1), "offset", ">= 0"),
    ("offset-str", lambda c: c.routes.list_inbound_routes(offset="0"), "offset", ">= 0"),
    # bools are not ints
    ("limit-true", lambda c: c.numbers.list_available_area_codes(True), "limit", "integer"),
    ("limit-false-routes", lambda c: c.routes.list_inbound_routes(False), "limit", "integer"),
    ("offset-false", lambda c: c.numbers.list_account_phone_numbers(offset=False), "offset", "integer >= 0"),
    ("limit-true-msgs", lambda c: c.messages.look_up_a_set_of_messages("2024-01-01", limit=True), "limit", "integer"),
    ("areacode-true", lambda c: c.numbers.list_available_exchange_codes(areacode=True), "areacode", "three-digit"),
    ("cost-true", lambda c: c.numbers.list_available_area_codes(max_setup_cost=True), "max_setup_cost", ">= 0"),
    ("cost-negative", lambda c: c.numbers.list_available_exchange_codes(max_setup_cost=-1), "max_setup_cost", ">= 0"),
    ("areacode-4-digits", lambda c: c.numbers.list_available_exchange_codes(areacode=2065), "areacode", "three-digit"),
    ("areacode-0xx", lambda c: c.numbers.list_available_exchange_codes(areacode="011"), "areacode", "three-digit"),
    ("starts-with-letters", lambda c: c.numbers.search_for_purchasable_phone_numbers("12a"), "starts_with", "digits"),
    ("contains-plus", lambda c: c.numbers.search_for_purchasable_phone_numbers(contains="+1"), "contains", "digits"),
    ("state", lambda c: c.numbers.search_for_purchasable_phone_numbers(state="Wash"), "state", "two letters"),
    ("number-type", lambda c: c.numbers.search_for_purchasable_phone_numbers(number_type="x"), "number_type", "one of"),
    # message bodies and media
    ("send-empty", lambda c: c.messages.send(OTHER_NUMBER, NUMBER, ""), "body", "non-empty message text"),
    ("send-none", lambda c: c.messages.send(OTHER_NUMBER, NUMBER, None), "body", "media_urls"),
    ("body-empty", lambda c: c.messages.send_a_message(_flat(body="")), "body", "non-empty message text"),
    ("body-missing", lambda c: c.messages.send_a_message(_doc(body=None)), "body", "media_urls"),
    ("body-not-str", lambda c: c.messages.send_a_message(_flat(body=42)), "body", "a string"),
    ("media-str", lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "x", MEDIA[0]), "media_urls", "list of http(s)"),
    ("media-empty", lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "x", []), "media_urls", "list of http(s)"),
    ("media-ftp", lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "x", ["ftp://h/x"]), "media_urls[0]", "http(s) URL"),
    (
        "media-relative",
        lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "x", [*MEDIA, "/cat.gif"]),
        "media_urls[1]",
        "http(s) URL",
    ),
    (
        "body-media",
        lambda c: c.messages.send_a_message(_flat(media_urls=["cat.gif"])),
        "message_body.media_urls[0]",
        "http(s) URL",
    ),
    (
        "doc-media",
        lambda c: c.messages.send_a_message(_doc(media_urls="https://x.test/a.gif")),
        "message_body.data.attributes.media_urls",
        "list of http(s)",
    ),
    ("dlr-callback", lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "x", dlr_callback="x"), "dlr_callback", "URL"),
    ("is-mms-int", lambda c: c.messages.send_a_message(_flat(is_mms=1)), "message_body.is_mms", "True or False"),
    (
        "is-mms-word",
        lambda c: c.messages.send_a_message(_doc(is_mms="yes")),
        "message_body.data.attributes.is_mms",
        "True or False",
    ),
    ("is-mms-none", lambda c: c.messages.send_a_message(_flat(is_mms=None)), "message_body.is_mms", "True or False"),
    (
        "send-is-mms-str",
        lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "x", is_mms="false"),
        "is_mms",
        "True or False",
    ),
    ("send-is-mms-int", lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "x", is_mms=0), "is_mms", "True or False"),
    (
        "purchase-flag",
        lambda c: c.numbers.purchase_a_phone_number(NUMBER, messaging_enabled="false"),
        "messaging_enabled",
        "True or False",
    ),
    (
        "purchase-cnam",
        lambda c: c.numbers.purchase_a_phone_number(NUMBER, cnam_lookups_enabled=1),
        "cnam_lookups_enabled",
        "True or False",
    ),
    ("send-body-shape", lambda c: c.messages.send_a_message({"to": OTHER_NUMBER}), "message_body.from", "phone number"),
    ("send-body-type", lambda c: c.messages.send_a_message(["x"]), "message_body", "JSON text"),
    (
        "send-doc-type",
        lambda c: c.messages.send_a_message({"data": {"type": "route", "attributes": _flat()}}),
        "message_body.data.type",
        "'message'",
    ),
    # oversized text (UTF-8 bytes, not characters)
    ("body-ascii", lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "x" * 750_001), "body", "at most 750,000 bytes"),
    ("body-utf8", lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "é" * 375_001), "body", "at most 750,000 bytes"),
]


def _check(exc: InvalidParameterError, parameter: str, accepted: str) -> None:
    assert isinstance(exc, ValueError)
    assert isinstance(exc, FlowrouteError)
    assert exc.parameter == parameter
    assert str(exc).startswith(f"{parameter}: ")
    assert accepted in exc.expected
    assert f"expected {exc.expected}" in str(exc)


@pytest.mark.parametrize(("name", "op", "parameter", "accepted"), CASES, ids=[c[0] for c in CASES])
def test_refused_before_any_request(name: str, op: Callable[[Any], Any], parameter: str, accepted: str) -> None:
    rec = Recorder()
    with pytest.raises(InvalidParameterError) as info:
        op(sync_client(rec))
    _check(info.value, parameter, accepted)
    assert rec.calls == 0


@pytest.mark.parametrize(("name", "op", "parameter", "accepted"), CASES, ids=[c[0] for c in CASES])
async def test_refused_before_any_request_async(
    name: str, op: Callable[[Any], Any], parameter: str, accepted: str
) -> None:
    rec = Recorder()
    client = async_client(rec)
    with pytest.raises(InvalidParameterError) as info:
        await op(client)
    _check(info.value, parameter, accepted)
    assert rec.calls == 0


def test_refused_through_the_seed_facade_too() -> None:
    from flowroutenumbersandmessaging import FlowroutenumbersandmessagingClient

    rec = Recorder()
    facade: Any = FlowroutenumbersandmessagingClient(
        "acct", SECRET, http_client=httpx.Client(transport=httpx.MockTransport(rec))
    )
    with pytest.raises(ValueError, match=r"^limit: 401 is out of range") as info:
        facade.numbers.list_available_area_codes(401)
    assert isinstance(info.value, InvalidParameterError)
    assert rec.calls == 0


@pytest.mark.parametrize(
    ("op", "query"),
    [
        (lambda c: c.numbers.list_available_area_codes(400), [("limit", "400")]),
        (lambda c: c.numbers.list_available_exchange_codes(200, 0), [("limit", "200"), ("offset", "0")]),
        (lambda c: c.routes.list_inbound_routes(1), [("limit", "1")]),
        (
            lambda c: c.messages.look_up_a_set_of_messages("2024-01-01", None, 100_000),
            [("start_date", "2024-01-01"), ("limit", "100000")],
        ),
        (lambda c: c.numbers.list_available_area_codes(max_setup_cost=0), [("max_setup_cost", "0")]),
    ],
    ids=["areacodes-400", "exchanges-200", "routes-1", "messages-no-max", "cost-0"],
)
def test_boundary_values_are_accepted(op: Callable[[Any], Any], query: list[tuple[str, str]]) -> None:
    rec = Recorder()
    op(sync_client(rec))
    assert rec.query() == query


def test_body_of_exactly_the_limit_is_sent() -> None:
    rec = Recorder()
    sync_client(rec).messages.send(OTHER_NUMBER, NUMBER, "é" * 375_000)
    assert rec.calls == 1
    assert len(rec.json()["body"].encode()) == 750_000


def test_empty_text_with_media_is_allowed() -> None:
    rec = Recorder()
    sync_client(rec).messages.send_a_message(_flat(body="", media_urls=MEDIA))
    assert rec.json() == _flat(body="", media_urls=MEDIA)


@pytest.mark.parametrize(
    "op",
    [
        lambda c: c.messages.send(OTHER_NUMBER, NUMBER, PRIVATE_TEXT * 30_000),
        lambda c: c.messages.send(OTHER_NUMBER, NUMBER, PRIVATE_TEXT, ["not a url"]),
        lambda c: c.messages.send("bad", NUMBER, PRIVATE_TEXT),
        lambda c: c.messages.send_a_message(_flat(body=PRIVATE_TEXT * 30_000)),
        lambda c: c.messages.send_a_message(_doc(body=PRIVATE_TEXT * 30_000)),
        lambda c: c.messages.send_a_message(_flat(body=PRIVATE_TEXT, is_mms="maybe")),
        lambda c: c.messages.send_a_message({"body": PRIVATE_TEXT, "from": NUMBER}),
        lambda c: c.messages.send_a_message('{"body": "' + PRIVATE_TEXT + '", "to": 1'),
    ],
    ids=["oversized", "bad-media", "bad-to", "flat-oversized", "doc-oversized", "is-mms", "no-to", "bad-json"],
)
def test_refusals_never_echo_the_message_text(op: Callable[[Any], Any]) -> None:
    rec = Recorder()
    with pytest.raises(InvalidParameterError) as info:
        op(sync_client(rec))
    exc = info.value
    for text in (str(exc), repr(exc), exc.problem, exc.expected, *map(str, exc.args)):
        assert "PRIVATE-otp" not in text
    assert rec.calls == 0


# --- 11. base URLs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://api.example.com", "plain http to api.example.com"),
        ("http://api.flowroute.com/", "plain http"),
        ("http://10.0.0.5:8080", "plain http"),
        ("https://user:pw@api.flowroute.com", "user info"),
        ("https://user@api.flowroute.com", "user info"),
        ("ftp://api.flowroute.com", "not an absolute http(s) URL"),
        ("ws://localhost:9000", "not an absolute http(s) URL"),
        ("api.flowroute.com", "not an absolute http(s) URL"),
        ("/v2", "not an absolute http(s) URL"),
    ],
)
@pytest.mark.parametrize("cls", [FlowrouteClient, AsyncFlowrouteClient])
def test_unsafe_base_urls_are_refused(url: str, problem: str, cls: type[Any]) -> None:
    with pytest.raises(InvalidParameterError) as info:
        cls("acct", SECRET, base_url=url)
    assert info.value.parameter == "base_url"
    assert problem in info.value.problem
    assert isinstance(info.value, ValueError)
    assert "pw" not in info.value.expected


def test_user_info_refusal_does_not_echo_the_password() -> None:
    with pytest.raises(InvalidParameterError) as info:
        FlowrouteClient("acct", SECRET, base_url=f"https://acct:{SECRET}@api.flowroute.com")
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:4010", "http://127.0.0.1:4010"),
        ("http://127.0.0.2:4010/", "http://127.0.0.2:4010"),
        ("http://localhost", "http://localhost"),
        ("http://localhost:8080/prefix/", "http://localhost:8080/prefix"),
        ("http://[::1]:4010", "http://[::1]:4010"),
        ("http://[::1]", "http://[::1]"),
        ("https://api.example.com/x?y=1#z", "https://api.example.com/x"),
    ],
)
def test_loopback_and_https_urls_are_allowed(url: str, expected: str) -> None:
    rec = Recorder()
    client = sync_client(rec, base_url=url)
    assert str(client.base_url) == expected
    client.routes.list_inbound_routes(1)
    assert str(rec.last.url) == expected + "/v2/routes?limit=1"


def test_plain_http_is_allowed_when_asked_for() -> None:
    rec = Recorder()
    client = sync_client(rec, base_url="http://api.example.com", allow_insecure_http=True)
    client.routes.list_inbound_routes(1)
    assert str(rec.last.url) == "http://api.example.com/v2/routes?limit=1"


def test_base_url_path_prefix_is_kept() -> None:
    rec = Recorder([httpx.Response(200, json=example("/v2/routes", "get", "200"))])
    page = sync_client(rec, base_url="https://proxy.example.test/flowroute/").routes.list_inbound_routes()
    assert page.data[0].id == "0"
    assert str(rec.last.url) == "https://proxy.example.test/flowroute/v2/routes"


@pytest.mark.parametrize(
    ("options", "parameter"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": 1.0}, "max_retries"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": -3.0}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"timeout": "30"}, "timeout"),
    ],
)
def test_bad_client_options_are_refused(options: dict[str, Any], parameter: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        FlowrouteClient("acct", SECRET, **options)
    assert info.value.parameter == parameter
    with pytest.raises(InvalidParameterError) as info:
        sync_client(Recorder()).with_options(**options)
    assert info.value.parameter == parameter

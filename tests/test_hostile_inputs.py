"""Attacks on arguments: every public method, every argument, hostile values.

The methods are found by introspection (the clients' controllers, the resources'
public methods, the seed facade's controllers), so a new operation is attacked
without anyone listing it here. For each call the property is: either an
``InvalidParameterError`` comes out and nothing was sent, or every request that
went out is well formed (a clean https URL under the base URL, a UTF-8 JSON body,
absolute http(s) URLs wherever a URL is sent). Any other exception, or any
exception that is not a ``FlowrouteError``, fails. The transport records requests
and answers 204; no network is used.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import math
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import flowroute
import httpx
import pytest
from flowroute import AsyncFlowrouteClient, FlowrouteClient, FlowrouteError, InvalidParameterError
from flowroutenumbersandmessaging import FlowroutenumbersandmessagingClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devtools.spec import load_spec
from tests.support import LoopbackServer, json_answer

BASE = "https://api.flowroute.com"

# Methods that send nothing of their own, or whose contract another suite owns.
NOT_REQUESTS = {
    "parse_cdr_export",  # reads a local file the caller names
    "download_cdr_export",  # writes a local file; covered by tests/test_cdr_export_files.py
    "send_many",  # its per-message results are issue 11 section 1, tests/test_bulk_send.py
}


def _deep_list(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


def _deep_dict(depth: int) -> Any:
    value: Any = {}
    for _ in range(depth):
        value = {"a": value}
    return value


DEEP_TEXT = ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000]
DEEP_VALUES = [_deep_list(100_000), _deep_dict(100_000), {"data": {"attributes": _deep_dict(100_000)}}]
EXTREME_MOMENTS = [
    datetime.max.replace(tzinfo=timezone(timedelta(hours=-14))),
    datetime.min.replace(tzinfo=timezone(timedelta(hours=14))),
    datetime.max.replace(tzinfo=UTC),
    datetime.min,
    date.max,
    date.min,
]
BAD_URLS = [
    "http://example.com/a b.jpg",
    "http://example.com/a.jpg\r\nX-Injected: 1",
    "http://example.com/\n",
    "https://",
    "http:///path",
    "ftp://example.com/a.jpg",
    "//example.com/a.jpg",
    "javascript:alert(1)",
    "http://exa mple.com/",
    "http://[::1/",
    "http://example.com/\x00",
    "http://example.com/\ud800",
]


def _one_of_list(values: list[Any]) -> st.SearchStrategy[Any]:
    # Drawn by index: hypothesis reprs a sampled_from's elements, and these have no usable repr.
    return st.integers(0, len(values) - 1).map(lambda index: values[index])


HUGE_INTS = [10**4300, -(10**4300), 10**5000, 2**64, -1, 0, 1]
hostile_scalars = st.one_of(
    st.text(max_size=12),
    st.text(max_size=6).map(lambda s: s + "\ud800" + s),
    st.sampled_from(["", " ", "\r\n", "\x00", "a\nb", "+", "-1", "1e999", "9" * 20]),
    _one_of_list([*HUGE_INTS, "0" * 5000]),
    st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -0.0, 0.5]),
    st.sampled_from([None, True, False, b"bytes", bytearray(b"x"), object(), (), frozenset()]),
    _one_of_list(DEEP_TEXT + DEEP_VALUES + EXTREME_MOMENTS + BAD_URLS),
    st.integers(),
    st.floats(),
)
hostile = st.recursive(
    hostile_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)

# Values that pass each parameter's checks, so the hostile one is not hidden behind another.
GOOD: dict[str, list[Any]] = {
    "to": ["16175550199"],
    "from_": ["16175550142"],
    "body": ["hello"],
    "media_urls": [["https://example.com/a.jpg"]],
    "number_id": ["16502390214"],
    "did": ["16502390214"],
    "id": ["mdr2-ca82be46e6ba11e79d08862d092cf73d", "16502390214"],
    "route_id": ["83834"],
    "e911_id": ["20930"],
    "cnam_id": ["20930"],
    "limit": [5],
    "offset": [0],
    "start_date": ["2024-01-01"],
    "end_date": ["2024-01-02"],
    "url": ["https://example.com/hook"],
    "dlr_url": ["https://example.com/hook"],
    "dlr_callback": ["https://example.com/hook"],
    "callback_type": ["sms"],
    "value": ["ACME"],
    "label": ["a label"],
    "alias": ["an alias"],
    "npa": [206],
    "nxx": [555],
    "state": ["WA"],
    "ratecenter": ["SEATTLE"],
    "contains": ["555"],
    "starts_with": ["1206"],
    "ends_with": ["0100"],
    "max_setup_cost": [1.0],
}


# The clients' controllers are the spec's tags.
TAGS = sorted({op["tags"][0] for item in load_spec()["paths"].values() for op in item.values() if "tags" in op})


def _methods(client: object) -> Iterator[tuple[str, str]]:
    for tag in TAGS:
        for name, function in inspect.getmembers(type(getattr(client, tag)), callable):
            if not name.startswith("_") and name not in NOT_REQUESTS and inspect.isfunction(function):
                yield tag, name


# Used for their signatures only: they send nothing.
_CLIENTS: dict[str, Any] = {
    "sync": FlowrouteClient("k", "s"),
    "async": AsyncFlowrouteClient("k", "s", transport="httpx"),
    "facade": FlowroutenumbersandmessagingClient("k", "s"),
}


def _all_methods() -> list[tuple[str, str, str]]:
    return [(flavour, *target) for flavour, client in _CLIENTS.items() for target in _methods(client)]


TARGETS = _all_methods()


def test_every_operation_is_attacked() -> None:
    # Introspection found the resources of all three surfaces, and enough methods on each.
    for flavour in ("sync", "async", "facade"):
        resources = {resource for kind, resource, _ in TARGETS if kind == flavour}
        assert {"numbers", "routes", "messages", "e911s", "cnams", "porting", "cdrs"} <= resources, flavour
    assert len(TARGETS) > 120


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(204)


def _check_url_value(where: str, text: str) -> None:
    assert not any(ch.isspace() or ord(ch) < 32 for ch in text), f"{where}: {text!r} has whitespace or controls"
    parts = urlsplit(text)
    assert parts.scheme in ("http", "https") and parts.netloc, f"{where}: {text!r} is not an absolute http(s) URL"


def _check_json_urls(value: Any, key: str = "") -> None:
    if isinstance(value, dict):
        for name, item in value.items():
            _check_json_urls(item, str(name))
    elif isinstance(value, list):
        for item in value:
            _check_json_urls(item, key)
    elif isinstance(value, str) and ("url" in key.lower() or "callback" in key.lower()):
        _check_url_value(key, value)


def assert_well_formed(request: httpx.Request) -> None:
    url = str(request.url)
    assert not any(ch.isspace() or ord(ch) < 32 for ch in url), f"URL with whitespace or controls: {url!r}"
    assert url.startswith(BASE + "/v2"), url
    assert request.method in {"GET", "POST", "PATCH", "PUT", "DELETE"}
    for name, value in request.headers.raw:
        assert b"\r" not in name + value and b"\n" not in name + value
    if request.content:
        document = json.loads(request.content.decode("utf-8"))
        _check_json_urls(document)


def _invoke(flavour: str, resource: str, method: str, args: dict[str, Any], recorder: Recorder) -> None:
    if flavour == "async":

        async def main() -> None:
            http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
            async with AsyncFlowrouteClient("k", "s", http_client=http, max_retries=0) as client:
                result = getattr(getattr(client, resource), method)(**args)
                if inspect.isawaitable(result):
                    await result
                elif hasattr(result, "__anext__"):
                    await anext(result, None)
            await http.aclose()

        asyncio.run(main())
        return
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http:
        if flavour == "sync":
            owner: Any = FlowrouteClient("k", "s", http_client=http, max_retries=0)
        else:
            owner = FlowroutenumbersandmessagingClient("k", "s", http_client=http, max_retries=0)
        result = getattr(getattr(owner, resource), method)(**args)
        if isinstance(result, Iterator):
            next(result, None)


@functools.cache
def _arguments(flavour: str, resource: str, method: str) -> list[inspect.Parameter]:
    function = getattr(type(getattr(_CLIENTS[flavour], resource)), method)
    parameters = list(inspect.signature(function).parameters.values())[1:]  # without self
    return [p for p in parameters if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]


def attack(flavour: str, resource: str, method: str, args: dict[str, Any]) -> None:
    recorder = Recorder()
    raised: FlowrouteError | None = None
    try:
        _invoke(flavour, resource, method, args, recorder)
    except FlowrouteError as exc:  # anything else escapes and fails the test
        raised = exc
    if isinstance(raised, InvalidParameterError):
        assert not recorder.requests, f"{raised} was raised after a request went out"
        assert raised.parameter and str(raised)
        return
    if raised is not None:
        assert recorder.requests, f"{raised!r} before any request: only InvalidParameterError may come first"
    for request in recorder.requests:
        assert_well_formed(request)


@pytest.mark.parametrize(("flavour", "resource", "method"), TARGETS, ids=[".".join(t) for t in TARGETS])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(data=st.data())
def test_hostile_arguments_raise_invalid_parameter_or_send_a_well_formed_request(
    flavour: str, resource: str, method: str, data: st.DataObject
) -> None:
    args: dict[str, Any] = {}
    parameters = _arguments(flavour, resource, method)
    # One argument gets the hostile value; the rest are valid when we know a valid value.
    target = data.draw(st.sampled_from(parameters), label="attacked") if parameters else None
    for parameter in parameters:
        good = GOOD.get(parameter.name)
        if parameter is target or good is None:
            strategy = hostile if parameter is target or parameter.default is inspect.Parameter.empty else st.none()
        else:
            strategy = st.sampled_from(good)
        args[parameter.name] = data.draw(strategy, label=parameter.name)
    attack(flavour, resource, method, args)


# The cases the probe reported, pinned so each failure names itself.
SURROGATE = "caf\ud800"
HUGE = 10**4300
LATEST = datetime.max.replace(tzinfo=timezone(timedelta(hours=-5)))
EARLIEST = datetime.min.replace(tzinfo=timezone(timedelta(hours=5)))

REPORTED: list[tuple[str, str, dict[str, Any]]] = [
    ("messages", "send", {"to": "16175550199", "from_": "16175550142", "body": SURROGATE}),
    ("messages", "send_a_message", {"message_body": DEEP_TEXT[0]}),
    ("messages", "send_a_message", {"message_body": DEEP_TEXT[1]}),
    ("messages", "look_up_a_set_of_messages", {"start_date": LATEST}),
    ("messages", "look_up_a_set_of_messages", {"start_date": EARLIEST}),
    ("messages", "look_up_a_set_of_messages", {"start_date": "2024-01-01", "end_date": LATEST}),
    ("numbers", "list_account_phone_numbers", {"offset": HUGE}),
    ("numbers", "list_account_phone_numbers", {"limit": HUGE}),
    ("numbers", "list_account_phone_numbers", {"contains": SURROGATE}),
    ("numbers", "list_phone_number_details", {"id": HUGE}),
    ("routes", "update_primary_voice_route", {"number_id": HUGE, "route_body": {"data": {"type": "route", "id": "1"}}}),
    ("routes", "update_primary_voice_route", {"number_id": "16502390214", "route_body": {"data": {"id": HUGE}}}),
    (
        "e911s",
        "validate_address",
        {
            "label": "HQ",
            "first_name": "Ada",
            "last_name": SURROGATE,
            "street_name": "Main St",
            "street_number": "1",
            "city": "Seattle",
            "state": "WA",
            "country": "US",
            "zipcode": "98101",
        },
    ),
    ("messages", "send", {"to": "16175550199", "from_": "16175550142", "media_urls": [BAD_URLS[0]]}),
    ("messages", "send", {"to": "16175550199", "from_": "16175550142", "media_urls": [BAD_URLS[1]]}),
    ("messages", "set_account_level_sms_callback", {"url": BAD_URLS[0]}),
]


@pytest.mark.parametrize("flavour", ["sync", "async", "facade"])
@pytest.mark.parametrize(("resource", "method", "args"), REPORTED, ids=[f"{r}.{m}" for r, m, _ in REPORTED])
def test_reported_cases_raise_invalid_parameter_error(
    flavour: str, resource: str, method: str, args: dict[str, Any]
) -> None:
    recorder = Recorder()
    with pytest.raises(InvalidParameterError):
        _invoke(flavour, resource, method, args, recorder)
    assert not recorder.requests


@pytest.mark.parametrize(
    ("settings_", "parameter"),
    [
        ({"timeout": math.nan}, "timeout"),
        ({"timeout": math.inf}, "timeout"),
        ({"timeout": httpx.Timeout(math.nan)}, "timeout"),
        ({"retry_policy": flowroute.RetryPolicy(initial_backoff=0)}, None),
        ({"max_retries": HUGE}, None),
        ({"max_response_size": 0}, "max_response_size"),
        ({"max_response_size": 1.5}, "max_response_size"),
        ({"deadline": math.nan}, "deadline"),
        ({"base_url": "ftp://KEY:SECRET@host"}, "base_url"),
        ({"base_url": "http://exa mple.com"}, "base_url"),
        ({"retry_policy": "fast"}, "retry_policy"),
    ],
)
@pytest.mark.parametrize("client_class", [FlowrouteClient, AsyncFlowrouteClient])
def test_bad_settings_are_refused_at_construction(
    client_class: Callable[..., Any], settings_: dict[str, Any], parameter: str | None
) -> None:
    if parameter is None:
        client_class("k", "s", **settings_)  # accepted: a valid, if unusual, setting
        return
    with pytest.raises(InvalidParameterError) as info:
        client_class("k", "s", **settings_)
    assert info.value.parameter.startswith(parameter)
    assert "SECRET" not in str(info.value) and "KEY" not in str(info.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("initial_backoff", -1),
        ("initial_backoff", "0.5"),
        ("max_backoff", math.nan),
        ("max_retry_after", math.inf),
        ("rate_limit_backoff", None),
        ("jitter", 2),
        ("jitter", True),
    ],
)
def test_a_bad_retry_policy_is_refused_where_it_is_written(field: str, value: Any) -> None:
    with pytest.raises(InvalidParameterError) as info:
        flowroute.RetryPolicy(**{field: value})
    assert info.value.parameter == f"retry_policy.{field}"


@pytest.mark.parametrize("flavour", ["sync", "async", "facade"])
def test_a_closed_client_raises_client_closed_error(flavour: str) -> None:
    if flavour == "async":

        async def main() -> None:
            client = AsyncFlowrouteClient("k", "s", base_url="http://127.0.0.1:1")
            await client.aclose()
            with pytest.raises(flowroute.ClientClosedError):
                await client.numbers.list_account_phone_numbers()
            with pytest.raises(flowroute.ClientClosedError):
                await client.with_options(max_retries=0).routes.list_inbound_routes()

        asyncio.run(main())
        return
    owner: Any = (FlowrouteClient if flavour == "sync" else FlowroutenumbersandmessagingClient)("k", "s")
    owner.close()
    with pytest.raises(flowroute.ClientClosedError) as info:
        owner.numbers.list_account_phone_numbers()
    assert isinstance(info.value, FlowrouteError)


def test_a_closed_http_client_of_the_callers_own_is_reported_the_same_way() -> None:
    http = httpx.Client()
    client = FlowrouteClient("k", "s", http_client=http)
    http.close()
    with pytest.raises(flowroute.ClientClosedError):
        client.routes.list_inbound_routes()


_BUSY = {"errors": [{"detail": "busy"}]}
_QUICK_RETRY = flowroute.RetryPolicy(initial_backoff=0.01, max_backoff=0.01)


def test_a_client_closed_while_a_call_waits_to_retry_ends_that_call() -> None:
    seen: list[httpx.Request] = []

    def close_after_first(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        http.close()  # the next attempt finds the client closed
        return httpx.Response(503, json=_BUSY)

    http = httpx.Client(transport=httpx.MockTransport(close_after_first))
    client = FlowrouteClient("k", "s", http_client=http, retry_policy=_QUICK_RETRY, rate_limiter=None)
    with pytest.raises(flowroute.ClientClosedError):
        client.routes.list_inbound_routes()
    assert len(seen) == 1


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_the_sdks_own_async_client_closed_during_a_retry_ends_the_call(transport: Any) -> None:
    slow_retry = flowroute.RetryPolicy(initial_backoff=0.3, max_backoff=0.3, jitter=0)
    loop = asyncio.get_running_loop()
    answered = asyncio.Event()

    def respond(seen: Any) -> Any:
        loop.call_soon_threadsafe(answered.set)
        return json_answer(503, _BUSY)

    with LoopbackServer(respond) as server:
        client = AsyncFlowrouteClient("k", "s", base_url=server.url, transport=transport, retry_policy=slow_retry)
        call = asyncio.create_task(client.routes.list_inbound_routes())
        await asyncio.wait_for(answered.wait(), 5)
        await asyncio.sleep(0.1)
        await client.aclose()  # while the call sleeps before its retry
        with pytest.raises(flowroute.ClientClosedError):
            await call
    assert len(server.requests) == 1

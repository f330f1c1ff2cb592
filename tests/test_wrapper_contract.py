"""The public clients and the seed facade against a real Prism (--errors)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import flowroute
import pytest
from flowroute import AsyncFlowrouteClient, FlowrouteClient
from flowroute.models import (
    AreaCodePage,
    ExchangeCodePage,
    MessageAccepted,
    MessageDocument,
    MessagePage,
    PhoneNumberDocument,
    PhoneNumberPage,
    PurchasableNumberPage,
    RouteDocument,
    RoutePage,
)
from flowroutenumbersandmessaging.flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

from devtools.spec import response_example
from tests.test_whole_api_contract import NEW_OPS

pytestmark = pytest.mark.prism

MDR = "mdr2-ca82be46e6ba11e79d08862d092cf73d"
ROUTE_JSON = (
    '{"data": {"type": "route", "attributes": {"route_type": "host", '
    '"value": "abc123.sonsofodin.com", "alias": "new route0123456789"}}}'
)
MMS_JSON = (
    '{"data": {"type": "message", "attributes": {"to": "16175550199", "from": "16502390214", '
    '"body": "hello there", "is_mms": "true", "media_urls": ["http://s3.amazonaws.com/barkpost-assets/50+GIFs/37.gif"]}}}'
)


@dataclass
class Op:
    resource: str
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    returns: type | None
    check: Callable[[Any], object]
    # (path, method, status) of the spec example this call is answered with
    example: tuple[str, str, str] | None


def _noop(_: Any) -> None:
    assert _ is None


OPS: dict[str, Op] = {
    "list_available_area_codes": Op(
        "numbers",
        "list_available_area_codes",
        (3, None, 3.25),
        {},
        AreaCodePage,
        lambda r: [a.id for a in r.data] == ["201", "202", "203"] or pytest.fail(str(r)),
        ("/v2/numbers/available/areacodes", "get", "200"),
    ),
    "list_available_exchange_codes": Op(
        "numbers",
        "list_available_exchange_codes",
        (3, None, None, 347),
        {},
        ExchangeCodePage,
        lambda r: r.data[0].id == "347215" or pytest.fail(str(r)),
        ("/v2/numbers/available/exchanges", "get", "200"),
    ),
    "search_for_purchasable_phone_numbers": Op(
        "numbers",
        "search_for_purchasable_phone_numbers",
        (646, 3, 7, 3, None, None, None),
        {},
        PurchasableNumberPage,
        lambda r: (
            (r.data[0].attributes.monthly_cost, r.data[2].attributes.setup_cost) == (1.25, 3.99) or pytest.fail(str(r))
        ),
        ("/v2/numbers/available", "get", "200"),
    ),
    "purchase_a_phone_number": Op(
        "numbers",
        "purchase_a_phone_number",
        ("16502390214",),
        {},
        PhoneNumberDocument,
        lambda r: r.data.relationships.primary_route.data.id == "0" or pytest.fail(str(r)),
        ("/v2/numbers/{id}", "post", "201"),
    ),
    "list_account_phone_numbers": Op(
        "numbers",
        "list_account_phone_numbers",
        (201, None, None, 3, None),
        {},
        PhoneNumberPage,
        lambda r: [n.attributes.rate_center for n in r.data] == ["oradell", "jerseycity"] or pytest.fail(str(r)),
        ("/v2/numbers", "get", "200"),
    ),
    "list_phone_number_details": Op(
        "numbers",
        "list_phone_number_details",
        ("16502390214",),
        {},
        PhoneNumberDocument,
        lambda r: (r.data.attributes.alias, r.included[0].id) == (None, "0") or pytest.fail(str(r)),
        ("/v2/numbers/{id}", "get", "200"),
    ),
    "create_an_inbound_route": Op(
        "routes",
        "create_an_inbound_route",
        (ROUTE_JSON,),
        {},
        RouteDocument,
        lambda r: r.data.id == "98396" or pytest.fail(str(r)),
        ("/v2/routes", "post", "201"),
    ),
    "create_route": Op(
        "routes",
        "create_route",
        ("pbx-east", "host", "pbx.example.test:5060"),
        {"edge_strategy_id": 4},
        RouteDocument,
        lambda r: r.data.attributes.value == "il775u.sonsofodin.com" or pytest.fail(str(r)),
        ("/v2/routes", "post", "201"),
    ),
    "list_inbound_routes": Op(
        "routes",
        "list_inbound_routes",
        (2,),
        {},
        RoutePage,
        lambda r: r.data[1].attributes.value == "12065551212" or pytest.fail(str(r)),
        ("/v2/routes", "get", "200"),
    ),
    "update_primary_voice_route": Op(
        "routes",
        "update_primary_voice_route",
        ("16502390214", '{"data": {"type": "route", "id": "83834"}}'),
        {},
        None,
        _noop,
        None,
    ),
    "update_failover_voice_route": Op(
        "routes",
        "update_failover_voice_route",
        ("16502390214", {"data": {"type": "route", "id": "0"}}),
        {},
        None,
        _noop,
        None,
    ),
    "set_primary_route": Op("routes", "set_primary_route", ("16502390214", 83834), {}, None, _noop, None),
    "set_failover_route": Op("routes", "set_failover_route", ("16502390214", "0"), {}, None, _noop, None),
    "send_a_message": Op(
        "messages",
        "send_a_message",
        (MMS_JSON,),
        {},
        MessageAccepted,
        lambda r: r.data.id.startswith("mdr2-") or pytest.fail(str(r)),
        ("/v2.1/messages", "post", "202"),
    ),
    "send": Op(
        "messages",
        "send",
        ("16175550199", "16502390214", "Your code is 4821"),
        {},
        MessageAccepted,
        lambda r: r.data.id == "mdr2-39cadeace66e11e7aff806cd7f24ba2d" or pytest.fail(str(r)),
        ("/v2.1/messages", "post", "202"),
    ),
    "look_up_a_set_of_messages": Op(
        "messages",
        "look_up_a_set_of_messages",
        ("2017-12-01", date(2018, 1, 8), 2),
        {},
        MessagePage,
        lambda r: r.data[1].attributes.delivery_receipts[0].status_code == 1003 or pytest.fail(str(r)),
        ("/v2.1/messages", "get", "200"),
    ),
    "look_up_a_set_of_messages_datetime": Op(
        "messages",
        "look_up_a_set_of_messages",
        (datetime(2017, 12, 1, tzinfo=UTC),),
        {"end_date": datetime(2018, 1, 8), "offset": 0},
        MessagePage,
        lambda r: (
            r.data[0].attributes.timestamp == datetime(2017, 12, 22, 1, 52, 39, 390000, tzinfo=UTC)
            or pytest.fail(str(r))
        ),
        ("/v2.1/messages", "get", "200"),
    ),
    "look_up_a_message_detail_record": Op(
        "messages",
        "look_up_a_message_detail_record",
        (MDR,),
        {},
        MessageDocument,
        lambda r: r.data.attributes.amount_nanodollars == 4000000 or pytest.fail(str(r)),
        ("/v2.1/messages/{id}", "get", "200"),
    ),
}


@pytest.fixture(scope="module")
def client(backend_url: str) -> Iterator[FlowrouteClient]:
    with FlowrouteClient("access-key", "secret-key", base_url=backend_url) as c:
        yield c


def test_every_seed_method_and_convenience_is_covered() -> None:
    seed = {
        "list_available_area_codes", "list_available_exchange_codes", "search_for_purchasable_phone_numbers",
        "purchase_a_phone_number", "list_account_phone_numbers", "list_phone_number_details",
        "create_an_inbound_route", "list_inbound_routes", "update_primary_voice_route",
        "update_failover_voice_route", "send_a_message", "look_up_a_message_detail_record",
        "look_up_a_set_of_messages",
    }  # fmt: skip
    covered = {op.method for op in OPS.values()}
    assert seed <= covered
    # Methods added with the later operations are run in tests/test_whole_api_contract.py,
    # and every spec operation in tests/test_spec_contract.py; conveniences written by hand
    # must have a case here or there.
    covered |= {op.method for op in NEW_OPS.values() if op.resource in ("numbers", "routes", "messages")}
    client = FlowrouteClient("a", "b")
    for resource in ("numbers", "routes", "messages"):
        controller = getattr(client, resource)
        hand_written = {name for name in vars(type(controller)) if not name.startswith("_")} - {"send_many"}
        assert hand_written <= covered, hand_written - covered
        public = {name for name in dir(controller) if not name.startswith("_")}
        assert {op.method for op in OPS.values() if op.resource == resource} <= public


@pytest.mark.parametrize("name", sorted(OPS))
def test_sync_client(client: FlowrouteClient, name: str) -> None:
    op = OPS[name]
    result = getattr(getattr(client, op.resource), op.method)(*op.args, **op.kwargs)
    if op.returns is not None:
        assert isinstance(result, op.returns)
    op.check(result)


@pytest.mark.parametrize("name", sorted(OPS))
async def test_async_client(backend_url: str, name: str) -> None:
    op = OPS[name]
    async with AsyncFlowrouteClient("access-key", "secret-key", base_url=backend_url) as aclient:
        result = await getattr(getattr(aclient, op.resource), op.method)(*op.args, **op.kwargs)
    if op.returns is not None:
        assert isinstance(result, op.returns)
    op.check(result)


@pytest.mark.parametrize("name", sorted(OPS))
def test_facade_returns_the_servers_json(backend_url: str, name: str) -> None:
    op = OPS[name]
    facade = FlowroutenumbersandmessagingClient("access-key", "secret-key", base_url=backend_url)
    result = getattr(getattr(facade, op.resource), op.method)(*op.args, **op.kwargs)
    if op.example is None:
        assert result is None
    else:
        assert result == response_example(*op.example)


@pytest.mark.parametrize(
    ("code", "exc"),
    [
        (401, flowroute.AuthenticationError),
        (403, flowroute.PermissionDeniedError),
        (404, flowroute.NotFoundError),
        (422, flowroute.UnprocessableEntityError),
    ],
)
def test_error_statuses_raise_typed_errors(backend_url: str, code: int, exc: type[flowroute.APIStatusError]) -> None:
    import httpx

    http = httpx.Client(headers={"Prefer": f"code={code}"})
    with FlowrouteClient("access-key", "secret-key", base_url=backend_url, http_client=http) as c:
        with pytest.raises(exc) as info:
            c.numbers.list_phone_number_details("16502390214")
        assert info.value.status_code == code
        assert info.value.errors[0].status == code
        assert isinstance(info.value, flowroute.ErrorException)
        assert "secret-key" not in str(info.value) + repr(info.value)
    http.close()


def test_rate_limited_send_raises_rate_limit_error(backend_url: str) -> None:
    import httpx

    http = httpx.Client(headers={"Prefer": "code=429"})
    c = FlowrouteClient("access-key", "secret-key", base_url=backend_url, http_client=http, max_retries=0)
    with pytest.raises(flowroute.RateLimitError) as info:
        c.messages.send("16175550199", "16502390214", "hi")
    assert info.value.retry_after is None
    assert info.value.errors[0].title == "Too Many Requests"
    http.close()

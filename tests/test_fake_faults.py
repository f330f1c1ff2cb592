"""Faults on demand, authentication and Flowroute's documented rate limits on the fake."""

from __future__ import annotations

import pytest
from flowroute import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    FlowrouteClient,
    InvalidParameterError,
    RateLimitError,
    ServerError,
)
from flowroute.testing import FakeFlowroute

pytestmark = pytest.mark.flowroute_fake(validate_responses=True)

TO = "16175550199"


def test_fail_next_429_twice_is_retried_through(flowroute_fake: FakeFlowroute) -> None:
    sender = flowroute_fake.own_number()
    flowroute_fake.fail_next("send_a_message", status=429, times=2)
    with flowroute_fake.client(max_retries=2) as client:
        sent = client.messages.send(to=TO, from_=sender, body="third time lucky")
    statuses = [c.status for c in flowroute_fake.calls if c.operation_id == "send_a_message"]
    assert statuses == [429, 429, 202]
    assert sent.data.id.startswith("mdr2-")


def test_fail_next_surfaces_as_a_typed_error_without_retries(flowroute_fake: FakeFlowroute) -> None:
    sender = flowroute_fake.own_number()
    flowroute_fake.fail_next("send_a_message", status=429)
    with flowroute_fake.client(max_retries=0) as client, pytest.raises(RateLimitError) as info:
        client.messages.send(to=TO, from_=sender, body="x")
    assert info.value.status_code == 429 and info.value.errors[0].status == 429
    # used up: the next send goes through
    with flowroute_fake.client(max_retries=0) as client:
        client.messages.send(to=TO, from_=sender, body="y")


def test_faults_only_hit_their_operation(flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient) -> None:
    flowroute_fake.fail_next("list_inbound_routes", status=503, times=5)
    assert flowroute_client.numbers.list_account_phone_numbers().data == []
    with flowroute_fake.client(max_retries=1) as client, pytest.raises(ServerError):
        client.routes.list_inbound_routes()
    assert [c.status for c in flowroute_fake.calls if c.operation_id == "list_inbound_routes"] == [503, 503]


def test_connection_resets_and_timeouts(flowroute_fake: FakeFlowroute) -> None:
    flowroute_fake.fail_next("list_account_phone_numbers", error="reset")
    with flowroute_fake.client(max_retries=0) as client, pytest.raises(APIConnectionError):
        client.numbers.list_account_phone_numbers()
    flowroute_fake.fail_next("list_account_phone_numbers", error="timeout")
    with flowroute_fake.client(max_retries=0) as client, pytest.raises(APITimeoutError):
        client.numbers.list_account_phone_numbers()
    flowroute_fake.fail_next("list_account_phone_numbers", error="reset")
    with flowroute_fake.client(max_retries=1) as client:
        assert client.numbers.list_account_phone_numbers().data == []


async def test_faults_reach_the_async_client(flowroute_fake: FakeFlowroute) -> None:
    flowroute_fake.fail_next("*", error="timeout")
    async with flowroute_fake.async_client(max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.routes.list_inbound_routes()
        assert [r.id for r in (await client.routes.list_inbound_routes()).data] == ["0"]


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [
        ({"operation_id": "no_such_operation"}, "operation_id"),
        ({"operation_id": "send_a_message", "times": 0}, "times"),
        ({"operation_id": "send_a_message", "status": 200}, "status"),
        ({"operation_id": "send_a_message", "error": "explode"}, "error"),
    ],
)
def test_fail_next_refuses_bad_arguments(
    flowroute_fake: FakeFlowroute, kwargs: dict[str, object], parameter: str
) -> None:
    with pytest.raises(InvalidParameterError) as info:
        flowroute_fake.fail_next(**kwargs)  # type: ignore[arg-type]
    assert info.value.parameter == parameter


def test_wrong_credentials_get_401(flowroute_fake: FakeFlowroute) -> None:
    with (
        FlowrouteClient(
            "fake-access-key", "wrong", base_url=flowroute_fake.base_url, http_client=flowroute_fake.http_client()
        ) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.numbers.list_account_phone_numbers()
    assert info.value.errors[0].detail == "Authentication failed."
    with flowroute_fake.http_client() as http:
        assert http.get("/v2/numbers").status_code == 401


def test_rate_limits_follow_the_documented_five_sms_and_one_mms_a_second() -> None:
    clock = [100.0]
    fake = FakeFlowroute(rate_limits=True, validate_responses=True)
    fake.limiter.clock = lambda: clock[0]
    sender = fake.own_number()
    with fake.client(max_retries=0) as client:
        for i in range(5):
            client.messages.send(to=TO, from_=sender, body=str(i))
        with pytest.raises(RateLimitError):
            client.messages.send(to=TO, from_=sender, body="sixth")
        client.messages.send(to=TO, from_=sender, media_urls=["https://example.test/a.png"])  # its own bucket
        with pytest.raises(RateLimitError):
            client.messages.send(to=TO, from_=sender, media_urls=["https://example.test/b.png"])
        clock[0] += 0.999
        with pytest.raises(RateLimitError):  # the refused attempts count too
            client.messages.send(to=TO, from_=sender, body="too soon")
        clock[0] += 1.0
        client.messages.send(to=TO, from_=sender, body="next second")
        # other endpoints have no documented limit
        for _ in range(20):
            client.numbers.list_account_phone_numbers()


def test_rate_limits_are_off_by_default(flowroute_fake: FakeFlowroute) -> None:
    sender = flowroute_fake.own_number()
    with flowroute_fake.client(max_retries=0) as client:
        for i in range(12):
            client.messages.send(to=TO, from_=sender, body=str(i))

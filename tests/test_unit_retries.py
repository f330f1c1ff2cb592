"""Which failures are retried, how often, how long the pipeline waits, and
where the retries show up; sync and async drivers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from flowroute import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    FlowrouteClient,
    RateLimitError,
    RetryPolicy,
    ServerError,
)

from tests.support import NUMBER, OTHER_NUMBER, Recorder, async_client, example, sync_client

RETRYABLE_FOR_GET: list[httpx.Response | Exception] = [
    httpx.Response(500),
    httpx.Response(502),
    httpx.Response(503),
    httpx.Response(504),
    httpx.Response(408),
    httpx.Response(429),
    httpx.ConnectError("refused"),
    httpx.ConnectTimeout("connect timed out"),
    httpx.ReadTimeout("read timed out"),
    httpx.RemoteProtocolError("server disconnected"),
    httpx.ReadError("connection reset"),
]


def _id(reply: httpx.Response | Exception) -> str:
    return str(reply.status_code) if isinstance(reply, httpx.Response) else type(reply).__name__


def _get(client: Any) -> Any:
    return client.numbers.list_phone_number_details(NUMBER)


def _send(client: Any) -> Any:
    return client.messages.send(OTHER_NUMBER, NUMBER, "hi")


def _expected_error(reply: httpx.Response | Exception) -> type[Exception]:
    if isinstance(reply, httpx.Response):
        return APIStatusError
    return APITimeoutError if isinstance(reply, httpx.TimeoutException) else APIConnectionError


@pytest.mark.parametrize("reply", RETRYABLE_FOR_GET, ids=_id)
@pytest.mark.parametrize("max_retries", [1, 3])
def test_get_is_retried_up_to_max_retries_then_raises(reply: httpx.Response | Exception, max_retries: int) -> None:
    rec = Recorder([reply])
    with pytest.raises(_expected_error(reply)) as info:
        _get(sync_client(rec, max_retries=max_retries))
    assert rec.calls == max_retries + 1
    if isinstance(info.value, APIStatusError):
        assert info.value.retries == max_retries
    else:
        assert info.value.__cause__ is reply


@pytest.mark.parametrize("reply", RETRYABLE_FOR_GET, ids=_id)
def test_get_succeeds_after_transient_failures(reply: httpx.Response | Exception) -> None:
    rec = Recorder([reply, reply, lambda r: httpx.Response(200, json=_details_example())])
    result = _get(sync_client(rec, max_retries=2))
    assert result.data.id == NUMBER
    assert rec.calls == 3
    # The same request object, authorization and all, is what is resent.
    assert rec.requests[0].url == rec.requests[2].url
    assert rec.requests[0].headers["Authorization"] == rec.requests[2].headers["Authorization"]


def _details_example() -> Any:
    return example("/v2/numbers/{id}", "get", "200")


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 418, 422, 501])
def test_get_is_not_retried_on_client_errors(status: int) -> None:
    rec = Recorder([httpx.Response(status)])
    with pytest.raises(APIStatusError) as info:
        _get(sync_client(rec, max_retries=3))
    assert rec.calls == 1
    assert info.value.retries == 0


SEND_RETRIED: list[httpx.Response | Exception] = [
    httpx.Response(429),
    httpx.ConnectError("refused"),
    httpx.ConnectTimeout("connect timed out"),
    httpx.PoolTimeout("no connection free"),
]
SEND_NOT_RETRIED: list[httpx.Response | Exception] = [
    httpx.Response(500),
    httpx.Response(502),
    httpx.Response(503),
    httpx.Response(504),
    httpx.Response(408),
    httpx.ReadTimeout("read timed out"),
    httpx.WriteTimeout("write timed out"),
    httpx.RemoteProtocolError("server disconnected"),
    httpx.ReadError("connection reset"),
]


@pytest.mark.parametrize("reply", SEND_RETRIED, ids=_id)
def test_send_is_retried_when_it_provably_was_not_processed(reply: httpx.Response | Exception) -> None:
    rec = Recorder([reply])
    with pytest.raises(_expected_error(reply)):
        _send(sync_client(rec, max_retries=2))
    assert rec.calls == 3
    assert all(r.method == "POST" for r in rec.requests)


@pytest.mark.parametrize("reply", SEND_NOT_RETRIED, ids=_id)
def test_send_is_not_retried_when_it_may_have_been_processed(reply: httpx.Response | Exception) -> None:
    rec = Recorder([reply])
    with pytest.raises(_expected_error(reply)) as info:
        _send(sync_client(rec, max_retries=3))
    assert rec.calls == 1
    if isinstance(info.value, APIStatusError):
        assert info.value.retries == 0


@pytest.mark.parametrize(
    "op",
    [
        lambda c: c.numbers.purchase_a_phone_number(NUMBER),
        lambda c: c.routes.create_route("a", "host", "h.example.test"),
        lambda c: c.messages.send_a_message({"to": OTHER_NUMBER, "from": NUMBER, "body": "x"}),
    ],
    ids=["purchase", "create-route", "send-a-message"],
)
def test_other_posts_are_not_retried_on_5xx(op: Callable[[Any], Any]) -> None:
    rec = Recorder([httpx.Response(503)])
    with pytest.raises(ServerError):
        op(sync_client(rec, max_retries=3))
    assert rec.calls == 1


def test_route_assignment_patch_is_retried_on_5xx() -> None:
    rec = Recorder([httpx.Response(503), httpx.Response(204)])
    assert sync_client(rec, max_retries=2).routes.set_primary_route(NUMBER, "0") is None
    assert [r.method for r in rec.requests] == ["PATCH", "PATCH"]


@pytest.mark.parametrize("reply", [httpx.Response(503), httpx.Response(429), httpx.ConnectError("x")], ids=_id)
def test_max_retries_zero_disables_retries(reply: httpx.Response | Exception) -> None:
    rec = Recorder([reply])
    with pytest.raises(_expected_error(reply)):
        _get(sync_client(rec, max_retries=0))
    assert rec.calls == 1


def test_with_options_changes_one_call_and_shares_the_pool() -> None:
    rec = Recorder([httpx.Response(503)])
    client = sync_client(rec, max_retries=2)
    once = client.with_options(max_retries=0)
    assert once._http is client._http
    assert once.max_retries == 0
    assert client.max_retries == 2
    with pytest.raises(ServerError):
        _get(once)
    assert rec.calls == 1
    with pytest.raises(ServerError):
        _get(client)
    assert rec.calls == 4
    # Closing the per-call client leaves the shared pool open.
    once.close()
    assert not client._http.is_closed


def test_with_options_keeps_everything_else() -> None:
    rec = Recorder()
    client = sync_client(rec, max_retries=2, log_sensitive=True)
    policy = RetryPolicy(initial_backoff=0.002)
    clone = client.with_options(timeout=3.0, retry_policy=policy)
    assert clone.max_retries == 2
    assert clone.retry_policy is policy
    assert clone.timeout == httpx.Timeout(3.0, connect=3.0)
    assert clone.base_url == client.base_url
    assert clone._pipeline.log_sensitive is True
    assert clone._pipeline.credentials == client._pipeline.credentials
    _get(clone)
    assert rec.last.extensions["timeout"] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


# --- waits ---------------------------------------------------------------------------


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the sync driver's sleeps instead of sleeping."""
    recorded: list[float] = []
    monkeypatch.setattr("flowroute._pipeline.time.sleep", recorded.append)
    return recorded


def test_backoff_doubles_up_to_the_maximum(sleeps: list[float]) -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=3.0, jitter=0.0)
    rec = Recorder([httpx.Response(503)])
    with pytest.raises(ServerError):
        _get(sync_client(rec, max_retries=4, retry_policy=policy))
    assert sleeps == [1.0, 2.0, 3.0, 3.0]


def test_jitter_only_shortens_the_wait(sleeps: list[float]) -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=1.0, jitter=0.5)
    rec = Recorder([httpx.Response(503)])
    with pytest.raises(ServerError):
        _get(sync_client(rec, max_retries=20, retry_policy=policy))
    assert len(sleeps) == 20
    assert all(0.5 <= s <= 1.0 for s in sleeps)
    assert len(set(sleeps)) > 1


def test_rate_limit_waits_at_least_the_rate_window(sleeps: list[float]) -> None:
    policy = RetryPolicy(initial_backoff=0.1, max_backoff=4.0, rate_limit_backoff=1.5, jitter=0.0)
    rec = Recorder([httpx.Response(429), httpx.Response(429), httpx.Response(429), httpx.Response(429)])
    with pytest.raises(RateLimitError):
        _send(sync_client(rec, max_retries=3, retry_policy=policy))
    assert sleeps == [1.5, 1.5, 1.5]


def test_retry_after_is_obeyed(sleeps: list[float]) -> None:
    rec = Recorder(
        [httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(503, headers={"Retry-After": "0.5"})]
    )
    with pytest.raises(ServerError) as info:
        _get(sync_client(rec, max_retries=3))
    assert sleeps == [2.0, 0.5, 0.5]
    assert info.value.retries == 3


def test_retry_after_beyond_the_maximum_stops_retrying(sleeps: list[float]) -> None:
    policy = RetryPolicy(initial_backoff=0.001, max_retry_after=10.0)
    rec = Recorder([httpx.Response(429, headers={"Retry-After": "11"})])
    with pytest.raises(RateLimitError) as info:
        _send(sync_client(rec, max_retries=5, retry_policy=policy))
    assert rec.calls == 1
    assert sleeps == []
    assert info.value.retry_after == 11.0
    assert info.value.retries == 0


def test_retry_after_at_the_maximum_is_waited(sleeps: list[float]) -> None:
    policy = RetryPolicy(max_retry_after=10.0)
    rec = Recorder([httpx.Response(429, headers={"Retry-After": "10"}), httpx.Response(202, json=_accepted())])
    assert _send(sync_client(rec, max_retries=1, retry_policy=policy)).data.id.startswith("mdr2-")
    assert sleeps == [10.0]


def _accepted() -> Any:
    return example("/v2.1/messages", "post", "202")


# --- where retries are reported --------------------------------------------------------


def test_retries_are_logged_at_info_and_counted_on_the_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="flowroute")
    rec = Recorder([httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(502)])
    with pytest.raises(ServerError) as info:
        _get(sync_client(rec, max_retries=2))
    assert info.value.retries == 2
    retries = [r for r in caplog.records if r.name == "flowroute" and r.levelno == logging.INFO]
    assert [r.__dict__["flowroute_retry"] for r in retries] == [1, 2]
    assert [r.__dict__["flowroute_reason"] for r in retries] == ["503", "ConnectError"]
    assert retries[0].getMessage().startswith("retrying GET /v2/numbers/***0214 after 503 in ")
    assert retries[0].getMessage().endswith("(retry 1 of 2)")
    assert retries[1].getMessage().endswith("(retry 2 of 2)")


def test_no_info_records_without_retries(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="flowroute")
    rec = Recorder([httpx.Response(503)])
    with pytest.raises(ServerError):
        _get(sync_client(rec, max_retries=0))
    assert [r for r in caplog.records if r.name == "flowroute" and r.levelno >= logging.INFO] == []


def test_success_after_retries_reports_them_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="flowroute")
    rec = Recorder([httpx.Response(500), lambda r: httpx.Response(200, json=_details_example())])
    _get(sync_client(rec, max_retries=2))
    debug = [r for r in caplog.records if r.name == "flowroute" and r.levelno == logging.DEBUG]
    assert [r.__dict__["flowroute_retries"] for r in debug] == [1]
    assert debug[0].__dict__["flowroute_status"] == "200"


# --- the async driver -----------------------------------------------------------------


@pytest.mark.parametrize(
    "reply", [httpx.Response(503), httpx.Response(429), httpx.ConnectError("x"), httpx.ReadTimeout("x")], ids=_id
)
async def test_async_get_is_retried(reply: httpx.Response | Exception) -> None:
    rec = Recorder([reply])
    with pytest.raises(_expected_error(reply)) as info:
        await _get(async_client(rec, max_retries=2))
    assert rec.calls == 3
    if isinstance(info.value, APIStatusError):
        assert info.value.retries == 2


async def test_async_get_succeeds_after_transient_failure() -> None:
    rec = Recorder([httpx.Response(502), lambda r: httpx.Response(200, json=_details_example())])
    result = await _get(async_client(rec, max_retries=1))
    assert result.data.id == NUMBER
    assert rec.calls == 2


@pytest.mark.parametrize(
    ("reply", "calls"),
    [
        (httpx.Response(429), 3),
        (httpx.ConnectError("x"), 3),
        (httpx.ConnectTimeout("x"), 3),
        (httpx.Response(500), 1),
        (httpx.Response(503), 1),
        (httpx.ReadTimeout("x"), 1),
        (httpx.RemoteProtocolError("x"), 1),
    ],
    ids=lambda v: _id(v) if isinstance(v, httpx.Response | Exception) else str(v),
)
async def test_async_send_retry_rules(reply: httpx.Response | Exception, calls: int) -> None:
    rec = Recorder([reply])
    with pytest.raises(_expected_error(reply)):
        await _send(async_client(rec, max_retries=2))
    assert rec.calls == calls


async def test_async_with_options_and_retry_after_limit() -> None:
    rec = Recorder([httpx.Response(503)])
    client = async_client(rec, max_retries=2)
    once = client.with_options(max_retries=0)
    assert once._http is client._http
    with pytest.raises(ServerError):
        await _get(once)
    assert rec.calls == 1
    limited = Recorder([httpx.Response(429, headers={"Retry-After": "120"})])
    with pytest.raises(RateLimitError) as info:
        await _send(async_client(limited, max_retries=3))
    assert limited.calls == 1
    assert info.value.retry_after == 120.0


async def test_async_retries_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="flowroute")
    rec = Recorder([httpx.Response(429)])
    with pytest.raises(RateLimitError) as info:
        await _send(async_client(rec, max_retries=1))
    assert info.value.retries == 1
    retries = [r for r in caplog.records if r.name == "flowroute" and r.levelno == logging.INFO]
    assert [r.getMessage().split(" in ")[0] for r in retries] == ["retrying POST /v2.1/messages after 429"]


def test_default_client_retries_twice() -> None:
    client = FlowrouteClient("acct", "key")
    assert client.max_retries == 2
    assert client.retry_policy == RetryPolicy()
    client.close()

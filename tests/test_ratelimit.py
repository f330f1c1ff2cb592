"""The rate limiters: a true sliding window, every attempt paced, Redis shared and failing closed.

Windows here are shortened with custom ``RateLimits`` so the attacks run in
seconds; the loopback runs at Flowroute's real limits are in
test_ratelimit_loopback.py.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import flowroute
import httpx
import pytest
from flowroute.ratelimit import (
    DEFAULT_RATE_LIMITER,
    LocalRateLimiter,
    RateLimiter,
    RateLimiterUnavailableError,
    RateLimits,
    RedisRateLimiter,
)

from tests.support import FAST, OTHER_NUMBER, async_client, sync_client

SEND: dict[str, Any] = {"to": OTHER_NUMBER, "from_": "16175550142", "body": "hello"}


def accepted(request: httpx.Request) -> httpx.Response:
    mdr = f"mdr2-{uuid.uuid4().hex}"
    return httpx.Response(
        202, json={"data": {"type": "message", "id": mdr, "links": {"self": f"/v2.1/messages/{mdr}"}}}
    )


def most_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    most, start = 0, 0
    for end, t in enumerate(times):
        while times[start] <= t - window:
            start += 1
        most = max(most, end - start + 1)
    return most


def hammer(limiter: RateLimiter, key: str, kind: Any, threads: int, seconds: float) -> list[float]:
    """Many threads asking for turns as fast as they can; returns when each was granted."""
    granted: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def ask() -> None:
        while time.monotonic() < stop:
            ticket = uuid.uuid4().hex
            delay = limiter.reserve(key, kind, ticket)
            if delay > 0:
                time.sleep(min(delay, 0.01))  # poll faster than told, to tempt an early grant
                continue
            with lock:
                granted.append(time.monotonic())
            limiter.settle(key, kind, ticket)

    workers = [threading.Thread(target=ask) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return granted


def test_no_window_ever_holds_more_than_the_limit_under_contention() -> None:
    limits = RateLimits(sms=5, window=0.2, margin=0.0)
    granted = hammer(LocalRateLimiter(limits), "k", "sms", threads=8, seconds=1.5)
    # A token bucket of 5/0.2 s would let 10 through in some 0.2 s window after an idle start.
    assert most_in_window(granted, 0.2) == 5
    # And it does not starve: close to 5 per window over the run.
    assert len(granted) >= 5 * (1.5 / 0.2) * 0.4  # lenient: the machine may be busy


def test_burst_after_idle_waits_for_the_oldest_entry_to_leave_the_window() -> None:
    limiter = LocalRateLimiter(RateLimits(sms=5, window=0.3, margin=0.05))
    for _ in range(5):
        assert limiter.reserve("k", "sms", uuid.uuid4().hex) == 0
    wait = limiter.reserve("k", "sms", uuid.uuid4().hex)
    assert 0.3 < wait <= 0.35
    time.sleep(wait)
    assert limiter.reserve("k", "sms", uuid.uuid4().hex) == 0


def test_an_attempt_counts_from_when_its_answer_arrived() -> None:
    limiter = LocalRateLimiter(RateLimits(sms=1, window=0.2, margin=0.0))
    ticket = uuid.uuid4().hex
    assert limiter.reserve("k", "sms", ticket) == 0
    time.sleep(0.15)  # a slow answer: the request may have reached the server only now
    limiter.settle("k", "sms", ticket)
    assert limiter.reserve("k", "sms", uuid.uuid4().hex) > 0.15


def test_keys_and_kinds_have_their_own_logs_and_an_mms_uses_both() -> None:
    limiter = LocalRateLimiter(RateLimits(sms=2, mms=1, window=10))
    assert limiter.reserve("a", "mms", "1") == 0
    assert limiter.reserve("a", "mms", "2") > 0  # one MMS per window
    assert limiter.reserve("a", "sms", "3") == 0  # the MMS took one of the two SMS slots
    assert limiter.reserve("a", "sms", "4") > 0
    assert limiter.reserve("b", "sms", "5") == 0  # another key is not affected


@pytest.mark.parametrize(
    ("limits", "parameter"),
    [({"sms": 0}, "sms"), ({"mms": True}, "mms"), ({"window": 0}, "window"), ({"margin": -1}, "margin")],
)
def test_limits_are_validated(limits: dict[str, Any], parameter: str) -> None:
    with pytest.raises(flowroute.InvalidParameterError) as info:
        RateLimits(**limits)
    assert info.value.parameter == parameter


def test_rate_limiter_setting_is_validated_and_defaults_to_the_shared_limiter() -> None:
    with pytest.raises(flowroute.InvalidParameterError, match="rate_limiter"):
        flowroute.FlowrouteClient("k", "s", rate_limiter="fast")  # type: ignore[arg-type]
    assert flowroute.FlowrouteClient("k", "s").rate_limiter is DEFAULT_RATE_LIMITER
    assert flowroute.AsyncFlowrouteClient("k", "s").rate_limiter is DEFAULT_RATE_LIMITER
    assert flowroute.FlowrouteClient("k", "s", rate_limiter=None).rate_limiter is None


def recording(handler: Callable[[httpx.Request], httpx.Response]) -> tuple[list[float], Any]:
    times: list[float] = []

    def record(request: httpx.Request) -> httpx.Response:
        times.append(time.monotonic())
        return handler(request)

    return times, record


def test_retries_are_attempts_and_wait_their_turn() -> None:
    times, handler = recording(lambda request: httpx.Response(429))
    limiter = LocalRateLimiter(RateLimits(sms=1, window=0.15, margin=0.0))
    client = sync_client(handler, rate_limiter=limiter, max_retries=3, retry_policy=FAST)
    with pytest.raises(flowroute.RateLimitError):
        client.messages.send(**SEND)
    assert len(times) == 4
    # FAST retries after 1 ms; the limiter spaced every attempt a full window apart.
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.15


def test_clients_with_one_key_share_the_default_limiter_and_other_calls_are_not_paced() -> None:
    key = f"shared-{uuid.uuid4().hex}"
    times, handler = recording(accepted)
    first = sync_client(handler, access_key=key, rate_limiter=DEFAULT_RATE_LIMITER)
    second = sync_client(handler, access_key=key, rate_limiter=DEFAULT_RATE_LIMITER)
    for i in range(6):
        (first if i % 2 else second).messages.send(**SEND)
    assert times[5] - times[0] >= 1.0  # the sixth send of the key waited for the first to age out
    gets, get_handler = recording(
        lambda request: httpx.Response(200, json={"data": [], "links": {"self": "/v2/routes"}})
    )
    reader = sync_client(get_handler, access_key=key, rate_limiter=DEFAULT_RATE_LIMITER)
    for _ in range(10):
        reader.routes.list_inbound_routes()
    assert gets[-1] - gets[0] < 0.5


async def test_async_client_paces_and_reports_the_wait(caplog: pytest.LogCaptureFixture) -> None:
    times, handler = recording(accepted)
    limiter = LocalRateLimiter(RateLimits(sms=2, window=0.2, margin=0.0))
    async with async_client(handler, rate_limiter=limiter) as client:
        with caplog.at_level(logging.DEBUG, logger="flowroute"):
            results = await client.messages.send_many([SEND] * 6, concurrency=6)
    assert most_in_window(times, 0.2) == 2
    assert sorted(r.waited > 0.15 for r in results).count(True) >= 2
    waits = [r for r in caplog.records if getattr(r, "flowroute_rate_wait_s", None) is not None]
    assert len(waits) == 6 and "waited" in waits[0].getMessage()
    assert OTHER_NUMBER not in caplog.text


# --- Redis ----------------------------------------------------------------------------------------


def test_redis_limiter_is_a_true_window_across_threads(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, limits=RateLimits(sms=5, window=0.2, margin=0.0), prefix=uuid.uuid4().hex)
    granted = hammer(limiter, "k", "sms", threads=6, seconds=1.2)
    assert most_in_window(granted, 0.2) == 5
    assert len(granted) >= 5 * (1.2 / 0.2) * 0.4


def test_redis_limiter_shares_one_log_between_limiter_objects(redis_url: str) -> None:
    prefix = uuid.uuid4().hex
    limits = RateLimits(sms=3, window=30, margin=0.0)
    one, other = (
        RedisRateLimiter(redis_url, limits=limits, prefix=prefix),
        RedisRateLimiter(redis_url, limits=limits, prefix=prefix),
    )
    assert [one.reserve("k", "sms", str(i)) == 0 for i in range(2)] == [True, True]
    assert other.reserve("k", "sms", "2") == 0
    assert 29 < other.reserve("k", "sms", "3") <= 30
    assert one.reserve("k", "mms", "4") > 0  # an MMS needs an SMS slot too


async def test_redis_limiter_paces_an_async_client(redis_url: str) -> None:
    import redis.asyncio

    times, handler = recording(accepted)
    shared = redis.asyncio.Redis.from_url(redis_url)
    limiter = RedisRateLimiter(shared, limits=RateLimits(sms=2, window=0.2, margin=0.0), prefix=uuid.uuid4().hex)
    async with async_client(handler, rate_limiter=limiter) as client:
        results = await client.messages.send_many([SEND] * 6, concurrency=6)
    await shared.aclose()
    assert all(r.ok for r in results)
    assert most_in_window(times, 0.2) == 2


def test_redis_unreachable_fails_closed_without_sending() -> None:
    times, handler = recording(accepted)
    dead = RedisRateLimiter("redis://127.0.0.1:1/0")
    client = sync_client(handler, rate_limiter=dead)
    with pytest.raises(RateLimiterUnavailableError, match="could not be reached") as info:
        client.messages.send(**SEND)
    assert isinstance(info.value, flowroute.FlowrouteError)
    results = client.messages.send_many([SEND, SEND])
    assert [r.status for r in results] == ["failed", "failed"]
    assert all(isinstance(r.error, RateLimiterUnavailableError) for r in results)
    assert times == []


async def test_redis_unreachable_can_fall_back_to_local_pacing() -> None:
    times, handler = recording(accepted)
    limiter = RedisRateLimiter(
        "redis://127.0.0.1:1/0", limits=RateLimits(sms=2, window=0.2, margin=0.0), on_unavailable="local"
    )
    async with async_client(handler, rate_limiter=limiter) as client:
        results = await client.messages.send_many([SEND] * 4)
    assert all(r.ok for r in results)
    assert most_in_window(times, 0.2) == 2


def test_redis_limiter_arguments_are_checked() -> None:
    with pytest.raises(flowroute.InvalidParameterError, match="redis"):
        RedisRateLimiter("http://localhost:6379")
    with pytest.raises(flowroute.InvalidParameterError, match="on_unavailable"):
        RedisRateLimiter("redis://localhost", on_unavailable="ignore")  # type: ignore[arg-type]
    assert "secret" not in repr(RedisRateLimiter("redis://:secret@localhost/0"))


def test_async_only_redis_client_refuses_the_sync_client_clearly(redis_url: str) -> None:
    import redis.asyncio

    limiter = RedisRateLimiter(redis.asyncio.Redis.from_url(redis_url), prefix=uuid.uuid4().hex)
    times, handler = recording(accepted)
    with pytest.raises(RateLimiterUnavailableError, match=r"redis\.asyncio"):
        sync_client(handler, rate_limiter=limiter).messages.send(**SEND)
    assert times == []


def test_asyncio_loops_each_get_their_own_redis_connection(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, limits=RateLimits(sms=50), prefix=uuid.uuid4().hex)
    for _ in range(2):  # a client bound to the first loop would fail in the second
        assert asyncio.run(limiter.reserve_async("k", "sms", uuid.uuid4().hex)) == 0

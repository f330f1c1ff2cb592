"""The receiver over real HTTP: uvicorn serving the ASGI app, waitress the WSGI app, Redis shared.

The exactly-once claims are tested by attack. Every handler run is counted in
Redis by tests/webhook_app.py (``started`` when it begins, ``completed`` when it
returns), so the counts below hold across processes and after a ``kill -9``.
"""

from __future__ import annotations

import concurrent.futures
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import redis
from flowroute.webhooks import sample_payload, simulate

from tests.webhook_app import counter_key
from tests.webhook_servers import WebhookServer

KINDS = ("asgi", "wsgi")


def _prefix() -> str:
    return f"wh-{os.urandom(4).hex()}:"


@pytest.fixture(scope="module")
def counters(redis_url: str) -> redis.Redis:
    return redis.Redis.from_url(redis_url)


@pytest.fixture(scope="module")
def memory_servers(redis_url: str) -> Iterator[dict[str, WebhookServer]]:
    """One server of each kind, each with its own in-memory store."""
    servers = {kind: WebhookServer(kind, redis_url=redis_url, prefix=_prefix()) for kind in KINDS}
    try:
        for server in servers.values():
            server.start()
        yield servers
    finally:
        for server in servers.values():
            server.stop()


@pytest.fixture(scope="module")
def shared_servers(redis_url: str) -> Iterator[tuple[WebhookServer, WebhookServer, str]]:
    """A uvicorn and a waitress process sharing one RedisDedupeStore (lease 2 s)."""
    prefix = _prefix()
    pair = [WebhookServer(kind, redis_url=redis_url, prefix=prefix, store="redis", lease=2.0) for kind in KINDS]
    try:
        for server in pair:
            server.start()
        yield pair[0], pair[1], prefix
    finally:
        for server in pair:
            server.stop()


def _counts(counters: redis.Redis, prefix: str, key: str) -> tuple[int, int]:
    started, completed = (counters.get(counter_key(prefix, name, key)) for name in ("started", "completed"))
    return int(started or 0), int(completed or 0)


def _post(url: str, payload: Any, **kwargs: Any) -> httpx.Response:
    return httpx.post(url, json=payload, timeout=30, **kwargs)


def _sms(body: str) -> dict[str, Any]:
    return sample_payload("inbound_sms", body=body)


def _concurrently(urls: list[str], payload: Any) -> list[httpx.Response]:
    start = threading.Barrier(len(urls))

    def send(url: str) -> httpx.Response:
        start.wait()
        return _post(url, payload)

    with concurrent.futures.ThreadPoolExecutor(len(urls)) as pool:
        return list(pool.map(send, urls))


# --- exactly once, by attack ------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_five_deliveries_of_one_event_run_the_handler_once(
    kind: str, memory_servers: dict[str, WebhookServer], counters: redis.Redis
) -> None:
    server = memory_servers[kind]
    mdr = "mdr2-" + os.urandom(16).hex()
    statuses = simulate(server.url, "inbound_sms", redeliveries=4, id=mdr, body="hello")
    assert statuses == [200] * 5
    assert _counts(counters, server.prefix, mdr) == (1, 1)


@pytest.mark.parametrize("kind", KINDS)
def test_twenty_concurrent_posts_of_one_event_run_the_handler_once(
    kind: str, memory_servers: dict[str, WebhookServer], counters: redis.Redis
) -> None:
    server = memory_servers[kind]
    payload = _sms("slow:1.5")
    responses = _concurrently([server.url] * 20, payload)
    answers = sorted((r.status_code, r.json()["status"]) for r in responses)
    assert answers.count((200, "ok")) == 1, answers
    assert {status for status, _ in answers} <= {200, 503}
    assert all(r.headers.get("retry-after") == "30" for r in responses if r.status_code == 503)
    # Flowroute re-sends the 503s; by then the event is done.
    assert {_post(server.url, payload).status_code for _ in range(3)} == {200}
    assert _counts(counters, server.prefix, payload["data"]["id"]) == (1, 1)


def test_two_processes_sharing_redis_run_the_handler_once(
    shared_servers: tuple[WebhookServer, WebhookServer, str], counters: redis.Redis
) -> None:
    uvicorn_server, waitress_server, prefix = shared_servers
    payload = _sms("slow:1.5")
    responses = _concurrently([uvicorn_server.url, waitress_server.url] * 10, payload)
    answers = [(r.status_code, r.json()["status"]) for r in responses]
    assert answers.count((200, "ok")) == 1, answers
    assert {status for status, _ in answers} <= {200, 503}
    for server in (uvicorn_server, waitress_server):
        response = _post(server.url, payload)
        assert (response.status_code, response.json()["status"]) == (200, "duplicate")
    assert _counts(counters, prefix, payload["data"]["id"]) == (1, 1)


@pytest.mark.parametrize("kind", KINDS)
def test_a_handler_that_fails_once_runs_again_on_redelivery_and_then_never(
    kind: str, memory_servers: dict[str, WebhookServer], counters: redis.Redis
) -> None:
    server = memory_servers[kind]
    payload = _sms("fail-once")
    statuses = [_post(server.url, payload).status_code for _ in range(4)]
    assert statuses == [500, 200, 200, 200]
    assert _counts(counters, server.prefix, payload["data"]["id"]) == (2, 1)


def test_a_failure_in_one_process_is_retried_by_the_other(
    shared_servers: tuple[WebhookServer, WebhookServer, str], counters: redis.Redis
) -> None:
    uvicorn_server, waitress_server, prefix = shared_servers
    payload = _sms("fail-once")
    assert _post(uvicorn_server.url, payload).status_code == 500
    assert _post(waitress_server.url, payload).status_code == 200
    assert _post(uvicorn_server.url, payload).json()["status"] == "duplicate"
    assert _counts(counters, prefix, payload["data"]["id"]) == (2, 1)


def test_a_slow_handler_keeps_its_lease_past_the_lease_time(
    shared_servers: tuple[WebhookServer, WebhookServer, str], counters: redis.Redis
) -> None:
    uvicorn_server, waitress_server, prefix = shared_servers
    payload = _sms("slow:5")  # lease is 2 s: only renewal keeps the duplicate out
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        first = pool.submit(_post, uvicorn_server.url, payload)
        time.sleep(3.5)
        duplicate = _post(waitress_server.url, payload)
        assert first.result().status_code == 200
    assert (duplicate.status_code, duplicate.json()["status"]) == (503, "in progress")
    assert _counts(counters, prefix, payload["data"]["id"]) == (1, 1)


def test_kill_9_mid_handler_then_redelivery_runs_it_once_more_after_the_lease(
    redis_url: str, counters: redis.Redis
) -> None:
    prefix = _prefix()
    payload = _sms("block-once")
    key = payload["data"]["id"]
    with (
        WebhookServer("asgi", redis_url=redis_url, prefix=prefix, store="redis", lease=3.0) as victim,
        WebhookServer("wsgi", redis_url=redis_url, prefix=prefix, store="redis", lease=3.0) as survivor,
    ):
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            doomed = pool.submit(_post, victim.url, payload)
            deadline = time.monotonic() + 20
            while _counts(counters, prefix, key)[0] < 1:
                assert time.monotonic() < deadline, "the handler never started"
                time.sleep(0.05)
            victim.kill()
            with pytest.raises(httpx.HTTPError):
                doomed.result()
        # The dead worker's lease still stands (renewed at most 1 s before the kill) ...
        assert _post(survivor.url, payload).status_code == 503
        # ... and runs out by itself; Flowroute's next re-send (30 s later) finds it free.
        statuses: list[int] = []
        deadline = time.monotonic() + 15
        while not statuses or statuses[-1] != 200:
            assert time.monotonic() < deadline, statuses
            time.sleep(0.5)
            statuses.append(_post(survivor.url, payload).status_code)
        assert set(statuses[:-1]) <= {503}
        assert _post(survivor.url, payload).json()["status"] == "duplicate"
    assert _counts(counters, prefix, key) == (2, 1)


# --- what the receiver refuses ---------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_requests_without_the_right_token_are_refused_before_any_handler(
    kind: str, memory_servers: dict[str, WebhookServer], counters: redis.Redis
) -> None:
    server = memory_servers[kind]
    payload = _sms("hello")
    for url in (f"{server.base}/", f"{server.base}/?token=wrong-token-0123456789", f"{server.url}&token=x"):
        assert _post(url, payload).status_code == 403
    assert _counts(counters, server.prefix, payload["data"]["id"]) == (0, 0)


@pytest.mark.parametrize("kind", KINDS)
def test_method_media_type_size_and_body_checks(kind: str, memory_servers: dict[str, WebhookServer]) -> None:
    url = memory_servers[kind].url
    get = httpx.get(url)
    assert (get.status_code, get.headers["allow"]) == (405, "POST")
    assert httpx.post(url, content=b"{}", headers={"content-type": "text/plain"}).status_code == 415
    big = sample_payload("inbound_sms", body="x" * 5000)  # the test app caps bodies at 4096 bytes
    assert _post(url, big).status_code == 413
    chunked = httpx.post(
        url, content=iter([b'{"data": "', b"x" * 5000, b'"}']), headers={"content-type": "application/json"}
    )
    assert chunked.status_code == 413
    assert httpx.post(url, content=b"{not json", headers={"content-type": "application/json"}).status_code == 400
    assert _post(url, {"to": "16175550142", "body": "legacy v2"}).status_code == 400
    unknown = _post(url, {"data": {"type": "cdr_export", "id": "1", "attributes": {}}})
    assert (unknown.status_code, unknown.json()["status"]) == (200, "ignored")
    no_handler = _post(url, sample_payload("port_order"))  # the test app handles no port events
    assert (no_handler.status_code, no_handler.json()["status"]) == (200, "no handler")


@pytest.mark.parametrize("kind", KINDS)
def test_source_allowlist_believes_forwarded_for_only_from_trusted_proxies(
    kind: str, memory_servers: dict[str, WebhookServer]
) -> None:
    url = memory_servers[kind].strict_url  # allows 203.0.113.0/24; trusts 127.0.0.1 as a proxy

    def status(forwarded_for: str | None) -> int:
        headers = {"x-forwarded-for": forwarded_for} if forwarded_for else {}
        return _post(url, _sms("hello"), headers=headers).status_code

    assert status(None) == 403  # the proxy itself is not an allowed source
    assert status("203.0.113.9") == 200
    assert status("198.51.100.7") == 403
    # A client that writes an allowed address itself is still the last untrusted hop.
    assert status("203.0.113.9, 198.51.100.7") == 403

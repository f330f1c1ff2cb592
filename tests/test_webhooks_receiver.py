"""WebhookReceiver and the dedupe stores in process: store contract (memory and a real Redis),
handler styles, failure answers and what reaches the logs."""

from __future__ import annotations

import concurrent.futures
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from flowroute import FlowrouteError, InvalidParameterError
from flowroute.webhooks import (
    DedupeStore,
    InboundMessage,
    MemoryDedupeStore,
    RedisDedupeStore,
    WebhookReceiver,
    sample_payload,
)
from flowroute.webhooks._receiver import RequestHead

from devtools.prism import free_port

TOKEN = "receiver-test-token-0123456789"  # noqa: S105 - a test token
NUMBER = "13125550177"


@pytest.fixture(params=["memory", "redis"])
def store(request: pytest.FixtureRequest) -> Iterator[DedupeStore]:
    if request.param == "memory":
        yield MemoryDedupeStore()
    else:
        redis_url: str = request.getfixturevalue("redis_url")
        yield RedisDedupeStore(redis_url, prefix=f"store-test-{os.urandom(4).hex()}:")


# --- the store contract -------------------------------------------------------------------------


def test_claim_lease_release_complete(store: DedupeStore) -> None:
    assert store.claim("k", "a", 5_000) == "acquired"
    assert store.claim("k", "b", 5_000) == "busy"
    store.release("k", "b")  # not b's lease: nothing happens
    assert store.claim("k", "b", 5_000) == "busy"
    store.release("k", "a")
    assert store.claim("k", "b", 5_000) == "acquired"
    assert store.renew("k", "b", 5_000) and not store.renew("k", "a", 5_000)
    store.complete("k", "b", 60_000)
    assert store.claim("k", "c", 5_000) == "done"
    assert store.claim("other", "c", 5_000) == "acquired"


def test_a_lease_runs_out_by_itself_and_a_done_marker_too(store: DedupeStore) -> None:
    assert store.claim("k", "a", 150) == "acquired"
    time.sleep(0.3)
    assert store.claim("k", "b", 150) == "acquired"
    assert not store.renew("k", "a", 150)
    store.complete("k", "b", 150)
    assert store.claim("k", "c", 150) == "done"
    time.sleep(0.3)
    assert store.claim("k", "c", 150) == "acquired"


def test_fifty_threads_claiming_one_key_get_exactly_one_lease(store: DedupeStore) -> None:
    start = threading.Barrier(50)

    def claim(index: int) -> str:
        start.wait()
        return store.claim("contended", f"t{index}", 5_000)

    with concurrent.futures.ThreadPoolExecutor(50) as pool:
        results = list(pool.map(claim, range(50)))
    assert results.count("acquired") == 1 and results.count("busy") == 49


def test_the_memory_store_forgets_the_oldest_done_keys_beyond_its_bound() -> None:
    store = MemoryDedupeStore(max_done=100)
    for index in range(1000):
        store.claim(f"k{index}", "t", 1000)
        store.complete(f"k{index}", "t", 60_000)
    assert len(store) == 100
    assert store.claim("k999", "t", 1000) == "done" and store.claim("k0", "t", 1000) == "acquired"


# --- the receiver in process ---------------------------------------------------------------------


def _receiver(**options: Any) -> WebhookReceiver:
    return WebhookReceiver(token=TOKEN, **options)


def _body(**fields: Any) -> bytes:
    return json.dumps(sample_payload("inbound_sms", **fields)).encode()


def test_sync_and_async_handlers_run_under_both_drivers() -> None:
    import asyncio

    seen: list[str] = []
    sync_receiver, async_receiver = _receiver(), _receiver()

    @sync_receiver.on("inbound_sms")
    def sync_handler(event: InboundMessage) -> None:
        seen.append("sync:" + event.kind)

    @async_receiver.on("inbound_sms")
    async def async_handler(event: InboundMessage) -> None:
        await asyncio.sleep(0)
        seen.append("async:" + event.kind)

    for receiver in (sync_receiver, async_receiver):
        assert receiver.run_sync(_body()).status == 200
        assert asyncio.run(receiver.run_async(_body())).status == 200
    assert seen == ["sync:inbound_sms"] * 2 + ["async:inbound_sms"] * 2


def test_a_failing_handler_is_logged_without_the_body_or_numbers(caplog: pytest.LogCaptureFixture) -> None:
    receiver = _receiver()

    @receiver.on("inbound_sms")
    def handler(event: InboundMessage) -> None:
        raise RuntimeError("database down")

    caplog.set_level(logging.DEBUG, logger="flowroute")
    body = _body(from_=NUMBER, body="meet me at the pier")
    answer = receiver.run_sync(body)
    assert answer.status == 500
    assert receiver.run_sync(b'{"data": {"type": "message", "attributes": {"from": "' + NUMBER.encode()).status == 400
    logged = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    assert "database down" in caplog.text and json.loads(body)["data"]["id"] in logged
    assert NUMBER not in caplog.text and "pier" not in caplog.text


def test_an_unreachable_redis_store_answers_503_so_flowroute_retries() -> None:
    receiver = _receiver(store=RedisDedupeStore(f"redis://127.0.0.1:{free_port()}/0"))
    ran: list[str] = []
    receiver.on("inbound_sms")(ran.append)
    answer = receiver.run_sync(_body())
    assert answer.status == 503 and ("retry-after", "30") in answer.headers
    assert ran == []


@pytest.mark.parametrize(
    ("content_type", "status"),
    [
        ("application/json", None),
        ("application/json; charset=utf-8", None),
        ("Application/JSON", None),
        ("application/vnd.api+json", None),
        ("text/plain", 415),
        ("application/x-www-form-urlencoded", 415),
        (None, 415),
    ],
)
def test_only_json_media_types_pass_the_screen(content_type: str | None, status: int | None) -> None:
    head = RequestHead("POST", f"token={TOKEN}".encode(), content_type, 10, "127.0.0.1", None)
    answer = _receiver().screen(head)
    assert (answer.status if answer else None) == status


def test_configuration_mistakes_are_invalid_parameter_errors() -> None:
    receiver = _receiver()
    with pytest.raises(InvalidParameterError, match="kind"):
        receiver.on("inbound_fax")  # type: ignore[arg-type]
    receiver.on("inbound_sms")(print)
    with pytest.raises(InvalidParameterError, match="already registered"):
        receiver.on("inbound_sms")
    for options in (
        {"token": "short"},
        {"token": TOKEN, "allowed_networks": "10.0.0.0/8"},
        {"token": TOKEN, "allowed_networks": ["not-a-network"]},
        {"token": TOKEN, "lease_seconds": 0},
        {"token": TOKEN, "max_body_bytes": -1},
        {"token": TOKEN, "done_seconds": 1.0},
    ):
        with pytest.raises(InvalidParameterError) as caught:
            WebhookReceiver(**options)
        assert isinstance(caught.value, FlowrouteError)

"""FakeFlowroute's webhooks into the SDK's own WebhookReceiver, served by uvicorn and waitress over HTTP.

The receiver is tests/webhook_app.py in its own server process; its handlers note
in Redis what they were given, so the counts below are what ran, not what was sent.
The fake checks every webhook it builds against the spec's ``webhooks:`` schemas.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from flowroute.testing import FakeFlowroute

from tests.webhook_app import counter_key, events_key
from tests.webhook_servers import WebhookServer

THEM = "13125550177"


@pytest.fixture(params=["asgi", "wsgi"])
def server(request: pytest.FixtureRequest, redis_url: str) -> Iterator[WebhookServer]:
    with WebhookServer(str(request.param), redis_url=redis_url, prefix=f"fake-{os.urandom(4).hex()}:") as running:
        yield running


@pytest.fixture
def fake() -> Iterator[FakeFlowroute]:
    fake = FakeFlowroute(validate_responses=True)
    yield fake
    fake.close()


def _register(fake: FakeFlowroute, url: str) -> str:
    number = fake.own_number()
    with fake.client() as client:
        client.messages.set_account_level_sms_callback(url)
        client.messages.set_account_level_mms_callback(url)
        client.messages.set_account_level_dlr_callback(url)
    return number


def _handled(counters: redis.Redis, server: WebhookServer) -> list[dict[str, Any]]:
    return [json.loads(item) for item in counters.lrange(events_key(server.prefix), 0, -1)]


def test_inbound_messages_and_receipts_arrive_typed_once_each_despite_redeliveries(
    fake: FakeFlowroute, server: WebhookServer, redis_url: str
) -> None:
    number = _register(fake, server.url)  # the URL carries the receiver's token
    sms = fake.receive_sms(to=number, from_=THEM, body="Running 10 minutes late")
    media = ["https://media.example.test/a/photo.jpg", "https://media.example.test/b/map.png"]
    mms = fake.receive_mms(to=number, from_=THEM, media_urls=media)
    with fake.client() as client:
        sent = client.messages.send(to="16175550199", from_=number, body="Your code is 4821")

    deliveries = fake.deliveries
    assert [d.kind for d in deliveries] == ["inbound_sms", "inbound_mms", "delivery_receipt", "delivery_receipt"]
    assert [d.attempts for d in deliveries] == [[200]] * 4
    for delivery in deliveries:  # Flowroute re-sends what it thinks was lost; twice each here
        fake.redeliver(delivery)
        fake.redeliver(delivery)
    assert [d.attempts for d in deliveries] == [[200, 200, 200]] * 4

    counters = redis.Redis.from_url(redis_url)
    handled = _handled(counters, server)
    keys = [sms.id, mms.id, f"{sent.data.id}:1", f"{sent.data.id}:2"]
    assert sorted(event["dedupe_key"] for event in handled) == sorted(keys)
    for key in keys:
        assert int(counters.get(counter_key(server.prefix, "completed", key)) or 0) == 1
    by_key = {event["dedupe_key"]: event for event in handled}
    assert by_key[sms.id] == {
        "type": "InboundMessage", "kind": "inbound_sms", "dedupe_key": sms.id,
        "to": number, "body": "Running 10 minutes late", "media": [],
    }  # fmt: skip
    assert by_key[mms.id] == {
        "type": "InboundMessage", "kind": "inbound_mms", "dedupe_key": mms.id,
        "to": number, "body": None, "media": media,
    }  # fmt: skip
    receipts = [by_key[f"{sent.data.id}:{level}"] for level in (1, 2)]
    assert [(r["type"], r["level"], r["status"]) for r in receipts] == [
        ("DeliveryReceipt", 1, "smsc submit"),
        ("DeliveryReceipt", 2, "delivered"),
    ]
    assert receipts[1]["status_code"] == 1000  # sent as the text "1000", handed over as an int


def test_a_callback_url_with_the_wrong_token_is_refused_and_no_handler_runs(
    fake: FakeFlowroute, server: WebhookServer, redis_url: str
) -> None:
    number = _register(fake, f"{server.base}/?token=not-the-receivers-token")
    inbound = fake.receive_sms(to=number, from_=THEM, body="let me in")
    fake.retry_failed_webhooks()
    assert inbound.delivery is not None and inbound.delivery.attempts == [403, 403]
    assert _handled(redis.Redis.from_url(redis_url), server) == []

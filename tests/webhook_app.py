"""The receiver the webhook tests serve with real servers (uvicorn for ASGI, waitress for WSGI).

Configured by environment variables, since each server runs in its own process:
``WEBHOOK_TOKEN``, ``WEBHOOK_STORE`` (``memory`` or ``redis``), ``WEBHOOK_REDIS_URL``
(always set: the handlers count their runs there, so a test can read exact counts
across processes), ``WEBHOOK_PREFIX``, ``WEBHOOK_LEASE_SECONDS``, ``WEBHOOK_MAX_BODY``.

The handlers take their behaviour from the message text, so one server serves
every scenario: ``slow:SECONDS``, ``fail-once`` (raise on the first attempt),
``block-once`` (never return from the first attempt; the test kills the process),
anything else returns at once. Every completed run is also noted, with what the
handler was given, in the Redis list ``events_key(prefix)``; MMS and delivery
receipts have handlers that only note.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Callable, Iterable
from typing import Any

import redis
from flowroute.webhooks import (
    DeliveryReceipt,
    InboundMessage,
    MemoryDedupeStore,
    RedisDedupeStore,
    WebhookEvent,
    WebhookReceiver,
)

TOKEN = os.environ.get("WEBHOOK_TOKEN", "test-token-0123456789abcdef")
PREFIX = os.environ.get("WEBHOOK_PREFIX", "webhook-test:")
_counters = redis.Redis.from_url(os.environ.get("WEBHOOK_REDIS_URL", "redis://127.0.0.1:6379/0"))


def counter_key(prefix: str, name: str, dedupe_key: str) -> str:
    return f"{prefix}count:{name}:{dedupe_key}"


def events_key(prefix: str) -> str:
    return f"{prefix}events"


def _count(name: str, dedupe_key: str) -> int:
    return int(_counters.incr(counter_key(PREFIX, name, dedupe_key)))


def _note(event: WebhookEvent) -> None:
    """Count a completed run and note what the handler got (its type and the fields tests check)."""
    _count("completed", event.dedupe_key)
    seen: dict[str, object] = {"type": type(event).__name__, "kind": event.kind, "dedupe_key": event.dedupe_key}
    if isinstance(event, InboundMessage):
        seen.update(to=event.to, body=event.body, media=[m.url for m in event.media])
    elif isinstance(event, DeliveryReceipt):
        seen.update(level=event.level, status=event.status, status_code=event.status_code)
    _counters.rpush(events_key(PREFIX), json.dumps(seen))


def _before(event: InboundMessage) -> float:
    """Counts the start, fails if asked; returns how long to sleep."""
    _count("started", event.dedupe_key)
    body = event.body or ""
    first = body in ("fail-once", "block-once") and _count("attempts", event.dedupe_key) == 1
    if first and body == "fail-once":
        raise RuntimeError("failing on purpose, first attempt")
    if first and body == "block-once":
        return 3600.0
    return float(body.split(":", 1)[1]) if body.startswith("slow:") else 0.0


def _receiver(**options: Any) -> WebhookReceiver:
    store = (
        RedisDedupeStore(os.environ["WEBHOOK_REDIS_URL"], prefix=PREFIX)
        if os.environ.get("WEBHOOK_STORE") == "redis"
        else MemoryDedupeStore()
    )
    return WebhookReceiver(
        token=TOKEN,
        store=store,
        lease_seconds=float(os.environ.get("WEBHOOK_LEASE_SECONDS", "20")),
        max_body_bytes=int(os.environ.get("WEBHOOK_MAX_BODY", "4096")),
        **options,
    )


# Two receivers per app: "/" is the plain one, "/strict" accepts only 203.0.113.0/24,
# believing X-Forwarded-For from the loopback proxy (the test client).
STRICT = {"allowed_networks": ["203.0.113.0/24"], "trusted_proxies": ["127.0.0.1/32"]}


def _build_asgi() -> tuple[Callable[..., Any], Callable[..., Any]]:
    plain, strict = _receiver(), _receiver(**STRICT)
    for receiver in (plain, strict):

        @receiver.on("inbound_sms")
        async def handle(event: InboundMessage) -> None:
            await asyncio.sleep(_before(event))
            _note(event)

        receiver.on("inbound_mms")(_note)
        receiver.on("delivery_receipt")(_note)

    return plain.asgi_app(), strict.asgi_app()


def _build_wsgi() -> tuple[Callable[..., Any], Callable[..., Any]]:
    plain, strict = _receiver(), _receiver(**STRICT)
    for receiver in (plain, strict):

        @receiver.on("inbound_sms")
        def handle(event: InboundMessage) -> None:
            time.sleep(_before(event))
            _note(event)

        receiver.on("inbound_mms")(_note)
        receiver.on("delivery_receipt")(_note)

    return plain.wsgi_app(), strict.wsgi_app()


_asgi_plain, _asgi_strict = _build_asgi()
_wsgi_plain, _wsgi_strict = _build_wsgi()


async def asgi(scope: dict[str, Any], receive: Any, send: Any) -> None:
    target = _asgi_strict if scope.get("path") == "/strict" else _asgi_plain
    await target(scope, receive, send)


def wsgi(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
    target = _wsgi_strict if environ.get("PATH_INFO") == "/strict" else _wsgi_plain
    body: Iterable[bytes] = target(environ, start_response)
    return body

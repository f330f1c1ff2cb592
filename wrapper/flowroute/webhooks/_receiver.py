"""``WebhookReceiver``: screens a request, runs the handler for its event once, answers Flowroute.

The decision logic is written once, as a generator that yields the steps which
may block (a dedupe-store call, the handler itself); the WSGI adapter runs those
steps in the calling thread and the ASGI adapter runs them off the event loop.

Answers, and why:

* 200 when the handler succeeded, when the event was already handled, when no
  handler is registered for its kind, and for an unknown kind (logged), so that
  Flowroute stops re-sending.
* 500 when the handler raised: Flowroute re-sends, and the redelivery runs the
  handler again because the event was not marked done.
* 503 with ``Retry-After`` when another worker holds the lease on the same event
  (its handler is still running) or the dedupe store is unreachable. A 2xx here
  would be unsafe: if that other handler then failed, Flowroute would already
  have been told the event was received and might never send it again.
* 400 for a body that is not a Flowroute webhook; 403 for a wrong token or a
  source outside the allowlist; 405 for anything but POST; 413 above the body
  cap; 415 for anything but JSON.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import logging
import secrets
import threading
from collections.abc import Awaitable, Callable, Generator, Iterable
from typing import Any, TypeAlias

from .._exceptions import InvalidParameterError
from . import _security
from ._dedupe import Claim, DedupeStore, MemoryDedupeStore
from ._errors import UnknownEventError, WebhookPayloadError
from ._events import EVENT_KINDS, EventKind, WebhookEvent, parse_event

logger = logging.getLogger("flowroute.webhooks")

Handler: TypeAlias = Callable[[Any], None] | Callable[[Any], Awaitable[None]]
_H = Callable[[Any], Any]

DEFAULT_MAX_BODY_BYTES = 256 * 1024
RETRY_AFTER_SECONDS = 30  # Flowroute's own interval between re-sends


@dataclasses.dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, status: int, message: str, *headers: tuple[str, str]) -> Answer:
        return cls(status, b'{"status":"' + message.encode() + b'"}', (("content-type", "application/json"), *headers))


_RETRY = ("retry-after", str(RETRY_AFTER_SECONDS))


def content_length(value: str | None) -> int | None:
    """A Content-Length header's value, or ``None`` when absent or not a plain number."""
    return int(value) if value is not None and value.isdigit() else None


@dataclasses.dataclass(frozen=True, slots=True)
class RequestHead:
    """What the adapters read from a request before its body."""

    method: str
    query_string: bytes
    content_type: str | None
    content_length: int | None
    peer: str | None
    forwarded_for: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class _StoreCall:
    function: Callable[..., Any]
    args: tuple[Any, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class _HandlerCall:
    handler: _H
    event: WebhookEvent


_Step: TypeAlias = _StoreCall | _HandlerCall
Flow: TypeAlias = Generator[_Step, Any, Answer]


class _LeaseKeeper:
    """Renews a lease every third of its length until stopped, so a slow handler keeps it.

    A thread rather than a task, so the same keeper serves sync and async handlers
    (a busy event loop cannot starve it). If the process dies the renewals stop and
    the lease runs out by itself.
    """

    def __init__(self, store: DedupeStore, key: str, token: str, lease_ms: int) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(store, key, token, lease_ms), name="flowroute-webhook-lease", daemon=True
        )

    def _run(self, store: DedupeStore, key: str, token: str, lease_ms: int) -> None:
        while not self._stop.wait(lease_ms / 3000):
            try:
                if not store.renew(key, token, lease_ms):
                    if not self._stop.is_set():  # not merely racing the final complete()
                        logger.warning("lost the lease on webhook event %s while its handler ran", key)
                    return
            except Exception:
                logger.warning("could not renew the lease on webhook event %s", key, exc_info=True)

    def __enter__(self) -> _LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()


class WebhookReceiver:
    """Receives Flowroute's webhooks and runs one handler per event kind, once per event.

    ``token``: a secret that must appear as ``?token=…`` in the request URL (see
    ``callback_url``); ``None`` turns the check off. ``allowed_networks``: source
    networks to accept (``None`` accepts any). ``trusted_proxies``: networks of your
    own proxies, whose ``X-Forwarded-For`` is believed. ``store``: where events are
    leased and marked done (a ``MemoryDedupeStore`` by default; a
    ``RedisDedupeStore`` when several processes share the URL). ``lease_seconds``:
    how long a worker that died mid-handler keeps others from retrying the event;
    keep it below Flowroute's 30 seconds between re-sends. ``done_seconds``: how
    long a handled event is remembered.
    """

    def __init__(
        self,
        *,
        token: str | None,
        store: DedupeStore | None = None,
        allowed_networks: Iterable[str] | None = None,
        trusted_proxies: Iterable[str] = (),
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        lease_seconds: float = 20.0,
        done_seconds: float = 24 * 3600.0,
    ) -> None:
        self._token = _security.check_token(token, "token")
        self._allowed = _security.parse_networks(allowed_networks, "allowed_networks")
        self._trusted = _security.parse_networks(trusted_proxies, "trusted_proxies") or ()
        for name, value in (("max_body_bytes", max_body_bytes), ("lease_seconds", lease_seconds)):
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise InvalidParameterError(name, f"{value!r} was given", "a positive number")
        if isinstance(done_seconds, bool) or not isinstance(done_seconds, int | float) or done_seconds < lease_seconds:
            raise InvalidParameterError("done_seconds", f"{done_seconds!r} was given", "a number >= lease_seconds")
        self.max_body_bytes: int = int(max_body_bytes)
        self._store: DedupeStore = store if store is not None else MemoryDedupeStore()
        self._lease_ms = max(1, int(lease_seconds * 1000))
        self._done_ms = int(done_seconds * 1000)
        self._handlers: dict[str, _H] = {}

    def on(self, kind: EventKind) -> Callable[[_H], _H]:
        """Register the decorated function (sync or async) as the handler for ``kind``.

        ``kind`` is ``"inbound_sms"``, ``"inbound_mms"``, ``"delivery_receipt"`` or
        ``"port_order"``. The handler gets the parsed event; raising makes the
        receiver answer 500 so that Flowroute re-sends.
        """
        if kind not in EVENT_KINDS:
            raise InvalidParameterError("kind", f"{kind!r} is not an event kind", f"one of {', '.join(EVENT_KINDS)}")
        if kind in self._handlers:
            raise InvalidParameterError("kind", f"a handler for {kind!r} is already registered", "one handler per kind")

        def register(handler: _H) -> _H:
            if not callable(handler):
                raise InvalidParameterError("handler", "not callable", "a function taking the event")
            self._handlers[kind] = handler
            return handler

        return register

    # --- screening (no I/O) --------------------------------------------------------------

    def screen(self, head: RequestHead) -> Answer | None:
        """The answer for a request refused before its body is read, or ``None`` to go on."""
        if head.method != "POST":
            return Answer.of(405, "method not allowed", ("allow", "POST"))
        if self._token is not None and not _security.token_matches(self._token, head.query_string):
            logger.warning("webhook refused: missing or wrong token")
            return Answer.of(403, "forbidden")
        if self._allowed is not None:
            address = _security.client_address(head.peer, head.forwarded_for, self._trusted)
            if not _security.address_allowed(address, self._allowed):
                logger.warning("webhook refused: source %s is not in allowed_networks", address)
                return Answer.of(403, "forbidden")
        media_type = (head.content_type or "").split(";", 1)[0].strip().lower()
        if media_type != "application/json" and not (
            media_type.startswith("application/") and media_type.endswith("+json")
        ):
            return Answer.of(415, "expected application/json")
        if head.content_length is not None and head.content_length > self.max_body_bytes:
            return Answer.of(413, "body too large")
        return None

    def too_large(self) -> Answer:
        return Answer.of(413, "body too large")

    # --- the flow ---------------------------------------------------------------------------

    def flow(self, body: bytes) -> Flow:
        """Parse ``body`` and run its handler once; yields the steps that may block."""
        try:
            event = parse_event(body)
        except UnknownEventError as exc:
            logger.info("acknowledged a webhook of unknown type %r", exc.event_type[:64])
            return Answer.of(200, "ignored")
        except WebhookPayloadError as exc:
            logger.warning("refused a webhook body: %s", exc)
            return Answer.of(400, "unparsable")
        handler = self._handlers.get(event.kind)
        if handler is None:
            logger.info("no handler for %s webhook %s; acknowledged", event.kind, event.id)
            return Answer.of(200, "no handler")
        key = event.dedupe_key
        token = secrets.token_hex(16)
        try:
            claim: Claim = yield _StoreCall(self._store.claim, (key, token, self._lease_ms))
        except Exception:
            logger.error("dedupe store unavailable; asked Flowroute to re-send %s", key, exc_info=True)
            return Answer.of(503, "store unavailable", _RETRY)
        if claim == "done":
            logger.info("duplicate of handled webhook %s acknowledged", key)
            return Answer.of(200, "duplicate")
        if claim == "busy":
            logger.info("webhook %s is being handled elsewhere; asked Flowroute to re-send", key)
            return Answer.of(503, "in progress", _RETRY)
        with _LeaseKeeper(self._store, key, token, self._lease_ms):
            try:
                yield _HandlerCall(handler, event)
            except Exception:
                logger.error("handler for %s webhook %s failed; Flowroute will re-send", event.kind, key, exc_info=True)
                failed = True
            else:
                failed = False
        try:
            if failed:
                yield _StoreCall(self._store.release, (key, token))
            else:
                yield _StoreCall(self._store.complete, (key, token, self._done_ms))
        except Exception:
            # A release that failed leaves a lease that expires by itself; a done
            # marker that failed lets a redelivery run the handler again.
            logger.error("dedupe store unavailable after handling %s", key, exc_info=True)
        return Answer.of(500, "handler failed") if failed else Answer.of(200, "ok")

    # --- drivers ------------------------------------------------------------------------------

    def run_sync(self, body: bytes) -> Answer:
        """Drive ``flow`` in this thread (WSGI)."""
        flow = self.flow(body)
        outcome = _advance(flow, None, None)
        while not isinstance(outcome, Answer):
            try:
                result = _step_sync(outcome)
            except Exception as exc:
                outcome = _advance(flow, None, exc)
            else:
                outcome = _advance(flow, result, None)
        return outcome

    async def run_async(self, body: bytes) -> Answer:
        """Drive ``flow`` on an event loop (ASGI); store calls and sync handlers run in threads."""
        flow = self.flow(body)
        outcome = _advance(flow, None, None)
        while not isinstance(outcome, Answer):
            try:
                result = await _step_async(outcome)
            except Exception as exc:
                outcome = _advance(flow, None, exc)
            else:
                outcome = _advance(flow, result, None)
        return outcome

    def asgi_app(self) -> Any:
        """An ASGI 3 application (mount it in FastAPI, Starlette, Django ASGI, or serve it with uvicorn)."""
        from ._asgi import asgi_app

        return asgi_app(self)

    def wsgi_app(self) -> Any:
        """A WSGI application (mount it in Flask, Django, or serve it with waitress or gunicorn)."""
        from ._wsgi import wsgi_app

        return wsgi_app(self)


def _advance(flow: Flow, result: Any, error: Exception | None) -> _Step | Answer:
    try:
        return flow.throw(error) if error is not None else flow.send(result)
    except StopIteration as stop:
        answer: Answer = stop.value
        return answer


def _step_sync(step: _Step) -> Any:
    if isinstance(step, _StoreCall):
        return step.function(*step.args)
    result = step.handler(step.event)
    if inspect.isawaitable(result):
        asyncio.run(_await(result))
    return None


async def _step_async(step: _Step) -> Any:
    if isinstance(step, _StoreCall):
        return await asyncio.to_thread(step.function, *step.args)
    if inspect.iscoroutinefunction(step.handler):
        await step.handler(step.event)
        return None
    result = await asyncio.to_thread(step.handler, step.event)
    if inspect.isawaitable(result):
        await result
    return None


async def _await(awaitable: Awaitable[Any]) -> Any:
    return await awaitable

"""``FakeFlowroute``: the whole API in process, as an httpx transport."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl

import httpx

from .._exceptions import InvalidParameterError
from . import _cdrs, _cnams, _e911s, _messages, _numbers, _porting
from ._errors import ApiError
from ._faults import MMS_PER_SECOND, SMS_PER_SECOND, Fault, Faults, RateLimiter
from ._ops import HANDLERS, Reply, Request, attributes_of
from ._parsing import RequestReader, check_basic_auth, preferred_example
from ._spec import Operation, Spec
from ._state import State, utc_now
from ._validation import Validators
from ._webhooks import Delivery, Webhooks

if TYPE_CHECKING:
    from .._client import AsyncFlowrouteClient, FlowrouteClient

# The handler modules register themselves on import; this keeps the imports visibly used.
_HANDLER_MODULES = (_cdrs, _cnams, _e911s, _messages, _numbers, _porting)

DEFAULT_BASE_URL = "https://api.flowroute.com"
_JSON_API = "application/vnd.api+json"


@cache
def _spec() -> Spec:
    return Spec.load()


class ConnectionReset(Exception):
    """The fake drops the connection (an injected fault)."""


class ConnectionTimeout(Exception):
    """The fake never answers (an injected fault)."""


@dataclasses.dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    content: bytes


@dataclasses.dataclass(frozen=True)
class RecordedCall:
    """One request the fake answered: ``fake.calls`` keeps them in order."""

    operation_id: str | None
    method: str
    path: str
    query: str
    body: Any
    status: int


@dataclasses.dataclass(frozen=True)
class Inbound:
    """A message ``receive_sms``/``receive_mms`` put on the account, and its webhook (None when no callback)."""

    id: str
    delivery: Delivery | None


class FakeFlowroute(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A stateful, in-process fake of Flowroute's Numbers v2 and Messages v2.1 APIs.

    It is an httpx transport (sync and async), so SDK clients talk to it with no
    sockets: ``fake.client()`` and ``fake.async_client()`` are ready to use.
    Requests are routed, checked and answered by ``spec/flowroute.yaml``:
    credentials other than the fake's get 401, bodies the spec refuses get 422
    with the documented error shape, unknown ids get 404. Operations with state
    (numbers, routes, E911, CNAM, messages, callbacks, port orders, CDR exports)
    change the fake's account; every other operation answers with the spec's
    example. ``seed`` fixes the purchasable inventory and generated ids.

    ``validate_responses=True`` checks each answer and webhook the fake makes
    against the spec (``SchemaError`` when one is off). ``rate_limits=True``
    answers 429 above Flowroute's documented 5 SMS and 1 MMS a second. ``spec``
    serves another OpenAPI document (a dict) instead of the packaged one.
    """

    def __init__(
        self,
        access_key: str = "fake-access-key",
        secret_key: str = "fake-secret-key",  # noqa: S107 - a test credential the fake checks against
        *,
        seed: int = 0,
        stateful: bool = True,
        validate_responses: bool = False,
        rate_limits: bool = False,
        base_url: str = DEFAULT_BASE_URL,
        clock: Callable[[], datetime] = utc_now,
        spec: Mapping[str, Any] | None = None,
    ) -> None:
        self.access_key = access_key
        self._secret_key = secret_key
        self.seed = seed
        self.stateful = stateful
        self.validate_responses = validate_responses
        self.rate_limits = rate_limits
        self.base_url: str = base_url.rstrip("/")
        self.timeout_seconds: float = 30.0
        self.spec: Spec = _spec() if spec is None else Spec(dict(spec))
        self._validators = Validators(self.spec)
        self._reader = RequestReader(self.spec, self._validators)
        self._clock = clock
        self._lock = threading.RLock()
        self.faults: Faults = Faults()
        self.limiter: RateLimiter = RateLimiter()
        self.calls: list[RecordedCall] = []
        self.webhooks: Webhooks = Webhooks(self._check_webhook)
        self.state: State = State(seed, clock, self.webhooks)
        self.port_order_webhook_url: str | None = None

    def __repr__(self) -> str:
        return f"FakeFlowroute(base_url={self.base_url!r}, seed={self.seed}, numbers={len(self.state.numbers)})"

    # --- clients -------------------------------------------------------------------------

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` whose requests the fake answers."""
        return httpx.Client(transport=self, base_url=self.base_url, **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` whose requests the fake answers."""
        return httpx.AsyncClient(transport=self, base_url=self.base_url, **kwargs)

    def _client_options(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        from .._config import RetryPolicy

        # Retries still happen, without real waiting, so tests of retry handling stay fast.
        kwargs.setdefault("retry_policy", RetryPolicy(initial_backoff=0, max_backoff=0, rate_limit_backoff=0, jitter=0))
        # Pacing would make a test of 100 sends take 20 s against a fake that answers at once;
        # pass rate_limiter= to test pacing itself (with the fake's rate-limit emulation on).
        kwargs.setdefault("rate_limiter", None)
        return {"base_url": self.base_url, **kwargs}

    def client(self, **kwargs: Any) -> FlowrouteClient:
        """A ``FlowrouteClient`` with the fake's credentials, answered by the fake."""
        from .._client import FlowrouteClient

        return FlowrouteClient(
            self.access_key, self._secret_key, http_client=self.http_client(), **self._client_options(kwargs)
        )

    def async_client(self, **kwargs: Any) -> AsyncFlowrouteClient:
        """An ``AsyncFlowrouteClient`` with the fake's credentials, answered by the fake."""
        from .._client import AsyncFlowrouteClient

        return AsyncFlowrouteClient(
            self.access_key, self._secret_key, http_client=self.async_http_client(), **self._client_options(kwargs)
        )

    # --- httpx transport ---------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._to_httpx(request, request.read())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._to_httpx(request, await request.aread())

    def _to_httpx(self, request: httpx.Request, body: bytes) -> httpx.Response:
        url = request.url
        try:
            answer = self.respond(
                request.method,
                f"{url.scheme}://{url.netloc.decode('ascii')}",
                url.path,
                url.query.decode("ascii"),
                request.headers,
                body,
            )
        except ConnectionReset:
            raise httpx.ReadError("connection reset by peer (injected by FakeFlowroute)", request=request) from None
        except ConnectionTimeout:
            raise httpx.ReadTimeout("timed out (injected by FakeFlowroute)", request=request) from None
        return httpx.Response(answer.status, headers=answer.headers, content=answer.content, request=request)

    # --- the API -----------------------------------------------------------------------------

    def respond(
        self, method: str, base_url: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> Answer:
        """Answer one request; the HTTP server and the transports both come here."""
        try:
            return self._respond(method, base_url, path, query, headers, body)
        finally:
            # Webhooks the request caused (receipts) go out once the lock is free.
            self.webhooks.release()

    def _respond(
        self, method: str, base_url: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> Answer:
        with self._lock:
            if path.startswith("/_fake/"):
                return self._control(method, path)
            op: Operation | None = None
            parsed: Any = None
            try:
                op, path_params = self.spec.route(method.upper(), path, self._reader.path_fits)
                fault = self.faults.take(op.id)
                if fault is not None:
                    answer = self._fault(fault)
                    self._record(op, method, path, query, body, answer.status)
                    return answer
                check_basic_auth(headers, self.access_key, self._secret_key)
                parsed = self._reader.body(op, body)
                self._rate_limit(op, parsed)
                req = Request(
                    op=op,
                    path=self._reader.path_params(op, path_params),
                    query=self._reader.query(op, query),
                    raw_query=parse_qsl(query, keep_blank_values=True),
                    body=parsed,
                    base_url=base_url,
                    url_path=path,
                )
                reply = self._dispatch(req, headers)
            except ApiError as error:
                reply = Reply(error.status, error.body())
            if op is not None and self.validate_responses:
                self._check_response(op, reply)
            self._record(op, method, path, query, parsed, reply.status)
            return self._encode(reply)

    def _record(self, op: Operation | None, method: str, path: str, query: str, body: Any, status: int) -> None:
        if isinstance(body, bytes):
            body = None
        self.calls.append(RecordedCall(op.id if op else None, method.upper(), path, query, body, status))

    def _dispatch(self, req: Request, headers: Mapping[str, str]) -> Reply:
        prefer = preferred_example(headers.get("prefer", ""))
        if prefer:
            status, body = self.spec.example(req.op, prefer.get("code"), prefer.get("example"))
            return Reply(status, body)
        handler = HANDLERS.get(req.op.id) if self.stateful else None
        if handler is None:
            status, body = self.spec.example(req.op)
            return Reply(status, body)
        return handler(self.state, req)

    def _encode(self, reply: Reply) -> Answer:
        if reply.body is None:
            return Answer(reply.status, {}, b"")
        return Answer(reply.status, {"Content-Type": _JSON_API}, json.dumps(reply.body).encode())

    def _fault(self, fault: Fault) -> Answer:
        if fault.kind == "reset":
            raise ConnectionReset
        if fault.kind == "timeout":
            raise ConnectionTimeout
        title = {429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}.get(fault.status)
        return self._encode(Reply(fault.status, ApiError(fault.status, title, "Injected by fail_next.").body()))

    def _rate_limit(self, op: Operation, body: Any) -> None:
        if not self.rate_limits or op.id != "send_a_message":
            return
        attrs = attributes_of(body)
        is_mms = bool(attrs.get("media_urls")) or attrs.get("is_mms") is True
        bucket, per_second = ("mms", MMS_PER_SECOND) if is_mms else ("sms", SMS_PER_SECOND)
        if not self.limiter.allow(self.access_key, bucket, per_second):
            raise ApiError(429, "Too Many Requests", f"More than {per_second} {bucket.upper()} requests a second.")

    def _check_response(self, op: Operation, reply: Reply) -> None:
        pointer = self.spec.response_schema_pointer(op, reply.status)
        if str(reply.status) not in op.responses:
            raise AssertionError(f"{op.id} answered {reply.status}, which the spec does not document")
        if pointer is not None:
            self._validators.check_produced(pointer, reply.body, f"{op.id} {reply.status} response")
        elif reply.body is not None:
            raise AssertionError(f"{op.id} {reply.status} has a body the spec does not document")

    def _check_webhook(self, kind: str, payload: dict[str, Any]) -> None:
        if self.validate_responses:
            self._validators.check_produced(self.spec.webhook_pointers[kind], payload, f"{kind} webhook")

    def _control(self, method: str, path: str) -> Answer:
        if path.startswith(_cdrs.DOWNLOAD_PREFIX) and method.upper() == "GET":
            content = _cdrs.download(self.state, path.removeprefix(_cdrs.DOWNLOAD_PREFIX))
            if content is not None:
                return Answer(200, {"Content-Type": "application/gzip"}, content)
        if path == "/_fake/reset" and method.upper() == "POST":
            self.reset()
            return Answer(204, {}, b"")
        return Answer(404, {}, b"")

    # --- helpers for tests -----------------------------------------------------------------------

    def reset(self) -> None:
        """Forget everything: a fresh account, inventory, faults and webhook log."""
        with self._lock:
            self.webhooks.close()
            self.webhooks = Webhooks(self._check_webhook)
            self.state = State(self.seed, self._clock, self.webhooks)
            self.faults.clear()
            self.limiter = RateLimiter(self.limiter.clock)
            self.calls.clear()

    def fail_next(
        self,
        operation_id: str,
        status: int = 500,
        times: int = 1,
        *,
        error: Literal["reset", "timeout"] | None = None,
    ) -> None:
        """Make the next ``times`` calls of an operation (``"*"``: any) fail.

        With ``status`` they get that HTTP status and the documented error body;
        ``error="reset"`` drops the connection and ``error="timeout"`` never
        answers (in process: ``httpx.ReadError`` / ``httpx.ReadTimeout`` at once).
        """
        if operation_id != "*" and operation_id not in self.spec.operations:
            raise InvalidParameterError("operation_id", f"{operation_id!r} is not in the spec", "an operationId or '*'")
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise InvalidParameterError("times", f"{times!r} is not allowed", "an integer >= 1")
        if error not in (None, "reset", "timeout"):
            raise InvalidParameterError("error", f"{error!r} is not a fault", "None, 'reset' or 'timeout'")
        if error is None and not 400 <= status <= 599:
            raise InvalidParameterError("status", f"{status!r} is not an error status", "an HTTP status 400-599")
        with self._lock:
            self.faults.add(Fault(operation_id, error or "status", status, times))

    def own_number(self, number: str | None = None) -> str:
        """Put a number from the inventory on the account without a request (the first one by default)."""
        with self._lock, _refused("number"):
            chosen = (number or next(iter(self.state.inventory))).lstrip("+")
            _numbers.purchase(self.state, self._internal_request("purchase_a_phone_number", {"id": chosen}))
            return chosen

    def _internal_request(self, operation_id: str, path: dict[str, str]) -> Request:
        return Request(self.spec.operations[operation_id], path, {}, [], None, self.base_url, "")

    def receive_sms(self, *, to: str, from_: str, body: str) -> Inbound:
        """An SMS arrives for account number ``to``; it is POSTed to the number's or account's sms_callback."""
        with self._lock, _refused("to"):
            resource, delivery = _messages.inbound(self.state, self.base_url, to=to, from_=from_, body=body, media=[])
        self.webhooks.release()
        return Inbound(resource["id"], delivery)

    def receive_mms(
        self, *, to: str, from_: str, media_urls: list[str], body: str | None = None, mime_type: str = "image/jpeg"
    ) -> Inbound:
        """An MMS arrives for ``to``; its media are listed in ``included`` as Flowroute sends them."""
        media = [{"url": url, "mime_type": mime_type, "file_name": url.rsplit("/", 1)[-1]} for url in media_urls]
        with self._lock, _refused("to"):
            resource, delivery = _messages.inbound(
                self.state, self.base_url, to=to, from_=from_, body=body, media=media
            )
        self.webhooks.release()
        return Inbound(resource["id"], delivery)

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook the fake sent or queued, oldest first."""
        return list(self.webhooks.log)

    @property
    def defer_webhooks(self) -> bool:
        """When true, webhooks wait for ``flush_webhooks()`` instead of going out at once."""
        return self.webhooks.defer

    @defer_webhooks.setter
    def defer_webhooks(self, value: bool) -> None:
        self.webhooks.defer = value

    def flush_webhooks(self) -> list[Delivery]:
        return self.webhooks.flush()

    def redeliver(self, delivery: Delivery) -> Delivery:
        """POST the same webhook again (a redelivery, as Flowroute makes when it saw no 200)."""
        self.webhooks.attempt(delivery)
        return delivery

    def retry_failed_webhooks(self) -> list[Delivery]:
        """Re-send each webhook whose last attempt got no 200, up to Flowroute's four re-sends."""
        return self.webhooks.retry_failed()

    def approve_cnam(self, cnam_id: str) -> None:
        """Approve a pending CNAM record, as Flowroute's review would."""
        with self._lock, _refused("cnam_id"):
            _cnams.set_approval(self.state, str(cnam_id), approved=True, reason=None)

    def reject_cnam(self, cnam_id: str, reason: str = "Rejected") -> None:
        with self._lock, _refused("cnam_id"):
            _cnams.set_approval(self.state, str(cnam_id), approved=False, reason=reason)

    def complete_cdr_export(self, export_id: str) -> None:
        """Finish a CDR export now rather than on its next status read."""
        with self._lock, _refused("export_id"):
            _cdrs.complete(self.state, str(export_id), self.base_url)

    def set_port_order_status(self, order_id: str, status: str) -> Delivery | None:
        """Move a port order along (``completed`` brings its numbers into the account).

        With ``port_order_webhook_url`` set, the status change is POSTed there.
        """
        with self._lock, _refused("order_id"):
            _porting.set_status(self.state, str(order_id), status)
            url = self.port_order_webhook_url
            if url is None:
                return None
            delivery = self.webhooks.send(
                "port_order_status_change", url, _porting.port_event(self.state, str(order_id), url)
            )
        self.webhooks.release()
        return delivery

    def close(self) -> None:
        self.webhooks.close()


@contextlib.contextmanager
def _refused(parameter: str) -> Iterator[None]:
    """A test helper given something the account lacks raises InvalidParameterError, not an HTTP error."""
    try:
        yield
    except ApiError as error:
        raise InvalidParameterError(parameter, error.detail, "a value that exists on the fake's account") from None

"""A loopback HTTP/1.1 server that imitates two Flowroute endpoints and injects faults.

It serves ``POST /v2.1/messages`` (send a message, 202) and
``GET /v2/numbers/available/areacodes`` (200), and on each request to one of them
it either answers correctly or injects one :class:`Fault`. Faults come from a
script (an exact sequence for the next N requests, see :meth:`FaultServer.script`)
and, once the script is used up, from per-kind rates drawn with a seeded
``random.Random``.

The point of the server is its record: a request counts as *processed* when the
server recorded it (for a send, when the message would have gone out). Every
processed request is kept with its method, path, body and timestamp, and
processed sends are counted per message text, so a test that gives every send a
unique text can assert that no message was sent twice, whatever the client's
retries did. :meth:`FaultServer.stats` returns a consistent snapshot.

Only the standard library is used: an asyncio event loop on one background
thread serves every connection (HTTP/1.1 keep-alive), so a test's own threads or
event loop share the interpreter with just one more thread. Closing the server
aborts every connection, cancels stalls and joins that thread.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import enum
import json
import random
import socket
import struct
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Final
from urllib.parse import parse_qs, urlsplit

API = "https://api.flowroute.com"
SEND_PATH: Final = "/v2.1/messages"
AREACODES_PATH: Final = "/v2/numbers/available/areacodes"
JSON_API: Final = "application/vnd.api+json"

THREAD_PREFIX: Final = "faultserver"
_MAX_HEAD = 65536
_BACKLOG = 512
_MAX_HEADERS = 100
_MAX_BODY = 1 << 20


class Fault(enum.Enum):
    """What the server does to one request. ``NONE`` is a correct answer."""

    NONE = "none"
    # 429: never processed.
    RATE_LIMIT_RETRY_AFTER = "429+retry-after"
    RATE_LIMIT = "429"
    # 5xx: either the request was processed and then the reply failed, or it failed first.
    SERVER_ERROR_500_PROCESSED = "500/processed"
    SERVER_ERROR_500_UNPROCESSED = "500/unprocessed"
    SERVER_ERROR_502_PROCESSED = "502/processed"
    SERVER_ERROR_502_UNPROCESSED = "502/unprocessed"
    SERVER_ERROR_503_PROCESSED = "503/processed"
    SERVER_ERROR_503_UNPROCESSED = "503/unprocessed"
    SERVER_ERROR_504_PROCESSED = "504/processed"
    SERVER_ERROR_504_UNPROCESSED = "504/unprocessed"
    # Non-IANA statuses seen behind CDNs: 520 "unknown error" (origin may have
    # acted), 529 "site overloaded" (turned away).
    SERVER_ERROR_520_PROCESSED = "520/processed"
    SERVER_ERROR_529_UNPROCESSED = "529/unprocessed"
    # Connection resets (RST via SO_LINGER 0), no response at all.
    RESET_BEFORE_BODY = "reset-before-body"
    RESET_AFTER_PROCESSING = "reset-after-processing"
    # Processed, then no answer for ``stall_seconds`` (then a normal answer, if still wanted).
    STALL = "stall"
    # Processed, then a 2xx whose body is wrong.
    MALFORMED_TRUNCATED_JSON = "2xx/truncated-json"
    MALFORMED_HTML = "200/html"
    MALFORMED_EMPTY = "2xx/empty"
    MALFORMED_WRONG_TYPES = "2xx/wrong-types"
    MALFORMED_UNKNOWN_ENUM = "2xx/unknown-enum"
    # Processed, then a 2xx that promises more body bytes than it sends before closing.
    MALFORMED_SHORT_BODY = "2xx/short-body"

    @property
    def processes(self) -> bool:
        """Whether a request that gets this fault is recorded as processed."""
        return self not in _UNPROCESSED

    @property
    def status(self) -> int | None:
        """The fixed status this fault answers with (429, 5xx, or 200 for the HTML page); None when
        the status depends on the endpoint (the other 2xx faults: 202 for a send, 200 for a GET)
        or no status line is sent (resets, stalls)."""
        return _STATUS.get(self)


_UNPROCESSED: Final = frozenset(
    {
        Fault.RATE_LIMIT_RETRY_AFTER,
        Fault.RATE_LIMIT,
        Fault.SERVER_ERROR_500_UNPROCESSED,
        Fault.SERVER_ERROR_502_UNPROCESSED,
        Fault.SERVER_ERROR_503_UNPROCESSED,
        Fault.SERVER_ERROR_504_UNPROCESSED,
        Fault.SERVER_ERROR_529_UNPROCESSED,
        Fault.RESET_BEFORE_BODY,
    }
)

_ERROR_STATUS: Final[Mapping[Fault, int]] = {
    Fault.RATE_LIMIT_RETRY_AFTER: 429,
    Fault.RATE_LIMIT: 429,
    Fault.SERVER_ERROR_500_PROCESSED: 500,
    Fault.SERVER_ERROR_500_UNPROCESSED: 500,
    Fault.SERVER_ERROR_502_PROCESSED: 502,
    Fault.SERVER_ERROR_502_UNPROCESSED: 502,
    Fault.SERVER_ERROR_503_PROCESSED: 503,
    Fault.SERVER_ERROR_503_UNPROCESSED: 503,
    Fault.SERVER_ERROR_504_PROCESSED: 504,
    Fault.SERVER_ERROR_504_UNPROCESSED: 504,
    Fault.SERVER_ERROR_520_PROCESSED: 520,
    Fault.SERVER_ERROR_529_UNPROCESSED: 529,
}

# Statuses for 2xx faults are per endpoint (202 for a send, 200 for a GET) except the HTML page.
_STATUS: Final[Mapping[Fault, int]] = {**_ERROR_STATUS, Fault.MALFORMED_HTML: 200}

REASONS: Final[Mapping[int, str]] = {
    200: "OK",
    202: "Accepted",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    520: "Unknown Error",
    529: "Site Is Overloaded",
}

ALL_FAULTS: Final[tuple[Fault, ...]] = tuple(f for f in Fault if f is not Fault.NONE)
"""Every injectable fault kind (everything but ``NONE``)."""

HTTP_STATUS_FAULTS: Final[tuple[Fault, ...]] = tuple(_ERROR_STATUS)
"""Faults that answer with a 429 or 5xx status line and an error body."""

CONNECTION_FAULTS: Final[tuple[Fault, ...]] = (
    Fault.RESET_BEFORE_BODY,
    Fault.RESET_AFTER_PROCESSING,
    Fault.STALL,
    Fault.MALFORMED_SHORT_BODY,
)
"""Faults where the client gets no complete response in time."""

MALFORMED_FAULTS: Final[tuple[Fault, ...]] = (
    Fault.MALFORMED_TRUNCATED_JSON,
    Fault.MALFORMED_HTML,
    Fault.MALFORMED_EMPTY,
    Fault.MALFORMED_WRONG_TYPES,
    Fault.MALFORMED_UNKNOWN_ENUM,
)
"""Faults that answer 2xx with a complete but wrong body."""

UNKNOWN_MESSAGE_TYPE: Final = "message-v3"
UNKNOWN_AREACODE_TYPE: Final = "ratecenter"

HTML_ERROR_PAGE: Final = (
    b"<!DOCTYPE html>\n<html><head><title>Service Temporarily Unavailable</title></head>"
    b"<body><h1>Service Temporarily Unavailable</h1>"
    b"<p>The server is temporarily unable to service your request.</p></body></html>\n"
)


@dataclass(frozen=True)
class FaultPlan:
    """How a :class:`FaultServer` misbehaves.

    ``rates`` maps a fault kind to the probability that a request on a served route
    gets it; the rest of the probability is a correct answer. ``seed`` makes the
    draws repeatable (None: unseeded). ``stall_seconds`` is how long a ``STALL``
    holds the reply (set it past the client's read timeout), after which the
    normal reply is sent if ``answer_after_stall``. ``retry_after`` is the
    Retry-After header value for ``RATE_LIMIT_RETRY_AFTER``. With ``credentials``
    set, requests without that HTTP basic auth get 401 and are not processed.
    """

    rates: Mapping[Fault, float] = field(default_factory=dict)
    seed: int | None = None
    stall_seconds: float = 1.0
    answer_after_stall: bool = True
    retry_after: str = "1"
    credentials: tuple[str, str] | None = None

    def __post_init__(self) -> None:
        for fault, rate in self.rates.items():
            if fault is Fault.NONE:
                raise ValueError("Fault.NONE takes the probability left over; give no rate")
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"rate for {fault} must be within [0, 1], got {rate}")
        if sum(self.rates.values()) > 1.0 + 1e-9:
            raise ValueError(f"fault rates add up to {sum(self.rates.values())}, more than 1")
        if self.stall_seconds <= 0:
            raise ValueError("stall_seconds must be positive")

    @classmethod
    def spread(
        cls,
        total: float,
        kinds: Iterable[Fault] = ALL_FAULTS,
        *,
        seed: int | None = None,
        stall_seconds: float = 1.0,
        answer_after_stall: bool = True,
        retry_after: str = "1",
        credentials: tuple[str, str] | None = None,
    ) -> FaultPlan:
        """A plan where ``total`` of the requests get a fault, split evenly over ``kinds``."""
        chosen = tuple(dict.fromkeys(kinds))
        if not chosen:
            raise ValueError("no fault kinds given")
        return cls(
            rates={fault: total / len(chosen) for fault in chosen},
            seed=seed,
            stall_seconds=stall_seconds,
            answer_after_stall=answer_after_stall,
            retry_after=retry_after,
            credentials=credentials,
        )

    @property
    def total_rate(self) -> float:
        return sum(self.rates.values())

    def choose(self, rng: random.Random) -> Fault:
        """Draw one fault (one ``rng.random()`` call)."""
        draw = rng.random()
        cumulative = 0.0
        for fault in Fault:  # a fixed order, so a seed means the same thing every run
            rate = self.rates.get(fault, 0.0)
            if rate <= 0.0:
                continue
            cumulative += rate
            if draw < cumulative:
                return fault
        return Fault.NONE


@dataclass(frozen=True)
class RecordedRequest:
    """A request the server processed."""

    seq: int
    """Position among all requests seen (0-based); matches :attr:`SeenRequest.seq`."""
    method: str
    path: str
    query: str
    body: bytes
    timestamp: float
    """``time.time()`` when the request was processed."""
    fault: Fault

    @property
    def is_send(self) -> bool:
        return self.method == "POST" and self.path == SEND_PATH


@dataclass(frozen=True)
class SeenRequest:
    """Any request whose head the server read, processed or not."""

    seq: int
    method: str
    path: str
    query: str
    text: str | None
    """For a send whose body was read, the message text it counts under (see :func:`message_text`);
    lets a test find every attempt of one send, processed or not."""
    fault: Fault | None
    """The fault applied; None when the request was turned away first (404, 405, 401, 422)."""
    processed: bool
    status: int | None
    """The status the server answers with; None when it sends no status line (resets, and
    stalls with ``answer_after_stall`` off)."""
    monotonic: float


@dataclass(frozen=True)
class FaultStats:
    """A consistent snapshot of what the server saw and did."""

    seen: int
    """Requests whose head was read, processed or not (including 404s and 401s)."""
    processed: tuple[RecordedRequest, ...]
    faults: Mapping[Fault, int]
    """Faults injected per kind; ``Fault.NONE`` counts correct answers on served routes."""
    sends_by_body: Mapping[str, int]
    """Processed sends per message text (``body`` of the message, else the raw request body)."""
    statuses: Mapping[int, int]
    """Answers per status (a stall's answer counts when the stall starts)."""
    log: tuple[SeenRequest, ...]

    @property
    def processed_sends(self) -> int:
        return sum(self.sends_by_body.values())

    @property
    def duplicate_bodies(self) -> dict[str, int]:
        """Message texts processed more than once, with their counts."""
        return {body: n for body, n in self.sends_by_body.items() if n > 1}

    @property
    def duplicates(self) -> int:
        """Extra processed sends beyond the first for each message text; 0 is the goal."""
        return sum(n - 1 for n in self.sends_by_body.values() if n > 1)

    @property
    def faults_injected(self) -> int:
        return sum(n for fault, n in self.faults.items() if fault is not Fault.NONE)

    def summary(self) -> str:
        """A small text table: requests, faults by kind, duplicates."""
        lines = [
            f"{'requests seen':<28}{self.seen:>8}",
            f"{'requests processed':<28}{len(self.processed):>8}",
            f"{'sends processed':<28}{self.processed_sends:>8}",
            f"{'duplicate sends':<28}{self.duplicates:>8}",
            f"{'clean answers':<28}{self.faults.get(Fault.NONE, 0):>8}",
            f"{'faults injected':<28}{self.faults_injected:>8}",
        ]
        for fault in ALL_FAULTS:
            if self.faults.get(fault):
                lines.append(f"  {fault.value:<26}{self.faults[fault]:>8}")
        return "\n".join(lines)


def message_text(body: bytes) -> str:
    """The text a send is counted under: the message ``body`` (flat or JSON:API), else the raw
    request body."""
    try:
        doc = json.loads(body)
    except ValueError:
        return body.decode("utf-8", "replace")
    if isinstance(doc, dict):
        data = doc.get("data")
        if isinstance(data, dict):
            attributes = data.get("attributes")
            if isinstance(attributes, dict) and isinstance(attributes.get("body"), str):
                return str(attributes["body"])
        if isinstance(doc.get("body"), str):
            return str(doc["body"])
    return body.decode("utf-8", "replace")


def error_body(status: int, title: str, detail: str) -> bytes:
    doc = {"errors": [{"id": str(uuid.uuid4()), "status": status, "title": title, "detail": detail}]}
    return json.dumps(doc).encode()


def send_body(message_type: str = "message") -> bytes:
    mdr = f"mdr2-{uuid.uuid4().hex}"
    doc = {"data": {"type": message_type, "id": mdr, "links": {"self": f"{API}{SEND_PATH}/{mdr}"}}}
    return json.dumps(doc).encode()


def areacodes_body(limit: int = 1, offset: int = 0, item_type: str = "areacode") -> bytes:
    doc = {
        "data": [
            {
                "type": item_type,
                "id": "201",
                "links": {"related": f"{API}/v2/numbers/available/exchanges?areacode=201"},
            }
        ],
        "links": {"self": f"{API}{AREACODES_PATH}?limit={limit}&offset={offset}"},
    }
    return json.dumps(doc).encode()


_ERROR_TEXT: Final[Mapping[int, tuple[str, str]]] = {
    429: ("Too Many Requests", "Rate limit exceeded."),
    500: ("Internal Server Error", "An unexpected error occurred."),
    502: ("Bad Gateway", "The upstream service returned an invalid response."),
    503: ("Service Unavailable", "The service is temporarily unavailable."),
    504: ("Gateway Timeout", "The upstream service did not answer in time."),
    520: ("Unknown Error", "The origin returned an unknown error."),
    529: ("Site Is Overloaded", "The service is overloaded."),
}


class _Request:
    __slots__ = ("chunked", "close", "content_length", "headers", "method", "path", "query")

    def __init__(self, method: str, target: str, headers: dict[str, str]) -> None:
        parts = urlsplit(target)
        self.method = method
        self.path = parts.path
        self.query = parts.query
        self.headers = headers
        self.chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        self.content_length = int(headers.get("content-length", "0") or "0")
        self.close = headers.get("connection", "").lower() == "close"


class _ProtocolError(Exception):
    pass


class FaultServer:
    """The fault-injecting server; use it as a context manager (or ``start()``/``close()``)."""

    def __init__(self, plan: FaultPlan | None = None, *, host: str = "127.0.0.1") -> None:
        self._host = host
        self._lock = threading.Lock()
        self._plan = plan or FaultPlan()
        self._rng = random.Random(self._plan.seed)
        self._script: deque[Fault] = deque()
        self._port = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        # Touched only on the loop thread (open_sockets reads a plain int).
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._open_sockets = 0
        self._reset_stats_locked()

    # ---- lifecycle -----------------------------------------------------------------------

    def start(self) -> FaultServer:
        if self._thread is not None:
            raise RuntimeError("already started")
        # Bind here, not in asyncio: no getaddrinfo, so no executor thread, and the port is known.
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((self._host, 0))
            listener.listen(_BACKLOG)
        except OSError:
            listener.close()
            raise
        self._port = listener.getsockname()[1]
        self._loop = asyncio.new_event_loop()
        self._ready.clear()
        self._thread = threading.Thread(
            target=self._run, args=(listener,), name=f"{THREAD_PREFIX}-{self._port}", daemon=True
        )
        self._thread.start()
        self._ready.wait()
        if self._startup_error is not None:
            self._thread.join()
            self._thread = None
            raise RuntimeError("the fault server did not start") from self._startup_error
        return self

    def close(self, timeout: float = 5.0) -> None:
        """Stop listening, abort every connection (ending stalls) and join the server thread."""
        thread, loop, stop = self._thread, self._loop, self._stop
        if thread is None or loop is None:
            return
        if stop is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(stop.set)
        thread.join(timeout)
        if thread.is_alive():
            raise RuntimeError(f"fault server thread {thread.name} did not stop")
        self._thread = None

    def _run(self, listener: socket.socket) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        try:
            self._stop = asyncio.Event()
            server = loop.run_until_complete(
                asyncio.start_server(self._handle, sock=listener, limit=_MAX_HEAD, backlog=_BACKLOG)
            )
        except BaseException as exc:
            self._startup_error = exc
            listener.close()
            loop.close()
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_until_complete(self._serve_until_stopped(server))
        finally:
            loop.close()

    async def _serve_until_stopped(self, server: asyncio.Server) -> None:
        assert self._stop is not None
        await self._stop.wait()
        server.close()
        for _ in range(10):  # again, for a connection accepted just as the server closed
            if not self._tasks:
                break
            for writer in list(self._writers):
                writer.transport.abort()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await asyncio.sleep(0)
        await server.wait_closed()
        # Let aborted transports run their connection_lost callbacks, which close the sockets.
        for _ in range(3):
            await asyncio.sleep(0)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self._port}"

    @property
    def seen(self) -> int:
        """Requests seen so far; cheaper than ``stats().seen``. A sequential client can take it
        before and after a call: the call's attempts are the log entries with seq in between."""
        with self._lock:
            return self._seen

    @property
    def open_sockets(self) -> int:
        """Connections the server holds open right now (the listener not included)."""
        return self._open_sockets

    # ---- configuration -------------------------------------------------------------------

    @property
    def plan(self) -> FaultPlan:
        with self._lock:
            return self._plan

    def configure(self, plan: FaultPlan) -> None:
        """Replace the plan, reseed the generator and drop any script left over."""
        with self._lock:
            self._plan = plan
            self._rng = random.Random(plan.seed)
            self._script.clear()

    def script(self, faults: Iterable[Fault]) -> None:
        """Queue exact faults for the next requests on served routes, ahead of the rates."""
        with self._lock:
            self._script.extend(faults)

    @property
    def scripted_remaining(self) -> int:
        with self._lock:
            return len(self._script)

    def reset_stats(self) -> None:
        with self._lock:
            self._reset_stats_locked()

    def _reset_stats_locked(self) -> None:
        self._seen = 0
        self._processed: list[RecordedRequest] = []
        self._faults: Counter[Fault] = Counter()
        self._sends_by_body: Counter[str] = Counter()
        self._statuses: Counter[int] = Counter()
        self._log: list[SeenRequest] = []

    def stats(self) -> FaultStats:
        with self._lock:
            return FaultStats(
                seen=self._seen,
                processed=tuple(self._processed),
                faults=dict(self._faults),
                sends_by_body=dict(self._sends_by_body),
                statuses=dict(self._statuses),
                log=tuple(self._log),
            )

    # ---- connections ---------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        self._open_sockets += 1
        reset = False
        try:
            keep = True
            while keep and not reset:
                keep, reset = await self._serve_one(reader, writer)
        except (OSError, EOFError, asyncio.LimitOverrunError, _ProtocolError, ValueError):
            pass
        except asyncio.CancelledError:
            # Only close() cancels a connection; ending quietly keeps asyncio's stream
            # callback from logging the cancellation as an error.
            pass
        finally:
            if reset:
                # RST instead of FIN: with a zero linger timeout, closing aborts the connection.
                sock = writer.get_extra_info("socket")
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
            else:
                writer.close()
            self._writers.discard(writer)
            self._tasks.discard(task)
            self._open_sockets -= 1

    # ---- one request ---------------------------------------------------------------------

    async def _serve_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> tuple[bool, bool]:
        """Serve one request. Returns (keep the connection, reset it)."""
        request = await _read_head(reader)
        if request is None:
            return False, False
        with self._lock:
            seq = self._seen
            self._seen += 1
            plan = self._plan
        keep = not request.close

        route = _route(request)
        if isinstance(route, int):  # 404 / 405: read the body to stay in sync, then answer
            await _read_body(reader, request)
            detail = f"{request.method} {request.path} is not served here."
            await self._reject(writer, seq, request, route, detail)
            return keep, False
        if plan.credentials is not None and not _authorized(request, plan.credentials):
            await _read_body(reader, request)
            await self._reject(writer, seq, request, 401, "Authentication credentials are missing.")
            return keep, False

        fault = self._next_fault(plan)
        if fault is Fault.RESET_BEFORE_BODY:
            self._note(seq, request, fault, None, body=None, processed=False)
            return False, True

        body = await _read_body(reader, request)
        is_send = request.method == "POST"
        if is_send and not _valid_send(body):
            await self._reject(writer, seq, request, 422, "The body is not a message with 'to' and 'from'.")
            return keep, False

        ok_status = 202 if is_send else 200
        if fault is Fault.RESET_AFTER_PROCESSING:
            status: int | None = None
        elif fault is Fault.STALL:
            status = ok_status if plan.answer_after_stall else None
        else:
            status = _STATUS.get(fault, ok_status)
        # Record before answering, so a client that has its answer finds it in stats().
        self._note(seq, request, fault, status, body=body, processed=fault.processes)

        reply: bytes
        if fault is Fault.NONE:
            reply = _response(ok_status, _ok_body(request), close=not keep)
        elif fault in _ERROR_STATUS:
            assert status is not None
            title, detail = _ERROR_TEXT[status]
            extra = {"Retry-After": plan.retry_after} if fault is Fault.RATE_LIMIT_RETRY_AFTER else {}
            reply = _response(status, error_body(status, title, detail), extra, close=not keep)
        elif fault is Fault.RESET_AFTER_PROCESSING:
            return False, True
        elif fault is Fault.STALL:
            await asyncio.sleep(plan.stall_seconds)  # cancelled if the server closes meanwhile
            if not plan.answer_after_stall:
                return False, False
            reply = _response(ok_status, _ok_body(request), close=not keep)
        elif fault is Fault.MALFORMED_SHORT_BODY:
            full = _ok_body(request)
            head = _response(ok_status, b"", close=True, content_length=len(full))
            writer.write(head + full[: len(full) // 2])
            await writer.drain()
            return False, False
        elif fault is Fault.MALFORMED_HTML:
            reply = _response(200, HTML_ERROR_PAGE, content_type="text/html", close=not keep)
        elif fault is Fault.MALFORMED_TRUNCATED_JSON:
            full = _ok_body(request)
            reply = _response(ok_status, full[: len(full) // 2], close=not keep)
        elif fault is Fault.MALFORMED_EMPTY:
            reply = _response(ok_status, b"", close=not keep)
        elif fault is Fault.MALFORMED_WRONG_TYPES:
            reply = _response(ok_status, b'{"data": "oops"}', close=not keep)
        elif fault is Fault.MALFORMED_UNKNOWN_ENUM:
            if is_send:
                wrong = send_body(UNKNOWN_MESSAGE_TYPE)
            else:
                wrong = areacodes_body(*_page(request), item_type=UNKNOWN_AREACODE_TYPE)
            reply = _response(ok_status, wrong, close=not keep)
        else:  # pragma: no cover - every kind is handled above
            raise AssertionError(fault)
        writer.write(reply)
        await writer.drain()
        return keep, False

    def _next_fault(self, plan: FaultPlan) -> Fault:
        with self._lock:
            if self._script:
                return self._script.popleft()
            return plan.choose(self._rng)

    async def _reject(
        self, writer: asyncio.StreamWriter, seq: int, request: _Request, status: int, detail: str
    ) -> None:
        """Answer an error that comes before any fault (404, 405, 401, 422); not processed."""
        self._note(seq, request, None, status, body=None, processed=False)
        body = error_body(status, REASONS[status], detail)
        writer.write(_response(status, body, close=request.close))
        await writer.drain()

    def _note(
        self,
        seq: int,
        request: _Request,
        fault: Fault | None,
        status: int | None,
        *,
        body: bytes | None,
        processed: bool,
    ) -> None:
        """Log the request and count its fault and status; record it as processed if it was."""
        text = message_text(body) if body is not None and request.method == "POST" else None
        with self._lock:
            if fault is not None:
                self._faults[fault] += 1
            if status is not None:
                self._statuses[status] += 1
            if processed:
                assert body is not None
                self._processed.append(
                    RecordedRequest(
                        seq=seq,
                        method=request.method,
                        path=request.path,
                        query=request.query,
                        body=body,
                        timestamp=time.time(),
                        fault=fault or Fault.NONE,
                    )
                )
                if text is not None:
                    self._sends_by_body[text] += 1
            self._log.append(
                SeenRequest(
                    seq=seq,
                    method=request.method,
                    path=request.path,
                    query=request.query,
                    text=text,
                    fault=fault,
                    processed=processed,
                    status=status,
                    monotonic=time.monotonic(),
                )
            )


def _response(
    status: int,
    body: bytes,
    extra: Mapping[str, str] | None = None,
    *,
    close: bool,
    content_type: str = JSON_API,
    content_length: int | None = None,
) -> bytes:
    lines = [
        f"HTTP/1.1 {status} {REASONS.get(status, 'Unknown')}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body) if content_length is None else content_length}",
        f"Connection: {'close' if close else 'keep-alive'}",
        *(f"{name}: {value}" for name, value in (extra or {}).items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def _read_head(reader: asyncio.StreamReader) -> _Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial.strip():
            raise _ProtocolError("connection closed inside the request head") from exc
        return None  # the client closed an idle keep-alive connection
    lines = head.decode("latin-1").split("\r\n")
    while lines and not lines[0]:  # tolerate stray blank lines between requests
        lines.pop(0)
    parts = lines[0].split() if lines else []
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise _ProtocolError(f"bad request line {lines[:1]!r}")
    method, target, version = parts
    headers: dict[str, str] = {}
    for raw in lines[1:]:
        if not raw:
            continue
        name, sep, value = raw.partition(":")
        if not sep:
            raise _ProtocolError(f"bad header line {raw!r}")
        headers[name.strip().lower()] = value.strip()
    if len(headers) > _MAX_HEADERS:
        raise _ProtocolError("too many headers")
    request = _Request(method, target, headers)
    if version == "HTTP/1.0" and headers.get("connection", "").lower() != "keep-alive":
        request.close = True
    return request


async def _read_body(reader: asyncio.StreamReader, request: _Request) -> bytes:
    if request.chunked:
        chunks: list[bytes] = []
        total = 0
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";", 1)[0].strip(), 16)
            if size == 0:
                while await reader.readuntil(b"\r\n") != b"\r\n":
                    pass  # trailers
                return b"".join(chunks)
            total += size
            if total > _MAX_BODY:
                raise _ProtocolError("request body too large")
            chunks.append((await reader.readexactly(size + 2))[:-2])
    if request.content_length > _MAX_BODY:
        raise _ProtocolError("request body too large")
    return await reader.readexactly(request.content_length) if request.content_length else b""


def _route(request: _Request) -> str | int:
    if request.path == SEND_PATH:
        return "send" if request.method == "POST" else 405
    if request.path == AREACODES_PATH:
        return "areacodes" if request.method == "GET" else 405
    return 404


def _authorized(request: _Request, credentials: tuple[str, str]) -> bool:
    expected = base64.b64encode(f"{credentials[0]}:{credentials[1]}".encode()).decode()
    return request.headers.get("authorization", "") == f"Basic {expected}"


def _valid_send(body: bytes) -> bool:
    try:
        doc = json.loads(body)
    except ValueError:
        return False
    if not isinstance(doc, dict):
        return False
    data = doc.get("data")
    if isinstance(data, dict) and isinstance(data.get("attributes"), dict):
        doc = data["attributes"]
    return isinstance(doc.get("to"), str) and isinstance(doc.get("from"), str)


def _page(request: _Request) -> tuple[int, int]:
    query = parse_qs(request.query)

    def number(name: str, default: int) -> int:
        try:
            return int(query[name][0])
        except (KeyError, ValueError):
            return default

    return number("limit", 1), number("offset", 0)


def _ok_body(request: _Request) -> bytes:
    if request.method == "POST":
        return send_body()
    return areacodes_body(*_page(request))

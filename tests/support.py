"""Shared helpers for the unit tests: a recording MockTransport handler, clients
wired to it, and success bodies taken from the spec's own examples."""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Callable, Coroutine, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import attrs
import httpx
from flowroute import AsyncFlowrouteClient, FlowrouteClient, RetryPolicy

from devtools.spec import response_example

ACCESS = "acct-7f3e91"
SECRET = "S3cr3t-Value-do-not-leak"  # noqa: S105 - a marker to search for, not a real key
BASE_URL = "https://api.flowroute.com"
NUMBER = "16502390214"
OTHER_NUMBER = "16175550199"
MDR = "mdr2-ca82be46e6ba11e79d08862d092cf73d"
# Small enough that a unit test with several retries stays in milliseconds.
FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.002, rate_limit_backoff=0.001)

# (method, path pattern) -> (spec path, spec method, status) of the example that answers it
_ROUTES: list[tuple[str, re.Pattern[str], tuple[str, str, str] | None]] = [
    ("GET", re.compile(r"/v2/numbers/available/areacodes"), ("/v2/numbers/available/areacodes", "get", "200")),
    ("GET", re.compile(r"/v2/numbers/available/exchanges"), ("/v2/numbers/available/exchanges", "get", "200")),
    ("GET", re.compile(r"/v2/numbers/available"), ("/v2/numbers/available", "get", "200")),
    ("GET", re.compile(r"/v2/numbers"), ("/v2/numbers", "get", "200")),
    ("GET", re.compile(r"/v2/numbers/[0-9]+"), ("/v2/numbers/{id}", "get", "200")),
    ("POST", re.compile(r"/v2/numbers/[0-9]+"), ("/v2/numbers/{id}", "post", "201")),
    ("GET", re.compile(r"/v2/routes"), ("/v2/routes", "get", "200")),
    ("POST", re.compile(r"/v2/routes"), ("/v2/routes", "post", "201")),
    ("PATCH", re.compile(r"/v2/numbers/[0-9]+/relationships/(primary|failover)_route"), None),
    ("POST", re.compile(r"/v2\.1/messages"), ("/v2.1/messages", "post", "202")),
    ("GET", re.compile(r"/v2\.1/messages"), ("/v2.1/messages", "get", "200")),
    ("GET", re.compile(r"/v2\.1/messages/mdr[12]-[0-9a-f]+"), ("/v2.1/messages/{id}", "get", "200")),
]


def example(path: str, method: str, status: str) -> Any:
    """The first example the spec gives for a response (a fresh copy)."""
    return response_example(path, method, status)


def ok_response(request: httpx.Request) -> httpx.Response:
    """The documented success answer for whichever operation ``request`` is."""
    path = request.url.path
    path = path[path.find("/v2") :]  # below any base URL prefix
    for method, pattern, where in _ROUTES:
        if request.method == method and pattern.fullmatch(path):
            if where is None:
                return httpx.Response(204)
            return httpx.Response(int(where[2]), json=example(*where))
    raise AssertionError(f"no canned answer for {request.method} {request.url.path}")


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records every request it receives.

    ``replies`` are used in order (the last one repeats): an ``httpx.Response``,
    an exception to raise (such as ``httpx.ConnectError``), or a function of the
    request. With no replies every request gets its documented success answer.
    """

    def __init__(self, replies: Sequence[Reply] = ()) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    @property
    def calls(self) -> int:
        return len(self.requests)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.replies:
            return ok_response(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            # A fresh copy: a Response can be read by only one client.
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "the transport received no request"
        return self.requests[-1]

    def query(self, index: int = -1) -> list[tuple[str, str]]:
        """The query string of a request as (name, value) pairs, in order."""
        return parse_qsl(self.requests[index].url.query.decode("ascii"), keep_blank_values=True)

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def sync_client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> FlowrouteClient:
    options.setdefault("retry_policy", FAST)
    options.setdefault("base_url", BASE_URL)
    options.setdefault("rate_limiter", None)  # pacing has its own tests (test_ratelimit*.py)
    access = options.pop("access_key", ACCESS)
    secret = options.pop("secret_key", SECRET)
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return FlowrouteClient(access, secret, http_client=http, **options)


AsyncHandler = (
    Callable[[httpx.Request], httpx.Response] | Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]
)


def async_client(handler: AsyncHandler, **options: Any) -> AsyncFlowrouteClient:
    options.setdefault("retry_policy", FAST)
    options.setdefault("base_url", BASE_URL)
    options.setdefault("rate_limiter", None)  # pacing has its own tests (test_ratelimit*.py)
    access = options.pop("access_key", ACCESS)
    secret = options.pop("secret_key", SECRET)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncFlowrouteClient(access, secret, http_client=http, **options)


def basic_auth(request: httpx.Request) -> tuple[str, str]:
    """The (user, password) a request's Authorization header carries."""
    scheme, _, token = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    user, _, password = base64.b64decode(token).decode().partition(":")
    return user, password


def secret_forms(secret: str = SECRET, access: str = ACCESS) -> list[str]:
    """Every form in which a secret key could leak: itself and the Basic token."""
    token = base64.b64encode(f"{access}:{secret}".encode()).decode()
    return [secret, token, token.rstrip("=")]


# --- a real loopback HTTP server ------------------------------------------------------


@attrs.frozen
class Seen:
    """One request as a loopback server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Answer = tuple[int, dict[str, str], bytes]


class LoopbackServer:
    """A tiny ``http.server`` on 127.0.0.1 in a thread, answering from ``respond``.

    ``respond(seen)`` returns (status, headers, body); every request is kept in
    ``requests`` with its headers lower-cased.
    """

    def __init__(self, respond: Callable[[Seen], Answer]) -> None:
        self.requests: list[Seen] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                seen = Seen(
                    method=self.command,
                    path=self.path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self.rfile.read(length),
                )
                owner.requests.append(seen)
                status, headers, body = respond(seen)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PATCH = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def json_answer(status: int, value: Any) -> Answer:
    return status, {"Content-Type": "application/vnd.api+json"}, json.dumps(value).encode()

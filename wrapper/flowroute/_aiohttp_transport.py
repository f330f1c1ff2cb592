"""The optional aiohttp transport (``pip install flowroute-sdk[aiohttp]``).

httpx's own async pool degrades under high concurrency; aiohttp's does not. This is
an ``httpx.AsyncBaseTransport`` over an ``aiohttp.ClientSession``, written for the
SDK's retry rules rather than borrowed from httpx-aiohttp, for two reasons:

- **Failures are classified by when they happened.** The retry rules treat a connect
  error as "never sent" and resend even a POST after one. httpx-aiohttp 0.2 reports
  every ``aiohttp.ClientConnectionError`` as ``httpx.ConnectTimeout``, including a
  server that hung up *after* receiving the request, which would resend a processed
  SMS. Here only a failure to connect is a connect error; anything later is a read error.
- **One layer per answer.** The body is read straight from aiohttp's stream, with no
  generator or context manager around each chunk; at fifty concurrent sends those
  layers cost as much as the SDK's own work on a call.

aiohttp's C parser also fails a whole read when bytes follow an answer that must be
bodiless (a 204), so the caller never sees that the call succeeded. Requests that ask
for ``Connection: close`` (the SDK sends it on calls answered without a body) gain
nothing from aiohttp's pool anyway; they go through httpx's own transport, which reads
a 204 as bodiless whatever follows it.
"""

from __future__ import annotations

import asyncio

import aiohttp
import httpx

# What aiohttp raises for a failed exchange; anything else is a bug and propagates as is.
_FAILURES = (asyncio.TimeoutError, aiohttp.ClientError)
_HTTP_1_1 = b"HTTP/1.1"


def _describe(cause: BaseException) -> str:
    # aiohttp's texts quote its own copy of the URL, phone numbers and all; only the
    # kind of failure (and the operating system's reason, which names no URL) is kept.
    if isinstance(cause, OSError) and cause.strerror:
        return f"{type(cause).__name__}: {cause.strerror}"
    return type(cause).__name__


def _reclassify(cause: BaseException) -> httpx.TransportError:
    message = _describe(cause)
    if isinstance(cause, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(cause, asyncio.TimeoutError):
        return httpx.ReadTimeout(message)
    return httpx.ReadError(message)


class _Body(httpx.AsyncByteStream):
    """An answer's body, chunk by chunk as aiohttp received it."""

    __slots__ = ("_response",)

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    def __aiter__(self) -> _Body:
        return self

    async def __anext__(self) -> bytes:
        try:
            chunk = await self._response.content.readany()
        except _FAILURES as exc:
            raise _reclassify(exc) from exc
        if not chunk:
            raise StopAsyncIteration
        return chunk

    async def aclose(self) -> None:
        # Hands a fully read connection back to the pool; aiohttp closes one whose
        # answer was not read to the end rather than reuse it.
        self._response.release()


class SafeAiohttpTransport(httpx.AsyncBaseTransport):
    def __init__(self, *, limits: httpx.Limits) -> None:
        self._limits = limits
        # Both built on first use: building a session needs a running loop, and the
        # TLS context loads the CA bundle. Most programs never make a bodiless call.
        self._session: aiohttp.ClientSession | None = None
        self._single_use: httpx.AsyncHTTPTransport | None = None
        self._timeouts: dict[tuple[float | None, float | None, float | None], aiohttp.ClientTimeout] = {}

    def _new_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=httpx.create_ssl_context(),
        )
        # Bodies arrive as sent: the SDK inflates gzip itself, within its size cap.
        session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
        # aiohttp quietly resends GET/PUT/DELETE once when a pooled connection drops.
        # The SDK's retry policy must be the only one, or attempts and time budgets
        # exceed what max_retries promises. aiohttp has no public switch for this.
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        return session

    def _timeout(self, timeouts: dict[str, float | None]) -> aiohttp.ClientTimeout:
        key = (timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            # httpx's pool timeout bounds getting a connection; aiohttp's ``connect`` does.
            timeout = self._timeouts[key] = aiohttp.ClientTimeout(sock_connect=key[0], sock_read=key[1], connect=key[2])
        return timeout

    def _single_use_transport(self) -> httpx.AsyncHTTPTransport:
        if self._single_use is None:
            self._single_use = httpx.AsyncHTTPTransport(limits=self._limits)
        return self._single_use

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = request.headers
        if headers.get("Connection", "").lower() == "close":
            return await self._single_use_transport().handle_async_request(request)
        if self._session is None:
            self._session = self._new_session()
        data: bytes | httpx.AsyncByteStream | None
        try:
            data = request.content or None
            fields = headers.multi_items()
        except httpx.RequestNotRead:
            # A streamed upload: aiohttp frames it itself.
            data = request.stream  # type: ignore[assignment]
            fields = [(name, value) for name, value in headers.multi_items() if name != "transfer-encoding"]
        try:
            response = await self._session.request(
                request.method,
                str(request.url),
                headers=fields,
                data=data,
                allow_redirects=False,
                compress=False,
                timeout=self._timeout(request.extensions.get("timeout", {})),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        except _FAILURES as exc:
            raise _reclassify(exc) from exc
        extensions = {"http_version": _HTTP_1_1}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        try:
            if self._session is not None:
                await self._session.close()
        finally:
            if self._single_use is not None:
                await self._single_use.aclose()

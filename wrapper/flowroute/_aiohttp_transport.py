"""The optional aiohttp transport (``pip install flowroute-sdk[aiohttp]``).

httpx's own async pool degrades under high concurrency; aiohttp's does not.
httpx-aiohttp 0.2 maps every ``aiohttp.ClientConnectionError`` — including a
server that hung up *after* receiving the request — to ``httpx.ConnectTimeout``,
and lets bare ``asyncio.TimeoutError`` through. The retry rules treat a connect
timeout as "never sent", so that mapping could resend a processed SMS. This
wrapper re-classifies from the original aiohttp exception: only a failure to
connect stays a connect error; everything after that is a read error.

aiohttp's C parser also fails a whole read when bytes follow an answer that
must be bodiless (a 204), so the caller never sees that the call succeeded.
Requests that ask for ``Connection: close`` (the SDK sends it on calls answered
without a body) gain nothing from aiohttp's pool anyway; they go through httpx's
own transport, which reads a 204 as bodiless whatever follows it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport


def _describe(cause: BaseException) -> str:
    # aiohttp's texts quote its own copy of the URL, phone numbers and all; only the
    # kind of failure (and the operating system's reason, which names no URL) is kept.
    if isinstance(cause, OSError) and cause.strerror:
        return f"{type(cause).__name__}: {cause.strerror}"
    return type(cause).__name__


def _reclassify(exc: BaseException) -> httpx.TransportError:
    cause = exc.__cause__ if isinstance(exc, httpx.HTTPError) and exc.__cause__ is not None else exc
    message = _describe(cause)
    if isinstance(cause, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(cause, asyncio.TimeoutError | httpx.TimeoutException):
        return httpx.ReadTimeout(message)
    return httpx.ReadError(message)


class _ReclassifyingStream(httpx.AsyncByteStream):
    # An iterator class rather than an async generator: a generator wrapped around every
    # answer cost several percent of a send's CPU time at high concurrency.
    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner
        self._chunks: AsyncIterator[bytes] | None = None

    def __aiter__(self) -> AsyncIterator[bytes]:
        self._chunks = self._inner.__aiter__()
        return self

    async def __anext__(self) -> bytes:
        assert self._chunks is not None, "iterated before __aiter__"
        try:
            return await self._chunks.__anext__()
        except (TimeoutError, httpx.TransportError, aiohttp.ClientError) as exc:
            raise _reclassify(exc) from exc

    async def aclose(self) -> None:
        await self._inner.aclose()


class SafeAiohttpTransport(AiohttpTransport):
    def __init__(self, *, limits: httpx.Limits) -> None:
        super().__init__(limits=limits)
        self._limits = limits
        # Built on first use: most programs never make a bodiless call, and building
        # it loads the CA bundle.
        self._single_use: httpx.AsyncHTTPTransport | None = None

    def _single_use_transport(self) -> httpx.AsyncHTTPTransport:
        if self._single_use is None:
            self._single_use = httpx.AsyncHTTPTransport(limits=self._limits)
        return self._single_use

    def get_client(self) -> aiohttp.ClientSession:
        session = super().get_client()
        # aiohttp quietly resends GET/PUT/DELETE once when a pooled connection drops.
        # The SDK's retry policy must be the only one, or attempts and time budgets
        # exceed what max_retries promises. aiohttp has no public switch for this.
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("Connection", "").lower() == "close":
            return await self._single_use_transport().handle_async_request(request)
        try:
            response: httpx.Response = await super().handle_async_request(request)
        except (TimeoutError, httpx.TransportError, aiohttp.ClientError) as exc:
            raise _reclassify(exc) from exc
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _ReclassifyingStream(response.stream)
        return response

    async def aclose(self) -> None:
        try:
            await super().aclose()
        finally:
            if self._single_use is not None:
                await self._single_use.aclose()

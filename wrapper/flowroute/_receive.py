"""Reading one answer within the attempt's deadline and size cap.

httpx's timeouts bound each network read, and a read timeout restarts with
every byte, so a server that drips its headers or body could hold a call for
ever; and ``response.read()`` keeps whatever the server sends, decompressed. Here
each attempt has a total deadline, and a body is read while it is counted: a 2xx
up to ``max_response_size`` decoded bytes, any other status up to a 64 KiB
preview. Reading stops at the cap, so a gzip bomb stops after its first chunks.
"""

from __future__ import annotations

import contextvars
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import NamedTuple

import httpx

# What an error answer keeps of its body: enough for any JSON error or HTML page title.
ERROR_BODY_LIMIT = 64 * 1024
# gzip is inflated at most this much at a time, so one network read of a bomb
# (64 KiB can hold 64 MiB of zeros) never lands in memory whole.
_INFLATE_STEP = 256 * 1024

# The monotonic time at which the current sync attempt must end; the sync transport's
# sockets read it (see ``_sync_transport``) so slow headers are bounded as well.
current_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("flowroute_deadline", default=None)


# How an attempt reaches the network: a streamed answer whose body is still unread.
Sender = Callable[[httpx.Request], httpx.Response]
AsyncSender = Callable[[httpx.Request], Awaitable[httpx.Response]]


class Limits(NamedTuple):
    """How long one attempt may take in total, and how large a 2xx body may grow."""

    deadline: float
    max_response_size: int


class DeadlineExceeded(httpx.ReadTimeout):
    """The attempt's total deadline passed; like any read timeout, the request may have been processed."""


class Received(NamedTuple):
    """A response's status and headers, and the start of its body (all of it unless ``truncated``)."""

    response: httpx.Response
    content: bytes
    truncated: bool

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def text(self) -> str:
        encoding = self.response.charset_encoding or "utf-8"
        try:
            return self.content.decode(encoding, errors="replace")
        except LookupError:  # a charset Python does not know
            return self.content.decode("utf-8", errors="replace")


def _declared_too_large(length: str | None, budget: int) -> bool:
    try:
        return length is not None and int(length) > budget
    except ValueError:
        return False


def _expired() -> DeadlineExceeded:
    return DeadlineExceeded("the attempt's total deadline passed before the answer was complete")


class _Body:
    """The body read so far, decoded, counted against the budget."""

    def __init__(self, response: httpx.Response, limits: Limits) -> None:
        self.response = response
        headers = response.headers
        budget = limits.max_response_size if 200 <= response.status_code < 300 else ERROR_BODY_LIMIT
        self.parts: list[bytes] = []
        self.size = 0
        encoding = headers.get("content-encoding")
        # A transport that hands over a body already read (httpx.MockTransport does) has
        # had httpx decode it too; it is only counted.
        consumed = response.is_stream_consumed
        # gzip, the one encoding the SDK asks for, is inflated here in bounded steps;
        # anything else a server sends unasked is decoded by httpx, chunk by chunk.
        self.inflater = (
            zlib.decompressobj(zlib.MAX_WBITS | 32)
            if not consumed and encoding is not None and encoding.strip().lower() == "gzip"
            else None
        )
        # httpx's decoding layer is needed only for an encoding other than gzip; skipping
        # it for the rest is a measurable share of a call at high concurrency.
        self.raw = not consumed and (encoding is None or self.inflater is not None)
        # A body declared too large is only read as far as an exception's preview. Only an
        # uncompressed length says how much will be decoded; compressed bodies are counted as read.
        self.truncated = encoding is None and _declared_too_large(headers.get("content-length"), budget)
        self.budget = min(budget, ERROR_BODY_LIMIT) if self.truncated else budget

    def add(self, chunk: bytes) -> bool:
        """Keep what ``chunk`` decodes to; False once the budget is used up."""
        if self.inflater is None:
            return self._keep(chunk)
        while chunk:
            try:
                piece = self.inflater.decompress(chunk, _INFLATE_STEP)
            except zlib.error as exc:
                raise httpx.DecodingError(f"the gzip body is corrupt ({exc})") from None
            chunk = self.inflater.unconsumed_tail
            if piece and not self._keep(piece):
                return False
        return True

    def _keep(self, piece: bytes) -> bool:
        self.parts.append(piece)
        self.size += len(piece)
        if self.size > self.budget:
            self.truncated = True
            return False
        return True

    def chunks(self) -> Iterator[bytes]:
        return self.response.iter_raw() if self.raw else self.response.iter_bytes()

    def achunks(self) -> AsyncIterator[bytes]:
        return self.response.aiter_raw() if self.raw else self.response.aiter_bytes()

    def result(self) -> Received:
        if self.inflater is not None and not self.truncated:
            self._keep(self.inflater.flush())
        if not self.truncated:
            return Received(self.response, b"".join(self.parts), False)
        # A cut body is only ever shown as an exception's preview; copying more would
        # double the memory the cap allows.
        preview, kept = [], 0
        for part in self.parts:
            if kept >= ERROR_BODY_LIMIT:
                break
            preview.append(part[: ERROR_BODY_LIMIT - kept])
            kept += len(preview[-1])
        self.parts.clear()
        return Received(self.response, b"".join(preview), True)


def receive(send: Sender, request: httpx.Request, limits: Limits) -> Received:
    deadline = time.monotonic() + limits.deadline
    token = current_deadline.set(deadline)
    try:
        response = send(request)
        # A transport's answer does not know its request until httpx's client layer says.
        response.request = request
        try:
            body = _Body(response, limits)
            for chunk in body.chunks():
                if not body.add(chunk):
                    break
                if time.monotonic() > deadline:
                    raise _expired()
            return body.result()
        finally:
            # Closing an unfinished answer drops its connection instead of reading the rest.
            response.close()
    finally:
        current_deadline.reset(token)


async def areceive(send: AsyncSender, request: httpx.Request, limits: Limits) -> Received:
    import asyncio  # kept out of `import flowroute`, as httpx itself does

    try:
        async with asyncio.timeout(limits.deadline):
            response = await send(request)
            response.request = request
            try:
                body = _Body(response, limits)
                async for chunk in body.achunks():
                    if not body.add(chunk):
                        break
                return body.result()
            finally:
                await response.aclose()
    except TimeoutError as exc:
        raise _expired() from exc

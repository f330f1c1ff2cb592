"""The sync client's own transport: httpx's, with sockets that respect the attempt's deadline.

httpx's sync client has no total timeout, and a socket read that receives one
byte before its timeout starts the next read's timeout afresh. These sockets
shorten every connect, read and write to what is left of the deadline that
``_receive.receive`` sets for the attempt, so dripped headers end on time too.
An ``http_client`` of the caller's own keeps its transport; its body reads
are still bounded by the deadline, checked between chunks.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._receive import current_deadline

_EXPIRED = "the attempt's total deadline passed before the answer was complete"


def _remaining(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = current_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error(_EXPIRED)
    return left if timeout is None else min(timeout, left)


def _past_deadline() -> bool:
    deadline = current_deadline.get()
    return deadline is not None and time.monotonic() >= deadline


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, _remaining(timeout, httpcore.ReadTimeout))
        except httpcore.ReadTimeout:
            if _past_deadline():
                raise httpcore.ReadTimeout(_EXPIRED) from None
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.SyncBackend):
    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        remaining = _remaining(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(super().connect_tcp(host, port, remaining, local_address, socket_options))


class DeadlineTransport(httpx.HTTPTransport):
    def __init__(self, limits: httpx.Limits) -> None:
        super().__init__(limits=limits)
        # httpx offers no switch for the network backend; its transport sends through
        # ``_pool``, which is replaced by the same pool with deadline-aware sockets.
        # tests/test_hostile_time.py fails if a later httpx stops using it.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )

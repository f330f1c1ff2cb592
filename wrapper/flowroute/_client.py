"""``FlowrouteClient`` and ``AsyncFlowrouteClient``.

Each client owns its credentials, settings and connection pool; nothing lives
at module or class level, so clients for different accounts never interfere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from types import TracebackType
from typing import Any, Literal, Self, TypeVar

import httpx
from flowroute_api.operations import AsyncResources, SyncResources

from ._call import Call
from ._config import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_POLICY,
    RetryPolicy,
    check_max_response_size,
    check_max_retries,
    resolve_base_url,
    resolve_credentials,
    resolve_timeout,
)
from ._exceptions import ClientClosedError, InvalidParameterError
from ._pipeline import Pipeline, drive_async, drive_sync
from ._receive import Received
from ._response import RawResponse
from .ratelimit import DEFAULT_RATE_LIMITER, RateLimiter, check_rate_limiter

T = TypeVar("T")
R = TypeVar("R")

# Bulk senders run many requests at once; httpx's default of 10 would queue them.
_DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=50)


def _sender(
    http: httpx.Client | httpx.AsyncClient,
    transport_send: Callable[[httpx.Request], R] | None,
    closed: Callable[[], ClientClosedError],
) -> Callable[[httpx.Request], R]:
    """How each attempt goes out: refused once ``http`` is closed, else to the network.

    With ``transport_send`` (the client the SDK built for itself), straight to its
    transport: httpx's client layer (auth flows, redirects, cookies, event hooks, its own
    request log) has nothing to do for the SDK's calls, and at high concurrency it costs
    about a sixth of a send's CPU time. A caller's own ``http_client`` keeps all of it.
    """
    forward: Callable[[httpx.Request], R] = transport_send or partial(http.send, stream=True)  # type: ignore[assignment]

    def send(request: httpx.Request) -> R:
        # Checked per attempt: a client closed while a call waits to retry ends that call.
        if http.is_closed:
            raise closed()
        return forward(request)

    return send


class _ClientBase:
    _pipeline: Pipeline

    def __init__(
        self,
        access_key: str | None,
        secret_key: str | None,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        allow_insecure_http: bool,
        log_sensitive: bool,
        rate_limiter: RateLimiter | None,
        deadline: float | None,
        max_response_size: int,
    ) -> None:
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise InvalidParameterError("retry_policy", f"a {type(retry_policy).__name__} was given", "a RetryPolicy")
        self._pipeline = Pipeline(
            base_url=resolve_base_url(base_url, allow_insecure_http=allow_insecure_http),
            credentials=resolve_credentials(access_key, secret_key),
            timeout=resolve_timeout(timeout),
            max_retries=check_max_retries(max_retries),
            retry_policy=retry_policy or DEFAULT_RETRY_POLICY,
            log_sensitive=log_sensitive,
            rate_limiter=check_rate_limiter(rate_limiter),
            deadline=deadline,
            max_response_size=check_max_response_size(max_response_size),
        )
        self._owns_http = True

    @property
    def base_url(self) -> httpx.URL:
        return self._pipeline.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._pipeline.timeout

    @property
    def max_retries(self) -> int:
        return self._pipeline.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._pipeline.retry_policy

    @property
    def rate_limiter(self) -> RateLimiter | None:
        return self._pipeline.rate_limiter

    @property
    def deadline(self) -> float:
        """Seconds one attempt may take in total, however slowly the server sends."""
        return self._pipeline.limits.deadline

    @property
    def max_response_size(self) -> int:
        """The most bytes a successful answer may decode to."""
        return self._pipeline.max_response_size

    def _closed_error(self) -> ClientClosedError:
        return ClientClosedError(f"this {type(self).__name__} is closed; create a new client to make calls")

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        max_response_size: int | None = None,
    ) -> Self:
        """A client with other per-call settings, sharing this one's connection pool.

        ``client.with_options(max_retries=0).messages.send(...)``; closing the copy
        leaves the pool open.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = resolve_timeout(timeout)
        if max_retries is not None:
            changes["max_retries"] = check_max_retries(max_retries)
        if retry_policy is not None:
            if not isinstance(retry_policy, RetryPolicy):
                raise InvalidParameterError(
                    "retry_policy", f"a {type(retry_policy).__name__} was given", "a RetryPolicy"
                )
            changes["retry_policy"] = retry_policy
        if deadline is not None:
            changes["deadline"] = deadline
        if max_response_size is not None:
            changes["max_response_size"] = check_max_response_size(max_response_size)
        # A fresh instance: controllers cached on the original stay bound to it.
        clone = object.__new__(type(self))
        clone.__dict__.update(
            _pipeline=dataclasses.replace(self._pipeline, **changes),
            _http=self.__dict__["_http"],
            _send=self.__dict__["_send"],
        )
        clone._owns_http = False
        return clone

    def __repr__(self) -> str:
        # Never the credentials: not even the access key, which names the account.
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, max_retries={self.max_retries})"


class FlowrouteClient(_ClientBase, SyncResources):
    """Synchronous client for Flowroute's Numbers v2 (with E911, CNAM, porting, CDRs) and Messages v2.1 APIs.

    Credentials default to the ``FR_ACCESS_KEY`` and ``FR_SECRET_KEY``
    environment variables and the base URL to ``FLOWROUTE_BASE_URL``, then
    ``https://api.flowroute.com``. Pass ``http_client`` to reuse your own
    ``httpx.Client`` (its pool, proxies, transport, cookies, event hooks); the SDK
    then leaves closing it to you. The client the SDK builds for itself sends
    straight to its transport, with no cookies or hooks.

    Sends are paced to Flowroute's per-key limits by ``rate_limiter``: by default
    one limiter shared by every client of this process, ``None`` for no pacing,
    or a ``flowroute.ratelimit.RedisRateLimiter`` shared by many processes.

    ``timeout`` bounds each connect, read and write; ``deadline`` bounds each
    attempt as a whole (default: twice the read timeout, 60 s), so a server that
    drips bytes cannot hold a call. ``max_response_size`` caps the decoded size of
    a successful answer (default 32 MiB); reading stops there. A call on a closed
    client raises ``ClientClosedError``.
    """

    def __init__(
        self,
        access_key: str | None = None,
        secret_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        log_sensitive: bool = False,
        rate_limiter: RateLimiter | None = DEFAULT_RATE_LIMITER,
        deadline: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            access_key,
            secret_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            allow_insecure_http=allow_insecure_http,
            log_sensitive=log_sensitive,
            rate_limiter=rate_limiter,
            deadline=deadline,
            max_response_size=max_response_size,
        )
        self._owns_http = http_client is None
        self._http, transport = (http_client, None) if http_client is not None else _sync_http_client()
        self._send = _sender(self._http, transport.handle_request if transport else None, self._closed_error)

    def _execute(self, call: Call[T]) -> T:
        return drive_sync(self._pipeline.run(call, self._http.build_request), self._send)

    def _execute_raw(self, call: Call[Any]) -> Any:
        return self._execute(self._pipeline.raw(call))

    def _execute_with_response(self, call: Call[T]) -> RawResponse[T]:
        answered: list[Received] = []
        # Parsing waits for RawResponse.parse(); retries and errors are the pipeline's as always.
        run = self._pipeline.run(call._replace(parse=None), self._http.build_request)
        drive_sync(run, self._send, answered.append)
        return RawResponse(answered[-1].response, call.parse, answered[-1].content)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> FlowrouteClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


Transport = Literal["auto", "aiohttp", "httpx"]


def _sync_http_client() -> tuple[httpx.Client, httpx.BaseTransport]:
    from ._sync_transport import DeadlineTransport

    transport = DeadlineTransport(_DEFAULT_LIMITS)
    return httpx.Client(transport=transport, follow_redirects=False), transport


def _async_http_client(transport: Transport) -> tuple[httpx.AsyncClient, httpx.AsyncBaseTransport | None]:
    """The async client the SDK builds, and its transport when the SDK chose it.

    httpx's own pool is left to httpx (None), so it keeps honouring proxy settings
    in the environment.
    """
    from . import _aiohttp  # looking for the extra is left to the first async client

    if transport not in ("auto", "aiohttp", "httpx"):
        raise InvalidParameterError("transport", f"{transport!r} is not a transport", "'auto', 'aiohttp' or 'httpx'")
    if transport == "aiohttp" and not _aiohttp.AVAILABLE:
        raise InvalidParameterError(
            "transport", "the aiohttp extra is not installed", "pip install 'flowroute-sdk[aiohttp]', or 'httpx'"
        )
    if transport == "aiohttp" or (transport == "auto" and _aiohttp.AVAILABLE):
        chosen = _aiohttp.make_transport(_DEFAULT_LIMITS)
        return httpx.AsyncClient(transport=chosen, follow_redirects=False), chosen
    return httpx.AsyncClient(limits=_DEFAULT_LIMITS, follow_redirects=False), None


class AsyncFlowrouteClient(_ClientBase, AsyncResources):
    """Asynchronous client; the same operations as coroutines.

    ``transport="auto"`` (the default) uses aiohttp's connection pool when the
    ``aiohttp`` extra is installed — several times faster than httpx's own pool
    at high concurrency — and httpx's otherwise; ``"aiohttp"`` or ``"httpx"``
    forces one. Pass ``http_client`` to bring your own ``httpx.AsyncClient``;
    the SDK then leaves closing it to you.
    """

    def __init__(
        self,
        access_key: str | None = None,
        secret_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: Transport = "auto",
        allow_insecure_http: bool = False,
        log_sensitive: bool = False,
        rate_limiter: RateLimiter | None = DEFAULT_RATE_LIMITER,
        deadline: float | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        super().__init__(
            access_key,
            secret_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            allow_insecure_http=allow_insecure_http,
            log_sensitive=log_sensitive,
            rate_limiter=rate_limiter,
            deadline=deadline,
            max_response_size=max_response_size,
        )
        self._owns_http = http_client is None
        self._http, own = (http_client, None) if http_client is not None else _async_http_client(transport)
        self._send = _sender(self._http, own.handle_async_request if own else None, self._closed_error)

    async def _execute(self, call: Call[T]) -> T:
        return await drive_async(self._pipeline.run(call, self._http.build_request), self._send)

    async def _execute_raw(self, call: Call[Any]) -> Any:
        return await self._execute(self._pipeline.raw(call))

    async def _execute_with_response(self, call: Call[T]) -> RawResponse[T]:
        answered: list[Received] = []
        run = self._pipeline.run(call._replace(parse=None), self._http.build_request)
        await drive_async(run, self._send, answered.append)
        return RawResponse(answered[-1].response, call.parse, answered[-1].content)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncFlowrouteClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

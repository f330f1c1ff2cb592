"""The one request pipeline: build, send, retry, map errors, parse, log.

``Pipeline.run`` is a generator that never does I/O itself. It yields ``Send``,
``Sleep`` and (for paced sends) rate-limiter ``Turn`` and ``Settle`` steps and
receives what happened; ``drive_sync`` and ``drive_async`` perform the steps with
httpx and time/asyncio, reading each answer within the attempt's deadline and size
cap (``_receive``). Retry rules,
error mapping and logging therefore exist once for both clients.
"""

from __future__ import annotations

import dataclasses
import logging
import random
import time
from collections.abc import Callable, Generator, Mapping
from typing import Any, NamedTuple, TypeVar, cast

import httpx

from . import _json
from ._call import Call
from ._config import DEFAULT_MAX_RESPONSE_SIZE, Credentials, RetryPolicy, resolve_deadline
from ._encode import build_request
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseTooLargeError,
    ResponseValidationError,
    body_preview,
    parse_retry_after,
    status_error,
)
from ._logging import logger, redact_phone_numbers
from ._receive import ERROR_BODY_LIMIT, AsyncSender, Limits, Received, Sender, areceive, receive
from ._version import __version__
from .ratelimit import RateLimiter, Settle, Turn

T = TypeVar("T")

# 429 is absent on purpose: it is handled first, for every method, because
# Flowroute rejects rate-limited attempts without processing them.
_RETRYABLE_STATUS = frozenset({408, 500, 502, 503, 504})
# Failures where the request provably never reached the server: safe to resend a POST.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures a second attempt can cure; a bad URL scheme or a local protocol error cannot.
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


# Effects the pipeline yields, created for every attempt: tuples are the cheapest
# immutable records to define and to build.
class Send(NamedTuple):
    request: httpx.Request
    limits: Limits


class Sleep(NamedTuple):
    seconds: float


Step = Send | Sleep | Turn | Settle
Outcome = Received | httpx.HTTPError | None
Run = Generator[Step, Outcome, T]


def _identity(value: Any) -> Any:
    return value


@dataclasses.dataclass(frozen=True)
class Pipeline:
    """Everything a client knows about how to talk to Flowroute."""

    base_url: httpx.URL
    credentials: Credentials = dataclasses.field(repr=False)
    timeout: httpx.Timeout
    max_retries: int
    retry_policy: RetryPolicy
    log_sensitive: bool = False
    rate_limiter: RateLimiter | None = None
    # None: derived from the read timeout (see ``resolve_deadline``).
    deadline: float | None = None
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE
    _base: str = dataclasses.field(init=False, repr=False)
    _headers: Mapping[str, str] = dataclasses.field(init=False, repr=False)
    _bodiless_headers: Mapping[str, str] = dataclasses.field(init=False, repr=False)
    _header_sets: dict[tuple[Any, ...], httpx.Headers] = dataclasses.field(init=False, repr=False)
    limits: Limits = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_base", str(self.base_url))
        headers = {
            "Authorization": self.credentials.authorization_header(),
            "User-Agent": f"flowroute-sdk-python/{__version__} httpx/{httpx.__version__}",
            # The one encoding ``_receive`` inflates in bounded steps.
            "Accept-Encoding": "gzip",
        }
        object.__setattr__(self, "_headers", headers)
        # An answer that must have no body (a 204) but carries one would leave its bytes
        # on a kept-alive connection, to be read as the next answer; so calls answered
        # without a body use their connection once.
        object.__setattr__(self, "_bodiless_headers", {**headers, "Connection": "close"})
        # httpx merges a request's headers into the client's on every call; prebuilt
        # Headers skip normalising them each time. Keyed by the few Content-Types the spec uses.
        object.__setattr__(self, "_header_sets", {})
        limits = Limits(resolve_deadline(self.deadline, self.timeout), self.max_response_size)
        object.__setattr__(self, "limits", limits)

    def raw(self, call: Call[Any]) -> Call[Any]:
        """The same call, answering with the JSON exactly as the server sent it."""
        return call._replace(parse=_identity if call.parse is not None else None)

    def _headers_for(self, call: Call[Any]) -> httpx.Headers:
        key = (call.parse is None, *call.headers.items()) if call.headers else (call.parse is None,)
        headers = self._header_sets.get(key)
        if headers is None:
            base = self._bodiless_headers if call.parse is None else self._headers
            headers = self._header_sets[key] = httpx.Headers({**base, **(call.headers or {})})
        return headers

    def run(self, call: Call[T], build: Callable[..., httpx.Request]) -> Run[T]:
        request = build_request(call, self._base + call.path, self._headers_for(call), self.timeout, build)
        # Asked before every attempt: a retry is an attempt and waits its turn too.
        pacer = self.rate_limiter.pacer_for(call, self.credentials.access_key) if self.rate_limiter else None
        retries = 0
        while True:
            turn = pacer.turn() if pacer is not None else None
            if turn is not None:
                yield turn
            started = time.perf_counter()
            outcome = yield Send(request, self.limits)
            elapsed = time.perf_counter() - started
            if turn is not None:
                yield turn.settle()
            if isinstance(outcome, Received):
                if 200 <= outcome.status_code < 300:
                    self._log(request, str(outcome.status_code), elapsed, retries)
                    if outcome.status_code == 207:
                        logger.warning(
                            "%s %s succeeded with 207: part of the request (such as messaging "
                            "provisioning) failed; check the response",
                            request.method,
                            self._path(request),
                        )
                    return self._parse(call, request, outcome)
                delay = self._delay_after_status(call, outcome, retries)
                if delay is None:
                    self._log(request, str(outcome.status_code), elapsed, retries)
                    raise self._status_error(request, outcome, retries)
                reason = str(outcome.status_code)
            else:
                assert outcome is not None, "a Send step must be answered with its outcome"
                delay = self._delay_after_error(call, outcome, retries)
                if delay is None:
                    self._log(request, type(outcome).__name__, elapsed, retries)
                    raise self._connection_error(request, outcome) from outcome
                reason = type(outcome).__name__
            retries += 1
            if logger.isEnabledFor(logging.INFO):
                logger.info(
                    "retrying %s %s after %s in %.2f s (retry %d of %d)",
                    request.method,
                    self._path(request),
                    reason,
                    delay,
                    retries,
                    self.max_retries,
                    extra={"flowroute_retry": retries, "flowroute_reason": reason},
                )
            yield Sleep(delay)

    # --- retry decisions ---------------------------------------------------------

    def _backoff(self, retries: int) -> float:
        policy = self.retry_policy
        # The exponent stops growing long before 2.0**n would overflow.
        base = min(policy.initial_backoff * (2.0 ** min(retries, 64)), policy.max_backoff)
        return base * (1 - policy.jitter * random.random())

    def _delay_after_status(self, call: Call[Any], response: Received, retries: int) -> float | None:
        if retries >= self.max_retries:
            return None
        status = response.status_code
        if status != 429 and not (call.idempotent and status in _RETRYABLE_STATUS):
            return None
        retry_after = parse_retry_after(response.headers)
        if retry_after is not None:
            return retry_after if retry_after <= self.retry_policy.max_retry_after else None
        backoff = self._backoff(retries)
        return max(backoff, self.retry_policy.rate_limit_backoff) if status == 429 else backoff

    def _delay_after_error(self, call: Call[Any], error: httpx.HTTPError, retries: int) -> float | None:
        if retries >= self.max_retries:
            return None
        # A read timeout or a dropped connection may hide a processed send; only
        # idempotent calls are resent after those.
        if isinstance(error, _NOT_SENT) or (call.idempotent and isinstance(error, _TRANSIENT)):
            return self._backoff(retries)
        return None

    # --- results and errors --------------------------------------------------------

    def _parse(self, call: Call[T], request: httpx.Request, response: Received) -> T:
        if call.parse is None:
            return cast(T, None)
        if response.truncated:
            raise self._invalid(
                request,
                response,
                f"the body is larger than max_response_size ({self.limits.max_response_size:,} bytes)",
                ResponseTooLargeError,
            )
        try:
            data = _json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise self._invalid(request, response, f"the body is not JSON ({exc})") from exc
        try:
            return call.parse(data)
        except Exception as exc:
            raise self._invalid(request, response, f"the body does not match the documented shape ({exc!r})") from exc

    def _invalid(
        self,
        request: httpx.Request,
        response: Received,
        problem: str,
        cls: type[ResponseValidationError] = ResponseValidationError,
    ) -> ResponseValidationError:
        body, cut = _body_for_error(response)
        return cls(
            f"{request.method} {self._path(request)} returned {response.status_code} but {problem}: "
            f"{body_preview(body)!r}",
            method=request.method,
            url=str(request.url),
            status_code=response.status_code,
            body=body,
            body_truncated=cut,
            headers=response.headers,
        )

    def _status_error(self, request: httpx.Request, response: Received, retries: int) -> APIStatusError:
        body, cut = _body_for_error(response)
        return status_error(
            request.method,
            str(request.url),
            self._path(request),
            response.response,
            body,
            truncated=cut,
            retries=retries,
        )

    def _connection_error(self, request: httpx.Request, error: httpx.HTTPError) -> APIConnectionError:
        cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        kind = type(error).__name__
        # A transport's text may quote the URL; it gets the same masking as the path.
        detail = str(error) if self.log_sensitive else redact_phone_numbers(str(error))
        return cls(
            f"{request.method} {self._path(request)} failed: {kind}: {detail}",
            method=request.method,
            url=str(request.url),
        )

    # --- logging -----------------------------------------------------------------------

    def _path(self, request: httpx.Request) -> str:
        path = request.url.path
        return path if self.log_sensitive else redact_phone_numbers(path)

    def _log(self, request: httpx.Request, result: str, elapsed: float, retries: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s in %.1f ms (%d retries)",
                request.method,
                self._path(request),
                result,
                elapsed * 1000,
                retries,
                extra={
                    "flowroute_method": request.method,
                    "flowroute_path": self._path(request),
                    "flowroute_status": result,
                    "flowroute_elapsed_ms": elapsed * 1000,
                    "flowroute_retries": retries,
                },
            )


def _body_for_error(response: Received) -> tuple[str, bool]:
    """The body an exception keeps: at most ``ERROR_BODY_LIMIT`` bytes, and whether it was cut."""
    if len(response.content) <= ERROR_BODY_LIMIT:
        return response.text, response.truncated
    return Received(response.response, response.content[:ERROR_BODY_LIMIT], True).text, True


def drive_sync(run: Run[T], send: Sender, observe: Callable[[Received], object] | None = None) -> T:
    """Perform ``run``'s steps, each attempt through ``send``; ``observe`` sees every answer read
    (``with_raw_response`` keeps the last)."""
    step = next(run)
    while True:
        outcome: Outcome = None
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
        elif isinstance(step, Turn | Settle):
            step.run()
        else:
            try:
                outcome = receive(send, step.request, step.limits)
            except httpx.HTTPError as exc:
                outcome = exc
            else:
                if observe is not None:
                    observe(outcome)
        try:
            step = run.send(outcome)
        except StopIteration as done:
            return cast(T, done.value)


async def drive_async(run: Run[T], send: AsyncSender, observe: Callable[[Received], object] | None = None) -> T:
    """As ``drive_sync``, awaiting the network and sleeps."""
    step = next(run)
    while True:
        outcome: Outcome = None
        if isinstance(step, Sleep):
            import asyncio  # only retries sleep; keeps asyncio out of `import flowroute`

            await asyncio.sleep(step.seconds)
        elif isinstance(step, Turn | Settle):
            await step.run_async()
        else:
            try:
                outcome = await areceive(send, step.request, step.limits)
            except httpx.HTTPError as exc:
                outcome = exc
            else:
                if observe is not None:
                    observe(outcome)
        try:
            step = run.send(outcome)
        except StopIteration as done:
            return cast(T, done.value)

"""Pacing sends to Flowroute's per-key limits before the server has to refuse them.

Flowroute allows 5 SMS and 1 MMS per second per access key, counted per
endpoint as attempts within any 1,000 ms window; failed attempts count, and an
attempt over the limit is answered with 429. The limiters here keep a log of
attempt times (a sliding log, not a token bucket, which would let a burst of
up to twice the limit into some 1,000 ms window) and grant an attempt only when
fewer than the limit were made in the last ``window + margin`` seconds, each
counted from when its answer arrived (see ``RateLimiter``).

* ``LocalRateLimiter``: one process. ``DEFAULT_RATE_LIMITER`` is the one every
  client uses unless told otherwise, so clients sharing a key share its log.
* ``RedisRateLimiter``: many processes or hosts sharing a key; the log lives in
  Redis and one Lua script checks and records each attempt atomically, using
  the Redis server's clock.

The pipeline asks for a turn before every attempt of a send, retries included,
so a retry waits in line like any other attempt.
"""

from __future__ import annotations

import abc
import contextvars
import dataclasses
import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, final

from ._exceptions import FlowrouteError, InvalidParameterError
from ._logging import logger

if TYPE_CHECKING:
    from ._call import Call

__all__ = [
    "DEFAULT_RATE_LIMITER",
    "LocalRateLimiter",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RateLimits",
    "RedisRateLimiter",
]

Kind = Literal["sms", "mms"]
_SEND_PATH: Final = "/v2.1/messages"


@dataclasses.dataclass(frozen=True)
class RateLimits:
    """How many sends a key may start in any ``window`` seconds.

    ``margin`` widens the window the client keeps to. Latency jitter needs no
    margin here, because an attempt counts from when its answer arrived (see
    ``RateLimiter``), which already leaves the answer's trip back as slack; the
    margin covers what the client cannot see, such as Flowroute stamping a
    request later than it arrives. With 5 ms the steady rate is 5 per
    (1.005 s + one round trip); ``bench.pacing`` reports the closest the
    loopback server ever saw six SMS of one key (over 1,000 ms: no window held
    more than five).

    Whether an MMS also uses one of the 5 SMS slots is not documented, so an
    MMS takes a turn in both logs: that is safe whichever way Flowroute counts,
    and costs at most one SMS slot per MMS in a mixed campaign.
    """

    sms: int = 5
    mms: int = 1
    window: float = 1.0
    margin: float = 0.005

    def __post_init__(self) -> None:
        for name in ("sms", "mms"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidParameterError(name, f"{value!r} is not allowed", "an integer >= 1")
        for name in ("window", "margin"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 3600:
                raise InvalidParameterError(name, f"{value!r} is not allowed", "seconds, from 0 to under an hour")
        if self.window <= 0:
            raise InvalidParameterError("window", f"{self.window!r} is not allowed", "a positive number of seconds")

    @property
    def span(self) -> float:
        """The window the client keeps to: ``window + margin`` seconds."""
        return self.window + self.margin

    def rules(self, kind: Kind) -> tuple[tuple[Kind, int], ...]:
        """The logs an attempt of ``kind`` must fit into, with their limits."""
        return (("mms", self.mms), ("sms", self.sms)) if kind == "mms" else (("sms", self.sms),)


class RateLimiterUnavailableError(FlowrouteError):
    """The shared limiter could not be asked (Redis unreachable), so nothing was sent."""


class SendMeter:
    """What send_many learns from the limiter about one send.

    ``waited`` is the seconds spent waiting for turns, over all attempts;
    ``on_first_turn`` runs once, after the first turn is granted and before the
    request goes out (send_many journals the message as being sent there, so a
    message still waiting for its turn at a crash is not reported unknown).
    """

    __slots__ = ("on_first_turn", "waited")

    def __init__(self, on_first_turn: Callable[[], object] | None = None) -> None:
        self.waited: float = 0.0
        self.on_first_turn: Callable[[], object] | None = on_first_turn


# send_many sets one meter per message, so its result can report the wait.
current_meter: contextvars.ContextVar[SendMeter | None] = contextvars.ContextVar("flowroute_meter", default=None)


def send_kind(call: Call[Any]) -> Kind | None:
    """``"sms"`` or ``"mms"`` for a message send, ``None`` for any other call."""
    if call.method != "POST" or call.path.rstrip("/") != _SEND_PATH:
        return None
    body = call.json if isinstance(call.json, Mapping) else {}
    data = body.get("data")
    attributes = data.get("attributes") if isinstance(data, Mapping) else body
    if not isinstance(attributes, Mapping):
        return "sms"
    return "mms" if attributes.get("media_urls") or attributes.get("is_mms") is True else "sms"


@functools.lru_cache(maxsize=64)
def key_id(access_key: str) -> str:
    """A stable name for an access key that does not reveal it (for logs and Redis keys)."""
    import hashlib  # loaded on the first paced send, not by `import flowroute`

    return hashlib.sha256(access_key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Pacer:
    """How one call is paced: which limiter, for which key and kind of send."""

    __slots__ = ("key", "kind", "limiter")

    def __init__(self, limiter: RateLimiter, key: str, kind: Kind) -> None:
        self.limiter: RateLimiter = limiter
        self.key: str = key
        self.kind: Kind = kind

    def turn(self) -> Turn:
        """The step before one attempt; every attempt gets its own ticket in the log."""
        return Turn(self, os.urandom(12).hex())


class Turn:
    """A pipeline step before an attempt: wait until the limiter grants it."""

    __slots__ = ("pacer", "ticket")

    def __init__(self, pacer: Pacer, ticket: str) -> None:
        self.pacer: Pacer = pacer
        self.ticket: str = ticket

    def run(self) -> None:
        pacer, started = self.pacer, time.monotonic()
        while (delay := pacer.limiter.reserve(pacer.key, pacer.kind, self.ticket)) > 0:
            time.sleep(delay)
        self._granted(time.monotonic() - started)

    async def run_async(self) -> None:
        import asyncio

        pacer, started = self.pacer, time.monotonic()
        while (delay := await pacer.limiter.reserve_async(pacer.key, pacer.kind, self.ticket)) > 0:  # noqa: ASYNC110 - a computed time, nobody signals it
            await asyncio.sleep(delay)
        self._granted(time.monotonic() - started)

    def settle(self) -> Settle:
        return Settle(self)

    def _granted(self, waited: float) -> None:
        meter = current_meter.get()
        if meter is not None:
            meter.waited += waited
            first, meter.on_first_turn = meter.on_first_turn, None
            if first is not None:
                first()
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s send waited %.3f s for its turn under the rate limit",
                self.pacer.kind.upper(),
                waited,
                extra={"flowroute_rate_wait_s": waited, "flowroute_rate_kind": self.pacer.kind},
            )


class Settle:
    """A pipeline step after a paced attempt: it has its answer, so it reached Flowroute by now."""

    __slots__ = ("turn",)

    def __init__(self, turn: Turn) -> None:
        self.turn: Turn = turn

    def run(self) -> None:
        pacer = self.turn.pacer
        try:
            pacer.limiter.settle(pacer.key, pacer.kind, self.turn.ticket)
        except Exception as exc:
            self._failed(exc)

    async def run_async(self) -> None:
        pacer = self.turn.pacer
        try:
            await pacer.limiter.settle_async(pacer.key, pacer.kind, self.turn.ticket)
        except Exception as exc:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        # The attempt is made either way; its entry keeps the time it was granted.
        logger.warning("the rate limiter could not record when a send was answered (%s)", type(exc).__name__)


class RateLimiter(abc.ABC):
    """Decides when each send attempt may start; subclasses keep the log of attempts.

    An entry is written when an attempt is granted and moved to the time its
    answer arrived (``settle``): Flowroute received the request somewhere in
    between, so counting from the answer is never early, whatever the latency
    and its jitter (a cold connection, a TLS handshake, a busy event loop). The
    price is one round trip per window of throughput.
    """

    def __init__(self, limits: RateLimits | None = None) -> None:
        if limits is not None and not isinstance(limits, RateLimits):
            raise InvalidParameterError("limits", f"a {type(limits).__name__} was given", "a RateLimits")
        self.limits: RateLimits = limits or RateLimits()

    @abc.abstractmethod
    def reserve(self, key: str, kind: Kind, ticket: str) -> float:
        """Record attempt ``ticket`` now and return 0, or record nothing and return seconds to wait first."""

    @abc.abstractmethod
    def settle(self, key: str, kind: Kind, ticket: str) -> None:
        """Move attempt ``ticket`` to now, when its answer arrived."""

    async def reserve_async(self, key: str, kind: Kind, ticket: str) -> float:
        return self.reserve(key, kind, ticket)

    async def settle_async(self, key: str, kind: Kind, ticket: str) -> None:
        self.settle(key, kind, ticket)

    @final  # send_many relies on every send being paced once a limiter is set
    def pacer_for(self, call: Call[Any], access_key: str) -> Pacer | None:
        """How the pipeline paces each attempt of ``call``; ``None`` when it is not paced."""
        kind = send_kind(call)
        return None if kind is None else Pacer(self, key_id(access_key), kind)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limits={self.limits!r})"


class LocalRateLimiter(RateLimiter):
    """A sliding log per key and kind, shared by every thread and event loop of this process."""

    def __init__(self, limits: RateLimits | None = None) -> None:
        super().__init__(limits)
        self._lock = threading.Lock()
        # Per (key, kind): ticket -> time, kept in time order (settling moves an entry to the end).
        self._logs: dict[tuple[str, Kind], dict[str, float]] = {}

    def reserve(self, key: str, kind: Kind, ticket: str) -> float:
        span = self.limits.span
        with self._lock:
            now = time.monotonic()
            logs = []
            wait = 0.0
            for name, limit in self.limits.rules(kind):
                log = self._logs.setdefault((key, name), {})
                for old in [t for t, at in log.items() if at <= now - span]:
                    del log[old]
                if len(log) >= limit:
                    wait = max(wait, sorted(log.values())[-limit] + span - now)
                logs.append(log)
            if wait > 0:
                return wait
            for log in logs:
                log[ticket] = now
            return 0.0

    def settle(self, key: str, kind: Kind, ticket: str) -> None:
        with self._lock:
            now = time.monotonic()
            for name, _ in self.limits.rules(kind):
                log = self._logs.get((key, name), {})
                if log.pop(ticket, None) is not None:
                    log[ticket] = now


DEFAULT_RATE_LIMITER: Final = LocalRateLimiter()


def check_rate_limiter(limiter: object) -> RateLimiter | None:
    if limiter is None or isinstance(limiter, RateLimiter):
        return limiter
    raise InvalidParameterError(
        "rate_limiter", f"a {type(limiter).__name__} was given", "a flowroute.ratelimit.RateLimiter or None"
    )


# One script, so that checking and recording an attempt is atomic, on Redis's clock.
# KEYS: one sorted set per rule (member: ticket, score: microseconds).
# ARGV: "reserve" or "settle", the ticket, the span in microseconds, each rule's limit.
# reserve returns 0 when the attempt was recorded in every log, otherwise the
# microseconds until the blocking entry leaves its window; settle moves the
# ticket to now in the logs that still hold it.
_LUA: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local span = tonumber(ARGV[3])
if ARGV[1] == 'settle' then
  for _, key in ipairs(KEYS) do
    redis.call('ZADD', key, 'XX', now, ARGV[2])
  end
  return 0
end
local wait = 0
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - span)
  local limit = tonumber(ARGV[i + 3])
  local n = redis.call('ZCARD', key)
  if n >= limit then
    local entry = redis.call('ZRANGE', key, n - limit, n - limit, 'WITHSCORES')
    local w = tonumber(entry[2]) + span - now
    if w > wait then wait = w end
  end
end
if wait > 0 then return math.floor(wait) + 1 end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[2])
  redis.call('PEXPIRE', key, math.ceil(span / 1000) + 1000)
end
return 0
"""


class RedisRateLimiter(RateLimiter):
    """The sliding log in Redis, for many processes or hosts sending with one key.

    ``redis`` is a URL (``redis://host:6379/0``), a ``redis.Redis`` or a
    ``redis.asyncio.Redis``. A URL serves both clients; a ``redis.Redis`` serves
    the async client from a worker thread; a ``redis.asyncio.Redis`` serves only
    the async client. Install the ``redis`` extra (``flowroute-sdk[redis]``).

    Redis's own clock (``TIME``) stamps every attempt, so hosts whose clocks
    disagree still share one window. When Redis cannot be reached the send fails
    with ``RateLimiterUnavailableError`` and is not sent (``on_unavailable="raise"``),
    or this process paces itself alone with a ``LocalRateLimiter``
    (``on_unavailable="local"``), which is only safe when it is the only sender.
    """

    def __init__(
        self,
        redis: Any,
        *,
        limits: RateLimits | None = None,
        prefix: str = "flowroute:rate",
        on_unavailable: Literal["raise", "local"] = "raise",
    ) -> None:
        super().__init__(limits)
        if on_unavailable not in ("raise", "local"):
            raise InvalidParameterError("on_unavailable", f"{on_unavailable!r} is not allowed", "'raise' or 'local'")
        if not isinstance(prefix, str) or not prefix:
            raise InvalidParameterError("prefix", f"{prefix!r} is not allowed", "a non-empty string")
        self._url: str | None = None
        self._sync: Any = None
        self._async: Any = None
        if isinstance(redis, str):
            if not redis.startswith(("redis://", "rediss://", "unix://")):
                raise InvalidParameterError("redis", "not a Redis URL", "redis://host:port/db, or a Redis client")
            self._url = redis
        elif type(redis).__module__.startswith("redis.asyncio"):
            self._async = redis
        elif callable(getattr(redis, "register_script", None)):
            self._sync = redis
        else:
            raise InvalidParameterError("redis", f"a {type(redis).__name__} was given", "a URL or a Redis client")
        self.prefix = prefix
        self.on_unavailable = on_unavailable
        self._fallback = LocalRateLimiter(self.limits)
        self._sync_script: Any = None
        import weakref

        # redis.asyncio connections belong to one event loop, so a URL gets a client per loop.
        self._async_scripts: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def _arguments(self, action: str, key: str, kind: Kind, ticket: str) -> dict[str, list[Any]]:
        rules = self.limits.rules(kind)
        keys = [f"{self.prefix}:{key}:{name}" for name, _ in rules]
        span = round(self.limits.span * 1_000_000)
        return {"keys": keys, "args": [action, ticket, span, *(limit for _, limit in rules)]}

    def _script_sync(self) -> Any:
        if self._sync is None and self._url is None:
            raise RateLimiterUnavailableError(
                "this RedisRateLimiter holds a redis.asyncio client, which only AsyncFlowrouteClient can use; "
                "give it a URL or a redis.Redis for FlowrouteClient"
            )
        with self._lock:
            if self._sync_script is None:
                if self._sync is None:
                    self._sync = _redis_module("redis").Redis.from_url(self._url)
                self._sync_script = self._sync.register_script(_LUA)
            return self._sync_script

    def _script_async(self) -> Any:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            script = self._async_scripts.get(loop)
            if script is None:
                client = self._async or _redis_module("redis.asyncio").Redis.from_url(self._url)
                script = self._async_scripts[loop] = client.register_script(_LUA)
            return script

    def _unavailable(self, exc: Exception, key: str, kind: Kind, ticket: str) -> float:
        if isinstance(exc, RateLimiterUnavailableError):
            raise exc
        if self.on_unavailable == "local":
            logger.warning("Redis rate limiter unreachable (%s); pacing this process alone", type(exc).__name__)
            return self._fallback.reserve(key, kind, ticket)
        raise RateLimiterUnavailableError(
            f"the Redis rate limiter could not be reached ({type(exc).__name__}: {exc}); the send was not "
            "attempted. Pass on_unavailable='local' to pace each process alone instead"
        ) from exc

    def reserve(self, key: str, kind: Kind, ticket: str) -> float:
        try:
            micros = self._script_sync()(**self._arguments("reserve", key, kind, ticket))
        except Exception as exc:  # redis.ConnectionError, TimeoutError, ResponseError…
            return self._unavailable(exc, key, kind, ticket)
        return int(micros) / 1_000_000

    async def reserve_async(self, key: str, kind: Kind, ticket: str) -> float:
        if self._async is None and self._url is None:
            import asyncio

            return await asyncio.to_thread(self.reserve, key, kind, ticket)
        try:
            micros = await self._script_async()(**self._arguments("reserve", key, kind, ticket))
        except Exception as exc:
            return self._unavailable(exc, key, kind, ticket)
        return int(micros) / 1_000_000

    def settle(self, key: str, kind: Kind, ticket: str) -> None:
        self._fallback.settle(key, kind, ticket)
        self._script_sync()(**self._arguments("settle", key, kind, ticket))

    async def settle_async(self, key: str, kind: Kind, ticket: str) -> None:
        self._fallback.settle(key, kind, ticket)
        if self._async is None and self._url is None:
            import asyncio

            await asyncio.to_thread(self.settle, key, kind, ticket)
        else:
            await self._script_async()(**self._arguments("settle", key, kind, ticket))

    def __repr__(self) -> str:
        return f"RedisRateLimiter(limits={self.limits!r}, prefix={self.prefix!r})"


def _redis_module(name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise RateLimiterUnavailableError(
            "RedisRateLimiter needs the redis package: pip install 'flowroute-sdk[redis]'"
        ) from exc

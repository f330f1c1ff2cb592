"""Dedupe stores: who may run the handler for an event, and which events are done.

An event moves through three states per ``dedupe_key``: free, leased (one
worker is running its handler; the lease expires on its own if that worker
dies) and done (its handler succeeded; kept for ``done_ttl``). Only ``claim``
moves an event from free to leased, and it does so atomically, so two
concurrent deliveries can never both run the handler.
"""

from __future__ import annotations

import collections
import threading
import time
from typing import TYPE_CHECKING, Literal, Protocol, TypeAlias

from .._exceptions import InvalidParameterError

if TYPE_CHECKING:
    import redis

Claim: TypeAlias = Literal["acquired", "busy", "done"]


class DedupeStore(Protocol):
    """What ``WebhookReceiver`` needs from a store. ``token`` identifies one claim."""

    def claim(self, key: str, token: str, lease_ms: int) -> Claim:
        """Lease ``key`` for ``lease_ms`` unless it is done or leased by someone else."""
        ...

    def renew(self, key: str, token: str, lease_ms: int) -> bool:
        """Extend this claim's lease; ``False`` if it was lost (expired and maybe taken)."""
        ...

    def complete(self, key: str, token: str, done_ttl_ms: int) -> None:
        """Mark ``key`` done (the handler succeeded) and drop this claim's lease."""
        ...

    def release(self, key: str, token: str) -> None:
        """Drop this claim's lease without marking ``key`` done, so a redelivery can run it."""
        ...


class MemoryDedupeStore:
    """A store in this process's memory: right for one worker process, and the default.

    Holds at most ``max_done`` finished keys (oldest forgotten first) for
    ``done_ttl`` seconds each, so memory stays bounded however many events arrive.
    """

    def __init__(self, *, max_done: int = 100_000) -> None:
        if max_done < 1:
            raise InvalidParameterError("max_done", f"{max_done} was given", "a positive integer")
        self._max_done = max_done
        self._lock = threading.Lock()
        self._leases: dict[str, tuple[str, float]] = {}
        self._done: collections.OrderedDict[str, float] = collections.OrderedDict()

    def claim(self, key: str, token: str, lease_ms: int) -> Claim:
        now = time.monotonic()
        with self._lock:
            expiry = self._done.get(key)
            if expiry is not None:
                if expiry > now:
                    return "done"
                del self._done[key]
            lease = self._leases.get(key)
            if lease is not None and lease[1] > now:
                return "busy"
            self._leases[key] = (token, now + lease_ms / 1000)
            return "acquired"

    def renew(self, key: str, token: str, lease_ms: int) -> bool:
        with self._lock:
            lease = self._leases.get(key)
            if lease is None or lease[0] != token:
                return False
            self._leases[key] = (token, time.monotonic() + lease_ms / 1000)
            return True

    def complete(self, key: str, token: str, done_ttl_ms: int) -> None:
        with self._lock:
            self._drop_lease(key, token)
            self._done[key] = time.monotonic() + done_ttl_ms / 1000
            self._done.move_to_end(key)
            while len(self._done) > self._max_done:
                self._done.popitem(last=False)

    def release(self, key: str, token: str) -> None:
        with self._lock:
            self._drop_lease(key, token)

    def _drop_lease(self, key: str, token: str) -> None:
        lease = self._leases.get(key)
        if lease is not None and lease[0] == token:
            del self._leases[key]

    def __len__(self) -> int:
        """How many keys are leased or done (expired ones included until next touched)."""
        with self._lock:
            return len(self._leases) + len(self._done)


# Each script runs atomically inside Redis. KEYS[1] is the done marker, KEYS[2] the lease.
_CLAIM = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 'done' end
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'acquired' end
return 'busy'
"""
_RENEW = """
if redis.call('GET', KEYS[2]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
return 0
"""
# Done is recorded even when this claim's lease has lapsed: the handler did succeed.
_COMPLETE = """
redis.call('SET', KEYS[1], '1', 'PX', ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return 1
"""
_RELEASE = """
if redis.call('GET', KEYS[2]) == ARGV[1] then return redis.call('DEL', KEYS[2]) end
return 0
"""


_CLAIMS: dict[str, Claim] = {"acquired": "acquired", "busy": "busy", "done": "done"}


class RedisDedupeStore:
    """A store in Redis, shared by every worker process and host behind one callback URL.

    ``client`` is a ``redis.Redis`` or a ``redis://`` URL (install the
    ``flowroute-sdk[redis]`` extra). Keys are ``{prefix}done:{key}`` and
    ``{prefix}lease:{key}``; give each application its own ``prefix``.
    """

    def __init__(self, client: redis.Redis | str, *, prefix: str = "flowroute:webhooks:") -> None:
        if isinstance(client, str):
            try:
                import redis as redis_module
            except ImportError as exc:  # pragma: no cover - depends on the installed extras
                raise InvalidParameterError(
                    "client", "a URL was given but the redis package is missing", "pip install 'flowroute-sdk[redis]'"
                ) from exc
            client = redis_module.Redis.from_url(client)
        self._client = client
        self._prefix = prefix
        self._claim = client.register_script(_CLAIM)
        self._renew = client.register_script(_RENEW)
        self._complete = client.register_script(_COMPLETE)
        self._release = client.register_script(_RELEASE)

    def _keys(self, key: str) -> list[str]:
        return [f"{self._prefix}done:{key}", f"{self._prefix}lease:{key}"]

    def claim(self, key: str, token: str, lease_ms: int) -> Claim:
        answer = self._claim(keys=self._keys(key), args=[token, lease_ms])
        text = answer.decode() if isinstance(answer, bytes) else str(answer)
        return _CLAIMS[text]

    def renew(self, key: str, token: str, lease_ms: int) -> bool:
        return bool(self._renew(keys=self._keys(key), args=[token, lease_ms]))

    def complete(self, key: str, token: str, done_ttl_ms: int) -> None:
        self._complete(keys=self._keys(key), args=[token, done_ttl_ms])

    def release(self, key: str, token: str) -> None:
        self._release(keys=self._keys(key), args=[token])

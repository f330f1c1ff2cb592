"""Faults on demand (error statuses, connection resets, timeouts) and Flowroute's rate limits."""

from __future__ import annotations

import dataclasses
import time
from collections import deque
from collections.abc import Callable
from typing import Literal

FaultKind = Literal["status", "reset", "timeout"]

# Reference §1.8: counted per access key and per endpoint over each 1000 ms, failed attempts included.
SMS_PER_SECOND = 5
MMS_PER_SECOND = 1
WINDOW_SECONDS = 1.0


@dataclasses.dataclass
class Fault:
    operation_id: str
    kind: FaultKind
    status: int
    times: int


class Faults:
    """Queued faults, each used up by the next matching requests."""

    def __init__(self) -> None:
        self._queue: list[Fault] = []

    def add(self, fault: Fault) -> None:
        self._queue.append(fault)

    def take(self, operation_id: str) -> Fault | None:
        for fault in self._queue:
            if fault.operation_id in (operation_id, "*"):
                fault.times -= 1
                if fault.times <= 0:
                    self._queue.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self._queue.clear()


class RateLimiter:
    """A sliding one-second window of attempts per (access key, bucket)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._attempts: dict[tuple[str, str], deque[float]] = {}

    def allow(self, key: str, bucket: str, per_second: int) -> bool:
        now = self.clock()
        window = self._attempts.setdefault((key, bucket), deque())
        while window and now - window[0] >= WINDOW_SECONDS:
            window.popleft()
        window.append(now)
        return len(window) <= per_second

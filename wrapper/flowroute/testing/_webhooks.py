"""Webhooks the fake POSTs to URLs the account registered: inbound messages, receipts, port events."""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable
from typing import Any

import httpx

# Flowroute re-sends a webhook that got no 200 four more times (reference §8.3).
MAX_RESENDS = 4


@dataclasses.dataclass
class Delivery:
    """One webhook: what was sent where, and every answer it got."""

    kind: str
    url: str
    payload: dict[str, Any]
    attempts: list[int | str] = dataclasses.field(default_factory=list)

    @property
    def delivered(self) -> bool:
        return bool(self.attempts) and self.attempts[-1] == 200

    @property
    def resends_left(self) -> int:
        return max(0, 1 + MAX_RESENDS - len(self.attempts))


class Webhooks:
    """Webhooks queued while the fake holds its lock, and POSTed with httpx once it lets go.

    Sending after the lock is released lets a receiver call the fake back (say, to read
    the message a receipt is about) without deadlock. With ``defer`` set they wait for
    ``flush()`` instead.
    """

    def __init__(self, check: Callable[[str, dict[str, Any]], None] | None = None) -> None:
        self.log: list[Delivery] = []
        self.defer = False
        self.timeout: float = 5.0
        self._pending: list[Delivery] = []
        self._pending_lock = threading.Lock()
        self._check = check
        self._http: httpx.Client | None = None

    def send(self, kind: str, url: str, payload: dict[str, Any]) -> Delivery:
        """Queue a webhook; ``release()`` or ``flush()`` POSTs it."""
        if self._check is not None:
            self._check(kind, payload)
        delivery = Delivery(kind, url, payload)
        with self._pending_lock:
            self.log.append(delivery)
            self._pending.append(delivery)
        return delivery

    def release(self) -> None:
        """POST what is queued, unless webhooks are deferred."""
        if not self.defer:
            self.flush()

    def flush(self) -> list[Delivery]:
        with self._pending_lock:
            pending, self._pending = self._pending, []
        for delivery in pending:
            self.attempt(delivery)
        return pending

    def attempt(self, delivery: Delivery) -> None:
        with self._pending_lock:
            if self._http is None:
                self._http = httpx.Client(timeout=self.timeout)
            http = self._http
        try:
            response = http.post(
                delivery.url,
                content=json.dumps(delivery.payload).encode(),
                headers={"Content-Type": "application/json"},
            )
            delivery.attempts.append(response.status_code)
        except httpx.HTTPError as exc:
            delivery.attempts.append(type(exc).__name__)

    def retry_failed(self) -> list[Delivery]:
        """Re-send every webhook whose last attempt got no 200, as Flowroute would (up to four times)."""
        retried = [d for d in self.log if d.attempts and not d.delivered and d.resends_left > 0]
        for delivery in retried:
            self.attempt(delivery)
        return retried

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

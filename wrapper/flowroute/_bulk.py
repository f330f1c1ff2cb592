"""``messages.send_many`` for both clients: one batch core, two ways to run its workers.

The contract, whichever client runs it:

* Every message is checked, and its request built, before anything is sent. A
  message that cannot be sent is that message's result; ``all_or_nothing=True``
  instead raises ``BatchRejectedError`` and sends nothing.
* One ``SendResult`` per message, in input order, each ``accepted``, ``failed``
  (Flowroute provably did not send it) or ``unknown`` (it may have been sent).
* At most ``concurrency`` messages are in flight, and the client's rate limiter
  paces every attempt. ``SendResult.waited`` says how long each waited for its turns.
* When ``send_many`` returns or raises, no worker it started is still running.
  If it is interrupted (cancelled, Ctrl-C, or ``progress`` raised), the
  exception propagates once in-flight work has stopped; ``progress`` has by then
  been told the result of every message that finished, and the journal holds them.
* With ``journal=path`` a rerun never resends an accepted message, and leaves a
  message that was in flight when the last run died as ``unknown`` unless
  ``resend_unknown=True``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import httpx

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    BatchRejectedError,
    FlowrouteError,
    InvalidParameterError,
    JournalError,
    SendOutcomeUnknownError,
)
from ._public import present
from .ratelimit import RateLimiter, RateLimiterUnavailableError, SendMeter, current_meter

if TYPE_CHECKING:
    from flowroute_api.models import MessageAccepted, OutboundMessage, OutboundMessageDocument

    from ._call import Call
    from ._journal import Journal
    from ._resources import AsyncResource, SyncResource

OutgoingMessage: TypeAlias = "Mapping[str, Any] | OutboundMessage | OutboundMessageDocument"
Status = Literal["accepted", "failed", "unknown"]

DEFAULT_SYNC_CONCURRENCY = 4
DEFAULT_ASYNC_CONCURRENCY = 10
# Failures where the request provably never reached Flowroute.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclasses.dataclass(frozen=True)
class SendResult:
    """What happened to one message of ``send_many``.

    ``status`` is ``"accepted"`` (``mdr_id`` set; ``accepted`` too unless the
    result came from the journal), ``"failed"`` (``error`` set; Flowroute did
    not send it, so sending it again is safe) or ``"unknown"`` (``error`` set;
    it may have been sent: check its MDRs before sending it again). ``waited``
    is the seconds it spent waiting for rate-limit turns.
    """

    index: int
    message: OutgoingMessage
    accepted: MessageAccepted | None = None
    error: FlowrouteError | None = None
    status: Status = "failed"
    mdr_id: str | None = None
    waited: float = 0.0
    from_journal: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "accepted"


@dataclasses.dataclass(frozen=True)
class SendProgress:
    """Passed to ``progress`` each time a message has its final result."""

    done: int
    total: int
    result: SendResult


Progress: TypeAlias = "Callable[[SendProgress], object]"


def _call_for(message: OutgoingMessage) -> Call[MessageAccepted]:
    from flowroute_api.models import OutboundMessage, OutboundMessageDocument

    from ._operations.messages import send, send_a_message

    if isinstance(message, OutboundMessage | OutboundMessageDocument):
        return send_a_message(message)
    if not isinstance(message, Mapping):
        raise InvalidParameterError("messages[]", f"a {type(message).__name__} was given", "a dict or a message model")
    # Accept both the keyword form of send() ("from_") and the API's JSON ("from").
    if "from" in message and "from_" not in message:
        return send_a_message(dict(message))
    return send(**message)


def _checked_call(index: int, message: OutgoingMessage) -> Call[MessageAccepted]:
    """The message's request, fully built once, or an ``InvalidParameterError`` naming it."""
    try:
        call = _call_for(message)
        # Encoding the request here catches what only encoding finds (a lone surrogate, say).
        params: Any = call.params
        httpx.Request(call.method, "https://preflight.invalid" + call.path, params=params, json=call.json)
    except InvalidParameterError:
        raise
    except Exception as exc:  # TypeError for an unknown keyword, UnicodeEncodeError, ValueError, RecursionError…
        raise InvalidParameterError(
            f"messages[{index}]",
            f"it cannot be sent ({type(exc).__name__}: {str(exc)[:200]})",
            "a message send() takes",
        ) from exc
    return call


def _fingerprint(call: Call[Any]) -> str:
    text = json.dumps([call.method, call.path, call.json], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _status_of(error: FlowrouteError) -> Status:
    if isinstance(error, InvalidParameterError | RateLimiterUnavailableError | JournalError):
        return "failed"  # raised before the request went out
    if isinstance(error, APIStatusError):
        # A 4xx (429 included) is a refusal; a 5xx or 408 may come after the message went out.
        return "failed" if 400 <= error.status_code < 500 and error.status_code != 408 else "unknown"
    if isinstance(error, APIConnectionError) and isinstance(error.__cause__, _NOT_SENT):
        return "failed"
    return "unknown"


def _describe(error: BaseException) -> str:
    # For the journal: no message text, which can echo a phone number or the body.
    status = getattr(error, "status_code", None)
    return type(error).__name__ if status is None else f"{type(error).__name__} ({status})"


class _Slot:
    """Where a worker puts the answer of the send it made."""

    __slots__ = ("accepted",)

    def __init__(self) -> None:
        self.accepted: MessageAccepted | None = None


class _Batch:
    """The state of one ``send_many`` call, safe to share between worker threads or tasks."""

    def __init__(
        self,
        messages: Iterable[OutgoingMessage],
        concurrency: int,
        journal: str | os.PathLike[str] | None,
        progress: Progress | None,
        all_or_nothing: bool,
        resend_unknown: bool,
    ) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InvalidParameterError("concurrency", f"{concurrency!r} is not allowed", "an integer >= 1")
        if progress is not None and not callable(progress):
            raise InvalidParameterError("progress", f"a {type(progress).__name__} was given", "a callable or None")
        if isinstance(messages, str | bytes | Mapping) or not isinstance(messages, Iterable):
            raise InvalidParameterError("messages", f"a {type(messages).__name__} was given", "an iterable of messages")
        self.messages = list(messages)
        self.total = len(self.messages)
        self.concurrency = concurrency
        self._progress = progress
        self._results: list[SendResult | None] = [None] * self.total
        self._done = 0
        self._lock = threading.Lock()
        self._journal: Journal | None = None

        calls: dict[int, Call[MessageAccepted]] = {}
        refused: dict[int, InvalidParameterError] = {}
        for index, message in enumerate(self.messages):
            try:
                calls[index] = _checked_call(index, message)
            except InvalidParameterError as exc:
                refused[index] = exc
        if refused and all_or_nothing:
            raise BatchRejectedError(refused, self.total)
        self._calls = calls
        self._queue: deque[int] = deque()
        entries = self._open_journal(journal, calls, refused)
        try:
            # Results known before any send go to progress first, so a bar starts where the last run ended.
            for index in range(self.total):
                if index in refused:
                    self._finish(index, "failed", error=refused[index])
                elif entries is None or index not in entries:
                    self._queue.append(index)
                else:
                    self._restore(index, entries[index], resend_unknown)
        except BaseException:
            self.close()
            raise

    def _open_journal(
        self,
        path: str | os.PathLike[str] | None,
        calls: Mapping[int, Call[Any]],
        refused: Mapping[int, InvalidParameterError],
    ) -> Mapping[int, Any] | None:
        if path is None:
            return None
        from ._journal import Journal  # sqlite3 loads only for campaigns that use a journal

        self._journal = Journal(path)
        try:
            fingerprints: dict[int, str | None] = {i: _fingerprint(c) for i, c in calls.items()}
            fingerprints.update(dict.fromkeys(refused))
            return self._journal.start(fingerprints)
        except BaseException:
            self.close()
            raise

    def _restore(self, index: int, entry: Any, resend_unknown: bool) -> None:
        if entry.state == "accepted":
            self._finish(index, "accepted", mdr_id=entry.mdr_id, from_journal=True)
        elif entry.state == "unknown" and not resend_unknown:
            error = SendOutcomeUnknownError(
                f"message {index} may have been sent by an earlier run ({entry.detail}); check its MDRs, "
                "or pass resend_unknown=True to send it again"
            )
            self._finish(index, "unknown", error=error, from_journal=True)
        else:  # pending, failed (provably not sent), or unknown with resend_unknown
            self._queue.append(index)

    def __enter__(self) -> _Batch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def resume_wait(self, limiter: RateLimiter | None) -> float:
        """Seconds until an earlier run's last sends have left the rate window.

        After a crash this process's limiter has never seen them, yet Flowroute
        still counts them; without the wait a quick rerun could get 429s.
        """
        last = self._journal.last_attempt if self._journal is not None else None
        if limiter is None or last is None:
            return 0.0
        return max(0.0, last + limiter.limits.window + limiter.limits.margin - time.time())

    @property
    def workers(self) -> int:
        return min(self.concurrency, len(self._queue))

    def take(self) -> tuple[int, Call[MessageAccepted]] | None:
        """The next message to send, or None when none is left; safe from any thread."""
        try:
            index = self._queue.popleft()
        except IndexError:
            return None
        return index, self._calls[index]

    @contextlib.contextmanager
    def sending(self, index: int, paced: bool) -> Iterator[_Slot]:
        """Journal, meter and settle one send made inside the ``with`` block.

        ``paced``: the client's rate limiter grants the send a turn first, and
        the message is journaled as being sent then rather than before it waits.
        """
        journal, on_first_turn = self._journal, None
        if journal is not None:
            if paced:
                on_first_turn = functools.partial(journal.record, index, "sending")
            else:
                journal.record(index, "sending")
        meter = SendMeter(on_first_turn)
        token = current_meter.set(meter)
        slot = _Slot()
        try:
            yield slot
        except FlowrouteError as exc:
            self._finish(index, _status_of(exc), error=exc, waited=meter.waited)
        except Exception as exc:  # an SDK bug must not lose track of a maybe-sent message
            error = SendOutcomeUnknownError(f"message {index}: unexpected {type(exc).__name__}: {str(exc)[:300]}")
            error.__cause__ = exc
            self._finish(index, "unknown", error=error, waited=meter.waited)
        except BaseException as exc:  # cancelled or interrupted with the request possibly out
            error = SendOutcomeUnknownError(f"message {index}: interrupted while being sent ({type(exc).__name__})")
            with contextlib.suppress(Exception):
                self._finish(index, "unknown", error=error, waited=meter.waited)
            raise
        else:
            accepted = slot.accepted
            mdr_id = accepted.data.id if accepted is not None else None
            self._finish(index, "accepted", accepted=accepted, mdr_id=mdr_id, waited=meter.waited)
        finally:
            current_meter.reset(token)

    def _finish(
        self,
        index: int,
        status: Status,
        *,
        accepted: MessageAccepted | None = None,
        error: FlowrouteError | None = None,
        mdr_id: str | None = None,
        waited: float = 0.0,
        from_journal: bool = False,
    ) -> None:
        result = SendResult(
            index, self.messages[index], accepted, error, status, mdr_id, round(waited, 6), from_journal
        )
        if self._journal is not None and not from_journal and index in self._calls:
            self._journal.record(index, status, mdr_id=mdr_id, detail=_describe(error) if error else None)
        with self._lock:
            self._results[index] = result
            self._done += 1
            if self._progress is not None:
                self._progress(SendProgress(self._done, self.total, result))

    def results(self) -> list[SendResult]:
        missing = [i for i, r in enumerate(self._results) if r is None]
        assert not missing, f"send_many finished without results for {missing[:5]}"
        return [r for r in self._results if r is not None]


def sync_send_many(
    self: SyncResource,
    messages: Iterable[OutgoingMessage],
    *,
    concurrency: int = DEFAULT_SYNC_CONCURRENCY,
    journal: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    all_or_nothing: bool = False,
    resend_unknown: bool = False,
) -> list[SendResult]:
    """Send every message, paced, with at most ``concurrency`` sends in flight.

    Each item is a dict of ``send()`` keywords (``to``, ``from_``, ``body``,
    ``media_urls``…), a dict in the API's own JSON, or a message model. Returns
    one ``SendResult`` per message, in input order; see the README's "Bulk
    sending" for the whole contract. Worker threads run the sends; ``progress``
    is called from them, one call at a time.
    """
    client = self._client
    paced = client.rate_limiter is not None
    with _Batch(messages, concurrency, journal, progress, all_or_nothing, resend_unknown) as batch:
        if batch.workers:
            from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

            time.sleep(batch.resume_wait(client.rate_limiter))

            stop = threading.Event()

            def worker() -> None:
                try:
                    while not stop.is_set() and (job := batch.take()) is not None:
                        index, call = job
                        with batch.sending(index, paced) as slot:
                            slot.accepted = client._execute(call)
                except BaseException:
                    stop.set()  # one worker's failure ends the batch for all
                    raise

            pool = ThreadPoolExecutor(batch.workers, thread_name_prefix="flowroute-send")
            futures = [pool.submit(worker) for _ in range(batch.workers)]
            try:
                wait(futures, return_when=FIRST_EXCEPTION)
            finally:
                # On an error or Ctrl-C: start nothing new, and let in-flight sends settle.
                stop.set()
                pool.shutdown(wait=True, cancel_futures=True)
            for future in futures:
                future.result()
        return batch.results()


async def async_send_many(
    self: AsyncResource,
    messages: Iterable[OutgoingMessage],
    *,
    concurrency: int = DEFAULT_ASYNC_CONCURRENCY,
    journal: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    all_or_nothing: bool = False,
    resend_unknown: bool = False,
) -> list[SendResult]:
    """Send every message, paced, with at most ``concurrency`` sends in flight.

    Each item is a dict of ``send()`` keywords (``to``, ``from_``, ``body``,
    ``media_urls``…), a dict in the API's own JSON, or a message model. Returns
    one ``SendResult`` per message, in input order; see the README's "Bulk
    sending" for the whole contract. Cancelling it cancels its sends (those in
    flight become ``unknown``) and waits for them before the ``CancelledError``
    propagates.
    """
    import asyncio  # kept out of `import flowroute`: httpx itself does not load asyncio

    client = self._client
    paced = client.rate_limiter is not None
    with _Batch(messages, concurrency, journal, progress, all_or_nothing, resend_unknown) as batch:
        if batch.workers:
            await asyncio.sleep(batch.resume_wait(client.rate_limiter))

        async def worker() -> None:
            while (job := batch.take()) is not None:
                index, call = job
                with batch.sending(index, paced) as slot:
                    slot.accepted = await client._execute(call)

        tasks = [asyncio.create_task(worker()) for _ in range(batch.workers)]
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        return batch.results()


present(SendResult, SendProgress)

"""The crash-safe record of a ``send_many`` campaign: one SQLite row per message.

A row moves ``pending`` → ``sending`` → ``accepted`` (with its MDR id),
``failed`` (Flowroute provably did not send it) or ``unknown`` (it may have been
sent). Each change is its own committed transaction in WAL mode with
``synchronous=FULL``, and ``sending`` is committed before the request leaves,
so after ``kill -9`` at any instant every row says what may have happened. A
row still ``sending`` when a run starts was in flight when the last run died:
it becomes ``unknown``. Rows hold a fingerprint of the request, never the
phone numbers or the text.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import threading
import time
from collections.abc import Mapping
from typing import IO, Literal

from ._exceptions import InvalidParameterError, JournalError

State = Literal["pending", "sending", "accepted", "failed", "unknown"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sends (
    position INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'accepted', 'failed', 'unknown')),
    mdr_id TEXT,
    detail TEXT,
    updated_at REAL NOT NULL
)
"""


@dataclasses.dataclass(frozen=True)
class Entry:
    state: State
    mdr_id: str | None
    detail: str | None


class Journal:
    """One campaign's journal file; only one run may hold it at a time."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        if not isinstance(path, str | os.PathLike):
            raise InvalidParameterError("journal", f"a {type(path).__name__} was given", "a path to an SQLite file")
        self.path = os.fspath(path)
        # Wall-clock time of the last send an earlier run recorded (set by start()).
        self.last_attempt: float | None = None
        self._lock = threading.Lock()
        self._run_lock = self._hold_run_lock()
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute(_SCHEMA)
        except sqlite3.Error as exc:
            self._release_run_lock()
            raise InvalidParameterError(
                "journal", f"{self.path!r} cannot be used as a journal ({exc})", "a new file or an earlier journal"
            ) from exc

    def _hold_run_lock(self) -> IO[str] | None:
        # Two runs of one campaign at once would both send; an OS lock dies with its process.
        try:
            import fcntl
        except ImportError:  # Windows: no advisory lock; one run at a time is then up to the caller
            return None
        try:
            handle = open(f"{self.path}.lock", "a")  # noqa: SIM115 - held for the journal's life
        except OSError as exc:
            raise InvalidParameterError(
                "journal", f"cannot create {self.path!r}.lock ({exc})", "a writable path"
            ) from exc
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise JournalError(f"journal {self.path!r} is in use by another send_many run") from exc
        return handle

    def _release_run_lock(self) -> None:
        if self._run_lock is not None:
            self._run_lock.close()
            self._run_lock = None

    def start(self, fingerprints: Mapping[int, str | None]) -> dict[int, Entry]:
        """Reconcile the journal with this run's messages, in one transaction.

        Returns the entry of every valid message. A position recorded for a
        different message means the input changed, and nothing is sent.
        """
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    found = {
                        row[0]: row[1:]
                        for row in self._db.execute("SELECT position, fingerprint, state, mdr_id, detail FROM sends")
                    }
                    for position, (recorded, *_rest) in found.items():
                        if fingerprints.get(position, recorded) != recorded:
                            raise InvalidParameterError(
                                "journal",
                                f"message {position} is not the message this journal recorded at that position",
                                "the same messages, in the same order, as the run that wrote the journal",
                            )
                    # When an earlier run last sent: its attempts may still count in Flowroute's window.
                    (self.last_attempt,) = self._db.execute(
                        "SELECT MAX(updated_at) FROM sends WHERE state != 'pending'"
                    ).fetchone()
                    now = time.time()
                    self._db.execute(
                        "UPDATE sends SET state = 'unknown', detail = ?, updated_at = ? WHERE state = 'sending'",
                        ("in flight when an earlier run stopped", now),
                    )
                    self._db.executemany(
                        "INSERT INTO sends (position, fingerprint, state, updated_at) VALUES (?, ?, 'pending', ?)",
                        [(p, f, now) for p, f in fingerprints.items() if f is not None and p not in found],
                    )
                    rows = self._db.execute("SELECT position, state, mdr_id, detail FROM sends").fetchall()
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise JournalError(f"journal {self.path!r} could not be read: {exc}") from exc
        return {p: Entry(s, m, d) for p, s, m, d in rows if fingerprints.get(p) is not None}

    def record(self, position: int, state: State, *, mdr_id: str | None = None, detail: str | None = None) -> None:
        """Commit one state change; a single UPDATE is its own transaction."""
        with self._lock:
            try:
                self._db.execute(
                    "UPDATE sends SET state = ?, mdr_id = ?, detail = ?, updated_at = ? WHERE position = ?",
                    (state, mdr_id, detail, time.time(), position),
                )
            except sqlite3.Error as exc:
                raise JournalError(f"journal {self.path!r} could not record message {position}: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._db.close()
            self._release_run_lock()

"""send_many: one result per message, failures isolated, nothing left running, a journal that holds.

Both clients run the same contract; most tests run each case on both.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import flowroute
import httpx
import pytest
from flowroute import (
    AsyncFlowrouteClient,
    BatchRejectedError,
    JournalError,
    RetryPolicy,
    SendOutcomeUnknownError,
    SendProgress,
)
from flowroute.ratelimit import LocalRateLimiter, RateLimits

from tests.faultserver import Fault, FaultPlan, FaultServer
from tests.support import async_client, sync_client

FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.002, rate_limit_backoff=0.001)
FROM = "16175550142"
TO = "16175550199"


def texts(n: int, tag: str = "msg") -> list[dict[str, Any]]:
    return [{"to": TO, "from_": FROM, "body": f"{tag} {i}"} for i in range(n)]


class Recorder:
    """A Flowroute stand-in for MockTransport: records each send's text; answers may be scripted per text."""

    def __init__(self, answers: dict[str, int] | None = None, delay: float = 0.0) -> None:
        self.bodies: list[str] = []
        self.answers = answers or {}
        self.delay = delay
        self.lock = threading.Lock()

    def answer(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)["body"]
        with self.lock:
            self.bodies.append(body)
        status = self.answers.get(body, 202)
        if status != 202:
            return httpx.Response(status, json={"errors": [{"status": status}]})
        mdr = f"mdr2-{uuid.uuid4().hex}"
        return httpx.Response(202, json={"data": {"type": "message", "id": mdr, "links": {"self": f"/x/{mdr}"}}})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.delay:
            time.sleep(self.delay)
        return self.answer(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        if self.delay:
            await asyncio.sleep(self.delay)
        return self.answer(request)


def send_many(mode: str, recorder: Recorder, messages: Any, **options: Any) -> list[flowroute.SendResult]:
    """The same call on the sync or the async client."""
    if mode == "sync":
        with sync_client(recorder, max_retries=0) as client:
            return client.messages.send_many(messages, **options)

    async def main() -> list[flowroute.SendResult]:
        async with async_client(recorder.async_handler, max_retries=0) as client:
            return await client.messages.send_many(messages, **options)

    return asyncio.run(main())


both = pytest.mark.parametrize("mode", ["sync", "async"])


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_every_message_gets_a_result_in_order(transport: Any) -> None:
    messages: list[Any] = [{"to": "16175550199", "from_": "16175550142", "body": f"msg {i}"} for i in range(60)]
    messages[7] = {"to": "not-a-number", "from_": "16175550142", "body": "bad"}
    messages[8] = {"to": "16175550199", "from": "16175550142", "body": "api json form"}
    messages[9] = {"to": "16175550199", "from_": "16175550142", "body": "x", "colour": "red"}
    with FaultServer(FaultPlan()) as server:
        # The first requests to arrive fail after processing: a send must not be resent.
        server.script([Fault.SERVER_ERROR_500_PROCESSED] * 3)
        async with AsyncFlowrouteClient(
            "key", "secret", base_url=server.url, transport=transport, retry_policy=FAST, rate_limiter=None
        ) as client:
            results = await client.messages.send_many(messages, concurrency=8)
        stats = server.stats()
    assert [r.index for r in results] == list(range(60))
    assert all(r.message is messages[r.index] for r in results)
    assert isinstance(results[7].error, flowroute.InvalidParameterError)
    assert results[7].error.parameter == "to"
    assert isinstance(results[9].error, flowroute.InvalidParameterError)
    assert results[8].ok
    # A 500 after processing may hide a sent message: unknown, not failed.
    server_errors = [r for r in results if isinstance(r.error, flowroute.ServerError)]
    assert len(server_errors) == 3 and {r.status for r in server_errors} == {"unknown"}
    assert sum(r.ok for r in results) == 60 - 2 - 3
    assert all(r.mdr_id is not None and r.mdr_id.startswith("mdr2-") for r in results if r.ok)
    # Each valid message reached the server exactly once.
    assert sorted(stats.sends_by_body.values()) == [1] * 58


@both
def test_hostile_messages_are_their_own_results_and_the_rest_are_sent(mode: str) -> None:
    messages: list[Any] = texts(12)
    messages[2] = {"to": TO, "from_": FROM, "body": "lone \ud800 surrogate"}
    messages[4] = {"to": "1" * 5000, "from_": FROM, "body": "huge to"}
    messages[6] = 42
    messages[8] = {"to": TO, "from_": FROM, "body": "x", "colour": "red"}
    messages[10] = {"to": TO, "from": FROM, "body": "x", "media_urls": "not a list"}
    recorder = Recorder()
    results = send_many(mode, recorder, messages, concurrency=3)
    bad = {2, 4, 6, 8, 10}
    assert [r.status for r in results] == ["failed" if i in bad else "accepted" for i in range(12)]
    assert all(isinstance(results[i].error, flowroute.InvalidParameterError) for i in bad)
    assert sorted(recorder.bodies) == sorted(f"msg {i}" for i in range(12) if i not in bad)


@both
def test_all_or_nothing_refuses_the_batch_before_sending_anything(mode: str) -> None:
    messages: list[Any] = texts(5)
    messages[3] = {"to": TO, "from_": FROM, "body": "\udfff"}
    recorder = Recorder()
    with pytest.raises(BatchRejectedError) as info:
        send_many(mode, recorder, messages, all_or_nothing=True)
    assert set(info.value.errors) == {3}
    assert "messages[3]" in str(info.value)
    assert isinstance(info.value, flowroute.FlowrouteError)
    assert recorder.bodies == []
    assert len(send_many(mode, recorder, texts(3), all_or_nothing=True)) == 3


@both
def test_statuses_say_whether_a_failed_message_may_have_been_sent(mode: str) -> None:
    recorder = Recorder({"msg 0": 400, "msg 1": 429, "msg 2": 500, "msg 3": 503})
    results = send_many(mode, recorder, texts(5))
    assert [r.status for r in results] == ["failed", "failed", "unknown", "unknown", "accepted"]


def test_a_connection_refused_is_failed_not_unknown() -> None:
    with flowroute.FlowrouteClient("k", "s", base_url="http://127.0.0.1:1", rate_limiter=None, max_retries=0) as c:
        results = c.messages.send_many(texts(2))
    assert [r.status for r in results] == ["failed", "failed"]
    assert all(isinstance(r.error, flowroute.APIConnectionError) for r in results)


@both
def test_progress_counts_every_result_once(mode: str) -> None:
    seen: list[SendProgress] = []
    messages: list[Any] = texts(7)
    messages[0] = {"to": "x"}
    send_many(mode, Recorder(), messages, progress=seen.append, concurrency=3)
    assert sorted(p.done for p in seen) == list(range(1, 8))
    assert {p.total for p in seen} == {7}
    assert sorted(p.result.index for p in seen) == list(range(7))


@pytest.mark.parametrize("bad", [{"concurrency": 0}, {"concurrency": True}, {"progress": "bar"}])
def test_options_are_validated(bad: dict[str, Any]) -> None:
    with pytest.raises(flowroute.InvalidParameterError, match=next(iter(bad))):
        send_many("sync", Recorder(), texts(1), **bad)


def test_messages_must_be_an_iterable_of_messages() -> None:
    with pytest.raises(flowroute.InvalidParameterError, match="messages"):
        send_many("sync", Recorder(), {"to": TO, "from_": FROM, "body": "a dict, not a list"})


async def test_concurrency_is_bounded() -> None:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.005)
        in_flight -= 1
        return await Recorder().async_handler(request)

    async with async_client(handler) as client:
        results = await client.messages.send_many(texts(40), concurrency=5)
    assert len(results) == 40
    assert peak == 5


@pytest.mark.prism
@both
def test_send_many_requests_pass_prism_validation(mode: str, prism_url: str) -> None:
    messages: list[Any] = texts(3)
    messages.append({"to": TO, "from": FROM, "body": "the API's JSON", "media_urls": ["https://example.com/a.jpg"]})

    async def main() -> list[flowroute.SendResult]:
        async with AsyncFlowrouteClient("access-key", "secret-key", base_url=prism_url, rate_limiter=None) as c:
            return await c.messages.send_many(messages)

    if mode == "sync":
        with flowroute.FlowrouteClient("access-key", "secret-key", base_url=prism_url, rate_limiter=None) as c:
            results = c.messages.send_many(messages)
    else:
        results = asyncio.run(main())
    # Prism (started with errors=True) refuses a request that does not match the spec.
    assert [r.status for r in results] == ["accepted"] * 4, [r.error for r in results]
    assert all(r.mdr_id for r in results)


# --- nothing keeps running after send_many ---------------------------------------------------------


async def test_cancelling_stops_every_send_and_reports_what_was_accepted() -> None:
    recorder = Recorder(delay=0.05)
    seen: list[SendProgress] = []
    async with async_client(recorder.async_handler) as client:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(
                client.messages.send_many(texts(100), concurrency=5, progress=seen.append), timeout=0.3
            )
        sent_at_cancel = len(recorder.bodies)
        await asyncio.sleep(0.3)
    assert len(recorder.bodies) == sent_at_cancel < 100  # nothing kept sending in the background
    accepted = [p.result for p in seen if p.result.status == "accepted"]
    interrupted = [p.result for p in seen if p.result.status == "unknown"]
    assert accepted and len(interrupted) <= 5
    assert all(isinstance(r.error, SendOutcomeUnknownError) for r in interrupted)
    assert {r.message["body"] for r in accepted} <= set(recorder.bodies)


@both
def test_an_exception_from_progress_stops_the_batch_and_its_workers(mode: str) -> None:
    recorder = Recorder(delay=0.02)

    def progress(update: SendProgress) -> None:
        if update.done == 5:
            raise RuntimeError("the progress bar broke")

    with pytest.raises(RuntimeError, match="progress bar"):
        send_many(mode, recorder, texts(100), concurrency=4, progress=progress)
    sent = len(recorder.bodies)
    time.sleep(0.2)
    assert len(recorder.bodies) == sent < 20


# --- journal ------------------------------------------------------------------------------------


def journal_states(path: Path) -> dict[int, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT position, state FROM sends"))


@both
def test_a_rerun_sends_only_what_was_not_accepted(mode: str, tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite"
    first = Recorder({"msg 1": 429, "msg 3": 503})
    results = send_many(mode, first, texts(5), journal=journal)
    assert [r.status for r in results] == ["accepted", "failed", "accepted", "unknown", "accepted"]
    assert journal_states(journal) == {0: "accepted", 1: "failed", 2: "accepted", 3: "unknown", 4: "accepted"}

    second = Recorder()
    rerun = send_many(mode, second, texts(5), journal=journal)
    assert second.bodies == ["msg 1"]  # the refused one only: never an accepted one, not the unknown one
    assert [r.status for r in rerun] == ["accepted", "accepted", "accepted", "unknown", "accepted"]
    assert rerun[0].from_journal and rerun[0].mdr_id == results[0].mdr_id
    assert isinstance(rerun[3].error, SendOutcomeUnknownError)

    third = Recorder()
    send_many(mode, third, texts(5), journal=journal, resend_unknown=True)
    assert third.bodies == ["msg 3"]
    assert send_many(mode, Recorder(), texts(5), journal=journal)[3].status == "accepted"


def test_a_message_in_flight_at_a_crash_is_unknown_and_not_resent(tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite"
    send_many("sync", Recorder(), texts(3), journal=journal)
    with sqlite3.connect(journal) as db:  # what a run killed during its send of message 1 leaves
        db.execute("UPDATE sends SET state = 'sending', mdr_id = NULL WHERE position = 1")
    recorder = Recorder()
    results = send_many("sync", recorder, texts(3), journal=journal)
    assert recorder.bodies == []
    assert [r.status for r in results] == ["accepted", "unknown", "accepted"]
    assert journal_states(journal)[1] == "unknown"


@both
def test_only_a_message_granted_its_turn_is_journaled_as_sending(mode: str, tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite"
    sending_seen: list[int] = []
    recorder = Recorder()

    def handler(request: httpx.Request) -> httpx.Response:
        # Read as a crash would find it: the others are still waiting for their turn.
        with sqlite3.connect(journal) as db:
            sending_seen.append(db.execute("SELECT count(*) FROM sends WHERE state = 'sending'").fetchone()[0])
        return recorder.answer(request)

    async def async_handler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    limiter = LocalRateLimiter(RateLimits(sms=1, window=0.05, margin=0.0))
    if mode == "sync":
        with sync_client(handler, rate_limiter=limiter) as client:
            results = client.messages.send_many(texts(6), concurrency=4, journal=journal)
    else:

        async def main() -> list[flowroute.SendResult]:
            async with async_client(async_handler, rate_limiter=limiter) as client:
                return await client.messages.send_many(texts(6), concurrency=4, journal=journal)

        results = asyncio.run(main())
    assert all(r.ok for r in results)
    assert sending_seen == [1] * 6


def test_a_journal_refuses_different_messages(tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite"
    send_many("sync", Recorder(), texts(3), journal=journal)
    recorder = Recorder()
    with pytest.raises(flowroute.InvalidParameterError, match="journal"):
        send_many("sync", recorder, texts(3, tag="other"), journal=journal)
    assert recorder.bodies == []
    # Appending messages to a campaign is fine.
    assert len(send_many("sync", recorder, texts(4), journal=journal)) == 4
    assert recorder.bodies == ["msg 3"]


def test_one_journal_serves_one_run_at_a_time(tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite"
    recorder = Recorder(delay=0.1)
    first = threading.Thread(target=send_many, args=("sync", recorder, texts(20)), kwargs={"journal": journal})
    first.start()
    time.sleep(0.2)
    try:
        with pytest.raises(JournalError, match="in use"):
            send_many("sync", Recorder(), texts(20), journal=journal)
    finally:
        first.join()
    assert sorted(recorder.bodies) == sorted(m["body"] for m in texts(20))


def test_a_file_that_is_not_a_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not sqlite " * 100)
    with pytest.raises(flowroute.InvalidParameterError, match="journal"):
        send_many("sync", Recorder(), texts(1), journal=path)


def test_the_journal_holds_no_phone_numbers_or_text(tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite"

    def echoing(request: httpx.Request) -> httpx.Response:
        if b"msg 2" in request.content:  # an error that quotes the message back
            return httpx.Response(400, json={"errors": [{"status": 400, "detail": f"bad: {TO} msg 2"}]})
        return Recorder().answer(request)

    with sync_client(echoing, max_retries=0) as client:
        results = client.messages.send_many(texts(3), journal=journal)
    assert [r.status for r in results] == ["accepted", "accepted", "failed"]
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("j.sqlite"))
    assert TO.encode() not in raw and b"msg 1" not in raw

"""Pacing judged by a server that enforces Flowroute's rule exactly (bench/pacing_server.py).

The server runs in its own process and answers 429 to the sixth SMS (second
MMS) of a key within any 1,000 ms, counting refused attempts too. These tests
check the claims that must always hold: no 429, no window over the limit, no
message accepted twice, across threads, tasks, processes sharing Redis, and a
campaign killed with SIGKILL and run again. Throughput figures are in
``python -m bench.pacing``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import flowroute
import pytest

from bench.pacing_server import PacingServer
from bench.pacing_worker import messages

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def server() -> Iterator[PacingServer]:
    with PacingServer() as running:
        yield running


def stats_for(server: PacingServer, key: str, kind: str = "sms") -> dict[str, Any]:
    found: dict[str, Any] = server.stats().get(f"{key}/{kind}", {})
    return found


def assert_clean(stats: dict[str, Any], accepted: int, limit: int = 5) -> None:
    assert stats["refused"] == 0
    assert stats["max_in_window"] <= limit
    assert stats["accepted"] == accepted
    assert stats["max_accepts_per_body"] == 1


def test_sync_send_many_never_trips_the_limit(server: PacingServer) -> None:
    key = f"sync-{uuid.uuid4().hex}"
    with flowroute.FlowrouteClient(key, "secret", base_url=server.url) as client:
        results = client.messages.send_many(messages("sync", 0, 25), concurrency=8)
    assert [r.status for r in results] == ["accepted"] * 25
    assert_clean(stats_for(server, key), 25)
    assert max(r.waited for r in results) > 2.5  # the last ones queued for their turn


async def test_async_sms_and_mms_together_never_trip_either_limit(server: PacingServer) -> None:
    key = f"async-{uuid.uuid4().hex}"
    async with flowroute.AsyncFlowrouteClient(key, "secret", base_url=server.url) as client:
        sms, mms = await asyncio.gather(
            client.messages.send_many(messages("async", 0, 20), concurrency=10),
            client.messages.send_many(messages("async-mms", 0, 4, mms=True), concurrency=4),
        )
    assert all(r.ok for r in sms + mms)
    assert_clean(stats_for(server, key), 20)
    assert_clean(stats_for(server, key, "mms"), 4, limit=1)


def test_an_unpaced_loop_is_refused(server: PacingServer) -> None:
    key = f"naive-{uuid.uuid4().hex}"
    with flowroute.FlowrouteClient(key, "secret", base_url=server.url, rate_limiter=None, max_retries=0) as client:
        for message in messages("naive", 0, 20):
            with contextlib.suppress(flowroute.RateLimitError):
                client.messages.send(**message)
    stats = stats_for(server, key)
    # The server under test does refuse: the clean runs above are not a lenient server's.
    assert stats["refused"] >= 10
    assert stats["max_in_window"] > 5


def worker(server: PacingServer, key: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "bench.pacing_worker", "--url", server.url, "--key", key, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def finish(process: subprocess.Popen[str]) -> dict[str, Any]:
    out, _ = process.communicate(timeout=120)
    assert process.returncode == 0
    summary: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return summary


def test_four_processes_share_one_key_through_redis(server: PacingServer, redis_url: str) -> None:
    key = f"redis-{uuid.uuid4().hex}"
    start_at = f"{time.time() + 3:.3f}"  # after every interpreter has imported the SDK
    processes = [
        worker(server, key, "--redis", redis_url, "--tag", f"w{n}", "--count", "10", "--start-at", start_at)
        for n in range(4)
    ]
    summaries = [finish(p) for p in processes]
    assert all(s["statuses"] == {"accepted": 10} for s in summaries)
    assert_clean(stats_for(server, key), 40)


@pytest.mark.parametrize(("mode", "count"), [("sync", 100), ("async", 40)])
def test_a_campaign_killed_mid_way_resumes_without_sending_twice(
    server: PacingServer, tmp_path: Path, mode: str, count: int
) -> None:
    key = f"crash-{mode}-{uuid.uuid4().hex}"
    journal = str(tmp_path / "campaign.sqlite")
    concurrency = 4
    args = ["--tag", "c", "--count", str(count), "--mode", mode, "--journal", journal]
    args += ["--concurrency", str(concurrency)]
    first = worker(server, key, *args)
    deadline = time.monotonic() + 60
    while stats_for(server, key).get("accepted", 0) < count // 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(timeout=10)
    assert first.stdout is not None
    first.stdout.close()
    killed_at = stats_for(server, key)["accepted"]
    assert 0 < killed_at < count

    with sqlite3.connect(journal) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    summary = finish(worker(server, key, *args))
    stats = stats_for(server, key)
    unknown = summary["statuses"].get("unknown", 0)
    assert summary["statuses"].get("accepted", 0) + unknown == count
    assert unknown <= concurrency
    # At most once: no message text reached the server twice, and only unknowns may be missing.
    assert stats["max_accepts_per_body"] == 1
    assert count - unknown <= stats["accepted"] <= count
    assert summary["from_journal"] >= killed_at  # every message the server took was journaled as sent
    assert stats["refused"] == 0

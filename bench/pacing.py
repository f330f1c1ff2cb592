"""Sending at Flowroute's pace, measured: ``python -m bench.pacing [--quick]``.

Every row sends through ``messages.send_many`` to ``bench.pacing_server``, a
loopback Flowroute in its own process that enforces the documented rule
exactly (5 SMS and 1 MMS per key in any 1,000 ms, refused attempts counted)
and answers 429 above it. An unpaced loop runs beside them to show the server
does refuse. Four processes sharing a key through ``RedisRateLimiter`` use a
private ``redis-server`` (Debian's package).

Columns: ``steady`` is ``(accepted - limit) / (last arrival - first arrival)``
on the server's clock, the rate after the first burst, i.e. ``limit`` per
window as the client keeps it; ``overall`` is messages / the caller's wall time
from the call to its return; ``closest`` is the shortest time the server saw
between an attempt and the ``limit``-th after it (above 1,000 ms: no window held
more than the limit). Takes about two minutes (``--quick``: about 30 s).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from typing import Any

import flowroute

from bench.pacing_server import LIMITS, PacingServer
from bench.pacing_worker import messages
from devtools.redis_server import RedisServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass
class Row:
    name: str
    kind: str
    sent: int
    wall: float
    stats: dict[str, Any]
    target: float | None  # minimum steady rate, None for the unpaced row

    @property
    def steady(self) -> float:
        accepted, limit = self.stats["accepted"], LIMITS[self.kind]
        span = self.stats["last"] - self.stats["first"]
        return (accepted - limit) / span if span > 0 and accepted > limit else float("nan")

    def cells(self) -> list[str]:
        s = self.stats
        closest = "-" if s["min_span"] is None else f"{s['min_span'] * 1000:.0f} ms"
        unit = self.kind.upper()
        if self.target is None:
            verdict = "server refuses (expected)" if s["refused"] else "MISS: server let it through"
        else:
            clean = s["refused"] == 0 and s["max_in_window"] <= LIMITS[self.kind] and s["max_accepts_per_body"] == 1
            verdict = "ok" if clean and self.steady >= self.target else "MISS"
        return [
            self.name,
            str(self.sent),
            str(s["accepted"]),
            str(s["refused"]),
            str(s["max_in_window"]),
            closest,
            f"{self.steady:.2f} {unit}/s" if self.target is not None else "-",
            f"{self.sent / self.wall:.2f} {unit}/s",
            f">= {self.target} {unit}/s, 0 x 429" if self.target is not None else "-",
            verdict,
        ]


def new_key(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:12]}"


def sync_row(server: PacingServer, count: int) -> Row:
    key = new_key("sync")
    with flowroute.FlowrouteClient(key, "secret", base_url=server.url) as client:
        started = time.perf_counter()
        client.messages.send_many(messages("sync", 0, count))
        wall = time.perf_counter() - started
    return Row(f"sync send_many, {count} SMS", "sms", count, wall, server.stats()[f"{key}/sms"], 4.9)


def async_row(server: PacingServer, count: int, mms: bool) -> Row:
    key = new_key("async")
    kind = "mms" if mms else "sms"

    async def main() -> float:
        async with flowroute.AsyncFlowrouteClient(key, "secret", base_url=server.url) as client:
            started = time.perf_counter()
            await client.messages.send_many(messages("async", 0, count, mms=mms))
            return time.perf_counter() - started

    wall = asyncio.run(main())
    target = 0.95 if mms else 4.9
    return Row(f"async send_many, {count} {kind.upper()}", kind, count, wall, server.stats()[f"{key}/{kind}"], target)


def naive_row(server: PacingServer, count: int) -> Row:
    key = new_key("naive")
    with flowroute.FlowrouteClient(key, "secret", base_url=server.url, rate_limiter=None, max_retries=0) as client:
        started = time.perf_counter()
        for message in messages("naive", 0, count):
            with contextlib.suppress(flowroute.RateLimitError):
                client.messages.send(**message)
        wall = time.perf_counter() - started
    return Row(f"unpaced loop of send(), {count} SMS", "sms", count, wall, server.stats()[f"{key}/sms"], None)


def redis_row(server: PacingServer, workers: int, total: int) -> Row:
    key = new_key("redis")
    each = total // workers
    with RedisServer() as redis:
        start_at = time.time() + 4  # a lead for the interpreters to start and import the SDK
        command = [sys.executable, "-m", "bench.pacing_worker", "--url", server.url, "--key", key]
        command += ["--redis", redis.url, "--count", str(each), "--start-at", str(start_at)]
        processes = [
            subprocess.Popen([*command, "--tag", f"w{n}"], cwd=ROOT, stdout=subprocess.PIPE, text=True)  # noqa: S603
            for n in range(workers)
        ]
        runs = [json.loads(p.communicate(timeout=300)[0].splitlines()[-1]) for p in processes]
    # From the first worker's first send (interpreters can take longer than the lead to start).
    wall = max(r["ended"] for r in runs) - min(r["started"] for r in runs)
    name = f"{workers} processes, RedisRateLimiter, {each * workers} SMS"
    return Row(name, "sms", each * workers, wall, server.stats()[f"{key}/sms"], 4.5)


def table(rows: list[Row]) -> str:
    head = ["measurement", "sent", "accepted", "429", "most in 1 s", "closest", "steady", "overall", "target", ""]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer messages: a smoke test, not the figures")
    args = parser.parse_args()
    sms, mms, redis_total = (30, 4, 40) if args.quick else (200, 20, 100)
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs", file=sys.stderr)
    with PacingServer() as server:
        rows = [
            sync_row(server, sms),
            async_row(server, sms, mms=False),
            async_row(server, mms, mms=True),
            naive_row(server, 50),
            redis_row(server, 4, redis_total),
        ]
    print(table(rows))
    print(f"load average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    return 0 if all(row.cells()[-1] in ("ok", "server refuses (expected)") for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())

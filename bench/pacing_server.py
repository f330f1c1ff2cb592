"""A loopback Flowroute that enforces the send rate limit exactly, and counts.

``POST /v2.1/messages`` answers 202 with an MDR id, or 429 when the sender's
access key (the Basic-auth user) already made ``limit`` attempts of that kind
(SMS, or MMS when ``media_urls``/``is_mms`` is set) within the last 1,000 ms,
measured on this server's clock when the request has arrived. Refused attempts
count too, as Flowroute documents. ``GET /_stats`` reports, per key and kind,
what was accepted and refused, the most attempts seen in any 1,000 ms window,
and how many times each message text was accepted.

It runs in its own process (``PacingServer``), so a client under test does not
share an interpreter, and a GIL, with the clock it is judged by. Standard
library only: ``python -m bench.pacing_server`` prints its port and serves.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter, deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import httpx

SEND_PATH = "/v2.1/messages"
WINDOW = 1.0
LIMITS = {"sms": 5, "mms": 1}


@dataclass
class Log:
    attempts: list[float] = field(default_factory=list)
    recent: deque[float] = field(default_factory=deque)
    accepted: int = 0
    refused: int = 0
    bodies: Counter[str] = field(default_factory=Counter)

    def admit(self, now: float, limit: int) -> bool:
        while self.recent and self.recent[0] <= now - WINDOW:
            self.recent.popleft()
        allowed = len(self.recent) < limit
        self.recent.append(now)
        self.attempts.append(now)
        return allowed

    def summary(self, limit: int) -> dict[str, Any]:
        times = self.attempts
        # The busiest window: for each attempt, how many started in the 1,000 ms up to it.
        most, start = 0, 0
        for end, t in enumerate(times):
            while times[start] <= t - WINDOW:
                start += 1
            most = max(most, end - start + 1)
        # The shortest span of limit+1 consecutive attempts: what jitter left of the client's margin.
        spans = [times[i + limit] - times[i] for i in range(len(times) - limit)]
        return {
            "accepted": self.accepted,
            "refused": self.refused,
            "max_in_window": most,
            "min_span": min(spans) if spans else None,
            "first": times[0] if times else None,
            "last": times[-1] if times else None,
            "max_accepts_per_body": max(self.bodies.values(), default=0),
            "bodies": dict(self.bodies),
        }


class Server:
    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.logs: dict[tuple[str, str], Log] = {}

    def stats(self) -> dict[str, Any]:
        return {f"{key}/{kind}": log.summary(LIMITS[kind]) for (key, kind), log in self.logs.items()}

    def send(self, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, Any]]:
        now = time.monotonic()
        auth = headers.get("authorization", "")
        try:
            key = base64.b64decode(auth.removeprefix("Basic ")).decode().split(":", 1)[0]
            doc = json.loads(body)
        except ValueError:
            return 400, {"errors": [{"status": 400, "detail": "bad auth or body"}]}
        attributes = doc.get("data", {}).get("attributes", doc) if isinstance(doc, dict) else {}
        kind = "mms" if attributes.get("media_urls") or attributes.get("is_mms") is True else "sms"
        log = self.logs.setdefault((key, kind), Log())
        if not log.admit(now, LIMITS[kind]):
            log.refused += 1
            return 429, {"errors": [{"status": 429, "title": "Too Many Requests"}]}
        log.accepted += 1
        log.bodies[str(attributes.get("body"))] += 1
        mdr = f"mdr2-{uuid.uuid4().hex}"
        return 202, {"data": {"type": "message", "id": mdr, "links": {"self": f"https://api.test{SEND_PATH}/{mdr}"}}}

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError, ValueError):
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {k.strip().lower(): v.strip() for k, v in (h.split(":", 1) for h in lines[1:] if ":" in h)}
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                if method == "POST" and path == SEND_PATH:
                    status, doc = self.send(headers, body)
                    if self.latency:
                        await asyncio.sleep(self.latency)
                elif method == "GET" and path == "/_stats":
                    status, doc = 200, self.stats()
                elif method == "POST" and path == "/_reset":
                    self.logs.clear()
                    status, doc = 204, {}
                else:
                    status, doc = 404, {"errors": [{"status": 404}]}
                payload = json.dumps(doc).encode() if status != 204 else b""
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/vnd.api+json\r\n"
                    f"Content-Length: {len(payload)}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        writer.close()


async def serve(port: int, latency: float) -> None:
    server = Server(latency)
    listener = await asyncio.start_server(server.handle, "127.0.0.1", port, backlog=512)
    print(listener.sockets[0].getsockname()[1], flush=True)
    async with listener:
        await listener.serve_forever()


class PacingServer:
    """The server in a child process; ``url``, ``stats()`` and ``reset()`` while the context is open."""

    def __init__(self, *, latency: float = 0.0) -> None:
        self.latency = latency
        self._proc: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> PacingServer:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self._proc = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
            [sys.executable, "-m", "bench.pacing_server", "--latency", str(self.latency)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=root,
            start_new_session=True,
        )
        assert self._proc.stdout is not None
        port = self._proc.stdout.readline().strip()
        if not port.isdigit():
            self.__exit__(None, None, None)
            raise RuntimeError("pacing server did not start")
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stats(self) -> dict[str, Any]:
        data: dict[str, Any] = httpx.get(f"{self.url}/_stats", timeout=30).json()
        return data

    def reset(self) -> None:
        httpx.post(f"{self.url}/_reset", timeout=30)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
            if proc.stdout is not None:
                proc.stdout.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds each send takes to answer")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.port, args.latency))


if __name__ == "__main__":
    main()

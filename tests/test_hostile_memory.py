"""Attacks on memory: huge bodies, a gzip bomb and a huge error page, measured as peak RSS in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.hostile_clients import KINDS
from tests.hostile_server import Connection, HostileServer, Request

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
BIG = 200 * MB
# The SDK's default cap is 32 MiB and an error keeps 64 KiB; a call may grow the process
# by the cap plus decoding buffers, never by anything near what the server sends.
ALLOWED_GROWTH_KB = 64 * 1024


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """About 1 MB of gzip that expands to 1 GiB of zeros."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(MB)
    parts = [packer.compress(zeros) for _ in range(1024)]
    parts.append(packer.flush())
    return b"".join(parts)


def stream(conn: Connection, head: bytes, size: int, fill: bytes) -> bool:
    conn.send(head)
    chunk = fill * (MB // len(fill))
    sent = 0
    while sent < size:
        conn.send(chunk)
        sent += len(chunk)
    return False


def huge_json(request: Request, conn: Connection) -> bool:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % BIG
    return stream(conn, head, BIG, b"[1,2,3,4,5,6,7,")


def huge_json_no_length(request: Request, conn: Connection) -> bool:
    # No Content-Length: the size is known only by counting while reading.
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
    return stream(conn, head, BIG, b"[1,2,3,4,5,6,7,")


def huge_html_502(request: Request, conn: Connection) -> bool:
    head = b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % BIG
    return stream(conn, head, BIG, b"<p>bad gateway</p>")


def bomb_server(bomb: bytes) -> Callable[[Request, Connection], bool]:
    def behave(request: Request, conn: Connection) -> bool:
        conn.send(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            b"Content-Length: %d\r\n\r\n" % len(bomb)
        )
        conn.send(bomb)
        return False

    return behave


def probe(kind: str, url: str, operation: str = "area_codes") -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "tests.memory_probe", kind, url, operation],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def growth_kb(result: dict[str, object]) -> int:
    peak, baseline = result["peak_kb"], result["baseline_kb"]
    assert isinstance(peak, int) and isinstance(baseline, int)
    return peak - baseline


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Request, Connection], bool]], HostileServer]]:
    servers: list[HostileServer] = []

    def start(behave: Callable[[Request, Connection], bool]) -> HostileServer:
        server = HostileServer(behave).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.mark.parametrize("behave", [huge_json, huge_json_no_length], ids=["content-length", "no-length"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_200_mb_body_stops_at_the_cap(kind: str, behave: Callable[[Request, Connection], bool], serve) -> None:  # type: ignore[no-untyped-def]
    result = probe(kind, serve(behave).url)
    assert result["raised"] == "ResponseTooLargeError"
    assert result["body_truncated"] is True
    assert int(result["body_chars"]) <= 65536  # type: ignore[call-overload]
    assert growth_kb(result) < ALLOWED_GROWTH_KB, result


@pytest.mark.parametrize("kind", KINDS)
def test_a_gzip_bomb_stops_early(kind: str, gzip_bomb: bytes, serve) -> None:  # type: ignore[no-untyped-def]
    assert len(gzip_bomb) < 2 * MB
    result = probe(kind, serve(bomb_server(gzip_bomb)).url)
    assert result["raised"] == "ResponseTooLargeError"
    assert result["body_truncated"] is True
    assert int(result["body_chars"]) <= 65536  # type: ignore[call-overload]
    assert growth_kb(result) < ALLOWED_GROWTH_KB, result


@pytest.mark.parametrize("kind", KINDS)
def test_a_502_with_a_200_mb_page_keeps_a_preview(kind: str, serve) -> None:  # type: ignore[no-untyped-def]
    result = probe(kind, serve(huge_html_502).url)
    assert result["raised"] == "ServerError"
    assert result["body_truncated"] is True
    assert int(result["body_chars"]) == 65536  # type: ignore[call-overload]
    # Only the preview is read: the process barely grows.
    assert growth_kb(result) < 20 * 1024, result

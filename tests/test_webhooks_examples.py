"""The FastAPI and Flask receivers in examples/ serve Flowroute's webhooks under real servers."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from flowroute.webhooks import sample_payload

from devtools.prism import ROOT, free_port

TOKEN = "example-token-" + os.urandom(8).hex()


@contextlib.contextmanager
def _serve(command: list[str], port: int, media_dir: Path) -> Iterator[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FLOWROUTE_WEBHOOK_TOKEN": TOKEN, "MEDIA_DIR": str(media_dir)}
    env.pop("REDIS_URL", None)
    proc = subprocess.Popen(  # noqa: S603 - fixed argv
        command, cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            assert time.monotonic() < deadline
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def _commands(port: int) -> dict[str, list[str]]:
    return {
        "fastapi": [
            sys.executable,
            "-m",
            "uvicorn",
            "examples.fastapi_receiver:app",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        "flask": [
            sys.executable,
            "-m",
            "waitress",
            f"--port={port}",
            "--host=127.0.0.1",
            "examples.flask_receiver:app",
        ],
    }


@pytest.mark.parametrize("example", ["fastapi", "flask"])
def test_example_receiver_handles_an_event_once_and_refuses_a_wrong_token(example: str, tmp_path: Path) -> None:
    port = free_port()
    with _serve(_commands(port)[example], port, tmp_path) as base:
        url = f"{base}/flowroute/?token={TOKEN}"
        for kind in ("inbound_sms", "delivery_receipt"):
            payload = sample_payload(kind)
            answers = [httpx.post(url, json=payload, timeout=30).json()["status"] for _ in range(2)]
            assert answers == ["ok", "duplicate"]
        assert httpx.post(f"{base}/flowroute/?token=nope-nope-nope-nope", json=payload).status_code == 403

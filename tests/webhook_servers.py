"""Start the test receiver (tests/webhook_app.py) under a real server in its own process."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from devtools.prism import free_port

ROOT = Path(__file__).resolve().parent.parent


def wait_listening(proc: subprocess.Popen[Any], port: int, timeout: float = 30.0) -> None:
    """Return once something accepts connections on 127.0.0.1:``port``; raise if ``proc`` exits first."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"nothing listening on port {port} after {timeout}s")
        time.sleep(0.05)


class WebhookServer:
    """``kind`` is ``asgi`` (uvicorn) or ``wsgi`` (waitress). ``url`` includes the token."""

    def __init__(self, kind: str, *, redis_url: str, prefix: str, store: str = "memory", lease: float = 20.0) -> None:
        self.kind = kind
        self.prefix = prefix
        self.port = free_port()
        self.token = "test-token-" + os.urandom(8).hex()
        self.base = f"http://127.0.0.1:{self.port}"
        self.url = f"{self.base}/?token={self.token}"
        self.strict_url = f"{self.base}/strict?token={self.token}"
        self._env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "WEBHOOK_TOKEN": self.token,
            "WEBHOOK_STORE": store,
            "WEBHOOK_REDIS_URL": redis_url,
            "WEBHOOK_PREFIX": prefix,
            "WEBHOOK_LEASE_SECONDS": str(lease),
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def _command(self) -> list[str]:
        if self.kind == "asgi":
            # No access log: it would print the token that sits in the URL. No proxy
            # headers: the receiver's own X-Forwarded-For handling is under test.
            return [sys.executable, "-m", "uvicorn", "tests.webhook_app:asgi", "--host", "127.0.0.1",
                    "--port", str(self.port), "--no-access-log", "--log-level", "warning",
                    "--no-proxy-headers"]  # fmt: skip
        return [sys.executable, "-m", "waitress", "--host=127.0.0.1", f"--port={self.port}",
                "--threads=24", "--no-clear-untrusted-proxy-headers", "tests.webhook_app:wsgi"]  # fmt: skip

    def start(self, timeout: float = 30.0) -> WebhookServer:
        self.proc = subprocess.Popen(  # noqa: S603 - fixed argv
            self._command(), cwd=ROOT, env=self._env, start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_listening(self.proc, self.port, timeout)
        except RuntimeError:
            self.stop()
            raise
        return self

    def kill(self) -> None:
        """``kill -9`` the whole server (uvicorn's or waitress's process group)."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)

    stop = kill

    def __enter__(self) -> WebhookServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

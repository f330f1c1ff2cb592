"""Start and stop a real Prism mock server on a free loopback port.

Used by the pytest session fixture, `make demo` and the benchmarks, so every
consumer gets the same guarantees: Prism is run directly (not through `npx`,
whose wrapper leaves the node child behind when killed), startup waits for the
"listening" line while checking the process is still alive, and stopping kills
the whole process group.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import threading
import time
from collections import deque
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parent.parent
PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "flowroute.yaml"
READY_MARKER = "Prism is listening"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PrismError(RuntimeError):
    pass


class PrismServer:
    """A Prism process serving ``spec``; use as a context manager."""

    def __init__(
        self,
        spec: Path = SPEC,
        *,
        errors: bool = True,
        port: int | None = None,
        startup_timeout: float = 90.0,
    ) -> None:
        self.spec = spec
        self.errors = errors
        self.port = port or free_port()
        self.startup_timeout = startup_timeout
        self._proc: subprocess.Popen[str] | None = None
        self._log: deque[str] = deque(maxlen=200)
        self._drain: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_tail(self) -> str:
        return "".join(self._log)

    def start(self) -> PrismServer:
        if not PRISM_BIN.exists():
            raise PrismError(f"{PRISM_BIN} is missing; run `npm ci` (make install does)")
        cmd = [str(PRISM_BIN), "mock", "--host", "127.0.0.1", "--port", str(self.port)]
        if self.errors:
            cmd.append("--errors")
        cmd.append(str(self.spec))
        self._proc = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        deadline = time.monotonic() + self.startup_timeout
        ready = threading.Event()
        self._drain = threading.Thread(target=self._pump, args=(ready,), daemon=True)
        self._drain.start()
        while not ready.wait(0.05):
            if self._proc.poll() is not None:
                raise PrismError(f"Prism exited with {self._proc.returncode}:\n{self.log_tail}")
            if time.monotonic() > deadline:
                self.stop()
                raise PrismError(f"Prism not listening after {self.startup_timeout}s:\n{self.log_tail}")
        return self

    def _pump(self, ready: threading.Event) -> None:
        # Keep reading after startup: a full pipe would block Prism's logging and stall it.
        assert self._proc is not None and self._proc.stdout is not None
        for line in self._proc.stdout:
            self._log.append(line)
            if READY_MARKER in line:
                ready.set()

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

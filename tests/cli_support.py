"""Running the ``flowroute`` command as a person or a script would: a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CLI = [sys.executable, "-m", "flowroute.cli"]
ACCESS = "cli-access-key"
SECRET = "cli-Secret-do-not-leak"  # noqa: S105 - a marker to search for, not a real key


def cli_env(base_url: str | None, home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FR_", "FLOWROUTE_"))}
    env.update(XDG_CONFIG_HOME=str(home / "config"), NO_COLOR="", TERM="xterm-256color", COLUMNS="200")
    env.pop("NO_COLOR")
    if base_url is not None:
        env.update(FLOWROUTE_BASE_URL=base_url, FR_ACCESS_KEY=ACCESS, FR_SECRET_KEY=SECRET)
    env.update(extra)
    return env


def run_cli(*args: str, env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [*CLI, *args], env=env, input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


Handler = Callable[[BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes | Iterator[bytes]]]


@contextmanager
def loopback_server(handle: Handler) -> Iterator[tuple[str, list[str]]]:
    """A plain HTTP server on 127.0.0.1; yields its URL and the request lines it saw."""
    seen: list[str] = []

    class _Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            seen.append(f"{self.command} {self.path}")
            status, headers, body = handle(self)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            chunks = [body] if isinstance(body, bytes) else body
            try:
                for chunk in chunks:
                    self.wfile.write(chunk)
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return

        do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _any

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()

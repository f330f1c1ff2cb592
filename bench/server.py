"""Run nginx on a free loopback port, serving the canned bodies, for one benchmark session.

nginx rather than a Python server: the server must be much faster than either client, or
the benchmark would measure it instead. Its config and bodies live under bench/.run/ (or
any directory given), never in /etc, and nginx runs in the foreground in its own session so
stopping it is a signal to one known process group.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

from devtools.prism import free_port

from . import bodies

RUN_DIR = Path(__file__).resolve().parent / ".run"


class NginxError(RuntimeError):
    pass


def nginx_binary() -> str:
    # Debian installs nginx in /usr/sbin, which is not on a non-root PATH.
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if found is None:
        raise NginxError("nginx is not installed; `make bench` installs Debian's nginx-light")
    return found


def render_config(run_dir: Path, port: int, accepted_body: bytes, workers: int) -> str:
    # Only root may (and, to read the bodies under /work, must) name the worker user.
    user = "user root root;" if os.geteuid() == 0 else ""
    temp = {name: run_dir / "tmp" / name for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")}
    accepted = accepted_body.decode()
    if "'" in accepted or "$" in accepted:
        raise NginxError("the POST body would need escaping in nginx.conf")
    return f"""\
{user}
worker_processes {workers};
daemon off;
pid {run_dir}/nginx.pid;
error_log {run_dir}/nginx-error.log warn;

events {{
    worker_connections 4096;
}}

http {{
    access_log off;
    types {{ }}
    default_type application/vnd.api+json;
    sendfile on;
    tcp_nodelay on;
    keepalive_timeout 300s;
    keepalive_requests 100000;
    client_max_body_size 1m;
    client_body_temp_path {temp["client_body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};

    # One file per page offset, so links.next runs out after the last page.
    map $arg_offset $mdr_offset {{
        ""             0;
        "~^[0-9]+$"    $arg_offset;
        default        invalid;
    }}

    server {{
        listen 127.0.0.1:{port} backlog=4096;
        root {run_dir / "bodies"};

        location = {bodies.AREA_CODES_PATH} {{
            try_files /areacodes.json =404;
        }}
        location = {bodies.MESSAGES_PATH} {{
            if ($request_method = POST) {{
                return 202 '{accepted}';
            }}
            try_files /mdr-page-$mdr_offset.json =404;
        }}
        location / {{
            return 404 '{{"errors":[{{"status":"404","title":"Not Found"}}]}}';
        }}
    }}
}}
"""


class NginxServer:
    """nginx serving the canned Flowroute bodies; use as a context manager."""

    def __init__(
        self,
        run_dir: Path = RUN_DIR,
        *,
        mdr_total: int = bodies.MDR_TOTAL,
        workers: int = 1,
        startup_timeout: float = 10.0,
    ) -> None:
        self.run_dir = run_dir.resolve()
        self.mdr_total = mdr_total
        self.workers = workers
        self.startup_timeout = startup_timeout
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> NginxServer:
        binary = nginx_binary()
        # A port taken between free_port() and nginx's bind is rare; trying again covers it.
        for _attempt in range(3):
            self.port = free_port()
            self._write_files()
            try:
                self._launch(binary)
            except NginxError:
                if "Address already in use" not in self._error_log():
                    raise
            else:
                return self
        raise NginxError(f"nginx could not bind a free port:\n{self._error_log()}")

    def _write_files(self) -> None:
        for directory in ("tmp",):
            (self.run_dir / directory).mkdir(parents=True, exist_ok=True)
        written = bodies.write_bodies(self.run_dir / "bodies", self.url, self.mdr_total)
        config = render_config(self.run_dir, self.port, written.accepted, self.workers)
        (self.run_dir / "nginx.conf").write_text(config)
        (self.run_dir / "nginx-error.log").write_text("")

    def _launch(self, binary: str) -> None:
        # -p gives nginx a prefix it may write to; -e moves the startup log there too.
        cmd = [binary, "-p", str(self.run_dir), "-c", str(self.run_dir / "nginx.conf")]
        cmd += ["-e", str(self.run_dir / "nginx-error.log")]
        self._proc = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + self.startup_timeout
        while not self._accepts_connections():
            if self._proc.poll() is not None:
                self._proc = None
                raise NginxError(f"nginx exited at startup:\n{self._error_log()}")
            if time.monotonic() > deadline:
                self.stop()
                raise NginxError(f"nginx not listening after {self.startup_timeout}s")
            time.sleep(0.02)

    def _accepts_connections(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                return True
        except OSError:
            return False

    def _error_log(self) -> str:
        try:
            return (self.run_dir / "nginx-error.log").read_text()
        except OSError:
            return ""

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        # SIGTERM is nginx's fast shutdown; the whole group so no worker outlives the master.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)

    def __enter__(self) -> NginxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

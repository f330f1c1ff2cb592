"""Serve a ``FakeFlowroute`` over real HTTP with the standard library (no dependencies)."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING

from ._fake import Answer, ConnectionReset, ConnectionTimeout

if TYPE_CHECKING:
    from ._fake import FakeFlowroute


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        try:
            answer = fake.respond(self.command, self.server.base_url, path, query, _Headers(self.headers), body)
        except ConnectionReset:
            # SO_LINGER 0: close sends a TCP RST, which clients see as "connection reset by peer".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        except ConnectionTimeout:
            time.sleep(fake.timeout_seconds)
            self.close_connection = True
            return
        except AssertionError as exc:
            # validate_responses caught the fake answering off-spec: say so rather than drop the line.
            answer = Answer(500, {"Content-Type": "text/plain"}, str(exc).encode())
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: object) -> None:
        # Silent: request lines would put phone numbers in logs.
        return


class _Headers(dict[str, str]):
    def __init__(self, headers: object) -> None:
        super().__init__((k.lower(), v) for k, v in headers.items())  # type: ignore[attr-defined]


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeFlowroute, host: str, port: int) -> None:
        super().__init__((host, port), _Handler)
        self.fake = fake
        self.base_url = f"http://{host}:{self.server_address[1]}"


class FakeServer:
    """``with FakeServer(fake, port=0) as server:`` serves ``fake`` at ``server.url`` until the block ends.

    The fake's links and download URLs then point at the server.
    """

    def __init__(self, fake: FakeFlowroute, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.fake = fake
        self._server = _Server(fake, host, port)
        self.url: str = self._server.base_url
        fake.base_url = self.url
        self._thread: threading.Thread | None = None

    def start(self) -> FakeServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="flowroute-fake", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

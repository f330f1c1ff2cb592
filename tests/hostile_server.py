"""A loopback HTTP/1.1 server whose every answer is written by the test, byte by byte if need be.

``HostileServer(behave)`` accepts connections on 127.0.0.1 and, for each request
it reads (head plus a Content-Length body), calls ``behave(request, conn)``.
The behaviour writes whatever it likes with ``conn.send`` (dripped, oversized,
malformed) and returns True to keep the connection open for the next request.
Every request is recorded in ``server.requests`` with the connection it came on,
so a test can tell a kept-alive connection from a new one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType


@dataclasses.dataclass(frozen=True)
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    connection: int


class Connection:
    def __init__(self, sock: socket.socket, number: int, stop: threading.Event) -> None:
        self.sock = sock
        self.number = number
        self.stop = stop

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def drip(self, data: bytes, interval: float) -> None:
        """Send one byte every ``interval`` seconds until done or the server closes."""
        for index in range(len(data)):
            if self.stop.wait(interval):
                return
            self.sock.sendall(data[index : index + 1])

    def answer(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        head = [f"HTTP/1.1 {status} Status", f"Content-Length: {len(body)}"]
        head += [f"{name}: {value}" for name, value in (headers or {}).items()]
        self.send(("\r\n".join(head) + "\r\n\r\n").encode() + body)


Behave = Callable[[Request, Connection], bool]


class HostileServer:
    def __init__(self, behave: Behave) -> None:
        self.behave = behave
        self.requests: list[Request] = []
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._threads: list[threading.Thread] = []
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._acceptor = threading.Thread(target=self._accept, name="hostile-accept", daemon=True)

    def __enter__(self) -> HostileServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._acceptor.join(5)
        with self._lock:
            for sock in self._socks:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
        for thread in self._threads:
            thread.join(5)
        self._listener.close()

    @property
    def connections(self) -> int:
        return len({request.connection for request in self.requests})

    def _accept(self) -> None:
        number = 0
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            number += 1
            with self._lock:
                self._socks.append(sock)
            thread = threading.Thread(target=self._serve, args=(sock, number), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket, number: int) -> None:
        conn = Connection(sock, number, self._stop)
        buffer = b""
        try:
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    chunk = sock.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:length], buffer[length:]
                request = Request(method, target, headers, body, number)
                self.requests.append(request)
                if not self.behave(request, conn):
                    return
        except OSError:
            return
        except BaseException as exc:  # a broken behaviour must fail the test, not vanish
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                sock.close()


def elapsed(started: float) -> float:
    return time.monotonic() - started

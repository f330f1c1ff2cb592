"""The contract suites' backends: Prism, and FakeFlowroute serving the spec's examples over HTTP.

The fake runs stateless here (``stateful=False``), so like Prism it answers every
operation with its documented example and honours ``Prefer: code=…, example=…``;
unlike Prism it routes ``/v2.1/messages/{callback_type}`` and ``/v2.1/messages/{id}``
apart by value. Every answer it gives is checked against the spec.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest
from flowroute.testing import FakeFlowroute, FakeServer


@contextlib.contextmanager
def serve_fake(*options: str) -> Iterator[str]:
    """A real ``python -m flowroute.testing serve --port 0 OPTIONS`` process; yields its URL."""
    proc = subprocess.Popen(  # noqa: S603 - our own module
        [sys.executable, "-m", "flowroute.testing", "serve", "--port", "0", *options],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "listening on" in line, line
        yield line.split("listening on ")[1].split()[0]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def fake_server_url() -> Iterator[str]:
    fake = FakeFlowroute("access-key", "secret-key", stateful=False, validate_responses=True)
    with FakeServer(fake) as server:
        yield server.url


@dataclasses.dataclass(frozen=True)
class Backend:
    name: str
    url: str
    request: pytest.FixtureRequest

    def callback_read_url(self) -> str:
        """Where GET /v2.1/messages/{callback_type} is answered (Prism needs a second server for it)."""
        if self.name == "fake":
            return self.url
        return str(self.request.getfixturevalue("callback_prism").url)


@pytest.fixture(scope="module", params=["prism", "fake"])
def backend(request: pytest.FixtureRequest) -> Backend:
    name = str(request.param)
    url = request.getfixturevalue("prism_url" if name == "prism" else "fake_server_url")
    return Backend(name, str(url), request)


@pytest.fixture(scope="module")
def backend_url(backend: Backend) -> str:
    return backend.url

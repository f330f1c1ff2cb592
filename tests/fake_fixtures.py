"""The contract suites' backends: Prism, and FakeFlowroute serving the spec's examples over HTTP.

The fake runs stateless here (``stateful=False``), so like Prism it answers every
operation with its documented example and honours ``Prefer: code=…, example=…``;
unlike Prism it routes ``/v2.1/messages/{callback_type}`` and ``/v2.1/messages/{id}``
apart by value. Every answer it gives is checked against the spec.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from flowroute.testing import FakeFlowroute, FakeServer


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

"""pytest fixtures for the fake, registered through the ``pytest11`` entry point.

``flowroute_fake`` is a fresh ``FakeFlowroute`` per test; ``flowroute_client`` and
``async_flowroute_client`` are SDK clients answered by it. Options go on a marker:
``@pytest.mark.flowroute_fake(seed=7, rate_limits=True)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from flowroute import AsyncFlowrouteClient, FlowrouteClient
    from flowroute.testing import FakeFlowroute


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "flowroute_fake(**options): options for the flowroute_fake fixture")


@pytest.fixture
def flowroute_fake(request: pytest.FixtureRequest) -> Iterator[FakeFlowroute]:
    """A fresh fake Flowroute account for one test."""
    # Imported here so that merely having the SDK installed costs pytest nothing at startup.
    from flowroute.testing import FakeFlowroute

    marker = request.node.get_closest_marker("flowroute_fake")
    fake = FakeFlowroute(**(marker.kwargs if marker else {}))
    yield fake
    fake.close()


@pytest.fixture
def flowroute_client(flowroute_fake: FakeFlowroute) -> Iterator[FlowrouteClient]:
    """A ``FlowrouteClient`` talking to ``flowroute_fake``."""
    with flowroute_fake.client() as client:
        yield client


@pytest.fixture
def async_flowroute_client(flowroute_fake: FakeFlowroute) -> AsyncFlowrouteClient:
    """An ``AsyncFlowrouteClient`` talking to ``flowroute_fake`` (nothing to close: no sockets)."""
    return flowroute_fake.async_client()

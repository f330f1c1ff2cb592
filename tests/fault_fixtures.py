"""Pytest fixtures for the fault-injection server; register with
``pytest_plugins = ["tests.fault_fixtures"]`` in the root conftest.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.faultserver import FaultPlan, FaultServer

FaultServerFactory = Callable[[FaultPlan], FaultServer]


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A fresh server with no faults; call ``configure()`` or ``script()`` to add some."""
    with FaultServer(FaultPlan()) as server:
        yield server


@pytest.fixture
def fault_server_factory() -> Iterator[FaultServerFactory]:
    """Start servers with a given plan; all are closed (and checked for leftovers) at teardown."""
    servers: list[FaultServer] = []

    def make(plan: FaultPlan) -> FaultServer:
        server = FaultServer(plan).start()
        servers.append(server)
        return server

    yield make
    errors: list[BaseException] = []
    for server in servers:
        try:
            server.close()
        except RuntimeError as exc:
            errors.append(exc)
    if errors:
        raise errors[0]

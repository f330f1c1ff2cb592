from __future__ import annotations

from collections.abc import Iterator

import pytest

from devtools.prism import PrismServer


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    """One real Prism process for the whole session, validating requests and responses."""
    with PrismServer(errors=True) as server:
        yield server


@pytest.fixture(scope="session")
def prism_url(prism: PrismServer) -> str:
    return prism.url

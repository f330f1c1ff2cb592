from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.prism import PrismServer
from devtools.redis_server import RedisServer
from devtools.spec import load_spec

pytest_plugins = ["tests.fault_fixtures", "tests.fake_fixtures"]

# Flowroute serves GET /v2.1/messages/{id} (an MDR) and GET /v2.1/messages/{callback_type}
# (an account webhook) at the same URL shape. Prism routes by shape alone and always
# picks the later path in the file, which the spec keeps as /v2.1/messages/{id}; so the
# callback read is mocked by a second Prism serving only the callback path (a small
# document also starts in half the time of the full one).
CALLBACK_PATH = "/v2.1/messages/{callback_type}"
CALLBACK_READ_OPERATION = "get_account_callback"


def callback_read_spec(directory: Path) -> Path:
    spec = json.loads(json.dumps(load_spec()))
    spec["paths"] = {CALLBACK_PATH: spec["paths"][CALLBACK_PATH]}
    spec.pop("webhooks", None)
    path = directory / "flowroute-callback-read.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    """One real Prism process for the whole session, validating requests and responses."""
    with PrismServer(errors=True) as server:
        yield server


@pytest.fixture(scope="session")
def prism_url(prism: PrismServer) -> str:
    return prism.url


@pytest.fixture(scope="session")
def callback_prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    """A Prism that can answer GET /v2.1/messages/{callback_type} (see CALLBACK_PATH above)."""
    spec = callback_read_spec(tmp_path_factory.mktemp("spec"))
    with PrismServer(spec, errors=True) as server:
        yield server


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One real ``redis-server`` for the session; tests that share it use their own key prefixes."""
    with RedisServer() as server:
        yield server


@pytest.fixture(scope="session")
def redis_url(redis_server: RedisServer) -> str:
    return redis_server.url

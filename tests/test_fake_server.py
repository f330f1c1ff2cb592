"""``python -m flowroute.testing serve``: the same fake over real HTTP, state kept for the server's lifetime."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from flowroute import APIConnectionError, AuthenticationError, FlowrouteClient
from flowroute.testing import FakeFlowroute, FakeServer

from tests.fake_fixtures import serve_fake

ACCESS, SECRET = "server-key", "server-secret"


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """A real ``python -m flowroute.testing serve --port 0`` process; yields its URL."""
    with serve_fake("--access-key", ACCESS, "--secret-key", SECRET, "--validate-responses") as url:
        yield url


def _client(url: str, **kwargs: object) -> FlowrouteClient:
    return FlowrouteClient(ACCESS, SECRET, base_url=url, **kwargs)  # type: ignore[arg-type]


def test_state_lasts_across_clients_until_reset(served: str) -> None:
    with _client(served) as client:
        candidate = client.numbers.search_for_purchasable_phone_numbers(starts_with=206, limit=1).data[0].id
        client.numbers.purchase_a_phone_number(candidate)
    with _client(served) as other:
        owned = other.numbers.list_account_phone_numbers()
        assert [n.id for n in owned.data] == [candidate]
        assert owned.data[0].links.self_ == f"{served}/v2/numbers/{candidate}"
    assert httpx.post(f"{served}/_fake/reset").status_code == 204
    with _client(served) as after:
        assert after.numbers.list_account_phone_numbers().data == []


def test_wrong_credentials_get_401_over_http(served: str) -> None:
    with FlowrouteClient(ACCESS, "nope", base_url=served) as client, pytest.raises(AuthenticationError):
        client.routes.list_inbound_routes()


def test_the_download_url_is_served_over_http(served: str, tmp_path: Path) -> None:
    with _client(served) as client:
        started = client.cdrs.create_cdr_export(
            start_call_start_time="2024-03-01T00:00:00Z", start_call_end_time="2024-03-02T00:00:00Z"
        ).data
        client.cdrs.get_cdr_export_status(started.id)
        done = client.cdrs.get_cdr_export_status(started.id).data
        assert str(done.attributes.download_url).startswith(f"{served}/_fake/cdr-exports/")
        path = client.cdrs.download_cdr_export(started.id, tmp_path / "export.csv.gz")
    assert path.read_bytes()[:2] == b"\x1f\x8b"


def test_injected_resets_drop_the_real_connection() -> None:
    fake = FakeFlowroute(ACCESS, SECRET, validate_responses=True)
    with FakeServer(fake) as server, _client(server.url, max_retries=0) as client:
        fake.fail_next("list_inbound_routes", error="reset")
        with pytest.raises(APIConnectionError):
            client.routes.list_inbound_routes()
        assert [r.id for r in client.routes.list_inbound_routes().data] == ["0"]


def test_injected_timeouts_hold_the_real_connection() -> None:
    fake = FakeFlowroute(ACCESS, SECRET)
    fake.timeout_seconds = 1.0
    with FakeServer(fake) as server, _client(server.url, max_retries=0, timeout=0.2) as client:
        fake.fail_next("list_inbound_routes", error="timeout")
        with pytest.raises(APIConnectionError):
            client.routes.list_inbound_routes()

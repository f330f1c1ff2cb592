"""Credentials from arguments or the environment, several accounts in one
process, and the clients' lifecycle."""

from __future__ import annotations

import asyncio
import random
import sys
from typing import Any

import flowroute
import httpx
import pytest
from flowroute import (
    AsyncFlowrouteClient,
    FlowrouteClient,
    FlowrouteError,
    InvalidParameterError,
    MissingCredentialsError,
)
from flowroutenumbersandmessaging import FlowroutenumbersandmessagingClient

from tests.support import BASE_URL, NUMBER, OTHER_NUMBER, SECRET, Recorder, basic_auth, ok_response


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("FR_ACCESS_KEY", "FR_SECRET_KEY", "FLOWROUTE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _http(rec: Recorder) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(rec))


def test_credentials_and_base_url_come_from_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("FR_ACCESS_KEY", "env-access")
    clean_env.setenv("FR_SECRET_KEY", "env-secret")
    clean_env.setenv("FLOWROUTE_BASE_URL", "https://sandbox.example.test/api/")
    rec = Recorder()
    client = FlowrouteClient(http_client=_http(rec))
    client.routes.list_inbound_routes()
    assert basic_auth(rec.last) == ("env-access", "env-secret")
    assert str(rec.last.url) == "https://sandbox.example.test/api/v2/routes"
    assert str(client.base_url) == "https://sandbox.example.test/api"


def test_arguments_win_over_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("FR_ACCESS_KEY", "env-access")
    clean_env.setenv("FR_SECRET_KEY", "env-secret")
    clean_env.setenv("FLOWROUTE_BASE_URL", "https://sandbox.example.test")
    rec = Recorder()
    FlowrouteClient("arg-access", "arg-secret", base_url=BASE_URL, http_client=_http(rec)).routes.list_inbound_routes()
    assert basic_auth(rec.last) == ("arg-access", "arg-secret")
    assert rec.last.url.host == "api.flowroute.com"
    # One from each place is fine too.
    FlowrouteClient("arg-access", http_client=_http(rec)).routes.list_inbound_routes()
    assert basic_auth(rec.last) == ("arg-access", "env-secret")


def test_default_base_url(clean_env: pytest.MonkeyPatch) -> None:
    rec = Recorder()
    client = FlowrouteClient("a", "b", http_client=_http(rec))
    client.routes.list_inbound_routes()
    assert str(rec.last.url) == "https://api.flowroute.com/v2/routes"


def test_insecure_base_url_from_the_environment_is_refused(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("FLOWROUTE_BASE_URL", "http://api.example.com")
    with pytest.raises(InvalidParameterError) as info:
        FlowrouteClient("a", "b")
    assert info.value.parameter == "base_url"


@pytest.mark.parametrize(
    ("access", "secret", "env", "missing"),
    [
        (None, None, {}, "access_key and secret_key"),
        ("a", None, {}, "secret_key"),
        (None, "b", {}, "access_key"),
        ("", "b", {}, "access_key"),
        (None, None, {"FR_ACCESS_KEY": "a", "FR_SECRET_KEY": ""}, "secret_key"),
        (None, None, {"FR_SECRET_KEY": "b"}, "access_key"),
    ],
)
@pytest.mark.parametrize("cls", [FlowrouteClient, AsyncFlowrouteClient, FlowroutenumbersandmessagingClient])
def test_missing_credentials(
    clean_env: pytest.MonkeyPatch,
    access: str | None,
    secret: str | None,
    env: dict[str, str],
    missing: str,
    cls: type[object],
) -> None:
    for name, value in env.items():
        clean_env.setenv(name, value)
    with pytest.raises(MissingCredentialsError) as info:
        cls(access, secret)  # type: ignore[call-arg]
    message = str(info.value)
    assert isinstance(info.value, FlowrouteError)
    assert message.startswith(f"missing Flowroute {missing}:")
    assert "FR_ACCESS_KEY" in message
    assert "FR_SECRET_KEY" in message


def test_facade_takes_credentials_positionally_and_from_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    rec = Recorder()
    seeded: Any = FlowroutenumbersandmessagingClient("seed-user", "seed-pass", http_client=_http(rec))
    seeded.routes.list_inbound_routes()
    assert basic_auth(rec.last) == ("seed-user", "seed-pass")
    clean_env.setenv("FR_ACCESS_KEY", "env-access")
    clean_env.setenv("FR_SECRET_KEY", "env-secret")
    from_env: Any = FlowroutenumbersandmessagingClient(http_client=_http(rec))
    from_env.routes.list_inbound_routes()
    assert basic_auth(rec.last) == ("env-access", "env-secret")


# --- several accounts in one process ------------------------------------------------

ACCOUNTS = {NUMBER: ("acct-A", "secret-A"), OTHER_NUMBER: ("acct-B", "secret-B:with:colons")}


def test_interleaved_sync_clients_send_their_own_credentials() -> None:
    seen: list[tuple[str, tuple[str, str]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path.rsplit("/", 1)[-1], basic_auth(request)))
        return ok_response(request)

    # One shared httpx pool, as an application with several accounts might use.
    shared = httpx.Client(transport=httpx.MockTransport(handler))
    clients = {
        number: FlowrouteClient(access, secret, http_client=shared, base_url=BASE_URL)
        for number, (access, secret) in ACCOUNTS.items()
    }
    for _ in range(3):
        for number, client in clients.items():
            client.numbers.list_phone_number_details(number)
    assert len(seen) == 6
    for number, auth in seen:
        assert auth == ACCOUNTS[number]
    assert [n for n, _ in seen] == [NUMBER, OTHER_NUMBER] * 3


async def test_concurrent_async_clients_send_their_own_credentials() -> None:
    seen: list[tuple[str, tuple[str, str]]] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(random.random() / 1000)
        seen.append((request.url.path.rsplit("/", 1)[-1], basic_auth(request)))
        return ok_response(request)

    shared = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    clients = [
        (number, AsyncFlowrouteClient(access, secret, http_client=shared, base_url=BASE_URL))
        for number, (access, secret) in ACCOUNTS.items()
    ]
    results = await asyncio.gather(
        *(client.numbers.list_phone_number_details(number) for _ in range(20) for number, client in clients)
    )
    assert len(results) == 40
    assert len(seen) == 40
    for number, auth in seen:
        assert auth == ACCOUNTS[number]
    # They really did overlap: completion order differs from submission order.
    assert [n for n, _ in seen] != [NUMBER, OTHER_NUMBER] * 20
    await shared.aclose()


def test_a_later_client_does_not_change_an_earlier_one() -> None:
    rec = Recorder()
    first = FlowrouteClient("first", "first-secret", http_client=_http(rec), base_url=BASE_URL, max_retries=1)
    FlowrouteClient("second", "second-secret", base_url="https://other.example.test", max_retries=5).close()
    first.routes.list_inbound_routes()
    assert basic_auth(rec.last) == ("first", "first-secret")
    assert rec.last.url.host == "api.flowroute.com"
    assert first.max_retries == 1


def test_no_credentials_are_kept_at_module_or_class_level() -> None:
    client = FlowrouteClient("acct", SECRET)
    token = client._pipeline.credentials.authorization_header()
    for name, module in list(sys.modules.items()):
        if not (name.startswith("flowroute") or name.startswith("flowroute_api")) or module is None:
            continue
        for value in vars(module).values():
            holders = [value, *vars(value).values()] if isinstance(value, type) else [value]
            for holder in holders:
                assert holder is not client._pipeline.credentials
                if isinstance(holder, str):
                    assert SECRET not in holder
                    assert token not in holder
    client.close()


# --- lifecycle ---------------------------------------------------------------------


def test_context_manager_closes_an_owned_client() -> None:
    with FlowrouteClient("a", "b") as client:
        http = client._http
        assert not http.is_closed
        assert http.follow_redirects is False
    assert http.is_closed


def test_close_is_idempotent() -> None:
    client = FlowrouteClient("a", "b")
    client.close()
    client.close()
    assert client._http.is_closed


def test_context_manager_leaves_a_supplied_client_open() -> None:
    rec = Recorder()
    http = _http(rec)
    with FlowrouteClient("a", "b", http_client=http, base_url=BASE_URL) as client:
        client.routes.list_inbound_routes()
    assert not http.is_closed
    # Still usable by its owner, and by a new SDK client.
    FlowrouteClient("a", "b", http_client=http, base_url=BASE_URL).routes.list_inbound_routes()
    assert rec.calls == 2
    http.close()


def test_closed_owned_client_refuses_further_calls() -> None:
    client = FlowrouteClient("a", "b")
    client.close()
    with pytest.raises(flowroute.ClientClosedError, match="closed"):
        client.routes.list_inbound_routes()


async def test_async_context_manager_closes_an_owned_client() -> None:
    async with AsyncFlowrouteClient("a", "b") as client:
        http = client._http
        assert not http.is_closed
        assert http.follow_redirects is False
    assert http.is_closed


async def test_aclose() -> None:
    client = AsyncFlowrouteClient("a", "b")
    await client.aclose()
    assert client._http.is_closed


async def test_async_supplied_client_is_left_open() -> None:
    rec = Recorder()
    http = httpx.AsyncClient(transport=httpx.MockTransport(rec))
    async with AsyncFlowrouteClient("a", "b", http_client=http, base_url=BASE_URL) as client:
        await client.routes.list_inbound_routes()
    client2 = AsyncFlowrouteClient("a", "b", http_client=http, base_url=BASE_URL)
    await client2.aclose()
    assert not http.is_closed
    await client2.routes.list_inbound_routes()
    assert rec.calls == 2
    await http.aclose()


async def test_async_with_options_clone_does_not_close_the_pool() -> None:
    client = AsyncFlowrouteClient("a", "b")
    await client.with_options(max_retries=0).aclose()
    assert not client._http.is_closed
    await client.aclose()
    assert client._http.is_closed


@pytest.mark.parametrize("cls", [FlowrouteClient, AsyncFlowrouteClient])
def test_repr_shows_base_url_not_credentials(cls: type[FlowrouteClient] | type[AsyncFlowrouteClient]) -> None:
    client = cls("acct-visible-key", SECRET, base_url="https://sandbox.example.test/", max_retries=4)
    assert repr(client) == f"{cls.__name__}(base_url='https://sandbox.example.test', max_retries=4)"
    assert "acct-visible-key" not in repr(client)


def test_facade_repr(clean_env: pytest.MonkeyPatch) -> None:
    facade = FlowroutenumbersandmessagingClient("acct", SECRET)
    assert repr(facade) == (
        "FlowroutenumbersandmessagingClient(FlowrouteClient(base_url='https://api.flowroute.com', max_retries=2))"
    )
    facade.client.close()


def test_public_names() -> None:
    assert flowroute.ErrorException is flowroute.APIStatusError
    assert set(flowroute.__all__) >= {"FlowrouteClient", "AsyncFlowrouteClient", "RetryPolicy", "ErrorException"}

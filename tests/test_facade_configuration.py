"""``flowroutenumbersandmessaging.configuration.Configuration``: defaults for façade clients only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from flowroute import AsyncFlowrouteClient, FlowrouteClient, MissingCredentialsError
from flowroutenumbersandmessaging.configuration import Configuration
from flowroutenumbersandmessaging.flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

from tests.support import Recorder, basic_auth

pytestmark = pytest.mark.usefixtures("restore_configuration")

SETTINGS = ("basic_auth_user_name", "basic_auth_password", "base_uri", "timeout", "array_serialization")


@pytest.fixture
def restore_configuration(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("FR_ACCESS_KEY", "FR_SECRET_KEY", "FLOWROUTE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    saved = {name: getattr(Configuration, name) for name in SETTINGS}
    yield
    for name, value in saved.items():
        setattr(Configuration, name, value)


def _facade(rec: Recorder, *args: Any) -> Any:
    return FlowroutenumbersandmessagingClient(*args, http_client=httpx.Client(transport=httpx.MockTransport(rec)))


def _configure(name: str, timeout: float) -> None:
    Configuration.basic_auth_user_name = f"{name}-access"
    Configuration.basic_auth_password = f"{name}-secret"
    Configuration.base_uri = f"https://{name}.example.test"
    Configuration.timeout = timeout


def test_the_module_as_the_demos_use_it(prism_url: str) -> None:
    namespace: dict[str, Any] = {}
    exec("from flowroutenumbersandmessaging.configuration import *", namespace)  # noqa: S102 - the demos' import
    assert namespace["Configuration"] is Configuration
    Configuration.basic_auth_user_name = "demo-access"
    Configuration.basic_auth_password = "demo-secret"  # noqa: S105 - a test value
    Configuration.base_uri = prism_url
    # One demo reads the class, another an instance; both see the assignment.
    assert Configuration().basic_auth_user_name == "demo-access"
    client: Any = FlowroutenumbersandmessagingClient(
        Configuration.basic_auth_user_name, Configuration.basic_auth_password
    )
    assert client.config is Configuration
    assert str(client.client.base_url) == prism_url
    result = client.numbers.list_account_phone_numbers(None, None, None, 3, None)
    number_id = result["data"][0]["id"]
    assert number_id.isdigit()
    assert client.numbers.list_phone_number_details(number_id)["data"]["type"] == "number"
    assert "demo-secret" not in repr(client)
    client.close()


def test_unset_attributes_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FR_ACCESS_KEY", "env-access")
    monkeypatch.setenv("FR_SECRET_KEY", "env-secret")
    assert Configuration.basic_auth_user_name is None and Configuration.base_uri is None
    rec = Recorder()
    _facade(rec, Configuration.basic_auth_user_name, Configuration.basic_auth_password).routes.list_inbound_routes()
    assert basic_auth(rec.last) == ("env-access", "env-secret")
    assert str(rec.last.url) == "https://api.flowroute.com/v2/routes"


def test_settings_reach_clients_made_afterwards_only() -> None:
    _configure("first", 7)
    before_rec = Recorder()
    before = _facade(before_rec)
    _configure("second", 3)
    after_rec = Recorder()
    after = _facade(after_rec)
    before.numbers.list_account_phone_numbers()
    after.numbers.list_account_phone_numbers()
    assert basic_auth(before_rec.last) == ("first-access", "first-secret")
    assert before_rec.last.url.host == "first.example.test" and before.client.timeout.read == 7
    assert basic_auth(after_rec.last) == ("second-access", "second-secret")
    assert after_rec.last.url.host == "second.example.test" and after.client.timeout.read == 3


def test_arguments_win_over_configuration() -> None:
    _configure("config", 9)
    rec = Recorder()
    client: Any = FlowroutenumbersandmessagingClient(
        "arg-access",
        "arg-secret",
        base_url="https://arg.example.test",
        timeout=2,
        http_client=httpx.Client(transport=httpx.MockTransport(rec)),
    )
    client.messages.look_up_a_message_detail_record("mdr2-39cadeace66e11e7aff806cd7f24ba2d")
    assert basic_auth(rec.last) == ("arg-access", "arg-secret")
    assert rec.last.url.host == "arg.example.test" and client.client.timeout.read == 2


def test_configuration_never_reaches_the_typed_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    _configure("config", 1)
    # No credentials anywhere else: the typed clients do not borrow the façade's.
    with pytest.raises(MissingCredentialsError):
        FlowrouteClient()
    with pytest.raises(MissingCredentialsError):
        AsyncFlowrouteClient()
    monkeypatch.setenv("FR_ACCESS_KEY", "env-access")
    monkeypatch.setenv("FR_SECRET_KEY", "env-secret")
    rec = Recorder()
    typed = FlowrouteClient(http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    typed.routes.list_inbound_routes()
    assert basic_auth(rec.last) == ("env-access", "env-secret")
    assert rec.last.url.host == "api.flowroute.com"
    assert typed.timeout.read == 30 and AsyncFlowrouteClient().timeout.read == 30

"""Registering the receiver's URL through the account and per-number callback operations, against Prism."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from flowroute import AsyncFlowrouteClient, FlowrouteClient, InvalidParameterError
from flowroute.webhooks import aregister_callbacks, callback_url, register_callbacks

TOKEN = "register-test-token-0123456789"  # noqa: S105 - a test token
BASE = "https://hooks.example.test/flowroute?tenant=7&token=stale"


def test_callback_url_sets_exactly_one_token_and_keeps_the_rest() -> None:
    url = callback_url(BASE, TOKEN)
    query = parse_qs(urlsplit(url).query)
    assert query == {"tenant": ["7"], "token": [TOKEN]}
    assert url.startswith("https://hooks.example.test/flowroute?")
    for bad_base in ("hooks.example.test/x", "ftp://example.test/x"):
        with pytest.raises(InvalidParameterError, match="base_url"):
            callback_url(bad_base, TOKEN)
    with pytest.raises(InvalidParameterError, match="token"):
        callback_url(BASE, "short")


Sent = list[tuple[str, str, dict[str, str]]]


def _record(sent: Sent, request: httpx.Request) -> None:
    sent.append((request.method, request.url.path, json.loads(request.content)))


@pytest.mark.prism
def test_account_level_registration_sets_four_callbacks(prism_url: str) -> None:
    sent: Sent = []
    http_client = httpx.Client(event_hooks={"request": [lambda request: _record(sent, request)]})
    with FlowrouteClient("access-key", "secret-key", base_url=prism_url, http_client=http_client) as client:
        url = register_callbacks(client, BASE, TOKEN)
    http_client.close()
    assert url == callback_url(BASE, TOKEN)
    assert sent == [
        ("PUT", f"/v2.1/messages/{kind}", {"callback_url": url})
        for kind in ("sms_callback", "mms_callback", "sms_dlr_callback", "mms_dlr_callback")
    ]


@pytest.mark.prism
def test_per_number_registration_through_the_async_client(prism_url: str) -> None:
    sent: Sent = []

    async def record(request: httpx.Request) -> None:
        _record(sent, request)

    async def register() -> str:
        http_client = httpx.AsyncClient(event_hooks={"request": [record]})
        async with AsyncFlowrouteClient("access-key", "secret-key", base_url=prism_url, http_client=http_client) as c:
            url = await aregister_callbacks(c, BASE, TOKEN, kinds=["inbound_sms"], number="16175550142")
        await http_client.aclose()
        return url

    url = asyncio.run(register())
    assert sent == [("POST", "/v2/numbers/16175550142/relationships/sms_callback", {"callback_url": url})]


def test_port_order_events_cannot_be_registered_here() -> None:
    with pytest.raises(InvalidParameterError, match="kinds"):
        register_callbacks(FlowrouteClient("a", "b"), BASE, TOKEN, kinds=["port_order"])

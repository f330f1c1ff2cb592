"""Redirects over real loopback sockets: the secret key must not follow a
redirect to another origin, and the SDK's own client does not follow any."""

from __future__ import annotations

import base64

import httpx
import pytest
from flowroute import APIStatusError, AsyncFlowrouteClient, FlowrouteClient

from tests.support import NUMBER, OTHER_NUMBER, SECRET, Answer, LoopbackServer, Seen, example, json_answer

DETAILS = f"/v2/numbers/{NUMBER}"
EXPECTED_AUTH = "Basic " + base64.b64encode(f"acct:{SECRET}".encode()).decode()


def _target(seen: Seen) -> Answer:
    if seen.method == "POST":
        return json_answer(202, example("/v2.1/messages", "post", "202"))
    return json_answer(200, example("/v2/numbers/{id}", "get", "200"))


def _redirect_to(base: str, status: int = 307) -> LoopbackServer:
    return LoopbackServer(lambda seen: (status, {"Location": base + seen.path}, b""))


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_cross_origin_redirect_drops_authorization(status: int) -> None:
    with LoopbackServer(_target) as other, _redirect_to(other.url, status) as first:
        http = httpx.Client(follow_redirects=True)
        client = FlowrouteClient("acct", SECRET, base_url=first.url, http_client=http)
        result = client.numbers.list_phone_number_details(NUMBER)
        http.close()
    assert result.data.id == NUMBER
    assert [s.path for s in first.requests] == [DETAILS]
    assert first.requests[0].headers["authorization"] == EXPECTED_AUTH
    assert [s.path for s in other.requests] == [DETAILS]
    assert "authorization" not in other.requests[0].headers
    for seen in other.requests:
        assert SECRET not in repr(seen.headers)
        assert EXPECTED_AUTH.split()[1] not in repr(seen.headers)


def test_cross_origin_307_resends_the_message_without_authorization() -> None:
    with LoopbackServer(_target) as other, _redirect_to(other.url) as first:
        http = httpx.Client(follow_redirects=True)
        client = FlowrouteClient("acct", SECRET, base_url=first.url, http_client=http)
        client.messages.send(OTHER_NUMBER, NUMBER, "hello")
        http.close()
    assert [(s.method, s.path) for s in other.requests] == [("POST", "/v2.1/messages")]
    assert other.requests[0].body == first.requests[0].body
    assert "authorization" not in other.requests[0].headers


async def test_cross_origin_redirect_drops_authorization_async() -> None:
    with LoopbackServer(_target) as other, _redirect_to(other.url) as first:
        http = httpx.AsyncClient(follow_redirects=True)
        client = AsyncFlowrouteClient("acct", SECRET, base_url=first.url, http_client=http)
        result = await client.numbers.list_phone_number_details(NUMBER)
        await http.aclose()
    assert result.data.id == NUMBER
    assert first.requests[0].headers["authorization"] == EXPECTED_AUTH
    assert "authorization" not in other.requests[0].headers


def test_same_origin_redirect_keeps_authorization() -> None:
    def respond(seen: Seen) -> Answer:
        if seen.path.startswith("/moved"):
            return _target(seen)
        return 307, {"Location": "/moved" + seen.path}, b""

    with LoopbackServer(respond) as server:
        http = httpx.Client(follow_redirects=True)
        client = FlowrouteClient("acct", SECRET, base_url=server.url, http_client=http)
        assert client.numbers.list_phone_number_details(NUMBER).data.id == NUMBER
        http.close()
    assert [s.path for s in server.requests] == [DETAILS, "/moved" + DETAILS]
    assert [s.headers["authorization"] for s in server.requests] == [EXPECTED_AUTH, EXPECTED_AUTH]


def test_other_port_on_the_same_host_is_another_origin() -> None:
    # Two servers on 127.0.0.1: only the port differs, and that is enough.
    with LoopbackServer(_target) as other, _redirect_to(other.url) as first:
        assert first.url.rsplit(":", 1)[0] == other.url.rsplit(":", 1)[0]
        http = httpx.Client(follow_redirects=True)
        FlowrouteClient("acct", SECRET, base_url=first.url, http_client=http).numbers.list_phone_number_details(NUMBER)
        http.close()
    assert "authorization" not in other.requests[0].headers


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_default_client_does_not_follow_redirects(status: int) -> None:
    with (
        LoopbackServer(_target) as other,
        _redirect_to(other.url, status) as first,
        FlowrouteClient("acct", SECRET, base_url=first.url, max_retries=2) as client,
        pytest.raises(APIStatusError) as info,
    ):
        client.numbers.list_phone_number_details(NUMBER)
    exc = info.value
    assert type(exc) is APIStatusError
    assert exc.status_code == status
    assert exc.headers["location"] == other.url + DETAILS
    assert exc.retries == 0
    assert len(first.requests) == 1
    assert other.requests == []


async def test_default_async_client_does_not_follow_redirects() -> None:
    with LoopbackServer(_target) as other, _redirect_to(other.url) as first:
        async with AsyncFlowrouteClient("acct", SECRET, base_url=first.url) as client:
            with pytest.raises(APIStatusError) as info:
                await client.messages.send(OTHER_NUMBER, NUMBER, "hello")
    assert info.value.status_code == 307
    assert other.requests == []

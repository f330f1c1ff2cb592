"""The aiohttp transport keeps the retry rules safe: only "never sent" looks like a connect error."""

from __future__ import annotations

import socket

import flowroute
import httpx
import pytest
from flowroute import AsyncFlowrouteClient, RetryPolicy

from tests.faultserver import Fault, FaultPlan, FaultServer

FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.002, rate_limit_backoff=0.001)


def _client(url: str, **kwargs: object) -> AsyncFlowrouteClient:
    return AsyncFlowrouteClient(
        "key",
        "secret",
        base_url=url,
        transport="aiohttp",
        retry_policy=FAST,
        timeout=2.0,
        **kwargs,  # type: ignore[arg-type]
    )


async def test_auto_transport_is_aiohttp_when_the_extra_is_installed() -> None:
    client = AsyncFlowrouteClient("key", "secret", base_url="http://127.0.0.1:1")
    assert type(client._http._transport).__name__ == "SafeAiohttpTransport"
    await client.aclose()
    stock = AsyncFlowrouteClient("key", "secret", base_url="http://127.0.0.1:1", transport="httpx")
    assert isinstance(stock._http._transport, httpx.AsyncHTTPTransport)
    await stock.aclose()


def test_unknown_transport_is_refused() -> None:
    with pytest.raises(flowroute.InvalidParameterError, match="transport"):
        AsyncFlowrouteClient("key", "secret", transport="curl")  # type: ignore[arg-type]


@pytest.mark.parametrize("fault", [Fault.RESET_AFTER_PROCESSING, Fault.RESET_BEFORE_BODY])
async def test_send_is_not_resent_after_the_connection_drops(fault: Fault) -> None:
    with FaultServer(FaultPlan()) as server:
        server.script([fault, Fault.NONE, Fault.NONE])
        async with _client(server.url) as client:
            with pytest.raises(flowroute.APIConnectionError) as info:
                await client.messages.send("16175550199", "16175550142", "only once please")
        stats = server.stats()
    assert not isinstance(info.value, flowroute.APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ReadError)
    # One attempt reached the server; none was resent.
    assert sum(1 for r in stats.log if r.path == "/v2.1/messages") == 1


async def test_get_is_retried_after_the_connection_drops() -> None:
    with FaultServer(FaultPlan()) as server:
        server.script([Fault.RESET_AFTER_PROCESSING, Fault.NONE])
        async with _client(server.url) as client:
            page = await client.numbers.list_available_area_codes(limit=1)
    assert page.data[0].id == "201"


async def test_refused_connection_is_a_connect_error_and_a_send_is_retried() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with _client(f"http://127.0.0.1:{port}", max_retries=1) as client:
        with pytest.raises(flowroute.APIConnectionError) as info:
            await client.messages.send("16175550199", "16175550142", "hello")
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert "1 of 1" not in str(info.value)


async def test_stall_is_a_read_timeout_and_a_send_is_not_resent() -> None:
    with FaultServer(FaultPlan(stall_seconds=1.5)) as server:
        server.script([Fault.STALL, Fault.NONE])
        async with AsyncFlowrouteClient(
            "key", "secret", base_url=server.url, transport="aiohttp", retry_policy=FAST, timeout=httpx.Timeout(0.3)
        ) as client:
            with pytest.raises(flowroute.APITimeoutError) as info:
                await client.messages.send("16175550199", "16175550142", "slow one")
        stats = server.stats()
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert sum(1 for r in stats.log if r.path == "/v2.1/messages") == 1


async def test_aiohttp_does_not_resend_behind_the_retry_policy() -> None:
    # aiohttp on its own resends a GET once when a pooled connection drops; with
    # max_retries=0 the server must see exactly one attempt.
    with FaultServer(FaultPlan()) as server:
        async with _client(server.url, max_retries=0) as client:
            await client.numbers.list_available_area_codes(limit=1)  # warm a pooled connection
            server.reset_stats()
            server.script([Fault.RESET_AFTER_PROCESSING, Fault.NONE])
            with pytest.raises(flowroute.APIConnectionError):
                await client.numbers.list_available_area_codes(limit=1)
        stats = server.stats()
    assert sum(1 for r in stats.log if r.path == "/v2/numbers/available/areacodes") == 1

"""send_many: bounded concurrency, one result per message, failures isolated."""

from __future__ import annotations

import asyncio
from typing import Any

import flowroute
import pytest
from flowroute import AsyncFlowrouteClient, RetryPolicy

from tests.faultserver import Fault, FaultPlan, FaultServer

FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.002, rate_limit_backoff=0.001)


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_every_message_gets_a_result_in_order(transport: Any) -> None:
    messages: list[Any] = [{"to": "16175550199", "from_": "16175550142", "body": f"msg {i}"} for i in range(60)]
    messages[7] = {"to": "not-a-number", "from_": "16175550142", "body": "bad"}
    messages[8] = {"to": "16175550199", "from": "16175550142", "body": "api json form"}
    messages[9] = {"to": "16175550199", "from_": "16175550142", "body": "x", "colour": "red"}
    with FaultServer(FaultPlan()) as server:
        # The first requests to arrive fail after processing: a send must not be resent.
        server.script([Fault.SERVER_ERROR_500_PROCESSED] * 3)
        async with AsyncFlowrouteClient(
            "key", "secret", base_url=server.url, transport=transport, retry_policy=FAST, rate_limiter=None
        ) as client:
            results = await client.messages.send_many(messages, concurrency=8)
        stats = server.stats()
    assert [r.index for r in results] == list(range(60))
    assert all(r.message is messages[r.index] for r in results)
    assert isinstance(results[7].error, flowroute.InvalidParameterError)
    assert results[7].error.parameter == "to"
    assert isinstance(results[9].error, flowroute.InvalidParameterError)
    assert results[8].ok
    server_errors = [r for r in results if isinstance(r.error, flowroute.ServerError)]
    assert len(server_errors) == 3
    assert sum(r.ok for r in results) == 60 - 2 - 3
    assert all(r.accepted is not None and r.accepted.data.id.startswith("mdr2-") for r in results if r.ok)
    # Each valid message reached the server exactly once.
    assert sorted(stats.sends_by_body.values()) == [1] * 58


async def test_concurrency_is_bounded() -> None:
    in_flight = 0
    peak = 0
    lock = asyncio.Lock()

    class Counting(flowroute.AsyncFlowrouteClient):
        async def _execute(self, call: Any) -> Any:
            nonlocal in_flight, peak
            async with lock:
                in_flight += 1
                peak = max(peak, in_flight)
            await asyncio.sleep(0.005)
            async with lock:
                in_flight -= 1
            return None

    client = Counting("key", "secret", base_url="http://127.0.0.1:1")
    msgs = [{"to": "16175550199", "from_": "16175550142", "body": str(i)} for i in range(40)]
    results = await client.messages.send_many(msgs, concurrency=5)
    await client.aclose()
    assert len(results) == 40
    assert peak == 5


async def test_concurrency_is_validated() -> None:
    async with AsyncFlowrouteClient("key", "secret", base_url="http://127.0.0.1:1") as client:
        with pytest.raises(flowroute.InvalidParameterError, match="concurrency"):
            await client.messages.send_many([], concurrency=0)

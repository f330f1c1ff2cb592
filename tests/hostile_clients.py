"""Run one operation on each client flavour: sync, async over httpx, async over aiohttp.

``run(kind, url, op, **settings)`` builds the client, calls ``op(client)`` (for
the async clients ``op`` returns a coroutine, which is awaited) and closes the
client, so an attack is written once and aimed at all three.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

from flowroute import AsyncFlowrouteClient, FlowrouteClient, RetryPolicy

from tests.support import example

KINDS = ("sync", "httpx", "aiohttp")
FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.002, rate_limit_backoff=0.001)
TO, FROM = "16175550199", "16175550142"
SEND_ACCEPTED = json.dumps(example("/v2.1/messages", "post", "202")).encode()
AREA_CODES = json.dumps(example("/v2/numbers/available/areacodes", "get", "200")).encode()


def run(kind: str, url: str, op: Callable[[Any], Any], **settings: Any) -> Any:
    settings.setdefault("retry_policy", FAST)
    if kind == "sync":
        with FlowrouteClient("key", "secret", base_url=url, **settings) as client:
            return op(client)

    async def main() -> Any:
        async with AsyncFlowrouteClient("key", "secret", base_url=url, transport=kind, **settings) as client:  # type: ignore[arg-type]
            return await op(client)

    return asyncio.run(main())


def send(client: Any) -> Any:
    return client.messages.send(TO, FROM, "hello")


def area_codes(client: Any) -> Any:
    return client.numbers.list_available_area_codes()

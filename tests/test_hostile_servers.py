"""Smaller holes a hostile server can find: paginators that never advance, a 204 with a body,
and exception texts that quote aiohttp's copy of the URL. Each runs on sync, async-httpx and async-aiohttp."""

from __future__ import annotations

import asyncio
import copy
import gzip
import json
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import flowroute
import pytest
from flowroute import AsyncFlowrouteClient, FlowrouteClient

from tests.hostile_clients import FAST, KINDS, run
from tests.hostile_server import Connection, HostileServer, Request
from tests.support import example

TOTAL = 25
PAGE = 10
NUMBER = "12065550123"


PAGE_EXAMPLE = example("/v2/numbers", "get", "200")
DETAIL = example("/v2/numbers/{id}", "get", "200")


def _number(n: int) -> dict[str, Any]:
    value = str(12065550000 + n)
    record: dict[str, Any] = copy.deepcopy(PAGE_EXAMPLE["data"][0])
    record["id"] = value
    record["attributes"]["value"] = value
    return record


def paging(next_link: Callable[[str, int, int], str | None], *, honour_offset: bool = True) -> Any:
    def behave(request: Request, conn: Connection) -> bool:
        query = parse_qs(urlsplit(request.target).query)
        limit = int(query.get("limit", [str(PAGE)])[0])
        offset = int(query.get("offset", ["0"])[0]) if honour_offset else 0
        data = [_number(n) for n in range(offset, min(offset + limit, TOTAL))]
        base = f"http://127.0.0.1:{conn.sock.getsockname()[1]}"
        links: dict[str, str] = {"self": f"{base}{request.target}"}
        link = next_link(base, offset, len(behave.served))  # type: ignore[attr-defined]
        if link is not None and offset + limit < TOTAL:
            links["next"] = link
        behave.served.append(offset)  # type: ignore[attr-defined]
        conn.answer(200, json.dumps({"data": data, "links": links}).encode(), {"Content-Type": "application/json"})
        return True

    behave.served = []  # type: ignore[attr-defined]
    return behave


def collect(kind: str, url: str) -> list[str]:
    # max_items is only a backstop so a regression fails instead of hanging.
    if kind == "sync":
        with FlowrouteClient("k", "s", base_url=url, retry_policy=FAST) as client:
            return [n.id for n in client.numbers.iter_account_phone_numbers(page_size=PAGE, max_items=500)]

    async def main() -> list[str]:
        async with AsyncFlowrouteClient("k", "s", base_url=url, transport=kind, retry_policy=FAST) as client:  # type: ignore[arg-type]
            return [n.id async for n in client.numbers.iter_account_phone_numbers(page_size=PAGE, max_items=500)]

    return asyncio.run(main())


ALL = [str(12065550000 + n) for n in range(TOTAL)]


@pytest.mark.parametrize("kind", KINDS)
def test_a_next_link_back_to_offset_zero_is_replaced_by_the_next_offset(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    behave = paging(lambda base, offset, n: f"{base}/v2/numbers?limit={PAGE}&offset=0")
    with caplog.at_level(logging.WARNING, "flowroute"), HostileServer(behave) as server:
        got = collect(kind, server.url)
    assert got == ALL
    assert behave.served == [0, 10, 20]
    assert any("links.next asks for offset 0" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("kind", KINDS)
def test_a_changing_link_stuck_at_offset_zero_ends(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    # The link changes every time, and the server ignores offsets: every page is the first.
    behave = paging(lambda base, offset, n: f"{base}/v2/numbers?limit={PAGE}&offset=0&nonce={n}", honour_offset=False)
    with caplog.at_level(logging.WARNING, "flowroute"), HostileServer(behave) as server:
        got = collect(kind, server.url)
    assert got == ALL[:PAGE]  # the first page once, never repeated
    assert len(behave.served) == 2
    assert any("same page again" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("kind", KINDS)
def test_a_link_without_offset_that_repeats_the_page_ends(kind: str) -> None:
    behave = paging(lambda base, offset, n: f"{base}/v2/numbers?limit={PAGE}&cursor={n}", honour_offset=False)
    with HostileServer(behave) as server:
        got = collect(kind, server.url)
    assert got == ALL[:PAGE]


def no_content_with_a_body(request: Request, conn: Connection) -> bool:
    if request.method == "DELETE":
        # A 204 must not carry a body; this one does, in the same packet as its head.
        conn.send(b"HTTP/1.1 204 No Content\r\nContent-Length: 20\r\n\r\n" + b'{"stray": "bytes!!"}')
    else:
        conn.answer(200, json.dumps(DETAIL).encode(), {"Content-Type": "application/json"})
    return True


@pytest.mark.parametrize("kind", KINDS)
def test_a_204_with_a_body_does_not_poison_the_next_call(kind: str) -> None:
    async def twice(client: Any) -> Any:
        await client.e911s.delete_address("20930")
        return await client.numbers.list_phone_number_details(NUMBER)

    def sync_twice(client: Any) -> Any:
        client.e911s.delete_address("20930")
        return client.numbers.list_phone_number_details(NUMBER)

    with HostileServer(no_content_with_a_body) as server:
        detail = run(kind, server.url, sync_twice if kind == "sync" else twice, max_retries=0)
    assert detail.data.id == DETAIL["data"]["id"]
    assert [r.method for r in server.requests] == ["DELETE", "GET"]
    assert not server.errors
    assert server.connections == 2  # the DELETE's connection, stray bytes and all, was not reused


def drop_after_head(request: Request, conn: Connection) -> bool:
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{")
    return False


def broken_status_line(request: Request, conn: Connection) -> bool:
    conn.send(b"HTTP/1.1 2x0 What\r\n\r\n")
    return False


@pytest.mark.parametrize("behave", [drop_after_head, broken_status_line], ids=["dropped", "garbled"])
@pytest.mark.parametrize("kind", KINDS)
def test_connection_errors_do_not_quote_the_phone_number(kind: str, behave: Any) -> None:
    def detail(client: Any) -> Any:
        return client.numbers.list_phone_number_details(NUMBER)

    with HostileServer(behave) as server, pytest.raises(flowroute.APIConnectionError) as info:
        run(kind, server.url, detail, max_retries=0)
    text = str(info.value) + repr(info.value)
    assert NUMBER not in text, text
    assert "***0123" in text


def gzipped(body: bytes) -> Any:
    def behave(request: Request, conn: Connection) -> bool:
        conn.answer(200, body, {"Content-Type": "application/json", "Content-Encoding": "gzip"})
        return True

    return behave


@pytest.mark.parametrize("kind", KINDS)
def test_a_gzipped_answer_is_inflated_in_steps_and_parsed(kind: str) -> None:
    page = json.dumps(PAGE_EXAMPLE).encode() + b" " * 1_000_000  # inflates past one step
    with HostileServer(gzipped(gzip.compress(page))) as server:
        got = run(kind, server.url, lambda c: c.numbers.list_account_phone_numbers(), max_retries=0)
    assert [n.id for n in got.data] == [n["id"] for n in PAGE_EXAMPLE["data"]]
    assert server.requests[0].headers["accept-encoding"] == "gzip"


@pytest.mark.parametrize("kind", KINDS)
def test_a_corrupt_gzip_answer_is_a_flowroute_error(kind: str) -> None:
    corrupt = gzip.compress(json.dumps(PAGE_EXAMPLE).encode())[:12] + b"\x00garbage\xff" * 20
    with HostileServer(gzipped(corrupt)) as server, pytest.raises(flowroute.FlowrouteError):
        run(kind, server.url, lambda c: c.numbers.list_account_phone_numbers(), max_retries=0)

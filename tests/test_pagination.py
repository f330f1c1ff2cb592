"""Auto-pagination against a loopback paging server and against Prism, sync and async."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import flowroute
import pytest
from flowroute import AsyncFlowrouteClient, FlowrouteClient


class PagingServer:
    """Serves ``total`` account numbers at /v2/numbers with Flowroute-style links."""

    def __init__(self, total: int, *, next_host: str | None = None, self_links: bool = True) -> None:
        self.total = total
        self.next_host = next_host  # None: links point back at this server
        self.requests: list[dict[str, list[str]]] = []
        self.paths: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                server.requests.append(query)
                server.paths.append(parts.path)
                body = json.dumps(server.page(parts.path, query)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/vnd.api+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def page(self, path: str, query: dict[str, list[str]]) -> dict[str, Any]:
        limit = int(query.get("limit", ["10"])[0])
        offset = int(query.get("offset", ["0"])[0])
        numbers = [str(12065550000 + i) for i in range(offset, min(offset + limit, self.total))]
        data = [
            {
                "type": "number",
                "id": n,
                "attributes": {
                    "alias": None,
                    "cnam_lookups_enabled": False,
                    "number_type": "standard",
                    "rate_center": "seattle",
                    "state": "wa",
                    "value": n,
                },
                "links": {"self": f"https://api.flowroute.com/v2/numbers/{n}"},
            }
            for n in numbers
        ]
        host = self.next_host or self.url
        links = {"self": f"{host}{path}?limit={limit}&offset={offset}"}
        if offset + limit < self.total:
            # `marker` only exists in links, proving the client followed the link itself.
            links["next"] = f"{host}{path}?limit={limit}&offset={offset + limit}&marker=from-link"
        return {"data": data, "links": links}

    def __enter__(self) -> PagingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def client_for() -> Iterator[Any]:
    clients: list[FlowrouteClient] = []

    def make(url: str) -> FlowrouteClient:
        clients.append(FlowrouteClient("key", "secret", base_url=url, max_retries=0))
        return clients[-1]

    yield make
    for c in clients:
        c.close()


def _ids(total: int, start: int = 0) -> list[str]:
    return [str(12065550000 + i) for i in range(start, total)]


@pytest.mark.parametrize(("total", "page_size", "pages"), [(10, 5, 2), (11, 5, 3), (4, 5, 1), (1, 1, 1)])
def test_walks_every_record_and_stops_on_the_last_page(client_for: Any, total: int, page_size: int, pages: int) -> None:
    with PagingServer(total) as server:
        got = [n.id for n in client_for(server.url).numbers.iter_account_phone_numbers(page_size=page_size)]
    assert got == _ids(total)
    # An exact multiple ends on the page without `next`; no extra empty request.
    assert len(server.requests) == pages


def test_follows_same_origin_next_links(client_for: Any) -> None:
    with PagingServer(6) as server:
        list(client_for(server.url).numbers.iter_account_phone_numbers(page_size=2))
    assert server.requests[0].get("marker") is None
    assert [q["marker"] for q in server.requests[1:]] == [["from-link"], ["from-link"]]


def test_empty_first_page_makes_one_request(client_for: Any) -> None:
    with PagingServer(0) as server:
        assert list(client_for(server.url).numbers.iter_account_phone_numbers(page_size=3)) == []
    assert len(server.requests) == 1


def test_foreign_host_next_is_rebuilt_from_offset(client_for: Any) -> None:
    with PagingServer(5, next_host="http://cdr-api") as server:
        got = [n.id for n in client_for(server.url).numbers.iter_account_phone_numbers(page_size=2)]
    assert got == _ids(5)
    assert [q["offset"] for q in server.requests] == [["0"], ["2"], ["4"]]
    assert all("marker" not in q for q in server.requests)


def test_max_items_stops_early_and_filters_are_kept(client_for: Any) -> None:
    with PagingServer(100, next_host="http://elsewhere") as server:
        it = client_for(server.url).numbers.iter_account_phone_numbers(starts_with=1206, page_size=10, max_items=15)
        got = [n.id for n in it]
    assert got == _ids(15)
    assert len(server.requests) == 2
    assert all(q["starts_with"] == ["1206"] for q in server.requests)


def test_page_size_is_capped_and_validated_before_io(client_for: Any) -> None:
    with PagingServer(3) as server:
        client = client_for(server.url)
        with pytest.raises(flowroute.InvalidParameterError, match="page_size"):
            client.numbers.iter_account_phone_numbers(page_size=201)
        with pytest.raises(flowroute.InvalidParameterError, match="starts_with"):
            client.numbers.iter_account_phone_numbers(starts_with="abc")
    assert server.requests == []


def test_is_lazy(client_for: Any) -> None:
    with PagingServer(50) as server:
        it = client_for(server.url).numbers.iter_account_phone_numbers(page_size=10)
        assert server.requests == []
        next(it)
        assert len(server.requests) == 1


async def test_async_iteration_matches_sync() -> None:
    with PagingServer(11, next_host="http://cdr-api") as server:
        async with AsyncFlowrouteClient("key", "secret", base_url=server.url) as client:
            got = [n.id async for n in client.numbers.iter_account_phone_numbers(page_size=5)]
    assert got == _ids(11)
    assert len(server.requests) == 3


@pytest.mark.prism
def test_iterates_against_prism(prism_url: str) -> None:
    with FlowrouteClient("key", "secret", base_url=prism_url) as client:
        codes = [c.id for c in client.numbers.iter_available_area_codes(page_size=3, max_items=5)]
        routes = [r.id for r in client.routes.iter_inbound_routes(page_size=5)]
    # Prism serves the same example for every page: the repeat is noticed and iteration ends
    # after the first page; the 3-route page is short, so that iteration ends too.
    assert codes == ["201", "202", "203"]
    assert routes == ["0", "83834", "98396"]


@pytest.mark.prism
async def test_async_iterates_against_prism(prism_url: str) -> None:
    async with AsyncFlowrouteClient("key", "secret", base_url=prism_url) as client:
        ids = [m.id async for m in client.messages.iter_messages("2017-12-01", page_size=2, max_items=3)]
    # Prism's second page repeats its first, which ends the iteration.
    assert ids == ["mdr2-ca82be46e6ba11e79d08862d092cf73d", "mdr2-39cadeace66e11e7aff806cd7f24ba2d"]

"""Lazy iteration over offset/limit lists, one page in memory at a time.

A ``Pager`` only decides which request comes next; ``iterate``/``aiterate``
run those requests through the client, so retries and errors behave exactly as
for single calls. The server's ``links.next`` is followed only while it moves
forward: a link back to an offset already read is replaced by the next offset,
and a page that repeats the one before ends the iteration, each with a warning.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx
from flowroute_api.types import Unset

from . import _validate as check
from ._call import Call
from ._encode import build_call
from ._logging import logger
from ._resources import AsyncResource, AsyncRunner, SyncResource, SyncRunner, _copy_signature

T = TypeVar("T")
P = ParamSpec("P")

# Used when an endpoint documents no maximum page size (messages, CNAMs).
DEFAULT_PAGE_SIZE = 200


@dataclasses.dataclass
class Pager(Generic[T]):
    """Which page to fetch next, and which records a page holds."""

    fetch: Callable[[int, int], Call[Any]]
    items: Callable[[Any], list[T]]
    page_size: int
    max_items: int | None = None
    first_call: Call[Any] | None = None
    offset: int = 0
    yielded: int = 0
    # The first and last record of the previous page, to notice a server serving it again.
    previous_edges: tuple[Any, Any] | None = None
    stopped: bool = False

    @classmethod
    def create(
        cls,
        fetch: Callable[[int, int], Call[Any]],
        items: Callable[[Any], list[T]],
        *,
        page_size: int | None,
        max_page_size: int | None,
        max_items: int | None,
    ) -> Pager[T]:
        size = check.limit(page_size, max_page_size, name="page_size")
        if isinstance(size, Unset):
            size = max_page_size or DEFAULT_PAGE_SIZE
        if max_items is not None:
            check.offset(max_items, name="max_items")
        # Building the first request now runs the argument checks before any iteration.
        first_call = fetch(size, 0)
        return cls(fetch=fetch, items=items, page_size=size, max_items=max_items, first_call=first_call)

    def first(self) -> Call[Any] | None:
        return None if self.max_items == 0 else self.first_call

    def take(self, page: Any) -> list[T]:
        records = self.items(page)
        edges = (records[0], records[-1]) if records else None
        if edges is not None and edges == self.previous_edges:
            logger.warning(
                "stopping pagination after %d records: the server sent the same page again at offset %d",
                self.yielded,
                self.offset,
            )
            self.stopped = True
            return []
        self.previous_edges = edges
        if self.max_items is not None:
            records = records[: self.max_items - self.yielded]
        self.yielded += len(records)
        return records

    def after(self, page: Any, call: Call[Any], base_url: httpx.URL) -> Call[Any] | None:
        if self.stopped:
            return None
        received = len(self.items(page))
        self.offset += received
        if received == 0 or received < self.page_size:
            return None
        if self.max_items is not None and self.yielded >= self.max_items:
            return None
        if _has_no_links(page):
            # Port order lists carry no links at all: a full page means ask for the next offset.
            return self.fetch(self.page_size, self.offset)
        link = _next_link(page)
        if link is None:
            return None
        base = str(base_url)
        if link.startswith(base + "/"):
            # Same origin: follow the server's own link (it re-encodes filters such as dates).
            parts = urlsplit(link)
            prefix = urlsplit(base).path
            params = parse_qsl(parts.query)
            linked = _offset_of(params)
            if linked is not None and linked < self.offset:
                logger.warning(
                    "links.next asks for offset %d after %d records; asking for offset %d instead",
                    linked,
                    self.offset,
                    self.offset,
                )
                return self.fetch(self.page_size, self.offset)
            nxt = call._replace(path=parts.path[len(prefix) :], params=params or None)
            return None if nxt == call else nxt
        # A link to another host (Flowroute's CDR list has named internal hosts) is not
        # followed: the credentials would go with it. Ask for the next offset ourselves.
        return self.fetch(self.page_size, self.offset)


def _offset_of(params: list[tuple[str, str]]) -> int | None:
    for name, value in params:
        if name == "offset":
            return int(value) if value.isdigit() and len(value) < 19 else None
    return None


def _has_no_links(page: Any) -> bool:
    links = getattr(page, "links", None)
    return links is None or isinstance(links, Unset)


def _next_link(page: Any) -> str | None:
    links = getattr(page, "links", None)
    nxt = getattr(links, "next_", None)
    return nxt if isinstance(nxt, str) and nxt else None


def iterate(client: SyncRunner, pager: Pager[T]) -> Iterator[T]:
    call = pager.first()
    while call is not None:
        page = client._execute(call)
        yield from pager.take(page)
        call = pager.after(page, call, client.base_url)


async def aiterate(client: AsyncRunner, pager: Pager[T]) -> AsyncIterator[T]:
    call = pager.first()
    while call is not None:
        page = await client._execute(call)
        for record in pager.take(page):
            yield record
        call = pager.after(page, call, client.base_url)


def _items_annotation(build: Callable[..., Any], wrapper: str) -> str:
    # Builders are annotated ``-> Pager[Record]``; the method yields ``Record``s.
    annotation = str(inspect.signature(build).return_annotation)
    inner = annotation[6:-1] if annotation.startswith("Pager[") else "Any"
    return f"{wrapper}[{inner}]"


def sync_pager(build: Callable[P, Pager[T]]) -> Callable[Concatenate[SyncResource, P], Iterator[T]]:
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        return iterate(self._client, build_call(build, args, kwargs))

    _copy_signature(method, build, _items_annotation(build, "Iterator"))
    return method


def async_pager(build: Callable[P, Pager[T]]) -> Callable[Concatenate[AsyncResource, P], AsyncIterator[T]]:
    def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        return aiterate(self._client, build_call(build, args, kwargs))

    _copy_signature(method, build, _items_annotation(build, "AsyncIterator"))
    return method

"""The SDK side of each benchmark, as plain callables matching the raw-httpx side.

The SDK is written alongside these benchmarks, so any piece may be missing: each factory
returns ``Missing`` with a reason instead of raising, and the table shows that row as
"not available yet" while the rest of the run goes on.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from . import bodies
from .raw import ACCESS_KEY, SECRET_KEY, SMS
from .timing import AsyncCall, SyncCall

MODULE = "flowroute"
ROOT = Path(__file__).resolve().parent.parent
WRAPPER = ROOT / "wrapper"
GENERATED = ROOT / "generated"


@dataclass(frozen=True)
class Missing:
    reason: str

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True)
class AsyncSender:
    send: AsyncCall
    aclose: Callable[[], Awaitable[None]]


def _module() -> Any:
    # The working tree's SDK is what is measured, even when the venv's editable install
    # predates the wrapper package; an installed copy still wins, being earlier on the path.
    for source in (WRAPPER, GENERATED):
        if str(source) not in sys.path:
            sys.path.append(str(source))
    try:
        return importlib.import_module(MODULE)
    except ImportError as exc:
        return Missing(f"`import {MODULE}` fails: {exc}")


def unavailable_reason() -> str | None:
    """Why the SDK cannot be benchmarked at all, or None when its entry point exists."""
    found = _attribute(_module(), "FlowrouteClient")
    return found.reason if isinstance(found, Missing) else None


def describe() -> str:
    module = _module()
    if isinstance(module, Missing):
        return module.reason
    return f"{MODULE} {getattr(module, '__version__', '?')} from {module.__file__}"


def _attribute(owner: Any, dotted: str) -> Any:
    if isinstance(owner, Missing):
        return owner
    for name in dotted.split("."):
        if not hasattr(owner, name):
            return Missing(f"no `{dotted}`")
        owner = getattr(owner, name)
    return owner


def sync_client(base_url: str) -> Any:
    module = _module()
    if isinstance(module, Missing):
        return module
    factory = _attribute(module, "FlowrouteClient")
    if isinstance(factory, Missing):
        return factory
    return factory(ACCESS_KEY, SECRET_KEY, base_url=base_url)


def area_codes_call(client: Any) -> SyncCall | Missing:
    method = _attribute(client, "numbers.list_available_area_codes")
    if isinstance(method, Missing):
        return method

    def call() -> object:
        return method(limit=3)

    return call


def mdr_page_call(client: Any) -> SyncCall | Missing:
    method = _attribute(client, "messages.look_up_a_set_of_messages")
    if isinstance(method, Missing):
        return method

    def call() -> object:
        return method(
            start_date=bodies.MDR_START,
            end_date=bodies.MDR_END,
            limit=bodies.MDR_PAGE_SIZE,
            offset=0,
        )

    return call


@contextlib.contextmanager
def stdlib_json() -> Iterator[str | None]:
    """The SDK decoding bodies as if the ``msgspec`` extra were not installed; yields why it cannot."""
    decoders = _attribute(_module(), "_json")
    if isinstance(decoders, Missing) or not hasattr(decoders, "_fast_decoder"):
        yield "the SDK has no switchable JSON decoder"
        return
    fast = decoders._fast_decoder
    decoders._fast_decoder = lambda: None
    try:
        yield None
    finally:
        decoders._fast_decoder = fast


def json_decoder() -> str:
    """Which decoder the SDK uses for response bodies by default."""
    name = _attribute(_module(), "_json.fast_decoder_name")
    return "json (stdlib)" if isinstance(name, Missing) else (name() or "json (stdlib)")


def mdr_iterator(base_url: str) -> Callable[[], Iterator[Any]] | Missing:
    client = sync_client(base_url)
    if isinstance(client, Missing):
        return client
    method = _attribute(client, "messages.iter_messages")
    if isinstance(method, Missing):
        return method

    def iterate() -> Iterator[Any]:
        return iter(method(bodies.MDR_START, bodies.MDR_END, page_size=bodies.MDR_PAGE_SIZE))

    return iterate


def async_sender(base_url: str, http_client: httpx.AsyncClient | None) -> AsyncSender | Missing:
    """``messages.send`` on ``http_client``, or on the SDK's own default client when None."""
    module = _module()
    factory = _attribute(module, "AsyncFlowrouteClient")
    if isinstance(factory, Missing):
        return factory
    # Unpaced: this row measures the client's own cost per send, which pacing would cap at 5/s.
    client = factory(ACCESS_KEY, SECRET_KEY, base_url=base_url, http_client=http_client, rate_limiter=None)
    method = _attribute(client, "messages.send")
    if isinstance(method, Missing):
        return method

    async def send() -> object:
        return await method(to=SMS["to"], from_=SMS["from"], body=SMS["body"])

    async def aclose() -> None:
        # The SDK closes only a client it made; one passed in is closed by its owner, here.
        await client.aclose()
        if http_client is not None:
            await http_client.aclose()

    return AsyncSender(send=send, aclose=aclose)

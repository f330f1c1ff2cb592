"""Whether the optional aiohttp transport is installed, without importing aiohttp.

aiohttp takes longer to import than httpx itself; it is loaded only when an
aiohttp-backed client is actually created (see ``_aiohttp_transport``).
"""

from __future__ import annotations

from importlib.util import find_spec

import httpx

AVAILABLE = find_spec("aiohttp") is not None


def make_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
    from ._aiohttp_transport import SafeAiohttpTransport

    return SafeAiohttpTransport(limits=limits)

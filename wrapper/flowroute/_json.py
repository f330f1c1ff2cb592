"""Decoding response bodies: msgspec's JSON decoder when it is installed, else ``json.loads``.

msgspec decodes a 200-record page of message records in under half the time
``json.loads`` takes, which is most of what a typed page costs over raw httpx.
It is a dependency on CPython only (it does not support PyPy), so the SDK
works without it, and the standard library stays the authority: whatever msgspec
refuses (``1e400``, a lone surrogate, a byte-order mark, JSON that is simply
broken) is handed to ``json.loads``, which either reads it or raises the error
callers already handle. msgspec keeps integers beyond 64 bits exact, as
``json.loads`` does; orjson, measured alongside it, turns them into floats.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

Decoder = Callable[[bytes | str], Any]


@functools.cache
def _fast_decoder() -> tuple[Decoder, tuple[type[BaseException], ...]] | None:
    # Imported on first use, not with the package, to keep `import flowroute` quick.
    try:
        import msgspec
    except ImportError:
        return None
    return msgspec.json.Decoder().decode, (msgspec.DecodeError, ValueError, RecursionError)


def loads(content: bytes | str) -> Any:
    """The JSON value in ``content``; raises ``ValueError`` or ``RecursionError`` as ``json.loads`` does."""
    fast = _fast_decoder()
    if fast is not None:
        decode, refusals = fast
        try:
            return decode(content)
        except refusals:
            pass
    return json.loads(content)


def fast_decoder_name() -> str | None:
    """``"msgspec"`` when response bodies are decoded by msgspec, ``None`` when by the standard library."""
    return None if _fast_decoder() is None else "msgspec"

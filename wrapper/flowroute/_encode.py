"""The one place a ``Call`` becomes an ``httpx.Request``, and the errors it may meet there.

Every value an operation sends passes through here. Encoding normally just
works, so nothing is inspected up front; when httpx cannot encode a value (a
lone surrogate, an integer past Python's 4,300-digit limit, NaN, nesting
deeper than JSON can be written, an object JSON does not know), the request's
values are walked to find which one, and the caller gets an
``InvalidParameterError`` naming it instead of a ``UnicodeEncodeError``,
``ValueError``, ``RecursionError`` or ``TypeError``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import httpx

from ._call import Call
from ._exceptions import InvalidParameterError

# Far deeper than any Flowroute body (they nest four levels), far shallower than the recursion limit.
MAX_DEPTH = 64

_ENCODING_ERRORS = (UnicodeError, ValueError, TypeError, OverflowError, RecursionError, httpx.InvalidURL)


def build_request(
    call: Call[Any],
    url: str,
    headers: Mapping[str, str],
    timeout: httpx.Timeout,
    build: Callable[..., httpx.Request],
) -> httpx.Request:
    try:
        return build(call.method, url, params=call.params, json=call.json, headers=headers, timeout=timeout)
    except _ENCODING_ERRORS as exc:
        raise _explain(call, exc) from None


def _explain(call: Call[Any], exc: BaseException) -> InvalidParameterError:
    params: Iterable[tuple[str, Any]] = ()
    if isinstance(call.params, Mapping):
        params = call.params.items()
    elif call.params is not None:
        params = call.params
    for name, value in params:
        problem = find_problem(value, str(name))
        if problem is not None:
            return problem
    if call.json is not None:
        problem = find_problem(call.json, "body")
        if problem is not None:
            return problem
    problem = find_problem(call.path, "path")
    if problem is not None:
        return problem
    return InvalidParameterError("request", f"it could not be encoded ({type(exc).__name__})", "JSON-compatible values")


def find_problem(value: Any, name: str, depth: int = 0) -> InvalidParameterError | None:
    """Why ``value`` cannot be sent, naming where it sits (``body.data.attributes.alias``), or None."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return InvalidParameterError(name, "the text contains a lone surrogate", "text that is valid Unicode")
        if name == "path" and any(ch in value for ch in "\r\n\x00"):
            return InvalidParameterError(name, "it contains a control character", "text without CR, LF or NUL")
        return None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        try:
            str(value)
        except ValueError:
            return InvalidParameterError(name, "the integer has too many digits", "an integer of at most 4,300 digits")
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return InvalidParameterError(name, f"{value} is not a finite number", "a finite number")
        return None
    if depth >= MAX_DEPTH:
        return InvalidParameterError(name, f"it nests deeper than {MAX_DEPTH} levels", "a shallower JSON value")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                return InvalidParameterError(name, f"a key of type {type(key).__name__}", "text keys")
            problem = find_problem(key, name, depth + 1) or find_problem(item, f"{name}.{key}", depth + 1)
            if problem is not None:
                return problem
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            problem = find_problem(item, f"{name}[{index}]", depth + 1)
            if problem is not None:
                return problem
        return None
    return InvalidParameterError(name, f"a {type(value).__name__} cannot be sent", "text, numbers, lists or mappings")

"""The two boundaries every argument crosses: into a ``Call``, and from a ``Call`` into an ``httpx.Request``.

``build_call`` runs an operation's builder (its argument checks included) and
``build_request`` encodes the result. Both normally just work, so nothing is
inspected up front. When either meets a value Python cannot handle (a lone
surrogate, an integer past Python's 4,300-digit limit, NaN, an aware datetime
that overflows when converted to UTC, JSON nested deeper than the interpreter
can recurse, an object JSON does not know), the values are walked to find which
one, and the caller gets an ``InvalidParameterError`` naming it instead of a
``UnicodeEncodeError``, ``ValueError``, ``OverflowError``, ``RecursionError``
or ``TypeError``.
"""

from __future__ import annotations

import inspect
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, TypeVar

import httpx

from ._call import Call
from ._exceptions import InvalidParameterError

# Far deeper than any Flowroute body (they nest four levels), far shallower than the recursion limit.
MAX_DEPTH = 64

_ENCODING_ERRORS = (UnicodeError, ValueError, TypeError, OverflowError, RecursionError, httpx.InvalidURL)
_ARGUMENT_ERRORS = (UnicodeError, ValueError, TypeError, OverflowError, RecursionError)
# What callers legitimately pass besides JSON values; judged on their own terms.
_ACCEPTED_OBJECTS = (date, Enum)

R = TypeVar("R")


def build_call(build: Callable[..., R], args: Sequence[Any], kwargs: Mapping[str, Any]) -> R:
    """``build(*args, **kwargs)``; a plain error a hostile argument causes becomes ``InvalidParameterError``."""
    try:
        return build(*args, **kwargs)
    except InvalidParameterError:
        raise
    except _ARGUMENT_ERRORS as exc:
        try:
            bound = inspect.signature(build).bind(*args, **kwargs)
        except TypeError:
            raise exc from None  # the call itself does not fit the signature, as with any function
        raise _explain_arguments(bound.arguments, exc) from None


def _explain_arguments(arguments: Mapping[str, Any], exc: BaseException) -> InvalidParameterError:
    for name, value in arguments.items():
        problem = find_problem(value, name, lenient=True)
        if problem is not None:
            return problem
    for name, value in arguments.items():
        if not isinstance(value, str | int | float | list | tuple | Mapping | _ACCEPTED_OBJECTS) and value is not None:
            return InvalidParameterError(name, f"a {type(value).__name__} was given", "the documented type")
    return InvalidParameterError(
        next(iter(arguments), "arguments"), f"it could not be used ({type(exc).__name__})", "the documented values"
    )


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


def find_problem(value: Any, name: str, depth: int = 0, *, lenient: bool = False) -> InvalidParameterError | None:
    """Why ``value`` cannot be sent, naming where it sits (``body.data.attributes.alias``), or None.

    ``lenient`` passes objects JSON does not know (a model, a date), as arguments may be.
    """
    if isinstance(value, str):
        return _text_problem(value, name)
    if isinstance(value, datetime):
        try:
            value.astimezone(UTC)
        except (OverflowError, ValueError):
            return InvalidParameterError(
                name, "the moment is out of range in UTC", "a datetime from year 1 to 9999 in UTC"
            )
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
            problem = _text_problem(key, name) or find_problem(item, f"{name}.{key}", depth + 1, lenient=lenient)
            if problem is not None:
                return problem
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            problem = find_problem(item, f"{name}[{index}]", depth + 1, lenient=lenient)
            if problem is not None:
                return problem
        return None
    if lenient or isinstance(value, _ACCEPTED_OBJECTS):
        return None
    return InvalidParameterError(name, f"a {type(value).__name__} cannot be sent", "text, numbers, lists or mappings")


def _text_problem(value: str, name: str) -> InvalidParameterError | None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return InvalidParameterError(name, "the text contains a lone surrogate", "text that is valid Unicode")
    if name == "path" and any(ch in value for ch in "\r\n\x00"):
        return InvalidParameterError(name, "it contains a control character", "text without CR, LF or NUL")
    if value.lstrip()[:1] in ("[", "{"):
        # JSON text is decoded by some operations; text nested past the recursion limit cannot be.
        try:
            json.loads(value)
        except RecursionError:
            return InvalidParameterError(
                name, "the JSON text nests too deep", f"JSON nested at most {MAX_DEPTH} levels"
            )
        except ValueError:
            pass
    return None

"""How public names present themselves."""

from __future__ import annotations

from types import FunctionType


def present(*objects: object) -> None:
    """Make classes and functions report ``flowroute``, the package users import them from.

    Reprs, tracebacks and docs then say ``flowroute.APIStatusError`` (as httpx's
    names say ``httpx``) rather than the private module that defines them.
    """
    for obj in objects:
        if isinstance(obj, type | FunctionType):
            obj.__module__ = "flowroute"

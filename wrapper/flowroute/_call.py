"""A request described as data: what to send and how to read the answer.

Every operation is written once as a function that validates its arguments and
returns a ``Call``. The sync client, the async client and the seed-compatible
facade all execute the same ``Call``s, so argument handling exists once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclasses.dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    method: str
    path: str
    params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None
    json: Any = None
    headers: Mapping[str, str] | None = None
    # None means the operation answers without a body (204) and returns None.
    parse: Callable[[Any], T] | None = None
    # Whether sending twice has the same effect as once; decides what may be retried.
    idempotent: bool = True

    @classmethod
    def from_generated(
        cls,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T] | None,
        *,
        idempotent: bool | None = None,
    ) -> Call[T]:
        """Wrap the request the generated ``_get_kwargs`` built for an operation."""
        method = str(kwargs["method"]).upper()
        return cls(
            method=method,
            path=kwargs["url"],
            params=kwargs.get("params") or None,
            json=kwargs.get("json"),
            headers=kwargs.get("headers") or None,
            parse=parse,
            idempotent=method != "POST" if idempotent is None else idempotent,
        )

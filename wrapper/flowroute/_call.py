"""A request described as data: what to send and how to read the answer.

Every operation is a builder that checks its arguments and returns a ``Call``.
The sync client, the async client and the seed-compatible facade all execute
the same ``Call``s, so argument handling exists once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypeVar

if TYPE_CHECKING:
    from ._validate import Rule

T = TypeVar("T")


class Call(NamedTuple, Generic[T]):
    method: str
    path: str
    params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None
    json: Any = None
    headers: Mapping[str, str] | None = None
    # None means the operation answers without a body (204) and returns None.
    parse: Callable[[Any], T] | None = None
    # Whether sending twice has the same effect as once; decides what may be retried.
    idempotent: bool = True


class OperationSpec(NamedTuple):
    """What the spec says about one operation, as the generated layer records it."""

    name: str
    tag: str
    method: str
    path: str
    build: Callable[..., Call[Any]]
    # Reads the success answer's JSON; None when the operation answers without a body.
    parse: Callable[[Any], Any] | None
    # In the builder's parameter order; body_rules by JSON path ("data.attributes.label").
    rules: tuple[Rule, ...]
    body_rules: tuple[tuple[str, Rule], ...]
    # "unsafe": never resent after an ambiguous failure (the request may have been processed).
    retry: Literal["safe", "unsafe"]
    iterator: str | None
    max_page_size: int | None
    # The typed clients' method is hand-written (a convenience signature) in flowroute/_operations.
    custom: bool

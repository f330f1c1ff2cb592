"""What an operation handler receives and returns, and the registry of handlers by operationId."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

if TYPE_CHECKING:
    from ._spec import Operation
    from ._state import State


def attributes_of(body: Any) -> dict[str, Any]:
    """A body's attributes, whether sent flat or as a JSON:API ``data`` envelope."""
    found = body if isinstance(body, dict) else {}
    data = found.get("data")
    if isinstance(data, dict):
        attributes = data.get("attributes", {})
        return attributes if isinstance(attributes, dict) else {}
    return found


@dataclasses.dataclass
class Request:
    op: Operation
    path: dict[str, str]
    query: dict[str, Any]
    raw_query: list[tuple[str, str]]
    body: Any
    base_url: str
    url_path: str

    def attributes(self) -> dict[str, Any]:
        return attributes_of(self.body)

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"


@dataclasses.dataclass
class Reply:
    status: int
    body: Any = None


Handler = Callable[["State", Request], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register


def page(req: Request, items: list[Any], *, default_limit: int = 10) -> dict[str, Any]:
    """``{"data": [...], "links": {"self", "next"?}}`` with ``limit``/``offset`` as the request gave them.

    The default page size is the spec's ``default`` for ``limit`` when it has
    one, else Flowroute's documented 10; the maximum is enforced by the spec's
    schema before any handler runs.
    """
    param = req.op.parameter("limit")
    limit = req.query.get("limit")
    if limit is None:
        limit = param.schema.get("default", default_limit) if param else default_limit
    offset = req.query.get("offset", 0)
    chosen = items[offset : offset + limit]
    links = {"self": _link(req, limit, offset)}
    if offset + limit < len(items):
        links["next"] = _link(req, limit, offset + limit)
    return {"data": chosen, "links": links}


def _link(req: Request, limit: int, offset: int) -> str:
    pairs = [(k, v) for k, v in req.raw_query if k not in ("limit", "offset")]
    pairs += [("limit", str(limit)), ("offset", str(offset))]
    return f"{req.base_url}{req.url_path}?{urlencode(pairs)}"

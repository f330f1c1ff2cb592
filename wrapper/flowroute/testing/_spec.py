"""The spec the fake serves: operations found from the packaged OpenAPI document.

``flowroute_api/openapi.json`` is written by ``make generate`` from
``spec/flowroute.yaml``, so routing, parameters, limits, examples and schemas
all come from the one document the SDK itself is generated from.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from functools import cached_property
from importlib import resources
from typing import Any

from ._errors import ApiError

_METHODS = ("get", "put", "post", "patch", "delete")


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


@dataclasses.dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    pointer: str


@dataclasses.dataclass(frozen=True)
class Operation:
    """One operation of the spec, as routing and validation need it."""

    id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    literal_segments: int
    parameters: tuple[Parameter, ...]
    body_pointer: str | None
    body_required: bool
    responses: dict[str, Any]

    def parameter(self, name: str, location: str = "query") -> Parameter | None:
        return next((p for p in self.parameters if p.name == name and p.location == location), None)

    @property
    def success_statuses(self) -> list[str]:
        return sorted(code for code in self.responses if code.startswith("2"))


class Spec:
    """The OpenAPI document with lookups the fake needs; load it once with ``Spec.load()``."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            for method in _METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    self.operations[op["operationId"]] = self._operation(path, method, item, op)
        # Paths with more fixed segments win (``/v2/routes/edge_strategies`` before ``/v2/routes/{id}``).
        self._routes = sorted(self.operations.values(), key=lambda o: -o.literal_segments)

    @classmethod
    def load(cls) -> Spec:
        text = resources.files("flowroute_api").joinpath("openapi.json").read_text(encoding="utf-8")
        return cls(json.loads(text))

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self.pointer(node["$ref"].removeprefix("#"))
        return node

    def pointer(self, pointer: str) -> Any:
        node: Any = self.document
        for part in pointer.strip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def _operation(self, path: str, method: str, item: dict[str, Any], op: dict[str, Any]) -> Operation:
        base = f"/paths/{_escape(path)}/{method}"
        params: dict[tuple[str, str], Parameter] = {}
        for owner, raw in [("item", p) for p in item.get("parameters", [])] + [
            ("op", p) for p in op.get("parameters", [])
        ]:
            pointer = raw["$ref"].removeprefix("#") if "$ref" in raw else None
            param = self.resolve(raw)
            if pointer is None:
                index = (item if owner == "item" else op)["parameters"].index(raw)
                pointer = f"/paths/{_escape(path)}{'' if owner == 'item' else '/' + method}/parameters/{index}"
            params[(param["name"], param["in"])] = Parameter(
                param["name"], param["in"], bool(param.get("required")), param.get("schema", {}), pointer + "/schema"
            )
        body_pointer = None
        body = op.get("requestBody")
        body_required = False
        if body is not None:
            owner_ptr = body["$ref"].removeprefix("#") if "$ref" in body else f"{base}/requestBody"
            resolved = self.resolve(body)
            body_required = bool(resolved.get("required"))
            media = next(iter(resolved["content"]))
            body_pointer = f"{owner_ptr}/content/{_escape(media)}/schema"
        segments = path.strip("/").split("/")
        regex = "".join(f"/(?P<{s[1:-1]}>[^/]+)" if s.startswith("{") else "/" + re.escape(s) for s in segments)
        return Operation(
            id=op["operationId"],
            method=method.upper(),
            path=path,
            pattern=re.compile(regex + "/?"),
            literal_segments=sum(not s.startswith("{") for s in segments),
            parameters=tuple(params.values()),
            body_pointer=body_pointer,
            body_required=body_required,
            responses=op["responses"],
        )

    def route(self, method: str, path: str, fits: Any) -> tuple[Operation, dict[str, str]]:
        """The operation for ``method path``; ``fits(op, params)`` says whether path values suit it.

        Two operations can share a URL shape (``/v2.1/messages/{id}`` and
        ``/v2.1/messages/{callback_type}``); the one whose path parameters pass
        their schemas wins, as the live API tells them apart by value.
        """
        shaped: list[tuple[Operation, dict[str, str]]] = []
        for op in self._routes:
            match = op.pattern.fullmatch(path)
            if match:
                shaped.append((op, match.groupdict()))
        if not shaped:
            raise ApiError(404, "Not Found", f"No such endpoint: {path}")
        same_method = [(op, params) for op, params in shaped if op.method == method]
        if not same_method:
            raise ApiError(405, "Method Not Allowed", f"{method} is not allowed on {path}")
        for op, params in same_method:
            if fits(op, params):
                return op, params
        return same_method[0]

    def example(self, op: Operation, status: str | None = None, name: str | None = None) -> tuple[int, Any]:
        """A documented answer: the named example of ``status`` (default: the first success with a body)."""
        statuses = [status] if status else op.success_statuses
        for code in statuses:
            response = self.resolve(op.responses.get(code, {}))
            content = response.get("content")
            if not content:
                if status or code == statuses[-1]:
                    return int(code), None
                continue
            media = next(iter(content.values()))
            examples = media.get("examples", {})
            if name is not None and name in examples:
                return int(code), copy.deepcopy(self.resolve(examples[name])["value"])
            if examples:
                return int(code), copy.deepcopy(self.resolve(next(iter(examples.values())))["value"])
            if "example" in media:
                return int(code), copy.deepcopy(media["example"])
            return int(code), None
        raise ApiError(500, "Internal Server Error", f"the spec documents no {status} answer for {op.id}")

    def response_schema_pointer(self, op: Operation, status: int) -> str | None:
        raw = op.responses.get(str(status))
        if raw is None:
            return None
        owner = (
            raw["$ref"].removeprefix("#")
            if "$ref" in raw
            else f"/paths/{_escape(op.path)}/{op.method.lower()}/responses/{status}"
        )
        content = self.resolve(raw).get("content")
        if not content:
            return None
        return f"{owner}/content/{_escape(next(iter(content)))}/schema"

    @cached_property
    def webhook_pointers(self) -> dict[str, str]:
        """Schema pointer of each webhook's payload, by webhook name."""
        found = {}
        for name, item in self.document.get("webhooks", {}).items():
            body = item["post"]["requestBody"]
            owner = body["$ref"].removeprefix("#") if "$ref" in body else f"/webhooks/{_escape(name)}/post/requestBody"
            media = next(iter(self.resolve(body)["content"]))
            found[name] = f"{owner}/content/{_escape(media)}/schema"
        return found

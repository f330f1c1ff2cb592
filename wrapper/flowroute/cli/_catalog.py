"""The operations the CLI offers, read from the OpenAPI document shipped with the SDK.

Controllers are the spec's tags and command names its operationIds, so an
operation added to the spec becomes a command with no hand-written line.
Parameter help, choices and page maxima come from the same document.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")


@dataclasses.dataclass(frozen=True)
class SpecParameter:
    name: str
    location: str
    description: str
    required: bool
    choices: tuple[str, ...]
    maximum: int | None


@dataclasses.dataclass(frozen=True)
class SpecOperation:
    controller: str
    name: str
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[SpecParameter, ...]
    has_body: bool

    @property
    def paginated(self) -> bool:
        names = {param.name for param in self.parameters}
        return {"limit", "offset"} <= names

    @property
    def page_maximum(self) -> int | None:
        return next((p.maximum for p in self.parameters if p.name == "limit"), None)

    def parameter(self, name: str) -> SpecParameter | None:
        return next((p for p in self.parameters if p.name == name), None)


@cache
def spec_document() -> dict[str, Any]:
    text = resources.files("flowroute_api").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _choices(document: Mapping[str, Any], schema: Any) -> tuple[str, ...]:
    schema = _resolve(document, schema)
    if not isinstance(schema, Mapping):
        return ()
    if "enum" in schema:
        return tuple(str(value) for value in schema["enum"])
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key, ()):
            found = _choices(document, option)
            if found:
                return found
    return ()


def _parameter(document: Mapping[str, Any], raw: Any) -> SpecParameter:
    param = _resolve(document, raw)
    schema = _resolve(document, param.get("schema", {}))
    maximum = schema.get("maximum") if isinstance(schema, Mapping) else None
    return SpecParameter(
        name=str(param["name"]),
        location=str(param["in"]),
        description=" ".join(str(param.get("description", "")).split()),
        required=bool(param.get("required", False)),
        choices=_choices(document, schema),
        maximum=maximum if isinstance(maximum, int) else None,
    )


@cache
def operations() -> tuple[SpecOperation, ...]:
    """Every operation in the spec, in document order."""
    document = spec_document()
    found: list[SpecOperation] = []
    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            found.append(
                SpecOperation(
                    controller=str(op["tags"][0]),
                    name=str(op["operationId"]),
                    method=method.upper(),
                    path=path,
                    summary=" ".join(str(op.get("summary", "")).split()),
                    description=str(op.get("description", "")).strip(),
                    parameters=tuple(_parameter(document, raw) for raw in [*op.get("parameters", []), *shared]),
                    has_body="requestBody" in op,
                )
            )
    return tuple(found)


def controllers() -> dict[str, str]:
    """Controller name to its description, from the spec's tags."""
    document = spec_document()
    described = {str(tag["name"]): str(tag.get("description", "")) for tag in document.get("tags", [])}
    return {op.controller: described.get(op.controller, "") for op in operations()}

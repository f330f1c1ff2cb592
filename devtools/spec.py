"""Read the OpenAPI document and validate values against its schemas (JSON Schema 2020-12)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from functools import cache
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from devtools.prism import SPEC

SPEC_URI = "urn:flowroute-spec"


@cache
def load_spec() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as fh:
        # libyaml when available: the pure-Python loader takes over a second on this spec.
        doc: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    return doc


@cache
def _registry() -> Registry[Any]:
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(load_spec()))
    return registry


def validator_at(pointer: str) -> Draft202012Validator:
    """A validator for the schema at JSON pointer ``pointer`` inside the spec."""
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=_registry(),
        format_checker=FormatChecker(),
    )


def resolve(node: Any) -> Any:
    """Follow a local ``$ref`` (one level at a time) to the node it names."""
    while isinstance(node, dict) and "$ref" in node:
        node = pointer_get(node["$ref"].removeprefix("#"))
    return node


def response_example(path: str, method: str, status: str, name: str | None = None) -> Any:
    """The value of a response example: the named one, else the first (a fresh copy)."""
    media = resolve(load_spec()["paths"][path][method]["responses"][status])["content"]
    examples = next(iter(media.values()))["examples"]
    chosen = examples[name] if name else next(iter(examples.values()))
    return copy.deepcopy(resolve(chosen)["value"])


def pointer_get(pointer: str) -> Any:
    node: Any = load_spec()
    for part in pointer.strip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def iter_examples() -> Iterator[tuple[str, str, Any]]:
    """Yield (where, schema pointer, example value) for every example in the spec."""
    spec = load_spec()
    # Webhooks are path items too (keyed by name, not URL), with request-body examples.
    items = [("paths", path, item) for path, item in spec["paths"].items()]
    items += [("webhooks", name, item) for name, item in spec.get("webhooks", {}).items()]
    for section, path, item in items:
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            base = f"/{section}/{_escape(path)}/{method}"
            body = op.get("requestBody")
            media_owners: list[tuple[str, Any]] = []
            if body is not None:
                body_ptr = body["$ref"].removeprefix("#") if "$ref" in body else f"{base}/requestBody"
                media_owners.append((body_ptr, resolve(body)))
            for code, resp in op["responses"].items():
                ptr = resp["$ref"].removeprefix("#") if "$ref" in resp else f"{base}/responses/{code}"
                media_owners.append((ptr, resolve(resp)))
            for owner_ptr, owner in media_owners:
                for media_type, media in owner.get("content", {}).items():
                    schema_ptr = f"{owner_ptr}/content/{_escape(media_type)}/schema"
                    for name, example in media.get("examples", {}).items():
                        where = f"{method.upper()} {path} {owner_ptr.rsplit('/', 1)[-1]} {name}"
                        yield where, schema_ptr, resolve(example)["value"]
                    if "example" in media:
                        yield f"{method.upper()} {path} example", schema_ptr, media["example"]
    for name, schema in spec["components"]["schemas"].items():
        for i, value in enumerate(schema.get("examples", [])):
            yield f"schema {name} examples[{i}]", f"/components/schemas/{_escape(name)}", value

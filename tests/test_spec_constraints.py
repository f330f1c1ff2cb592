"""Argument checks are the spec's checks: every constraint, on both sides of its boundary.

This walks ``spec/flowroute.yaml`` itself (not the generated tables) and, for every
parameter and request-body field with a constraint (pattern, bounds, lengths, items,
enum, const, format, type, required), calls the generated builder with a value on the
boundary, which must be accepted, and with one just outside it, which must be refused
with ``InvalidParameterError`` naming that parameter. Builders do no I/O; the last test
shows a refused value never reaches the transport of a real client either.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import httpx
import pytest
from flowroute import FlowrouteClient, InvalidParameterError
from flowroute._call import Call, OperationSpec
from flowroute._validate import CROSS_FIELD_CHECKS
from jsonschema import Draft202012Validator

from devtools.spec import load_spec, resolve

SPEC = load_spec()
METHODS = ("get", "put", "post", "delete", "patch")
# Characters no pattern in the spec accepts at the end of a value.
_FOREIGN = ("#", "\u00e9", "!")


def _operations() -> dict[str, OperationSpec]:
    found: dict[str, OperationSpec] = {}
    for tag in {op["tags"][0] for item in SPEC["paths"].values() for m, op in item.items() if m in METHODS}:
        found.update(importlib.import_module(f"flowroute_api.operations.{tag}").OPERATIONS)
    return found


OPERATIONS = _operations()


@dataclasses.dataclass(frozen=True)
class Case:
    operation: str
    where: str  # "param:<sdk name>" or "body:<json path>"
    constraint: str
    value: Any
    accepted: bool
    parameter: str  # the name the error must carry when refused

    @property
    def id(self) -> str:
        verdict = "ok" if self.accepted else "refused"
        return f"{self.operation}-{self.where}-{self.constraint}-{verdict}"


MISSING = object()


def _sample(schema: Any) -> Any:
    """A value the schema accepts, preferring its own examples."""
    schema = resolve(schema)
    if "examples" in schema:
        return copy.deepcopy(schema["examples"][0])
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "string")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "integer":
        return schema.get("minimum", 1)
    if kind == "number":
        return schema.get("minimum", 1.5)
    if kind == "boolean":
        return True
    if kind == "array":
        return [_sample(schema["items"])] * max(schema.get("minItems", 1), 1)
    if schema.get("format") == "uri":
        return "https://hooks.example.test/a"
    pattern = schema.get("pattern")
    for candidate in (
        "2024-02-10",
        "12065550100",
        "+12065550100",
        "83834",
        "AB",
        "Acme",
        "a",
        "monthly_cost,desc",
        "SUITE",
        "2019-01-01 00:00:00",
        "true",
    ):
        if pattern is None or re.search(pattern, candidate):
            return candidate
    raise AssertionError(f"no sample for {schema!r}")


def _string_of(schema: dict[str, Any], length: int) -> str | None:
    for char in ("A", "1", "a"):
        value = char * length
        if "pattern" not in schema or re.search(schema["pattern"], value):
            return value
    return None


def _boundaries(schema: Any, required: bool) -> Iterator[tuple[str, Any, bool]]:
    """(constraint, value, accepted) on both sides of every constraint of one schema."""
    schema = resolve(schema)
    kind = schema.get("type", "string")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    sample = _sample(schema)
    if required:
        yield "required", MISSING, False
    if "anyOf" in schema and "type" not in schema:
        # Each alternative's boundary values, judged by the spec itself: accepted when any
        # alternative accepts them.
        alternatives = [resolve(alternative) for alternative in schema["anyOf"]]
        for _, value, _ in [case for alternative in alternatives for case in _boundaries(alternative, False)]:
            yield "anyOf", value, any(Draft202012Validator(alt).is_valid(value) for alt in alternatives)
        return
    if "enum" in schema:
        for value in schema["enum"]:
            yield "enum", value, True
        yield "enum", f"{schema['enum'][0]}-x", False
        return
    if "const" in schema:
        yield "const", schema["const"], True
        yield "const", f"{schema['const']}x", False
        return
    if kind in ("integer", "number"):
        step = 1 if kind == "integer" else 0.5
        if "minimum" in schema:
            yield "minimum", schema["minimum"], True
            yield "minimum", schema["minimum"] - step, False
        if "maximum" in schema:
            yield "maximum", schema["maximum"], True
            yield "maximum", schema["maximum"] + step, False
        yield "type", str(sample), False
        yield "type", True, False
        if kind == "integer":
            yield "type", sample + 0.5, False
        return
    if kind == "boolean":
        yield "type", True, True
        yield "type", False, True
        yield "type", "true", False
        return
    if kind == "array":
        minimum = schema.get("minItems")
        if minimum is not None:
            yield "minItems", [_sample(schema["items"])] * minimum, True
            yield "minItems", [_sample(schema["items"])] * (minimum - 1), False
        if "maxItems" in schema:
            yield "maxItems", [_sample(schema["items"])] * schema["maxItems"], True
            yield "maxItems", [_sample(schema["items"])] * (schema["maxItems"] + 1), False
        yield "type", "not a list", False
        for constraint, value, accepted in _boundaries(schema["items"], False):
            if constraint != "required":
                yield f"items.{constraint}", [value], accepted
        return
    if kind == "object":
        return
    # strings
    if "pattern" in schema:
        yield "pattern", sample, True
        outside = next(sample + c for c in _FOREIGN if not re.search(schema["pattern"], sample + c))
        yield "pattern", outside, False
    for key, step in (("minLength", -1), ("maxLength", 1)):
        if key in schema:
            inside = _string_of(schema, schema[key])
            assert inside is not None, f"no {key} boundary value for {schema}"
            yield key, inside, True
            # One character short or over; refused whether the length or the pattern says so.
            yield key, (_string_of(schema, schema[key] + step) or inside[0] * (schema[key] + step)), False
    if schema.get("format") == "uri":
        yield "format", "https://hooks.example.test/x", True
        yield "format", "hooks.example.test/x", False
    yield "type", ["x"], False


def _body_fields(schema: Any, prefix: str, required: bool, seen: frozenset[int]) -> Iterator[tuple[str, Any, bool]]:
    """(json path, schema, required) for every leaf field of a body schema."""
    if id(schema) in seen:
        return
    seen = seen | {id(schema)}
    node = resolve(schema)
    for alternative in node.get("oneOf", []):
        yield from _body_fields(alternative, prefix, False, seen)
    needed = set(node.get("required", [])) if required else set()
    for name, sub in node.get("properties", {}).items():
        child = resolve(sub)
        path = f"{prefix}{name}"
        if child.get("type") == "object" or "properties" in child or "oneOf" in child:
            yield from _body_fields(sub, f"{path}.", required and name in needed, seen)
        elif child.get("type") == "array" and resolve(child.get("items", {})).get("type") == "object":
            yield from _body_fields(child["items"], f"{path}[].", required and name in needed, seen)
        else:
            yield path, sub, name in needed


def _iter_operations() -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    for path_item in SPEC["paths"].values():
        for method in METHODS:
            if method in path_item:
                yield path_item[method]["operationId"], path_item, path_item[method]


def _base_arguments(path_item: dict[str, Any], op: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Valid keyword arguments for every required parameter, and each parameter's SDK name."""
    names: dict[str, str] = {}
    arguments: dict[str, Any] = {}
    renames = op.get("x-sdk-names", {})
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(raw)
        name = renames.get(param["name"], param["name"])
        names[param["name"]] = name
        if param.get("required"):
            arguments[name] = _sample(param["schema"])
    return arguments, names


def _examples(op: dict[str, Any]) -> list[Any]:
    media = next(iter(resolve(op["requestBody"])["content"].values()))
    return [copy.deepcopy(resolve(example)["value"]) for example in media.get("examples", {}).values()] or [{}]


def _set(body: Any, path: str, value: Any) -> Any:
    """``body`` with the field at ``path`` set to ``value`` (or removed for MISSING)."""
    body = copy.deepcopy(body)
    node = body
    parts = path.split(".")
    for part in parts[:-1]:
        key = part.removesuffix("[]")
        if part.endswith("[]"):
            items = node.setdefault(key, [])
            if not items:
                items.append({})
            node = items[0]
        else:
            node = node.setdefault(key, {})
        assert isinstance(node, dict), path
    if value is MISSING:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value
    return body


def _best_example(examples: list[Any], path: str) -> Any:
    def depth(example: Any) -> int:
        node, found = example, 0
        for part in path.split(".")[:-1]:
            node = node.get(part.removesuffix("[]")) if isinstance(node, dict) else None
            if isinstance(node, list):
                node = node[0] if node else None
            if node is None:
                break
            found += 1
        return found

    return max(examples, key=depth)


def _error_name(path: str) -> str:
    return re.sub(r"\[\]", "[0]", path)


def cases() -> list[Case]:
    found: list[Case] = []
    for operation, path_item, op in _iter_operations():
        _, names = _base_arguments(path_item, op)
        for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
            param = resolve(raw)
            name = names[param["name"]]
            for constraint, value, accepted in _boundaries(param["schema"], bool(param.get("required"))):
                if constraint == "required":
                    value = None
                shown = name if not constraint.startswith("items.") else f"{name}[0]"
                found.append(Case(operation, f"param:{name}", constraint, value, accepted, shown))
        if "requestBody" in op:
            media = next(iter(resolve(op["requestBody"])["content"].values()))
            body_name = op.get("x-sdk-body", "body")
            for path, schema, required in _body_fields(media["schema"], "", True, frozenset()):
                for constraint, value, accepted in _boundaries(schema, required):
                    shown = f"{body_name}.{_error_name(path)}"
                    if constraint.startswith("items."):
                        shown += "[0]"
                    found.append(Case(operation, f"body:{path}", constraint, value, accepted, shown))
    return found


CASES = cases()


def _call(case: Case) -> Callable[[], Call[Any]]:
    operation = OPERATIONS[case.operation]
    path_item, op = next((item, o) for name, item, o in _iter_operations() if name == case.operation)
    arguments, _ = _base_arguments(path_item, op)
    if case.where.startswith("param:"):
        arguments[case.where.removeprefix("param:")] = case.value
    if "requestBody" in op:
        body_name = op.get("x-sdk-body", "body")
        examples = _examples(op)
        if case.where.startswith("body:"):
            path = case.where.removeprefix("body:")
            body = _set(_best_example(examples, path), path, case.value)
            # A field that needs another (dependentRequired) gets it, so the case judges the field alone.
            media = next(iter(resolve(op["requestBody"])["content"].values()))
            for prefix, given, needed, properties in _dependencies(media["schema"], "", frozenset()):
                if path == f"{prefix}{given}" and case.value is not MISSING:
                    body = _set(body, f"{prefix}{needed}", _valid(properties[needed]))
            arguments[body_name] = body
        else:
            arguments[body_name] = examples[0]
    return lambda: operation.build(**arguments)


def test_every_operation_and_constraint_is_walked() -> None:
    walked = {case.operation for case in CASES}
    # Every operation with a parameter or a body has cases; the others take no arguments.
    assert set(OPERATIONS) - walked == {"list_edge_strategies"}
    assert not walked - set(OPERATIONS)
    # A pattern, a bound, a length, an item count, an enum, a const, a format and "required".
    kinds = {case.constraint.removeprefix("items.") for case in CASES}
    assert {"pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "enum", "const"} <= kinds
    assert {"format", "required", "type"} <= kinds
    assert len(CASES) > 500


def _dependencies(schema: Any, prefix: str, seen: frozenset[int]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(object path prefix, field, the field it needs, the object's properties) for every dependentRequired."""
    if id(schema) in seen:
        return
    seen = seen | {id(schema)}
    node = resolve(schema)
    for alternative in node.get("oneOf", []) + node.get("anyOf", []):
        yield from _dependencies(alternative, prefix, seen)
    for given, needed in node.get("dependentRequired", {}).items():
        for field in needed:
            yield prefix, given, field, node["properties"]
    for name, sub in node.get("properties", {}).items():
        child = resolve(sub)
        if child.get("type") == "object" or "properties" in child:
            yield from _dependencies(sub, f"{prefix}{name}.", seen)


def _valid(schema: Any) -> Any:
    node = resolve(schema)
    return _sample(node["anyOf"][0]) if "anyOf" in node and "type" not in node else _sample(node)


DEPENDENCIES = [
    (operation, prefix, given, needed, properties)
    for operation, _, op in _iter_operations()
    if "requestBody" in op
    for prefix, given, needed, properties in _dependencies(
        next(iter(resolve(op["requestBody"])["content"].values()))["schema"], "", frozenset()
    )
]


@pytest.mark.parametrize(
    ("operation", "prefix", "given", "needed", "properties"),
    DEPENDENCIES,
    ids=[f"{d[0]}-{d[2]}-needs-{d[3]}" for d in DEPENDENCIES],
)
def test_a_field_that_needs_another_is_refused_alone(
    operation: str, prefix: str, given: str, needed: str, properties: dict[str, Any]
) -> None:
    _, op = next((item, o) for name, item, o in _iter_operations() if name == operation)
    body = _best_example(_examples(op), f"{prefix}{given}")
    body = _set(body, f"{prefix}{given}", _valid(properties[given]))
    both = _set(body, f"{prefix}{needed}", _valid(properties[needed]))
    build = OPERATIONS[operation].build
    arguments, _ = _base_arguments(*next((item, o) for name, item, o in _iter_operations() if name == operation))
    body_name = op.get("x-sdk-body", "body")
    assert isinstance(build(**arguments, **{body_name: both}), Call)
    with pytest.raises(InvalidParameterError) as info:
        build(**arguments, **{body_name: _set(both, f"{prefix}{needed}", MISSING)})
    assert info.value.parameter == f"{body_name}.{prefix}{needed}"
    assert given in info.value.problem


def test_the_spec_states_field_dependencies() -> None:
    # E911's unit number and a number's provisioning notices; guards the walk above against finding none.
    assert {(d[0], d[3]) for d in DEPENDENCIES} >= {
        ("create_address", "address_type_number"),
        ("update_phone_number_details", "messaging_enabled"),
    }


@pytest.fixture
def one_field_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each case moves one field and keeps the others at a sample, so checks across fields
    # (two sample times make an empty CDR window) would judge the samples, not the case.
    # Those checks have their own tests below and in test_unit_new_operations.
    for name in CROSS_FIELD_CHECKS:
        monkeypatch.setitem(CROSS_FIELD_CHECKS, name, lambda values: None)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
@pytest.mark.usefixtures("one_field_at_a_time")
def test_spec_constraint(case: Case) -> None:
    build = _call(case)
    if case.accepted:
        call = build()
        assert isinstance(call, Call)
        return
    with pytest.raises(InvalidParameterError) as info:
        build()
    assert info.value.parameter == case.parameter, str(info.value)
    assert info.value.expected, "the error must say what is accepted"


@pytest.mark.usefixtures("one_field_at_a_time")
def test_a_refused_value_never_reaches_the_transport() -> None:
    sent: list[httpx.Request] = []

    def transport(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = FlowrouteClient("acct", "secret", http_client=httpx.Client(transport=httpx.MockTransport(transport)))
    refused = [case for case in CASES if not case.accepted]
    for case in refused:
        with pytest.raises(InvalidParameterError):
            client._execute(_call(case)())
    assert sent == []


@pytest.mark.parametrize(
    "run",
    [
        lambda c: c.messages.look_up_a_set_of_messages("2024-03-02", "2024-03-01"),
        lambda c: c.messages.look_up_a_set_of_messages(date(2024, 3, 2), "2024-03-01T23:59:59Z"),
        lambda c: list(c.messages.iter_messages("2024-03-02T00:00:00+00:00", "2024-03-01")),
    ],
    ids=["text", "date-and-datetime", "iter"],
)
def test_end_date_before_start_date_is_refused(run: Callable[[FlowrouteClient], Any]) -> None:
    client = FlowrouteClient("acct", "secret", http_client=httpx.Client(transport=httpx.MockTransport(_no_io)))
    with pytest.raises(InvalidParameterError) as info:
        run(client)
    assert info.value.parameter == "end_date"


def test_end_date_equal_to_start_date_is_accepted() -> None:
    call = OPERATIONS["look_up_a_set_of_messages"].build(start_date="2024-03-01", end_date="2024-03-01")
    assert call.params == {"start_date": "2024-03-01", "end_date": "2024-03-01"}


def _no_io(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent: {request.url}")

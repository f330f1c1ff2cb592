"""Every operation in the spec, against a real Prism (--errors), on all three clients.

The list of operations is the spec's own: a new operation is contract-tested here with no
edit. Arguments come from the spec too (schema examples, the first request-body example),
so Prism, which refuses any request the spec does not allow, checks what the SDK sends.
The typed clients must parse the answer into the operation's response model; the façade
must return the documented example JSON as it came.

The curated cases in test_whole_api_contract.py / test_wrapper_contract.py keep checking
the conveniences and the example values in detail.
"""

from __future__ import annotations

import copy
import importlib
from typing import Any

import httpx
import pytest
from flowroute import AsyncFlowrouteClient, FlowrouteClient
from flowroute._call import Call, OperationSpec
from flowroutenumbersandmessaging import FlowroutenumbersandmessagingClient

from devtools.spec import load_spec, resolve, response_example

SPEC = load_spec()
METHODS = ("get", "put", "post", "delete", "patch")
# Prism matches GET /v2.1/messages/{callback_type} as /v2.1/messages/{id} (an MDR) unless that
# path is hidden from it; the callback_prism fixture serves such a spec.
NEEDS_CALLBACK_PRISM = {("get", "/v2.1/messages/{callback_type}")}


def _spec_operations() -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    found = []
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                found.append((path, method, item, item[method]))
    return found


SPEC_OPERATIONS = {op["operationId"]: (path, method, item, op) for path, method, item, op in _spec_operations()}


def _generated(name: str) -> OperationSpec:
    tag = SPEC_OPERATIONS[name][3]["tags"][0]
    operation: OperationSpec = importlib.import_module(f"flowroute_api.operations.{tag}").OPERATIONS[name]
    return operation


def _sample(schema: Any) -> Any:
    schema = resolve(schema)
    if "examples" in schema:
        return copy.deepcopy(schema["examples"][0])
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("type") == "integer":
        return schema.get("minimum", 1)
    return "83834"


def _arguments(name: str) -> dict[str, Any]:
    _, _, item, op = SPEC_OPERATIONS[name]
    renames = op.get("x-sdk-names", {})
    arguments: dict[str, Any] = {}
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(raw)
        if param.get("required"):
            arguments[renames.get(param["name"], param["name"])] = _sample(param["schema"])
    if "requestBody" in op:
        media = next(iter(resolve(op["requestBody"])["content"].values()))
        example = next(iter(media.get("examples", {}).values()), None)
        arguments[op.get("x-sdk-body", "body")] = copy.deepcopy(resolve(example)["value"]) if example else None
    return arguments


def _answer(name: str) -> tuple[str, Any]:
    """The status Prism answers with and the documented example body (None without content)."""
    path, method, _, op = SPEC_OPERATIONS[name]
    status = min(code for code in op["responses"] if code.startswith("2"))
    content = resolve(op["responses"][status]).get("content")
    return status, response_example(path, method, status) if content else None


def _call(name: str) -> Call[Any]:
    return _generated(name).build(**_arguments(name))


def _base_url(name: str, request: pytest.FixtureRequest) -> str:
    path, method, _, _ = SPEC_OPERATIONS[name]
    fixture = "callback_prism" if (method, path) in NEEDS_CALLBACK_PRISM else "prism"
    return str(request.getfixturevalue(fixture).url)


def _check_typed(name: str, result: Any) -> None:
    _, example = _answer(name)
    call = _call(name)
    if call.parse is None:
        assert result is None
        return
    expected = call.parse(example)
    assert type(result) is type(expected)
    if hasattr(result, "to_dict"):
        assert result.to_dict() == expected.to_dict()
    else:
        assert result == expected


def test_every_spec_operation_is_generated() -> None:
    generated = {
        name
        for tag in {op["tags"][0] for _, _, _, op in _spec_operations()}
        for name in importlib.import_module(f"flowroute_api.operations.{tag}").OPERATIONS
    }
    assert generated == set(SPEC_OPERATIONS)


def _typed_method(resource: Any, name: str) -> Any:
    """The resource's method for the operation, unless a hand-written convenience replaced it."""
    return None if _generated(name).custom else getattr(resource, name)


@pytest.mark.prism
@pytest.mark.parametrize("name", sorted(SPEC_OPERATIONS))
def test_sync_client(request: pytest.FixtureRequest, name: str) -> None:
    tag = SPEC_OPERATIONS[name][3]["tags"][0]
    with FlowrouteClient("access-key", "secret-key", base_url=_base_url(name, request)) as client:
        method = _typed_method(getattr(client, tag), name)
        result = method(**_arguments(name)) if method else client._execute(_call(name))
    _check_typed(name, result)


@pytest.mark.prism
@pytest.mark.parametrize("name", sorted(SPEC_OPERATIONS))
async def test_async_client(request: pytest.FixtureRequest, name: str) -> None:
    tag = SPEC_OPERATIONS[name][3]["tags"][0]
    http = httpx.AsyncClient()
    async with AsyncFlowrouteClient(
        "access-key", "secret-key", base_url=_base_url(name, request), http_client=http
    ) as client:
        method = _typed_method(getattr(client, tag), name)
        result = await (method(**_arguments(name)) if method else client._execute(_call(name)))
    await http.aclose()
    _check_typed(name, result)


@pytest.mark.prism
@pytest.mark.parametrize("name", sorted(SPEC_OPERATIONS))
def test_facade_returns_the_documented_json(request: pytest.FixtureRequest, name: str) -> None:
    tag = SPEC_OPERATIONS[name][3]["tags"][0]
    with FlowroutenumbersandmessagingClient("access-key", "secret-key", base_url=_base_url(name, request)) as facade:
        method = _typed_method(getattr(facade, tag), name)
        result = method(**_arguments(name)) if method else facade.client._execute_raw(_call(name))
    assert result == _answer(name)[1]

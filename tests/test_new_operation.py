"""A new operation in the spec costs nothing by hand (README: "Changing the API").

The spec is copied to a temporary directory and given a new tag with two operations:
a list with a patterned path parameter, a query filter and limit/offset paging, and a
read of one record. ``make generate`` writes the client and the reference there; a
fresh interpreter that imports that output finds both operations on the sync client,
the async client and the façade, the list also as ``iter_``, in the API reference,
with typed signatures and parameter docs in ``help()``, and runs them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from devtools.prism import ROOT, SPEC

PATHS = {
    "/v2/widgets/{widget_id}/parts": {
        "get": {
            "operationId": "list_widget_parts",
            "tags": ["widgets"],
            "summary": "List the parts of a widget",
            "description": "Parts are listed in the order they were fitted.",
            "parameters": [
                {
                    "name": "widget_id",
                    "in": "path",
                    "required": True,
                    "description": "The widget, as `wd-` and four digits.",
                    "schema": {"type": "string", "pattern": "^wd-[0-9]{4}$"},
                },
                {
                    "name": "color",
                    "in": "query",
                    "description": "Only parts painted this colour.",
                    "schema": {"type": "string", "enum": ["red", "blue"]},
                },
                {"$ref": "#/components/parameters/Limit"},
                {"$ref": "#/components/parameters/Offset"},
            ],
            "responses": {
                "200": {
                    "description": "One page of parts.",
                    "content": {
                        "application/vnd.api+json": {"schema": {"$ref": "#/components/schemas/WidgetPartPage"}}
                    },
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    },
    "/v2/widgets/{widget_id}": {
        "get": {
            "operationId": "get_widget",
            "tags": ["widgets"],
            "summary": "Read one widget",
            "parameters": [
                {
                    "name": "widget_id",
                    "in": "path",
                    "required": True,
                    "description": "The widget, as `wd-` and four digits.",
                    "schema": {"type": "string", "pattern": "^wd-[0-9]{4}$"},
                }
            ],
            "responses": {
                "200": {
                    "description": "The widget.",
                    "content": {"application/vnd.api+json": {"schema": {"$ref": "#/components/schemas/WidgetPart"}}},
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    },
}
SCHEMAS = {
    "WidgetPart": {
        "type": "object",
        "required": ["id", "color"],
        "properties": {"id": {"type": "string"}, "color": {"type": "string"}},
    },
    "WidgetPartPage": {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/WidgetPart"}},
            "links": {"$ref": "#/components/schemas/PageLinks"},
        },
    },
}

CHECKS = textwrap.dedent(
    """
    import asyncio, inspect, json, pydoc, sys
    import httpx
    import flowroute_api
    from flowroute import AsyncFlowrouteClient, FlowrouteClient, InvalidParameterError
    from flowroutenumbersandmessaging import FlowroutenumbersandmessagingClient

    out = {"package": flowroute_api.__file__}
    requests = []

    def answer(request):
        requests.append(str(request.url))
        if request.url.path.endswith("/parts"):
            offset = int(request.url.params.get("offset", "0"))
            data = [{"id": f"p{offset + i}", "color": "red"} for i in range(2 if offset == 0 else 1)]
            return httpx.Response(200, json={"data": data})
        return httpx.Response(200, json={"id": "wd-0001", "color": "blue"})

    sync = FlowrouteClient("a", "b", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    method = type(sync.widgets).list_widget_parts
    out["signature"] = str(inspect.signature(method))
    out["iter_signature"] = str(inspect.signature(type(sync.widgets).iter_widget_parts))
    out["help"] = pydoc.render_doc(method, renderer=pydoc.plaintext)
    out["page"] = [p.id for p in sync.widgets.list_widget_parts("wd-0001", color="red").data]
    try:
        sync.widgets.list_widget_parts("wd-0001", color="green")
    except InvalidParameterError as exc:
        out["enum_refused"] = [exc.parameter, exc.expected]
    out["iterated"] = [p.id for p in sync.widgets.iter_widget_parts("wd-0001", color="red", page_size=2)]
    out["one"] = type(sync.widgets.get_widget("wd-0001")).__name__
    before = len(requests)
    try:
        sync.widgets.list_widget_parts("wd-1")
    except InvalidParameterError as exc:
        out["refused"] = [exc.parameter, exc.expected, len(requests) - before]

    async def run_async():
        transport = httpx.MockTransport(answer)
        async with AsyncFlowrouteClient("a", "b", http_client=httpx.AsyncClient(transport=transport)) as client:
            out["async_is_coroutine"] = inspect.iscoroutinefunction(client.widgets.list_widget_parts)
            page = await client.widgets.list_widget_parts("wd-0001")
            out["async_page"] = [p.id for p in page.data]
            out["async_iterated"] = [p.id async for p in client.widgets.iter_widget_parts("wd-0001", page_size=2)]

    asyncio.run(run_async())
    facade = FlowroutenumbersandmessagingClient(
        "a", "b", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )
    out["facade"] = facade.widgets.list_widget_parts("wd-0001")
    print(json.dumps(out))
    """
)


def _new_spec(tmp_path: Path) -> Path:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec["tags"].append({"name": "widgets", "description": "Widgets and their parts."})
    spec["paths"].update(PATHS)
    spec["components"]["schemas"].update(SCHEMAS)
    target = tmp_path / "spec" / "flowroute.yaml"
    target.parent.mkdir()
    target.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp_path = tmp_path_factory.mktemp("new-operation")
    spec = _new_spec(tmp_path)
    package = tmp_path / "generated" / "flowroute_api"
    api_doc = tmp_path / "API.md"
    env = {**os.environ, "PYTHONPATH": f"{package.parent}{os.pathsep}{ROOT / 'wrapper'}{os.pathsep}{ROOT}"}
    make = shutil.which("make")
    assert make is not None
    subprocess.run(  # noqa: S603 - our own make target and arguments
        [make, "--no-print-directory", "generate", f"SPEC={spec}", f"GENERATED={package}", f"API_DOC={api_doc}"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    run = subprocess.run(  # noqa: S603 - this interpreter running CHECKS
        [sys.executable, "-c", CHECKS], cwd=tmp_path, env=env, check=True, capture_output=True, text=True, timeout=120
    )
    found: dict[str, Any] = json.loads(run.stdout)
    found["api_doc"] = api_doc.read_text(encoding="utf-8")
    found["package_dir"] = str(package)
    return found


def test_the_generated_package_is_the_temporary_one(generated: dict[str, Any]) -> None:
    assert generated["package"].startswith(generated["package_dir"])


def test_on_the_sync_client_with_a_typed_signature(generated: dict[str, Any]) -> None:
    assert generated["signature"] == (
        "(self, widget_id: 'str', *, color: \"Literal['red', 'blue'] | None\" = None, "
        "limit: 'int | None' = None, offset: 'int | None' = None) -> 'WidgetPartPage'"
    )
    assert generated["page"] == ["p0", "p1"]
    assert generated["one"] == "WidgetPart"


def test_a_list_gets_an_iterator(generated: dict[str, Any]) -> None:
    assert "page_size: 'int | None' = None" in generated["iter_signature"]
    assert "-> 'Iterator[WidgetPart]'" in generated["iter_signature"]
    assert generated["iterated"] == ["p0", "p1", "p2"]


def test_on_the_async_client(generated: dict[str, Any]) -> None:
    assert generated["async_is_coroutine"] is True
    assert generated["async_page"] == ["p0", "p1"]
    assert generated["async_iterated"] == ["p0", "p1", "p2"]


def test_on_the_facade_as_json(generated: dict[str, Any]) -> None:
    assert generated["facade"] == {"data": [{"id": "p0", "color": "red"}, {"id": "p1", "color": "red"}]}


def test_help_shows_the_parameter_docs(generated: dict[str, Any]) -> None:
    text = generated["help"]
    assert "List the parts of a widget." in text
    assert "Parts are listed in the order they were fitted." in text
    assert "widget_id: The widget, as `wd-` and four digits." in text
    assert "color: Only parts painted this colour." in text


def test_the_spec_pattern_is_checked_before_any_request(generated: dict[str, Any]) -> None:
    parameter, expected, requests = generated["refused"]
    assert parameter == "widget_id"
    assert "^wd-[0-9]{4}$" in expected
    assert requests == 0
    assert generated["enum_refused"] == ["color", "one of 'red', 'blue'"]


def test_in_the_api_reference(generated: dict[str, Any]) -> None:
    doc = generated["api_doc"]
    assert "## `client.widgets`" in doc
    assert "`list_widget_parts(widget_id, *, color=…, limit=…, offset=…)`" in doc
    assert "`iter_widget_parts(widget_id, *, color=…, page_size=…, max_items=…)`" in doc
    assert "`get_widget(widget_id)`" in doc

"""The fake's one source of truth is the spec: routing, examples and checks all come from it."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import httpx
import pytest
from flowroute.testing import FakeFlowroute, SchemaError

from devtools.spec import load_spec

AUTH = ("fake-access-key", "fake-secret-key")


def test_the_packaged_json_is_the_current_spec() -> None:
    packaged = json.loads(resources.files("flowroute_api").joinpath("openapi.json").read_text(encoding="utf-8"))
    assert packaged == json.loads(json.dumps(load_spec()))


def test_a_new_operation_in_the_spec_answers_with_its_example_at_once() -> None:
    document: dict[str, Any] = copy.deepcopy(load_spec())
    example = {"data": {"type": "balance", "id": "1", "attributes": {"amount": "12.50"}}}
    document["paths"]["/v2/balance"] = {
        "get": {
            "operationId": "get_balance",
            "responses": {
                "200": {
                    "description": "The balance",
                    "content": {
                        "application/vnd.api+json": {
                            "schema": {"type": "object", "required": ["data"]},
                            "examples": {"balance": {"value": example}},
                        }
                    },
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    }
    fake = FakeFlowroute(spec=document, validate_responses=True)
    with fake.http_client(auth=AUTH) as http:
        assert http.get("/v2/balance").json() == example
        assert http.get("/v2/balance", auth=("fake-access-key", "wrong")).status_code == 401
    fake.fail_next("get_balance", status=503)
    with fake.http_client(auth=AUTH) as http:
        assert http.get("/v2/balance").status_code == 503


def test_an_answer_off_the_spec_is_caught() -> None:
    document: dict[str, Any] = copy.deepcopy(load_spec())
    document["components"]["schemas"]["PhoneNumberAttributes"]["required"].append("billing_method")
    fake = FakeFlowroute(spec=document, validate_responses=True)
    number = fake.own_number()
    with fake.http_client(auth=AUTH) as http, pytest.raises(SchemaError, match="billing_method"):
        http.get(f"/v2/numbers/{number}")


def test_webhooks_off_the_spec_are_caught() -> None:
    document: dict[str, Any] = copy.deepcopy(load_spec())
    # The inbound webhook's own attributes schema (MDRs use MessageAttributes).
    document["components"]["schemas"]["InboundMessageAttributes"]["required"].append("carrier")
    fake = FakeFlowroute(spec=document, validate_responses=True)
    number = fake.own_number()
    fake.state.account_callbacks["sms_callback"] = "http://127.0.0.1:9/hook"
    with pytest.raises(SchemaError, match="carrier"):
        fake.receive_sms(to=number, from_="13125550177", body="hi")


@pytest.mark.parametrize(
    ("path", "operation_id"),
    [
        ("/v2.1/messages/sms_callback", "get_account_callback"),
        ("/v2.1/messages/mdr2-" + "a" * 32, "look_up_a_message_detail_record"),
        ("/v2/routes/edge_strategies", "list_edge_strategies"),
        ("/v2/numbers/available", "search_for_purchasable_phone_numbers"),
    ],
)
def test_requests_are_routed_by_the_spec(path: str, operation_id: str) -> None:
    fake = FakeFlowroute()
    with fake.http_client(auth=AUTH) as http:
        http.get(path)
    assert fake.calls[-1].operation_id == operation_id


def test_unknown_paths_and_methods() -> None:
    fake = FakeFlowroute()
    with fake.http_client(auth=AUTH) as http:
        assert http.get("/v2/nothing-here").status_code == 404
        response = http.put("/v2/numbers")
    assert response.status_code == 405
    assert response.json()["errors"][0]["status"] == 405


def test_operations_without_state_answer_with_the_example() -> None:
    fake = FakeFlowroute(validate_responses=True)
    with fake.http_client(auth=AUTH) as http:
        edges = http.get("/v2/routes/edge_strategies").json()
    assert edges == fake.spec.example(fake.spec.operations["list_edge_strategies"])[1]


def test_prefer_picks_a_documented_answer(flowroute_fake: FakeFlowroute) -> None:
    with flowroute_fake.http_client(auth=AUTH) as http:
        response = http.get("/v2/numbers", headers={"Prefer": "code=403"})
    assert response.status_code == 403
    assert response.json()["errors"][0]["title"] == "ActionNotAuthorizedError"


def test_importing_flowroute_leaves_the_fake_unloaded() -> None:
    code = "import sys, flowroute; print('flowroute.testing' in sys.modules, 'jsonschema' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout  # noqa: S603
    assert out.split() == ["False", "False"]


def test_the_pytest_plugin_is_registered_by_entry_point() -> None:
    plugins = {ep.value for ep in metadata.entry_points(group="pytest11")}
    assert "flowroute.testing.plugin" in plugins


def test_the_plugin_fixtures_work_in_a_users_suite(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import pytest

            def test_buy(flowroute_fake, flowroute_client):
                number = flowroute_fake.own_number()
                assert [n.id for n in flowroute_client.numbers.list_account_phone_numbers().data] == [number]

            @pytest.mark.flowroute_fake(seed=3)
            def test_seed(flowroute_fake):
                assert flowroute_fake.seed == 3

            def test_async_client_is_ready(async_flowroute_client):
                assert str(async_flowroute_client.base_url) == "https://api.flowroute.com"
            """
        ),
        encoding="utf-8",
    )
    result = subprocess.run(  # noqa: S603 - pytest on a file this test wrote
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:schemathesis", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_the_raw_transport_is_an_httpx_transport() -> None:
    fake = FakeFlowroute()
    assert isinstance(fake, httpx.BaseTransport) and isinstance(fake, httpx.AsyncBaseTransport)


def test_the_secret_key_stays_out_of_reprs() -> None:
    fake = FakeFlowroute("the-access-key", "the-secret-key")
    assert "the-secret-key" not in repr(fake) + repr(fake.client()) + repr(fake.async_client())

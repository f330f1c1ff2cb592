"""The spec checks itself: examples against schemas, the seed README's real responses,
and a schemathesis run against Prism."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from devtools.prism import ROOT, SPEC, PrismServer
from devtools.spec import iter_examples, load_spec, validator_at
from tests.conftest import CALLBACK_READ_OPERATION, callback_read_spec

EXAMPLES = list(iter_examples())


def test_the_spec_has_examples_for_every_success_response() -> None:
    spec = load_spec()
    missing = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue  # path-level parameters, description, summary
            for code, resp in op.get("responses", {}).items():
                if code.startswith("2") and "content" in resp:
                    media = next(iter(resp["content"].values()))
                    if not media.get("examples") and "example" not in media:
                        missing.append(f"{method.upper()} {path} {code}")
    assert not missing


@pytest.mark.parametrize(("where", "schema_ptr", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_validates_against_its_schema(where: str, schema_ptr: str, value: Any) -> None:
    errors = sorted(validator_at(schema_ptr).iter_errors(value), key=str)
    assert not errors, f"{where}: " + "; ".join(e.message for e in errors)


def test_webhook_payload_examples_are_validated_too() -> None:
    webhooks = set(load_spec()["webhooks"])
    walked = {where.split()[1] for where, _, _ in EXAMPLES if where.split()[1] in webhooks}
    assert walked == webhooks


def test_validation_is_strict_enough_to_fail() -> None:
    # A wrong payload must fail, or the example test above proves nothing.
    validator = validator_at("/components/schemas/PhoneNumberPage")
    good = {
        "data": [
            {
                "type": "number",
                "id": "12012673227",
                "attributes": {
                    "alias": None,
                    "cnam_lookups_enabled": True,
                    "number_type": "standard",
                    "rate_center": "oradell",
                    "state": "nj",
                    "value": "12012673227",
                },
                "links": {"self": "https://api.flowroute.com/v2/numbers/12012673227"},
            }
        ],
        "links": {"self": "https://api.flowroute.com/v2/numbers"},
    }
    assert validator.is_valid(good)
    wrong_type = json.loads(json.dumps(good))
    wrong_type["data"][0]["attributes"]["value"] = 12012673227
    assert not validator.is_valid(wrong_type)
    missing = json.loads(json.dumps(good))
    del missing["data"][0]["attributes"]["cnam_lookups_enabled"]
    assert not validator.is_valid(missing)


# The seed README's example responses, in the order they appear, and the schema each must fit.
SEED_RESPONSE_SCHEMAS = [
    "AreaCodePage",
    "ExchangeCodePage",
    "PurchasableNumberPage",
    "PhoneNumberDocument",
    "PhoneNumberPage",
    "PhoneNumberDocument",
    "RouteDocument",
    "RoutePage",
    "MessageAccepted",
    "MessagePage",
    "MessageDocument",
]
SEED_README = Path(
    os.environ.get(
        "FLOWROUTE_SEED_README",
        ROOT.parent / "shared" / "seed" / "flowroute-sdk-v3-README.md",
    )
)


def _seed_json_blocks(text: str) -> list[Any]:
    blocks = []
    # Fences pair up in order: an opening line starts with ```, the next ``` closes it.
    bodies = re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M)
    for block in bodies:
        try:
            blocks.append(json.loads(block))
        except json.JSONDecodeError:
            continue
    return blocks


SEED_RESPONSES = ROOT / "tests" / "corpus" / "responses" / "seed-readme.json"


def test_every_seed_example_response_validates() -> None:
    responses = json.loads(SEED_RESPONSES.read_text(encoding="utf-8"))["responses"]
    assert [r["schema"] for r in responses] == SEED_RESPONSE_SCHEMAS
    for response in responses:
        errors = list(validator_at(f"/components/schemas/{response['schema']}").iter_errors(response["body"]))
        assert not errors, f"{response['schema']}: " + "; ".join(e.message for e in errors)
    if SEED_README.exists():  # the copy in the corpus is the README's own examples
        assert [r["body"] for r in responses] == _seed_json_blocks(SEED_README.read_text(encoding="utf-8"))


def _schemathesis(spec: Path, url: str, *selection: str) -> subprocess.CompletedProcess[str]:
    st = Path(sys.executable).with_name("st")
    cmd = [
        str(st),
        "run",
        str(spec),
        "--url",
        url,
        "--mode",
        "positive",
        "--auth",
        "access-key:secret-key",
        # Prism checks that credentials are present but accepts any value, so a
        # mock can never honour "wrong credentials must be refused".
        "--exclude-checks",
        "ignored_auth",
        # No stateful phase: Prism keeps no state, so create -> delete -> read
        # sequences only test the mock (a deleted E911 address is still served,
        # ST301), and values carried along inferred links ignore the per-operation
        # enums of the shared {relationship} path variable (ST202).
        "--phases",
        "examples,coverage,fuzzing",
        # 15 per operation keeps the 52-operation run to about 35 s on a busy
        # two-core machine; raise it through the environment for a deeper run.
        "--max-examples",
        os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "15"),
        "--seed",
        "20261127",
        "--generation-database",
        "none",
        # Prism answers one request at a time per connection; more workers than
        # cores keep it busy and cut the run roughly in half.
        "--workers",
        "4",
        # On a loaded CI machine Prism can be slow to accept a connection; those
        # transport hiccups are retried, while every answer is still checked.
        "--request-timeout",
        "30",
        "--request-retries",
        "2",
        "--no-color",
        *selection,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603


@pytest.mark.prism
def test_schemathesis_positive_run_against_prism(prism: PrismServer) -> None:
    # GET /v2.1/messages/{callback_type} reaches the MDR lookup in this Prism (see
    # tests/conftest.py); the next test covers it against a Prism that can serve it.
    result = _schemathesis(SPEC, prism.url, "--exclude-operation-id", CALLBACK_READ_OPERATION)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


@pytest.mark.prism
def test_schemathesis_positive_run_for_the_callback_read(callback_prism: PrismServer, tmp_path: Path) -> None:
    spec = callback_read_spec(tmp_path)
    result = _schemathesis(spec, callback_prism.url, "--include-operation-id", CALLBACK_READ_OPERATION)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]

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

EXAMPLES = list(iter_examples())


def test_the_spec_has_examples_for_every_success_response() -> None:
    spec = load_spec()
    missing = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
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


@pytest.mark.skipif(
    not SEED_README.exists(),
    reason="the seed README lives outside the repository (../shared); set FLOWROUTE_SEED_README",
)
def test_every_seed_example_response_validates() -> None:
    blocks = _seed_json_blocks(SEED_README.read_text(encoding="utf-8"))
    assert len(blocks) == len(SEED_RESPONSE_SCHEMAS) == 11
    for block, schema in zip(blocks, SEED_RESPONSE_SCHEMAS, strict=True):
        errors = list(validator_at(f"/components/schemas/{schema}").iter_errors(block))
        assert not errors, f"{schema}: " + "; ".join(e.message for e in errors)


@pytest.mark.prism
def test_schemathesis_positive_run_against_prism(prism: PrismServer) -> None:
    st = Path(sys.executable).with_name("st")
    cmd = [
        str(st),
        "run",
        str(SPEC),
        "--url",
        prism.url,
        "--mode",
        "positive",
        "--auth",
        "access-key:secret-key",
        # Prism checks that credentials are present but accepts any value, so a
        # mock can never honour "wrong credentials must be refused".
        "--exclude-checks",
        "ignored_auth",
        "--max-examples",
        os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "25"),
        "--seed",
        "20261127",
        "--generation-database",
        "none",
        "--workers",
        "2",
        "--no-color",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]

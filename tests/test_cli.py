"""The ``flowroute`` command, run as a real subprocess against Prism and loopback servers."""

from __future__ import annotations

import json
import stat
import uuid
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from flowroute.cli import _catalog
from flowroute.cli._app import kebab
from flowroutenumbersandmessaging.flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

from tests.cli_support import ACCESS, SECRET, cli_env, loopback_server, run_cli

OPERATIONS = _catalog.operations()

# A valid value for each schema a required parameter of a read uses, by schema name.
SAMPLES_BY_SCHEMA: dict[str, str] = {
    "PhoneNumberDigits": "12065550100",
    "OpaqueId": "20930",
    "MdrId": "mdr2-39cadeace66e11e7aff806cd7f24ba2d",
}


def _sample(op: _catalog.SpecOperation, name: str) -> str:
    document = _catalog.spec_document()
    for raw in [*_operation_object(op).get("parameters", []), *document["paths"][op.path].get("parameters", [])]:
        param = _catalog._resolve(document, raw)
        if param["name"] != name:
            continue
        schema = param["schema"]
        ref = schema.get("$ref", "")
        resolved = _catalog._resolve(document, schema)
        if "enum" in resolved:
            return str(resolved["enum"][0])
        if resolved.get("format") == "date" or name.endswith("_date"):
            return "2024-01-01"
        return SAMPLES_BY_SCHEMA[ref.rsplit("/", 1)[-1]]
    raise AssertionError(f"{op.name} has no parameter {name}")


def _operation_object(op: _catalog.SpecOperation) -> dict[str, Any]:
    operation: dict[str, Any] = _catalog.spec_document()["paths"][op.path][op.method.lower()]
    return operation


def test_every_spec_operation_is_a_command_with_its_documented_options(tmp_path: Path) -> None:
    env = cli_env(None, tmp_path)

    def help_of(op: _catalog.SpecOperation) -> tuple[_catalog.SpecOperation, Any]:
        return op, run_cli(kebab(op.controller), kebab(op.name), "--help", env=env)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(help_of, OPERATIONS))
    assert len(results) == len({(op.controller, op.name) for op in OPERATIONS}) >= 52
    for op, done in results:
        assert done.returncode == 0, (op.name, done.stderr)
        text = " ".join(done.stdout.split())
        assert op.summary in text, op.name
        assert f"{op.method} {op.path}" in text
        for param in op.parameters:
            if param.location == "query":
                # Required parameters are positional arguments, the rest options.
                shown = param.name.upper() if param.required else f"--{kebab(param.name)}"
                assert shown in text, (op.name, param.name)
                if param.description:
                    assert param.description[:30] in text, (op.name, param.name)
        if op.paginated:
            assert "--all" in text


def test_root_help_lists_every_controller_and_never_the_secret(tmp_path: Path) -> None:
    done = run_cli("--help", env=cli_env("http://127.0.0.1:9", tmp_path))
    assert done.returncode == 0
    for controller in _catalog.controllers():
        assert kebab(controller) in done.stdout
    assert SECRET not in done.stdout + done.stderr


# Prism cannot serve the account-callback read (see tests/conftest.py), so of the
# messages reads only the MDR detail is compared here.
READS = [
    op
    for op in OPERATIONS
    if (op.method == "GET" and op.controller != "messages") or op.name == "look_up_a_message_detail_record"
]


@pytest.mark.prism
@pytest.mark.parametrize("op", READS, ids=lambda op: op.name)
def test_json_output_is_the_facades_json(op: _catalog.SpecOperation, prism_url: str, tmp_path: Path) -> None:
    required = [p for p in op.parameters if p.required]
    args = [_sample(op, p.name) for p in required if p.location == "path"]
    done = run_cli(kebab(op.controller), kebab(op.name), *args, "--json", env=cli_env(prism_url, tmp_path))
    assert done.returncode == 0, done.stderr
    with FlowroutenumbersandmessagingClient(ACCESS, SECRET, base_url=prism_url) as facade:
        expected = getattr(getattr(facade, op.controller), op.name)(*args)
    assert json.loads(done.stdout) == expected


@pytest.mark.prism
def test_jsonl_and_all_stream_one_record_per_line(prism_url: str, tmp_path: Path) -> None:
    env = cli_env(prism_url, tmp_path)
    done = run_cli("numbers", "list-account-phone-numbers", "--all", "--jsonl", env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    with FlowroutenumbersandmessagingClient(ACCESS, SECRET, base_url=prism_url) as facade:
        numbers: Any = facade.numbers
        expected = numbers.list_account_phone_numbers(limit=200, offset=0)["data"]
    assert [json.loads(line) for line in lines] == expected


@pytest.mark.prism
def test_human_output_is_a_table_with_chosen_columns_and_no_colour_when_piped(prism_url: str, tmp_path: Path) -> None:
    done = run_cli("numbers", "list-account-phone-numbers", env=cli_env(prism_url, tmp_path))
    assert done.returncode == 0, done.stderr
    header = next(line for line in done.stdout.splitlines() if "rate_center" in line)
    assert header.split() != [] and "id" in header and "alias" in header
    assert "links" not in done.stdout
    assert "\x1b[" not in done.stdout


@pytest.mark.prism
def test_hand_written_send_command(prism_url: str, tmp_path: Path) -> None:
    env = cli_env(prism_url, tmp_path)
    done = run_cli(
        "messages", "send", "--to", "12065550199", "--from", "12065550100", "--body", "hi", "--json", env=env
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["data"]["id"].startswith("mdr2-")


def _refuse(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
    body = {"errors": [{"id": "x", "status": 404, "title": "Not Found", "detail": "No such number on the account"}]}
    return 404, {"Content-Type": "application/vnd.api+json"}, json.dumps(body).encode()


def test_api_error_exits_1_with_status_and_detail_on_stderr(tmp_path: Path) -> None:
    with loopback_server(_refuse) as (url, seen):
        done = run_cli("numbers", "list-phone-number-details", "12065550100", env=cli_env(url, tmp_path))
    assert done.returncode == 1
    assert done.stdout == ""
    assert "404" in done.stderr and "No such number on the account" in done.stderr
    assert seen == ["GET /v2/numbers/12065550100"]
    assert SECRET not in done.stderr


@pytest.mark.parametrize(
    ("args", "parameter"),
    [
        (["numbers", "list-account-phone-numbers", "--limit", "0"], "limit"),
        (["numbers", "list-phone-number-details", "12-ab"], "id"),
        (["messages", "send", "--to", "12065550199", "--from", "12065550100", "--body", "x", "--media-url", "ftp://x"],
         "media_urls"),
    ],
)  # fmt: skip
def test_bad_argument_exits_2_with_the_sdks_message_before_any_request(
    args: list[str], parameter: str, tmp_path: Path
) -> None:
    with loopback_server(_refuse) as (url, seen):
        done = run_cli(*args, env=cli_env(url, tmp_path))
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: ") and parameter in done.stderr and "expected" in done.stderr
    assert seen == []


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    env = cli_env("http://127.0.0.1:9", tmp_path)
    assert run_cli("numbers", "no-such-command", env=env).returncode == 2
    assert run_cli("numbers", "list-phone-number-details", env=env).returncode == 2
    missing = run_cli("numbers", "list-account-phone-numbers", env=cli_env(None, tmp_path))
    assert missing.returncode == 2 and "flowroute configure" in missing.stderr


def test_configure_writes_an_owner_only_profile_and_never_echoes_the_secret(tmp_path: Path) -> None:
    env = cli_env(None, tmp_path)
    done = run_cli("configure", "--profile", "work", env=env, stdin=f"{ACCESS}\n{SECRET}\n")
    assert done.returncode == 0, done.stderr
    assert SECRET not in done.stdout + done.stderr
    path = tmp_path / "config" / "flowroute" / "config.toml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700

    def echo_auth(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        return 401, {"X-Auth": handler.headers.get("Authorization", "")}, b'{"errors":[{"title":"Unauthorized"}]}'

    with loopback_server(echo_auth) as (url, seen):
        used = run_cli("--profile", "work", "--base-url", url, "numbers", "list-phone-number-details",
                       "12065550100", env=env)  # fmt: skip
        unknown = run_cli("--profile", "nope", "--base-url", url, "numbers", "list-account-phone-numbers", env=env)
    assert used.returncode == 1 and seen == ["GET /v2/numbers/12065550100"]
    assert SECRET not in used.stderr
    assert unknown.returncode == 2 and "nope" in unknown.stderr


def test_completion_scripts_for_three_shells(tmp_path: Path) -> None:
    env = cli_env(None, tmp_path)
    for shell in ("bash", "zsh", "fish"):
        done = run_cli("completion", shell, env=env)
        assert done.returncode == 0
        assert "_FLOWROUTE_COMPLETE" in done.stdout
    completed = run_cli(env={**env, "_FLOWROUTE_COMPLETE": "bash_complete", "COMP_WORDS": "flowroute num",
                             "COMP_CWORD": "1"})  # fmt: skip
    assert "numbers" in completed.stdout
    words = "flowroute numbers search-for-purchasable-phone-numbers --number-type "
    choices = run_cli(env={**env, "_FLOWROUTE_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": "4"})
    assert {"plain,longcode", "plain,toll-free"} <= set(choices.stdout.split())


def _accept_sends(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
    handler.rfile.read(int(handler.headers.get("Content-Length", "0")))
    mdr_id = f"mdr2-{uuid.uuid4().hex}"
    body = {
        "data": {
            "type": "message",
            "id": mdr_id,
            "links": {"self": f"https://api.flowroute.com/v2.1/messages/{mdr_id}"},
        }
    }
    return 202, {"Content-Type": "application/vnd.api+json"}, json.dumps(body).encode()


def test_send_csv_sends_each_row_once_and_a_rerun_with_the_journal_sends_nothing(tmp_path: Path) -> None:
    rows = ["to,from,body", *(f"1206555{i:04d},12065550100,hello {i}" for i in range(3)), "12,12065550100,bad"]
    csv_file = tmp_path / "campaign.csv"
    csv_file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    journal = tmp_path / "campaign.sqlite"
    with loopback_server(_accept_sends) as (url, seen):
        env = cli_env(url, tmp_path)
        first = run_cli("messages", "send-csv", str(csv_file), "--journal", str(journal), "--jsonl", env=env)
        sent_first = len(seen)
        again = run_cli("messages", "send-csv", str(csv_file), "--journal", str(journal), "--jsonl", env=env)
    results = [json.loads(line) for line in first.stdout.splitlines()]
    assert [r["status"] for r in results] == ["accepted"] * 3 + ["failed"]
    assert "to" in results[3]["error"] and results[3]["mdr_id"] is None
    assert first.returncode == 1, "a row that was not accepted makes the run fail"
    assert sent_first == 3 and seen == ["POST /v2.1/messages"] * 3
    rerun = [json.loads(line) for line in again.stdout.splitlines()]
    assert [r["mdr_id"] for r in rerun[:3]] == [r["mdr_id"] for r in results[:3]]


def test_send_csv_refuses_a_file_without_to_and_from(tmp_path: Path) -> None:
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("number,text\n12065550199,hi\n", encoding="utf-8")
    done = run_cli("messages", "send-csv", str(csv_file), env=cli_env("http://127.0.0.1:9", tmp_path))
    assert done.returncode == 2 and "'to' and 'from'" in done.stderr

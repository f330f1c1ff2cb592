"""``flowroute --mock`` against the stateful fake's server (``python -m flowroute.testing serve``), as a subprocess.

Prism answers each call with the same example; the fake keeps state, so a number
the CLI buys shows up when the CLI lists the account's numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from flowroute.cli._settings import MOCK_BASE_URL
from flowroute.testing.__main__ import DEFAULT_PORT

from tests.cli_support import cli_env, run_cli
from tests.fake_fixtures import serve_fake


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    # The fake's default credentials: the ones `--mock` sends.
    with serve_fake() as url:
        yield url


def test_the_fake_serves_where_mock_looks() -> None:
    assert urlsplit(MOCK_BASE_URL).port == DEFAULT_PORT


def test_a_number_bought_with_the_cli_is_listed_by_the_cli(fake_url: str, tmp_path: Path) -> None:
    env = cli_env(None, tmp_path)

    def cli(*args: str) -> str:
        done = run_cli("--mock", "--base-url", fake_url, *args, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout

    found = json.loads(cli("numbers", "search-for-purchasable-phone-numbers", "--starts-with", "206", "--limit", "2",
                           "--json"))  # fmt: skip
    number = found["data"][0]["id"]
    assert json.loads(cli("numbers", "list-account-phone-numbers", "--json"))["data"] == []
    bought = json.loads(cli("numbers", "buy", number, "--yes", "--json"))
    assert bought["data"]["id"] == number
    listed = json.loads(cli("numbers", "list-account-phone-numbers", "--json"))
    assert [n["id"] for n in listed["data"]] == [number]
    sent = json.loads(cli("messages", "send", "--to", "16175550199", "--from", number, "--body", "hi", "--json"))
    mdr = json.loads(cli("messages", "look-up-a-message-detail-record", sent["data"]["id"], "--json"))
    assert mdr["data"]["attributes"]["from"] == number


def test_the_fakes_refusals_are_api_errors_with_exit_code_1(fake_url: str, tmp_path: Path) -> None:
    env = cli_env(None, tmp_path)
    not_ours = run_cli("--mock", "--base-url", fake_url, "messages", "send", "--to", "16175550199",
                       "--from", "12065550123", "--body", "hi", env=env)  # fmt: skip
    assert not_ours.returncode == 1
    assert "not on your account" in not_ours.stderr
    wrong_key = run_cli("--base-url", fake_url, "numbers", "list-account-phone-numbers",
                        env={**env, "FR_ACCESS_KEY": "someone-else", "FR_SECRET_KEY": "not-the-fakes"})  # fmt: skip
    assert wrong_key.returncode == 1 and "401" in wrong_key.stderr

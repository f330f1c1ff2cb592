"""``flowroute webhooks listen`` and ``trigger``, each a real subprocess talking over real HTTP."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from devtools.prism import free_port
from tests.cli_support import CLI, cli_env, run_cli
from tests.webhook_servers import wait_listening

TOKEN = "cli-listen-token-" + "5f3a9c" * 3
THEM, US = "13125550177", "16175550142"


@contextmanager
def listening(tmp_path: Path, *options: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``flowroute webhooks listen`` on a free port; yields its URL (with the token) and the process.

    Stop it with ``stop`` to read what it printed.
    """
    port = free_port()
    proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [*CLI, "webhooks", "listen", "--port", str(port), "--token", TOKEN, *options],
        env=cli_env(None, tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_listening(proc, port)
        yield f"http://127.0.0.1:{port}/?token={TOKEN}", proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=10)


def stop(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Ctrl-C, as a person stops it; the exit code and everything printed."""
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    return proc.returncode, out, err


def trigger(tmp_path: Path, kind: str, url: str, *options: str) -> subprocess.CompletedProcess[str]:
    return run_cli("webhooks", "trigger", kind, "--url", url, *options, env=cli_env(None, tmp_path))


def test_listen_prints_each_event_once_with_numbers_masked_and_bodies_hidden(tmp_path: Path) -> None:
    with listening(tmp_path) as (url, proc):
        sms = trigger(tmp_path, "inbound-sms", url, "--field", "body=secret plan", "--field", f"from={THEM}",
                      "--field", "id=mdr2-" + "1" * 32, "--redeliveries", "2")  # fmt: skip
        assert (sms.returncode, sms.stdout.splitlines()) == (0, ["POST 1/3: 200", "POST 2/3: 200", "POST 3/3: 200"])
        mms = trigger(tmp_path, "inbound-mms", url, "--media-url", "https://media.example.test/a.jpg",
                      "--media-url", "https://media.example.test/b.jpg")  # fmt: skip
        assert mms.returncode == 0, mms.stderr
        dlr = trigger(tmp_path, "delivery-receipt", url, "--field", "level=1", "--field", "status=smsc submit",
                      "--field", "id=mdr2-" + "2" * 32)  # fmt: skip
        assert dlr.returncode == 0, dlr.stderr
        code, out, err = stop(proc)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 3, out  # the two redeliveries of the SMS were acknowledged, not shown again
    assert lines[0] == f"inbound_sms mdr2-{'1' * 32} from ***{THEM[-4:]} to ***{US[-4:]}"
    assert lines[1].startswith("inbound_mms mdr2-") and lines[1].endswith(f"to ***{US[-4:]} media=2")
    assert lines[2] == f"delivery_receipt mdr2-{'2' * 32} level=1 status=smsc submit code=1000"
    for secret in (THEM, US, "secret plan", TOKEN):
        assert secret not in out + err


def test_listen_show_body_prints_full_numbers_and_text(tmp_path: Path) -> None:
    with listening(tmp_path, "--show-body") as (url, proc):
        assert trigger(tmp_path, "inbound-sms", url, "--field", "body=see you at 6").returncode == 0
        code, out, _ = stop(proc)
    assert code == 0
    assert out.split(" ", 2)[2] == f'from {THEM} to {US} body="see you at 6"\n'


def test_listen_jsonl_prints_each_event_as_received(tmp_path: Path) -> None:
    with listening(tmp_path, "--jsonl") as (url, proc):
        assert trigger(tmp_path, "port-order", url).returncode == 0
        assert trigger(tmp_path, "inbound-sms", url, "--field", "body=hello").returncode == 0
        code, out, _ = stop(proc)
    assert code == 0
    port_event, sms = (json.loads(line) for line in out.splitlines())
    assert port_event["data"]["type"] == "po_status_change"
    assert sms["data"]["attributes"]["body"] == "hello" and sms["data"]["attributes"]["from"] == THEM


def test_trigger_exit_codes(tmp_path: Path) -> None:
    with listening(tmp_path) as (url, proc):
        refused = trigger(tmp_path, "inbound-sms", url.replace(TOKEN, "not-the-token-at-all"))
        assert (refused.returncode, refused.stdout) == (1, "POST 1/1: 403\n")
        unknown = trigger(tmp_path, "inbound-sms", url, "--field", "colour=blue")
        assert unknown.returncode == 2 and "colour" in unknown.stderr
        not_int = trigger(tmp_path, "delivery-receipt", url, "--field", "level=high")
        assert not_int.returncode == 2 and "level" in not_int.stderr
        media_on_sms = trigger(tmp_path, "inbound-sms", url, "--media-url", "https://media.example.test/a.jpg")
        assert media_on_sms.returncode == 2
        assert trigger(tmp_path, "outbound-fax", url).returncode == 2
        code, out, _ = stop(proc)
    assert (code, out) == (0, "")  # nothing refused or malformed reached a handler
    gone = trigger(tmp_path, "inbound-sms", url)  # nothing listens any more
    assert gone.returncode == 1 and "could not POST" in gone.stderr


def test_listen_usage_errors(tmp_path: Path) -> None:
    short = run_cli("webhooks", "listen", "--port", str(free_port()), "--token", "short", env=cli_env(None, tmp_path))
    assert short.returncode == 2 and "token" in short.stderr
    assert run_cli("webhooks", "listen", env=cli_env(None, tmp_path)).returncode == 2  # --port is required
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = run_cli("webhooks", "listen", "--port", str(taken.getsockname()[1]), env=cli_env(None, tmp_path))
    assert busy.returncode == 1 and "address already in use" in busy.stderr


def test_listen_without_uvicorn_says_which_extra_to_install(tmp_path: Path) -> None:
    blocker = tmp_path / "no_uvicorn"
    (blocker / "uvicorn").mkdir(parents=True)
    (blocker / "uvicorn" / "__init__.py").write_text("raise ImportError('uvicorn is not installed')\n")
    env = cli_env(None, tmp_path, PYTHONPATH=str(blocker))
    done = run_cli("webhooks", "listen", "--port", str(free_port()), env=env)
    assert done.returncode == 2
    assert "pip install 'flowroute-sdk[cli]'" in done.stderr


@pytest.mark.parametrize("args", [("webhooks", "--help"), ("webhooks", "listen", "--help")])
def test_webhooks_help_never_shows_the_token(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = run_cli(*args, env=cli_env(None, tmp_path, FLOWROUTE_WEBHOOK_TOKEN=TOKEN))
    assert done.returncode == 0 and TOKEN not in done.stdout

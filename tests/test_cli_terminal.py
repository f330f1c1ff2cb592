"""What a person sees: the CLI under a real terminal (tmux), read back with capture-pane."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.cli_support import CLI, cli_env, loopback_server
from tests.support import example

TMUX = shutil.which("tmux") or "/usr/bin/tmux"  # `make install` installs Debian's tmux


class Terminal:
    """One tmux session on a private server socket, 160x40."""

    def __init__(self, tmp_path: Path) -> None:
        self.socket = f"fr-cli-{uuid.uuid4().hex[:8]}"
        self.tmp_path = tmp_path

    def tmux(self, *args: str) -> str:
        done = subprocess.run(  # noqa: S603 - fixed tmux argv
            [TMUX, "-L", self.socket, *args], capture_output=True, text=True, timeout=20, check=True
        )
        return done.stdout

    def start(self, shell_command: str, env: dict[str, str]) -> None:
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items() if k.isidentifier())
        # The pane stays open after the command so its last screen can be read.
        script = f"env -i {exports} {shell_command}; echo '[exit '$?']'; sleep 60"
        self.tmux("new-session", "-d", "-s", "cli", "-x", "160", "-y", "40", script)

    def screen(self, escapes: bool = False) -> str:
        return self.tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", "cli")

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if predicate(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"screen never matched; last screen:\n{text}")
            time.sleep(0.05)

    def close(self) -> None:
        subprocess.run([TMUX, "-L", self.socket, "kill-server"], capture_output=True, check=False)  # noqa: S603


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(tmp_path)
    yield term
    term.close()


def _command(*args: str) -> str:
    return " ".join(shlex.quote(part) for part in [*CLI, *args])


@pytest.mark.prism
def test_a_table_in_a_terminal_is_drawn_and_coloured(terminal: Terminal, prism_url: str, tmp_path: Path) -> None:
    terminal.start(_command("numbers", "list-account-phone-numbers"), cli_env(prism_url, tmp_path))
    screen = terminal.wait_for(lambda text: "[exit " in text)
    assert "[exit 0]" in screen
    header = next(line for line in screen.splitlines() if "rate_center" in line)
    assert "┃" in header and "alias" in header and "state" in header
    assert any("12012673227" in line and "oradell" in line for line in screen.splitlines())
    assert "\x1b[" in terminal.screen(escapes=True), "a terminal gets styled headers"


@pytest.mark.prism
def test_piped_output_is_plain(terminal: Terminal, prism_url: str, tmp_path: Path) -> None:
    out = tmp_path / "piped.txt"
    terminal.start(_command("numbers", "list-account-phone-numbers") + f" | tee {shlex.quote(str(out))}",
                   cli_env(prism_url, tmp_path))  # fmt: skip
    terminal.wait_for(lambda text: "[exit " in text)
    written = out.read_bytes()
    assert b"oradell" in written
    assert b"\x1b" not in written, "no colour or cursor movement when stdout is not a terminal"


CHUNKS = 40
CHUNK = b"x" * 4096


def _slow_export(handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes | Iterator[bytes]]:
    host = handler.headers["Host"]
    if handler.path.startswith("/v2/cdrs/exports/"):
        document = example("/v2/cdrs/exports/{id}", "get", "200")
        document["data"]["attributes"]["download_url"] = f"http://{host}/file.csv.gz?X-Amz-Signature=abc"
        return 200, {"Content-Type": "application/vnd.api+json"}, json.dumps(document).encode()

    def drip() -> Iterator[bytes]:
        for _ in range(CHUNKS):
            time.sleep(0.1)
            yield CHUNK

    return 200, {"Content-Length": str(CHUNKS * len(CHUNK)), "Content-Type": "application/gzip"}, drip()


def test_a_slow_download_shows_a_progress_bar(terminal: Terminal, tmp_path: Path) -> None:
    target = tmp_path / "calls.csv.gz"
    with loopback_server(_slow_export) as (url, seen):
        terminal.start(_command("cdrs", "download", "203485", str(target)), cli_env(url, tmp_path))
        during = terminal.wait_for(lambda text: "downloading" in text and "/163.8 kB" in text)
        final = terminal.wait_for(lambda text: "[exit " in text)
    progress_line = next(line for line in during.splitlines() if "downloading" in line)
    done_kb = float(progress_line.split("/163.8 kB")[0].split()[-1])
    assert 0 <= done_kb < 163.8, "caught mid-download"
    assert "━" in progress_line, "a bar is drawn"
    assert "[exit 0]" in final and str(target) in final
    assert target.stat().st_size == CHUNKS * len(CHUNK)
    assert seen[1].startswith("GET /file.csv.gz")

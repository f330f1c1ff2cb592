"""`make demo`'s default: the demo against the fake served over HTTP, where the bought number shows up."""

from __future__ import annotations

import os
import subprocess
import sys

from devtools.prism import ROOT


def test_demo_runs_against_the_fake_and_lists_the_number_it_bought() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FR_ACCESS_KEY", "FR_SECRET_KEY", "FLOWROUTE_BASE_URL")}
    demo = [sys.executable, str(ROOT / "examples" / "demo.py")]
    result = subprocess.run(  # noqa: S603 - our own module and script
        [sys.executable, "-m", "flowroute.testing", "run", "--validate-responses", "--", *demo],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for n in range(1, 14):
        assert f"[{n:2d}/13]" in result.stdout
    bought = result.stdout.split("  bought ")[1].split(";")[0]
    listed = result.stdout.split("[ 5/13]")[1].split("[ 6/13]")[0]
    assert f"{bought}  alias=None" in listed and "<- bought in step 4" in listed
    assert "skipped" not in result.stdout and "Demo finished." in result.stdout
    assert "fake-secret-key" not in result.stdout + result.stderr


def test_run_needs_a_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "flowroute.testing", "run"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2 and "run needs a command" in result.stderr

"""`make demo`'s script runs its 13 steps against Prism and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from devtools.prism import ROOT, PrismServer

pytestmark = pytest.mark.prism


def test_demo_runs_every_step_against_the_mock(prism: PrismServer) -> None:
    env = {**os.environ, "FLOWROUTE_BASE_URL": prism.url, "FR_ACCESS_KEY": "demo", "FR_SECRET_KEY": "demo-secret"}
    result = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for n in range(1, 14):
        assert f"[{n:2d}/13]" in result.stdout
    assert "skipped" not in result.stdout
    assert "Demo finished." in result.stdout
    assert "demo-secret" not in result.stdout + result.stderr

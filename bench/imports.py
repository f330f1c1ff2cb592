"""Cold import cost: ``import flowroute`` against ``import httpx`` in fresh interpreters.

The two are timed interleaved, after one untimed run each so that bytecode caches are
written and the comparison is of imports, not of compiling. ``-X importtime`` then names
the modules that make up the difference.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ImportTimes:
    """Median wall-clock milliseconds for a whole interpreter run importing one module."""

    baseline_ms: float
    module_ms: float
    runs: int

    @property
    def delta_ms(self) -> float:
        return self.module_ms - self.baseline_ms


def _env() -> dict[str, str]:
    # Import from the working tree even before the package is installed into the venv.
    # Appended, as bench.sdk does, so an installed copy would still win.
    env = dict(os.environ)
    paths = [env["PYTHONPATH"]] if env.get("PYTHONPATH") else []
    env["PYTHONPATH"] = os.pathsep.join([*paths, str(ROOT / "wrapper"), str(ROOT / "generated")])
    return env


def _run(module: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed statement
        [sys.executable, *flags, "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env=_env(),
        cwd=ROOT,
    )


def _wall_ms(module: str) -> float:
    start = time.perf_counter()
    _run(module)
    return (time.perf_counter() - start) * 1000


def compare(module: str, baseline: str = "httpx", runs: int = 15) -> ImportTimes:
    _run(module)
    _run(baseline)
    module_times: list[float] = []
    baseline_times: list[float] = []
    for _ in range(runs):
        baseline_times.append(_wall_ms(baseline))
        module_times.append(_wall_ms(module))
    return ImportTimes(
        baseline_ms=statistics.median(baseline_times),
        module_ms=statistics.median(module_times),
        runs=runs,
    )


def _cumulative_us(module: str) -> dict[str, int]:
    """Cumulative microseconds per imported module name, from ``-X importtime``."""
    times: dict[str, int] = {}
    for line in _run(module, "-X", "importtime").stderr.splitlines():
        # "import time:       self [us] |  cumulative | imported package"
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        times[parts[2].strip()] = int(parts[1])
    return times


def heaviest_extra_imports(module: str, baseline: str = "httpx", top: int = 6) -> list[tuple[str, float]]:
    """Top-level modules that ``module`` pulls in beyond ``baseline``, heaviest first (ms)."""
    already = set(_cumulative_us(baseline))
    extra = {
        name: us / 1000
        for name, us in _cumulative_us(module).items()
        if name not in already and "." not in name and name != module
    }
    return sorted(extra.items(), key=lambda item: item[1], reverse=True)[:top]

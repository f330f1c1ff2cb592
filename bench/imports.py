"""Cold import cost: ``import flowroute`` against ``import httpx`` in fresh interpreters.

The two are timed interleaved, after one untimed run each so that bytecode caches are
written and the comparison is of imports, not of compiling. ``-X importtime`` then names
the modules that make up the difference.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYCACHE = ROOT / "bench" / ".run" / "pycache"


@dataclass(frozen=True)
class ImportTimes:
    """Median milliseconds for a whole interpreter run that imports one module.

    CPU time (user + system) is what is judged: on a shared two-core machine wall time
    also counts however long the process waited for a core. Wall time is kept for context.
    ``delta_ms`` is the median of the differences between adjacent runs: a whole
    interpreter start varies by ±70 ms here from one moment to the next, far more than
    the difference being measured, and adjacent runs saw nearly the same machine.
    """

    baseline_cpu_ms: float
    module_cpu_ms: float
    baseline_wall_ms: float
    module_wall_ms: float
    delta_ms: float
    runs: int


def _env() -> dict[str, str]:
    # Import from the working tree even before the package is installed into the venv.
    # Appended, as bench.sdk does, so an installed copy would still win.
    env = dict(os.environ)
    paths = [env["PYTHONPATH"]] if env.get("PYTHONPATH") else []
    env["PYTHONPATH"] = os.pathsep.join([*paths, str(ROOT / "wrapper"), str(ROOT / "generated")])
    # An installed package has bytecode; with PYTHONDONTWRITEBYTECODE set (as on some dev
    # machines) every run would compile the SDK's ~200 modules from source instead. The
    # bytecode goes under bench/.run so the source tree gets no __pycache__ from us.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def _run(module: str, *flags: str) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(  # noqa: S603 - our own interpreter, fixed statement
        [sys.executable, *flags, "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=False,
        env=_env(),
        cwd=ROOT,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"`import {module}` failed:\n{completed.stderr}")
    return completed


def _timed_ms(module: str) -> tuple[float, float]:
    """(CPU, wall) milliseconds of one interpreter importing ``module``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    _run(module)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu * 1000, wall * 1000


def compare(module: str, baseline: str = "httpx", runs: int = 31) -> ImportTimes:
    _run(module)
    _run(baseline)
    samples: dict[str, list[tuple[float, float]]] = {module: [], baseline: []}
    for _ in range(runs):
        for name in (baseline, module):
            samples[name].append(_timed_ms(name))

    def median(name: str, index: int) -> float:
        return statistics.median(sample[index] for sample in samples[name])

    return ImportTimes(
        baseline_cpu_ms=median(baseline, 0),
        module_cpu_ms=median(module, 0),
        baseline_wall_ms=median(baseline, 1),
        module_wall_ms=median(module, 1),
        delta_ms=statistics.median(m[0] - b[0] for b, m in zip(samples[baseline], samples[module], strict=True)),
        runs=runs,
    )


def _self_us(module: str) -> dict[str, int]:
    """Microseconds spent in each imported module's own body, from ``-X importtime``."""
    times: dict[str, int] = {}
    for line in _run(module, "-X", "importtime").stderr.splitlines():
        # "import time:       self [us] |  cumulative | imported package"
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        times[parts[2].strip()] = int(parts[0])
    return times


def heaviest_extra_imports(module: str, baseline: str = "httpx", top: int = 6) -> list[tuple[str, float]]:
    """Packages that ``module`` imports beyond ``baseline``, by milliseconds of their own code.

    Summed per top-level package, since a wide package (hundreds of small model modules)
    costs as much as one heavy module.
    """
    already = set(_self_us(baseline))
    by_package: dict[str, float] = {}
    for name, us in _self_us(module).items():
        if name not in already:
            package = name.split(".", 1)[0]
            by_package[package] = by_package.get(package, 0.0) + us / 1000
    return sorted(by_package.items(), key=lambda item: item[1], reverse=True)[:top]

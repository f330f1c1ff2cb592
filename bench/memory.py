"""Peak memory while paginating through every MDR, measured in a fresh process per side.

Run as ``python -m bench.memory BASE_URL raw|sdk``; prints one JSON object. A fresh process
because peak RSS only ever grows: a parent that already ran other benchmarks would hide
the paginator's own peak. Imports and one page are done before the baseline is read, so
the figure is what iterating costs, not what loading the library costs.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import bodies, sdk
from .raw import RawSync

_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _status_kb(field: str) -> int:
    for line in _STATUS.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} missing from {_STATUS}")


def _reset_peak() -> bool:
    """Make VmHWM start again from the current RSS (Linux 4.0+); False where not allowed."""
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


def _records(side: str, base_url: str) -> Iterator[Any]:
    if side == "raw":
        return RawSync(base_url).iter_mdrs()
    iterate = sdk.mdr_iterator(base_url)
    if isinstance(iterate, sdk.Missing):
        raise SystemExit(f"not available yet: {iterate.reason}")
    return iterate()


def measure(side: str, base_url: str) -> dict[str, float | int | bool]:
    # Warm-up: one full page through the same code path, then drop it.
    warm = _records(side, base_url)
    for _ in range(bodies.MDR_PAGE_SIZE):
        next(warm)
    del warm
    gc.collect()
    peak_reset = _reset_peak()
    start_kb = _status_kb("VmRSS")
    count = sum(1 for _ in _records(side, base_url))
    peak_kb = _status_kb("VmHWM")
    return {
        "records": count,
        "start_mb": start_kb / 1024,
        "peak_mb": peak_kb / 1024,
        "growth_mb": (peak_kb - start_kb) / 1024,
        "peak_reset": peak_reset,
    }


@dataclass(frozen=True)
class MemoryResult:
    records: int
    start_mb: float
    peak_mb: float
    growth_mb: float


def run_in_subprocess(side: str, base_url: str) -> MemoryResult:
    completed = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bench.memory", base_url, side],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"bench.memory {side} failed:\n{completed.stderr}{completed.stdout}")
    data = json.loads(completed.stdout)
    return MemoryResult(
        records=int(data["records"]),
        start_mb=float(data["start_mb"]),
        peak_mb=float(data["peak_mb"]),
        growth_mb=float(data["growth_mb"]),
    )


def main(argv: list[str]) -> None:
    base_url, side = argv
    print(json.dumps(measure(side, base_url)))


if __name__ == "__main__":
    main(sys.argv[1:])

"""The results table: one row per measurement, printed as text and written as Markdown."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Verdict(Enum):
    PASS = "PASS"  # noqa: S105 - a verdict, not a password
    MISS = "MISS"
    NONE = ""  # informational row, no target
    UNAVAILABLE = "n/a"  # the SDK does not offer this yet
    ERROR = "ERROR"  # the measurement itself failed


@dataclass(frozen=True)
class Row:
    measurement: str
    raw: str
    sdk: str
    ratio: str
    target: str
    verdict: Verdict


def judged(passed: bool) -> Verdict:
    return Verdict.PASS if passed else Verdict.MISS


def unavailable(measurement: str, reason: str, raw: str = "") -> Row:
    return Row(measurement, raw, f"not available yet: {reason}", "", "", Verdict.UNAVAILABLE)


HEADERS = ("measurement", "raw httpx", "SDK", "SDK/raw", "target", "result")


def _cells(row: Row) -> tuple[str, ...]:
    return (row.measurement, row.raw, row.sdk, row.ratio, row.target, row.verdict.value)


def as_text(rows: list[Row]) -> str:
    table = [HEADERS, *(_cells(row) for row in rows)]
    widths = [max(len(line[col]) for line in table) for col in range(len(HEADERS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in table]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def as_markdown(rows: list[Row], notes: list[str]) -> str:
    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    out = [line(HEADERS), "|" + "---|" * len(HEADERS)]
    out += [line(_cells(row)) for row in rows]
    if notes:
        out += ["", *(f"- {note}" for note in notes)]
    return "\n".join(out) + "\n"


def write_markdown(path: Path, title: str, rows: list[Row], notes: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# {title}\n\n{as_markdown(rows, notes)}")


def summary(rows: list[Row]) -> str:
    counts = {verdict: sum(row.verdict is verdict for row in rows) for verdict in Verdict}
    parts = [f"{counts[verdict]} {verdict.name}" for verdict in (Verdict.PASS, Verdict.MISS, Verdict.ERROR)]
    return ", ".join([*parts, f"{counts[Verdict.UNAVAILABLE]} not available yet"])

"""How answers are shown: tables and key/value views for people, JSON for scripts.

Rich decides colour from the stream: when stdout is not a terminal nothing is
coloured, and progress is only drawn on a terminal's stderr.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table

# Columns a person looks for first, by JSON:API resource type; other types show
# their id and first few plain attributes.
PREFERRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("id", "alias", "rate_center", "state", "number_type", "cnam_lookups_enabled"),
    "route": ("id", "alias", "route_type", "value"),
    "message": ("id", "direction", "from", "to", "status", "timestamp", "is_mms"),
    "e911": ("id", "label", "street_number", "street_name", "city", "state", "zip"),
    "cnam": ("id", "value", "is_approved", "approval_datetime"),
    "portorder": ("id", "status", "alias", "billing_name", "created_at"),
    "cdr_export": ("id", "status", "record_count", "created_at", "download_url"),
}
MAX_FALLBACK_COLUMNS = 6


def stdout_console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def flatten(record: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON:API resource as one level: id, type, attributes, then related ids."""
    flat: dict[str, Any] = {key: record[key] for key in ("id", "type") if key in record}
    for key, value in record.items():
        if key == "attributes" and isinstance(value, Mapping):
            flat.update({k: v for k, v in value.items() if k not in flat})
        elif key == "relationships" and isinstance(value, Mapping):
            for name, related in value.items():
                data = related.get("data") if isinstance(related, Mapping) else None
                if isinstance(data, Mapping):
                    flat[name] = data.get("id")
                elif isinstance(data, list):
                    flat[name] = ", ".join(str(item.get("id")) for item in data if isinstance(item, Mapping))
        elif key not in ("links", "id", "type"):
            flat[key] = value
    return flat


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if _is_scalar(value):
        return str(value)
    return json.dumps(value, separators=(",", ":"))


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    kind = next((str(row.get("type")) for row in rows if row.get("type")), "")
    preferred = PREFERRED_COLUMNS.get(kind)
    present = {key for row in rows for key in row}
    if preferred:
        chosen = [column for column in preferred if column in present]
        if chosen:
            return chosen
    scalar = [key for key in dict.fromkeys(k for row in rows for k in row) if key != "type"]
    scalar = [key for key in scalar if all(_is_scalar(row.get(key)) for row in rows)]
    return scalar[:MAX_FALLBACK_COLUMNS]


def table(records: Iterable[Mapping[str, Any]], title: str | None = None) -> Table:
    rows = [flatten(record) if isinstance(record, Mapping) else {"value": record} for record in records]
    columns = _columns(rows)
    grid = Table(title=title, show_lines=False)
    for column in columns:
        grid.add_column(column, overflow="fold")
    for row in rows:
        grid.add_row(*(_cell(row.get(column)) for column in columns))
    return grid


def key_values(record: Mapping[str, Any]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    for key, value in flatten(record).items():
        grid.add_row(key, _cell(value))
    return grid


def records_of(answer: Any) -> list[Any] | None:
    """The list inside a list answer (``{"data": [...]}``), or None for a single object."""
    if isinstance(answer, Mapping) and isinstance(answer.get("data"), list):
        return list(answer["data"])
    if isinstance(answer, list):
        return answer
    return None


def show(answer: Any, mode: str, console: Console, out: TextIO = sys.stdout) -> None:
    """Print one answer in ``mode``: ``json`` (as the API sent it), ``jsonl`` or ``human``."""
    if mode == "json":
        out.write(json.dumps(answer, indent=2, ensure_ascii=False) + "\n")
        return
    records = records_of(answer)
    if mode == "jsonl":
        for record in records if records is not None else [answer]:
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        return
    if answer is None:
        console.print("Done.")
    elif records is not None:
        console.print(table(records) if records else "No records.")
    elif isinstance(answer, Mapping) and isinstance(answer.get("data"), Mapping):
        console.print(key_values(answer["data"]))
    elif isinstance(answer, Mapping):
        console.print(key_values(answer))
    else:
        console.print(str(answer))


def stream(pages: Iterator[list[Any]], mode: str, console: Console, out: TextIO = sys.stdout) -> int:
    """Print records page by page as they arrive, holding one page at a time; returns the count."""
    count = 0
    first = True
    progress = Progress(TextColumn("{task.description}"), TextColumn("{task.completed} records"), transient=True,
                        console=stderr_console())  # fmt: skip
    with progress:
        task = progress.add_task("fetching", total=None) if progress.console.is_terminal else None
        for page in pages:
            count += len(page)
            if mode == "human":
                if page:
                    console.print(table(page))
            elif mode == "json":
                # One JSON array, written as it arrives so memory stays at one page.
                for record in page:
                    out.write(("[\n" if first else ",\n") + json.dumps(record, ensure_ascii=False))
                    first = False
                out.flush()
            else:
                for record in page:
                    out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
                out.flush()
            if task is not None:
                progress.update(task, completed=count)
    if mode == "json":
        out.write("[]\n" if first else "\n]\n")
    return count


def download_progress() -> Progress:
    """A byte counter with a bar once the size is known; drawn only on a terminal."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        console=stderr_console(),
        transient=False,
        disable=not stderr_console().is_terminal,
    )

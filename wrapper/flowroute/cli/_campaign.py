"""``flowroute messages send-csv``: a paced, journaled bulk send from a CSV file."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .._bulk import SendProgress, SendResult
from . import _render
from ._app import EXIT_API_ERROR, State, fail_usage, guarded

# Columns a row may have; `media_urls` holds space-separated URLs.
COLUMNS = ("to", "from", "body", "media_urls", "dlr_callback")


def read_messages(path: Path) -> list[dict[str, Any]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        header = set(reader.fieldnames or ())
        if not {"to", "from"} <= header:
            fail_usage(f"{path}: the header must name at least the columns 'to' and 'from' (found {sorted(header)})")
        unknown = header - set(COLUMNS)
        if unknown:
            fail_usage(f"{path}: unknown columns {sorted(unknown)}; allowed: {', '.join(COLUMNS)}")
        messages: list[dict[str, Any]] = []
        for row in reader:
            message: dict[str, Any] = {"to": row["to"], "from_": row["from"]}
            if row.get("body"):
                message["body"] = row["body"]
            if row.get("media_urls"):
                message["media_urls"] = row["media_urls"].split()
            if row.get("dlr_callback"):
                message["dlr_callback"] = row["dlr_callback"]
            messages.append(message)
    return messages


def _row(result: SendResult) -> dict[str, Any]:
    return {
        "row": result.index + 1,
        "status": result.status,
        "mdr_id": result.mdr_id,
        "waited": round(result.waited, 3),
        "error": str(result.error) if result.error is not None else None,
    }


@click.command("send-csv")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--journal",
    type=click.Path(dir_okay=False, path_type=Path),
    help="SQLite file recording each message's state; a rerun never resends an accepted one.",
)
@click.option(
    "--resend-unknown",
    is_flag=True,
    help="Send again the messages a crashed run left unknown (they may already have arrived).",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 100),
    default=4,
    show_default=True,
    help="Messages in flight at once; pacing keeps the rate at Flowroute's limit either way.",
)
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one JSON result per message.")
@click.pass_obj
@guarded
def send_csv(
    state: State, path: Path, journal: Path | None, resend_unknown: bool, concurrency: int, as_jsonl: bool
) -> None:  # fmt: skip
    """Send every row of a CSV file (columns: to, from, body, media_urls, dlr_callback).

    Sends are paced to Flowroute's per-key limits. A row that cannot be sent is
    reported in its own result; the others still go. Exits 1 if any message was
    not accepted.
    """
    messages = read_messages(path)
    client = state.facade().client
    bar = Progress(
        TextColumn("sending"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=_render.stderr_console(), disable=not _render.stderr_console().is_terminal,
    )  # fmt: skip
    with bar:
        task = bar.add_task("sending", total=len(messages))

        def advance(update: SendProgress) -> None:
            bar.update(task, completed=update.done)

        results = client.messages.send_many(
            messages, concurrency=concurrency, journal=journal, progress=advance, resend_unknown=resend_unknown
        )
    rows = [_row(result) for result in results]
    if as_jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row) + "\n")
    else:
        console = _render.stdout_console()
        console.print(_render.table(rows))
        counts = {status: sum(row["status"] == status for row in rows) for status in ("accepted", "failed", "unknown")}
        console.print(", ".join(f"{count} {status}" for status, count in counts.items()))
    if any(not result.ok for result in results):
        sys.exit(EXIT_API_ERROR)

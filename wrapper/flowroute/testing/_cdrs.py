"""CDR exports: a job that is processing, then completed with a gzip CSV the fake itself serves."""

from __future__ import annotations

import csv
import gzip
import io
import random
from datetime import datetime, timedelta
from typing import Any

from ._errors import not_found
from ._ops import Reply, Request, handles, page
from ._state import CdrExportJob, State

DOWNLOAD_PREFIX = "/_fake/cdr-exports/"
COLUMNS = (
    "direction",
    "start_time",
    "end_time",
    "destination",
    "number_alias",
    "callerid",
    "total_cost",
    "destination_name",
    "callerid_country",
    "line_information",
    "result",
    "call_fail_sip_code",
    "call_fail_reason",
    "duration",
    "billed_duration",
    "rate",
    "first_increment",
    "subsequent_increment",
    "cost_subtotal",
    "connect_fee",
    "usf_fee",
    "ccrf",
    "cnam_lookup_fee",
    "custom_x_tag",
    "customer_ip",
)

_TOTALS = (
    "num_calls",
    "billed_minutes",
    "total_cost",
    "call_subtotal",
    "connect_fees",
    "cnamlookup_fees",
    "usf_fees",
    "ccrf",
)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _resource(export_id: str, job: CdrExportJob) -> dict[str, Any]:
    return {"type": "cdrexport", "id": export_id, "attributes": dict(job.attributes)}


def _job(state: State, export_id: str) -> CdrExportJob:
    found = state.cdr_exports.get(export_id)
    if found is None:
        raise not_found("that CDR export")
    return found


@handles("create_cdr_export")
def create(state: State, req: Request) -> Reply:
    attrs = req.attributes()
    now = state.now()
    export_id = state.new_id("cdr")
    job = CdrExportJob(
        attributes={
            "status": "processing",
            "callback_url": attrs.get("callback_url"),
            "download_url": None,
            "requested_at": _iso(now),
            "created_at": _iso(now),
            "expires_at": None,
            "filter_parameters": attrs["filter_parameters"],
            **dict.fromkeys(_TOTALS),
        },
        polls_left=state.cdr_polls_to_complete,
    )
    state.cdr_exports[export_id] = job
    return Reply(201, {"data": _resource(export_id, job)})


def complete(state: State, export_id: str, base_url: str) -> None:
    """Finish an export: write its CSV and give it a download URL and totals."""
    job = _job(state, export_id)
    rows = _rows(state, export_id)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows([[row.get(c, "") for c in COLUMNS] for row in rows])
    job.csv = gzip.compress(buffer.getvalue().encode(), mtime=0)
    total = sum(float(r["total_cost"]) for r in rows)
    job.attributes.update(
        status="completed",
        download_url=f"{base_url}{DOWNLOAD_PREFIX}{export_id}.csv.gz?token={state.rng.getrandbits(64):016x}",
        expires_at=_iso(state.now() + timedelta(days=3)),
        num_calls=len(rows),
        billed_minutes=sum(int(r["billed_duration"]) for r in rows) // 60,
        total_cost=f"{total:.6f}",
        call_subtotal=f"{total:.6f}",
        connect_fees="0.0",
        cnamlookup_fees="0.0",
        usf_fees="0.0",
        ccrf="0.0",
    )


def _rows(state: State, export_id: str) -> list[dict[str, str]]:
    """A few calls on the account's numbers, the same for the same seed and export."""
    rng = random.Random(f"{state.seed}:{export_id}")
    numbers = sorted(state.numbers) or ["12065550100"]
    start = state.now() - timedelta(days=1)
    rows = []
    for i in range(3):
        duration = rng.randint(5, 600)
        began = start + timedelta(minutes=17 * i)
        billed = max(6, duration)
        rows.append(
            {
                "direction": "outbound" if i % 2 else "inbound",
                "start_time": began.strftime("%Y-%m-%d %H:%M:%S"),
                "end_time": (began + timedelta(seconds=duration)).strftime("%Y-%m-%d %H:%M:%S"),
                "destination": f"1206555{rng.randint(0, 9999):04d}",
                "callerid": numbers[i % len(numbers)],
                "total_cost": f"{billed * 0.0001:.6f}",
                "result": "answered",
                "duration": str(duration),
                "billed_duration": str(billed),
                "rate": "0.006000",
                "first_increment": "6",
                "subsequent_increment": "6",
                "cost_subtotal": f"{billed * 0.0001:.6f}",
            }
        )
    return rows


@handles("get_cdr_export_status")
def get_export(state: State, req: Request) -> Reply:
    export_id = req.path["id"]
    job = _job(state, export_id)
    if job.attributes["status"] == "processing":
        job.polls_left -= 1
        if job.polls_left < 0:
            complete(state, export_id, req.base_url)
    return Reply(200, {"data": _resource(export_id, job)})


@handles("list_cdr_exports")
def list_exports(state: State, req: Request) -> Reply:
    status = req.query.get("status")
    items = [
        _resource(i, j) for i, j in state.cdr_exports.items() if status is None or j.attributes["status"] == status
    ]
    return Reply(200, page(req, items))


def download(state: State, name: str) -> bytes | None:
    export_id = name.removesuffix(".csv.gz")
    job = state.cdr_exports.get(export_id)
    return job.csv if job is not None and job.csv else None

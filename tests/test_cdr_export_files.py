"""CDR export download (loopback servers, sync and async) and parsing of the CSV."""

from __future__ import annotations

import gzip
import itertools
import math
import random
import tracemalloc
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import flowroute
import httpx
import pytest
from flowroute import AsyncFlowrouteClient, CdrExportNotReadyError, CdrRecord, FlowrouteClient, parse_cdr_export
from flowroutenumbersandmessaging.flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

from devtools.prism import free_port
from tests.support import LoopbackServer, Seen, json_answer, sync_client

EXPORT_ID = "203485"
SIGNATURE = "X-Amz-Signature=5ecre7519"
COLUMNS = (
    "direction,start_time,end_time,destination,number_alias,callerid,total_cost,destination_name,callerid_country,"
    "line_information,result,call_fail_sip_code,call_fail_reason,duration,billed_duration,rate,first_increment,"
    "subsequent_increment,cost_subtotal,connect_fee,usf_fee,ccrf,cnam_lookup_fee,custom_x_tag,customer_ip"
)
ROWS = [
    "outbound,2024-03-01 17:02:11,2024-03-01T17:04:13Z,15095550100,Front desk,12065550142,0.0132,SPOKANE WA,US,"
    "mobile,answered,,,122,126,0.006,6,6,0.0126,0.0006,0,0,0,tag-1,203.0.113.7",
    "inbound,2024-03-01T18:00:00+00:00,,12065550142,,15095550100,$0.0050,,US,,failed,486,Busy Here,0,0,,,,,,,,,,",
]


def csv_text(extra_column: bool = False) -> str:
    header = COLUMNS + (",carrier_note" if extra_column else "")
    rows = [row + (",hello" if extra_column else "") for row in ROWS]
    return "\n".join([header, *rows]) + "\n"


def gz_payload(repeat: int = 400) -> bytes:
    # Big enough for many chunks even compressed: the rows repeated with a varying tag.
    noise = random.Random(7)
    rows = [row.replace("tag-1", f"tag-{noise.randbytes(8).hex()}") for _ in range(repeat) for row in ROWS]
    text = COLUMNS + "\n" + "\n".join(rows) + "\n"
    return gzip.compress(text.encode(), mtime=0)


def export_json(status: str, download_url: str | None) -> dict[str, Any]:
    return {
        "data": {
            "type": "cdrexport",
            "id": EXPORT_ID,
            "attributes": {"status": status, "download_url": download_url, "callback_url": None},
        }
    }


class Storage:
    """One loopback server playing both the API (/v2/…) and the storage host (/bucket/…)."""

    def __init__(
        self, payload: bytes, *, status: str = "completed", file_status: int = 200, error_page: bytes = b""
    ) -> None:
        self.payload = payload
        self.status = status
        self.file_status = file_status
        self.error_page = error_page or b"<Error><Code>AccessDenied</Code></Error>"
        self.server = LoopbackServer(self.respond)

    def respond(self, seen: Seen) -> tuple[int, dict[str, str], bytes]:
        if seen.path.startswith("/v2/cdrs/exports/"):
            url = None if self.status != "completed" else f"{self.server.url}/bucket/{EXPORT_ID}.csv.gz?{SIGNATURE}"
            return json_answer(200, export_json(self.status, url))
        if self.file_status != 200:
            return self.file_status, {"Content-Type": "application/xml"}, self.error_page
        return 200, {"Content-Type": "application/gzip"}, self.payload

    def __enter__(self) -> Storage:
        self.server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(*exc)

    @property
    def downloads(self) -> list[Seen]:
        return [s for s in self.server.requests if s.path.startswith("/bucket/")]

    @property
    def api_calls(self) -> list[Seen]:
        return [s for s in self.server.requests if s.path.startswith("/v2/")]


def files_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".part"))


def _sync(storage: Storage) -> FlowrouteClient:
    return FlowrouteClient("access-key", "secret-key", base_url=storage.server.url, allow_insecure_http=True)


# --- download, sync ----------------------------------------------------------------------


def test_download_streams_in_chunks_without_credentials(tmp_path: Path) -> None:
    payload = gz_payload()
    calls: list[tuple[int, int | None]] = []
    with Storage(payload) as storage, _sync(storage) as client:
        target = tmp_path / "calls.csv.gz"
        written = client.cdrs.download_cdr_export(
            EXPORT_ID, target, progress=lambda done, total: calls.append((done, total)), chunk_size=1024
        )
    assert written == target and target.read_bytes() == payload
    # One progress call per chunk, each after a write of at most chunk_size bytes.
    assert len(calls) == math.ceil(len(payload) / 1024) > 3
    assert calls[0] == (1024, len(payload)) and calls[-1] == (len(payload), len(payload))
    assert all(b - a <= 1024 for (a, _), (b, _) in itertools.pairwise(calls))
    (download,) = storage.downloads
    assert "authorization" not in download.headers
    assert download.path.endswith(SIGNATURE)
    assert storage.api_calls[0].headers["authorization"].startswith("Basic ")
    assert leftovers(tmp_path) == []
    assert [r.direction for r in parse_cdr_export(target)][:2] == ["outbound", "inbound"]


@pytest.mark.parametrize(
    "http_options",
    [{"headers": {"Authorization": "Bearer own-token"}}, {"auth": ("own-user", "own-password")}],
)
def test_download_drops_credentials_a_custom_http_client_adds(tmp_path: Path, http_options: dict[str, Any]) -> None:
    http = httpx.Client(**http_options)
    with Storage(gz_payload(repeat=1)) as storage:
        client = FlowrouteClient("a", "b", base_url=storage.server.url, allow_insecure_http=True, http_client=http)
        client.cdrs.download_cdr_export(EXPORT_ID, tmp_path / "calls.csv.gz")
    http.close()
    (download,) = storage.downloads
    assert "authorization" not in download.headers


def test_download_refuses_an_export_that_is_not_ready(tmp_path: Path) -> None:
    with (
        Storage(b"", status="processing") as storage,
        _sync(storage) as client,
        pytest.raises(CdrExportNotReadyError) as info,
    ):
        client.cdrs.download_cdr_export(EXPORT_ID, tmp_path / "calls.csv.gz")
    assert info.value.status == "processing" and info.value.cdrexport_id == EXPORT_ID
    assert isinstance(info.value, flowroute.FlowrouteError)
    assert storage.downloads == [] and list(tmp_path.iterdir()) == []


def test_storage_errors_become_status_errors_without_the_signature(tmp_path: Path) -> None:
    with (
        Storage(b"", file_status=403) as storage,
        _sync(storage) as client,
        pytest.raises(flowroute.PermissionDeniedError) as info,
    ):
        client.cdrs.download_cdr_export(EXPORT_ID, tmp_path / "calls.csv.gz")
    assert info.value.status_code == 403 and "AccessDenied" in info.value.body
    assert SIGNATURE not in str(info.value) + info.value.url
    assert list(tmp_path.iterdir()) == []


def test_a_failure_midway_leaves_no_file(tmp_path: Path) -> None:
    def explode(done: int, total: int | None) -> None:
        if done > 2048:
            raise RuntimeError("disk full, say")

    with Storage(gz_payload()) as storage, _sync(storage) as client:
        target = tmp_path / "calls.csv.gz"
        target.write_bytes(b"old")
        with pytest.raises(RuntimeError, match="disk full"):
            client.cdrs.download_cdr_export(EXPORT_ID, target, progress=explode, chunk_size=1024)
    assert target.read_bytes() == b"old", "the previous file is only replaced by a complete download"
    assert leftovers(tmp_path) == []


def test_an_unreachable_storage_host_is_a_connection_error(tmp_path: Path) -> None:
    dead_url = f"http://127.0.0.1:{free_port()}"  # nothing listens there

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=export_json("completed", f"{dead_url}/bucket/x.csv.gz?{SIGNATURE}"))

    api = httpx.MockTransport(answer)
    mounts = {"http://api.test": api}
    http = httpx.Client(mounts=mounts)
    client = FlowrouteClient("a", "b", base_url="http://api.test", allow_insecure_http=True, http_client=http)
    with pytest.raises(flowroute.APIConnectionError) as info:
        client.cdrs.download_cdr_export(EXPORT_ID, tmp_path / "calls.csv.gz")
    assert SIGNATURE not in str(info.value)
    assert leftovers(tmp_path) == [] and list(tmp_path.iterdir()) == []
    http.close()


def test_plain_http_download_refused_for_an_https_client(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=export_json("completed", "http://storage.test/x.csv.gz"))

    client = sync_client(handler)
    with pytest.raises(flowroute.APIConnectionError, match="refusing"):
        client.cdrs.download_cdr_export(EXPORT_ID, tmp_path / "calls.csv.gz")
    assert [r.url.host for r in seen] == ["api.flowroute.com"]


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [({"chunk_size": 0}, "chunk_size"), ({"progress": "yes"}, "progress"), ({"path": "/no/such/dir/x.gz"}, "path")],
)
def test_download_arguments_are_checked_before_any_request(
    tmp_path: Path, kwargs: dict[str, Any], parameter: str
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    client = sync_client(handler)
    arguments: dict[str, Any] = {"path": tmp_path / "x.gz", **kwargs}
    path = arguments.pop("path")
    with pytest.raises(flowroute.InvalidParameterError) as info:
        client.cdrs.download_cdr_export(EXPORT_ID, path, **arguments)
    assert info.value.parameter == parameter and seen == []


# --- download, async and facade ------------------------------------------------------------


@pytest.mark.parametrize("transport", ["httpx", "auto"])
async def test_async_download(tmp_path: Path, transport: Any) -> None:
    payload = gz_payload()
    calls: list[tuple[int, int | None]] = []
    with Storage(payload) as storage:
        async with AsyncFlowrouteClient(
            "access-key", "secret-key", base_url=storage.server.url, allow_insecure_http=True, transport=transport
        ) as client:
            target = await client.cdrs.download_cdr_export(
                EXPORT_ID, str(tmp_path / "calls.csv.gz"), progress=lambda d, t: calls.append((d, t)), chunk_size=4096
            )
    assert target.read_bytes() == payload
    assert calls[-1][0] == len(payload) and len(calls) == math.ceil(len(payload) / 4096)
    assert "authorization" not in storage.downloads[0].headers
    assert leftovers(tmp_path) == []
    with Storage(b"", status="processing") as not_ready:
        async with AsyncFlowrouteClient(
            "a", "b", base_url=not_ready.server.url, allow_insecure_http=True, transport=transport
        ) as client:
            with pytest.raises(CdrExportNotReadyError):
                await client.cdrs.download_cdr_export(EXPORT_ID, tmp_path / "again.csv.gz")
    assert next(iter(client.cdrs.parse_cdr_export(target))).destination == "15095550100"


async def test_async_storage_error_cleans_up(tmp_path: Path) -> None:
    with Storage(b"", file_status=404) as storage:
        async with AsyncFlowrouteClient(
            "a", "b", base_url=storage.server.url, allow_insecure_http=True, transport="httpx"
        ) as client:
            with pytest.raises(flowroute.NotFoundError):
                await client.cdrs.download_cdr_export(EXPORT_ID, tmp_path / "calls.csv.gz")
    assert files_in(tmp_path) == []


async def test_a_large_storage_error_page_is_kept_as_a_preview(tmp_path: Path) -> None:
    page = b"<Error>" + b"x" * 300_000 + b"</Error>"
    with Storage(b"", file_status=500, error_page=page) as storage:
        with _sync(storage) as client, pytest.raises(flowroute.ServerError) as sync_info:
            client.cdrs.download_cdr_export(EXPORT_ID, tmp_path / "calls.csv.gz")
        async with AsyncFlowrouteClient(
            "a", "b", base_url=storage.server.url, allow_insecure_http=True, transport="httpx", max_retries=0
        ) as aclient:
            with pytest.raises(flowroute.ServerError) as async_info:
                await aclient.cdrs.download_cdr_export(EXPORT_ID, tmp_path / "calls.csv.gz")
    for error in (sync_info.value, async_info.value):
        assert len(error.body) == 64 * 1024 and error.body.startswith("<Error>xxx")
        assert error.body_truncated
    assert files_in(tmp_path) == []


def _facade(storage: Storage) -> FlowroutenumbersandmessagingClient:
    return FlowroutenumbersandmessagingClient(
        "access-key", "secret-key", base_url=storage.server.url, allow_insecure_http=True
    )


@pytest.mark.parametrize("compressed", [True, False])
def test_facade_download_writes_the_csv_and_parse_gives_dicts(tmp_path: Path, compressed: bool) -> None:
    text = csv_text(extra_column=True)
    payload = gzip.compress(text.encode()) if compressed else text.encode()
    filename = str(tmp_path / "temp_cdr_file.csv")
    with Storage(payload) as storage, _facade(storage) as facade:
        cdrs: Any = facade.cdrs
        result = cdrs.download_cdr_export(EXPORT_ID, filename)
        rows = cdrs.parse_cdr_export(result["filename"])
    assert result == {"filename": filename}
    assert Path(filename).read_text() == text, "the file holds the decompressed CSV"
    assert files_in(tmp_path) == ["temp_cdr_file.csv"], "no temporary files are left"
    assert isinstance(rows, list) and len(rows) == 2
    first, second = rows
    assert list(first) == [*COLUMNS.split(","), "carrier_note"], "keys are the file's own headers, in order"
    assert (first["callerid"], first["destination"], first["total_cost"]) == ("12065550142", "15095550100", "0.0132")
    assert first["start_time"] == "2024-03-01 17:02:11" and first["carrier_note"] == "hello"
    assert (second["total_cost"], second["end_time"], second["call_fail_sip_code"]) == ("$0.0050", "", "486")
    assert "authorization" not in storage.downloads[0].headers


def test_facade_parse_reads_a_still_compressed_file(tmp_path: Path) -> None:
    path = tmp_path / "export.csv.gz"
    path.write_bytes(gzip.compress(csv_text().encode()))
    with FlowroutenumbersandmessagingClient("a", "b") as facade:
        cdrs: Any = facade.cdrs
        rows = cdrs.parse_cdr_export(str(path))
    assert [row["direction"] for row in rows] == ["outbound", "inbound"]


def test_facade_download_streams_a_large_export(tmp_path: Path) -> None:
    # 24 MB of CSV in well under 1 MB of gzip: reading it whole would show in the peak.
    row = ROWS[0] + "\n"
    repeat = 24 * 1024 * 1024 // len(row)
    payload = gzip.compress((COLUMNS + "\n" + row * repeat).encode(), compresslevel=9)
    assert len(payload) < 1024 * 1024
    target = tmp_path / "big.csv"
    with Storage(payload) as storage, _facade(storage) as facade:
        cdrs: Any = facade.cdrs
        tracemalloc.start()
        try:
            cdrs.download_cdr_export(EXPORT_ID, target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert target.stat().st_size == len(COLUMNS) + 1 + len(row) * repeat
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes while writing a 24 MB file"


def test_facade_download_failures_leave_the_target_alone(tmp_path: Path) -> None:
    target = tmp_path / "calls.csv"
    target.write_text("previous run\n")
    with Storage(b"", file_status=404) as storage, _facade(storage) as facade:
        cdrs: Any = facade.cdrs
        with pytest.raises(flowroute.NotFoundError) as info:
            cdrs.download_cdr_export(EXPORT_ID, target)
        assert info.value.context.response.status_code == 404
    broken = gzip.compress(csv_text().encode())[:-20]
    with Storage(broken) as storage, _facade(storage) as facade:
        cdrs = facade.cdrs
        with pytest.raises(flowroute.FlowrouteError, match="not a readable"):
            cdrs.download_cdr_export(EXPORT_ID, target)
    with Storage(b"", status="processing") as storage, _facade(storage) as facade:
        cdrs = facade.cdrs
        with pytest.raises(CdrExportNotReadyError):
            cdrs.download_cdr_export(EXPORT_ID, target)
        with pytest.raises(flowroute.InvalidParameterError, match="filename"):
            cdrs.download_cdr_export(EXPORT_ID, tmp_path / "missing-dir" / "x.csv")
        with pytest.raises(flowroute.InvalidParameterError, match="filename"):
            cdrs.parse_cdr_export(tmp_path / "nothing-here.csv")
    assert target.read_text() == "previous run\n"
    assert files_in(tmp_path) == ["calls.csv"]


# --- parse -----------------------------------------------------------------------------------


def _check_rows(records: list[CdrRecord], *, extra: bool) -> None:
    first, second = records
    assert first.direction == "outbound"
    assert first.start_time == datetime(2024, 3, 1, 17, 2, 11, tzinfo=UTC)
    assert first.end_time == datetime(2024, 3, 1, 17, 4, 13, tzinfo=UTC)
    assert first.total_cost == Decimal("0.0132") and isinstance(first.total_cost, Decimal)
    assert (first.duration, first.billed_duration, first.first_increment) == (122, 126, 6)
    assert first.rate == Decimal("0.006") and first.usf_fee == Decimal("0")
    assert first.call_fail_sip_code is None and first.call_fail_reason is None
    assert (first.custom_x_tag, first.customer_ip) == ("tag-1", "203.0.113.7")
    assert second.end_time is None and second.number_alias is None and second.rate is None
    assert second.total_cost == Decimal("0.0050"), "a leading $ is tolerated"
    assert (second.call_fail_sip_code, second.call_fail_reason) == (486, "Busy Here")
    assert first.extra == ({"carrier_note": "hello"} if extra else {})


@pytest.mark.parametrize("compressed", [True, False])
def test_parse_gzip_and_plain_csv(tmp_path: Path, compressed: bool) -> None:
    data = csv_text(extra_column=True).encode()
    # The name says .csv either way: gzip is recognised by its magic bytes.
    path = tmp_path / "export.csv"
    path.write_bytes(gzip.compress(data) if compressed else data)
    _check_rows(list(parse_cdr_export(path)), extra=True)


def test_parse_is_lazy_and_names_the_bad_cell(tmp_path: Path) -> None:
    path = tmp_path / "export.csv.gz"
    broken = ROWS[1].replace(",486,", ",busy,")
    path.write_bytes(gzip.compress(f"{COLUMNS}\n{ROWS[0]}\n{broken}\n".encode()))
    rows = parse_cdr_export(path)
    assert next(rows).direction == "outbound"  # read before the bad line is reached
    with pytest.raises(ValueError, match="line 3, column call_fail_sip_code"):
        next(rows)


def test_parse_empty_file_and_missing_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert list(parse_cdr_export(empty)) == []
    header_only = tmp_path / "header.csv.gz"
    header_only.write_bytes(gzip.compress((COLUMNS + "\n").encode()))
    assert list(parse_cdr_export(header_only)) == []
    with pytest.raises(flowroute.InvalidParameterError):
        parse_cdr_export(tmp_path / "nope.csv")

"""CDR exports on disk: download a finished export and read its rows as typed records.

``client.cdrs.download_cdr_export(export_id, "calls.csv.gz")`` streams the file
Flowroute prepared; ``parse_cdr_export("calls.csv.gz")`` then yields one
:class:`CdrRecord` per call, reading lazily so exports of any size fit in memory.
"""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final, cast

import httpx

from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    FlowrouteError,
    InvalidParameterError,
    status_error,
)

if TYPE_CHECKING:
    from flowroute_api.models import CdrExportDocument

    from ._resources import AsyncRunner, SyncRunner

__all__ = ["CdrExportNotReadyError", "CdrRecord", "Progress", "parse_cdr_export"]

Progress = Callable[[int, int | None], object]
"""``progress(bytes_done, total_or_None)``, called after every chunk written."""

_GZIP_MAGIC: Final = b"\x1f\x8b"
# An error page from the storage host is shown, never a whole file.
_ERROR_BODY_LIMIT: Final = 64 * 1024


class CdrExportNotReadyError(FlowrouteError):
    """The export has no ``download_url`` yet (still processing) or failed.

    ``status`` is the export's status as Flowroute reported it, e.g.
    ``"processing"``; poll ``get_cdr_export_status`` and try again.
    """

    def __init__(self, cdrexport_id: str, status: str) -> None:
        self.cdrexport_id = cdrexport_id
        self.status = status
        super().__init__(f"CDR export {cdrexport_id} has no download URL yet (status {status!r})")


# --- download ------------------------------------------------------------------------


@dataclasses.dataclass
class _Download:
    """One download as a state machine: ``opened``, ``feed`` per chunk, ``finish``.

    The sync and async loops below only move chunks from the network into it.
    """

    url: httpx.URL
    target: Path
    progress: Progress | None
    chunk_size: int
    done: int = 0
    total: int | None = None
    response: httpx.Response | None = None
    error_body: bytes = b""
    handle: Any = None
    temp: Path | None = None

    def request(self, http: httpx.Client | httpx.AsyncClient, timeout: httpx.Timeout) -> httpx.Request:
        request = http.build_request("GET", self.url, timeout=timeout)
        # Another host: the presigned URL is the credential, and S3 refuses extra auth.
        request.headers.pop("Authorization", None)
        return request

    def opened(self, response: httpx.Response) -> None:
        """The answer's head arrived: a success starts the file, anything else is kept as an error preview."""
        self.response = response
        if not response.is_success:
            return
        length = response.headers.get("Content-Length")
        self.total = int(length) if length and length.isdigit() else None
        import tempfile  # csv, gzip and tempfile load when a CDR file is used, not with flowroute

        fd, name = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".part")
        self.temp = Path(name)
        self.handle = os.fdopen(fd, "wb")

    def feed(self, chunk: bytes) -> bool:
        """Take one chunk; False once an error answer has given enough for its preview."""
        if self.handle is None:
            self.error_body += chunk
            # One byte past the preview says it was cut.
            return len(self.error_body) <= _ERROR_BODY_LIMIT
        self.handle.write(chunk)
        self.done += len(chunk)
        if self.progress is not None:
            self.progress(self.done, self.total)
        return True

    def finish(self) -> Path:
        """The downloaded file, renamed into place; or the error the answer stands for."""
        assert self.response is not None
        if self.handle is None:
            text = self.error_body[:_ERROR_BODY_LIMIT].decode("utf-8", "replace")
            shown = self._shown_url()
            truncated = len(self.error_body) > _ERROR_BODY_LIMIT
            raise status_error("GET", shown, shown, self.response, text, truncated=truncated)
        self.handle.close()
        assert self.temp is not None
        os.replace(self.temp, self.target)
        self.temp = None
        return self.target

    def cleanup(self) -> None:
        if self.handle is not None and not self.handle.closed:
            self.handle.close()
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)
            self.temp = None

    def _shown_url(self) -> str:
        # The query string is a signature that grants access to the file: never shown.
        return str(self.url.copy_with(query=None))

    def connection_error(self, error: httpx.HTTPError) -> APIConnectionError:
        cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return cls(
            f"GET {self._shown_url()} failed: {type(error).__name__}: {error}", method="GET", url=self._shown_url()
        )


def _plan(
    export: CdrExportDocument,
    cdrexport_id: str,
    path: str | os.PathLike[str],
    base_url: httpx.URL,
    progress: Progress | None,
    chunk_size: int,
) -> _Download:
    url = export.data.attributes.download_url
    if not isinstance(url, str) or not url:
        raise CdrExportNotReadyError(cdrexport_id, export.data.attributes.status)
    parsed = httpx.URL(url)
    if parsed.scheme != "https" and not (parsed.scheme == "http" and base_url.scheme == "http"):
        # Plain http only when the client itself was allowed to talk plain http.
        raise APIConnectionError(
            f"refusing to download CDR export {cdrexport_id} over {parsed.scheme or 'no scheme'}",
            method="GET",
            url=str(parsed.copy_with(query=None)),
        )
    return _Download(url=parsed, target=Path(path), progress=progress, chunk_size=chunk_size)


def _check_arguments(path: object, chunk_size: object, progress: object) -> None:
    if not isinstance(path, str | os.PathLike) or not str(path):
        raise InvalidParameterError("path", f"{path!r} is not a file path", "a str or os.PathLike naming a file")
    if not Path(path).parent.is_dir():
        raise InvalidParameterError("path", f"{str(path)!r} is in no existing directory", "a file in a directory")
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise InvalidParameterError("chunk_size", f"{chunk_size!r} is not allowed", "an integer >= 1")
    if progress is not None and not callable(progress):
        raise InvalidParameterError("progress", f"{progress!r} is not callable", "progress(bytes_done, total)")


def download_sync(
    client: SyncRunner,
    cdrexport_id: str | int,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None,
    chunk_size: int,
) -> Path:
    from flowroute_api.operations.cdrs import get_cdr_export_status

    _check_arguments(path, chunk_size, progress)
    status_call = get_cdr_export_status(cdrexport_id)
    plan = _plan(client._execute(status_call), str(cdrexport_id), path, client.base_url, progress, chunk_size)
    http = client._http
    try:
        response = http.send(plan.request(http, client.timeout), stream=True, auth=None, follow_redirects=True)
        try:
            plan.opened(response)
            for chunk in response.iter_bytes(plan.chunk_size):
                if not plan.feed(chunk):
                    break
        finally:
            response.close()
        return plan.finish()
    except httpx.HTTPError as exc:
        raise plan.connection_error(exc) from exc
    finally:
        plan.cleanup()


async def download_async(
    client: AsyncRunner,
    cdrexport_id: str | int,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None,
    chunk_size: int,
) -> Path:
    from flowroute_api.operations.cdrs import get_cdr_export_status

    _check_arguments(path, chunk_size, progress)
    status_call = get_cdr_export_status(cdrexport_id)
    plan = _plan(await client._execute(status_call), str(cdrexport_id), path, client.base_url, progress, chunk_size)
    http = client._http
    try:
        response = await http.send(plan.request(http, client.timeout), stream=True, auth=None, follow_redirects=True)
        try:
            plan.opened(response)
            async for chunk in response.aiter_bytes(plan.chunk_size):
                if not plan.feed(chunk):
                    break
        finally:
            await response.aclose()
        return plan.finish()
    except httpx.HTTPError as exc:
        raise plan.connection_error(exc) from exc
    finally:
        plan.cleanup()


# --- parse ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CdrRecord:
    """One call from a CDR export; empty cells are None, money is ``Decimal``.

    Times are UTC. Columns Flowroute adds later land in ``extra`` as text.
    """

    direction: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    destination: str | None = None
    number_alias: str | None = None
    callerid: str | None = None
    total_cost: Decimal | None = None
    destination_name: str | None = None
    callerid_country: str | None = None
    line_information: str | None = None
    result: str | None = None
    call_fail_sip_code: int | None = None
    call_fail_reason: str | None = None
    duration: int | None = None
    billed_duration: int | None = None
    rate: Decimal | None = None
    first_increment: int | None = None
    subsequent_increment: int | None = None
    cost_subtotal: Decimal | None = None
    connect_fee: Decimal | None = None
    usf_fee: Decimal | None = None
    ccrf: Decimal | None = None
    cnam_lookup_fee: Decimal | None = None
    custom_x_tag: str | None = None
    customer_ip: str | None = None
    extra: dict[str, str] = dataclasses.field(default_factory=dict)


_DATETIME_FORMATS: Final = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y/%m/%d %H:%M:%S",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
)


def _datetime(text: str) -> datetime:
    cleaned = text.strip()
    for suffix in (" UTC", " GMT", "UTC"):
        if cleaned.endswith(suffix):
            cleaned = cleaned[: -len(suffix)].strip()
            break
    moment: datetime | None = None
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        for fmt in _DATETIME_FORMATS:
            try:
                moment = datetime.strptime(cleaned, fmt)
                break
            except ValueError:
                continue
    if moment is None and cleaned.replace(".", "", 1).isdigit():
        moment = datetime.fromtimestamp(float(cleaned), tz=UTC)
    if moment is None:
        raise ValueError(f"{text!r} is not a date-time")
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _money(text: str) -> Decimal:
    try:
        return Decimal(text.strip().removeprefix("$").replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{text!r} is not an amount") from None


def _int(text: str) -> int:
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a whole number") from None
    if number != number.to_integral_value():
        raise ValueError(f"{text!r} is not a whole number")
    return int(number)


_CONVERTERS: Final[dict[str, Callable[[str], Any]]] = {
    "start_time": _datetime,
    "end_time": _datetime,
    "total_cost": _money,
    "rate": _money,
    "cost_subtotal": _money,
    "connect_fee": _money,
    "usf_fee": _money,
    "ccrf": _money,
    "cnam_lookup_fee": _money,
    "call_fail_sip_code": _int,
    "duration": _int,
    "billed_duration": _int,
    "first_increment": _int,
    "subsequent_increment": _int,
}
_FIELDS: Final = frozenset(field.name for field in dataclasses.fields(CdrRecord)) - {"extra"}


def _record(row: dict[str, str], line: int) -> CdrRecord:
    known: dict[str, Any] = {}
    extra: dict[str, str] = {}
    for column, raw in row.items():
        value = raw or ""
        if column not in _FIELDS:
            extra[column] = value
            continue
        if not value.strip():
            continue
        convert = _CONVERTERS.get(column)
        try:
            known[column] = convert(value) if convert else value
        except ValueError as exc:
            raise ValueError(f"CDR export line {line}, column {column}: {exc}") from None
    return CdrRecord(**known, extra=extra)


def open_export_bytes(path: Path) -> BinaryIO:
    """An export file's CSV bytes, decompressed on the fly when it is gzip.

    Gzip is recognised by its magic bytes, not the file name.
    """
    with path.open("rb") as probe:
        magic = probe.read(2)
    if magic == _GZIP_MAGIC:
        import gzip

        # typeshed declares GzipFile a BufferedIOBase only; it has every BinaryIO method used here.
        return cast(BinaryIO, gzip.open(path, "rb"))
    return path.open("rb")


def open_export_text(path: Path) -> io.TextIOWrapper:
    """An export file's CSV text (UTF-8, a leading BOM dropped), ready for the csv module."""
    return io.TextIOWrapper(open_export_bytes(path), encoding="utf-8-sig", newline="")


def parse_cdr_export(path: str | os.PathLike[str]) -> Iterator[CdrRecord]:
    """Read a downloaded CDR export (gzip CSV, or plain CSV) one typed row at a time.

    Gzip is recognised by its magic bytes, not the file name. A cell that does
    not fit its column's type raises ``ValueError`` naming the line and column.
    """
    source = Path(path)
    if not source.is_file():
        raise InvalidParameterError("path", f"{str(path)!r} is not a file", "the path of a downloaded CDR export")
    return _rows(source)


def _rows(source: Path) -> Iterator[CdrRecord]:
    import csv

    with open_export_text(source) as text:
        reader = csv.reader(text)
        header = next(reader, None)
        if header is None:
            return
        columns = [name.strip().lower() for name in header]
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            cells = dict(zip(columns, row, strict=False))
            yield _record(cells, reader.line_num)

"""The façade's CDR file helpers: a CSV file on disk and rows as plain dicts.

``flowroute.FlowrouteClient`` has the typed versions (the compressed file as
Flowroute serves it, rows as ``CdrRecord``); these keep the shapes dict-based
code indexes: ``{"filename": ...}`` and ``row["callerid"]``.
"""

from __future__ import annotations

import csv
import gzip
import os
import shutil
import tempfile
import zlib
from pathlib import Path

from flowroute import FlowrouteError, InvalidParameterError
from flowroute._operations.cdrs import DEFAULT_CHUNK_SIZE
from flowroute._resources import RawResource
from flowroute.cdr import download_sync, open_export_bytes, open_export_text

__all__ = ["download_cdr_export", "parse_cdr_export"]

# What a damaged or truncated gzip stream raises while it is read.
_UNREADABLE = (gzip.BadGzipFile, EOFError, zlib.error, UnicodeDecodeError, csv.Error)


def _target(filename: object) -> Path:
    if not isinstance(filename, str | os.PathLike) or not str(filename):
        raise InvalidParameterError("filename", f"{filename!r} is not a file name", "a str or os.PathLike")
    target = Path(filename)
    if not target.parent.is_dir():
        raise InvalidParameterError(
            "filename", f"{str(filename)!r} is in no existing directory", "a file in a directory"
        )
    return target


def download_cdr_export(
    self: RawResource, cdrexport_id: str | int, filename: str | os.PathLike[str]
) -> dict[str, str | os.PathLike[str]]:
    """Write a finished export's CSV, decompressed, to ``filename``; returns ``{"filename": filename}``.

    The file is streamed to disk and decompressed chunk by chunk, so memory use
    does not grow with the export. ``filename`` is replaced only once the whole
    CSV is there. Raises ``flowroute.CdrExportNotReadyError`` while the export is
    still processing.
    """
    target = _target(filename)
    temporary = tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{target.name}.")
    with temporary as work:
        compressed = Path(work) / "export.download"
        download_sync(self._client, cdrexport_id, compressed, progress=None, chunk_size=DEFAULT_CHUNK_SIZE)
        plain = Path(work) / "export.csv"
        try:
            with open_export_bytes(compressed) as source, plain.open("wb") as sink:
                shutil.copyfileobj(source, sink, DEFAULT_CHUNK_SIZE)
        except _UNREADABLE as exc:
            raise FlowrouteError(f"CDR export {cdrexport_id} is not a readable CSV or gzip file: {exc}") from exc
        os.replace(plain, target)
    return {"filename": filename}


def parse_cdr_export(self: RawResource, filename: str | os.PathLike[str]) -> list[dict[str, str]]:
    """Read an export (gzip or plain CSV) into one dict per call, keyed by the file's own column names.

    Values are the CSV's text; an empty cell is ``""``. For typed rows read
    lazily, use ``flowroute.parse_cdr_export``.
    """
    source = Path(filename) if isinstance(filename, str | os.PathLike) else None
    if source is None or not source.is_file():
        raise InvalidParameterError("filename", f"{filename!r} is not a file", "the path of a downloaded CDR export")
    try:
        with open_export_text(source) as text:
            return [dict(row) for row in csv.DictReader(text)]
    except _UNREADABLE as exc:
        raise FlowrouteError(f"{str(filename)!r} is not a readable CDR export: {exc}") from exc

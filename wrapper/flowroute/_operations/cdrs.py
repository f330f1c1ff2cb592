"""CDR conveniences: the export window from datetimes, and fetching and parsing the file.

Every cdrs operation comes from the spec (``flowroute_api.operations.cdrs``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from flowroute_api.models import (
    CdrExportCreateAttributes,
    CdrExportCreateData,
    CdrExportCreateRequest,
    CdrExportDocument,
    CdrExportFilters,
)
from flowroute_api.operations import cdrs as spec

from .. import _validate as check
from .._call import Call
from .._resources import SyncRunner, async_method, raw_method, sync_method
from ..cdr import CdrRecord, Progress, download_async, download_sync, parse_cdr_export

DEFAULT_CHUNK_SIZE = 65536


def _filters(
    filters: CdrExportFilters | dict[str, Any] | str | None,
    start_call_start_time: datetime | str | None,
    start_call_end_time: datetime | str | None,
) -> CdrExportFilters:
    raw: dict[str, Any] = {}
    if isinstance(filters, CdrExportFilters):
        raw = filters.to_dict()
    elif filters is not None:
        raw = check.json_object(filters, "filters", "a CdrExportFilters, a dict or JSON text")
    for name, given in (("start_call_start_time", start_call_start_time), ("start_call_end_time", start_call_end_time)):
        if given is not None:
            raw[name] = given
        if raw.get(name) is None:
            raise check.InvalidParameterError(name, "no value was given", "the UTC start of the window, as a datetime")
        raw[name] = check.utc_datetime(raw[name], name).isoformat()
    # The window's length and order are the spec's export_window check, run by the builder.
    return check.model(raw, "filters", CdrExportFilters, CdrExportFilters.from_dict)


def create_cdr_export(
    filters: CdrExportFilters | dict[str, Any] | str | None = None,
    callback_url: str | None = None,
    *,
    start_call_start_time: datetime | str | None = None,
    start_call_end_time: datetime | str | None = None,
) -> Call[CdrExportDocument]:
    """Start preparing the calls in a window of at most 92 days as a gzip CSV.

    ``filters`` is a ``CdrExportFilters``, a dict of its JSON fields or JSON
    text; the two keywords set (or override) the required window, naive
    datetimes taken as UTC. Poll ``get_cdr_export_status`` (usually done
    within 5 minutes) or pass ``callback_url``. Never retried after an
    ambiguous failure: it could start a second job.
    """
    attributes = CdrExportCreateAttributes(
        filter_parameters=_filters(filters, start_call_start_time, start_call_end_time),
        callback_url=check.url(callback_url, "callback_url"),
    )
    body = CdrExportCreateRequest(data=CdrExportCreateData(type_="cdrexport", attributes=attributes))
    return spec.create_cdr_export(body)


class _CdrFiles:
    """Download and parsing, shared by the sync client's resource and the façade's controller."""

    _client: SyncRunner

    def download_cdr_export(
        self,
        cdrexport_id: str | int,
        path: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> Path:
        """Stream a finished export's gzip CSV to ``path`` and return that path.

        Raises ``CdrExportNotReadyError`` (with ``.status``) while the export has
        no download URL. The file comes from Flowroute's storage host without
        your credentials, lands in a temporary file beside ``path`` and is
        renamed only when complete; ``progress(bytes_done, total_or_None)``
        runs after each chunk.
        """
        return download_sync(self._client, cdrexport_id, path, progress=progress, chunk_size=chunk_size)

    def parse_cdr_export(self, path: str | os.PathLike[str]) -> Iterator[CdrRecord]:
        """Read a downloaded export lazily as typed ``CdrRecord`` rows (gzip or plain CSV)."""
        return parse_cdr_export(path)


class CdrsResource(_CdrFiles, spec.CdrsOperations):
    create_cdr_export = sync_method(create_cdr_export)


class AsyncCdrsResource(spec.AsyncCdrsOperations):
    create_cdr_export = async_method(create_cdr_export)

    async def download_cdr_export(
        self,
        cdrexport_id: str | int,
        path: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> Path:
        """Stream a finished export's gzip CSV to ``path`` and return that path.

        As the sync client's method; the file is written with blocking calls
        between network reads, in chunks of ``chunk_size``.
        """
        return await download_async(self._client, cdrexport_id, path, progress=progress, chunk_size=chunk_size)

    def parse_cdr_export(self, path: str | os.PathLike[str]) -> Iterator[CdrRecord]:
        """Read a downloaded export lazily as typed ``CdrRecord`` rows (gzip or plain CSV)."""
        return parse_cdr_export(path)


class RawCdrsResource(_CdrFiles, spec.RawCdrsOperations):
    create_cdr_export = raw_method(create_cdr_export)
    # The name the later Flowroute SDK's README used.
    create_cdr = create_cdr_export

"""CDR exports: ask Flowroute to prepare call records, follow the job, fetch the file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from flowroute_api.api.cdrs import create_cdr_export as _create
from flowroute_api.api.cdrs import get_cdr_export_status as _status
from flowroute_api.api.cdrs import list_cdr_exports as _list
from flowroute_api.models import (
    CdrExport,
    CdrExportCreateAttributes,
    CdrExportCreateData,
    CdrExportCreateRequest,
    CdrExportDocument,
    CdrExportFilters,
    CdrExportPage,
    CdrExportStatus,
)

from .. import _validate as check
from .._api import AsyncResource, SyncResource, async_method, sync_method
from .._call import Call
from .._pagination import Pager, async_pager, sync_pager
from ..cdr import CdrRecord, Progress, download_async, download_sync, parse_cdr_export

DEFAULT_CHUNK_SIZE = 65536


def list_cdr_exports(
    limit: int | None = None, offset: int | None = None, status: CdrExportStatus | str | None = None
) -> Call[CdrExportPage]:
    """List export jobs, optionally only ``processing``, ``completed`` or ``failed`` ones.

    ``limit`` is 1-200 (server default 10). Items may come wrapped in their own
    ``{"data": …}``; ``iter_cdr_exports`` unwraps them.
    """
    kwargs = _list._get_kwargs(
        status=check.choice(status, "status", CdrExportStatus),
        limit=check.limit(limit, 200),
        offset=check.offset(offset),
    )
    return Call.from_generated(kwargs, CdrExportPage.from_dict)


def list_cdrs(
    limit: int | None = None, offset: int | None = None, status: CdrExportStatus | str | None = None
) -> Call[CdrExportPage]:
    """List export jobs (the later Flowroute SDK's name for ``list_cdr_exports``, same arguments)."""
    return list_cdr_exports(limit, offset, status)


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
    start = datetime.fromisoformat(raw["start_call_start_time"])
    end = datetime.fromisoformat(raw["start_call_end_time"])
    if end <= start:
        raise check.InvalidParameterError(
            "start_call_end_time", "it is not after start_call_start_time", "a later moment"
        )
    if (end - start).days > 92:
        raise check.InvalidParameterError(
            "start_call_end_time", "the window is longer than 92 days", "at most 92 days after the start"
        )
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
    return Call.from_generated(_create._get_kwargs(body=body), CdrExportDocument.from_dict)


def get_cdr_export_status(cdrexport_id: str | int) -> Call[CdrExportDocument]:
    """Read an export job; once ``completed`` it has a ``download_url`` valid about 3 days."""
    kwargs = _status._get_kwargs(check.resource_id(cdrexport_id, "cdrexport_id"))
    return Call.from_generated(kwargs, CdrExportDocument.from_dict)


def _exports(page: CdrExportPage) -> list[CdrExport]:
    return [item.data if isinstance(item, CdrExportDocument) else item for item in page.data]


def iter_cdr_exports(
    status: CdrExportStatus | str | None = None, *, page_size: int | None = None, max_items: int | None = None
) -> Pager[CdrExport]:
    """Every export job, unwrapped to ``CdrExport`` whichever form the list used."""
    return Pager.create(
        lambda limit, offset: list_cdr_exports(limit, offset, status),
        _exports,
        page_size=page_size,
        max_page_size=200,
        max_items=max_items,
    )


class CdrsResource(SyncResource):
    list_cdr_exports = sync_method(list_cdr_exports)
    list_cdrs = sync_method(list_cdrs)
    create_cdr_export = sync_method(create_cdr_export)
    get_cdr_export_status = sync_method(get_cdr_export_status)
    iter_cdr_exports = sync_pager(iter_cdr_exports)

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


class AsyncCdrsResource(AsyncResource):
    list_cdr_exports = async_method(list_cdr_exports)
    list_cdrs = async_method(list_cdrs)
    create_cdr_export = async_method(create_cdr_export)
    get_cdr_export_status = async_method(get_cdr_export_status)
    iter_cdr_exports = async_pager(iter_cdr_exports)

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

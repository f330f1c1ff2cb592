"""Export call detail records (CDRs) as CSV files.

Generated from spec/flowroute.yaml by `make generate` (devtools/codegen.py,
templates/operations/); edit those, never this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any
from urllib.parse import quote

from flowroute._call import Call, OperationSpec
from flowroute._pagination import Pager, aiterate, iterate
from flowroute._resources import AsyncResource, RawResource, SyncResource
from flowroute._response import RawResponse
from flowroute._validate import Rule, body_json, checked, cross_check, present

from ..models.cdr_export import CdrExport
from ..models.cdr_export_create_request import CdrExportCreateRequest
from ..models.cdr_export_document import CdrExportDocument
from ..models.cdr_export_page import CdrExportPage
from ..models.cdr_export_status import CdrExportStatus

__all__ = [
    "CdrsOperations",
    "AsyncCdrsOperations",
    "RawCdrsOperations",
    "CdrsWithRawResponse",
    "AsyncCdrsWithRawResponse",
    "list_cdr_exports",
    "create_cdr_export",
    "get_cdr_export_status",
]

_LIST_CDR_EXPORTS_RULES = (
    Rule("limit", "integer", minimum=1, maximum=200),
    Rule("offset", "integer", minimum=0),
    Rule("status", "enum", enum=CdrExportStatus),
)


def list_cdr_exports(
    limit: int | None = None,
    offset: int | None = None,
    status: CdrExportStatus | str | None = None,
) -> Call[CdrExportPage]:
    """List CDR export jobs.

    Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
    demo reads `result['data'][0]['data']['id']`, and the live example in
    Flowroute's Python SDK README has the same shape. Flowroute's API page
    shows plain items, so both forms are accepted. The `links` have been seen
    pointing at an internal host (`http://cdr-api/…`): page with `offset`
    rather than following them.

    Args:
        limit: Page size (server default 10).
        offset: How many records to skip.
        status: Only jobs in this state.
    """
    values = checked(
        _LIST_CDR_EXPORTS_RULES,
        (
            limit,
            offset,
            status,
        ),
    )
    return Call(
        "GET",
        "/v2/cdrs/exports",
        present(
            (
                ("limit", values[0]),
                ("offset", values[1]),
                ("status", values[2]),
            )
        ),
        None,
        None,
        CdrExportPage.from_dict,
        True,
    )


list_cdrs = list_cdr_exports

_CREATE_CDR_EXPORT_RULES = ()
_CREATE_CDR_EXPORT_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="cdrexport", required=True)),
    (
        "data.attributes.callback_url",
        Rule("data.attributes.callback_url", "string", fmt="uri"),
    ),
    (
        "data.attributes.filter_parameters.start_call_start_time",
        Rule(
            "data.attributes.filter_parameters.start_call_start_time",
            "string",
            required=True,
        ),
    ),
    (
        "data.attributes.filter_parameters.start_call_end_time",
        Rule(
            "data.attributes.filter_parameters.start_call_end_time",
            "string",
            required=True,
        ),
    ),
    (
        "data.attributes.filter_parameters.number_aliases",
        Rule(
            "data.attributes.filter_parameters.number_aliases",
            "array",
            items=Rule(
                "data.attributes.filter_parameters.number_aliases[]",
                "string",
                required=True,
            ),
        ),
    ),
    (
        "data.attributes.filter_parameters.number_aliases_contains",
        Rule(
            "data.attributes.filter_parameters.number_aliases_contains",
            "array",
            items=Rule(
                "data.attributes.filter_parameters.number_aliases_contains[]",
                "string",
                required=True,
            ),
        ),
    ),
    (
        "data.attributes.filter_parameters.destination_numbers",
        Rule(
            "data.attributes.filter_parameters.destination_numbers",
            "array",
            items=Rule(
                "data.attributes.filter_parameters.destination_numbers[]",
                "string",
                required=True,
            ),
        ),
    ),
    (
        "data.attributes.filter_parameters.callerid_numbers",
        Rule(
            "data.attributes.filter_parameters.callerid_numbers",
            "array",
            items=Rule(
                "data.attributes.filter_parameters.callerid_numbers[]",
                "string",
                required=True,
            ),
        ),
    ),
    (
        "data.attributes.filter_parameters.custom_x_tags",
        Rule(
            "data.attributes.filter_parameters.custom_x_tags",
            "array",
            items=Rule(
                "data.attributes.filter_parameters.custom_x_tags[]",
                "string",
                required=True,
            ),
        ),
    ),
    (
        "data.attributes.filter_parameters.caller_ip",
        Rule("data.attributes.filter_parameters.caller_ip", "string"),
    ),
    (
        "data.attributes.filter_parameters.duration_greater_than",
        Rule(
            "data.attributes.filter_parameters.duration_greater_than",
            "integer",
            minimum=0,
        ),
    ),
)


def create_cdr_export(
    body: CdrExportCreateRequest | Mapping[str, Any] | str,
) -> Call[CdrExportDocument]:
    """Start exporting call detail records to a CSV file.

    The window between the two start times may be at most 92 days; jobs
    usually finish within five minutes. Poll `get_cdr_export_status` or give a
    `callback_url` (its payload is undocumented).

    Args:
        body: The request body.
    """
    values = checked(_CREATE_CDR_EXPORT_RULES, ())
    payload = body_json(
        body, "body", (CdrExportCreateRequest,), _CREATE_CDR_EXPORT_BODY_RULES
    )
    cross_check("export_window", _CREATE_CDR_EXPORT_RULES, values, payload)
    return Call(
        "POST",
        "/v2/cdrs/exports",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        CdrExportDocument.from_dict,
        False,
    )


_GET_CDR_EXPORT_STATUS_RULES = (
    Rule(
        "cdrexport_id",
        "string",
        pattern="^[A-Za-z0-9_-]+$",
        accepts_int=True,
        required=True,
    ),
)


def get_cdr_export_status(
    cdrexport_id: str | int,
) -> Call[CdrExportDocument]:
    """Read an export job, with its download URL once finished.

    `download_url` is a presigned link to a gzipped CSV, valid until `expires_at` (about three days).

    Args:
        cdrexport_id: CDR export job id.
    """
    values = checked(_GET_CDR_EXPORT_STATUS_RULES, (cdrexport_id,))
    return Call(
        "GET",
        f"/v2/cdrs/exports/{quote(values[0], safe='')}",
        None,
        None,
        None,
        CdrExportDocument.from_dict,
        True,
    )


def _list_cdr_exports_items(page: CdrExportPage) -> list[CdrExport]:
    return [
        item.data if isinstance(item, (CdrExportDocument,)) else item
        for item in page.data
    ]


OPERATIONS: dict[str, OperationSpec] = {
    "list_cdr_exports": OperationSpec(
        name="list_cdr_exports",
        tag="cdrs",
        method="GET",
        path="/v2/cdrs/exports",
        build=list_cdr_exports,
        parse=CdrExportPage.from_dict,
        rules=_LIST_CDR_EXPORTS_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_cdr_exports",
        max_page_size=200,
        custom=False,
    ),
    "create_cdr_export": OperationSpec(
        name="create_cdr_export",
        tag="cdrs",
        method="POST",
        path="/v2/cdrs/exports",
        build=create_cdr_export,
        parse=CdrExportDocument.from_dict,
        rules=_CREATE_CDR_EXPORT_RULES,
        body_rules=_CREATE_CDR_EXPORT_BODY_RULES,
        retry="unsafe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "get_cdr_export_status": OperationSpec(
        name="get_cdr_export_status",
        tag="cdrs",
        method="GET",
        path="/v2/cdrs/exports/{id}",
        build=get_cdr_export_status,
        parse=CdrExportDocument.from_dict,
        rules=_GET_CDR_EXPORT_STATUS_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
}


class CdrsOperations(SyncResource):
    """``client.cdrs``: Export call detail records (CDRs) as CSV files."""

    def list_cdr_exports(
        self,
        limit: int | None = None,
        offset: int | None = None,
        status: CdrExportStatus | str | None = None,
    ) -> CdrExportPage:
        """List CDR export jobs.

        Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
        demo reads `result['data'][0]['data']['id']`, and the live example in
        Flowroute's Python SDK README has the same shape. Flowroute's API page
        shows plain items, so both forms are accepted. The `links` have been seen
        pointing at an internal host (`http://cdr-api/…`): page with `offset`
        rather than following them.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            status: Only jobs in this state.
        """

        return self._client._execute(
            list_cdr_exports(
                limit=limit,
                offset=offset,
                status=status,
            )
        )

    list_cdrs = list_cdr_exports

    def iter_cdr_exports(
        self,
        status: CdrExportStatus | str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[CdrExport]:
        """List CDR export jobs.

        Every record of ``list_cdr_exports``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            status: Only jobs in this state.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_cdr_exports(
                    limit=limit,
                    offset=offset,
                    status=status,
                ),
                _list_cdr_exports_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    def get_cdr_export_status(
        self,
        cdrexport_id: str | int,
    ) -> CdrExportDocument:
        """Read an export job, with its download URL once finished.

        `download_url` is a presigned link to a gzipped CSV, valid until `expires_at` (about three days).

        Args:
            cdrexport_id: CDR export job id.
        """

        return self._client._execute(
            get_cdr_export_status(
                cdrexport_id=cdrexport_id,
            )
        )


class AsyncCdrsOperations(AsyncResource):
    """``client.cdrs`` on the async client: Export call detail records (CDRs) as CSV files."""

    async def list_cdr_exports(
        self,
        limit: int | None = None,
        offset: int | None = None,
        status: CdrExportStatus | str | None = None,
    ) -> CdrExportPage:
        """List CDR export jobs.

        Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
        demo reads `result['data'][0]['data']['id']`, and the live example in
        Flowroute's Python SDK README has the same shape. Flowroute's API page
        shows plain items, so both forms are accepted. The `links` have been seen
        pointing at an internal host (`http://cdr-api/…`): page with `offset`
        rather than following them.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            status: Only jobs in this state.
        """

        return await self._client._execute(
            list_cdr_exports(
                limit=limit,
                offset=offset,
                status=status,
            )
        )

    list_cdrs = list_cdr_exports

    def iter_cdr_exports(
        self,
        status: CdrExportStatus | str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[CdrExport]:
        """List CDR export jobs.

        Every record of ``list_cdr_exports``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            status: Only jobs in this state.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_cdr_exports(
                    limit=limit,
                    offset=offset,
                    status=status,
                ),
                _list_cdr_exports_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    async def get_cdr_export_status(
        self,
        cdrexport_id: str | int,
    ) -> CdrExportDocument:
        """Read an export job, with its download URL once finished.

        `download_url` is a presigned link to a gzipped CSV, valid until `expires_at` (about three days).

        Args:
            cdrexport_id: CDR export job id.
        """

        return await self._client._execute(
            get_cdr_export_status(
                cdrexport_id=cdrexport_id,
            )
        )


class RawCdrsOperations(RawResource):
    """The seed-compatible controller for cdrs: the same operations, answering the server's JSON."""

    def list_cdr_exports(
        self,
        limit: int | None = None,
        offset: int | None = None,
        status: CdrExportStatus | str | None = None,
    ) -> Any:
        """List CDR export jobs.

        Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
        demo reads `result['data'][0]['data']['id']`, and the live example in
        Flowroute's Python SDK README has the same shape. Flowroute's API page
        shows plain items, so both forms are accepted. The `links` have been seen
        pointing at an internal host (`http://cdr-api/…`): page with `offset`
        rather than following them.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            status: Only jobs in this state.
        """

        return self._client._execute_raw(
            list_cdr_exports(
                limit=limit,
                offset=offset,
                status=status,
            )
        )

    list_cdrs = list_cdr_exports

    def get_cdr_export_status(
        self,
        cdrexport_id: str | int,
    ) -> Any:
        """Read an export job, with its download URL once finished.

        `download_url` is a presigned link to a gzipped CSV, valid until `expires_at` (about three days).

        Args:
            cdrexport_id: CDR export job id.
        """

        return self._client._execute_raw(
            get_cdr_export_status(
                cdrexport_id=cdrexport_id,
            )
        )


class CdrsWithRawResponse(SyncResource):
    """``client.with_raw_response.cdrs``: each operation's answer as a ``RawResponse``."""

    def list_cdr_exports(
        self,
        limit: int | None = None,
        offset: int | None = None,
        status: CdrExportStatus | str | None = None,
    ) -> RawResponse[CdrExportPage]:
        """List CDR export jobs.

        Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
        demo reads `result['data'][0]['data']['id']`, and the live example in
        Flowroute's Python SDK README has the same shape. Flowroute's API page
        shows plain items, so both forms are accepted. The `links` have been seen
        pointing at an internal host (`http://cdr-api/…`): page with `offset`
        rather than following them.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            status: Only jobs in this state.
        """

        return self._client._execute_with_response(
            list_cdr_exports(
                limit=limit,
                offset=offset,
                status=status,
            )
        )

    def create_cdr_export(
        self,
        body: CdrExportCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[CdrExportDocument]:
        """Start exporting call detail records to a CSV file.

        The window between the two start times may be at most 92 days; jobs
        usually finish within five minutes. Poll `get_cdr_export_status` or give a
        `callback_url` (its payload is undocumented).

        Args:
            body: The request body.
        """

        return self._client._execute_with_response(create_cdr_export(body=body))

    def get_cdr_export_status(
        self,
        cdrexport_id: str | int,
    ) -> RawResponse[CdrExportDocument]:
        """Read an export job, with its download URL once finished.

        `download_url` is a presigned link to a gzipped CSV, valid until `expires_at` (about three days).

        Args:
            cdrexport_id: CDR export job id.
        """

        return self._client._execute_with_response(
            get_cdr_export_status(
                cdrexport_id=cdrexport_id,
            )
        )


class AsyncCdrsWithRawResponse(AsyncResource):
    """``client.with_raw_response.cdrs`` on the async client."""

    async def list_cdr_exports(
        self,
        limit: int | None = None,
        offset: int | None = None,
        status: CdrExportStatus | str | None = None,
    ) -> RawResponse[CdrExportPage]:
        """List CDR export jobs.

        Each list item comes wrapped in its own `{"data": …}`: Flowroute's own CDR
        demo reads `result['data'][0]['data']['id']`, and the live example in
        Flowroute's Python SDK README has the same shape. Flowroute's API page
        shows plain items, so both forms are accepted. The `links` have been seen
        pointing at an internal host (`http://cdr-api/…`): page with `offset`
        rather than following them.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            status: Only jobs in this state.
        """

        return await self._client._execute_with_response(
            list_cdr_exports(
                limit=limit,
                offset=offset,
                status=status,
            )
        )

    async def create_cdr_export(
        self,
        body: CdrExportCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[CdrExportDocument]:
        """Start exporting call detail records to a CSV file.

        The window between the two start times may be at most 92 days; jobs
        usually finish within five minutes. Poll `get_cdr_export_status` or give a
        `callback_url` (its payload is undocumented).

        Args:
            body: The request body.
        """

        return await self._client._execute_with_response(create_cdr_export(body=body))

    async def get_cdr_export_status(
        self,
        cdrexport_id: str | int,
    ) -> RawResponse[CdrExportDocument]:
        """Read an export job, with its download URL once finished.

        `download_url` is a presigned link to a gzipped CSV, valid until `expires_at` (about three days).

        Args:
            cdrexport_id: CDR export job id.
        """

        return await self._client._execute_with_response(
            get_cdr_export_status(
                cdrexport_id=cdrexport_id,
            )
        )

"""Outbound caller-ID names (CNAM records) and their assignment to numbers.

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
from flowroute._validate import Rule, body_json, checked, present

from ..models.cnam import Cnam
from ..models.cnam_assignment_document import CnamAssignmentDocument
from ..models.cnam_create_request import CnamCreateRequest
from ..models.cnam_document import CnamDocument
from ..models.cnam_page import CnamPage
from ..models.cnam_update_request import CnamUpdateRequest

__all__ = [
    "CnamsOperations",
    "AsyncCnamsOperations",
    "RawCnamsOperations",
    "CnamsWithRawResponse",
    "AsyncCnamsWithRawResponse",
    "list_cnams",
    "create_cnam_record",
    "get_cnam",
    "remove_cnam",
    "update_cnam_record",
    "associate_cnam",
    "unassociate_cnam",
]

_LIST_CNAMS_RULES = (
    Rule("limit", "integer", minimum=1),
    Rule("offset", "integer", minimum=0),
    Rule("is_approved", "boolean"),
    Rule("value", "string", min_length=1),
)


def list_cnams(
    limit: int | None = None,
    offset: int | None = None,
    is_approved: bool | None = None,
    *,
    value: str | None = None,
) -> Call[CnamPage]:
    """List the account's outbound caller-ID names.

    Flowroute enforces no maximum page size here.

    Args:
        limit: Page size (server default 10). Flowroute documents no maximum here.
        offset: How many records to skip.
        is_approved: Only approved (true) or only pending/rejected (false) records.
        value: Part of the name, case-insensitive.
    """
    values = checked(
        _LIST_CNAMS_RULES,
        (
            limit,
            offset,
            is_approved,
            value,
        ),
    )
    return Call(
        "GET",
        "/v2/cnams",
        present(
            (
                ("limit", values[0]),
                ("offset", values[1]),
                ("is_approved", values[2]),
                ("value", values[3]),
            )
        ),
        None,
        None,
        CnamPage.from_dict,
        True,
    )


_CREATE_CNAM_RECORD_RULES = ()
_CREATE_CNAM_RECORD_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    (
        "value",
        Rule(
            "value",
            "string",
            pattern="^(?=.*[A-Za-z])[A-Za-z0-9 _.,@+&'/\"-]+$",
            min_length=1,
            max_length=15,
            required=True,
        ),
    ),
)


def create_cnam_record(
    body: CnamCreateRequest | Mapping[str, Any] | str,
) -> Call[CnamDocument]:
    """Submit a caller-ID name for approval.

    The body is flat JSON (`{"value": …}`), not a JSON:API document (the later
    Python SDK sends it form-encoded). Approval takes up to 48 hours. A name is
    at most 15 characters with at least one letter and may use space and
    `- _ . , @ + & ' / "`; profanity, phone numbers and misleading names are
    refused.

    Args:
        body: The request body.
    """
    values = checked(_CREATE_CNAM_RECORD_RULES, ())
    payload = body_json(
        body, "body", (CnamCreateRequest,), _CREATE_CNAM_RECORD_BODY_RULES
    )
    return Call(
        "POST",
        "/v2/cnams",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        CnamDocument.from_dict,
        False,
    )


_GET_CNAM_RULES = (
    Rule(
        "cnam_id", "string", pattern="^[A-Za-z0-9_-]+$", accepts_int=True, required=True
    ),
)


def get_cnam(
    cnam_id: str | int,
) -> Call[CnamDocument]:
    """Read one CNAM record and the numbers that use it.

    `relationships` and `included` appear only for approved records that numbers use.

    Args:
        cnam_id: CNAM record id.
    """
    values = checked(_GET_CNAM_RULES, (cnam_id,))
    return Call(
        "GET",
        f"/v2/cnams/{quote(values[0], safe='')}",
        None,
        None,
        None,
        CnamDocument.from_dict,
        True,
    )


_REMOVE_CNAM_RULES = (
    Rule(
        "cnam_id", "string", pattern="^[A-Za-z0-9_-]+$", accepts_int=True, required=True
    ),
)


def remove_cnam(
    cnam_id: str | int,
) -> Call[None]:
    """Delete a CNAM record.

    Numbers using the record lose it automatically.

    Args:
        cnam_id: CNAM record id.
    """
    values = checked(_REMOVE_CNAM_RULES, (cnam_id,))
    return Call(
        "DELETE",
        f"/v2/cnams/{quote(values[0], safe='')}",
        None,
        None,
        None,
        None,
        True,
    )


_UPDATE_CNAM_RECORD_RULES = (
    Rule(
        "cnam_id", "string", pattern="^[A-Za-z0-9_-]+$", accepts_int=True, required=True
    ),
)
_UPDATE_CNAM_RECORD_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="cnam", required=True)),
    (
        "data.attributes.value",
        Rule(
            "data.attributes.value",
            "string",
            pattern="^(?=.*[A-Za-z])[A-Za-z0-9 _.,@+&'/\"-]+$",
            min_length=1,
            max_length=15,
            required=True,
        ),
    ),
)


def update_cnam_record(
    cnam_id: str | int,
    body: CnamUpdateRequest | Mapping[str, Any] | str,
) -> Call[CnamDocument]:
    """Change a CNAM record that is still pending.

    Unlike creation, the body is a JSON:API document.

    Args:
        cnam_id: CNAM record id.
        body: The request body.
    """
    values = checked(_UPDATE_CNAM_RECORD_RULES, (cnam_id,))
    payload = body_json(
        body, "body", (CnamUpdateRequest,), _UPDATE_CNAM_RECORD_BODY_RULES
    )
    return Call(
        "PATCH",
        f"/v2/cnams/{quote(values[0], safe='')}",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        CnamDocument.from_dict,
        True,
    )


_ASSOCIATE_CNAM_RULES = (
    Rule(
        "cnam_id", "string", pattern="^[A-Za-z0-9_-]+$", accepts_int=True, required=True
    ),
    Rule(
        "phone_number",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)


def associate_cnam(
    cnam_id: str | int,
    phone_number: str | int,
) -> Call[CnamAssignmentDocument]:
    """Use an approved CNAM record for a number's outbound calls.

    Takes no body; only approved records can be assigned, and only to long
    codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
    pages use the plural `cnams` used here; the later Python SDK uses
    `relationships/cnam`. The example answer shows an integer `id` and an
    RFC 1123 `date_created`.

    Args:
        cnam_id: CNAM record id.
        phone_number: The phone number, digits only (`12065550100`).
    """
    values = checked(
        _ASSOCIATE_CNAM_RULES,
        (
            cnam_id,
            phone_number,
        ),
    )
    return Call(
        "PATCH",
        f"/v2/numbers/{quote(values[1], safe='')}/relationships/cnams/{quote(values[0], safe='')}",
        None,
        None,
        None,
        CnamAssignmentDocument.from_dict,
        True,
    )


_UNASSOCIATE_CNAM_RULES = (
    Rule(
        "phone_number",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)


def unassociate_cnam(
    phone_number: str | int,
) -> Call[CnamAssignmentDocument]:
    """Stop using a CNAM record for a number.

    Accepted, not done; the answer's `id` is null.

    Args:
        phone_number: The phone number, digits only (`12065550100`).
    """
    values = checked(_UNASSOCIATE_CNAM_RULES, (phone_number,))
    return Call(
        "DELETE",
        f"/v2/numbers/{quote(values[0], safe='')}/relationships/cnams",
        None,
        None,
        None,
        CnamAssignmentDocument.from_dict,
        True,
    )


def _list_cnams_items(page: CnamPage) -> list[Cnam]:
    return list(page.data)


OPERATIONS: dict[str, OperationSpec] = {
    "list_cnams": OperationSpec(
        name="list_cnams",
        tag="cnams",
        method="GET",
        path="/v2/cnams",
        build=list_cnams,
        parse=CnamPage.from_dict,
        rules=_LIST_CNAMS_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_cnams",
        max_page_size=None,
        custom=False,
    ),
    "create_cnam_record": OperationSpec(
        name="create_cnam_record",
        tag="cnams",
        method="POST",
        path="/v2/cnams",
        build=create_cnam_record,
        parse=CnamDocument.from_dict,
        rules=_CREATE_CNAM_RECORD_RULES,
        body_rules=_CREATE_CNAM_RECORD_BODY_RULES,
        retry="unsafe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "get_cnam": OperationSpec(
        name="get_cnam",
        tag="cnams",
        method="GET",
        path="/v2/cnams/{cnam_id}",
        build=get_cnam,
        parse=CnamDocument.from_dict,
        rules=_GET_CNAM_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "remove_cnam": OperationSpec(
        name="remove_cnam",
        tag="cnams",
        method="DELETE",
        path="/v2/cnams/{cnam_id}",
        build=remove_cnam,
        parse=None,
        rules=_REMOVE_CNAM_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "update_cnam_record": OperationSpec(
        name="update_cnam_record",
        tag="cnams",
        method="PATCH",
        path="/v2/cnams/{cnam_id}",
        build=update_cnam_record,
        parse=CnamDocument.from_dict,
        rules=_UPDATE_CNAM_RECORD_RULES,
        body_rules=_UPDATE_CNAM_RECORD_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "associate_cnam": OperationSpec(
        name="associate_cnam",
        tag="cnams",
        method="PATCH",
        path="/v2/numbers/{number_id}/relationships/cnams/{cnam_id}",
        build=associate_cnam,
        parse=CnamAssignmentDocument.from_dict,
        rules=_ASSOCIATE_CNAM_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "unassociate_cnam": OperationSpec(
        name="unassociate_cnam",
        tag="cnams",
        method="DELETE",
        path="/v2/numbers/{number_id}/relationships/cnams",
        build=unassociate_cnam,
        parse=CnamAssignmentDocument.from_dict,
        rules=_UNASSOCIATE_CNAM_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
}


class CnamsOperations(SyncResource):
    """``client.cnams``: Outbound caller-ID names (CNAM records) and their assignment to numbers."""

    def list_cnams(
        self,
        limit: int | None = None,
        offset: int | None = None,
        is_approved: bool | None = None,
        *,
        value: str | None = None,
    ) -> CnamPage:
        """List the account's outbound caller-ID names.

        Flowroute enforces no maximum page size here.

        Args:
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
            is_approved: Only approved (true) or only pending/rejected (false) records.
            value: Part of the name, case-insensitive.
        """

        return self._client._execute(
            list_cnams(
                limit=limit,
                offset=offset,
                is_approved=is_approved,
                value=value,
            )
        )

    def iter_cnams(
        self,
        is_approved: bool | None = None,
        *,
        value: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Cnam]:
        """List the account's outbound caller-ID names.

        Every record of ``list_cnams``, fetched ``page_size`` at a time;
        ``max_items`` stops early.

        Args:
            is_approved: Only approved (true) or only pending/rejected (false) records.
            value: Part of the name, case-insensitive.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_cnams(
                    limit=limit,
                    offset=offset,
                    is_approved=is_approved,
                    value=value,
                ),
                _list_cnams_items,
                page_size=page_size,
                max_page_size=None,
                max_items=max_items,
            ),
        )

    def get_cnam(
        self,
        cnam_id: str | int,
    ) -> CnamDocument:
        """Read one CNAM record and the numbers that use it.

        `relationships` and `included` appear only for approved records that numbers use.

        Args:
            cnam_id: CNAM record id.
        """

        return self._client._execute(
            get_cnam(
                cnam_id=cnam_id,
            )
        )

    def remove_cnam(
        self,
        cnam_id: str | int,
    ) -> None:
        """Delete a CNAM record.

        Numbers using the record lose it automatically.

        Args:
            cnam_id: CNAM record id.
        """

        return self._client._execute(
            remove_cnam(
                cnam_id=cnam_id,
            )
        )

    def associate_cnam(
        self,
        cnam_id: str | int,
        phone_number: str | int,
    ) -> CnamAssignmentDocument:
        """Use an approved CNAM record for a number's outbound calls.

        Takes no body; only approved records can be assigned, and only to long
        codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
        pages use the plural `cnams` used here; the later Python SDK uses
        `relationships/cnam`. The example answer shows an integer `id` and an
        RFC 1123 `date_created`.

        Args:
            cnam_id: CNAM record id.
            phone_number: The phone number, digits only (`12065550100`).
        """

        return self._client._execute(
            associate_cnam(
                cnam_id=cnam_id,
                phone_number=phone_number,
            )
        )

    def unassociate_cnam(
        self,
        phone_number: str | int,
    ) -> CnamAssignmentDocument:
        """Stop using a CNAM record for a number.

        Accepted, not done; the answer's `id` is null.

        Args:
            phone_number: The phone number, digits only (`12065550100`).
        """

        return self._client._execute(
            unassociate_cnam(
                phone_number=phone_number,
            )
        )


class AsyncCnamsOperations(AsyncResource):
    """``client.cnams`` on the async client: Outbound caller-ID names (CNAM records) and their assignment to numbers."""

    async def list_cnams(
        self,
        limit: int | None = None,
        offset: int | None = None,
        is_approved: bool | None = None,
        *,
        value: str | None = None,
    ) -> CnamPage:
        """List the account's outbound caller-ID names.

        Flowroute enforces no maximum page size here.

        Args:
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
            is_approved: Only approved (true) or only pending/rejected (false) records.
            value: Part of the name, case-insensitive.
        """

        return await self._client._execute(
            list_cnams(
                limit=limit,
                offset=offset,
                is_approved=is_approved,
                value=value,
            )
        )

    def iter_cnams(
        self,
        is_approved: bool | None = None,
        *,
        value: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Cnam]:
        """List the account's outbound caller-ID names.

        Every record of ``list_cnams``, fetched ``page_size`` at a time;
        ``max_items`` stops early.

        Args:
            is_approved: Only approved (true) or only pending/rejected (false) records.
            value: Part of the name, case-insensitive.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_cnams(
                    limit=limit,
                    offset=offset,
                    is_approved=is_approved,
                    value=value,
                ),
                _list_cnams_items,
                page_size=page_size,
                max_page_size=None,
                max_items=max_items,
            ),
        )

    async def get_cnam(
        self,
        cnam_id: str | int,
    ) -> CnamDocument:
        """Read one CNAM record and the numbers that use it.

        `relationships` and `included` appear only for approved records that numbers use.

        Args:
            cnam_id: CNAM record id.
        """

        return await self._client._execute(
            get_cnam(
                cnam_id=cnam_id,
            )
        )

    async def remove_cnam(
        self,
        cnam_id: str | int,
    ) -> None:
        """Delete a CNAM record.

        Numbers using the record lose it automatically.

        Args:
            cnam_id: CNAM record id.
        """

        return await self._client._execute(
            remove_cnam(
                cnam_id=cnam_id,
            )
        )

    async def associate_cnam(
        self,
        cnam_id: str | int,
        phone_number: str | int,
    ) -> CnamAssignmentDocument:
        """Use an approved CNAM record for a number's outbound calls.

        Takes no body; only approved records can be assigned, and only to long
        codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
        pages use the plural `cnams` used here; the later Python SDK uses
        `relationships/cnam`. The example answer shows an integer `id` and an
        RFC 1123 `date_created`.

        Args:
            cnam_id: CNAM record id.
            phone_number: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute(
            associate_cnam(
                cnam_id=cnam_id,
                phone_number=phone_number,
            )
        )

    async def unassociate_cnam(
        self,
        phone_number: str | int,
    ) -> CnamAssignmentDocument:
        """Stop using a CNAM record for a number.

        Accepted, not done; the answer's `id` is null.

        Args:
            phone_number: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute(
            unassociate_cnam(
                phone_number=phone_number,
            )
        )


class RawCnamsOperations(RawResource):
    """The seed-compatible controller for cnams: the same operations, answering the server's JSON."""

    def list_cnams(
        self,
        limit: int | None = None,
        offset: int | None = None,
        is_approved: bool | None = None,
        *,
        value: str | None = None,
    ) -> Any:
        """List the account's outbound caller-ID names.

        Flowroute enforces no maximum page size here.

        Args:
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
            is_approved: Only approved (true) or only pending/rejected (false) records.
            value: Part of the name, case-insensitive.
        """

        return self._client._execute_raw(
            list_cnams(
                limit=limit,
                offset=offset,
                is_approved=is_approved,
                value=value,
            )
        )

    def get_cnam(
        self,
        cnam_id: str | int,
    ) -> Any:
        """Read one CNAM record and the numbers that use it.

        `relationships` and `included` appear only for approved records that numbers use.

        Args:
            cnam_id: CNAM record id.
        """

        return self._client._execute_raw(
            get_cnam(
                cnam_id=cnam_id,
            )
        )

    def remove_cnam(
        self,
        cnam_id: str | int,
    ) -> Any:
        """Delete a CNAM record.

        Numbers using the record lose it automatically.

        Args:
            cnam_id: CNAM record id.
        """

        return self._client._execute_raw(
            remove_cnam(
                cnam_id=cnam_id,
            )
        )

    def associate_cnam(
        self,
        cnam_id: str | int,
        phone_number: str | int,
    ) -> Any:
        """Use an approved CNAM record for a number's outbound calls.

        Takes no body; only approved records can be assigned, and only to long
        codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
        pages use the plural `cnams` used here; the later Python SDK uses
        `relationships/cnam`. The example answer shows an integer `id` and an
        RFC 1123 `date_created`.

        Args:
            cnam_id: CNAM record id.
            phone_number: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_raw(
            associate_cnam(
                cnam_id=cnam_id,
                phone_number=phone_number,
            )
        )

    def unassociate_cnam(
        self,
        phone_number: str | int,
    ) -> Any:
        """Stop using a CNAM record for a number.

        Accepted, not done; the answer's `id` is null.

        Args:
            phone_number: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_raw(
            unassociate_cnam(
                phone_number=phone_number,
            )
        )


class CnamsWithRawResponse(SyncResource):
    """``client.with_raw_response.cnams``: each operation's answer as a ``RawResponse``."""

    def list_cnams(
        self,
        limit: int | None = None,
        offset: int | None = None,
        is_approved: bool | None = None,
        *,
        value: str | None = None,
    ) -> RawResponse[CnamPage]:
        """List the account's outbound caller-ID names.

        Flowroute enforces no maximum page size here.

        Args:
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
            is_approved: Only approved (true) or only pending/rejected (false) records.
            value: Part of the name, case-insensitive.
        """

        return self._client._execute_with_response(
            list_cnams(
                limit=limit,
                offset=offset,
                is_approved=is_approved,
                value=value,
            )
        )

    def create_cnam_record(
        self,
        body: CnamCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[CnamDocument]:
        """Submit a caller-ID name for approval.

        The body is flat JSON (`{"value": …}`), not a JSON:API document (the later
        Python SDK sends it form-encoded). Approval takes up to 48 hours. A name is
        at most 15 characters with at least one letter and may use space and
        `- _ . , @ + & ' / "`; profanity, phone numbers and misleading names are
        refused.

        Args:
            body: The request body.
        """

        return self._client._execute_with_response(create_cnam_record(body=body))

    def get_cnam(
        self,
        cnam_id: str | int,
    ) -> RawResponse[CnamDocument]:
        """Read one CNAM record and the numbers that use it.

        `relationships` and `included` appear only for approved records that numbers use.

        Args:
            cnam_id: CNAM record id.
        """

        return self._client._execute_with_response(
            get_cnam(
                cnam_id=cnam_id,
            )
        )

    def remove_cnam(
        self,
        cnam_id: str | int,
    ) -> RawResponse[None]:
        """Delete a CNAM record.

        Numbers using the record lose it automatically.

        Args:
            cnam_id: CNAM record id.
        """

        return self._client._execute_with_response(
            remove_cnam(
                cnam_id=cnam_id,
            )
        )

    def update_cnam_record(
        self,
        cnam_id: str | int,
        body: CnamUpdateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[CnamDocument]:
        """Change a CNAM record that is still pending.

        Unlike creation, the body is a JSON:API document.

        Args:
            cnam_id: CNAM record id.
            body: The request body.
        """

        return self._client._execute_with_response(
            update_cnam_record(cnam_id=cnam_id, body=body)
        )

    def associate_cnam(
        self,
        cnam_id: str | int,
        phone_number: str | int,
    ) -> RawResponse[CnamAssignmentDocument]:
        """Use an approved CNAM record for a number's outbound calls.

        Takes no body; only approved records can be assigned, and only to long
        codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
        pages use the plural `cnams` used here; the later Python SDK uses
        `relationships/cnam`. The example answer shows an integer `id` and an
        RFC 1123 `date_created`.

        Args:
            cnam_id: CNAM record id.
            phone_number: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_with_response(
            associate_cnam(
                cnam_id=cnam_id,
                phone_number=phone_number,
            )
        )

    def unassociate_cnam(
        self,
        phone_number: str | int,
    ) -> RawResponse[CnamAssignmentDocument]:
        """Stop using a CNAM record for a number.

        Accepted, not done; the answer's `id` is null.

        Args:
            phone_number: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_with_response(
            unassociate_cnam(
                phone_number=phone_number,
            )
        )


class AsyncCnamsWithRawResponse(AsyncResource):
    """``client.with_raw_response.cnams`` on the async client."""

    async def list_cnams(
        self,
        limit: int | None = None,
        offset: int | None = None,
        is_approved: bool | None = None,
        *,
        value: str | None = None,
    ) -> RawResponse[CnamPage]:
        """List the account's outbound caller-ID names.

        Flowroute enforces no maximum page size here.

        Args:
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
            is_approved: Only approved (true) or only pending/rejected (false) records.
            value: Part of the name, case-insensitive.
        """

        return await self._client._execute_with_response(
            list_cnams(
                limit=limit,
                offset=offset,
                is_approved=is_approved,
                value=value,
            )
        )

    async def create_cnam_record(
        self,
        body: CnamCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[CnamDocument]:
        """Submit a caller-ID name for approval.

        The body is flat JSON (`{"value": …}`), not a JSON:API document (the later
        Python SDK sends it form-encoded). Approval takes up to 48 hours. A name is
        at most 15 characters with at least one letter and may use space and
        `- _ . , @ + & ' / "`; profanity, phone numbers and misleading names are
        refused.

        Args:
            body: The request body.
        """

        return await self._client._execute_with_response(create_cnam_record(body=body))

    async def get_cnam(
        self,
        cnam_id: str | int,
    ) -> RawResponse[CnamDocument]:
        """Read one CNAM record and the numbers that use it.

        `relationships` and `included` appear only for approved records that numbers use.

        Args:
            cnam_id: CNAM record id.
        """

        return await self._client._execute_with_response(
            get_cnam(
                cnam_id=cnam_id,
            )
        )

    async def remove_cnam(
        self,
        cnam_id: str | int,
    ) -> RawResponse[None]:
        """Delete a CNAM record.

        Numbers using the record lose it automatically.

        Args:
            cnam_id: CNAM record id.
        """

        return await self._client._execute_with_response(
            remove_cnam(
                cnam_id=cnam_id,
            )
        )

    async def update_cnam_record(
        self,
        cnam_id: str | int,
        body: CnamUpdateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[CnamDocument]:
        """Change a CNAM record that is still pending.

        Unlike creation, the body is a JSON:API document.

        Args:
            cnam_id: CNAM record id.
            body: The request body.
        """

        return await self._client._execute_with_response(
            update_cnam_record(cnam_id=cnam_id, body=body)
        )

    async def associate_cnam(
        self,
        cnam_id: str | int,
        phone_number: str | int,
    ) -> RawResponse[CnamAssignmentDocument]:
        """Use an approved CNAM record for a number's outbound calls.

        Takes no body; only approved records can be assigned, and only to long
        codes. Accepted, not done: carriers take 5–7 business days. Flowroute's
        pages use the plural `cnams` used here; the later Python SDK uses
        `relationships/cnam`. The example answer shows an integer `id` and an
        RFC 1123 `date_created`.

        Args:
            cnam_id: CNAM record id.
            phone_number: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute_with_response(
            associate_cnam(
                cnam_id=cnam_id,
                phone_number=phone_number,
            )
        )

    async def unassociate_cnam(
        self,
        phone_number: str | int,
    ) -> RawResponse[CnamAssignmentDocument]:
        """Stop using a CNAM record for a number.

        Accepted, not done; the answer's `id` is null.

        Args:
            phone_number: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute_with_response(
            unassociate_cnam(
                phone_number=phone_number,
            )
        )

"""Emergency (E911) addresses and their assignment to numbers.

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

from ..models.e911_address import E911Address
from ..models.e911_address_create_request import E911AddressCreateRequest
from ..models.e911_address_document import E911AddressDocument
from ..models.e911_address_page import E911AddressPage
from ..models.e911_address_update_request import E911AddressUpdateRequest
from ..models.e911_country import E911Country
from ..models.e911_number import E911Number
from ..models.e911_number_page import E911NumberPage

__all__ = [
    "E911sOperations",
    "AsyncE911sOperations",
    "RawE911sOperations",
    "E911sWithRawResponse",
    "AsyncE911sWithRawResponse",
    "list_e911s",
    "create_address",
    "validate_address",
    "get_e911",
    "delete_address",
    "update_address",
    "list_dids_for_e911",
    "associate",
    "disconnect",
]

_LIST_E911S_RULES = (
    Rule("limit", "integer", minimum=1, maximum=2000),
    Rule("offset", "integer", minimum=0),
    Rule(
        "state", "string", pattern="^[A-Za-z]{2}$", expected="two letters such as 'WA'"
    ),
    Rule("label", "string", min_length=1),
    Rule("street_name", "string", min_length=1),
    Rule("city", "string", min_length=1),
)


def list_e911s(
    limit: int | None = None,
    offset: int | None = None,
    state: str | None = None,
    *,
    label: str | None = None,
    street_name: str | None = None,
    city: str | None = None,
) -> Call[E911AddressPage]:
    """List the account's E911 addresses.

    Text filters match partially and ignore case.

    Args:
        limit: Page size (server default 10). E911 addresses allow up to 2000.
        offset: How many records to skip.
        state: Two-letter US state or Canadian province.
        label: Part of the label, case-insensitive.
        street_name: Part of the street name, case-insensitive.
        city: Part of the city name, case-insensitive.
    """
    values = checked(
        _LIST_E911S_RULES,
        (
            limit,
            offset,
            state,
            label,
            street_name,
            city,
        ),
    )
    return Call(
        "GET",
        "/v2/e911s",
        present(
            (
                ("limit", values[0]),
                ("offset", values[1]),
                ("state", values[2]),
                ("label", values[3]),
                ("street_name", values[4]),
                ("city", values[5]),
            )
        ),
        None,
        None,
        E911AddressPage.from_dict,
        True,
    )


_CREATE_ADDRESS_RULES = ()
_CREATE_ADDRESS_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="e911", required=True)),
    (
        "data.attributes.label",
        Rule("data.attributes.label", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.first_name",
        Rule("data.attributes.first_name", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.last_name",
        Rule("data.attributes.last_name", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.street_number",
        Rule("data.attributes.street_number", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.street_name",
        Rule("data.attributes.street_name", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.address_type",
        Rule(
            "data.attributes.address_type",
            "string",
            pattern="(?:^(?:Apartment|Basement|Building|Department|Floor|Front|Key|Lobby|Lot|Lower|Office|Penthouse|Pier|Rear|Room|Side|Slip|Space|Stop|Suite|Trailer|Unit|Upper)$)|(?:^([Aa][Pp][Aa][Rr][Tt][Mm][Ee][Nn][Tt]|[Bb][Aa][Ss][Ee][Mm][Ee][Nn][Tt]|[Bb][Uu][Ii][Ll][Dd][Ii][Nn][Gg]|[Dd][Ee][Pp][Aa][Rr][Tt][Mm][Ee][Nn][Tt]|[Ff][Ll][Oo][Oo][Rr]|[Ff][Rr][Oo][Nn][Tt]|[Kk][Ee][Yy]|[Ll][Oo][Bb][Bb][Yy]|[Ll][Oo][Tt]|[Ll][Oo][Ww][Ee][Rr]|[Oo][Ff][Ff][Ii][Cc][Ee]|[Pp][Ee][Nn][Tt][Hh][Oo][Uu][Ss][Ee]|[Pp][Ii][Ee][Rr]|[Rr][Ee][Aa][Rr]|[Rr][Oo][Oo][Mm]|[Ss][Ii][Dd][Ee]|[Ss][Ll][Ii][Pp]|[Ss][Pp][Aa][Cc][Ee]|[Ss][Tt][Oo][Pp]|[Ss][Uu][Ii][Tt][Ee]|[Tt][Rr][Aa][Ii][Ll][Ee][Rr]|[Uu][Nn][Ii][Tt]|[Uu][Pp][Pp][Ee][Rr])$)",
        ),
    ),
    (
        "data.attributes.address_type_number",
        Rule(
            "data.attributes.address_type_number",
            "string",
            min_length=1,
            required_with=("address_type",),
        ),
    ),
    (
        "data.attributes.city",
        Rule("data.attributes.city", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.state",
        Rule("data.attributes.state", "string", pattern="^[A-Z]{2}$", required=True),
    ),
    (
        "data.attributes.country",
        Rule("data.attributes.country", "enum", enum=E911Country, required=True),
    ),
    (
        "data.attributes.zip",
        Rule("data.attributes.zip", "string", min_length=1, required=True),
    ),
)


def create_address(
    body: E911AddressCreateRequest | Mapping[str, Any] | str,
) -> Call[E911AddressDocument]:
    """Create an E911 address.

    The address is validated (geocoded and normalised for the PSAP) before it
    is stored, so it can fail the way `validate_address` does; Flowroute does
    not say with which status, 400 and 422 are both declared.

    Args:
        body: The request body.
    """
    values = checked(_CREATE_ADDRESS_RULES, ())
    payload = body_json(
        body, "body", (E911AddressCreateRequest,), _CREATE_ADDRESS_BODY_RULES
    )
    return Call(
        "POST",
        "/v2/e911s",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        E911AddressDocument.from_dict,
        False,
    )


_VALIDATE_ADDRESS_RULES = ()
_VALIDATE_ADDRESS_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="e911", required=True)),
    (
        "data.attributes.label",
        Rule("data.attributes.label", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.first_name",
        Rule("data.attributes.first_name", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.last_name",
        Rule("data.attributes.last_name", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.street_number",
        Rule("data.attributes.street_number", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.street_name",
        Rule("data.attributes.street_name", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.address_type",
        Rule(
            "data.attributes.address_type",
            "string",
            pattern="(?:^(?:Apartment|Basement|Building|Department|Floor|Front|Key|Lobby|Lot|Lower|Office|Penthouse|Pier|Rear|Room|Side|Slip|Space|Stop|Suite|Trailer|Unit|Upper)$)|(?:^([Aa][Pp][Aa][Rr][Tt][Mm][Ee][Nn][Tt]|[Bb][Aa][Ss][Ee][Mm][Ee][Nn][Tt]|[Bb][Uu][Ii][Ll][Dd][Ii][Nn][Gg]|[Dd][Ee][Pp][Aa][Rr][Tt][Mm][Ee][Nn][Tt]|[Ff][Ll][Oo][Oo][Rr]|[Ff][Rr][Oo][Nn][Tt]|[Kk][Ee][Yy]|[Ll][Oo][Bb][Bb][Yy]|[Ll][Oo][Tt]|[Ll][Oo][Ww][Ee][Rr]|[Oo][Ff][Ff][Ii][Cc][Ee]|[Pp][Ee][Nn][Tt][Hh][Oo][Uu][Ss][Ee]|[Pp][Ii][Ee][Rr]|[Rr][Ee][Aa][Rr]|[Rr][Oo][Oo][Mm]|[Ss][Ii][Dd][Ee]|[Ss][Ll][Ii][Pp]|[Ss][Pp][Aa][Cc][Ee]|[Ss][Tt][Oo][Pp]|[Ss][Uu][Ii][Tt][Ee]|[Tt][Rr][Aa][Ii][Ll][Ee][Rr]|[Uu][Nn][Ii][Tt]|[Uu][Pp][Pp][Ee][Rr])$)",
        ),
    ),
    (
        "data.attributes.address_type_number",
        Rule(
            "data.attributes.address_type_number",
            "string",
            min_length=1,
            required_with=("address_type",),
        ),
    ),
    (
        "data.attributes.city",
        Rule("data.attributes.city", "string", min_length=1, required=True),
    ),
    (
        "data.attributes.state",
        Rule("data.attributes.state", "string", pattern="^[A-Z]{2}$", required=True),
    ),
    (
        "data.attributes.country",
        Rule("data.attributes.country", "enum", enum=E911Country, required=True),
    ),
    (
        "data.attributes.zip",
        Rule("data.attributes.zip", "string", min_length=1, required=True),
    ),
)


def validate_address(
    body: E911AddressCreateRequest | Mapping[str, Any] | str,
) -> Call[None]:
    """Check an E911 address without storing it.

    Answers 204 with no body when the address is usable; 400 when it cannot be geocoded.

    Args:
        body: The request body.
    """
    values = checked(_VALIDATE_ADDRESS_RULES, ())
    payload = body_json(
        body, "body", (E911AddressCreateRequest,), _VALIDATE_ADDRESS_BODY_RULES
    )
    return Call(
        "POST",
        "/v2/e911s/validate",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        None,
        True,
    )


_GET_E911_RULES = (
    Rule(
        "e911_id", "string", pattern="^[A-Za-z0-9_-]+$", accepts_int=True, required=True
    ),
)


def get_e911(
    e911_id: str | int,
) -> Call[E911AddressDocument]:
    """Read one E911 address.

    Flowroute's page for this call was not readable; the shape comes from the SDK README.

    Args:
        e911_id: E911 address id.
    """
    values = checked(_GET_E911_RULES, (e911_id,))
    return Call(
        "GET",
        f"/v2/e911s/{quote(values[0], safe='')}",
        None,
        None,
        None,
        E911AddressDocument.from_dict,
        True,
    )


_DELETE_ADDRESS_RULES = (
    Rule(
        "e911_id", "string", pattern="^[A-Za-z0-9_-]+$", accepts_int=True, required=True
    ),
)


def delete_address(
    e911_id: str | int,
) -> Call[None]:
    """Delete an E911 address.

    No number may still use the address.

    Args:
        e911_id: E911 address id.
    """
    values = checked(_DELETE_ADDRESS_RULES, (e911_id,))
    return Call(
        "DELETE",
        f"/v2/e911s/{quote(values[0], safe='')}",
        None,
        None,
        None,
        None,
        True,
    )


_UPDATE_ADDRESS_RULES = (
    Rule(
        "e911_id", "string", pattern="^[A-Za-z0-9_-]+$", accepts_int=True, required=True
    ),
)
_UPDATE_ADDRESS_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("data.type", Rule("data.type", "string", const="e911", required=True)),
    ("data.attributes.label", Rule("data.attributes.label", "string", min_length=1)),
    (
        "data.attributes.first_name",
        Rule("data.attributes.first_name", "string", min_length=1),
    ),
    (
        "data.attributes.last_name",
        Rule("data.attributes.last_name", "string", min_length=1),
    ),
    (
        "data.attributes.street_number",
        Rule("data.attributes.street_number", "string", min_length=1),
    ),
    (
        "data.attributes.street_name",
        Rule("data.attributes.street_name", "string", min_length=1),
    ),
    (
        "data.attributes.address_type",
        Rule(
            "data.attributes.address_type",
            "string",
            pattern="(?:^(?:Apartment|Basement|Building|Department|Floor|Front|Key|Lobby|Lot|Lower|Office|Penthouse|Pier|Rear|Room|Side|Slip|Space|Stop|Suite|Trailer|Unit|Upper)$)|(?:^([Aa][Pp][Aa][Rr][Tt][Mm][Ee][Nn][Tt]|[Bb][Aa][Ss][Ee][Mm][Ee][Nn][Tt]|[Bb][Uu][Ii][Ll][Dd][Ii][Nn][Gg]|[Dd][Ee][Pp][Aa][Rr][Tt][Mm][Ee][Nn][Tt]|[Ff][Ll][Oo][Oo][Rr]|[Ff][Rr][Oo][Nn][Tt]|[Kk][Ee][Yy]|[Ll][Oo][Bb][Bb][Yy]|[Ll][Oo][Tt]|[Ll][Oo][Ww][Ee][Rr]|[Oo][Ff][Ff][Ii][Cc][Ee]|[Pp][Ee][Nn][Tt][Hh][Oo][Uu][Ss][Ee]|[Pp][Ii][Ee][Rr]|[Rr][Ee][Aa][Rr]|[Rr][Oo][Oo][Mm]|[Ss][Ii][Dd][Ee]|[Ss][Ll][Ii][Pp]|[Ss][Pp][Aa][Cc][Ee]|[Ss][Tt][Oo][Pp]|[Ss][Uu][Ii][Tt][Ee]|[Tt][Rr][Aa][Ii][Ll][Ee][Rr]|[Uu][Nn][Ii][Tt]|[Uu][Pp][Pp][Ee][Rr])$)",
        ),
    ),
    (
        "data.attributes.address_type_number",
        Rule("data.attributes.address_type_number", "string", min_length=1),
    ),
    ("data.attributes.city", Rule("data.attributes.city", "string", min_length=1)),
    (
        "data.attributes.state",
        Rule("data.attributes.state", "string", pattern="^[A-Z]{2}$"),
    ),
    (
        "data.attributes.country",
        Rule("data.attributes.country", "enum", enum=E911Country),
    ),
    ("data.attributes.zip", Rule("data.attributes.zip", "string", min_length=1)),
)


def update_address(
    e911_id: str | int,
    body: E911AddressUpdateRequest | Mapping[str, Any] | str,
) -> Call[E911AddressDocument]:
    """Change an E911 address.

    Any subset of the attributes may be sent; the result is validated like a
    new address (400 or 422 on failure). The later Python SDK re-sends the
    whole record and adds an undocumented `zip_code` key; neither is needed.

    Args:
        e911_id: E911 address id.
        body: The request body.
    """
    values = checked(_UPDATE_ADDRESS_RULES, (e911_id,))
    payload = body_json(
        body, "body", (E911AddressUpdateRequest,), _UPDATE_ADDRESS_BODY_RULES
    )
    return Call(
        "PATCH",
        f"/v2/e911s/{quote(values[0], safe='')}",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        E911AddressDocument.from_dict,
        True,
    )


_LIST_DIDS_FOR_E911_RULES = (
    Rule(
        "e911_id", "string", pattern="^[A-Za-z0-9_-]+$", accepts_int=True, required=True
    ),
    Rule("limit", "integer", minimum=1),
    Rule("offset", "integer", minimum=0),
)


def list_dids_for_e911(
    e911_id: str | int,
    limit: int | None = None,
    offset: int | None = None,
) -> Call[E911NumberPage]:
    """List the numbers that use an E911 address.

    Flowroute's two examples disagree about `id`: one shows an internal
    relationship id, the other the phone number. Treat `id` as opaque and read
    the number from `attributes.value`. The paging parameters come from the
    documented `links` (default page size 10; no maximum is documented).

    Args:
        e911_id: E911 address id.
        limit: Page size (server default 10). Flowroute documents no maximum here.
        offset: How many records to skip.
    """
    values = checked(
        _LIST_DIDS_FOR_E911_RULES,
        (
            e911_id,
            limit,
            offset,
        ),
    )
    return Call(
        "GET",
        f"/v2/e911s/{quote(values[0], safe='')}/relationships/numbers",
        present(
            (
                ("limit", values[1]),
                ("offset", values[2]),
            )
        ),
        None,
        None,
        E911NumberPage.from_dict,
        True,
    )


_ASSOCIATE_RULES = (
    Rule(
        "e911_id", "string", pattern="^[A-Za-z0-9_-]+$", accepts_int=True, required=True
    ),
    Rule(
        "did",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)


def associate(
    e911_id: str | int,
    did: str | int,
) -> Call[None]:
    """Use an E911 address for a number.

    Takes no body. Idempotent: repeating it is not an error and is charged
    once. Numbers that cannot have emergency service get 422 (Flowroute's
    pages contradict each other about toll-free numbers, so let the server
    decide).

    Args:
        e911_id: E911 address id.
        did: The phone number, digits only (`12065550100`).
    """
    values = checked(
        _ASSOCIATE_RULES,
        (
            e911_id,
            did,
        ),
    )
    return Call(
        "PATCH",
        f"/v2/numbers/{quote(values[1], safe='')}/relationships/e911s/{quote(values[0], safe='')}",
        None,
        None,
        None,
        None,
        True,
    )


_DISCONNECT_RULES = (
    Rule(
        "did",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)


def disconnect(
    did: str | int,
) -> Call[None]:
    """Stop E911 service on a number.

    Flowroute's page for this call was not readable; path and status come from the SDK and its README.

    Args:
        did: The phone number, digits only (`12065550100`).
    """
    values = checked(_DISCONNECT_RULES, (did,))
    return Call(
        "DELETE",
        f"/v2/numbers/{quote(values[0], safe='')}/relationships/e911s",
        None,
        None,
        None,
        None,
        True,
    )


def _list_e911s_items(page: E911AddressPage) -> list[E911Address]:
    return list(page.data)


def _list_dids_for_e911_items(page: E911NumberPage) -> list[E911Number]:
    return list(page.data)


OPERATIONS: dict[str, OperationSpec] = {
    "list_e911s": OperationSpec(
        name="list_e911s",
        tag="e911s",
        method="GET",
        path="/v2/e911s",
        build=list_e911s,
        parse=E911AddressPage.from_dict,
        rules=_LIST_E911S_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_e911s",
        max_page_size=2000,
        custom=False,
    ),
    "create_address": OperationSpec(
        name="create_address",
        tag="e911s",
        method="POST",
        path="/v2/e911s",
        build=create_address,
        parse=E911AddressDocument.from_dict,
        rules=_CREATE_ADDRESS_RULES,
        body_rules=_CREATE_ADDRESS_BODY_RULES,
        retry="unsafe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "validate_address": OperationSpec(
        name="validate_address",
        tag="e911s",
        method="POST",
        path="/v2/e911s/validate",
        build=validate_address,
        parse=None,
        rules=_VALIDATE_ADDRESS_RULES,
        body_rules=_VALIDATE_ADDRESS_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "get_e911": OperationSpec(
        name="get_e911",
        tag="e911s",
        method="GET",
        path="/v2/e911s/{e911_id}",
        build=get_e911,
        parse=E911AddressDocument.from_dict,
        rules=_GET_E911_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "delete_address": OperationSpec(
        name="delete_address",
        tag="e911s",
        method="DELETE",
        path="/v2/e911s/{e911_id}",
        build=delete_address,
        parse=None,
        rules=_DELETE_ADDRESS_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "update_address": OperationSpec(
        name="update_address",
        tag="e911s",
        method="PATCH",
        path="/v2/e911s/{e911_id}",
        build=update_address,
        parse=E911AddressDocument.from_dict,
        rules=_UPDATE_ADDRESS_RULES,
        body_rules=_UPDATE_ADDRESS_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "list_dids_for_e911": OperationSpec(
        name="list_dids_for_e911",
        tag="e911s",
        method="GET",
        path="/v2/e911s/{e911_id}/relationships/numbers",
        build=list_dids_for_e911,
        parse=E911NumberPage.from_dict,
        rules=_LIST_DIDS_FOR_E911_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_dids_for_e911",
        max_page_size=None,
        custom=False,
    ),
    "associate": OperationSpec(
        name="associate",
        tag="e911s",
        method="PATCH",
        path="/v2/numbers/{number_id}/relationships/e911s/{e911_id}",
        build=associate,
        parse=None,
        rules=_ASSOCIATE_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "disconnect": OperationSpec(
        name="disconnect",
        tag="e911s",
        method="DELETE",
        path="/v2/numbers/{number_id}/relationships/e911s",
        build=disconnect,
        parse=None,
        rules=_DISCONNECT_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
}


class E911sOperations(SyncResource):
    """``client.e911s``: Emergency (E911) addresses and their assignment to numbers."""

    def list_e911s(
        self,
        limit: int | None = None,
        offset: int | None = None,
        state: str | None = None,
        *,
        label: str | None = None,
        street_name: str | None = None,
        city: str | None = None,
    ) -> E911AddressPage:
        """List the account's E911 addresses.

        Text filters match partially and ignore case.

        Args:
            limit: Page size (server default 10). E911 addresses allow up to 2000.
            offset: How many records to skip.
            state: Two-letter US state or Canadian province.
            label: Part of the label, case-insensitive.
            street_name: Part of the street name, case-insensitive.
            city: Part of the city name, case-insensitive.
        """

        return self._client._execute(
            list_e911s(
                limit=limit,
                offset=offset,
                state=state,
                label=label,
                street_name=street_name,
                city=city,
            )
        )

    def iter_e911s(
        self,
        state: str | None = None,
        *,
        label: str | None = None,
        street_name: str | None = None,
        city: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[E911Address]:
        """List the account's E911 addresses.

        Every record of ``list_e911s``, fetched ``page_size`` at a time (at most 2000);
        ``max_items`` stops early.

        Args:
            state: Two-letter US state or Canadian province.
            label: Part of the label, case-insensitive.
            street_name: Part of the street name, case-insensitive.
            city: Part of the city name, case-insensitive.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_e911s(
                    limit=limit,
                    offset=offset,
                    state=state,
                    label=label,
                    street_name=street_name,
                    city=city,
                ),
                _list_e911s_items,
                page_size=page_size,
                max_page_size=2000,
                max_items=max_items,
            ),
        )

    def get_e911(
        self,
        e911_id: str | int,
    ) -> E911AddressDocument:
        """Read one E911 address.

        Flowroute's page for this call was not readable; the shape comes from the SDK README.

        Args:
            e911_id: E911 address id.
        """

        return self._client._execute(
            get_e911(
                e911_id=e911_id,
            )
        )

    def delete_address(
        self,
        e911_id: str | int,
    ) -> None:
        """Delete an E911 address.

        No number may still use the address.

        Args:
            e911_id: E911 address id.
        """

        return self._client._execute(
            delete_address(
                e911_id=e911_id,
            )
        )

    def list_dids_for_e911(
        self,
        e911_id: str | int,
        limit: int | None = None,
        offset: int | None = None,
    ) -> E911NumberPage:
        """List the numbers that use an E911 address.

        Flowroute's two examples disagree about `id`: one shows an internal
        relationship id, the other the phone number. Treat `id` as opaque and read
        the number from `attributes.value`. The paging parameters come from the
        documented `links` (default page size 10; no maximum is documented).

        Args:
            e911_id: E911 address id.
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
        """

        return self._client._execute(
            list_dids_for_e911(
                e911_id=e911_id,
                limit=limit,
                offset=offset,
            )
        )

    def iter_dids_for_e911(
        self,
        e911_id: str | int,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[E911Number]:
        """List the numbers that use an E911 address.

        Every record of ``list_dids_for_e911``, fetched ``page_size`` at a time;
        ``max_items`` stops early.

        Args:
            e911_id: E911 address id.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_dids_for_e911(
                    e911_id=e911_id,
                    limit=limit,
                    offset=offset,
                ),
                _list_dids_for_e911_items,
                page_size=page_size,
                max_page_size=None,
                max_items=max_items,
            ),
        )

    def associate(
        self,
        e911_id: str | int,
        did: str | int,
    ) -> None:
        """Use an E911 address for a number.

        Takes no body. Idempotent: repeating it is not an error and is charged
        once. Numbers that cannot have emergency service get 422 (Flowroute's
        pages contradict each other about toll-free numbers, so let the server
        decide).

        Args:
            e911_id: E911 address id.
            did: The phone number, digits only (`12065550100`).
        """

        return self._client._execute(
            associate(
                e911_id=e911_id,
                did=did,
            )
        )

    def disconnect(
        self,
        did: str | int,
    ) -> None:
        """Stop E911 service on a number.

        Flowroute's page for this call was not readable; path and status come from the SDK and its README.

        Args:
            did: The phone number, digits only (`12065550100`).
        """

        return self._client._execute(
            disconnect(
                did=did,
            )
        )


class AsyncE911sOperations(AsyncResource):
    """``client.e911s`` on the async client: Emergency (E911) addresses and their assignment to numbers."""

    async def list_e911s(
        self,
        limit: int | None = None,
        offset: int | None = None,
        state: str | None = None,
        *,
        label: str | None = None,
        street_name: str | None = None,
        city: str | None = None,
    ) -> E911AddressPage:
        """List the account's E911 addresses.

        Text filters match partially and ignore case.

        Args:
            limit: Page size (server default 10). E911 addresses allow up to 2000.
            offset: How many records to skip.
            state: Two-letter US state or Canadian province.
            label: Part of the label, case-insensitive.
            street_name: Part of the street name, case-insensitive.
            city: Part of the city name, case-insensitive.
        """

        return await self._client._execute(
            list_e911s(
                limit=limit,
                offset=offset,
                state=state,
                label=label,
                street_name=street_name,
                city=city,
            )
        )

    def iter_e911s(
        self,
        state: str | None = None,
        *,
        label: str | None = None,
        street_name: str | None = None,
        city: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[E911Address]:
        """List the account's E911 addresses.

        Every record of ``list_e911s``, fetched ``page_size`` at a time (at most 2000);
        ``max_items`` stops early.

        Args:
            state: Two-letter US state or Canadian province.
            label: Part of the label, case-insensitive.
            street_name: Part of the street name, case-insensitive.
            city: Part of the city name, case-insensitive.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_e911s(
                    limit=limit,
                    offset=offset,
                    state=state,
                    label=label,
                    street_name=street_name,
                    city=city,
                ),
                _list_e911s_items,
                page_size=page_size,
                max_page_size=2000,
                max_items=max_items,
            ),
        )

    async def get_e911(
        self,
        e911_id: str | int,
    ) -> E911AddressDocument:
        """Read one E911 address.

        Flowroute's page for this call was not readable; the shape comes from the SDK README.

        Args:
            e911_id: E911 address id.
        """

        return await self._client._execute(
            get_e911(
                e911_id=e911_id,
            )
        )

    async def delete_address(
        self,
        e911_id: str | int,
    ) -> None:
        """Delete an E911 address.

        No number may still use the address.

        Args:
            e911_id: E911 address id.
        """

        return await self._client._execute(
            delete_address(
                e911_id=e911_id,
            )
        )

    async def list_dids_for_e911(
        self,
        e911_id: str | int,
        limit: int | None = None,
        offset: int | None = None,
    ) -> E911NumberPage:
        """List the numbers that use an E911 address.

        Flowroute's two examples disagree about `id`: one shows an internal
        relationship id, the other the phone number. Treat `id` as opaque and read
        the number from `attributes.value`. The paging parameters come from the
        documented `links` (default page size 10; no maximum is documented).

        Args:
            e911_id: E911 address id.
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
        """

        return await self._client._execute(
            list_dids_for_e911(
                e911_id=e911_id,
                limit=limit,
                offset=offset,
            )
        )

    def iter_dids_for_e911(
        self,
        e911_id: str | int,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[E911Number]:
        """List the numbers that use an E911 address.

        Every record of ``list_dids_for_e911``, fetched ``page_size`` at a time;
        ``max_items`` stops early.

        Args:
            e911_id: E911 address id.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_dids_for_e911(
                    e911_id=e911_id,
                    limit=limit,
                    offset=offset,
                ),
                _list_dids_for_e911_items,
                page_size=page_size,
                max_page_size=None,
                max_items=max_items,
            ),
        )

    async def associate(
        self,
        e911_id: str | int,
        did: str | int,
    ) -> None:
        """Use an E911 address for a number.

        Takes no body. Idempotent: repeating it is not an error and is charged
        once. Numbers that cannot have emergency service get 422 (Flowroute's
        pages contradict each other about toll-free numbers, so let the server
        decide).

        Args:
            e911_id: E911 address id.
            did: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute(
            associate(
                e911_id=e911_id,
                did=did,
            )
        )

    async def disconnect(
        self,
        did: str | int,
    ) -> None:
        """Stop E911 service on a number.

        Flowroute's page for this call was not readable; path and status come from the SDK and its README.

        Args:
            did: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute(
            disconnect(
                did=did,
            )
        )


class RawE911sOperations(RawResource):
    """The seed-compatible controller for e911s: the same operations, answering the server's JSON."""

    def list_e911s(
        self,
        limit: int | None = None,
        offset: int | None = None,
        state: str | None = None,
        *,
        label: str | None = None,
        street_name: str | None = None,
        city: str | None = None,
    ) -> Any:
        """List the account's E911 addresses.

        Text filters match partially and ignore case.

        Args:
            limit: Page size (server default 10). E911 addresses allow up to 2000.
            offset: How many records to skip.
            state: Two-letter US state or Canadian province.
            label: Part of the label, case-insensitive.
            street_name: Part of the street name, case-insensitive.
            city: Part of the city name, case-insensitive.
        """

        return self._client._execute_raw(
            list_e911s(
                limit=limit,
                offset=offset,
                state=state,
                label=label,
                street_name=street_name,
                city=city,
            )
        )

    def get_e911(
        self,
        e911_id: str | int,
    ) -> Any:
        """Read one E911 address.

        Flowroute's page for this call was not readable; the shape comes from the SDK README.

        Args:
            e911_id: E911 address id.
        """

        return self._client._execute_raw(
            get_e911(
                e911_id=e911_id,
            )
        )

    def delete_address(
        self,
        e911_id: str | int,
    ) -> Any:
        """Delete an E911 address.

        No number may still use the address.

        Args:
            e911_id: E911 address id.
        """

        return self._client._execute_raw(
            delete_address(
                e911_id=e911_id,
            )
        )

    def list_dids_for_e911(
        self,
        e911_id: str | int,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Any:
        """List the numbers that use an E911 address.

        Flowroute's two examples disagree about `id`: one shows an internal
        relationship id, the other the phone number. Treat `id` as opaque and read
        the number from `attributes.value`. The paging parameters come from the
        documented `links` (default page size 10; no maximum is documented).

        Args:
            e911_id: E911 address id.
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
        """

        return self._client._execute_raw(
            list_dids_for_e911(
                e911_id=e911_id,
                limit=limit,
                offset=offset,
            )
        )

    def associate(
        self,
        e911_id: str | int,
        did: str | int,
    ) -> Any:
        """Use an E911 address for a number.

        Takes no body. Idempotent: repeating it is not an error and is charged
        once. Numbers that cannot have emergency service get 422 (Flowroute's
        pages contradict each other about toll-free numbers, so let the server
        decide).

        Args:
            e911_id: E911 address id.
            did: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_raw(
            associate(
                e911_id=e911_id,
                did=did,
            )
        )

    def disconnect(
        self,
        did: str | int,
    ) -> Any:
        """Stop E911 service on a number.

        Flowroute's page for this call was not readable; path and status come from the SDK and its README.

        Args:
            did: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_raw(
            disconnect(
                did=did,
            )
        )


class E911sWithRawResponse(SyncResource):
    """``client.with_raw_response.e911s``: each operation's answer as a ``RawResponse``."""

    def list_e911s(
        self,
        limit: int | None = None,
        offset: int | None = None,
        state: str | None = None,
        *,
        label: str | None = None,
        street_name: str | None = None,
        city: str | None = None,
    ) -> RawResponse[E911AddressPage]:
        """List the account's E911 addresses.

        Text filters match partially and ignore case.

        Args:
            limit: Page size (server default 10). E911 addresses allow up to 2000.
            offset: How many records to skip.
            state: Two-letter US state or Canadian province.
            label: Part of the label, case-insensitive.
            street_name: Part of the street name, case-insensitive.
            city: Part of the city name, case-insensitive.
        """

        return self._client._execute_with_response(
            list_e911s(
                limit=limit,
                offset=offset,
                state=state,
                label=label,
                street_name=street_name,
                city=city,
            )
        )

    def create_address(
        self,
        body: E911AddressCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[E911AddressDocument]:
        """Create an E911 address.

        The address is validated (geocoded and normalised for the PSAP) before it
        is stored, so it can fail the way `validate_address` does; Flowroute does
        not say with which status, 400 and 422 are both declared.

        Args:
            body: The request body.
        """

        return self._client._execute_with_response(create_address(body=body))

    def validate_address(
        self,
        body: E911AddressCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Check an E911 address without storing it.

        Answers 204 with no body when the address is usable; 400 when it cannot be geocoded.

        Args:
            body: The request body.
        """

        return self._client._execute_with_response(validate_address(body=body))

    def get_e911(
        self,
        e911_id: str | int,
    ) -> RawResponse[E911AddressDocument]:
        """Read one E911 address.

        Flowroute's page for this call was not readable; the shape comes from the SDK README.

        Args:
            e911_id: E911 address id.
        """

        return self._client._execute_with_response(
            get_e911(
                e911_id=e911_id,
            )
        )

    def delete_address(
        self,
        e911_id: str | int,
    ) -> RawResponse[None]:
        """Delete an E911 address.

        No number may still use the address.

        Args:
            e911_id: E911 address id.
        """

        return self._client._execute_with_response(
            delete_address(
                e911_id=e911_id,
            )
        )

    def update_address(
        self,
        e911_id: str | int,
        body: E911AddressUpdateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[E911AddressDocument]:
        """Change an E911 address.

        Any subset of the attributes may be sent; the result is validated like a
        new address (400 or 422 on failure). The later Python SDK re-sends the
        whole record and adds an undocumented `zip_code` key; neither is needed.

        Args:
            e911_id: E911 address id.
            body: The request body.
        """

        return self._client._execute_with_response(
            update_address(e911_id=e911_id, body=body)
        )

    def list_dids_for_e911(
        self,
        e911_id: str | int,
        limit: int | None = None,
        offset: int | None = None,
    ) -> RawResponse[E911NumberPage]:
        """List the numbers that use an E911 address.

        Flowroute's two examples disagree about `id`: one shows an internal
        relationship id, the other the phone number. Treat `id` as opaque and read
        the number from `attributes.value`. The paging parameters come from the
        documented `links` (default page size 10; no maximum is documented).

        Args:
            e911_id: E911 address id.
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
        """

        return self._client._execute_with_response(
            list_dids_for_e911(
                e911_id=e911_id,
                limit=limit,
                offset=offset,
            )
        )

    def associate(
        self,
        e911_id: str | int,
        did: str | int,
    ) -> RawResponse[None]:
        """Use an E911 address for a number.

        Takes no body. Idempotent: repeating it is not an error and is charged
        once. Numbers that cannot have emergency service get 422 (Flowroute's
        pages contradict each other about toll-free numbers, so let the server
        decide).

        Args:
            e911_id: E911 address id.
            did: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_with_response(
            associate(
                e911_id=e911_id,
                did=did,
            )
        )

    def disconnect(
        self,
        did: str | int,
    ) -> RawResponse[None]:
        """Stop E911 service on a number.

        Flowroute's page for this call was not readable; path and status come from the SDK and its README.

        Args:
            did: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_with_response(
            disconnect(
                did=did,
            )
        )


class AsyncE911sWithRawResponse(AsyncResource):
    """``client.with_raw_response.e911s`` on the async client."""

    async def list_e911s(
        self,
        limit: int | None = None,
        offset: int | None = None,
        state: str | None = None,
        *,
        label: str | None = None,
        street_name: str | None = None,
        city: str | None = None,
    ) -> RawResponse[E911AddressPage]:
        """List the account's E911 addresses.

        Text filters match partially and ignore case.

        Args:
            limit: Page size (server default 10). E911 addresses allow up to 2000.
            offset: How many records to skip.
            state: Two-letter US state or Canadian province.
            label: Part of the label, case-insensitive.
            street_name: Part of the street name, case-insensitive.
            city: Part of the city name, case-insensitive.
        """

        return await self._client._execute_with_response(
            list_e911s(
                limit=limit,
                offset=offset,
                state=state,
                label=label,
                street_name=street_name,
                city=city,
            )
        )

    async def create_address(
        self,
        body: E911AddressCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[E911AddressDocument]:
        """Create an E911 address.

        The address is validated (geocoded and normalised for the PSAP) before it
        is stored, so it can fail the way `validate_address` does; Flowroute does
        not say with which status, 400 and 422 are both declared.

        Args:
            body: The request body.
        """

        return await self._client._execute_with_response(create_address(body=body))

    async def validate_address(
        self,
        body: E911AddressCreateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Check an E911 address without storing it.

        Answers 204 with no body when the address is usable; 400 when it cannot be geocoded.

        Args:
            body: The request body.
        """

        return await self._client._execute_with_response(validate_address(body=body))

    async def get_e911(
        self,
        e911_id: str | int,
    ) -> RawResponse[E911AddressDocument]:
        """Read one E911 address.

        Flowroute's page for this call was not readable; the shape comes from the SDK README.

        Args:
            e911_id: E911 address id.
        """

        return await self._client._execute_with_response(
            get_e911(
                e911_id=e911_id,
            )
        )

    async def delete_address(
        self,
        e911_id: str | int,
    ) -> RawResponse[None]:
        """Delete an E911 address.

        No number may still use the address.

        Args:
            e911_id: E911 address id.
        """

        return await self._client._execute_with_response(
            delete_address(
                e911_id=e911_id,
            )
        )

    async def update_address(
        self,
        e911_id: str | int,
        body: E911AddressUpdateRequest | Mapping[str, Any] | str,
    ) -> RawResponse[E911AddressDocument]:
        """Change an E911 address.

        Any subset of the attributes may be sent; the result is validated like a
        new address (400 or 422 on failure). The later Python SDK re-sends the
        whole record and adds an undocumented `zip_code` key; neither is needed.

        Args:
            e911_id: E911 address id.
            body: The request body.
        """

        return await self._client._execute_with_response(
            update_address(e911_id=e911_id, body=body)
        )

    async def list_dids_for_e911(
        self,
        e911_id: str | int,
        limit: int | None = None,
        offset: int | None = None,
    ) -> RawResponse[E911NumberPage]:
        """List the numbers that use an E911 address.

        Flowroute's two examples disagree about `id`: one shows an internal
        relationship id, the other the phone number. Treat `id` as opaque and read
        the number from `attributes.value`. The paging parameters come from the
        documented `links` (default page size 10; no maximum is documented).

        Args:
            e911_id: E911 address id.
            limit: Page size (server default 10). Flowroute documents no maximum here.
            offset: How many records to skip.
        """

        return await self._client._execute_with_response(
            list_dids_for_e911(
                e911_id=e911_id,
                limit=limit,
                offset=offset,
            )
        )

    async def associate(
        self,
        e911_id: str | int,
        did: str | int,
    ) -> RawResponse[None]:
        """Use an E911 address for a number.

        Takes no body. Idempotent: repeating it is not an error and is charged
        once. Numbers that cannot have emergency service get 422 (Flowroute's
        pages contradict each other about toll-free numbers, so let the server
        decide).

        Args:
            e911_id: E911 address id.
            did: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute_with_response(
            associate(
                e911_id=e911_id,
                did=did,
            )
        )

    async def disconnect(
        self,
        did: str | int,
    ) -> RawResponse[None]:
        """Stop E911 service on a number.

        Flowroute's page for this call was not readable; path and status come from the SDK and its README.

        Args:
            did: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute_with_response(
            disconnect(
                did=did,
            )
        )

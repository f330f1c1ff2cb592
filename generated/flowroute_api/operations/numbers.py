"""Search Flowroute's inventory, buy numbers and read the numbers on the account.

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

from ..models.area_code import AreaCode
from ..models.area_code_page import AreaCodePage
from ..models.callback_url import CallbackUrl
from ..models.callback_url_document import CallbackUrlDocument
from ..models.exchange_code import ExchangeCode
from ..models.exchange_code_page import ExchangeCodePage
from ..models.number_callback_type import NumberCallbackType
from ..models.number_order_by import NumberOrderBy
from ..models.number_type_filter import NumberTypeFilter
from ..models.phone_number import PhoneNumber
from ..models.phone_number_document import PhoneNumberDocument
from ..models.phone_number_page import PhoneNumberPage
from ..models.phone_number_update import PhoneNumberUpdate
from ..models.purchasable_number import PurchasableNumber
from ..models.purchasable_number_page import PurchasableNumberPage
from ..models.purchase_options import PurchaseOptions

__all__ = [
    "NumbersOperations",
    "AsyncNumbersOperations",
    "RawNumbersOperations",
    "NumbersWithRawResponse",
    "AsyncNumbersWithRawResponse",
    "list_available_area_codes",
    "list_available_exchange_codes",
    "search_for_purchasable_phone_numbers",
    "list_account_phone_numbers",
    "list_phone_number_details",
    "purchase_a_phone_number",
    "release_a_did",
    "update_phone_number_details",
    "set_number_messaging_callback",
]

_LIST_AVAILABLE_AREA_CODES_RULES = (
    Rule("limit", "integer", minimum=1, maximum=400),
    Rule("offset", "integer", minimum=0),
    Rule("max_setup_cost", "number", minimum=0),
)


def list_available_area_codes(
    limit: int | None = None,
    offset: int | None = None,
    max_setup_cost: float | None = None,
) -> Call[AreaCodePage]:
    """List area codes that have purchasable numbers.

    Returns the NPAs (area codes) in which at least one number can be bought.

    Args:
        limit: Page size (server default 10). Area codes allow up to 400.
        offset: How many records to skip.
        max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
    """
    values = checked(
        _LIST_AVAILABLE_AREA_CODES_RULES,
        (
            limit,
            offset,
            max_setup_cost,
        ),
    )
    return Call(
        "GET",
        "/v2/numbers/available/areacodes",
        present(
            (
                ("limit", values[0]),
                ("offset", values[1]),
                ("max_setup_cost", values[2]),
            )
        ),
        None,
        None,
        AreaCodePage.from_dict,
        True,
    )


_LIST_AVAILABLE_EXCHANGE_CODES_RULES = (
    Rule("limit", "integer", minimum=1, maximum=200),
    Rule("offset", "integer", minimum=0),
    Rule("max_setup_cost", "number", minimum=0),
    Rule(
        "areacode",
        "integer",
        minimum=200,
        maximum=999,
        expected="a three-digit NANP area code such as 206",
    ),
)


def list_available_exchange_codes(
    limit: int | None = None,
    offset: int | None = None,
    max_setup_cost: float | None = None,
    areacode: int | None = None,
) -> Call[ExchangeCodePage]:
    """List exchanges (NPA-NXX) that have purchasable numbers.

    Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

    Args:
        limit: Page size (server default 10).
        offset: How many records to skip.
        max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
        areacode: Restrict the exchanges to one three-digit NANP area code.
    """
    values = checked(
        _LIST_AVAILABLE_EXCHANGE_CODES_RULES,
        (
            limit,
            offset,
            max_setup_cost,
            areacode,
        ),
    )
    return Call(
        "GET",
        "/v2/numbers/available/exchanges",
        present(
            (
                ("limit", values[0]),
                ("offset", values[1]),
                ("max_setup_cost", values[2]),
                ("areacode", values[3]),
            )
        ),
        None,
        None,
        ExchangeCodePage.from_dict,
        True,
    )


_SEARCH_FOR_PURCHASABLE_PHONE_NUMBERS_RULES = (
    Rule(
        "starts_with",
        "string",
        pattern="^\\+?[0-9]{1,15}$",
        accepts_int=True,
        expected="1-15 digits, optionally after + (e.g. '+44' or '1206')",
    ),
    Rule(
        "contains",
        "string",
        pattern="^[0-9]{1,15}$",
        accepts_int=True,
        expected="1-15 digits",
    ),
    Rule(
        "ends_with",
        "string",
        pattern="^[0-9]{1,15}$",
        accepts_int=True,
        expected="1-15 digits",
    ),
    Rule("limit", "integer", minimum=1, maximum=200),
    Rule("offset", "integer", minimum=0),
    Rule("rate_center", "string", min_length=1, max_length=64),
    Rule(
        "state", "string", pattern="^[A-Za-z]{2}$", expected="two letters such as 'WA'"
    ),
    Rule("number_type", "enum", enum=NumberTypeFilter),
    Rule(
        "iso_country",
        "string",
        pattern="^[A-Za-z]{2}$",
        expected="two letters such as 'US'",
    ),
    Rule(
        "order_by",
        "string",
        pattern="(?:^(?:monthly_cost|iso_country|number_type|state|rate_center|number|value|tn)$)|(?:^(monthly_cost|iso_country|number_type|state|rate_center|number|value|tn),(asc|desc)$)",
        expected="a sort key such as 'monthly_cost', optionally with ',asc' or ',desc' ('monthly_cost,desc')",
    ),
)


def search_for_purchasable_phone_numbers(
    starts_with: str | int | None = None,
    contains: str | int | None = None,
    ends_with: str | int | None = None,
    limit: int | None = None,
    offset: int | None = None,
    rate_center: str | None = None,
    state: str | None = None,
    *,
    number_type: NumberTypeFilter | str | None = None,
    iso_country: str | None = None,
    order_by: NumberOrderBy | str | None = None,
) -> Call[PurchasableNumberPage]:
    """Search Flowroute's inventory for numbers to buy.

    Old SDKs and documentation say `state` is required whenever `rate_center`
    is given; the server enforces that with a 422.

    Args:
        starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
            another country.
        contains: Digits that appear anywhere in the number.
        ends_with: Trailing digits.
        limit: Page size (server default 10).
        offset: How many records to skip.
        rate_center: Abbreviated rate-center name, case-insensitive (`seattle`).
        state: Two-letter US state or Canadian province, case-insensitive.
        number_type: Only long codes or only toll-free numbers.
        iso_country: ISO 3166-1 alpha-2 country code of the numbers.
        order_by: Field to sort the results by, alone (`monthly_cost`) or with a direction (`monthly_cost,desc`).
    """
    values = checked(
        _SEARCH_FOR_PURCHASABLE_PHONE_NUMBERS_RULES,
        (
            starts_with,
            contains,
            ends_with,
            limit,
            offset,
            rate_center,
            state,
            number_type,
            iso_country,
            order_by,
        ),
    )
    return Call(
        "GET",
        "/v2/numbers/available",
        present(
            (
                ("starts_with", values[0]),
                ("contains", values[1]),
                ("ends_with", values[2]),
                ("limit", values[3]),
                ("offset", values[4]),
                ("rate_center", values[5]),
                ("state", values[6]),
                ("number_type", values[7]),
                ("iso_country", values[8]),
                ("order_by", values[9]),
            )
        ),
        None,
        None,
        PurchasableNumberPage.from_dict,
        True,
    )


_LIST_ACCOUNT_PHONE_NUMBERS_RULES = (
    Rule(
        "starts_with",
        "string",
        pattern="^\\+?[0-9]{1,15}$",
        accepts_int=True,
        expected="1-15 digits, optionally after + (e.g. '+44' or '1206')",
    ),
    Rule(
        "ends_with",
        "string",
        pattern="^[0-9]{1,15}$",
        accepts_int=True,
        expected="1-15 digits",
    ),
    Rule(
        "contains",
        "string",
        pattern="^[0-9]{1,15}$",
        accepts_int=True,
        expected="1-15 digits",
    ),
    Rule("limit", "integer", minimum=1, maximum=200),
    Rule("offset", "integer", minimum=0),
    Rule("alias", "string", min_length=1, max_length=64),
)


def list_account_phone_numbers(
    starts_with: str | int | None = None,
    ends_with: str | int | None = None,
    contains: str | int | None = None,
    limit: int | None = None,
    offset: int | None = None,
    *,
    alias: str | None = None,
) -> Call[PhoneNumberPage]:
    """List the numbers on the account.

    List items carry no `relationships`; read one number for its routes.

    Args:
        starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
            another country.
        ends_with: Trailing digits.
        contains: Digits that appear anywhere in the number.
        limit: Page size (server default 10).
        offset: How many records to skip.
        alias: Exact alias match; partial matches are not supported.
    """
    values = checked(
        _LIST_ACCOUNT_PHONE_NUMBERS_RULES,
        (
            starts_with,
            ends_with,
            contains,
            limit,
            offset,
            alias,
        ),
    )
    return Call(
        "GET",
        "/v2/numbers",
        present(
            (
                ("starts_with", values[0]),
                ("ends_with", values[1]),
                ("contains", values[2]),
                ("limit", values[3]),
                ("offset", values[4]),
                ("alias", values[5]),
            )
        ),
        None,
        None,
        PhoneNumberPage.from_dict,
        True,
    )


_LIST_PHONE_NUMBER_DETAILS_RULES = (
    Rule(
        "id",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)


def list_phone_number_details(
    id: str | int,
) -> Call[PhoneNumberDocument]:
    """Read one number on the account, with its routes.

    Returns the number's attributes, its route/CNAM/E911 relationships and the resources they point at. 404 when the number is not on the account.

    Args:
        id: The phone number, digits only (`12065550100`).
    """
    values = checked(_LIST_PHONE_NUMBER_DETAILS_RULES, (id,))
    return Call(
        "GET",
        f"/v2/numbers/{quote(values[0], safe='')}",
        None,
        None,
        None,
        PhoneNumberDocument.from_dict,
        True,
    )


_PURCHASE_A_PHONE_NUMBER_RULES = (
    Rule(
        "id",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)
_PURCHASE_A_PHONE_NUMBER_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("cnam_lookups_enabled", Rule("cnam_lookups_enabled", "boolean")),
    ("messaging_enabled", Rule("messaging_enabled", "boolean")),
)


def purchase_a_phone_number(
    id: str | int,
    body: PurchaseOptions | Mapping[str, Any] | str | None = None,
) -> Call[PhoneNumberDocument]:
    """Buy a number from Flowroute's inventory.

    Costs money. The number arrives with the built-in `sip-reg` route (id `0`)
    as its primary route. With `messaging_enabled` the server also starts a
    messaging-provisioning job; if that job cannot start the number is still
    bought and the answer is 207.

    Flowroute documents the two options without saying whether they travel in
    the body or the query string. This spec sends them as an optional JSON body
    and a plain purchase sends no body at all, which is what every Flowroute
    SDK does.

    Args:
        id: The phone number, digits only (`12065550100`).
        body: The request body.
    """
    values = checked(_PURCHASE_A_PHONE_NUMBER_RULES, (id,))
    payload = body_json(
        body, "body", (PurchaseOptions,), _PURCHASE_A_PHONE_NUMBER_BODY_RULES
    )
    return Call(
        "POST",
        f"/v2/numbers/{quote(values[0], safe='')}",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        PhoneNumberDocument.from_dict,
        False,
    )


_RELEASE_A_DID_RULES = (
    Rule(
        "id",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)


def release_a_did(
    id: str | int,
) -> Call[None]:
    """Release a number back to Flowroute's inventory.

    Billing for the number stops. Irreversible except through Flowroute support.

    Args:
        id: The phone number, digits only (`12065550100`).
    """
    values = checked(_RELEASE_A_DID_RULES, (id,))
    return Call(
        "DELETE",
        f"/v2/numbers/{quote(values[0], safe='')}",
        None,
        None,
        None,
        None,
        True,
    )


_UPDATE_PHONE_NUMBER_DETAILS_RULES = (
    Rule(
        "id",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
)
_UPDATE_PHONE_NUMBER_DETAILS_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("type", Rule("type", "string", const="number", required=True)),
    ("alias", Rule("alias", "string", max_length=64)),
    ("cnam_lookups_enabled", Rule("cnam_lookups_enabled", "boolean")),
    (
        "messaging_enabled",
        Rule(
            "messaging_enabled",
            "boolean",
            required_with=("messaging_email", "messaging_callback_url"),
        ),
    ),
    ("messaging_email", Rule("messaging_email", "boolean")),
    ("messaging_callback_url", Rule("messaging_callback_url", "string", fmt="uri")),
)


def update_phone_number_details(
    id: str | int,
    body: PhoneNumberUpdate | Mapping[str, Any] | str,
) -> Call[PhoneNumberDocument]:
    """Change a number's alias, CNAM lookups or messaging enablement.

    The body is flat JSON, not a JSON:API document: `type` must be `number`
    and any of the other fields may be given (aliases need not be unique).
    `messaging_email` and `messaging_callback_url` only mean something
    together with `messaging_enabled`. Send `cnam_lookups_enabled` as a real
    boolean (one old documentation page shows the string `"true"`). Like a
    purchase, the update answers 207 when messaging provisioning could not be
    started.

    Args:
        id: The phone number, digits only (`12065550100`).
        body: The request body.
    """
    values = checked(_UPDATE_PHONE_NUMBER_DETAILS_RULES, (id,))
    payload = body_json(
        body, "body", (PhoneNumberUpdate,), _UPDATE_PHONE_NUMBER_DETAILS_BODY_RULES
    )
    return Call(
        "PATCH",
        f"/v2/numbers/{quote(values[0], safe='')}",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        PhoneNumberDocument.from_dict,
        True,
    )


_SET_NUMBER_MESSAGING_CALLBACK_RULES = (
    Rule(
        "number_id",
        "string",
        pattern="^[1-9][0-9]{6,14}$",
        accepts_int=True,
        strip="+",
        expected="a phone number as 7-15 digits such as '12065550100'",
        required=True,
    ),
    Rule("callback_type", "enum", enum=NumberCallbackType, required=True),
)
_SET_NUMBER_MESSAGING_CALLBACK_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("callback_url", Rule("callback_url", "string", fmt="uri")),
    (
        "data.attributes.callback_url",
        Rule("data.attributes.callback_url", "string", fmt="uri"),
    ),
)


def set_number_messaging_callback(
    number_id: str | int,
    callback_type: NumberCallbackType | str,
    body: CallbackUrl | CallbackUrlDocument | Mapping[str, Any] | str,
) -> Call[None]:
    """Set a messaging webhook URL for one number.

    Overrides the account-level URL of the same kind for this number
    (Flowroute does not say so outright, but the number-specific setting is
    the only reason this exists). The later Python SDK posts the deprecated
    type `dlr_callback` here; Flowroute documents only the four types below.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example, one Flowroute SDK sends it flat and
    another wraps it as `{"data": {"attributes": {…}}}`. Both forms are
    accepted here; send the flat one.

    Reading or clearing a number's callback is not documented.

    Args:
        number_id: The phone number, digits only (`12065550100`).
        callback_type: Which messaging webhook to set.
        body: A webhook URL, flat or wrapped. Flowroute documents only the field, not the envelope (see the
            operation description); send the flat form.
    """
    values = checked(
        _SET_NUMBER_MESSAGING_CALLBACK_RULES,
        (
            number_id,
            callback_type,
        ),
    )
    payload = body_json(
        body,
        "body",
        (
            CallbackUrl,
            CallbackUrlDocument,
        ),
        _SET_NUMBER_MESSAGING_CALLBACK_BODY_RULES,
    )
    return Call(
        "POST",
        f"/v2/numbers/{quote(values[0], safe='')}/relationships/{quote(values[1], safe='')}",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        None,
        True,
    )


def _list_available_area_codes_items(page: AreaCodePage) -> list[AreaCode]:
    return list(page.data)


def _list_available_exchange_codes_items(page: ExchangeCodePage) -> list[ExchangeCode]:
    return list(page.data)


def _search_for_purchasable_phone_numbers_items(
    page: PurchasableNumberPage,
) -> list[PurchasableNumber]:
    return list(page.data)


def _list_account_phone_numbers_items(page: PhoneNumberPage) -> list[PhoneNumber]:
    return list(page.data)


OPERATIONS: dict[str, OperationSpec] = {
    "list_available_area_codes": OperationSpec(
        name="list_available_area_codes",
        tag="numbers",
        method="GET",
        path="/v2/numbers/available/areacodes",
        build=list_available_area_codes,
        parse=AreaCodePage.from_dict,
        rules=_LIST_AVAILABLE_AREA_CODES_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_available_area_codes",
        max_page_size=400,
        custom=False,
    ),
    "list_available_exchange_codes": OperationSpec(
        name="list_available_exchange_codes",
        tag="numbers",
        method="GET",
        path="/v2/numbers/available/exchanges",
        build=list_available_exchange_codes,
        parse=ExchangeCodePage.from_dict,
        rules=_LIST_AVAILABLE_EXCHANGE_CODES_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_available_exchange_codes",
        max_page_size=200,
        custom=False,
    ),
    "search_for_purchasable_phone_numbers": OperationSpec(
        name="search_for_purchasable_phone_numbers",
        tag="numbers",
        method="GET",
        path="/v2/numbers/available",
        build=search_for_purchasable_phone_numbers,
        parse=PurchasableNumberPage.from_dict,
        rules=_SEARCH_FOR_PURCHASABLE_PHONE_NUMBERS_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_purchasable_phone_numbers",
        max_page_size=200,
        custom=False,
    ),
    "list_account_phone_numbers": OperationSpec(
        name="list_account_phone_numbers",
        tag="numbers",
        method="GET",
        path="/v2/numbers",
        build=list_account_phone_numbers,
        parse=PhoneNumberPage.from_dict,
        rules=_LIST_ACCOUNT_PHONE_NUMBERS_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_account_phone_numbers",
        max_page_size=200,
        custom=False,
    ),
    "list_phone_number_details": OperationSpec(
        name="list_phone_number_details",
        tag="numbers",
        method="GET",
        path="/v2/numbers/{id}",
        build=list_phone_number_details,
        parse=PhoneNumberDocument.from_dict,
        rules=_LIST_PHONE_NUMBER_DETAILS_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "purchase_a_phone_number": OperationSpec(
        name="purchase_a_phone_number",
        tag="numbers",
        method="POST",
        path="/v2/numbers/{id}",
        build=purchase_a_phone_number,
        parse=PhoneNumberDocument.from_dict,
        rules=_PURCHASE_A_PHONE_NUMBER_RULES,
        body_rules=_PURCHASE_A_PHONE_NUMBER_BODY_RULES,
        retry="unsafe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "release_a_did": OperationSpec(
        name="release_a_did",
        tag="numbers",
        method="DELETE",
        path="/v2/numbers/{id}",
        build=release_a_did,
        parse=None,
        rules=_RELEASE_A_DID_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "update_phone_number_details": OperationSpec(
        name="update_phone_number_details",
        tag="numbers",
        method="PATCH",
        path="/v2/numbers/{id}",
        build=update_phone_number_details,
        parse=PhoneNumberDocument.from_dict,
        rules=_UPDATE_PHONE_NUMBER_DETAILS_RULES,
        body_rules=_UPDATE_PHONE_NUMBER_DETAILS_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "set_number_messaging_callback": OperationSpec(
        name="set_number_messaging_callback",
        tag="numbers",
        method="POST",
        path="/v2/numbers/{number_id}/relationships/{relationship}",
        build=set_number_messaging_callback,
        parse=None,
        rules=_SET_NUMBER_MESSAGING_CALLBACK_RULES,
        body_rules=_SET_NUMBER_MESSAGING_CALLBACK_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
}


class NumbersOperations(SyncResource):
    """``client.numbers``: Search Flowroute's inventory, buy numbers and read the numbers on the account."""

    def list_available_area_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
    ) -> AreaCodePage:
        """List area codes that have purchasable numbers.

        Returns the NPAs (area codes) in which at least one number can be bought.

        Args:
            limit: Page size (server default 10). Area codes allow up to 400.
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
        """

        return self._client._execute(
            list_available_area_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
            )
        )

    def iter_available_area_codes(
        self,
        max_setup_cost: float | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[AreaCode]:
        """List area codes that have purchasable numbers.

        Every record of ``list_available_area_codes``, fetched ``page_size`` at a time (at most 400);
        ``max_items`` stops early.

        Args:
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_available_area_codes(
                    limit=limit,
                    offset=offset,
                    max_setup_cost=max_setup_cost,
                ),
                _list_available_area_codes_items,
                page_size=page_size,
                max_page_size=400,
                max_items=max_items,
            ),
        )

    def list_available_exchange_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
        areacode: int | None = None,
    ) -> ExchangeCodePage:
        """List exchanges (NPA-NXX) that have purchasable numbers.

        Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
            areacode: Restrict the exchanges to one three-digit NANP area code.
        """

        return self._client._execute(
            list_available_exchange_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
                areacode=areacode,
            )
        )

    def iter_available_exchange_codes(
        self,
        max_setup_cost: float | None = None,
        areacode: int | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[ExchangeCode]:
        """List exchanges (NPA-NXX) that have purchasable numbers.

        Every record of ``list_available_exchange_codes``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
            areacode: Restrict the exchanges to one three-digit NANP area code.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_available_exchange_codes(
                    limit=limit,
                    offset=offset,
                    max_setup_cost=max_setup_cost,
                    areacode=areacode,
                ),
                _list_available_exchange_codes_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    def search_for_purchasable_phone_numbers(
        self,
        starts_with: str | int | None = None,
        contains: str | int | None = None,
        ends_with: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        rate_center: str | None = None,
        state: str | None = None,
        *,
        number_type: NumberTypeFilter | str | None = None,
        iso_country: str | None = None,
        order_by: NumberOrderBy | str | None = None,
    ) -> PurchasableNumberPage:
        """Search Flowroute's inventory for numbers to buy.

        Old SDKs and documentation say `state` is required whenever `rate_center`
        is given; the server enforces that with a 422.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            contains: Digits that appear anywhere in the number.
            ends_with: Trailing digits.
            limit: Page size (server default 10).
            offset: How many records to skip.
            rate_center: Abbreviated rate-center name, case-insensitive (`seattle`).
            state: Two-letter US state or Canadian province, case-insensitive.
            number_type: Only long codes or only toll-free numbers.
            iso_country: ISO 3166-1 alpha-2 country code of the numbers.
            order_by: Field to sort the results by, alone (`monthly_cost`) or with a direction (`monthly_cost,desc`).
        """

        return self._client._execute(
            search_for_purchasable_phone_numbers(
                starts_with=starts_with,
                contains=contains,
                ends_with=ends_with,
                limit=limit,
                offset=offset,
                rate_center=rate_center,
                state=state,
                number_type=number_type,
                iso_country=iso_country,
                order_by=order_by,
            )
        )

    def iter_purchasable_phone_numbers(
        self,
        starts_with: str | int | None = None,
        contains: str | int | None = None,
        ends_with: str | int | None = None,
        rate_center: str | None = None,
        state: str | None = None,
        *,
        number_type: NumberTypeFilter | str | None = None,
        iso_country: str | None = None,
        order_by: NumberOrderBy | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[PurchasableNumber]:
        """Search Flowroute's inventory for numbers to buy.

        Every record of ``search_for_purchasable_phone_numbers``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            contains: Digits that appear anywhere in the number.
            ends_with: Trailing digits.
            rate_center: Abbreviated rate-center name, case-insensitive (`seattle`).
            state: Two-letter US state or Canadian province, case-insensitive.
            number_type: Only long codes or only toll-free numbers.
            iso_country: ISO 3166-1 alpha-2 country code of the numbers.
            order_by: Field to sort the results by, alone (`monthly_cost`) or with a direction (`monthly_cost,desc`).
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: search_for_purchasable_phone_numbers(
                    starts_with=starts_with,
                    contains=contains,
                    ends_with=ends_with,
                    limit=limit,
                    offset=offset,
                    rate_center=rate_center,
                    state=state,
                    number_type=number_type,
                    iso_country=iso_country,
                    order_by=order_by,
                ),
                _search_for_purchasable_phone_numbers_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    def list_account_phone_numbers(
        self,
        starts_with: str | int | None = None,
        ends_with: str | int | None = None,
        contains: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        alias: str | None = None,
    ) -> PhoneNumberPage:
        """List the numbers on the account.

        List items carry no `relationships`; read one number for its routes.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            ends_with: Trailing digits.
            contains: Digits that appear anywhere in the number.
            limit: Page size (server default 10).
            offset: How many records to skip.
            alias: Exact alias match; partial matches are not supported.
        """

        return self._client._execute(
            list_account_phone_numbers(
                starts_with=starts_with,
                ends_with=ends_with,
                contains=contains,
                limit=limit,
                offset=offset,
                alias=alias,
            )
        )

    def iter_account_phone_numbers(
        self,
        starts_with: str | int | None = None,
        ends_with: str | int | None = None,
        contains: str | int | None = None,
        *,
        alias: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[PhoneNumber]:
        """List the numbers on the account.

        Every record of ``list_account_phone_numbers``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            ends_with: Trailing digits.
            contains: Digits that appear anywhere in the number.
            alias: Exact alias match; partial matches are not supported.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_account_phone_numbers(
                    starts_with=starts_with,
                    ends_with=ends_with,
                    contains=contains,
                    limit=limit,
                    offset=offset,
                    alias=alias,
                ),
                _list_account_phone_numbers_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    def list_phone_number_details(
        self,
        id: str | int,
    ) -> PhoneNumberDocument:
        """Read one number on the account, with its routes.

        Returns the number's attributes, its route/CNAM/E911 relationships and the resources they point at. 404 when the number is not on the account.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return self._client._execute(
            list_phone_number_details(
                id=id,
            )
        )

    def release_a_did(
        self,
        id: str | int,
    ) -> None:
        """Release a number back to Flowroute's inventory.

        Billing for the number stops. Irreversible except through Flowroute support.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return self._client._execute(
            release_a_did(
                id=id,
            )
        )


class AsyncNumbersOperations(AsyncResource):
    """``client.numbers`` on the async client: Search Flowroute's inventory, buy numbers and read the numbers on the account."""

    async def list_available_area_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
    ) -> AreaCodePage:
        """List area codes that have purchasable numbers.

        Returns the NPAs (area codes) in which at least one number can be bought.

        Args:
            limit: Page size (server default 10). Area codes allow up to 400.
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
        """

        return await self._client._execute(
            list_available_area_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
            )
        )

    def iter_available_area_codes(
        self,
        max_setup_cost: float | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[AreaCode]:
        """List area codes that have purchasable numbers.

        Every record of ``list_available_area_codes``, fetched ``page_size`` at a time (at most 400);
        ``max_items`` stops early.

        Args:
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_available_area_codes(
                    limit=limit,
                    offset=offset,
                    max_setup_cost=max_setup_cost,
                ),
                _list_available_area_codes_items,
                page_size=page_size,
                max_page_size=400,
                max_items=max_items,
            ),
        )

    async def list_available_exchange_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
        areacode: int | None = None,
    ) -> ExchangeCodePage:
        """List exchanges (NPA-NXX) that have purchasable numbers.

        Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
            areacode: Restrict the exchanges to one three-digit NANP area code.
        """

        return await self._client._execute(
            list_available_exchange_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
                areacode=areacode,
            )
        )

    def iter_available_exchange_codes(
        self,
        max_setup_cost: float | None = None,
        areacode: int | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[ExchangeCode]:
        """List exchanges (NPA-NXX) that have purchasable numbers.

        Every record of ``list_available_exchange_codes``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
            areacode: Restrict the exchanges to one three-digit NANP area code.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_available_exchange_codes(
                    limit=limit,
                    offset=offset,
                    max_setup_cost=max_setup_cost,
                    areacode=areacode,
                ),
                _list_available_exchange_codes_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    async def search_for_purchasable_phone_numbers(
        self,
        starts_with: str | int | None = None,
        contains: str | int | None = None,
        ends_with: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        rate_center: str | None = None,
        state: str | None = None,
        *,
        number_type: NumberTypeFilter | str | None = None,
        iso_country: str | None = None,
        order_by: NumberOrderBy | str | None = None,
    ) -> PurchasableNumberPage:
        """Search Flowroute's inventory for numbers to buy.

        Old SDKs and documentation say `state` is required whenever `rate_center`
        is given; the server enforces that with a 422.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            contains: Digits that appear anywhere in the number.
            ends_with: Trailing digits.
            limit: Page size (server default 10).
            offset: How many records to skip.
            rate_center: Abbreviated rate-center name, case-insensitive (`seattle`).
            state: Two-letter US state or Canadian province, case-insensitive.
            number_type: Only long codes or only toll-free numbers.
            iso_country: ISO 3166-1 alpha-2 country code of the numbers.
            order_by: Field to sort the results by, alone (`monthly_cost`) or with a direction (`monthly_cost,desc`).
        """

        return await self._client._execute(
            search_for_purchasable_phone_numbers(
                starts_with=starts_with,
                contains=contains,
                ends_with=ends_with,
                limit=limit,
                offset=offset,
                rate_center=rate_center,
                state=state,
                number_type=number_type,
                iso_country=iso_country,
                order_by=order_by,
            )
        )

    def iter_purchasable_phone_numbers(
        self,
        starts_with: str | int | None = None,
        contains: str | int | None = None,
        ends_with: str | int | None = None,
        rate_center: str | None = None,
        state: str | None = None,
        *,
        number_type: NumberTypeFilter | str | None = None,
        iso_country: str | None = None,
        order_by: NumberOrderBy | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[PurchasableNumber]:
        """Search Flowroute's inventory for numbers to buy.

        Every record of ``search_for_purchasable_phone_numbers``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            contains: Digits that appear anywhere in the number.
            ends_with: Trailing digits.
            rate_center: Abbreviated rate-center name, case-insensitive (`seattle`).
            state: Two-letter US state or Canadian province, case-insensitive.
            number_type: Only long codes or only toll-free numbers.
            iso_country: ISO 3166-1 alpha-2 country code of the numbers.
            order_by: Field to sort the results by, alone (`monthly_cost`) or with a direction (`monthly_cost,desc`).
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: search_for_purchasable_phone_numbers(
                    starts_with=starts_with,
                    contains=contains,
                    ends_with=ends_with,
                    limit=limit,
                    offset=offset,
                    rate_center=rate_center,
                    state=state,
                    number_type=number_type,
                    iso_country=iso_country,
                    order_by=order_by,
                ),
                _search_for_purchasable_phone_numbers_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    async def list_account_phone_numbers(
        self,
        starts_with: str | int | None = None,
        ends_with: str | int | None = None,
        contains: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        alias: str | None = None,
    ) -> PhoneNumberPage:
        """List the numbers on the account.

        List items carry no `relationships`; read one number for its routes.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            ends_with: Trailing digits.
            contains: Digits that appear anywhere in the number.
            limit: Page size (server default 10).
            offset: How many records to skip.
            alias: Exact alias match; partial matches are not supported.
        """

        return await self._client._execute(
            list_account_phone_numbers(
                starts_with=starts_with,
                ends_with=ends_with,
                contains=contains,
                limit=limit,
                offset=offset,
                alias=alias,
            )
        )

    def iter_account_phone_numbers(
        self,
        starts_with: str | int | None = None,
        ends_with: str | int | None = None,
        contains: str | int | None = None,
        *,
        alias: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[PhoneNumber]:
        """List the numbers on the account.

        Every record of ``list_account_phone_numbers``, fetched ``page_size`` at a time (at most 200);
        ``max_items`` stops early.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            ends_with: Trailing digits.
            contains: Digits that appear anywhere in the number.
            alias: Exact alias match; partial matches are not supported.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: list_account_phone_numbers(
                    starts_with=starts_with,
                    ends_with=ends_with,
                    contains=contains,
                    limit=limit,
                    offset=offset,
                    alias=alias,
                ),
                _list_account_phone_numbers_items,
                page_size=page_size,
                max_page_size=200,
                max_items=max_items,
            ),
        )

    async def list_phone_number_details(
        self,
        id: str | int,
    ) -> PhoneNumberDocument:
        """Read one number on the account, with its routes.

        Returns the number's attributes, its route/CNAM/E911 relationships and the resources they point at. 404 when the number is not on the account.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute(
            list_phone_number_details(
                id=id,
            )
        )

    async def release_a_did(
        self,
        id: str | int,
    ) -> None:
        """Release a number back to Flowroute's inventory.

        Billing for the number stops. Irreversible except through Flowroute support.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute(
            release_a_did(
                id=id,
            )
        )


class RawNumbersOperations(RawResource):
    """The seed-compatible controller for numbers: the same operations, answering the server's JSON."""

    def list_available_area_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
    ) -> Any:
        """List area codes that have purchasable numbers.

        Returns the NPAs (area codes) in which at least one number can be bought.

        Args:
            limit: Page size (server default 10). Area codes allow up to 400.
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
        """

        return self._client._execute_raw(
            list_available_area_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
            )
        )

    def list_available_exchange_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
        areacode: int | None = None,
    ) -> Any:
        """List exchanges (NPA-NXX) that have purchasable numbers.

        Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
            areacode: Restrict the exchanges to one three-digit NANP area code.
        """

        return self._client._execute_raw(
            list_available_exchange_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
                areacode=areacode,
            )
        )

    def search_for_purchasable_phone_numbers(
        self,
        starts_with: str | int | None = None,
        contains: str | int | None = None,
        ends_with: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        rate_center: str | None = None,
        state: str | None = None,
        *,
        number_type: NumberTypeFilter | str | None = None,
        iso_country: str | None = None,
        order_by: NumberOrderBy | str | None = None,
    ) -> Any:
        """Search Flowroute's inventory for numbers to buy.

        Old SDKs and documentation say `state` is required whenever `rate_center`
        is given; the server enforces that with a 422.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            contains: Digits that appear anywhere in the number.
            ends_with: Trailing digits.
            limit: Page size (server default 10).
            offset: How many records to skip.
            rate_center: Abbreviated rate-center name, case-insensitive (`seattle`).
            state: Two-letter US state or Canadian province, case-insensitive.
            number_type: Only long codes or only toll-free numbers.
            iso_country: ISO 3166-1 alpha-2 country code of the numbers.
            order_by: Field to sort the results by, alone (`monthly_cost`) or with a direction (`monthly_cost,desc`).
        """

        return self._client._execute_raw(
            search_for_purchasable_phone_numbers(
                starts_with=starts_with,
                contains=contains,
                ends_with=ends_with,
                limit=limit,
                offset=offset,
                rate_center=rate_center,
                state=state,
                number_type=number_type,
                iso_country=iso_country,
                order_by=order_by,
            )
        )

    def list_account_phone_numbers(
        self,
        starts_with: str | int | None = None,
        ends_with: str | int | None = None,
        contains: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        alias: str | None = None,
    ) -> Any:
        """List the numbers on the account.

        List items carry no `relationships`; read one number for its routes.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            ends_with: Trailing digits.
            contains: Digits that appear anywhere in the number.
            limit: Page size (server default 10).
            offset: How many records to skip.
            alias: Exact alias match; partial matches are not supported.
        """

        return self._client._execute_raw(
            list_account_phone_numbers(
                starts_with=starts_with,
                ends_with=ends_with,
                contains=contains,
                limit=limit,
                offset=offset,
                alias=alias,
            )
        )

    def list_phone_number_details(
        self,
        id: str | int,
    ) -> Any:
        """Read one number on the account, with its routes.

        Returns the number's attributes, its route/CNAM/E911 relationships and the resources they point at. 404 when the number is not on the account.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_raw(
            list_phone_number_details(
                id=id,
            )
        )

    def release_a_did(
        self,
        id: str | int,
    ) -> Any:
        """Release a number back to Flowroute's inventory.

        Billing for the number stops. Irreversible except through Flowroute support.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_raw(
            release_a_did(
                id=id,
            )
        )


class NumbersWithRawResponse(SyncResource):
    """``client.with_raw_response.numbers``: each operation's answer as a ``RawResponse``."""

    def list_available_area_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
    ) -> RawResponse[AreaCodePage]:
        """List area codes that have purchasable numbers.

        Returns the NPAs (area codes) in which at least one number can be bought.

        Args:
            limit: Page size (server default 10). Area codes allow up to 400.
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
        """

        return self._client._execute_with_response(
            list_available_area_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
            )
        )

    def list_available_exchange_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
        areacode: int | None = None,
    ) -> RawResponse[ExchangeCodePage]:
        """List exchanges (NPA-NXX) that have purchasable numbers.

        Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
            areacode: Restrict the exchanges to one three-digit NANP area code.
        """

        return self._client._execute_with_response(
            list_available_exchange_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
                areacode=areacode,
            )
        )

    def search_for_purchasable_phone_numbers(
        self,
        starts_with: str | int | None = None,
        contains: str | int | None = None,
        ends_with: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        rate_center: str | None = None,
        state: str | None = None,
        *,
        number_type: NumberTypeFilter | str | None = None,
        iso_country: str | None = None,
        order_by: NumberOrderBy | str | None = None,
    ) -> RawResponse[PurchasableNumberPage]:
        """Search Flowroute's inventory for numbers to buy.

        Old SDKs and documentation say `state` is required whenever `rate_center`
        is given; the server enforces that with a 422.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            contains: Digits that appear anywhere in the number.
            ends_with: Trailing digits.
            limit: Page size (server default 10).
            offset: How many records to skip.
            rate_center: Abbreviated rate-center name, case-insensitive (`seattle`).
            state: Two-letter US state or Canadian province, case-insensitive.
            number_type: Only long codes or only toll-free numbers.
            iso_country: ISO 3166-1 alpha-2 country code of the numbers.
            order_by: Field to sort the results by, alone (`monthly_cost`) or with a direction (`monthly_cost,desc`).
        """

        return self._client._execute_with_response(
            search_for_purchasable_phone_numbers(
                starts_with=starts_with,
                contains=contains,
                ends_with=ends_with,
                limit=limit,
                offset=offset,
                rate_center=rate_center,
                state=state,
                number_type=number_type,
                iso_country=iso_country,
                order_by=order_by,
            )
        )

    def list_account_phone_numbers(
        self,
        starts_with: str | int | None = None,
        ends_with: str | int | None = None,
        contains: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        alias: str | None = None,
    ) -> RawResponse[PhoneNumberPage]:
        """List the numbers on the account.

        List items carry no `relationships`; read one number for its routes.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            ends_with: Trailing digits.
            contains: Digits that appear anywhere in the number.
            limit: Page size (server default 10).
            offset: How many records to skip.
            alias: Exact alias match; partial matches are not supported.
        """

        return self._client._execute_with_response(
            list_account_phone_numbers(
                starts_with=starts_with,
                ends_with=ends_with,
                contains=contains,
                limit=limit,
                offset=offset,
                alias=alias,
            )
        )

    def list_phone_number_details(
        self,
        id: str | int,
    ) -> RawResponse[PhoneNumberDocument]:
        """Read one number on the account, with its routes.

        Returns the number's attributes, its route/CNAM/E911 relationships and the resources they point at. 404 when the number is not on the account.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_with_response(
            list_phone_number_details(
                id=id,
            )
        )

    def purchase_a_phone_number(
        self,
        id: str | int,
        body: PurchaseOptions | Mapping[str, Any] | str | None = None,
    ) -> RawResponse[PhoneNumberDocument]:
        """Buy a number from Flowroute's inventory.

        Costs money. The number arrives with the built-in `sip-reg` route (id `0`)
        as its primary route. With `messaging_enabled` the server also starts a
        messaging-provisioning job; if that job cannot start the number is still
        bought and the answer is 207.

        Flowroute documents the two options without saying whether they travel in
        the body or the query string. This spec sends them as an optional JSON body
        and a plain purchase sends no body at all, which is what every Flowroute
        SDK does.

        Args:
            id: The phone number, digits only (`12065550100`).
            body: The request body.
        """

        return self._client._execute_with_response(
            purchase_a_phone_number(id=id, body=body)
        )

    def release_a_did(
        self,
        id: str | int,
    ) -> RawResponse[None]:
        """Release a number back to Flowroute's inventory.

        Billing for the number stops. Irreversible except through Flowroute support.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return self._client._execute_with_response(
            release_a_did(
                id=id,
            )
        )

    def update_phone_number_details(
        self,
        id: str | int,
        body: PhoneNumberUpdate | Mapping[str, Any] | str,
    ) -> RawResponse[PhoneNumberDocument]:
        """Change a number's alias, CNAM lookups or messaging enablement.

        The body is flat JSON, not a JSON:API document: `type` must be `number`
        and any of the other fields may be given (aliases need not be unique).
        `messaging_email` and `messaging_callback_url` only mean something
        together with `messaging_enabled`. Send `cnam_lookups_enabled` as a real
        boolean (one old documentation page shows the string `"true"`). Like a
        purchase, the update answers 207 when messaging provisioning could not be
        started.

        Args:
            id: The phone number, digits only (`12065550100`).
            body: The request body.
        """

        return self._client._execute_with_response(
            update_phone_number_details(id=id, body=body)
        )

    def set_number_messaging_callback(
        self,
        number_id: str | int,
        callback_type: NumberCallbackType | str,
        body: CallbackUrl | CallbackUrlDocument | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Set a messaging webhook URL for one number.

        Overrides the account-level URL of the same kind for this number
        (Flowroute does not say so outright, but the number-specific setting is
        the only reason this exists). The later Python SDK posts the deprecated
        type `dlr_callback` here; Flowroute documents only the four types below.

        The body envelope is not documented: Flowroute lists a single
        `callback_url` field with no example, one Flowroute SDK sends it flat and
        another wraps it as `{"data": {"attributes": {…}}}`. Both forms are
        accepted here; send the flat one.

        Reading or clearing a number's callback is not documented.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            callback_type: Which messaging webhook to set.
            body: A webhook URL, flat or wrapped. Flowroute documents only the field, not the envelope (see the
                operation description); send the flat form.
        """

        return self._client._execute_with_response(
            set_number_messaging_callback(
                number_id=number_id, callback_type=callback_type, body=body
            )
        )


class AsyncNumbersWithRawResponse(AsyncResource):
    """``client.with_raw_response.numbers`` on the async client."""

    async def list_available_area_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
    ) -> RawResponse[AreaCodePage]:
        """List area codes that have purchasable numbers.

        Returns the NPAs (area codes) in which at least one number can be bought.

        Args:
            limit: Page size (server default 10). Area codes allow up to 400.
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
        """

        return await self._client._execute_with_response(
            list_available_area_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
            )
        )

    async def list_available_exchange_codes(
        self,
        limit: int | None = None,
        offset: int | None = None,
        max_setup_cost: float | None = None,
        areacode: int | None = None,
    ) -> RawResponse[ExchangeCodePage]:
        """List exchanges (NPA-NXX) that have purchasable numbers.

        Returns the six-digit NPA-NXX prefixes in which at least one number can be bought.

        Args:
            limit: Page size (server default 10).
            offset: How many records to skip.
            max_setup_cost: Only codes with at least one number whose setup fee is at most this many dollars.
            areacode: Restrict the exchanges to one three-digit NANP area code.
        """

        return await self._client._execute_with_response(
            list_available_exchange_codes(
                limit=limit,
                offset=offset,
                max_setup_cost=max_setup_cost,
                areacode=areacode,
            )
        )

    async def search_for_purchasable_phone_numbers(
        self,
        starts_with: str | int | None = None,
        contains: str | int | None = None,
        ends_with: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        rate_center: str | None = None,
        state: str | None = None,
        *,
        number_type: NumberTypeFilter | str | None = None,
        iso_country: str | None = None,
        order_by: NumberOrderBy | str | None = None,
    ) -> RawResponse[PurchasableNumberPage]:
        """Search Flowroute's inventory for numbers to buy.

        Old SDKs and documentation say `state` is required whenever `rate_center`
        is given; the server enforces that with a 422.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            contains: Digits that appear anywhere in the number.
            ends_with: Trailing digits.
            limit: Page size (server default 10).
            offset: How many records to skip.
            rate_center: Abbreviated rate-center name, case-insensitive (`seattle`).
            state: Two-letter US state or Canadian province, case-insensitive.
            number_type: Only long codes or only toll-free numbers.
            iso_country: ISO 3166-1 alpha-2 country code of the numbers.
            order_by: Field to sort the results by, alone (`monthly_cost`) or with a direction (`monthly_cost,desc`).
        """

        return await self._client._execute_with_response(
            search_for_purchasable_phone_numbers(
                starts_with=starts_with,
                contains=contains,
                ends_with=ends_with,
                limit=limit,
                offset=offset,
                rate_center=rate_center,
                state=state,
                number_type=number_type,
                iso_country=iso_country,
                order_by=order_by,
            )
        )

    async def list_account_phone_numbers(
        self,
        starts_with: str | int | None = None,
        ends_with: str | int | None = None,
        contains: str | int | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        alias: str | None = None,
    ) -> RawResponse[PhoneNumberPage]:
        """List the numbers on the account.

        List items carry no `relationships`; read one number for its routes.

        Args:
            starts_with: Leading digits. Country code 1 is assumed; prefix `+` and a country code (`+44`) to search
                another country.
            ends_with: Trailing digits.
            contains: Digits that appear anywhere in the number.
            limit: Page size (server default 10).
            offset: How many records to skip.
            alias: Exact alias match; partial matches are not supported.
        """

        return await self._client._execute_with_response(
            list_account_phone_numbers(
                starts_with=starts_with,
                ends_with=ends_with,
                contains=contains,
                limit=limit,
                offset=offset,
                alias=alias,
            )
        )

    async def list_phone_number_details(
        self,
        id: str | int,
    ) -> RawResponse[PhoneNumberDocument]:
        """Read one number on the account, with its routes.

        Returns the number's attributes, its route/CNAM/E911 relationships and the resources they point at. 404 when the number is not on the account.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute_with_response(
            list_phone_number_details(
                id=id,
            )
        )

    async def purchase_a_phone_number(
        self,
        id: str | int,
        body: PurchaseOptions | Mapping[str, Any] | str | None = None,
    ) -> RawResponse[PhoneNumberDocument]:
        """Buy a number from Flowroute's inventory.

        Costs money. The number arrives with the built-in `sip-reg` route (id `0`)
        as its primary route. With `messaging_enabled` the server also starts a
        messaging-provisioning job; if that job cannot start the number is still
        bought and the answer is 207.

        Flowroute documents the two options without saying whether they travel in
        the body or the query string. This spec sends them as an optional JSON body
        and a plain purchase sends no body at all, which is what every Flowroute
        SDK does.

        Args:
            id: The phone number, digits only (`12065550100`).
            body: The request body.
        """

        return await self._client._execute_with_response(
            purchase_a_phone_number(id=id, body=body)
        )

    async def release_a_did(
        self,
        id: str | int,
    ) -> RawResponse[None]:
        """Release a number back to Flowroute's inventory.

        Billing for the number stops. Irreversible except through Flowroute support.

        Args:
            id: The phone number, digits only (`12065550100`).
        """

        return await self._client._execute_with_response(
            release_a_did(
                id=id,
            )
        )

    async def update_phone_number_details(
        self,
        id: str | int,
        body: PhoneNumberUpdate | Mapping[str, Any] | str,
    ) -> RawResponse[PhoneNumberDocument]:
        """Change a number's alias, CNAM lookups or messaging enablement.

        The body is flat JSON, not a JSON:API document: `type` must be `number`
        and any of the other fields may be given (aliases need not be unique).
        `messaging_email` and `messaging_callback_url` only mean something
        together with `messaging_enabled`. Send `cnam_lookups_enabled` as a real
        boolean (one old documentation page shows the string `"true"`). Like a
        purchase, the update answers 207 when messaging provisioning could not be
        started.

        Args:
            id: The phone number, digits only (`12065550100`).
            body: The request body.
        """

        return await self._client._execute_with_response(
            update_phone_number_details(id=id, body=body)
        )

    async def set_number_messaging_callback(
        self,
        number_id: str | int,
        callback_type: NumberCallbackType | str,
        body: CallbackUrl | CallbackUrlDocument | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Set a messaging webhook URL for one number.

        Overrides the account-level URL of the same kind for this number
        (Flowroute does not say so outright, but the number-specific setting is
        the only reason this exists). The later Python SDK posts the deprecated
        type `dlr_callback` here; Flowroute documents only the four types below.

        The body envelope is not documented: Flowroute lists a single
        `callback_url` field with no example, one Flowroute SDK sends it flat and
        another wraps it as `{"data": {"attributes": {…}}}`. Both forms are
        accepted here; send the flat one.

        Reading or clearing a number's callback is not documented.

        Args:
            number_id: The phone number, digits only (`12065550100`).
            callback_type: Which messaging webhook to set.
            body: A webhook URL, flat or wrapped. Flowroute documents only the field, not the envelope (see the
                operation description); send the flat form.
        """

        return await self._client._execute_with_response(
            set_number_messaging_callback(
                number_id=number_id, callback_type=callback_type, body=body
            )
        )

"""Contract cases for the operations added after the 13 seed operations.

Each :class:`Case` names a generated api module, the arguments to call it with, the
model it must parse to and checks on the documented example values Prism answers
with. ``tests/test_generated_contract.py`` runs every case sync and async.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from flowroute_api.api.cdrs import create_cdr_export, get_cdr_export_status, list_cdr_exports
from flowroute_api.api.cnams import (
    associate_cnam,
    create_cnam_record,
    get_cnam,
    list_cnams,
    remove_cnam,
    unassociate_cnam,
    update_cnam_record,
)
from flowroute_api.api.e911s import (
    associate,
    create_address,
    delete_address,
    disconnect,
    get_e911,
    list_dids_for_e911,
    list_e911s,
    update_address,
    validate_address,
)
from flowroute_api.api.message_provisioning import set_message_provisioning
from flowroute_api.api.messages import delete_account_callback, get_account_callback, set_account_callback
from flowroute_api.api.numbers import release_a_did, set_number_messaging_callback, update_phone_number_details
from flowroute_api.api.porting import (
    add_numbers_to_port_order_group,
    check_portability,
    create_port_order,
    get_port_order,
    get_port_order_status,
    list_port_orders,
    remove_port_order_preset,
    update_port_order,
    update_port_order_numbers,
)
from flowroute_api.api.routes import (
    delete_an_inbound_route,
    list_edge_strategies,
    remove_number_route,
    update_an_inbound_route,
)
from flowroute_api.models import (
    AccountCallbackDocument,
    AccountCallbackType,
    CallbackUrl,
    CallbackUrlData,
    CallbackUrlDocument,
    CdrExport,
    CdrExportCreateAttributes,
    CdrExportCreateData,
    CdrExportCreateRequest,
    CdrExportDocument,
    CdrExportFilters,
    CdrExportPage,
    CdrExportStatus,
    CnamAssignmentDocument,
    CnamCreateRequest,
    CnamDocument,
    CnamPage,
    CnamUpdateAttributes,
    CnamUpdateData,
    CnamUpdateRequest,
    E911AddressCreateAttributes,
    E911AddressCreateData,
    E911AddressCreateRequest,
    E911AddressDocument,
    E911AddressPage,
    E911AddressType,
    E911AddressUpdateAttributes,
    E911AddressUpdateData,
    E911AddressUpdateRequest,
    E911Country,
    E911NumberPage,
    EdgeStrategyList,
    LoaDetails,
    MessageBulkProvisioningStatusDocument,
    MessageProvisioningAction,
    MessageProvisioningRequest,
    MessageProvisioningStatusDocument,
    NumberCallbackType,
    NumberRouteRelationship,
    PhoneNumberDocument,
    PhoneNumberUpdate,
    PortabilityDocument,
    PortabilityRequest,
    PortCountry,
    PortOrderCancel,
    PortOrderCreateAttributes,
    PortOrderCreateData,
    PortOrderCreateRequest,
    PortOrderDocument,
    PortOrderGroupNumbersRequest,
    PortOrderGroupNumbersResult,
    PortOrderListDocument,
    PortOrderNumbersChange,
    PortOrderPreset,
    PortOrderPresets,
    PortOrderStatusDocument,
    PortOrderUpdateAttributes,
    PortOrderUpdateData,
    PortOrderUpdateRequest,
    RouteDocument,
    RouteUpdateAttributes,
    RouteUpdateData,
    RouteUpdateRequest,
    UsageType,
)
from flowroute_api.types import Unset


@dataclass
class Case:
    module: ModuleType
    kwargs: Callable[[], dict[str, Any]]
    expected: type | None
    check: Callable[[Any], None] | None = None
    status: int = 200
    # Extra request headers, e.g. Prism's ``Prefer: example=...`` / ``code=...``.
    headers: dict[str, str] = field(default_factory=dict)
    # Run against the Prism that can serve GET /v2.1/messages/{callback_type}.
    callback_prism: bool = False


NUMBER = "17205550147"

# ---- numbers ---------------------------------------------------------------------------


def _check_renamed(r: PhoneNumberDocument) -> None:
    assert r.data.id == NUMBER
    assert r.data.attributes.alias == "Denver desk"
    assert r.data.attributes.cnam_lookups_enabled is False
    primary = r.data.relationships.primary_route.data
    assert primary is not None and primary.id == "98396"
    e911 = r.data.relationships.e911_address.data
    assert e911 is not None and e911.type_ == "e911"
    assert [i.type_ for i in r.included] == ["route", "e911"]
    route_attributes = r.included[0].attributes
    assert not isinstance(route_attributes, Unset) and route_attributes["edge_strategy_id"] == 4


def _flat_callback() -> CallbackUrl:
    return CallbackUrl(callback_url="https://hooks.example.test/sms")


def _wrapped_callback() -> CallbackUrlDocument:
    return CallbackUrlDocument(data=CallbackUrlData(attributes=_flat_callback()))


# ---- routes ----------------------------------------------------------------------------


def _check_edges(r: EdgeStrategyList) -> None:
    assert [e.id for e in r.data] == [1, 4]
    assert r.data[1].attributes.name == "US-East-VA"
    assert r.data[1].attributes.naptr == "us-east-va.sip.flowroute.com"


def _check_route_moved(r: RouteDocument) -> None:
    assert r.data.id == "98396"
    assert r.data.attributes.value == "pbx-west.example.test:5060"
    assert r.data.attributes.edge_strategy_id == 1


# ---- E911 ------------------------------------------------------------------------------


def _e911_body() -> E911AddressCreateRequest:
    return E911AddressCreateRequest(
        data=E911AddressCreateData(
            type_="e911",
            attributes=E911AddressCreateAttributes(
                label="HQ 4th floor",
                first_name="Dana",
                last_name="Okafor",
                street_number="410",
                street_name="Pine St",
                address_type=E911AddressType.SUITE,
                address_type_number="400",
                city="Spokane",
                state="WA",
                country=E911Country.US,
                zip_="99201",
            ),
        )
    )


def _check_e911_page(r: E911AddressPage) -> None:
    assert [a.id for a in r.data] == ["20930", "20931"]
    toronto = r.data[1].attributes
    assert toronto.zip_ == "M4C 5K7" and toronto.state == "ON" and toronto.address_type is None
    assert isinstance(r.links.next_, str) and r.links.next_.endswith("offset=2")


def _check_e911_hq(r: E911AddressDocument) -> None:
    assert r.data.id == "20930"
    attrs = r.data.attributes
    assert (attrs.street_number, attrs.street_name, attrs.zip_) == ("410", "Pine St", "99201")
    assert attrs.address_type == "Suite" and attrs.address_type_number == "400"


def _check_e911_moved(r: E911AddressDocument) -> None:
    assert r.data.attributes.address_type_number == "410"


def _check_e911_numbers(r: E911NumberPage) -> None:
    # The two documented examples disagree on what `id` is; the number is in `value`.
    assert [n.attributes.value for n in r.data] == ["15095550100", "15095550101"]
    assert r.data[0].id == "682705" and r.data[1].attributes.alias is None


# ---- CNAM ------------------------------------------------------------------------------


def _check_cnam_page(r: CnamPage) -> None:
    assert [c.attributes.value for c in r.data] == ["OKAFOR CONSULT", "CALL ME NOW"]
    # Not RFC 3339 (space separator), so kept as text.
    assert r.data[0].attributes.approval_datetime == "2024-03-04 17:02:11.402113+00:00"
    assert r.data[1].attributes.approval_datetime is None
    assert r.data[1].attributes.rejection_reason == "Misleading caller name"


def _check_cnam_created(r: CnamDocument) -> None:
    assert r.data.id == "4291" and r.data.attributes.is_approved is False


def _check_cnam_detail(r: CnamDocument) -> None:
    assert r.data.attributes.is_approved is True
    assert not isinstance(r.data.relationships, Unset) and not isinstance(r.data.relationships.numbers, Unset)
    assert [n.id for n in r.data.relationships.numbers.data] == ["15095550100"]
    assert not isinstance(r.included, Unset) and r.included[0].id == "15095550100"


def _check_cnam_renamed(r: CnamDocument) -> None:
    assert r.data.attributes.value == "OKAFOR CO"


def _check_cnam_assigned(r: CnamAssignmentDocument) -> None:
    assert r.data.id == 17604  # an integer in Flowroute's example
    assert r.data.attributes.date_created == "Fri, 01 Mar 2024 00:17:52 GMT"


def _check_cnam_unassigned(r: CnamAssignmentDocument) -> None:
    assert r.data.id is None


# ---- message provisioning ----------------------------------------------------------------


def _check_provisioning_single(r: MessageProvisioningStatusDocument) -> None:
    assert r.data.type_ == "message_provisioning_status"
    assert r.data.attributes.status == "processing" and r.data.attributes.tn == "+15095550100"


def _check_provisioning_bulk(r: MessageBulkProvisioningStatusDocument) -> None:
    numbers = r.data.attributes.numbers
    assert not isinstance(numbers, Unset)
    assert numbers.processing == ["+15095550101"] and numbers.successful == ["+15095550100"]


# ---- porting ---------------------------------------------------------------------------


def _check_portability(r: PortabilityDocument) -> None:
    assert r.data.portable == ["+15095550100"]
    assert r.data.nonportable == ["+14165550177"]
    assert r.data.hypernetwork_enabled == ["+15095550100"]


def _check_port_orders(r: PortOrderListDocument) -> None:
    assert r.data.type_ == "portorder_list"
    (order,) = r.data.attributes.orders.data
    assert order.id == "61234" and order.attributes.status == "pending"
    assert order.attributes.numbers == ["+15095550100", "+15095550101"]


def _check_port_order(r: PortOrderDocument) -> None:
    attrs = r.data.attributes
    assert r.data.id == "61234" and attrs.status == "pending"
    assert attrs.cost == "7.5" and attrs.group_id == "5120"
    assert isinstance(attrs.status_updated_at, datetime.datetime) and attrs.status_updated_at.day == 30
    assert not isinstance(attrs.presets, Unset) and attrs.presets.primary_route_id == "98396"
    assert not isinstance(attrs.billing_address, Unset) and attrs.billing_address.zip_ == "99201"


def _check_port_order_cancelled(r: PortOrderDocument) -> None:
    assert r.data.attributes.status == "cancelled"
    assert isinstance(r.data.attributes.numbers, Unset), "a cancel answers with the status only"


def _check_port_status(r: PortOrderStatusDocument) -> None:
    assert r.data.attributes.status == "submitted"
    assert isinstance(r.data.attributes.status_updated_at, datetime.datetime)


def _check_port_numbers(r: PortOrderDocument) -> None:
    assert r.data.attributes.numbers == ["+15095550100", "+15095550102"]


def _check_group_numbers(r: PortOrderGroupNumbersResult) -> None:
    assert r["data"]["attributes"]["group_id"] == "5120"


def _check_preset_removed(r: PortOrderDocument) -> None:
    presets = r.data.attributes.presets
    assert not isinstance(presets, Unset)
    assert presets.e911_id == "20930" and presets.primary_route_id is None


def _port_order_body() -> PortOrderCreateRequest:
    return PortOrderCreateRequest(
        data=PortOrderCreateData(
            type_="portorder",
            attributes=PortOrderCreateAttributes(
                numbers=["+15095550100", "+15095550101"],
                billing_name="Okafor Consulting LLC",
                provider="Example Telecom",
                street="410 Pine St",
                city="Spokane",
                state="WA",
                country=PortCountry.US,
                zip_="99201",
                usage_type=UsageType.BUSINESS,
                loa_details=LoaDetails(email="dana@example.test", cc=["ops@example.test"]),
            ),
        )
    )


def _port_update(attributes: PortOrderUpdateAttributes) -> PortOrderUpdateRequest:
    return PortOrderUpdateRequest(data=PortOrderUpdateData(type_="portorder", attributes=attributes))


# ---- CDR exports -----------------------------------------------------------------------


def _check_cdr_completed(export: CdrExport) -> None:
    attrs = export.attributes
    assert export.id == 203485  # an integer in the SDK README's example
    assert attrs.status == "completed" and attrs.callback_url is None
    assert attrs.total_cost == "34.321300" and attrs.num_calls == 1283  # money stays text
    assert isinstance(attrs.download_url, str) and ".csv.gz" in attrs.download_url
    assert isinstance(attrs.expires_at, datetime.datetime) and attrs.expires_at.day == 19
    assert not isinstance(attrs.filter_parameters, Unset)
    assert attrs.filter_parameters["start_call_start_time"] == "2024-02-01T00:00:00+00:00"


def _check_cdr_page_plain(r: CdrExportPage) -> None:
    (item,) = r.data
    assert isinstance(item, CdrExport)
    _check_cdr_completed(item)


def _check_cdr_page_wrapped(r: CdrExportPage) -> None:
    (item,) = r.data
    assert isinstance(item, CdrExportDocument)
    _check_cdr_completed(item.data)


def _check_cdr_started(r: CdrExportDocument) -> None:
    attrs = r.data.attributes
    assert r.data.id == "203486" and attrs.status == "processing"
    assert attrs.download_url is None and attrs.expires_at is None and attrs.total_cost is None


def _check_cdr_status(r: CdrExportDocument) -> None:
    _check_cdr_completed(r.data)


def _cdr_body() -> CdrExportCreateRequest:
    utc = datetime.UTC
    return CdrExportCreateRequest(
        data=CdrExportCreateData(
            type_="cdrexport",
            attributes=CdrExportCreateAttributes(
                callback_url="https://hooks.example.test/cdr",
                filter_parameters=CdrExportFilters(
                    start_call_start_time=datetime.datetime(2024, 3, 1, tzinfo=utc),
                    start_call_end_time=datetime.datetime(2024, 3, 15, tzinfo=utc),
                    number_aliases=["Front desk"],
                    duration_greater_than=10,
                ),
            ),
        )
    )


# ---- messages: account callbacks ---------------------------------------------------------


def _check_account_callback(r: AccountCallbackDocument) -> None:
    assert r.data.type_ == "callback"
    assert r.data.attributes.callback_url == "https://hooks.example.test/dlr"
    assert r.data.attributes.product == "dlr" and r.data.attributes.api_version == "v2.1"


NEW_CASES: dict[str, Case] = {
    # numbers
    "update_phone_number_details": Case(
        update_phone_number_details,
        lambda: {
            "id": NUMBER,
            "body": PhoneNumberUpdate(type_="number", alias="Denver desk", cnam_lookups_enabled=False),
        },
        PhoneNumberDocument,
        _check_renamed,
    ),
    "release_a_did": Case(release_a_did, lambda: {"id": NUMBER}, None, status=204),
    "set_number_messaging_callback": Case(
        set_number_messaging_callback,
        lambda: {"number_id": NUMBER, "relationship": NumberCallbackType.SMS_CALLBACK, "body": _flat_callback()},
        None,
        status=204,
    ),
    # routes
    "list_edge_strategies": Case(list_edge_strategies, dict, EdgeStrategyList, _check_edges),
    "update_an_inbound_route": Case(
        update_an_inbound_route,
        lambda: {
            "id": "98396",
            "body": RouteUpdateRequest(
                data=RouteUpdateData(
                    type_="route",
                    attributes=RouteUpdateAttributes(value="pbx-west.example.test:5060", edge_strategy_id=1),
                )
            ),
        },
        RouteDocument,
        _check_route_moved,
    ),
    "delete_an_inbound_route": Case(delete_an_inbound_route, lambda: {"id": "98396"}, None, status=204),
    "remove_number_route": Case(
        remove_number_route,
        lambda: {"number_id": NUMBER, "relationship": NumberRouteRelationship.FAILOVER_ROUTE},
        None,
        status=204,
    ),
    # E911
    "list_e911s": Case(list_e911s, lambda: {"limit": 2, "state": "WA"}, E911AddressPage, _check_e911_page),
    "get_e911": Case(get_e911, lambda: {"e911_id": "20930"}, E911AddressDocument, _check_e911_hq),
    "validate_address": Case(validate_address, lambda: {"body": _e911_body()}, None, status=204),
    "create_address": Case(create_address, lambda: {"body": _e911_body()}, E911AddressDocument, _check_e911_hq, 201),
    "update_address": Case(
        update_address,
        lambda: {
            "e911_id": "20930",
            "body": E911AddressUpdateRequest(
                data=E911AddressUpdateData(
                    type_="e911",
                    attributes=E911AddressUpdateAttributes(
                        address_type=E911AddressType.SUITE, address_type_number="410"
                    ),
                )
            ),
        },
        E911AddressDocument,
        _check_e911_moved,
    ),
    "delete_address": Case(delete_address, lambda: {"e911_id": "20930"}, None, status=204),
    "associate": Case(associate, lambda: {"number_id": NUMBER, "e911_id": "20930"}, None, status=204),
    "disconnect": Case(disconnect, lambda: {"number_id": NUMBER}, None, status=204),
    "list_dids_for_e911": Case(
        list_dids_for_e911, lambda: {"e911_id": "20930", "limit": 10}, E911NumberPage, _check_e911_numbers
    ),
    # CNAM
    "list_cnams": Case(list_cnams, lambda: {"limit": 2, "is_approved": True}, CnamPage, _check_cnam_page),
    "get_cnam": Case(get_cnam, lambda: {"cnam_id": "4281"}, CnamDocument, _check_cnam_detail),
    "create_cnam_record": Case(
        create_cnam_record,
        lambda: {"body": CnamCreateRequest(value="OKAFOR CONSULT")},
        CnamDocument,
        _check_cnam_created,
        201,
    ),
    "update_cnam_record": Case(
        update_cnam_record,
        lambda: {
            "cnam_id": "4291",
            "body": CnamUpdateRequest(
                data=CnamUpdateData(type_="cnam", attributes=CnamUpdateAttributes(value="OKAFOR CO"))
            ),
        },
        CnamDocument,
        _check_cnam_renamed,
    ),
    "remove_cnam": Case(remove_cnam, lambda: {"cnam_id": "4291"}, None, status=204),
    "associate_cnam": Case(
        associate_cnam,
        lambda: {"number_id": NUMBER, "cnam_id": "4281"},
        CnamAssignmentDocument,
        _check_cnam_assigned,
        202,
    ),
    "unassociate_cnam": Case(
        unassociate_cnam, lambda: {"number_id": NUMBER}, CnamAssignmentDocument, _check_cnam_unassigned, 202
    ),
    # message provisioning
    "set_message_provisioning": Case(
        set_message_provisioning,
        lambda: {
            "body": MessageProvisioningRequest(
                numbers=["+15095550100"],
                action=MessageProvisioningAction.ENABLE,
                callback_url="https://hooks.example.test/provisioning",
            )
        },
        MessageProvisioningStatusDocument,
        _check_provisioning_single,
        201,
    ),
    # porting
    "check_portability": Case(
        check_portability,
        lambda: {"body": PortabilityRequest(numbers=["+15095550100", "+14165550177"])},
        PortabilityDocument,
        _check_portability,
    ),
    "list_port_orders": Case(
        list_port_orders,
        lambda: {"numbers": ["+15095550100", "+15095550101"], "status": "pending", "limit": 10},
        PortOrderListDocument,
        _check_port_orders,
    ),
    "create_port_order": Case(
        create_port_order,
        lambda: {"body": _port_order_body()},
        PortOrderDocument,
        _check_port_order,
        201,
        headers={"Prefer": "code=201"},
    ),
    "get_port_order": Case(get_port_order, lambda: {"id": "61234"}, PortOrderDocument, _check_port_order),
    "get_port_order_status": Case(
        get_port_order_status, lambda: {"id": "61234"}, PortOrderStatusDocument, _check_port_status
    ),
    "update_port_order": Case(
        update_port_order,
        lambda: {
            "id": "61234",
            "body": _port_update(
                PortOrderUpdateAttributes(
                    alias="Spokane office move",
                    presets=PortOrderPresets(primary_route_id="98396", e911_id="20930"),
                )
            ),
        },
        PortOrderDocument,
        _check_port_order,
    ),
    "update_port_order_numbers": Case(
        update_port_order_numbers,
        lambda: {"id": "61234", "body": PortOrderNumbersChange(add=["+15095550102"], remove=["+15095550101"])},
        PortOrderDocument,
        _check_port_numbers,
    ),
    "add_numbers_to_port_order_group": Case(
        add_numbers_to_port_order_group,
        lambda: {"group_id": "5120", "body": PortOrderGroupNumbersRequest(add=["+15095550103"])},
        PortOrderGroupNumbersResult,
        _check_group_numbers,
    ),
    "remove_port_order_preset": Case(
        remove_port_order_preset,
        lambda: {"id": "61234", "preset": PortOrderPreset.PRIMARY_ROUTE_ID},
        PortOrderDocument,
        _check_preset_removed,
    ),
    # CDR exports
    "list_cdr_exports": Case(
        list_cdr_exports,
        lambda: {"status": CdrExportStatus.COMPLETED, "limit": 2},
        CdrExportPage,
        _check_cdr_page_wrapped,
    ),
    "create_cdr_export": Case(
        create_cdr_export, lambda: {"body": _cdr_body()}, CdrExportDocument, _check_cdr_started, 201
    ),
    "get_cdr_export_status": Case(
        get_cdr_export_status, lambda: {"id": "203485"}, CdrExportDocument, _check_cdr_status
    ),
    # messages: account callbacks
    "set_account_callback": Case(
        set_account_callback,
        lambda: {"callback_type": AccountCallbackType.SMS_DLR_CALLBACK, "body": _wrapped_callback()},
        None,
        status=204,
    ),
    "get_account_callback": Case(
        get_account_callback,
        lambda: {"callback_type": AccountCallbackType.DLR_CALLBACK},
        AccountCallbackDocument,
        _check_account_callback,
        callback_prism=True,
    ),
    "delete_account_callback": Case(
        delete_account_callback,
        lambda: {"callback_type": AccountCallbackType.MMS_CALLBACK},
        None,
        status=204,
    ),
}

# Second looks at operations whose answers come in more than one documented shape.
VARIANT_CASES: dict[str, Case] = {
    "set_number_messaging_callback wrapped body": Case(
        set_number_messaging_callback,
        lambda: {
            "number_id": NUMBER,
            "relationship": NumberCallbackType.MMS_DLR_CALLBACK,
            "body": _wrapped_callback(),
        },
        None,
        status=204,
    ),
    "set_account_callback flat body": Case(
        set_account_callback,
        lambda: {"callback_type": AccountCallbackType.SMS_CALLBACK, "body": _flat_callback()},
        None,
        status=204,
    ),
    "update_phone_number_details 207": Case(
        update_phone_number_details,
        lambda: {"id": NUMBER, "body": PhoneNumberUpdate(type_="number", messaging_enabled=True)},
        PhoneNumberDocument,
        _check_renamed,
        207,
        headers={"Prefer": "code=207"},
    ),
    "create_port_order answered 200": Case(
        create_port_order,
        lambda: {"body": _port_order_body()},
        PortOrderDocument,
        _check_port_order,
        200,
        headers={"Prefer": "code=200"},
    ),
    "update_port_order cancel": Case(
        update_port_order,
        lambda: {"id": "61234", "body": _port_update(PortOrderUpdateAttributes(status=PortOrderCancel.CANCELLED))},
        PortOrderDocument,
        _check_port_order_cancelled,
        headers={"Prefer": "example=cancelled"},
    ),
    "set_message_provisioning bulk": Case(
        set_message_provisioning,
        lambda: {
            "body": MessageProvisioningRequest(
                numbers=["+15095550100", "+15095550101"], action=MessageProvisioningAction.ENABLE
            )
        },
        MessageBulkProvisioningStatusDocument,
        _check_provisioning_bulk,
        201,
        headers={"Prefer": "example=bulk"},
    ),
    "list_cdr_exports plain items": Case(
        list_cdr_exports,
        lambda: {"limit": 2},
        CdrExportPage,
        _check_cdr_page_plain,
        headers={"Prefer": "example=plain"},
    ),
}

# Documented error answers of the new groups: (operation, status, title, detail).
ERROR_CASES: list[tuple[str, int, str | None, str]] = [
    ("validate_address", 400, "Client Error", "Could not geocode this address"),
    ("create_address", 400, "Client Error", "Could not geocode this address"),
    ("delete_an_inbound_route", 403, "This Route has numbers still associated to it.", "Please disassociate"),
    ("associate", 422, "Unprocessable Entity", "does not support emergency services"),
    ("remove_cnam", 404, "Resource not found", "CNAM record not found"),
    ("release_a_did", 404, None, "Could not find that resource on your account."),
    ("check_portability", 401, "Unauthorized", "Authentication failed."),
]

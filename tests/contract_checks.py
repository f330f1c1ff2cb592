"""Checks on the documented example values Prism answers with, by response model.

``tests/test_whole_api_contract.py`` runs them after each call of the later operations.
"""

from __future__ import annotations

import datetime

from flowroute_api.models import (
    AccountCallbackDocument,
    CdrExport,
    CdrExportDocument,
    CdrExportPage,
    CnamAssignmentDocument,
    CnamDocument,
    CnamPage,
    E911AddressDocument,
    E911AddressPage,
    E911NumberPage,
    EdgeStrategyList,
    MessageBulkProvisioningStatusDocument,
    MessageProvisioningStatusDocument,
    PhoneNumberDocument,
    PortabilityDocument,
    PortOrderDocument,
    PortOrderGroupNumbersResult,
    PortOrderListDocument,
    PortOrderStatusDocument,
    RouteDocument,
)
from flowroute_api.types import Unset

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


# ---- messages: account callbacks ---------------------------------------------------------


def _check_account_callback(r: AccountCallbackDocument) -> None:
    assert r.data.type_ == "callback"
    assert r.data.attributes.callback_url == "https://hooks.example.test/dlr"
    assert r.data.attributes.product == "dlr" and r.data.attributes.api_version == "v2.1"


# Second looks at operations whose answers come in more than one documented shape.

# Documented error answers of the new groups: (operation, status, title, detail).

"""Every wrapper method added for the 39 later operations, against a real Prism (--errors).

Each case runs on the sync client, the async client and the seed facade; Prism
rejects any request the spec does not allow, and answers with the documented
examples the checks look for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import flowroute
import httpx
import pytest
from flowroute import AsyncFlowrouteClient, FlowrouteClient
from flowroute.models import (
    AccountCallbackDocument,
    CdrExport,
    CdrExportDocument,
    CdrExportPage,
    Cnam,
    CnamAssignmentDocument,
    CnamDocument,
    CnamPage,
    E911Address,
    E911AddressDocument,
    E911AddressPage,
    E911Number,
    E911NumberPage,
    EdgeStrategyList,
    LoaDetails,
    MessageBulkProvisioningStatusDocument,
    MessageProvisioningStatusDocument,
    PhoneNumberDocument,
    PortabilityDocument,
    PortOrder,
    PortOrderDocument,
    PortOrderGroupNumbersResult,
    PortOrderListDocument,
    PortOrderPresets,
    PortOrderStatusDocument,
    RouteDocument,
)
from flowroutenumbersandmessaging.flowroutenumbersandmessaging_client import FlowroutenumbersandmessagingClient

from devtools.spec import response_example
from tests.contract_checks import (
    _check_account_callback,
    _check_cdr_page_plain,
    _check_cdr_page_wrapped,
    _check_cdr_started,
    _check_cdr_status,
    _check_cnam_assigned,
    _check_cnam_created,
    _check_cnam_detail,
    _check_cnam_page,
    _check_cnam_renamed,
    _check_cnam_unassigned,
    _check_e911_hq,
    _check_e911_moved,
    _check_e911_numbers,
    _check_e911_page,
    _check_edges,
    _check_group_numbers,
    _check_port_numbers,
    _check_port_order,
    _check_port_order_cancelled,
    _check_port_orders,
    _check_port_status,
    _check_portability,
    _check_preset_removed,
    _check_provisioning_bulk,
    _check_provisioning_single,
    _check_renamed,
    _check_route_moved,
)
from tests.fake_fixtures import Backend

pytestmark = pytest.mark.prism

NUMBER = "17205550147"
HOOK = "https://hooks.example.test/sms"
ADDRESS: dict[str, Any] = {
    "label": "HQ 4th floor",
    "first_name": "Dana",
    "last_name": "Okafor",
    "street_name": "Pine St",
    "street_number": "410",
    "city": "Spokane",
    "state": "wa",
    "country": "US",
    "zipcode": "99201",
    "address_type": "suite",
    "address_type_number": "400",
}
ADDRESS_POSITIONAL = tuple(ADDRESS[k] for k in list(ADDRESS)[:9])


@dataclass
class Op:
    resource: str
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    returns: type | None
    check: Callable[[Any], None] | None
    # (path, method, status, example name or None for the first) the answer comes from
    example: tuple[str, str, str, str | None] | None
    headers: dict[str, str] = field(default_factory=dict)
    callback_prism: bool = False


def op(
    resource: str,
    method: str,
    *args: Any,
    returns: type | None = None,
    check: Callable[[Any], None] | None = None,
    example: tuple[str, str, str, str | None] | None = None,
    headers: dict[str, str] | None = None,
    callback_prism: bool = False,
    **kwargs: Any,
) -> Op:
    return Op(resource, method, args, kwargs, returns, check, example, headers or {}, callback_prism)


NUMBER_DOC = ("/v2/numbers/{id}", "patch", "200", None)
PORT_ORDER = ("/v2/portorders/{id}", "patch", "200", None)

NEW_OPS: dict[str, Op] = {
    # numbers
    "update_phone_number_details": op(
        "numbers",
        "update_phone_number_details",
        NUMBER,
        alias="Denver desk",
        cnam_lookups_enabled=False,
        returns=PhoneNumberDocument,
        check=_check_renamed,
        example=NUMBER_DOC,
    ),
    "update_phone_number_details 207": op(
        "numbers",
        "update_phone_number_details",
        NUMBER,
        messaging_enabled=True,
        messaging_email=True,
        messaging_callback_url="https://hooks.example.test/provisioned",
        returns=PhoneNumberDocument,
        check=_check_renamed,
        example=("/v2/numbers/{id}", "patch", "207", None),
        headers={"Prefer": "code=207"},
    ),
    "set_did_alias": op(
        "numbers",
        "set_did_alias",
        NUMBER,
        "Denver desk",
        returns=PhoneNumberDocument,
        check=_check_renamed,
        example=NUMBER_DOC,
    ),
    "release_a_did": op("numbers", "release_a_did", "+" + NUMBER),
    "set_number_messaging_callback": op("numbers", "set_number_messaging_callback", NUMBER, "mms_dlr_callback", HOOK),
    "set_did_callback": op("numbers", "set_did_callback", int(NUMBER), HOOK),
    # routes
    "update_an_inbound_route": op(
        "routes",
        "update_an_inbound_route",
        98396,
        '{"data": {"type": "route", "attributes": {"value": "pbx-west.example.test:5060", "edge_strategy_id": 1}}}',
        returns=RouteDocument,
        check=_check_route_moved,
        example=("/v2/routes/{id}", "patch", "200", None),
    ),
    "update_route": op(
        "routes",
        "update_route",
        "98396",
        value="pbx-west.example.test:5060",
        edge_strategy_id=1,
        returns=RouteDocument,
        check=_check_route_moved,
        example=("/v2/routes/{id}", "patch", "200", None),
    ),
    "delete_an_inbound_route": op("routes", "delete_an_inbound_route", "98396"),
    "list_edge_strategies": op(
        "routes",
        "list_edge_strategies",
        returns=EdgeStrategyList,
        check=_check_edges,
        example=("/v2/routes/edge_strategies", "get", "200", None),
    ),
    "remove_number_route": op("routes", "remove_number_route", NUMBER, "failover_route"),
    # messages: webhooks
    "set_account_callback": op("messages", "set_account_callback", "sms_dlr_callback", HOOK),
    "get_account_callback": op(
        "messages",
        "get_account_callback",
        "dlr_callback",
        returns=AccountCallbackDocument,
        check=_check_account_callback,
        example=("/v2.1/messages/{callback_type}", "get", "200", None),
        callback_prism=True,
    ),
    "delete_account_callback": op("messages", "delete_account_callback", "mms_callback"),
    "set_account_level_sms_callback": op("messages", "set_account_level_sms_callback", HOOK),
    "set_account_level_mms_callback": op("messages", "set_account_level_mms_callback", HOOK),
    "set_account_level_dlr_callback": op("messages", "set_account_level_dlr_callback", HOOK),
    "set_did_level_dlr_callback": op("messages", "set_did_level_dlr_callback", NUMBER, HOOK),
    # E911
    "list_e911s": op(
        "e911s",
        "list_e911s",
        2,
        None,
        "WA",
        returns=E911AddressPage,
        check=_check_e911_page,
        example=("/v2/e911s", "get", "200", None),
    ),
    "list_e911s filters": op(
        "e911s",
        "list_e911s",
        label="HQ",
        city="Spok",
        street_name="Pine",
        returns=E911AddressPage,
        check=_check_e911_page,
        example=("/v2/e911s", "get", "200", None),
    ),
    "get_e911": op(
        "e911s",
        "get_e911",
        20930,
        returns=E911AddressDocument,
        check=_check_e911_hq,
        example=("/v2/e911s/{e911_id}", "get", "200", None),
    ),
    "validate_address": op("e911s", "validate_address", **ADDRESS),
    "validate_address positional": op("e911s", "validate_address", *ADDRESS_POSITIONAL),
    "create_address": op(
        "e911s",
        "create_address",
        **ADDRESS,
        returns=E911AddressDocument,
        check=_check_e911_hq,
        example=("/v2/e911s", "post", "201", None),
    ),
    "update_address": op(
        "e911s",
        "update_address",
        "20930",
        address_type="Suite",
        address_type_number="410",
        returns=E911AddressDocument,
        check=_check_e911_moved,
        example=("/v2/e911s/{e911_id}", "patch", "200", None),
    ),
    "delete_address": op("e911s", "delete_address", "20930"),
    "associate": op("e911s", "associate", "20930", NUMBER),
    "disconnect": op("e911s", "disconnect", NUMBER),
    "list_dids_for_e911": op(
        "e911s",
        "list_dids_for_e911",
        "20930",
        10,
        returns=E911NumberPage,
        check=_check_e911_numbers,
        example=("/v2/e911s/{e911_id}/relationships/numbers", "get", "200", None),
    ),
    # CNAM
    "list_cnams": op(
        "cnams",
        "list_cnams",
        2,
        None,
        True,
        value="okafor",
        returns=CnamPage,
        check=_check_cnam_page,
        example=("/v2/cnams", "get", "200", None),
    ),
    "get_cnam": op(
        "cnams",
        "get_cnam",
        "4281",
        returns=CnamDocument,
        check=_check_cnam_detail,
        example=("/v2/cnams/{cnam_id}", "get", "200", None),
    ),
    "create_cnam_record": op(
        "cnams",
        "create_cnam_record",
        "OKAFOR CONSULT",
        returns=CnamDocument,
        check=_check_cnam_created,
        example=("/v2/cnams", "post", "201", None),
    ),
    "update_cnam_record": op(
        "cnams",
        "update_cnam_record",
        4291,
        "OKAFOR CO",
        returns=CnamDocument,
        check=_check_cnam_renamed,
        example=("/v2/cnams/{cnam_id}", "patch", "200", None),
    ),
    "remove_cnam": op("cnams", "remove_cnam", "4291"),
    "associate_cnam": op(
        "cnams",
        "associate_cnam",
        "4281",
        NUMBER,
        returns=CnamAssignmentDocument,
        check=_check_cnam_assigned,
        example=("/v2/numbers/{number_id}/relationships/cnams/{cnam_id}", "patch", "202", None),
    ),
    "unassociate_cnam": op(
        "cnams",
        "unassociate_cnam",
        NUMBER,
        returns=CnamAssignmentDocument,
        check=_check_cnam_unassigned,
        example=("/v2/numbers/{number_id}/relationships/cnams", "delete", "202", None),
    ),
    # message provisioning
    "set_message_provisioning": op(
        "message_provisioning",
        "set_message_provisioning",
        ["+15095550100"],
        "enable",
        callback_url="https://hooks.example.test/provisioning",
        email=False,
        returns=MessageProvisioningStatusDocument,
        check=_check_provisioning_single,
        example=("/v2/message-provision", "post", "201", None),
    ),
    "set_message_provisioning bulk": op(
        "message_provisioning",
        "set_message_provisioning",
        ["+15095550100", "+15095550101"],
        "enable",
        returns=MessageBulkProvisioningStatusDocument,
        check=_check_provisioning_bulk,
        example=("/v2/message-provision", "post", "201", "bulk"),
        headers={"Prefer": "example=bulk"},
    ),
    # porting
    "check_portability": op(
        "porting",
        "check_portability",
        ["+15095550100", "+14165550177"],
        returns=PortabilityDocument,
        check=_check_portability,
        example=("/v2/portorders/portability", "post", "200", None),
    ),
    "create_port_order": op(
        "porting",
        "create_port_order",
        ["+15095550100", "+15095550101"],
        "Okafor Consulting LLC",
        "Example Telecom",
        street="410 Pine St",
        city="Spokane",
        state="WA",
        country="US",
        zipcode="99201",
        usage_type="Business",
        loa_details=LoaDetails(email="dana@example.test", cc=["ops@example.test"]),
        returns=PortOrderDocument,
        check=_check_port_order,
        example=("/v2/portorders", "post", "201", None),
        headers={"Prefer": "code=201"},
    ),
    "list_port_orders": op(
        "porting",
        "list_port_orders",
        10,
        numbers=["+15095550100", "+15095550101"],
        status="pending",
        created_after=datetime(2024, 4, 1, tzinfo=UTC),
        returns=PortOrderListDocument,
        check=_check_port_orders,
        example=("/v2/portorders", "get", "200", None),
    ),
    "get_port_order": op(
        "porting",
        "get_port_order",
        61234,
        returns=PortOrderDocument,
        check=_check_port_order,
        example=("/v2/portorders/{id}", "get", "200", None),
    ),
    "get_port_order_status": op(
        "porting",
        "get_port_order_status",
        "61234",
        returns=PortOrderStatusDocument,
        check=_check_port_status,
        example=("/v2/portorders/{id}/status", "get", "200", None),
    ),
    "update_port_order": op(
        "porting",
        "update_port_order",
        "61234",
        alias="Spokane office move",
        presets=PortOrderPresets(primary_route_id="98396", e911_id="20930"),
        returns=PortOrderDocument,
        check=_check_port_order,
        example=PORT_ORDER,
    ),
    "update_port_order dict presets": op(
        "porting",
        "update_port_order",
        "61234",
        presets={"cnam_id": "4281"},
        billing_name="Okafor LLC",
        returns=PortOrderDocument,
        check=_check_port_order,
        example=PORT_ORDER,
    ),
    "cancel_port_order": op(
        "porting",
        "cancel_port_order",
        "61234",
        returns=PortOrderDocument,
        check=_check_port_order_cancelled,
        example=("/v2/portorders/{id}", "patch", "200", "cancelled"),
        headers={"Prefer": "example=cancelled"},
    ),
    "update_port_order_numbers": op(
        "porting",
        "update_port_order_numbers",
        "61234",
        add=["+15095550102"],
        remove=["+15095550101"],
        returns=PortOrderDocument,
        check=_check_port_numbers,
        example=("/v2/portorders/{id}/relationships/numbers", "patch", "200", None),
    ),
    "add_numbers_to_port_order_group": op(
        "porting",
        "add_numbers_to_port_order_group",
        "5120",
        ["+15095550103"],
        returns=PortOrderGroupNumbersResult,
        check=_check_group_numbers,
        example=("/v2/portorders/{group_id}/numbers", "post", "200", None),
    ),
    "remove_port_order_preset": op(
        "porting",
        "remove_port_order_preset",
        "61234",
        "primary_route_id",
        returns=PortOrderDocument,
        check=_check_preset_removed,
        example=("/v2/portorders/{id}/presets/{preset}", "delete", "200", None),
    ),
    # CDR exports
    "list_cdr_exports": op(
        "cdrs",
        "list_cdr_exports",
        2,
        None,
        "completed",
        returns=CdrExportPage,
        check=_check_cdr_page_wrapped,
        example=("/v2/cdrs/exports", "get", "200", None),
    ),
    "list_cdr_exports plain": op(
        "cdrs",
        "list_cdr_exports",
        2,
        returns=CdrExportPage,
        check=_check_cdr_page_plain,
        example=("/v2/cdrs/exports", "get", "200", "plain"),
        headers={"Prefer": "example=plain"},
    ),
    "list_cdrs": op(
        "cdrs",
        "list_cdrs",
        2,
        0,
        "completed",
        returns=CdrExportPage,
        check=_check_cdr_page_wrapped,
        example=("/v2/cdrs/exports", "get", "200", None),
    ),
    "create_cdr_export": op(
        "cdrs",
        "create_cdr_export",
        {"number_aliases": ["Front desk"], "duration_greater_than": 10},
        "https://hooks.example.test/cdr",
        start_call_start_time=datetime(2024, 3, 1),
        start_call_end_time="2024-03-15T00:00:00Z",
        returns=CdrExportDocument,
        check=_check_cdr_started,
        example=("/v2/cdrs/exports", "post", "201", None),
    ),
    "get_cdr_export_status": op(
        "cdrs",
        "get_cdr_export_status",
        203485,
        returns=CdrExportDocument,
        check=_check_cdr_status,
        example=("/v2/cdrs/exports/{id}", "get", "200", None),
    ),
}

# The new controllers; numbers/routes/messages also have the seed's methods (tests/test_wrapper_contract.py).
NEW_CONTROLLERS = ("e911s", "cnams", "porting", "cdrs", "message_provisioning")
# Tested below against loopback servers rather than Prism.
LOCAL_METHODS = {"download_cdr_export", "parse_cdr_export"}


def _base(op: Op, backend: Backend) -> str:
    return backend.callback_read_url() if op.callback_prism else backend.url


def test_every_hand_written_method_is_covered() -> None:
    # Every spec operation runs in tests/test_spec_contract.py; these cases add the
    # conveniences written by hand and the documented example values.
    covered = {(op.resource, op.method) for op in NEW_OPS.values()}
    client = FlowrouteClient("a", "b")
    for resource in NEW_CONTROLLERS:
        controller = getattr(client, resource)
        public = {name for name in dir(controller) if not name.startswith("_")}
        hand_written = {name for name in vars(type(controller)) if not name.startswith("_")} - LOCAL_METHODS
        mine = {method for res, method in covered if res == resource}
        assert hand_written <= mine, (resource, hand_written - mine)
        assert mine <= public, (resource, mine - public)


@pytest.mark.parametrize("name", sorted(NEW_OPS))
def test_sync_client(backend: Backend, name: str) -> None:
    op = NEW_OPS[name]
    http = httpx.Client(headers=op.headers)
    with FlowrouteClient("access-key", "secret-key", base_url=_base(op, backend), http_client=http) as client:
        result = getattr(getattr(client, op.resource), op.method)(*op.args, **op.kwargs)
    http.close()
    if op.returns is None:
        assert result is None
    else:
        assert isinstance(result, op.returns)
        assert op.check is not None
        op.check(result)


@pytest.mark.parametrize("name", sorted(NEW_OPS))
async def test_async_client(backend: Backend, name: str) -> None:
    op = NEW_OPS[name]
    http = httpx.AsyncClient(headers=op.headers)
    async with AsyncFlowrouteClient("access-key", "secret-key", base_url=_base(op, backend), http_client=http) as c:
        result = await getattr(getattr(c, op.resource), op.method)(*op.args, **op.kwargs)
    await http.aclose()
    if op.returns is None:
        assert result is None
    else:
        assert isinstance(result, op.returns)
        assert op.check is not None
        op.check(result)


@pytest.mark.parametrize("name", sorted(NEW_OPS))
def test_facade_returns_the_servers_json(backend: Backend, name: str) -> None:
    op = NEW_OPS[name]
    http = httpx.Client(headers=op.headers)
    base_url = _base(op, backend)
    with FlowroutenumbersandmessagingClient("access-key", "secret-key", base_url=base_url, http_client=http) as f:
        result = getattr(getattr(f, op.resource), op.method)(*op.args, **op.kwargs)
    http.close()
    if op.example is None:
        assert result is None
    else:
        assert result == response_example(*op.example)


def test_facade_keeps_the_later_sdks_other_names(backend_url: str) -> None:
    with FlowroutenumbersandmessagingClient("access-key", "secret-key", base_url=backend_url) as facade:
        porting: Any = facade.porting
        cdrs: Any = facade.cdrs
        assert porting.checkPortability(["+15095550100"]) == response_example(
            "/v2/portorders/portability", "post", "200", None
        )
        created = cdrs.create_cdr(
            {"start_call_start_time": "2024-03-01T00:00:00Z", "start_call_end_time": "2024-03-02T00:00:00Z"}
        )
        assert created == response_example("/v2/cdrs/exports", "post", "201", None)
        assert cdrs.list_cdrs(1) == response_example("/v2/cdrs/exports", "get", "200", None)
    # camelCase stays on the facade only.
    assert not hasattr(FlowrouteClient("a", "b").porting, "checkPortability")


@pytest.mark.parametrize(
    ("resource", "method", "args", "code", "exc"),
    [
        ("e911s", "validate_address", ADDRESS_POSITIONAL, 400, flowroute.BadRequestError),
        ("e911s", "create_address", ADDRESS_POSITIONAL, 400, flowroute.BadRequestError),
        ("routes", "delete_an_inbound_route", ("98396",), 403, flowroute.PermissionDeniedError),
        ("cnams", "remove_cnam", ("4291",), 404, flowroute.NotFoundError),
        ("e911s", "associate", ("20930", NUMBER), 422, flowroute.UnprocessableEntityError),
        ("numbers", "release_a_did", (NUMBER,), 404, flowroute.NotFoundError),
        ("porting", "check_portability", (["+15095550100"],), 401, flowroute.AuthenticationError),
    ],
)
def test_documented_errors_raise_typed_errors(
    backend_url: str, resource: str, method: str, args: tuple[Any, ...], code: int, exc: type[flowroute.APIStatusError]
) -> None:
    http = httpx.Client(headers={"Prefer": f"code={code}"})
    client = FlowrouteClient("access-key", "secret-key", base_url=backend_url, http_client=http, max_retries=0)
    with pytest.raises(exc) as info:
        getattr(getattr(client, resource), method)(*args)
    http.close()
    assert info.value.status_code == code
    assert info.value.errors and info.value.errors[0].status == code


# --- paginators against Prism (one documented page each) --------------------------------------


def _iterators(client: FlowrouteClient | AsyncFlowrouteClient) -> dict[str, Any]:
    return {
        "e911s": client.e911s.iter_e911s("WA", page_size=10),
        "dids": client.e911s.iter_dids_for_e911("20930", page_size=10),
        "cnams": client.cnams.iter_cnams(True, page_size=10),
        "cdrs": client.cdrs.iter_cdr_exports("completed", page_size=10),
        "orders": client.porting.iter_port_orders(status="pending", page_size=10),
    }


def _check_iterated(found: dict[str, list[Any]]) -> None:
    assert [type(x) for x in found["e911s"]] == [E911Address, E911Address]
    assert [x.attributes.value for x in found["dids"]] == ["15095550100", "15095550101"]
    assert all(isinstance(x, E911Number) for x in found["dids"])
    assert [x.attributes.value for x in found["cnams"]] == ["OKAFOR CONSULT", "CALL ME NOW"]
    assert all(isinstance(x, Cnam) for x in found["cnams"])
    (export,) = found["cdrs"]
    assert isinstance(export, CdrExport) and export.id == 203485
    (order,) = found["orders"]
    assert isinstance(order, PortOrder) and order.id == "61234"


def test_new_iterators_sync(backend_url: str) -> None:
    with FlowrouteClient("access-key", "secret-key", base_url=backend_url) as client:
        _check_iterated({name: list(it) for name, it in _iterators(client).items()})


async def test_new_iterators_async(backend_url: str) -> None:
    async with AsyncFlowrouteClient("access-key", "secret-key", base_url=backend_url) as client:
        found = {name: [x async for x in it] for name, it in _iterators(client).items()}
    _check_iterated(found)


@pytest.mark.parametrize("example", ["wrapped", "plain"])
def test_cdr_list_items_come_out_plain(backend_url: str, example: str) -> None:
    http = httpx.Client(headers={"Prefer": f"example={example}"})
    with FlowrouteClient("access-key", "secret-key", base_url=backend_url, http_client=http) as client:
        (export,) = list(client.cdrs.iter_cdr_exports(page_size=5))
    http.close()
    assert isinstance(export, CdrExport) and export.attributes.status == "completed"

"""E911 addresses, CNAM records, port orders and CDR exports on the fake, through their state changes."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flowroute import (
    FlowrouteClient,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
    parse_cdr_export,
)
from flowroute.testing import FakeFlowroute

pytestmark = pytest.mark.flowroute_fake(validate_responses=True)

ADDRESS: dict[str, Any] = {
    "label": "HQ 4th floor",
    "first_name": "Dana",
    "last_name": "Okafor",
    "street_name": "Pine St",
    "street_number": "410",
    "city": "Spokane",
    "state": "WA",
    "country": "US",
    "zipcode": "99201",
}


def test_e911_addresses_are_created_listed_updated_and_filtered(flowroute_client: FlowrouteClient) -> None:
    flowroute_client.e911s.validate_address(**ADDRESS)
    assert flowroute_client.e911s.list_e911s().data == []
    hq = flowroute_client.e911s.create_address(**ADDRESS, address_type="suite", address_type_number="400")
    assert hq.data.attributes.address_type == "Suite"
    other = flowroute_client.e911s.create_address(**{**ADDRESS, "label": "Depot", "city": "Tacoma"})
    assert [a.id for a in flowroute_client.e911s.list_e911s(label="hq").data] == [hq.data.id]
    assert [a.id for a in flowroute_client.e911s.list_e911s(city="taco").data] == [other.data.id]
    moved = flowroute_client.e911s.update_address(hq.data.id, street_number="412")
    assert moved.data.attributes.street_number == "412"
    assert flowroute_client.e911s.get_e911(hq.data.id).data.attributes.street_number == "412"


def test_e911_association_follows_numbers_and_blocks_deletion(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    number = flowroute_fake.own_number()
    hq = flowroute_client.e911s.create_address(**ADDRESS).data.id
    flowroute_client.e911s.associate(hq, number)
    assert [n.attributes.value for n in flowroute_client.e911s.list_dids_for_e911(hq).data] == [number]
    details = flowroute_client.numbers.list_phone_number_details(number).data.relationships
    assert details.e911_address.data is not None and details.e911_address.data.id == hq
    with pytest.raises(PermissionDeniedError):
        flowroute_client.e911s.delete_address(hq)
    flowroute_client.e911s.disconnect(number)
    assert flowroute_client.e911s.list_dids_for_e911(hq).data == []
    flowroute_client.e911s.delete_address(hq)
    with pytest.raises(NotFoundError):
        flowroute_client.e911s.get_e911(hq)


def test_toll_free_numbers_cannot_take_e911(flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient) -> None:
    toll_free = next(n for n, p in flowroute_fake.state.inventory.items() if p.number_type == "toll-free")
    flowroute_fake.own_number(toll_free)
    hq = flowroute_client.e911s.create_address(**ADDRESS).data.id
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.e911s.associate(hq, toll_free)


def test_cnam_records_need_approval_before_assignment(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    number = flowroute_fake.own_number()
    created = flowroute_client.cnams.create_cnam_record("OKAFOR CONSULT").data
    assert created.attributes.is_approved is False
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.cnams.associate_cnam(created.id, number)
    renamed = flowroute_client.cnams.update_cnam_record(created.id, "OKAFOR CO")
    assert renamed.data.attributes.value == "OKAFOR CO"
    flowroute_fake.approve_cnam(created.id)
    assert [c.id for c in flowroute_client.cnams.list_cnams(is_approved=True).data] == [created.id]
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.cnams.update_cnam_record(created.id, "TOO LATE")
    assigned = flowroute_client.cnams.associate_cnam(created.id, number)
    assert str(assigned.data.id) == created.id
    detail = flowroute_client.cnams.get_cnam(created.id)
    assert detail.to_dict()["data"]["relationships"]["numbers"]["data"] == [{"type": "number", "id": number}]
    preset = flowroute_client.numbers.list_phone_number_details(number).data.relationships.cnam_preset.data
    assert preset is not None and preset.id == created.id
    unassigned = flowroute_client.cnams.unassociate_cnam(number)
    assert unassigned.data.id is None
    assert flowroute_client.numbers.list_phone_number_details(number).data.relationships.cnam_preset.data is None


def test_removing_a_cnam_unassigns_it_and_a_second_remove_is_404(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    number = flowroute_fake.own_number()
    cnam = flowroute_client.cnams.create_cnam_record("ACME").data.id
    flowroute_fake.approve_cnam(cnam)
    flowroute_client.cnams.associate_cnam(cnam, number)
    flowroute_client.cnams.remove_cnam(cnam)
    assert flowroute_fake.state.numbers[number].cnam_id is None
    with pytest.raises(NotFoundError) as info:
        flowroute_client.cnams.remove_cnam(cnam)
    assert info.value.errors[0].detail == "CNAM record not found. Nothing to delete."


def test_cnam_names_are_checked_against_the_spec(flowroute_fake: FakeFlowroute) -> None:
    with flowroute_fake.http_client(auth=("fake-access-key", "fake-secret-key")) as http:
        response = http.post("/v2/cnams", json={"value": "A NAME THAT IS FAR TOO LONG"})
    assert response.status_code == 422


def test_port_orders_move_through_states_and_completion_brings_the_numbers_in(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    assert flowroute_client.porting.check_portability(["+15095550100", "+14165550177"]).data.nonportable == [
        "+14165550177"
    ]
    route = flowroute_client.routes.create_route(alias="pbx", route_type="host", value="pbx.example.test").data.id
    order = flowroute_client.porting.create_port_order(
        ["+15095550100", "+15095550101"], "Okafor LLC", "Example Telecom", state="WA"
    ).data
    assert order.attributes.status == "pending"
    flowroute_client.porting.update_port_order_numbers(order.id, add=["+15095550102"], remove=["+15095550101"])
    flowroute_client.porting.update_port_order(order.id, alias="Spokane move", presets={"primary_route_id": route})
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.porting.update_port_order(order.id, presets={"cnam_id": "999"})
    flowroute_fake.set_port_order_status(order.id, "submitted")
    assert flowroute_client.porting.get_port_order_status(order.id).data.attributes.status == "submitted"
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.porting.update_port_order_numbers(order.id, add=["+15095550103"])
    flowroute_fake.set_port_order_status(order.id, "completed")
    numbers = [n.id for n in flowroute_client.numbers.list_account_phone_numbers().data]
    assert numbers == ["15095550100", "15095550102"]
    detail = flowroute_client.numbers.list_phone_number_details("15095550102").data
    assert detail.attributes.alias == "Spokane move"
    assert detail.relationships.primary_route.data is not None and detail.relationships.primary_route.data.id == route
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.porting.cancel_port_order(order.id)


def test_port_orders_are_listed_by_status_and_cancelled(flowroute_client: FlowrouteClient) -> None:
    first = flowroute_client.porting.create_port_order(["+15095550100"], "A", "Example Telecom").data.id
    second = flowroute_client.porting.create_port_order(["+15095550101"], "B", "Example Telecom").data.id
    cancelled = flowroute_client.porting.cancel_port_order(second)
    assert cancelled.data.attributes.status == "cancelled"
    pending = flowroute_client.porting.list_port_orders(status="pending")
    assert [o.id for o in pending.data.attributes.orders.data] == [first]
    by_number = flowroute_client.porting.list_port_orders(numbers=["+15095550101"])
    assert [o.id for o in by_number.data.attributes.orders.data] == [second]
    with pytest.raises(NotFoundError):
        flowroute_client.porting.get_port_order("777")


def test_cdr_exports_complete_and_download_from_the_fake(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, tmp_path: Path
) -> None:
    flowroute_fake.own_number()
    started = flowroute_client.cdrs.create_cdr_export(
        start_call_start_time=datetime(2024, 3, 1, tzinfo=UTC), start_call_end_time=datetime(2024, 3, 2, tzinfo=UTC)
    ).data
    assert started.attributes.status == "processing" and started.attributes.download_url is None
    first_poll = flowroute_client.cdrs.get_cdr_export_status(started.id).data
    assert first_poll.attributes.status == "processing"
    assert [e.id for e in flowroute_client.cdrs.iter_cdr_exports("processing")] == [started.id]
    done = flowroute_client.cdrs.get_cdr_export_status(started.id).data
    assert done.attributes.status == "completed"
    assert isinstance(done.attributes.download_url, str)
    path = flowroute_client.cdrs.download_cdr_export(started.id, tmp_path / "calls.csv.gz")
    records = list(parse_cdr_export(path))
    assert len(records) == done.attributes.num_calls == 3
    assert sum(r.total_cost or Decimal(0) for r in records) == Decimal(str(done.attributes.total_cost))


def test_a_cdr_export_can_be_finished_on_demand(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    started = flowroute_client.cdrs.create_cdr_export(
        start_call_start_time="2024-03-01T00:00:00Z", start_call_end_time="2024-03-02T00:00:00Z"
    ).data
    flowroute_fake.complete_cdr_export(str(started.id))
    assert flowroute_client.cdrs.get_cdr_export_status(started.id).data.attributes.status == "completed"
    with pytest.raises(NotFoundError):
        flowroute_client.cdrs.get_cdr_export_status("999999")


def test_port_order_groups_and_presets(flowroute_client: FlowrouteClient) -> None:
    route = flowroute_client.routes.create_route(alias="pbx", route_type="host", value="pbx.example.test").data.id
    order = flowroute_client.porting.create_port_order(["+15095550100"], "Okafor LLC", "Example Telecom").data
    group = str(order.attributes.group_id)
    added = flowroute_client.porting.add_numbers_to_port_order_group(group, ["+15095550103"])
    assert added.to_dict()["data"]["attributes"] == {
        "group_id": group,
        "numbers": ["+15095550103"],
        "status": "pending",
    }
    in_group = flowroute_client.porting.list_port_orders(status="pending").data.attributes.orders.data
    assert [o.attributes.group_id for o in in_group] == [group, group]
    flowroute_client.porting.update_port_order(order.id, presets={"primary_route_id": route, "failover_route_id": "0"})
    removed = flowroute_client.porting.remove_port_order_preset(order.id, "primary_route_id")
    presets = removed.to_dict()["data"]["attributes"]["presets"]
    assert (presets["primary_route_id"], presets["failover_route_id"]) == (None, "0")
    with pytest.raises(NotFoundError):
        flowroute_client.porting.add_numbers_to_port_order_group("424242", ["+15095550104"])


def test_port_order_details_change_only_while_pending_or_rejected(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    order = flowroute_client.porting.create_port_order(["+15095550100"], "Okafor LLC", "Example Telecom").data.id
    renamed = flowroute_client.porting.update_port_order(order, billing_name="Okafor Co", city="Tacoma")
    assert renamed.data.attributes.billing_name == "Okafor Co"
    flowroute_fake.set_port_order_status(order, "submitted")
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.porting.update_port_order(order, billing_name="Too Late LLC")
    # the alias may still change
    assert flowroute_client.porting.update_port_order(order, alias="HQ").data.attributes.alias == "HQ"
    flowroute_fake.set_port_order_status(order, "rejected")
    flowroute_client.porting.update_port_order(order, billing_name="Fixed LLC")


def test_non_us_numbers_cannot_be_ordered_for_porting(flowroute_client: FlowrouteClient) -> None:
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.porting.create_port_order(["+14165550177"], "Okafor LLC", "Example Telecom")

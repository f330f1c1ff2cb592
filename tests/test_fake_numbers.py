"""FakeFlowroute keeps numbers and routes the way the API does (every answer checked against the spec)."""

from __future__ import annotations

import asyncio
import threading
from datetime import date, timedelta

import httpx
import pytest
from flowroute import (
    FlowrouteClient,
    InvalidParameterError,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from flowroute.testing import FakeFlowroute

pytestmark = pytest.mark.flowroute_fake(validate_responses=True)


def test_inventory_is_the_same_for_the_same_seed_and_differs_across_seeds() -> None:
    def first_ten(seed: int) -> list[str]:
        with FakeFlowroute(seed=seed).client() as client:
            return [n.id for n in client.numbers.search_for_purchasable_phone_numbers(starts_with=206, limit=10).data]

    assert first_ten(1) == first_ten(1)
    assert first_ten(1) != first_ten(2)
    assert all(n.startswith("1206") for n in first_ten(1))


def test_area_codes_and_exchanges_link_to_what_they_contain(flowroute_client: FlowrouteClient) -> None:
    areas = flowroute_client.numbers.list_available_area_codes(limit=400)
    assert "206" in [a.id for a in areas.data]
    exchanges = flowroute_client.numbers.list_available_exchange_codes(limit=200, areacode=206)
    assert exchanges.data and all(e.id.startswith("206") for e in exchanges.data)
    exchange = exchanges.data[0].id
    found = flowroute_client.numbers.search_for_purchasable_phone_numbers(starts_with=f"1{exchange}", limit=200)
    assert found.data and all(n.attributes.value.startswith(f"1{exchange}") for n in found.data)


def test_max_setup_cost_filters_area_codes(flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient) -> None:
    cheapest = min(n.setup_cost for n in flowroute_fake.state.inventory.values())
    cheap = {a.id for a in flowroute_client.numbers.list_available_area_codes(limit=400, max_setup_cost=cheapest).data}
    every = {a.id for a in flowroute_client.numbers.list_available_area_codes(limit=400).data}
    allowed = {n.area_code for n in flowroute_fake.state.inventory.values() if n.setup_cost <= cheapest}
    assert cheap == allowed and cheap <= every


def test_search_filters_combine(flowroute_client: FlowrouteClient) -> None:
    page = flowroute_client.numbers.search_for_purchasable_phone_numbers(
        starts_with=646, contains=3, ends_with=7, limit=200
    )
    assert page.data
    for n in page.data:
        assert n.id.startswith("1646") and "3" in n.id and n.id.endswith("7")
    wa = flowroute_client.numbers.search_for_purchasable_phone_numbers(state="WA", limit=200)
    assert {n.attributes.state for n in wa.data} == {"wa"}


def test_pages_follow_limit_offset_and_links_next(flowroute_client: FlowrouteClient) -> None:
    first = flowroute_client.numbers.search_for_purchasable_phone_numbers(starts_with=206, limit=30)
    second = flowroute_client.numbers.search_for_purchasable_phone_numbers(starts_with=206, limit=30, offset=30)
    assert len(first.data) == 30 and first.links.next_
    assert "offset=30" in first.links.next_ and "starts_with=206" in first.links.next_
    assert not {n.id for n in first.data} & {n.id for n in second.data}
    everything = list(flowroute_client.numbers.iter_purchasable_phone_numbers(starts_with=206, page_size=40))
    assert len(everything) == 100  # four exchanges of 25 numbers
    last = flowroute_client.numbers.search_for_purchasable_phone_numbers(starts_with=206, limit=40, offset=80)
    assert len(last.data) == 20 and not last.links.next_


def test_default_page_size_is_ten_and_the_maximum_is_enforced(flowroute_fake: FakeFlowroute) -> None:
    with flowroute_fake.http_client(auth=(flowroute_fake.access_key, "fake-secret-key")) as http:
        assert len(http.get("/v2/numbers/available").json()["data"]) == 10
        too_many = http.get("/v2/numbers/available", params={"limit": 201})
    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["status"] == 422


def test_purchase_moves_a_number_from_inventory_into_the_account(flowroute_client: FlowrouteClient) -> None:
    candidate = flowroute_client.numbers.search_for_purchasable_phone_numbers(starts_with=303, limit=1).data[0].id
    bought = flowroute_client.numbers.purchase_a_phone_number(candidate)
    assert bought.data.id == candidate
    assert bought.data.relationships.primary_route.data is not None
    assert bought.data.relationships.primary_route.data.id == "0"
    assert [r.to_dict()["attributes"]["route_type"] for r in bought.included] == ["sip-reg"]
    assert [n.id for n in flowroute_client.numbers.list_account_phone_numbers().data] == [candidate]
    again = flowroute_client.numbers.search_for_purchasable_phone_numbers(starts_with=candidate, limit=10)
    assert again.data == []
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.numbers.purchase_a_phone_number(candidate)


def test_unknown_numbers_are_404(flowroute_client: FlowrouteClient) -> None:
    with pytest.raises(NotFoundError) as info:
        flowroute_client.numbers.purchase_a_phone_number("12065550000")
    assert info.value.status_code == 404
    with pytest.raises(NotFoundError):
        flowroute_client.numbers.list_phone_number_details("12065550000")
    with pytest.raises(NotFoundError):
        flowroute_client.numbers.release_a_did("12065550000")


def test_purchase_options_and_updates_show_in_details(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    number = next(iter(flowroute_fake.state.inventory))
    bought = flowroute_client.numbers.purchase_a_phone_number(number, cnam_lookups_enabled=True)
    assert bought.data.attributes.cnam_lookups_enabled is True
    flowroute_client.numbers.set_did_alias(number, "Front desk")
    details = flowroute_client.numbers.list_phone_number_details(number)
    assert details.data.attributes.alias == "Front desk"
    assert [n.id for n in flowroute_client.numbers.list_account_phone_numbers(alias="Front desk").data] == [number]
    assert flowroute_client.numbers.list_account_phone_numbers(alias="Front").data == []


def test_release_returns_the_number_to_inventory(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.numbers.release_a_did(number)
    assert flowroute_client.numbers.list_account_phone_numbers().data == []
    assert [n.id for n in flowroute_client.numbers.search_for_purchasable_phone_numbers(starts_with=number).data] == [
        number
    ]


def test_routes_become_primary_and_failover_and_show_in_details(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    number = flowroute_fake.own_number()
    pbx = flowroute_client.routes.create_route(alias="pbx", route_type="host", value="pbx.example.test:5060")
    backup = flowroute_client.routes.create_route(alias="cell", route_type="number", value="12065550199")
    listed = flowroute_client.routes.list_inbound_routes(limit=10)
    assert [r.id for r in listed.data] == ["0", pbx.data.id, backup.data.id]
    flowroute_client.routes.set_primary_route(number, pbx.data.id)
    flowroute_client.routes.set_failover_route(number, backup.data.id)
    details = flowroute_client.numbers.list_phone_number_details(number)
    relationships = details.data.relationships
    assert relationships.primary_route.data is not None and relationships.primary_route.data.id == pbx.data.id
    assert relationships.failover_route.data is not None and relationships.failover_route.data.id == backup.data.id
    assert {r.id: r.to_dict()["attributes"]["value"] for r in details.included} == {
        pbx.data.id: "pbx.example.test:5060",
        backup.data.id: "12065550199",
    }
    flowroute_client.routes.remove_number_route(number, "failover_route")
    after = flowroute_client.numbers.list_phone_number_details(number).data.relationships
    assert after.failover_route.data is None


def test_a_route_in_use_cannot_be_deleted_until_freed(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    number = flowroute_fake.own_number()
    route = flowroute_client.routes.create_route(alias="pbx", route_type="host", value="pbx.example.test")
    flowroute_client.routes.set_primary_route(number, route.data.id)
    with pytest.raises(PermissionDeniedError) as info:
        flowroute_client.routes.delete_an_inbound_route(route.data.id)
    assert info.value.errors[0].title == "This Route has numbers still associated to it."
    flowroute_client.routes.set_primary_route(number, "0")
    flowroute_client.routes.delete_an_inbound_route(route.data.id)
    assert [r.id for r in flowroute_client.routes.list_inbound_routes().data] == ["0"]


def test_route_updates_and_filters(flowroute_client: FlowrouteClient) -> None:
    route = flowroute_client.routes.create_route(alias="pbx", route_type="host", value="pbx.example.test")
    moved = flowroute_client.routes.update_route(route.data.id, value="pbx-west.example.test:5060", edge_strategy_id=1)
    assert moved.data.attributes.value == "pbx-west.example.test:5060"
    assert moved.data.attributes.edge_strategy_id == 1
    hosts = flowroute_client.routes.list_inbound_routes(route_type="host")
    assert [r.id for r in hosts.data] == [route.data.id]
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.routes.create_route(alias="pbx", route_type="host", value="other.example.test")
    with pytest.raises(NotFoundError):
        flowroute_client.routes.set_primary_route("12065550100", "77")  # a number not on the account


def test_setting_an_unknown_route_is_refused(flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient) -> None:
    number = flowroute_fake.own_number()
    with pytest.raises(UnprocessableEntityError):
        flowroute_client.routes.set_primary_route(number, "424242")


def test_raw_http_gets_the_same_state(flowroute_fake: FakeFlowroute) -> None:
    number = flowroute_fake.own_number()
    with flowroute_fake.http_client(auth=httpx.BasicAuth("fake-access-key", "fake-secret-key")) as http:
        body = http.get(f"/v2/numbers/{number}").json()
    assert body["data"]["id"] == number
    assert body["links"]["self"] == f"https://api.flowroute.com/v2/numbers/{number}"


def test_concurrent_purchases_of_one_number_sell_it_once(flowroute_fake: FakeFlowroute) -> None:
    number = next(iter(flowroute_fake.state.inventory))
    statuses: list[int] = []
    barrier = threading.Barrier(16)

    def buy() -> None:
        with flowroute_fake.http_client(auth=("fake-access-key", "fake-secret-key")) as http:
            barrier.wait()
            statuses.append(http.post(f"/v2/numbers/{number}").status_code)

    threads = [threading.Thread(target=buy) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [201] + [422] * 15
    assert list(flowroute_fake.state.numbers) == [number]


async def test_concurrent_async_sends_each_get_their_own_record(flowroute_fake: FakeFlowroute) -> None:
    sender = flowroute_fake.own_number()
    async with flowroute_fake.async_client() as client:
        sent = await asyncio.gather(
            *(client.messages.send(to="16175550199", from_=sender, body=str(i)) for i in range(50))
        )
        found = await client.messages.look_up_a_set_of_messages(date.today() - timedelta(days=1), limit=100)
    assert len({s.data.id for s in sent}) == 50
    assert sorted(str(m.attributes.body) for m in found.data) == sorted(str(i) for i in range(50))


def test_helpers_refuse_what_the_account_lacks(flowroute_fake: FakeFlowroute) -> None:
    with pytest.raises(InvalidParameterError) as info:
        flowroute_fake.receive_sms(to="12065550100", from_="13125550177", body="hi")
    assert info.value.parameter == "to"
    with pytest.raises(InvalidParameterError):
        flowroute_fake.own_number("19995550100")
    with pytest.raises(InvalidParameterError):
        flowroute_fake.approve_cnam("1")

"""Messages on the fake: MDRs with segments and cost by the reference's encoding rules, date ranges, callbacks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from flowroute import FlowrouteClient, NotFoundError, UnprocessableEntityError
from flowroute.testing import FakeFlowroute

pytestmark = pytest.mark.flowroute_fake(validate_responses=True)

TO = "16175550199"


@pytest.fixture
def sender(flowroute_fake: FakeFlowroute) -> str:
    return flowroute_fake.own_number()


@pytest.mark.parametrize(
    ("body", "encoding", "segments"),
    [
        ("a" * 160, 0, 1),
        ("a" * 161, 0, 2),  # past 160, segments hold 140 characters each
        ("a" * 280, 0, 2),
        ("a" * 281, 0, 3),
        ("é" * 70, 8, 1),  # any non-ASCII character makes it UCS-2: 70 a segment
        ("é" * 71, 8, 2),
        ("😀" * 35, 8, 1),  # an emoji is two UTF-16 units
        ("😀" * 36, 8, 2),
    ],
)
def test_segments_and_cost_follow_the_encoding(
    flowroute_client: FlowrouteClient, sender: str, body: str, encoding: int, segments: int
) -> None:
    sent = flowroute_client.messages.send(to=TO, from_=sender, body=body)
    mdr = flowroute_client.messages.look_up_a_message_detail_record(sent.data.id).data
    assert mdr.attributes.message_encoding == encoding
    assert mdr.attributes.amount_nanodollars == segments * 4_000_000
    assert mdr.attributes.amount_display == f"${segments * 0.004:.4f}"
    assert mdr.attributes.body == body
    assert mdr.attributes.direction == "outbound"


def test_an_mms_costs_one_mms_and_has_no_receipts(flowroute_client: FlowrouteClient, sender: str) -> None:
    sent = flowroute_client.messages.send(to=TO, from_=sender, media_urls=["https://example.test/a.png"])
    mdr = flowroute_client.messages.look_up_a_message_detail_record(sent.data.id).data
    assert mdr.attributes.is_mms is True
    assert mdr.attributes.amount_display == "$0.0195"
    assert mdr.attributes.delivery_receipts == []


def test_an_sms_gets_two_delivery_receipts(flowroute_client: FlowrouteClient, sender: str) -> None:
    sent = flowroute_client.messages.send(to=TO, from_=sender, body="hi")
    receipts = flowroute_client.messages.look_up_a_message_detail_record(sent.data.id).data.attributes.delivery_receipts
    assert [(r.level, r.status) for r in receipts] == [(1, "smsc submit"), (2, "delivered")]


def test_sending_from_a_number_not_on_the_account_is_refused(flowroute_client: FlowrouteClient) -> None:
    with pytest.raises(UnprocessableEntityError) as info:
        flowroute_client.messages.send(to=TO, from_="12065550100", body="hi")
    assert "not on your account" in str(info.value.errors[0].detail)


def test_an_invalid_body_gets_the_documented_422(flowroute_fake: FakeFlowroute, sender: str) -> None:
    with flowroute_fake.http_client(auth=("fake-access-key", "fake-secret-key")) as http:
        response = http.post("/v2.1/messages", json={"to": "not a number", "from": sender, "body": "x"})
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["status"] == 422 and "to" in error["detail"]


def test_unknown_mdr_is_404(flowroute_client: FlowrouteClient) -> None:
    with pytest.raises(NotFoundError):
        flowroute_client.messages.look_up_a_message_detail_record("mdr2-" + "0" * 32)


def test_date_ranges_find_messages_by_their_timestamp() -> None:
    now = [datetime(2024, 2, 10, 18, 0, tzinfo=UTC)]
    fake = FakeFlowroute(clock=lambda: now[0], validate_responses=True)
    sender = fake.own_number()
    with fake.client() as client:
        early = client.messages.send(to=TO, from_=sender, body="first").data.id
        now[0] += timedelta(days=3)
        late = client.messages.send(to=TO, from_=sender, body="second").data.id
        day_one = client.messages.look_up_a_set_of_messages(date(2024, 2, 10), date(2024, 2, 10))
        both = client.messages.look_up_a_set_of_messages(date(2024, 2, 1), date(2024, 2, 28))
        later = client.messages.look_up_a_set_of_messages(datetime(2024, 2, 11, tzinfo=UTC))
    assert [m.id for m in day_one.data] == [early]
    assert [m.id for m in both.data] == [early, late]
    assert [m.id for m in later.data] == [late]


def test_message_pages_link_to_the_next(flowroute_client: FlowrouteClient, sender: str) -> None:
    sent = [flowroute_client.messages.send(to=TO, from_=sender, body=str(i)).data.id for i in range(5)]
    start = date.today() - timedelta(days=1)
    first = flowroute_client.messages.look_up_a_set_of_messages(start, limit=2)
    assert [m.id for m in first.data] == sent[:2]
    assert first.links.next_ and "offset=2" in first.links.next_
    assert [m.id for m in flowroute_client.messages.iter_messages(start, page_size=2)] == sent


def test_account_callbacks_are_stored_and_removed(flowroute_client: FlowrouteClient) -> None:
    assert flowroute_client.messages.get_account_callback("sms_callback").data.attributes.callback_url is None
    flowroute_client.messages.set_account_level_sms_callback("https://hooks.example.test/sms")
    stored = flowroute_client.messages.get_account_callback("sms_callback").data.attributes
    assert stored.callback_url == "https://hooks.example.test/sms" and stored.product == "sms"
    flowroute_client.messages.delete_account_callback("sms_callback")
    assert flowroute_client.messages.get_account_callback("sms_callback").data.attributes.callback_url is None


def test_number_callbacks_are_stored_on_the_number(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, sender: str
) -> None:
    flowroute_client.numbers.set_number_messaging_callback(sender, "mms_callback", "https://hooks.example.test/mms")
    assert flowroute_fake.state.numbers[sender].callbacks == {"mms_callback": "https://hooks.example.test/mms"}
    with pytest.raises(NotFoundError):
        flowroute_client.numbers.set_number_messaging_callback("12065550100", "sms_callback", "https://h.example.test")


def test_message_provisioning_enables_messaging(flowroute_client: FlowrouteClient, sender: str) -> None:
    flowroute_client.message_provisioning.set_message_provisioning(["+" + sender], "enable")
    assert flowroute_client.numbers.list_phone_number_details(sender).data.attributes.messaging_enabled is True
    flowroute_client.message_provisioning.set_message_provisioning(["+" + sender], "disable")
    assert flowroute_client.numbers.list_phone_number_details(sender).data.attributes.messaging_enabled is False


async def test_the_async_client_sees_the_same_account(flowroute_fake: FakeFlowroute) -> None:
    sender = flowroute_fake.own_number()
    async with flowroute_fake.async_client() as client:
        sent = await client.messages.send(to=TO, from_=sender, body="async hello")
        mdr = await client.messages.look_up_a_message_detail_record(sent.data.id)
    assert mdr.data.attributes.body == "async hello"

"""The fake POSTs webhooks to a real HTTP receiver: inbound SMS/MMS, delivery receipts, redeliveries."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from flowroute import FlowrouteClient
from flowroute.testing import FakeFlowroute

pytestmark = pytest.mark.flowroute_fake(validate_responses=True)


class Receiver:
    """A loopback HTTP server that records each POST and answers with ``statuses`` in turn (then 200)."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.statuses: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                receiver.received.append((self.path, body))
                self.send_response(receiver.statuses.pop(0) if receiver.statuses else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def payloads(self, path: str) -> list[dict[str, Any]]:
        return [body for where, body in self.received if where == path]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    r.thread.start()
    yield r
    r.server.shutdown()
    r.server.server_close()


def test_inbound_sms_reaches_the_account_callback_with_the_documented_shape(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_sms_callback(f"{receiver.url}/sms")
    inbound = flowroute_fake.receive_sms(to=number, from_="13125550177", body="hello")
    assert inbound.delivery is not None and inbound.delivery.delivered
    (payload,) = receiver.payloads("/sms")
    data = payload["data"]
    assert data["id"] == inbound.id and data["type"] == "message"
    assert data["attributes"]["direction"] == "inbound"
    assert data["attributes"]["to"] == number and data["attributes"]["from"] == "13125550177"
    assert data["attributes"]["message_callback_url"] == f"{receiver.url}/sms"
    # and the message is an MDR like any other
    mdr = flowroute_client.messages.look_up_a_message_detail_record(inbound.id).data
    assert mdr.attributes.body == "hello"


def test_a_number_callback_wins_over_the_account_one(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_sms_callback(f"{receiver.url}/account")
    flowroute_client.numbers.set_number_messaging_callback(number, "sms_callback", f"{receiver.url}/number")
    flowroute_fake.receive_sms(to=number, from_="13125550177", body="hi")
    assert [p for p, _ in receiver.received] == ["/number"]


def test_no_callback_means_no_post_but_the_message_is_kept(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    inbound = flowroute_fake.receive_sms(to=number, from_="13125550177", body="quiet")
    assert inbound.delivery is None and receiver.received == []
    assert flowroute_client.messages.look_up_a_message_detail_record(inbound.id).data.attributes.body == "quiet"


def test_inbound_mms_lists_its_media(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_mms_callback(f"{receiver.url}/mms")
    flowroute_fake.receive_mms(to=number, from_="13125550177", media_urls=["https://cdn.example.test/p.jpg"])
    (payload,) = receiver.payloads("/mms")
    assert payload["data"]["attributes"]["is_mms"] is True and payload["data"]["attributes"]["body"] is None
    (media,) = payload["included"]
    assert media["attributes"]["url"] == "https://cdn.example.test/p.jpg"
    assert payload["data"]["relationships"]["media"]["data"] == [{"type": "media", "id": media["id"]}]


def test_each_send_posts_two_delivery_receipts_to_the_chosen_url(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_dlr_callback(f"{receiver.url}/account-dlr")
    first = flowroute_client.messages.send(to="16175550199", from_=number, body="one")
    second = flowroute_client.messages.send(
        to="16175550199", from_=number, body="two", dlr_callback=f"{receiver.url}/message-dlr"
    )
    account = receiver.payloads("/account-dlr")
    per_message = receiver.payloads("/message-dlr")
    assert [(p["data"]["id"], p["data"]["attributes"]["level"]) for p in account] == [
        (first.data.id, 1),
        (first.data.id, 2),
    ]
    assert [p["data"]["id"] for p in per_message] == [second.data.id, second.data.id]
    assert per_message[1]["data"]["type"] == "delivery_receipt"
    assert per_message[1]["data"]["attributes"]["status_code"] == "1000"


def test_a_failed_webhook_is_resent_at_most_four_times(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_sms_callback(f"{receiver.url}/sms")
    receiver.statuses = [500] * 10
    inbound = flowroute_fake.receive_sms(to=number, from_="13125550177", body="retry me")
    assert inbound.delivery is not None and not inbound.delivery.delivered
    for _ in range(6):
        flowroute_fake.retry_failed_webhooks()
    assert inbound.delivery.attempts == [500] * 5
    assert len(receiver.payloads("/sms")) == 5
    assert {p["data"]["id"] for p in receiver.payloads("/sms")} == {inbound.id}


def test_a_webhook_that_succeeds_on_retry_stops_being_resent(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_sms_callback(f"{receiver.url}/sms")
    receiver.statuses = [503]
    inbound = flowroute_fake.receive_sms(to=number, from_="13125550177", body="once more")
    flowroute_fake.retry_failed_webhooks()
    flowroute_fake.retry_failed_webhooks()
    assert inbound.delivery is not None and inbound.delivery.attempts == [503, 200]


def test_redeliver_sends_the_identical_payload_again(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_sms_callback(f"{receiver.url}/sms")
    inbound = flowroute_fake.receive_sms(to=number, from_="13125550177", body="twice")
    assert inbound.delivery is not None
    flowroute_fake.redeliver(inbound.delivery)
    first, second = receiver.payloads("/sms")
    assert first == second


def test_deferred_webhooks_wait_for_flush(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_sms_callback(f"{receiver.url}/sms")
    flowroute_fake.defer_webhooks = True
    flowroute_fake.receive_sms(to=number, from_="13125550177", body="later")
    assert receiver.received == []
    assert len(flowroute_fake.flush_webhooks()) == 1
    assert len(receiver.payloads("/sms")) == 1


def test_an_unreachable_receiver_is_recorded_not_raised(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_sms_callback("http://127.0.0.1:9/nothing-listens-here")
    inbound = flowroute_fake.receive_sms(to=number, from_="13125550177", body="lost")
    assert inbound.delivery is not None and inbound.delivery.attempts == ["ConnectError"]


def test_port_order_status_changes_are_posted(flowroute_fake: FakeFlowroute, receiver: Receiver) -> None:
    flowroute_fake.port_order_webhook_url = f"{receiver.url}/port"
    with flowroute_fake.client() as client:
        order = client.porting.create_port_order(["+15095550100"], "Okafor LLC", "Example Telecom")
    flowroute_fake.set_port_order_status(order.data.id, "submitted")
    (event,) = receiver.payloads("/port")
    assert event["data"]["attributes"]["resource_id"] == order.data.id
    assert event["data"]["attributes"]["status"] == "submitted"


def test_a_number_dlr_callback_wins_over_the_account_one(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient, receiver: Receiver
) -> None:
    number = flowroute_fake.own_number()
    flowroute_client.messages.set_account_level_dlr_callback(f"{receiver.url}/account")
    flowroute_client.messages.set_did_level_dlr_callback(number, f"{receiver.url}/number")
    flowroute_client.messages.send(to="16175550199", from_=number, body="hi")
    assert [p for p, _ in receiver.received] == ["/number", "/number"]


def test_a_receiver_may_call_the_fake_back_while_handling_a_webhook(flowroute_fake: FakeFlowroute) -> None:
    """Receipts go out after the fake lets go of its lock, so a handler reading the MDR does not deadlock."""
    looked_up: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            with flowroute_fake.client() as client:
                mdr = client.messages.look_up_a_message_detail_record(body["data"]["id"])
            looked_up.append(str(mdr.data.attributes.body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        flowroute_fake.webhooks.timeout = 2.0
        number = flowroute_fake.own_number()
        with flowroute_fake.client() as client:
            client.messages.send(
                to="16175550199",
                from_=number,
                body="read me back",
                dlr_callback=f"http://127.0.0.1:{server.server_address[1]}/",
            )
    finally:
        server.shutdown()
        server.server_close()
    assert looked_up == ["read me back", "read me back"]
    assert [d.attempts for d in flowroute_fake.deliveries] == [[200], [200]]

"""examples/reminders.py, tested the way a user would test their own app: with the fake's pytest fixtures."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

import pytest
from flowroute import FlowrouteClient
from flowroute.testing import FakeFlowroute

from devtools.prism import ROOT

sys.path.insert(0, str(ROOT / "examples"))
from reminders import Appointment, provision_line, send_reminders, spend_since

pytestmark = pytest.mark.flowroute_fake(validate_responses=True)

DANA = Appointment("16175550199", "Dana", "Tue 9:30")
LEE = Appointment("16175550123", "Lee", "Wed 14:00")


def test_the_line_is_bought_in_the_area_code_and_rings_the_pbx(flowroute_client: FlowrouteClient) -> None:
    line = provision_line(flowroute_client, area_code="206", pbx_host="pbx.clinic.example")
    assert line.startswith("1206")
    details = flowroute_client.numbers.list_phone_number_details(line)
    assert details.data.attributes.alias == "Reminder line"
    primary = details.data.relationships.primary_route.data
    assert primary is not None
    assert [r.to_dict()["attributes"]["value"] for r in details.included if r.id == primary.id] == [
        "pbx.clinic.example"
    ]


def test_an_area_code_with_nothing_for_sale_is_reported(flowroute_client: FlowrouteClient) -> None:
    with pytest.raises(LookupError):
        provision_line(flowroute_client, area_code="999", pbx_host="pbx.clinic.example")


def test_reminders_are_sent_and_their_cost_adds_up(flowroute_client: FlowrouteClient) -> None:
    line = provision_line(flowroute_client, area_code="206", pbx_host="pbx.clinic.example")
    outcomes = send_reminders(flowroute_client, line, [DANA, LEE])
    assert [o.error for o in outcomes] == [None, None]
    texts = [flowroute_client.messages.look_up_a_message_detail_record(str(o.message_id)) for o in outcomes]
    assert texts[0].data.attributes.to == DANA.phone and "Dana" in str(texts[0].data.attributes.body)
    # Each text is ASCII and over 70 characters but under 160: one segment at $0.004.
    assert spend_since(flowroute_client, line, date.today()) == Decimal("0.008")


def test_a_persistent_rate_limit_is_reported_and_the_rest_still_go(
    flowroute_fake: FakeFlowroute, flowroute_client: FlowrouteClient
) -> None:
    line = provision_line(flowroute_client, area_code="206", pbx_host="pbx.clinic.example")
    flowroute_fake.fail_next("send_a_message", status=429, times=3)  # the first send and both its retries
    outcomes = send_reminders(flowroute_client, line, [DANA, LEE])
    assert outcomes[0].message_id is None and outcomes[0].error == "rate limited (429)"
    assert outcomes[1].message_id is not None and outcomes[1].error is None

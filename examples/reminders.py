"""A small app on the SDK: a text-reminder line for a clinic, tested with the fake (tests/test_fake_example_app.py).

line = provision_line(client, area_code="206", pbx_host="pbx.clinic.example")
send_reminders(client, line, [Appointment("16175550199", "Dana", "Tue 9:30")])
print(spend_since(client, line, date.today()))
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from flowroute import FlowrouteClient, RateLimitError


@dataclasses.dataclass(frozen=True)
class Appointment:
    phone: str
    name: str
    when: str


@dataclasses.dataclass(frozen=True)
class Outcome:
    appointment: Appointment
    message_id: str | None
    error: str | None = None


def provision_line(client: FlowrouteClient, *, area_code: str, pbx_host: str) -> str:
    """Buy a number in ``area_code`` whose calls ring the clinic's PBX; returns the number."""
    candidates = client.numbers.search_for_purchasable_phone_numbers(starts_with=area_code, limit=1).data
    if not candidates:
        raise LookupError(f"no numbers for sale in area code {area_code}")
    number = client.numbers.purchase_a_phone_number(candidates[0].id).data.id
    route = client.routes.create_route(alias=f"clinic pbx {number}", route_type="host", value=pbx_host)
    client.routes.set_primary_route(number, route.data.id)
    client.numbers.set_did_alias(number, "Reminder line")
    return number


def send_reminders(client: FlowrouteClient, line: str, appointments: list[Appointment]) -> list[Outcome]:
    """One SMS per appointment; a send Flowroute keeps refusing for rate is reported, not raised."""
    outcomes = []
    for appointment in appointments:
        text = f"Hi {appointment.name}, a reminder of your appointment {appointment.when}. Reply STOP to opt out."
        try:
            sent = client.messages.send(to=appointment.phone, from_=line, body=text)
        except RateLimitError as exc:
            outcomes.append(Outcome(appointment, None, f"rate limited ({exc.status_code})"))
            continue
        outcomes.append(Outcome(appointment, sent.data.id))
    return outcomes


def spend_since(client: FlowrouteClient, line: str, start: date) -> Decimal:
    """What the line's outbound messages since ``start`` cost, in dollars."""
    nanodollars = sum(
        record.attributes.amount_nanodollars
        for record in client.messages.iter_messages(start)
        if record.attributes.direction == "outbound" and record.attributes.from_ == line
    )
    return Decimal(nanodollars) / Decimal(1_000_000_000)

"""``parse_event`` under hostile input: only typed events or ``WebhookPayloadError`` come out."""

from __future__ import annotations

import contextlib
import copy
import datetime
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flowroute import FlowrouteError
from flowroute.webhooks import (
    DeliveryReceipt,
    EventKind,
    InboundMessage,
    UnknownEventError,
    WebhookPayloadError,
    parse_event,
    sample_payload,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from devtools.spec import validator_at

CORPUS = Path(__file__).parent / "corpus" / "webhooks" / "positive"
PAYLOADS = {path.stem: json.loads(path.read_text())["payload"] for path in sorted(CORPUS.glob("*.json"))}
ODD_VALUES: list[Any] = [None, 0, -1, 1.5, True, "", "x", "9" * 400, [], {}, [None], {"a": 1}]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*prefix, index)
            yield from _paths(value, (*prefix, index))


def _mutations(payload: Any) -> Iterator[Any]:
    for path in _paths(payload):
        for value in [*ODD_VALUES, "<delete>"]:
            mutated = copy.deepcopy(payload)
            parent = mutated
            for part in path[:-1]:
                parent = parent[part]
            if value == "<delete>":
                del parent[path[-1]]
            else:
                parent[path[-1]] = value
            yield mutated


def test_every_single_field_mutation_parses_or_raises_a_webhook_payload_error() -> None:
    outcomes = {"parsed": 0, "refused": 0}
    for payload in PAYLOADS.values():
        for mutated in _mutations(payload):
            try:
                parse_event(mutated)
            except WebhookPayloadError:
                outcomes["refused"] += 1
            else:
                outcomes["parsed"] += 1
    # Both outcomes must really happen: optional fields tolerate junk removal, essential ones do not.
    assert outcomes["parsed"] > 100 and outcomes["refused"] > 500, outcomes


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(st.one_of(st.binary(max_size=200), json_values.map(json.dumps), json_values))
def test_arbitrary_input_raises_only_webhook_payload_errors(body: Any) -> None:
    with contextlib.suppress(WebhookPayloadError):
        parse_event(body)


@settings(max_examples=100, derandomize=True, database=None, deadline=None)
@given(data=st.dictionaries(st.sampled_from(["type", "id", "attributes", "included", "x"]), json_values, max_size=5))
def test_arbitrary_data_objects_raise_only_webhook_payload_errors(data: dict[str, Any]) -> None:
    for event_type in ("message", "delivery_receipt", "po_status_change"):
        with contextlib.suppress(WebhookPayloadError):
            parse_event({"data": {**data, "type": event_type}})


def test_payload_errors_are_flowroute_errors_and_never_quote_the_body() -> None:
    payload = copy.deepcopy(PAYLOADS["inbound_sms_captured_2017"])
    payload["data"]["attributes"]["amount_nanodollars"] = "16175550142 says hi"
    with pytest.raises(WebhookPayloadError, match="amount_nanodollars") as caught:
        parse_event(payload)
    assert isinstance(caught.value, FlowrouteError)
    assert "16175550142" not in str(caught.value)
    with pytest.raises(WebhookPayloadError) as caught:
        parse_event(b'{"data": {"type": "message", "attributes": {"from": "16175550142"')
    assert "16175550142" not in str(caught.value)


def test_unknown_types_are_a_distinct_error_naming_the_type() -> None:
    with pytest.raises(UnknownEventError) as caught:
        parse_event({"data": {"type": "cdr_export_complete", "id": "1", "attributes": {}}})
    assert caught.value.event_type == "cdr_export_complete"
    assert isinstance(caught.value, WebhookPayloadError)


def test_an_undocumented_port_order_event_type_is_still_a_port_order_event() -> None:
    payload = copy.deepcopy(PAYLOADS["port_order_documented"])
    payload["data"]["type"] = "po_completed"
    assert parse_event(payload).kind == "port_order"


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("2024-02-10T18:22:05.41Z", "2024-02-10T18:22:05.410000+00:00"),
        ("2024-02-10T20:22:05+02:00", "2024-02-10T18:22:05+00:00"),
        ("2024-02-10T18:22:05", "2024-02-10T18:22:05+00:00"),
        ("2019-01-01 00:00:00", "2019-01-01T00:00:00+00:00"),
    ],
)
def test_timestamps_come_out_as_aware_utc(sent: str, expected: str) -> None:
    event = parse_event(sample_payload("inbound_sms", timestamp=sent))
    assert event.timestamp is not None and event.timestamp.tzinfo is datetime.UTC
    assert event.timestamp.isoformat() == expected


def test_unknown_attributes_are_kept_and_reprs_hold_no_numbers_or_text() -> None:
    payload = sample_payload("inbound_sms", from_="13125550177", body="secret plan")
    payload["data"]["attributes"]["carrier_hint"] = {"name": "example"}
    event = parse_event(payload)
    assert isinstance(event, InboundMessage)
    assert event.extra == {"carrier_hint": {"name": "example"}}
    assert "13125550177" not in repr(event) and "secret plan" not in repr(event)


def test_receipt_status_codes_become_integers() -> None:
    for sent, expected in (("1003", 1003), (1003, 1003), (None, None)):
        receipt = parse_event(sample_payload("delivery_receipt", status_code=sent))
        assert isinstance(receipt, DeliveryReceipt) and receipt.status_code == expected
    with pytest.raises(WebhookPayloadError, match="status_code"):
        parse_event(sample_payload("delivery_receipt", status_code="n/a"))


def test_sample_payloads_validate_as_the_kind_they_claim() -> None:
    for kind in ("inbound_sms", "inbound_mms", "delivery_receipt", "port_order"):
        assert parse_event(sample_payload(kind)).kind == kind


@pytest.mark.parametrize(
    ("kind", "schema"),
    [
        ("inbound_sms", "InboundMessageWebhook"),
        ("inbound_mms", "InboundMmsWebhook"),
        ("delivery_receipt", "DeliveryReceiptWebhook"),
        ("port_order", "PortOrderEventWebhook"),
    ],
)
def test_sample_payloads_match_the_spec_schema_of_their_kind(kind: EventKind, schema: str) -> None:
    fields: dict[str, Any] = (
        {"media": [{"url": "https://media.example.test/a.jpg"}, {}]} if kind == "inbound_mms" else {}
    )
    payload = sample_payload(kind, **fields)
    problems = [error.message for error in validator_at(f"/components/schemas/{schema}").iter_errors(payload)]
    assert problems == []
    # a fresh event each time, not the spec's example id over and over
    assert payload["data"]["id"] != sample_payload(kind)["data"]["id"]

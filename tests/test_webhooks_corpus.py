"""Every webhook payload in tests/corpus/webhooks checked three ways: the spec's schema, the
generated models and ``parse_event``. Positive payloads pass all three; negative ones fail all three."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from flowroute.webhooks import DeliveryReceipt, InboundMessage, PortOrderEvent, WebhookPayloadError, parse_event
from flowroute_api.models import DeliveryReceiptWebhook, InboundMessageWebhook, InboundMmsWebhook, PortOrderEventWebhook

from devtools.spec import validator_at

CORPUS = Path(__file__).parent / "corpus" / "webhooks"
POSITIVE = sorted((CORPUS / "positive").glob("*.json"))
NEGATIVE = sorted((CORPUS / "negative").glob("*.json"))

WEBHOOK_NAMES = {
    "inbound_sms": "inbound_sms",
    "inbound_mms": "inbound_mms",
    "delivery_receipt": "delivery_receipt",
    "port_order": "port_order_status_change",
}
MODELS: dict[str, Any] = {
    "inbound_sms": InboundMessageWebhook,
    "inbound_mms": InboundMmsWebhook,
    "delivery_receipt": DeliveryReceiptWebhook,
    "port_order": PortOrderEventWebhook,
}


def _fixture(path: Path) -> dict[str, Any]:
    fixture: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert fixture["source"] and fixture["note"] and "payload" in fixture, f"{path.name}: source, note, payload"
    return fixture


def _schema_errors(webhook: str, payload: Any) -> list[str]:
    pointer = f"/webhooks/{webhook}/post/requestBody/content/application~1json/schema"
    return [error.message for error in validator_at(pointer).iter_errors(payload)]


def test_the_corpus_has_captured_and_documented_payloads_of_every_kind() -> None:
    kinds = {_fixture(path)["kind"] for path in POSITIVE}
    assert kinds == set(WEBHOOK_NAMES)
    assert sum("captured" in path.name for path in POSITIVE) >= 2
    assert len(NEGATIVE) >= 2


@pytest.mark.parametrize("path", POSITIVE, ids=lambda p: p.stem)
def test_positive_payload_validates_against_the_spec(path: Path) -> None:
    fixture = _fixture(path)
    assert _schema_errors(WEBHOOK_NAMES[fixture["kind"]], fixture["payload"]) == []


@pytest.mark.parametrize("path", POSITIVE, ids=lambda p: p.stem)
def test_positive_payload_parses_with_the_generated_model(path: Path) -> None:
    fixture = _fixture(path)
    model = MODELS[fixture["kind"]].from_dict(fixture["payload"])
    assert model.data.id == fixture["payload"]["data"]["id"]
    assert MODELS[fixture["kind"]].from_dict(model.to_dict()).to_dict() == model.to_dict()


@pytest.mark.parametrize("path", POSITIVE, ids=lambda p: p.stem)
def test_positive_payload_parses_into_the_typed_event(path: Path) -> None:
    fixture = _fixture(path)
    payload = fixture["payload"]
    for body in (payload, json.dumps(payload), json.dumps(payload).encode()):
        event = parse_event(body)
        assert event.kind == fixture["kind"]
        assert event.id == payload["data"]["id"]
        assert event.timestamp is not None and event.timestamp.utcoffset() is not None
        assert event.timestamp.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
        if isinstance(event, InboundMessage):
            assert event.dedupe_key == event.id
            assert isinstance(event.amount_nanodollars, int)
            assert event.amount_nanodollars == int(payload["data"]["attributes"]["amount_nanodollars"])
            assert len(event.media) == len(payload.get("included", []))
        elif isinstance(event, DeliveryReceipt):
            assert event.dedupe_key == f"{event.id}:{event.level}"
            code = payload["data"]["attributes"]["status_code"]
            assert event.status_code == (None if code is None else int(code))
        else:
            assert isinstance(event, PortOrderEvent)
            assert event.port_order_id == payload["data"]["attributes"]["resource_id"]


@pytest.mark.parametrize("path", NEGATIVE, ids=lambda p: p.stem)
def test_negative_payload_is_refused_everywhere(path: Path) -> None:
    payload = _fixture(path)["payload"]
    for kind, webhook in WEBHOOK_NAMES.items():
        assert _schema_errors(webhook, payload), f"{webhook} schema accepted {path.name}"
        with pytest.raises((KeyError, TypeError, ValueError, AttributeError)):
            MODELS[kind].from_dict(payload)
    with pytest.raises(WebhookPayloadError, match="data"):
        parse_event(payload)


def test_captured_sms_keeps_its_fields_and_coerces_the_amount() -> None:
    payload = _fixture(CORPUS / "positive" / "inbound_sms_captured_2017.json")["payload"]
    event = parse_event(payload)
    assert isinstance(event, InboundMessage)
    assert event.kind == "inbound_sms" and event.amount_nanodollars == 4_000_000
    assert event.callback_url == "https://hooks.example.test/dev/sms_to_slack"
    assert event.timestamp is not None and event.timestamp.isoformat() == "2017-11-16T23:45:29.370000+00:00"
    assert event.from_ == "12065550143" and event.body == "SMS Forward Test"


def test_captured_mms_reads_media_from_included_even_when_relationship_ids_differ() -> None:
    payload = _fixture(CORPUS / "positive" / "inbound_mms_captured_2022.json")["payload"]
    event = parse_event(payload)
    assert isinstance(event, InboundMessage) and event.kind == "inbound_mms" and event.body is None
    [media] = event.media
    assert (media.id, media.file_size, media.mime_type) == ("xxxxxxxx-1", 14832, "image/png")
    assert media.url.startswith("https://s3.us-west-2.amazonaws.com/")

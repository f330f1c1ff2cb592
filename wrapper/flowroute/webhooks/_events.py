"""Typed webhook events and ``parse_event``, which turns what Flowroute POSTs into one of them.

Parsing goes through the generated models, so the spec's webhook schemas decide
what is accepted; this module then narrows the forms the live API has been seen
to send (an amount as a string of digits, a status code as text) to one Python
type each, and turns every timestamp into an aware UTC ``datetime``.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeAlias, TypeVar

from flowroute_api.models.delivery_receipt_webhook import DeliveryReceiptWebhook
from flowroute_api.models.inbound_mms_webhook import InboundMmsWebhook
from flowroute_api.models.port_order_event_webhook import PortOrderEventWebhook
from flowroute_api.types import Unset

from .. import _json
from ._errors import UnknownEventError, WebhookPayloadError

EventKind: TypeAlias = Literal["inbound_sms", "inbound_mms", "delivery_receipt", "port_order"]
EVENT_KINDS: tuple[EventKind, ...] = ("inbound_sms", "inbound_mms", "delivery_receipt", "port_order")

_T = TypeVar("_T")
_UTC = datetime.UTC


@dataclasses.dataclass(frozen=True, slots=True)
class Media:
    """One MMS attachment. ``url`` is a temporary link; fetch it with ``download_media``."""

    id: str
    url: str
    file_name: str | None = None
    file_size: int | None = None
    mime_type: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class InboundMessage:
    """An SMS or MMS sent to one of your numbers (``kind`` says which).

    ``body`` is ``None`` for an MMS that carries only media. ``extra`` holds
    attributes this SDK does not know, as sent; ``raw`` is the whole payload.
    """

    id: str
    kind: Literal["inbound_sms", "inbound_mms"]
    from_: str
    to: str
    body: str | None
    timestamp: datetime.datetime | None
    is_mms: bool
    media: tuple[Media, ...] = ()
    direction: str | None = None
    status: str | None = None
    message_type: str | None = None
    message_encoding: int | None = None
    amount_nanodollars: int | None = None
    amount_display: str | None = None
    callback_url: str | None = None
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    raw: Mapping[str, Any] = dataclasses.field(default_factory=dict, repr=False, compare=False)

    @property
    def dedupe_key(self) -> str:
        """The MDR id: Flowroute re-sends the same message with the same id."""
        return self.id

    def __repr__(self) -> str:
        # Phone numbers and message text stay out of reprs (and so out of tracebacks and logs).
        return f"InboundMessage(id={self.id!r}, kind={self.kind!r}, media={len(self.media)})"


@dataclasses.dataclass(frozen=True, slots=True)
class DeliveryReceipt:
    """A delivery report for a message you sent; ``level`` 1 is Flowroute's hand-off, 2 the carrier's.

    ``status_code`` is documented as text for this webhook and is an integer in
    MDRs; both arrive here as an ``int`` (or ``None``).
    """

    id: str
    level: int
    status: str
    status_code: int | None = None
    status_code_description: str | None = None
    timestamp: datetime.datetime | None = None
    body: str | None = None
    kind: Literal["delivery_receipt"] = "delivery_receipt"
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    raw: Mapping[str, Any] = dataclasses.field(default_factory=dict, repr=False, compare=False)

    @property
    def dedupe_key(self) -> str:
        """The MDR id plus the level: one message gets one receipt per level."""
        return f"{self.id}:{self.level}"

    def __repr__(self) -> str:
        return f"DeliveryReceipt(id={self.id!r}, level={self.level}, status={self.status!r})"


@dataclasses.dataclass(frozen=True, slots=True)
class PortOrderEvent:
    """A port order changed status. ``id`` is the event's id; ``port_order_id`` the order's."""

    id: str
    port_order_id: str
    status: str
    event_type: str | None = None
    message: str | None = None
    timestamp: datetime.datetime | None = None
    kind: Literal["port_order"] = "port_order"
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    raw: Mapping[str, Any] = dataclasses.field(default_factory=dict, repr=False, compare=False)

    @property
    def dedupe_key(self) -> str:
        return self.id


WebhookEvent: TypeAlias = InboundMessage | DeliveryReceipt | PortOrderEvent


# --- narrowing helpers ---------------------------------------------------------------


def _opt(value: _T | Unset) -> _T | None:
    return None if isinstance(value, Unset) else value


def _as_int(value: object, field: str) -> int | None:
    """An int from an int or a string of digits (how some live payloads send amounts and codes)."""
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit() and text.isascii():
            return int(text)
    raise WebhookPayloadError(f"{field}: expected an integer or a string of digits, got {type(value).__name__}")


def _utc(value: datetime.datetime | Unset | None) -> datetime.datetime | None:
    if value is None or isinstance(value, Unset):
        return None
    # Flowroute sends UTC; a time without a zone is read as UTC rather than local time.
    return value.replace(tzinfo=_UTC) if value.tzinfo is None else value.astimezone(_UTC)


def _extras(model: Any) -> dict[str, Any]:
    return dict(model.additional_properties) if model.additional_properties else {}


# --- one builder per data.type ----------------------------------------------------------------


def _inbound_message(payload: Mapping[str, Any]) -> InboundMessage:
    document = InboundMmsWebhook.from_dict(payload)
    record = document.data
    attrs = record.attributes
    media = tuple(
        Media(
            id=item.id,
            url=item.attributes.url,
            file_name=_opt(item.attributes.file_name),
            file_size=_opt(item.attributes.file_size),
            mime_type=_opt(item.attributes.mime_type),
        )
        for item in (_opt(document.included) or [])
        if item.type_ == "media"
    )
    is_mms = _opt(attrs.is_mms)
    if is_mms is None:
        is_mms = bool(media)
    return InboundMessage(
        id=record.id,
        kind="inbound_mms" if is_mms or media else "inbound_sms",
        from_=attrs.from_,
        to=attrs.to,
        body=_opt(attrs.body),
        timestamp=_utc(attrs.timestamp),
        is_mms=is_mms,
        media=media,
        direction=_opt(attrs.direction),
        status=_opt(attrs.status),
        message_type=_opt(attrs.message_type),
        message_encoding=_opt(attrs.message_encoding),
        amount_nanodollars=_as_int(attrs.amount_nanodollars, "data.attributes.amount_nanodollars"),
        amount_display=_opt(attrs.amount_display),
        callback_url=_opt(attrs.message_callback_url),
        extra=_extras(attrs),
        raw=payload,
    )


def _delivery_receipt(payload: Mapping[str, Any]) -> DeliveryReceipt:
    notice = DeliveryReceiptWebhook.from_dict(payload).data
    attrs = notice.attributes
    return DeliveryReceipt(
        id=notice.id,
        level=attrs.level,
        status=attrs.status,
        status_code=_as_int(attrs.status_code, "data.attributes.status_code"),
        status_code_description=_opt(attrs.status_code_description),
        timestamp=_utc(attrs.timestamp),
        body=_opt(attrs.body),
        extra=_extras(attrs),
        raw=payload,
    )


def _port_order_event(payload: Mapping[str, Any]) -> PortOrderEvent:
    event = PortOrderEventWebhook.from_dict(payload).data
    attrs = event.attributes
    return PortOrderEvent(
        id=event.id,
        port_order_id=str(attrs.resource_id),
        status=attrs.status,
        event_type=_opt(attrs.event_type),
        message=_opt(attrs.message),
        timestamp=_utc(_opt(event.timestamp) or _opt(attrs.timestamp) or _opt(attrs.at)),
        extra=_extras(attrs),
        raw=payload,
    )


_BUILDERS: dict[str, Callable[[Mapping[str, Any]], WebhookEvent]] = {
    "message": _inbound_message,
    "delivery_receipt": _delivery_receipt,
    "po_status_change": _port_order_event,
}


def decode_body(body: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> Mapping[str, Any]:
    """The JSON object in ``body``; ``WebhookPayloadError`` for anything else."""
    if isinstance(body, Mapping):
        return body
    if isinstance(body, bytearray | memoryview):
        body = bytes(body)
    if not isinstance(body, bytes | str):
        raise WebhookPayloadError(f"body: expected bytes, str or a mapping, got {type(body).__name__}")
    try:
        value = _json.loads(body)
    except (ValueError, RecursionError) as exc:
        # The decoder's message can quote the body; say only what went wrong.
        raise WebhookPayloadError("body: not valid JSON") from exc
    if not isinstance(value, dict):
        raise WebhookPayloadError(f"body: expected a JSON object, got {type(value).__name__}")
    return value


def parse_event(body: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> WebhookEvent:
    """Parse one webhook body (bytes, str or an already decoded mapping) into a typed event.

    Returns an ``InboundMessage`` (SMS or MMS), a ``DeliveryReceipt`` or a
    ``PortOrderEvent``. Raises ``UnknownEventError`` for a well-formed payload of
    a type this SDK does not know, and ``WebhookPayloadError`` for anything that
    is not a Flowroute webhook.
    """
    payload = decode_body(body)
    data = payload.get("data")
    if not isinstance(data, Mapping):
        raise WebhookPayloadError("data: expected a JSON object")
    event_type = data.get("type")
    if not isinstance(event_type, str):
        raise WebhookPayloadError("data.type: expected a string")
    builder = _BUILDERS.get(event_type)
    if builder is None:
        attributes = data.get("attributes")
        # Port-order callbacks are the only documented Numbers-side events; another
        # event type on them is still a port-order event if it says so.
        if isinstance(attributes, Mapping) and attributes.get("resource_type") == "portorders":
            builder = _port_order_event
        else:
            raise UnknownEventError(event_type)
    try:
        return builder(payload)
    except WebhookPayloadError:
        raise
    except KeyError as exc:
        raise WebhookPayloadError(f"missing field {exc.args[0]!r} in a {event_type!r} webhook") from None
    except (TypeError, ValueError, AttributeError, IndexError) as exc:
        # The generated models' messages name the field and the type, never the value.
        detail = str(exc) if isinstance(exc, TypeError) else type(exc).__name__
        raise WebhookPayloadError(f"malformed {event_type!r} webhook: {detail}") from None

"""Realistic webhook payloads, and ``simulate`` to POST them at your endpoint as Flowroute would."""

from __future__ import annotations

import copy
import datetime
import secrets
import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .._exceptions import APIConnectionError, InvalidParameterError
from ._events import EVENT_KINDS, EventKind

# Example numbers from the 555-01xx range, which is reserved for fiction.
_YOUR_NUMBER = "16175550142"
_THEIR_NUMBER = "13125550177"


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _mdr_id() -> str:
    return "mdr2-" + secrets.token_hex(16)


def _message(is_mms: bool) -> dict[str, Any]:
    return {
        "data": {
            "type": "message",
            "id": _mdr_id(),
            "attributes": {
                "from": _THEIR_NUMBER,
                "to": _YOUR_NUMBER,
                "body": None if is_mms else "Running 10 minutes late",
                "direction": "inbound",
                "is_mms": is_mms,
                "message_type": "longcode",
                "message_encoding": 0,
                "status": "" if is_mms else "delivered",
                "timestamp": _now(),
                "amount_display": "$0.0195" if is_mms else "$0.0040",
                "amount_nanodollars": 19_500_000 if is_mms else 4_000_000,
                "delivery_receipts": [],
            },
        }
    }


def _media_item(index: int, spec: Mapping[str, Any]) -> dict[str, Any]:
    media_id = str(spec.get("id") or f"{secrets.token_hex(8)}-{index}")
    attributes = {
        "file_name": spec.get("file_name", f"image{index:03d}.jpg"),
        "file_size": spec.get("file_size", 48_211),
        "mime_type": spec.get("mime_type", "image/jpeg"),
        "url": spec.get("url", f"https://media.example.test/{media_id}"),
    }
    return {
        "type": "media",
        "id": media_id,
        "attributes": attributes,
        "links": {"self": f"https://api.flowroute.com/v2.2/media/{media_id}"},
    }


def _receipt() -> dict[str, Any]:
    mdr = _mdr_id()
    return {
        "data": {
            "type": "delivery_receipt",
            "id": mdr,
            "attributes": {
                "body": "Your code is 4821",
                "level": 2,
                "status": "delivered",
                "status_code": "1000",
                "status_code_description": "Message delivered",
                "timestamp": _now(),
            },
            "links": {"related": f"https://api.flowroute.com/v2.1/messages/{mdr}"},
        }
    }


def _port_order() -> dict[str, Any]:
    event_id, now = str(uuid.uuid4()), _now()
    return {
        "data": {
            "type": "po_status_change",
            "id": event_id,
            "timestamp": now,
            "attributes": {
                "type": "event",
                "event_type": "status_change",
                "resource_type": "portorders",
                "resource_id": "61234",
                "status": "completed",
                "message": "Port Order #61234 has been completed.",
                "customer_id": secrets.token_hex(6),
                "id": event_id,
                "at": now,
                "timestamp": now,
                "url_override": None,
                "version": "1.0",
            },
        }
    }


def sample_payload(kind: EventKind, **fields: Any) -> dict[str, Any]:
    """A payload shaped like the ones Flowroute sends for ``kind``, with ``fields`` replacing attributes.

    ``id`` replaces the event's id; ``from_`` stands for ``from``; ``media`` (for
    ``inbound_mms``) is a list of dicts with ``url`` and optionally ``file_name``,
    ``mime_type``, ``file_size``. Any other name must be one of the kind's attributes.
    """
    if kind not in EVENT_KINDS:
        raise InvalidParameterError("kind", f"{kind!r} is not an event kind", f"one of {', '.join(EVENT_KINDS)}")
    if kind == "inbound_sms":
        payload = _message(False)
    elif kind == "inbound_mms":
        payload = _message(True)
    elif kind == "delivery_receipt":
        payload = _receipt()
    else:
        payload = _port_order()
    data, fields = payload["data"], dict(fields)
    if "id" in fields:
        data["id"] = str(fields.pop("id"))
    if kind == "inbound_mms":
        media: Sequence[Mapping[str, Any]] = fields.pop("media", [{}])
        payload["included"] = [_media_item(index, spec) for index, spec in enumerate(media, 1)]
        data["relationships"] = {"media": {"data": [{"type": "media", "id": m["id"]} for m in payload["included"]]}}
    attributes = data["attributes"]
    for name, value in fields.items():
        key = "from" if name == "from_" else name
        if key not in attributes:
            raise InvalidParameterError(name, f"not an attribute of {kind}", f"one of {', '.join(sorted(attributes))}")
        attributes[key] = value
    return payload


def simulate(
    url: str,
    kind: EventKind,
    *,
    redeliveries: int = 0,
    interval: float = 0.0,
    timeout: float = 10.0,
    **fields: Any,
) -> list[int]:
    """POST a realistic ``kind`` webhook to ``url``, then the same body ``redeliveries`` more times.

    Flowroute re-sends an unacknowledged webhook four times, 30 seconds apart;
    ``interval`` sets the pause here (0 by default, to test quickly). Returns the
    status code of each POST. ``fields`` are passed to ``sample_payload``.
    """
    if isinstance(redeliveries, bool) or not isinstance(redeliveries, int) or redeliveries < 0:
        raise InvalidParameterError("redeliveries", f"{redeliveries!r} was given", "an integer >= 0")
    payload = sample_payload(kind, **fields)
    statuses = []
    with httpx.Client(timeout=timeout, headers={"user-agent": "flowroute-sdk-simulate"}) as client:
        for attempt in range(redeliveries + 1):
            if attempt and interval:
                time.sleep(interval)
            try:
                response = client.post(url, json=copy.deepcopy(payload))
            except httpx.HTTPError as exc:
                raise APIConnectionError(
                    f"could not POST the webhook: {type(exc).__name__}", method="POST", url=url
                ) from exc
            statuses.append(response.status_code)
    return statuses

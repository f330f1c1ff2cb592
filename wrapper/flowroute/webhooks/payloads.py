"""The webhook bodies Flowroute POSTs, built from their parts, and the spec's example of each kind.

The shapes follow the ``webhooks:`` section of ``spec/flowroute.yaml``; ``example``
reads that section's examples from the copy of the spec shipped in the generated
package. ``sample_payload``/``simulate`` and ``flowroute.testing``'s fake both build
their bodies here, so what they send is written down once.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

from ._events import EventKind

API_BASE = "https://api.flowroute.com"

# Where each kind's example lives in the spec's ``webhooks:`` section.
_SPEC_WEBHOOK = {
    "inbound_sms": "inbound_sms",
    "inbound_mms": "inbound_mms",
    "delivery_receipt": "delivery_receipt",
    "port_order": "port_order_status_change",
}


@functools.cache
def _spec_webhooks() -> dict[str, Any]:
    text = resources.files("flowroute_api").joinpath("openapi.json").read_text(encoding="utf-8")
    webhooks: dict[str, Any] = json.loads(text)["webhooks"]
    return webhooks


def example(kind: EventKind) -> dict[str, Any]:
    """A fresh copy of the spec's first example body for ``kind``."""
    content = _spec_webhooks()[_SPEC_WEBHOOK[kind]]["post"]["requestBody"]["content"]["application/json"]
    first = next(iter(content["examples"].values()))
    value: dict[str, Any] = copy.deepcopy(first["value"])
    return value


def message_link(mdr_id: str, api_base: str = API_BASE) -> str:
    """Where the message detail record ``mdr_id`` is read."""
    return f"{api_base}/v2.1/messages/{mdr_id}"


def media_resource(
    media_id: str,
    *,
    url: str,
    file_name: str,
    file_size: int,
    mime_type: str,
    api_base: str = API_BASE,
) -> dict[str, Any]:
    """One entry of an MMS webhook's ``included`` list."""
    return {
        "type": "media",
        "id": media_id,
        "attributes": {"file_name": file_name, "file_size": file_size, "mime_type": mime_type, "url": url},
        "links": {"self": f"{api_base}/v2.2/media/{media_id}"},
    }


def message_payload(
    message: Mapping[str, Any],
    media: Sequence[Mapping[str, Any]] = (),
    *,
    callback_url: str | None = None,
) -> dict[str, Any]:
    """An inbound SMS/MMS webhook: ``message`` is the MDR (``type``, ``id``, ``attributes``).

    ``media`` are ``media_resource`` entries: the message names them in
    ``relationships.media`` and the body carries them in ``included``.
    ``callback_url`` is the URL the webhook goes to, which Flowroute echoes as
    ``message_callback_url``.
    """
    data = copy.deepcopy(dict(message))
    data.pop("relationships", None)
    if callback_url is not None:
        data["attributes"]["message_callback_url"] = callback_url
    payload: dict[str, Any] = {"data": data}
    if media:
        data["relationships"] = {"media": {"data": [{"type": "media", "id": item["id"]} for item in media]}}
        payload["included"] = [copy.deepcopy(dict(item)) for item in media]
    return payload


def receipt_payload(mdr_id: str, attributes: Mapping[str, Any], *, api_base: str = API_BASE) -> dict[str, Any]:
    """A delivery-receipt webhook about message ``mdr_id``; ``attributes`` as the spec lists them."""
    return {
        "data": {
            "type": "delivery_receipt",
            "id": mdr_id,
            "attributes": dict(attributes),
            "links": {"related": message_link(mdr_id, api_base)},
        }
    }


def port_order_payload(
    event_id: str,
    *,
    order_id: str,
    status: str,
    message: str,
    at: str,
    url_override: str | None = None,
    customer_id: str | None = None,
) -> dict[str, Any]:
    """A port order's status-change webhook; ``at`` is when it changed (ISO 8601)."""
    attributes: dict[str, Any] = {
        "type": "event",
        "event_type": "status_change",
        "resource_type": "portorders",
        "resource_id": order_id,
        "status": status,
        "message": message,
        "id": event_id,
        "at": at,
        "timestamp": at,
        "url_override": url_override,
        "version": "1.0",
    }
    if customer_id is not None:
        attributes["customer_id"] = customer_id
    return {"data": {"type": "po_status_change", "id": event_id, "timestamp": at, "attributes": attributes}}

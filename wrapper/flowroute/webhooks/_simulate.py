"""Realistic webhook payloads (the spec's examples, made fresh), and ``simulate`` to POST them as Flowroute would."""

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
from . import payloads
from ._events import EVENT_KINDS, EventKind


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _mdr_id() -> str:
    return "mdr2-" + secrets.token_hex(16)


def _fresh(kind: EventKind, data: dict[str, Any], media: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The spec's example for ``kind`` with a new id and time (and ``media`` for an MMS)."""
    if kind == "port_order":
        attributes = data["attributes"]
        return payloads.port_order_payload(
            str(uuid.uuid4()),
            order_id=attributes["resource_id"],
            status=attributes["status"],
            message=attributes["message"],
            at=_now(),
            url_override=attributes.get("url_override"),
            customer_id=secrets.token_hex(6),
        )
    data["attributes"]["timestamp"] = _now()
    if kind == "delivery_receipt":
        return payloads.receipt_payload(_mdr_id(), data["attributes"])
    data["id"] = _mdr_id()
    if kind == "inbound_sms":
        return payloads.message_payload(data)
    defaults = payloads.example("inbound_mms")["included"][0]["attributes"]
    items = []
    for index, item in enumerate(media, 1):
        media_id = str(item.get("id") or f"{secrets.token_hex(4)}-{index}")
        fields = {name: item.get(name, defaults[name]) for name in ("file_name", "file_size", "mime_type")}
        url = str(item.get("url") or f"{defaults['url'].rsplit('/', 1)[0]}/{media_id}")
        items.append(payloads.media_resource(media_id, url=url, **fields))
    return payloads.message_payload(data, items)


def sample_payload(kind: EventKind, **fields: Any) -> dict[str, Any]:
    """A payload shaped like the ones Flowroute sends for ``kind``, with ``fields`` replacing attributes.

    It is the spec's example for the kind with a fresh id and timestamp.
    ``id`` replaces the event's id; ``from_`` stands for ``from``; ``media`` (for
    ``inbound_mms``) is a list of dicts with ``url`` and optionally ``file_name``,
    ``mime_type``, ``file_size``. Any other name must be one of the kind's attributes.
    """
    if kind not in EVENT_KINDS:
        raise InvalidParameterError("kind", f"{kind!r} is not an event kind", f"one of {', '.join(EVENT_KINDS)}")
    fields = dict(fields)
    media: Sequence[Mapping[str, Any]] = fields.pop("media", [{}]) if kind == "inbound_mms" else ()
    payload = _fresh(kind, payloads.example(kind)["data"], media)
    data = payload["data"]
    if "id" in fields:
        data["id"] = str(fields.pop("id"))
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

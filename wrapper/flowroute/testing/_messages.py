"""Messages v2.1: sending, message detail records, callbacks, delivery receipts, inbound messages."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from ..webhooks import payloads
from ._encoding import price
from ._errors import invalid, not_found
from ._ops import Reply, Request, handles, page
from ._state import State, timestamp
from ._webhooks import Delivery

_PRODUCTS = {
    "sms_callback": "sms",
    "mms_callback": "mms",
    "dlr_callback": "dlr",
    "sms_dlr_callback": "dlr",
    "mms_dlr_callback": "dlr",
}


def _receipts(state: State) -> list[dict[str, Any]]:
    now = timestamp(state.now())
    return [
        {
            "level": 1,
            "status": "smsc submit",
            "status_code": None,
            "status_code_description": "Message has been sent",
            "timestamp": now,
        },
        {
            "level": 2,
            "status": "delivered",
            "status_code": 1000,
            "status_code_description": "Message delivered to handset",
            "timestamp": now,
        },
    ]


def _dlr_url(state: State, sender: str, is_mms: bool, per_message: str | None) -> str | None:
    if per_message:
        return per_message
    kind = "mms_dlr_callback" if is_mms else "sms_dlr_callback"
    number = state.numbers.get(sender)
    if number is not None and kind in number.callbacks:
        return number.callbacks[kind]
    fallbacks = (kind,) if is_mms else (kind, "dlr_callback")
    return next((state.account_callbacks[k] for k in fallbacks if k in state.account_callbacks), None)


@handles("send_a_message")
def send(state: State, req: Request) -> Reply:
    attrs = req.attributes()
    sender, to = attrs["from"].lstrip("+"), attrs["to"].lstrip("+")
    media = attrs.get("media_urls") or []
    body = attrs.get("body")
    if body is None and not media:
        raise invalid("A message needs a body unless it has media_urls.")
    number = state.numbers.get(sender)
    if number is None:
        raise invalid(f"The 'from' number {sender} is not on your account.")
    is_mms = bool(attrs.get("is_mms")) or bool(media)
    pricing = price(body, is_mms=is_mms)
    mdr_id = state.new_mdr_id()
    receipts = [] if is_mms else _receipts(state)
    state.messages[mdr_id] = {
        "moment": state.now(),
        "resource": {
            "type": "message",
            "id": mdr_id,
            "attributes": {
                "from": sender,
                "to": to,
                "body": body,
                "direction": "outbound",
                "is_mms": is_mms,
                "message_type": number.number_type,
                "message_encoding": pricing.encoding,
                "status": "delivered",
                "timestamp": timestamp(state.now()),
                "amount_display": pricing.amount_display,
                "amount_nanodollars": pricing.amount_nanodollars,
                "delivery_receipts": receipts,
            },
        },
        "segments": pricing.segments,
    }
    url = _dlr_url(state, sender, is_mms, attrs.get("dlr_callback"))
    if url is not None:
        for receipt in receipts or _receipts(state):
            attributes = {"body": body, **receipt, "status_code": _text(receipt["status_code"])}
            state.webhooks.send(
                "delivery_receipt", url, payloads.receipt_payload(mdr_id, attributes, api_base=req.base_url)
            )
    return Reply(
        202, {"data": {"type": "message", "id": mdr_id, "links": {"self": payloads.message_link(mdr_id, req.base_url)}}}
    )


def _text(code: int | None) -> str | None:
    # The DLR webhook documents status_code as a string, the MDR as an integer.
    return None if code is None else str(code)


@handles("look_up_a_message_detail_record")
def get_mdr(state: State, req: Request) -> Reply:
    found = state.messages.get(req.path["id"])
    if found is None:
        raise not_found("that message")
    return Reply(200, {"data": found["resource"]})


def _bound(text: str, *, end: bool) -> datetime:
    if "T" not in text and len(text) == 10:
        day = date.fromisoformat(text)
        # A bare end date includes its whole day.
        return datetime.combine(day, time.max if end else time.min, tzinfo=UTC)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@handles("look_up_a_set_of_messages")
def list_mdrs(state: State, req: Request) -> Reply:
    try:
        start = _bound(req.query["start_date"], end=False)
        end = _bound(req.query["end_date"], end=True) if "end_date" in req.query else state.now()
    except ValueError as exc:
        raise invalid(f"Invalid date: {exc}") from None
    found = [m["resource"] for m in state.messages.values() if start <= m["moment"] <= end]
    return Reply(200, page(req, found))


# --- callbacks ---------------------------------------------------------------------------------


@handles("set_account_callback")
def set_account_callback(state: State, req: Request) -> Reply:
    state.account_callbacks[req.path["callback_type"]] = req.attributes()["callback_url"]
    return Reply(204)


@handles("get_account_callback")
def get_account_callback(state: State, req: Request) -> Reply:
    kind = req.path["callback_type"]
    attributes = {"callback_url": state.account_callbacks.get(kind), "api_version": "v2.1", "product": _PRODUCTS[kind]}
    return Reply(200, {"data": {"type": "callback", "attributes": attributes}})


@handles("delete_account_callback")
def delete_account_callback(state: State, req: Request) -> Reply:
    state.account_callbacks.pop(req.path["callback_type"], None)
    return Reply(204)


@handles("set_number_messaging_callback")
def set_number_callback(state: State, req: Request) -> Reply:
    number = state.owned(req.path["number_id"])
    number.callbacks[req.path["relationship"]] = req.attributes()["callback_url"]
    return Reply(204)


# --- provisioning -----------------------------------------------------------------------------


@handles("set_message_provisioning")
def provision(state: State, req: Request) -> Reply:
    attrs = req.attributes()
    enable = attrs["action"] == "enable"
    done: list[str] = []
    for e164 in attrs["numbers"]:
        number = state.owned(e164)
        number.messaging_enabled = enable
        done.append(e164)
    job_id = str(88120 + len(state.provisioning))
    if len(done) == 1:
        data = {
            "type": "message_provisioning_status",
            "id": job_id,
            "attributes": {"status": "complete", "tn": done[0]},
        }
    else:
        data = {
            "type": "message_bulk_provisioning_status",
            "id": job_id,
            "attributes": {
                "status": "complete",
                "message": f"Provisioned {len(done)} numbers.",
                "numbers": {"processing": [], "successful": done},
            },
        }
    state.provisioning[job_id] = data
    return Reply(201, {"data": data})


# --- inbound ------------------------------------------------------------------------------------


def inbound(
    state: State,
    base_url: str,
    *,
    to: str,
    from_: str,
    body: str | None,
    media: list[dict[str, Any]],
) -> tuple[dict[str, Any], Delivery | None]:
    """Record an inbound message for an account number and POST it to that number's callback."""
    number = state.owned(to)
    is_mms = bool(media)
    kind = "mms_callback" if is_mms else "sms_callback"
    url = number.callbacks.get(kind) or state.account_callbacks.get(kind)
    mdr_id = state.new_mdr_id()
    pricing = price(body, is_mms=is_mms)
    message = {
        "type": "message",
        "id": mdr_id,
        "attributes": {
            "from": from_.lstrip("+"),
            "to": number.value,
            "body": body,
            "direction": "inbound",
            "is_mms": is_mms,
            "message_type": number.number_type,
            "message_encoding": pricing.encoding,
            "status": "" if is_mms else "delivered",
            "timestamp": timestamp(state.now()),
            "amount_display": pricing.amount_display,
            "amount_nanodollars": pricing.amount_nanodollars,
            "delivery_receipts": [],
        },
    }
    media_resources = [
        payloads.media_resource(
            f"{mdr_id[5:13]}-{i}",
            url=item["url"],
            file_name=item.get("file_name", f"media{i}.jpg"),
            file_size=int(item.get("file_size", 1024)),
            mime_type=item.get("mime_type", "image/jpeg"),
            api_base=base_url,
        )
        for i, item in enumerate(media, 1)
    ]
    # The stored MDR names its media as the webhook does.
    resource = payloads.message_payload(message, media_resources)["data"]
    state.messages[mdr_id] = {"moment": state.now(), "resource": resource, "segments": pricing.segments}
    if url is None:
        return resource, None
    payload = payloads.message_payload(resource, media_resources, callback_url=url)
    return resource, state.webhooks.send("inbound_mms" if is_mms else "inbound_sms", url, payload)

"""Messages v2.1: send SMS/MMS and read message detail records (MDRs)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from flowroute_api.api.messages import (
    delete_account_callback as _delete_callback,
)
from flowroute_api.api.messages import (
    get_account_callback as _get_callback,
)
from flowroute_api.api.messages import (
    look_up_a_message_detail_record as _mdr,
)
from flowroute_api.api.messages import (
    look_up_a_set_of_messages as _mdrs,
)
from flowroute_api.api.messages import (
    send_a_message as _send,
)
from flowroute_api.api.messages import (
    set_account_callback as _set_callback,
)
from flowroute_api.models import (
    AccountCallbackDocument,
    AccountCallbackType,
    CallbackUrl,
    MessageAccepted,
    MessageDetailRecord,
    MessageDocument,
    MessagePage,
    OutboundMessage,
    OutboundMessageDocument,
)
from flowroute_api.types import Unset

from .. import _validate as check
from .._api import AsyncResource, SyncResource, async_method, sync_method
from .._bulk import async_send_many, sync_send_many
from .._call import Call
from .._pagination import Pager, async_pager, sync_pager
from .numbers import set_number_messaging_callback

SendBody = OutboundMessage | OutboundMessageDocument


def _legacy_booleans(attributes: dict[str, Any]) -> dict[str, Any]:
    # The old SDK's README sent "is_mms": "true"; the API wants a JSON boolean.
    flag = attributes.get("is_mms")
    if isinstance(flag, str) and flag.lower() in ("true", "false"):
        return {**attributes, "is_mms": flag.lower() == "true"}
    return attributes


def _coerce_send_body(message_body: SendBody | dict[str, Any] | str) -> SendBody:
    # Fields are checked on the JSON form first, so an error names the exact field
    # (message_body.data.attributes.to) rather than the model it failed to fit.
    if isinstance(message_body, OutboundMessageDocument):
        _check_message(message_body.data.attributes.to_dict(), "message_body.data.attributes.")
        return message_body
    if isinstance(message_body, OutboundMessage):
        _check_message(message_body.to_dict(), "message_body.")
        return message_body
    raw = check.json_object(message_body, "message_body", "a message model, a dict or JSON text")
    data = raw.get("data")
    if isinstance(data, dict):
        found = data.get("attributes")
        attributes = _legacy_booleans(found) if isinstance(found, dict) else {}
        _check_message(attributes, "message_body.data.attributes.")
        document = {**raw, "data": {**data, "attributes": attributes}}
        return check.model(document, "message_body", OutboundMessageDocument, OutboundMessageDocument.from_dict)
    attributes = _legacy_booleans(raw)
    _check_message(attributes, "message_body.")
    return check.model(attributes, "message_body", OutboundMessage, OutboundMessage.from_dict)


def _check_message(attributes: Mapping[str, Any], prefix: str) -> None:
    # Missing fields arrive as None, which the checks refuse by name.
    check.message_address(attributes.get("to"), f"{prefix}to")  # type: ignore[arg-type]
    check.message_address(attributes.get("from"), f"{prefix}from")  # type: ignore[arg-type]
    media = attributes.get("media_urls")
    check.urls(media, f"{prefix}media_urls")
    check.message_body(attributes.get("body"), has_media=bool(media))
    if "is_mms" in attributes and not isinstance(attributes["is_mms"], bool):
        raise check.InvalidParameterError(
            f"{prefix}is_mms", f"{attributes['is_mms']!r} is not a boolean", "True or False"
        )
    check.url(attributes.get("dlr_callback"), f"{prefix}dlr_callback")


def send_a_message(message_body: SendBody | dict[str, Any] | str) -> Call[MessageAccepted]:
    """Send an SMS or MMS from a body in either form the API takes.

    The body may be flat (``{"to", "from", "body", …}``) or JSON:API
    (``{"data": {"type": "message", "attributes": {…}}}``), as a model, a dict
    or JSON text. ``send(to, from_, body)`` builds it for you. A send is never
    retried unless Flowroute provably did not process it.
    """
    body = _coerce_send_body(message_body)
    return Call.from_generated(_send._get_kwargs(body=body), MessageAccepted.from_dict)


def send(
    to: str,
    from_: str,
    body: str | None = None,
    media_urls: list[str] | None = None,
    *,
    is_mms: bool | None = None,
    dlr_callback: str | None = None,
) -> Call[MessageAccepted]:
    """Send an SMS, or an MMS when ``media_urls`` (or ``is_mms=True``) is given.

    Flowroute allows 5 SMS and 1 MMS per second per access key; an MMS carries
    at most 750 kB in all, text included.
    """
    media = check.urls(media_urls, "media_urls")
    message = OutboundMessage(
        to=check.message_address(to, "to"),
        from_=check.message_address(from_, "from_"),
        body=check.message_body(body, has_media=not isinstance(media, Unset)),
        media_urls=media,
        is_mms=check.flag(is_mms, "is_mms"),
        dlr_callback=check.url(dlr_callback, "dlr_callback"),
    )
    return Call.from_generated(_send._get_kwargs(body=message), MessageAccepted.from_dict)


def look_up_a_set_of_messages(
    start_date: date | datetime | str,
    end_date: date | datetime | str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Call[MessagePage]:
    """List MDRs between two UTC dates (``date``, ``datetime`` or ISO text).

    Naive datetimes are taken as UTC. Flowroute sets no maximum ``limit`` here.
    """
    kwargs = _mdrs._get_kwargs(
        start_date=check.api_date(start_date, "start_date"),
        end_date=check.optional_api_date(end_date, "end_date"),
        limit=check.limit(limit, None),
        offset=check.offset(offset),
    )
    return Call.from_generated(kwargs, MessagePage.from_dict)


def look_up_a_message_detail_record(id: str) -> Call[MessageDocument]:
    """Read one MDR (``mdr2-…``) with its delivery receipts."""
    return Call.from_generated(_mdr._get_kwargs(check.mdr_id(id)), MessageDocument.from_dict)


def set_account_callback(callback_type: AccountCallbackType | str, url: str) -> Call[None]:
    """Point an account-wide webhook at ``url``; a number's own callback takes precedence.

    ``callback_type`` is ``sms_callback``, ``mms_callback``, ``sms_dlr_callback``,
    ``mms_dlr_callback`` or the deprecated ``dlr_callback`` (SMS DLRs). The body
    is the flat ``{"callback_url": …}``.
    """
    if url is None:
        raise check.InvalidParameterError("url", "None was given", "an absolute http(s) URL")
    kwargs = _set_callback._get_kwargs(
        check.required_choice(callback_type, "callback_type", AccountCallbackType),
        body=CallbackUrl(callback_url=str(check.url(url, "url"))),
    )
    return Call.from_generated(kwargs, None)


def get_account_callback(callback_type: AccountCallbackType | str) -> Call[AccountCallbackDocument]:
    """Read the URL an account-wide webhook currently posts to."""
    kwargs = _get_callback._get_kwargs(check.required_choice(callback_type, "callback_type", AccountCallbackType))
    return Call.from_generated(kwargs, AccountCallbackDocument.from_dict)


def delete_account_callback(callback_type: AccountCallbackType | str) -> Call[None]:
    """Stop an account-wide webhook.

    Flowroute documents this DELETE only on its v2.2 messaging pages; that v2.1
    accepts it is unconfirmed, so expect a 404/405 on accounts where it does not.
    """
    kwargs = _delete_callback._get_kwargs(check.required_choice(callback_type, "callback_type", AccountCallbackType))
    return Call.from_generated(kwargs, None)


def set_account_level_sms_callback(url: str) -> Call[None]:
    """Set the account's inbound-SMS webhook (the later Flowroute SDK's name)."""
    return set_account_callback(AccountCallbackType.SMS_CALLBACK, url)


def set_account_level_mms_callback(url: str) -> Call[None]:
    """Set the account's inbound-MMS webhook (the later Flowroute SDK's name)."""
    return set_account_callback(AccountCallbackType.MMS_CALLBACK, url)


def set_account_level_dlr_callback(url: str) -> Call[None]:
    """Set the account's SMS delivery-receipt webhook (the later Flowroute SDK's name).

    That SDK sent the deprecated type ``dlr_callback``; this sends its current
    name, ``sms_dlr_callback``.
    """
    return set_account_callback(AccountCallbackType.SMS_DLR_CALLBACK, url)


def set_did_level_dlr_callback(number_id: str | int, dlr_url: str) -> Call[None]:
    """Set one number's SMS delivery-receipt webhook (the later Flowroute SDK's name).

    Sends ``sms_dlr_callback`` where that SDK sent the deprecated ``dlr_callback``.
    """
    return set_number_messaging_callback(number_id, "sms_dlr_callback", dlr_url)


def iter_messages(
    start_date: date | datetime | str,
    end_date: date | datetime | str | None = None,
    *,
    page_size: int | None = None,
    max_items: int | None = None,
) -> Pager[MessageDetailRecord]:
    """Every MDR in the UTC range, ``page_size`` (default 200) at a time."""
    return Pager.create(
        lambda limit, offset: look_up_a_set_of_messages(start_date, end_date, limit, offset),
        lambda page: list(page.data),
        page_size=page_size,
        max_page_size=None,
        max_items=max_items,
    )


class MessagesResource(SyncResource):
    send_many = sync_send_many
    send_a_message = sync_method(send_a_message)
    send = sync_method(send)
    look_up_a_set_of_messages = sync_method(look_up_a_set_of_messages)
    look_up_a_message_detail_record = sync_method(look_up_a_message_detail_record)
    set_account_callback = sync_method(set_account_callback)
    get_account_callback = sync_method(get_account_callback)
    delete_account_callback = sync_method(delete_account_callback)
    set_account_level_sms_callback = sync_method(set_account_level_sms_callback)
    set_account_level_mms_callback = sync_method(set_account_level_mms_callback)
    set_account_level_dlr_callback = sync_method(set_account_level_dlr_callback)
    set_did_level_dlr_callback = sync_method(set_did_level_dlr_callback)
    iter_messages = sync_pager(iter_messages)


class AsyncMessagesResource(AsyncResource):
    send_many = async_send_many
    send_a_message = async_method(send_a_message)
    send = async_method(send)
    look_up_a_set_of_messages = async_method(look_up_a_set_of_messages)
    look_up_a_message_detail_record = async_method(look_up_a_message_detail_record)
    set_account_callback = async_method(set_account_callback)
    get_account_callback = async_method(get_account_callback)
    delete_account_callback = async_method(delete_account_callback)
    set_account_level_sms_callback = async_method(set_account_level_sms_callback)
    set_account_level_mms_callback = async_method(set_account_level_mms_callback)
    set_account_level_dlr_callback = async_method(set_account_level_dlr_callback)
    set_did_level_dlr_callback = async_method(set_did_level_dlr_callback)
    iter_messages = async_pager(iter_messages)

"""Messaging conveniences: ``send()``, bodies in either form the API takes, and webhook shortcuts.

Every messages operation comes from the spec (``flowroute_api.operations.messages``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from flowroute_api.models import (
    AccountCallbackType,
    MessageAccepted,
    OutboundMessage,
    OutboundMessageDocument,
)
from flowroute_api.operations import messages as spec
from flowroute_api.types import Unset

from .. import _validate as check
from .._call import Call
from .._resources import async_method, raw_method, sync_method
from .numbers import callback_body, set_number_messaging_callback

if TYPE_CHECKING:
    from .._bulk import OutgoingMessage, SendResult

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
    return spec.send_a_message(body)


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
    return spec.send_a_message(message)


def set_account_callback(callback_type: AccountCallbackType | str, url: str) -> Call[None]:
    """Point an account-wide webhook at ``url``; a number's own callback takes precedence.

    ``callback_type`` is ``sms_callback``, ``mms_callback``, ``sms_dlr_callback``,
    ``mms_dlr_callback`` or the deprecated ``dlr_callback`` (SMS DLRs). The body
    is the flat ``{"callback_url": …}``.
    """
    return spec.set_account_callback(callback_type, callback_body(url))


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


class MessagesResource(spec.MessagesOperations):
    send_a_message = sync_method(send_a_message)
    send = sync_method(send)
    set_account_callback = sync_method(set_account_callback)
    set_account_level_sms_callback = sync_method(set_account_level_sms_callback)
    set_account_level_mms_callback = sync_method(set_account_level_mms_callback)
    set_account_level_dlr_callback = sync_method(set_account_level_dlr_callback)
    set_did_level_dlr_callback = sync_method(set_did_level_dlr_callback)


class AsyncMessagesResource(spec.AsyncMessagesOperations):
    async def send_many(self, messages: Iterable[OutgoingMessage], *, concurrency: int = 10) -> list[SendResult]:
        """Send every message with at most ``concurrency`` requests in flight.

        Each item is a dict of ``send()`` keywords (``to``, ``from_``, ``body``,
        ``media_urls``…), a dict in the API's own JSON, or a message model.
        Returns one ``SendResult`` per message, in input order; failures are
        reported there and never cancel the rest. Flowroute's limit is 5 SMS and
        1 MMS per second per key: over it, sends come back as ``RateLimitError``
        after the client's retries.
        """
        from .._bulk import send_many

        return await send_many(self._client, messages, concurrency=concurrency)

    send_a_message = async_method(send_a_message)
    send = async_method(send)
    set_account_callback = async_method(set_account_callback)
    set_account_level_sms_callback = async_method(set_account_level_sms_callback)
    set_account_level_mms_callback = async_method(set_account_level_mms_callback)
    set_account_level_dlr_callback = async_method(set_account_level_dlr_callback)
    set_did_level_dlr_callback = async_method(set_did_level_dlr_callback)


class RawMessagesResource(spec.RawMessagesOperations):
    send_a_message = raw_method(send_a_message)
    send = raw_method(send)
    set_account_callback = raw_method(set_account_callback)
    set_account_level_sms_callback = raw_method(set_account_level_sms_callback)
    set_account_level_mms_callback = raw_method(set_account_level_mms_callback)
    set_account_level_dlr_callback = raw_method(set_account_level_dlr_callback)
    set_did_level_dlr_callback = raw_method(set_did_level_dlr_callback)

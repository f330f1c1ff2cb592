"""Messaging conveniences: ``send()``, bodies in either form the API takes, and webhook shortcuts.

Every messages operation comes from the spec (``flowroute_api.operations.messages``).
"""

from __future__ import annotations

import copy
from typing import Any

from flowroute_api.models import (
    AccountCallbackType,
    MessageAccepted,
    OutboundMessage,
    OutboundMessageDocument,
)
from flowroute_api.operations import messages as spec

from .. import _validate as check
from .._bulk import async_send_many, sync_send_many
from .._call import Call
from .._resources import async_method, raw_method, sync_method
from .numbers import callback_body, set_number_messaging_callback

SendBody = OutboundMessage | OutboundMessageDocument
_ADDRESS_RULES = dict(spec.OPERATIONS["send_a_message"].body_rules)
# The spec's body rules name the wire field "from"; send() calls it from_.
_SEND_KEYWORDS = {"from": "from_"}


def _attributes(body: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The message fields of a flat or JSON:API body, and their path for error names."""
    data = body.get("data")
    if isinstance(data, dict):
        found = data.get("attributes")
        return (found if isinstance(found, dict) else {}), "message_body.data.attributes."
    return body, "message_body."


def _check_message(attributes: dict[str, Any], prefix: str, name: str = "body") -> None:
    """What the spec cannot say: who is addressed, and that there is text or media, within 750 kB."""
    for field in ("to", "from"):
        if attributes.get(field) is None:
            raise check.InvalidParameterError(f"{prefix}{field}", "None was given", _ADDRESS_RULES[field].expected())
    check.message_body(attributes.get("body"), has_media=bool(attributes.get("media_urls")), name=name)
    # The spec also takes the text "true"/"false" (old clients send it); the SDK sends a real
    # boolean, so by here only a boolean is left (send() takes only a boolean).
    if "is_mms" in attributes and not isinstance(attributes["is_mms"], bool):
        raise check.InvalidParameterError(
            f"{prefix}is_mms", f"a {type(attributes['is_mms']).__name__} was given", "True or False"
        )


def send_a_message(message_body: SendBody | dict[str, Any] | str) -> Call[MessageAccepted]:
    """Send an SMS or MMS from a body in either form the API takes.

    The body may be flat (``{"to", "from", "body", …}``) or JSON:API
    (``{"data": {"type": "message", "attributes": {…}}}``), as a model, a dict
    or JSON text. ``send(to, from_, body)`` builds it for you. A send is never
    retried unless Flowroute provably did not process it.
    """
    if isinstance(message_body, OutboundMessage | OutboundMessageDocument):
        body = message_body.to_dict()
    else:
        body = copy.deepcopy(check.json_object(message_body, "message_body", "a message model, a dict or JSON text"))
    attributes, prefix = _attributes(body)
    # The old SDK's README sent "is_mms": "true"; the API wants a JSON boolean.
    flag = attributes.get("is_mms")
    if isinstance(flag, str) and flag.lower() in ("true", "false"):
        attributes["is_mms"] = flag.lower() == "true"
    _check_message(attributes, prefix)
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
    message: dict[str, Any] = {"to": to, "from": from_}
    options = {"body": body, "media_urls": media_urls, "is_mms": is_mms, "dlr_callback": dlr_callback}
    message.update((field, value) for field, value in options.items() if value is not None)
    _check_message(message, "")
    return check.by_keyword(lambda: spec.send_a_message(message), _SEND_KEYWORDS)


def set_account_callback(callback_type: AccountCallbackType | str, url: str) -> Call[None]:
    """Point an account-wide webhook at ``url``; a number's own callback takes precedence.

    ``callback_type`` is ``sms_callback``, ``mms_callback``, ``sms_dlr_callback``,
    ``mms_dlr_callback`` or the deprecated ``dlr_callback`` (SMS DLRs). The body
    is the flat ``{"callback_url": …}``.
    """
    return spec.set_account_callback(callback_type, callback_body(url))


def set_account_level_sms_callback(url: str) -> Call[None]:
    """Set the account's inbound-SMS webhook (``sms_callback``)."""
    return set_account_callback(AccountCallbackType.SMS_CALLBACK, url)


def set_account_level_mms_callback(url: str) -> Call[None]:
    """Set the account's inbound-MMS webhook (``mms_callback``)."""
    return set_account_callback(AccountCallbackType.MMS_CALLBACK, url)


def set_account_level_dlr_callback(url: str) -> Call[None]:
    """Set the account's SMS delivery-receipt webhook (``sms_dlr_callback``)."""
    return set_account_callback(AccountCallbackType.SMS_DLR_CALLBACK, url)


def set_did_level_dlr_callback(number_id: str | int, dlr_url: str) -> Call[None]:
    """Set one number's SMS delivery-receipt webhook (``sms_dlr_callback``)."""
    return set_number_messaging_callback(number_id, "sms_dlr_callback", dlr_url)


class MessagesResource(spec.MessagesOperations):
    send_many = sync_send_many
    send_a_message = sync_method(send_a_message)
    send = sync_method(send)
    set_account_callback = sync_method(set_account_callback)
    set_account_level_sms_callback = sync_method(set_account_level_sms_callback)
    set_account_level_mms_callback = sync_method(set_account_level_mms_callback)
    set_account_level_dlr_callback = sync_method(set_account_level_dlr_callback)
    set_did_level_dlr_callback = sync_method(set_did_level_dlr_callback)


class AsyncMessagesResource(spec.AsyncMessagesOperations):
    send_many = async_send_many
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

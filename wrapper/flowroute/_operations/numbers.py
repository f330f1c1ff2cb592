"""Numbers v2 conveniences: the purchase guard, partial updates, renaming and callback shortcuts.

Every other numbers operation comes from the spec (``flowroute_api.operations.numbers``).
"""

from __future__ import annotations

from flowroute_api.models import (
    CallbackUrl,
    NumberCallbackType,
    PhoneNumberDocument,
    PurchaseOptions,
)
from flowroute_api.operations import numbers as spec

from .. import _validate as check
from .._call import Call
from .._resources import async_method, raw_method, sync_method


def purchase_a_phone_number(
    id: str | int,
    *,
    cnam_lookups_enabled: bool | None = None,
    messaging_enabled: bool | None = None,
) -> Call[PhoneNumberDocument]:
    """Buy a number. This costs money and is never retried after an ambiguous failure.

    With no options nothing but the number is sent. The options travel in a
    JSON body; Flowroute does not document where they go.
    """
    options = None
    if cnam_lookups_enabled is not None or messaging_enabled is not None:
        options = PurchaseOptions(
            cnam_lookups_enabled=check.flag(cnam_lookups_enabled, "cnam_lookups_enabled"),
            messaging_enabled=check.flag(messaging_enabled, "messaging_enabled"),
        )
    return spec.purchase_a_phone_number(id, options)


def update_phone_number_details(
    id: str | int,
    *,
    alias: str | None = None,
    cnam_lookups_enabled: bool | None = None,
    messaging_enabled: bool | None = None,
    messaging_email: bool | None = None,
    messaging_callback_url: str | None = None,
) -> Call[PhoneNumberDocument]:
    """Change a number's alias, CNAM lookups or messaging; only the options given are sent.

    Enabling messaging starts a provisioning job: ``messaging_email`` and
    ``messaging_callback_url`` say how to hear that it finished and are only
    accepted together with ``messaging_enabled``. A 207 answer (provisioning
    failed, the rest applied) is returned like a 200.
    """
    fields = {
        "alias": alias,
        "cnam_lookups_enabled": cnam_lookups_enabled,
        "messaging_enabled": messaging_enabled,
        "messaging_email": messaging_email,
        "messaging_callback_url": messaging_callback_url,
    }
    given = {name: value for name, value in fields.items() if value is not None}
    if not given:
        raise check.InvalidParameterError(
            "update_phone_number_details", "no change was given", "at least one of the keyword options"
        )
    # The body's field rules (spec) check each option, and which need another, naming it on failure.
    return check.by_keyword(lambda: spec.update_phone_number_details(id, {"type": "number", **given}))


def set_did_alias(id: str | int, alias: str) -> Call[PhoneNumberDocument]:
    """Rename a number; aliases need not be unique."""
    return check.by_keyword(lambda: spec.update_phone_number_details(id, {"type": "number", "alias": alias}))


def set_number_messaging_callback(
    number_id: str | int, callback_type: NumberCallbackType | str, url: str
) -> Call[None]:
    """Point one number's inbound-message or delivery-receipt webhook at ``url``.

    ``callback_type`` is ``sms_callback``, ``mms_callback``, ``sms_dlr_callback``
    or ``mms_dlr_callback``. The body is the flat ``{"callback_url": …}``;
    setting the same URL twice is harmless, so this POST is retried like a read.
    """
    return spec.set_number_messaging_callback(number_id, callback_type, callback_body(url))


def callback_body(url: str) -> CallbackUrl:
    """The flat ``{"callback_url": url}`` body both callback endpoints take, ``url`` checked by name."""
    if url is None:
        raise check.InvalidParameterError("url", "None was given", "an absolute http(s) URL")
    check.url(url, "url")
    return CallbackUrl(callback_url=url)


def set_did_callback(id: str | int, url: str) -> Call[None]:
    """Set one number's SMS delivery-receipt webhook (``sms_dlr_callback``).

    Use ``set_number_messaging_callback`` for the other three types.
    """
    return set_number_messaging_callback(id, NumberCallbackType.SMS_DLR_CALLBACK, url)


class NumbersResource(spec.NumbersOperations):
    purchase_a_phone_number = sync_method(purchase_a_phone_number)
    update_phone_number_details = sync_method(update_phone_number_details)
    set_did_alias = sync_method(set_did_alias)
    set_number_messaging_callback = sync_method(set_number_messaging_callback)
    set_did_callback = sync_method(set_did_callback)


class AsyncNumbersResource(spec.AsyncNumbersOperations):
    purchase_a_phone_number = async_method(purchase_a_phone_number)
    update_phone_number_details = async_method(update_phone_number_details)
    set_did_alias = async_method(set_did_alias)
    set_number_messaging_callback = async_method(set_number_messaging_callback)
    set_did_callback = async_method(set_did_callback)


class RawNumbersResource(spec.RawNumbersOperations):
    purchase_a_phone_number = raw_method(purchase_a_phone_number)
    update_phone_number_details = raw_method(update_phone_number_details)
    set_did_alias = raw_method(set_did_alias)
    set_number_messaging_callback = raw_method(set_number_messaging_callback)
    set_did_callback = raw_method(set_did_callback)

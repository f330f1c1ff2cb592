"""Build the callback URL with its secret token, and point Flowroute's messaging webhooks at it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._exceptions import InvalidParameterError
from ._events import EventKind
from ._security import TOKEN_PARAMETER, check_token

if TYPE_CHECKING:
    from .._client import AsyncFlowrouteClient, FlowrouteClient

# Which of Flowroute's callback types delivers each kind. Port-order events go to
# the Numbers callback URL, which these operations do not set.
CALLBACK_TYPES: dict[str, tuple[str, ...]] = {
    "inbound_sms": ("sms_callback",),
    "inbound_mms": ("mms_callback",),
    "delivery_receipt": ("sms_dlr_callback", "mms_dlr_callback"),
}
MESSAGING_KINDS: tuple[EventKind, ...] = ("inbound_sms", "inbound_mms", "delivery_receipt")


def callback_url(base_url: str, token: str) -> str:
    """``base_url`` with ``?token=…`` set (replacing any token already there)."""
    check_token(token, "token")
    parts = urlsplit(base_url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise InvalidParameterError(
            "base_url", "not an absolute http(s) URL", "a URL such as https://example.com/hooks"
        )
    query = [(name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True) if name != TOKEN_PARAMETER]
    query.append((TOKEN_PARAMETER, token))
    return urlunsplit(parts._replace(query=urlencode(query)))


def _calls(client: Any, url: str, kinds: Iterable[str], number: str | int | None) -> list[Callable[[], Any]]:
    calls: list[Callable[[], Any]] = []
    for kind in kinds:
        if kind not in CALLBACK_TYPES:
            raise InvalidParameterError(
                "kinds", f"{kind!r} has no messaging callback", f"some of {', '.join(CALLBACK_TYPES)}"
            )
        for callback_type in CALLBACK_TYPES[kind]:
            if number is None:
                calls.append(functools.partial(client.messages.set_account_callback, callback_type, url))
            else:
                calls.append(
                    functools.partial(client.numbers.set_number_messaging_callback, number, callback_type, url)
                )
    return calls


def register_callbacks(
    client: FlowrouteClient,
    base_url: str,
    token: str,
    *,
    kinds: Iterable[EventKind] = MESSAGING_KINDS,
    number: str | int | None = None,
) -> str:
    """Point the account's (or one ``number``'s) messaging webhooks for ``kinds`` at your receiver.

    Returns the URL registered: ``base_url`` with the token added. Delivery
    receipts are registered for both SMS and MMS.
    """
    url = callback_url(base_url, token)
    for call in _calls(client, url, kinds, number):
        call()
    return url


async def aregister_callbacks(
    client: AsyncFlowrouteClient,
    base_url: str,
    token: str,
    *,
    kinds: Iterable[EventKind] = MESSAGING_KINDS,
    number: str | int | None = None,
) -> str:
    """``register_callbacks`` for an ``AsyncFlowrouteClient``."""
    url = callback_url(base_url, token)
    for call in _calls(client, url, kinds, number):
        await call()
    return url

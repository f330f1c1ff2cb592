"""Exceptions raised by ``flowroute.webhooks``; every one is a ``FlowrouteError``."""

from __future__ import annotations

from .._exceptions import FlowrouteError


class WebhookPayloadError(FlowrouteError):
    """A webhook body is not a payload Flowroute sends (bad JSON, missing or mistyped fields).

    The message names the field at fault but never repeats the body, which
    holds phone numbers and message text.
    """


class UnknownEventError(WebhookPayloadError):
    """Well-formed JSON:API, but of a ``data.type`` this SDK does not know; ``event_type`` names it.

    A receiver acknowledges these (so Flowroute stops re-sending) and logs the type.
    """

    def __init__(self, event_type: str) -> None:
        self.event_type = event_type
        super().__init__(f"unknown webhook type {event_type[:64]!r}")


class MediaDownloadError(FlowrouteError):
    """An MMS attachment could not be downloaded."""


class MediaExpiredError(MediaDownloadError):
    """The attachment's temporary URL no longer answers (it is reported to expire after about 7 days)."""


class MediaTooLargeError(MediaDownloadError):
    """The attachment is larger than the ``max_bytes`` the caller allowed; nothing is left on disk."""

"""Receive Flowroute's webhooks: typed events, exactly-once handling, ASGI and WSGI apps.

from flowroute.webhooks import WebhookReceiver

receiver = WebhookReceiver(token=os.environ["FLOWROUTE_WEBHOOK_TOKEN"])

@receiver.on("inbound_sms")
def reply(message):
    ...

app = receiver.asgi_app()   # or receiver.wsgi_app()

Importing this package does not slow down ``import flowroute``: it is loaded
only when imported by name.
"""

from ._dedupe import Claim, DedupeStore, MemoryDedupeStore, RedisDedupeStore
from ._errors import MediaDownloadError, MediaExpiredError, MediaTooLargeError, UnknownEventError, WebhookPayloadError
from ._events import (
    EVENT_KINDS,
    DeliveryReceipt,
    EventKind,
    InboundMessage,
    Media,
    PortOrderEvent,
    WebhookEvent,
    parse_event,
)
from ._media import adownload_media, download_media
from ._receiver import WebhookReceiver
from ._register import aregister_callbacks, callback_url, register_callbacks
from ._simulate import sample_payload, simulate

__all__ = [
    "EVENT_KINDS",
    "Claim",
    "DedupeStore",
    "DeliveryReceipt",
    "EventKind",
    "InboundMessage",
    "Media",
    "MediaDownloadError",
    "MediaExpiredError",
    "MediaTooLargeError",
    "MemoryDedupeStore",
    "PortOrderEvent",
    "RedisDedupeStore",
    "UnknownEventError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookReceiver",
    "adownload_media",
    "aregister_callbacks",
    "callback_url",
    "download_media",
    "parse_event",
    "register_callbacks",
    "sample_payload",
    "simulate",
]

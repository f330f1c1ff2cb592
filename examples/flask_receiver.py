"""Receive Flowroute's webhooks in a Flask app.

    export FLOWROUTE_WEBHOOK_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe(32))')
    waitress-serve --port 8000 examples.flask_receiver:app

The receiver is mounted at /flowroute/ beside the app's own routes. Set
``REDIS_URL`` when several processes serve the URL (gunicorn workers, several
hosts), so that they share one dedupe store; slow work then goes to a Redis list
that a separate worker drains.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import redis
from flask import Flask
from flowroute.webhooks import (
    DeliveryReceipt,
    InboundMessage,
    RedisDedupeStore,
    WebhookReceiver,
    download_media,
)
from werkzeug.middleware.dispatcher import DispatcherMiddleware

logger = logging.getLogger("receiver")
MEDIA_DIR = Path(os.environ.get("MEDIA_DIR", "media"))
REDIS = redis.Redis.from_url(os.environ["REDIS_URL"]) if "REDIS_URL" in os.environ else None

receiver = WebhookReceiver(
    token=os.environ["FLOWROUTE_WEBHOOK_TOKEN"],
    store=RedisDedupeStore(REDIS) if REDIS is not None else None,
)


@receiver.on("inbound_sms")
def on_sms(message: InboundMessage) -> None:
    # Answer fast: queue the work. The handler runs once per message, so the job
    # is queued once; if queueing fails the receiver answers 500 and Flowroute re-sends.
    if REDIS is not None:
        REDIS.rpush("sms-jobs", json.dumps({"id": message.id, "from": message.from_, "body": message.body}))
    else:
        logger.info("received message %s", message.id)


@receiver.on("inbound_mms")
def on_mms(message: InboundMessage) -> None:
    MEDIA_DIR.mkdir(parents=True, exist_ok=True)
    for media in message.media:
        download_media(media, MEDIA_DIR / f"{message.id}-{media.id}", max_bytes=16 * 1024 * 1024)


@receiver.on("delivery_receipt")
def on_receipt(receipt: DeliveryReceipt) -> None:
    logger.info("message %s, level %d: %s", receipt.id, receipt.level, receipt.status)


app = Flask(__name__)


@app.get("/health")
def health() -> str:
    return "ok"


# Requests under /flowroute go to the receiver; everything else to Flask.
app.wsgi_app = DispatcherMiddleware(app.wsgi_app, {"/flowroute": receiver.wsgi_app()})  # type: ignore[method-assign]

"""Receive Flowroute's webhooks in a FastAPI app.

    export FLOWROUTE_WEBHOOK_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe(32))')
    uvicorn examples.fastapi_receiver:app --no-access-log

Then register https://YOUR-HOST/flowroute/?token=… (see ``register_callbacks``)
and try it locally with ``flowroute.webhooks.simulate``. Set ``REDIS_URL`` when
more than one worker process serves the URL, so that they share one dedupe store.
The access log is off because the token is part of the URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI
from flowroute.webhooks import (
    DeliveryReceipt,
    InboundMessage,
    RedisDedupeStore,
    WebhookReceiver,
    adownload_media,
)

logger = logging.getLogger("receiver")
MEDIA_DIR = Path(os.environ.get("MEDIA_DIR", "media"))

receiver = WebhookReceiver(
    token=os.environ["FLOWROUTE_WEBHOOK_TOKEN"],
    store=RedisDedupeStore(os.environ["REDIS_URL"]) if "REDIS_URL" in os.environ else None,
)

# Handlers should answer within a few seconds. Slow work goes to a queue that a
# worker drains; here an in-process one, which loses what it holds if the process
# dies after Flowroute got its 200 (use a durable queue, such as a Redis list, for that).
replies: asyncio.Queue[InboundMessage] = asyncio.Queue()


@receiver.on("inbound_sms")
async def on_sms(message: InboundMessage) -> None:
    await replies.put(message)


@receiver.on("inbound_mms")
async def on_mms(message: InboundMessage) -> None:
    # Media links are temporary; copy the files before acknowledging.
    for media in message.media:
        await adownload_media(media, MEDIA_DIR / f"{message.id}-{media.id}", max_bytes=16 * 1024 * 1024)


@receiver.on("delivery_receipt")
def on_receipt(receipt: DeliveryReceipt) -> None:
    logger.info("message %s, level %d: %s (%s)", receipt.id, receipt.level, receipt.status, receipt.status_code)


async def reply_worker() -> None:
    while True:
        message = await replies.get()
        logger.info("would answer message %s here", message.id)
        replies.task_done()


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    await asyncio.to_thread(MEDIA_DIR.mkdir, parents=True, exist_ok=True)
    worker = asyncio.create_task(reply_worker())
    yield
    worker.cancel()


app = FastAPI(lifespan=lifespan)
app.mount("/flowroute", receiver.asgi_app())

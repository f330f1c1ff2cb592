"""``flowroute webhooks listen`` and ``trigger``: receive Flowroute's webhooks locally, or send realistic ones.

``listen`` serves ``flowroute.webhooks.WebhookReceiver`` with uvicorn (part of the
``cli`` extra, imported only here) and prints one line per event; expose it with a
tunnel and register the URL it prints. ``trigger`` POSTs the payload
``flowroute.webhooks.simulate`` builds. The root command imports this module only
when ``flowroute webhooks`` is used, so other commands start without it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import click

from .._logging import redact_phone_numbers
from ..webhooks import (
    EVENT_KINDS,
    DeliveryReceipt,
    EventKind,
    InboundMessage,
    WebhookEvent,
    WebhookReceiver,
    sample_payload,
    simulate,
)
from ._app import EXIT_API_ERROR, fail_usage, guarded, kebab

TOKEN_ENV = "FLOWROUTE_WEBHOOK_TOKEN"  # noqa: S105 - the variable's name, not a secret


def describe(event: WebhookEvent, *, show_body: bool) -> str:
    """One line for a person: kind, id and what matters, with phone numbers masked unless asked."""
    if isinstance(event, InboundMessage):
        parts = [f"from {event.from_}", f"to {event.to}"]
        if event.media:
            parts.append(f"media={len(event.media)}")
        line = " ".join(parts) if show_body else redact_phone_numbers(" ".join(parts))
        if show_body and event.body is not None:
            line += f" body={json.dumps(event.body, ensure_ascii=False)}"
    elif isinstance(event, DeliveryReceipt):
        line = f"level={event.level} status={event.status}"
        if event.status_code is not None:
            line += f" code={event.status_code}"
    else:
        line = f"port_order={event.port_order_id} status={event.status}"
    return f"{event.kind} {event.id} {line}"


def _printer(as_jsonl: bool, show_body: bool) -> Callable[[WebhookEvent], Awaitable[None]]:
    async def show(event: WebhookEvent) -> None:
        text = json.dumps(event.raw, ensure_ascii=False) if as_jsonl else describe(event, show_body=show_body)
        click.echo(text)
        sys.stdout.flush()

    return show


@click.command("listen")
@click.option("--port", type=click.IntRange(1, 65535), required=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (0.0.0.0 for all).")
@click.option(
    "--token",
    envvar=TOKEN_ENV,
    show_envvar=True,
    help="Refuse POSTs whose URL lacks ?token=TOKEN (16+ characters); the environment variable keeps it out "
    "of `ps`. Without a token any POST is accepted.",
)
@click.option("--show-body", is_flag=True, help="Also print message bodies and full phone numbers.")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Print each event's JSON on one line, as received.")
@guarded
def listen(port: int, host: str, token: str | None, show_body: bool, as_jsonl: bool) -> None:
    """Serve a webhook receiver and print each event as it arrives (Ctrl-C stops).

    Redeliveries of an event already printed are acknowledged and not printed again.
    """
    try:
        import uvicorn
    except ImportError:
        fail_usage("`flowroute webhooks listen` needs uvicorn: pip install 'flowroute-sdk[cli]'")
    receiver = WebhookReceiver(token=token)
    show = _printer(as_jsonl, show_body)
    for kind in EVENT_KINDS:
        receiver.on(kind)(show)
    url = f"http://{host}:{port}/" + ("?token=<your token>" if token else "")
    click.echo(f"Listening for Flowroute webhooks on {url} (Ctrl-C to stop)", err=True)
    # No access log: it would print the token in each request's URL.
    config = uvicorn.Config(receiver.asgi_app(), host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    try:
        server.run()
    except KeyboardInterrupt:
        # uvicorn shuts down on Ctrl-C, then raises it again; stopping is the normal way out.
        return
    except SystemExit:
        # uvicorn exits (with its own code) when it cannot bind, after saying why.
        sys.exit(EXIT_API_ERROR)


def _fields(kind: EventKind, pairs: tuple[str, ...]) -> dict[str, Any]:
    """``--field name=value`` pairs, each value read as the type the sample payload has there."""
    attributes = sample_payload(kind)["data"]["attributes"]
    fields: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name:
            fail_usage(f"--field {pair!r}: expected NAME=VALUE")
        current = attributes.get("from" if name == "from_" else name)
        value: Any = text
        if isinstance(current, bool):
            if text.lower() not in ("true", "false"):
                fail_usage(f"--field {name}: expected true or false")
            value = text.lower() == "true"
        elif isinstance(current, int):
            try:
                value = int(text)
            except ValueError:
                fail_usage(f"--field {name}: expected an integer")
        fields[name] = value
    return fields


@click.command("trigger")
@click.argument("kind", type=click.Choice([kebab(kind) for kind in EVENT_KINDS]))
@click.option("--url", required=True, help="Your endpoint, with ?token=… if it checks one.")
@click.option("--field", "pairs", multiple=True, metavar="NAME=VALUE", help="Set an attribute, e.g. body=hello.")
@click.option("--media-url", "media_urls", multiple=True, help="For inbound-mms: an attachment URL (repeatable).")
@click.option("--redeliveries", type=click.IntRange(0, 10), default=0, help="POST the same event again N times.")
@guarded
def trigger(kind: str, url: str, pairs: tuple[str, ...], media_urls: tuple[str, ...], redeliveries: int) -> None:
    """POST a realistic KIND webhook to --url, as Flowroute would; exits 1 unless every answer is 2xx."""
    event_kind = next(k for k in EVENT_KINDS if kebab(k) == kind)
    fields = _fields(event_kind, pairs)
    if media_urls:
        if event_kind != "inbound_mms":
            fail_usage("--media-url is for inbound-mms")
        fields["media"] = [{"url": media_url} for media_url in media_urls]
    statuses = simulate(url, event_kind, redeliveries=redeliveries, **fields)
    for attempt, status in enumerate(statuses, 1):
        click.echo(f"POST {attempt}/{len(statuses)}: {status}")
    if not all(200 <= status < 300 for status in statuses):
        sys.exit(EXIT_API_ERROR)


COMMANDS: dict[str, click.Command] = {"listen": listen, "trigger": trigger}

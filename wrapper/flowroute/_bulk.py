"""Send many messages at once with bounded concurrency.

A fixed set of workers pulls from the input, so a million queued messages cost
a million results, not a million pending tasks. Each message gets its own
result; one failure, including a refused argument, never stops the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from ._exceptions import FlowrouteError, InvalidParameterError

if TYPE_CHECKING:
    from flowroute_api.models import MessageAccepted, OutboundMessage, OutboundMessageDocument

    from ._resources import AsyncRunner

OutgoingMessage: TypeAlias = "Mapping[str, Any] | OutboundMessage | OutboundMessageDocument"


@dataclasses.dataclass(frozen=True)
class SendResult:
    """What happened to one message of ``send_many``: ``accepted`` or ``error``."""

    index: int
    message: OutgoingMessage
    accepted: MessageAccepted | None = None
    error: FlowrouteError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _call_for(message: OutgoingMessage) -> Any:
    from flowroute_api.models import OutboundMessage, OutboundMessageDocument

    from ._operations.messages import send, send_a_message

    if isinstance(message, OutboundMessage | OutboundMessageDocument):
        return send_a_message(message)
    if not isinstance(message, Mapping):
        raise InvalidParameterError("messages[]", f"a {type(message).__name__} was given", "a dict or a message model")
    # Accept both the keyword form of send() ("from_") and the API's JSON ("from").
    if "from" in message and "from_" not in message:
        return send_a_message(dict(message))
    return send(**message)


async def send_many(
    client: AsyncRunner, messages: Iterable[OutgoingMessage], *, concurrency: int = 10
) -> list[SendResult]:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidParameterError("concurrency", f"{concurrency!r} is not allowed", "an integer >= 1")
    import asyncio  # kept out of `import flowroute`: httpx itself does not load asyncio

    pending = iter(enumerate(messages))
    results: dict[int, SendResult] = {}

    async def worker() -> None:
        for index, message in pending:
            try:
                accepted = await client._execute(_call_for(message))
            except FlowrouteError as exc:
                results[index] = SendResult(index, message, error=exc)
            except TypeError as exc:  # unknown keyword in a dict
                error = InvalidParameterError(f"messages[{index}]", str(exc), "the keyword arguments of send()")
                results[index] = SendResult(index, message, error=error)
            else:
                results[index] = SendResult(index, message, accepted=accepted)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return [results[i] for i in sorted(results)]

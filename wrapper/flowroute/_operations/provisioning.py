"""Message provisioning: turn SMS/MMS on or off for numbers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flowroute_api.api.message_provisioning import set_message_provisioning as _provision
from flowroute_api.models import (
    MessageBulkProvisioningStatusDocument,
    MessageProvisioningAction,
    MessageProvisioningRequest,
    MessageProvisioningStatusDocument,
)

from .. import _validate as check
from .._api import AsyncResource, SyncResource, async_method, sync_method
from .._call import Call

ProvisioningResult = MessageProvisioningStatusDocument | MessageBulkProvisioningStatusDocument


def _parse(data: Mapping[str, Any]) -> ProvisioningResult:
    # One number answers with a status, several with a bulk status; the type says which.
    inner = data.get("data")
    if isinstance(inner, Mapping) and inner.get("type") == "message_bulk_provisioning_status":
        return MessageBulkProvisioningStatusDocument.from_dict(data)
    return MessageProvisioningStatusDocument.from_dict(data)


def set_message_provisioning(
    numbers: list[str],
    action: MessageProvisioningAction | str,
    *,
    callback_url: str | None = None,
    email: bool | None = None,
) -> Call[ProvisioningResult]:
    """Start enabling (``"enable"``) or disabling (``"disable"``) messaging on numbers.

    ``numbers`` are E.164 with ``+``. The job runs on; ``callback_url`` and
    ``email`` say how to hear that it finished (ported numbers take 3-5 days).
    One number answers with a ``MessageProvisioningStatusDocument``, several
    with a ``MessageBulkProvisioningStatusDocument``. Asking for the same state
    twice is harmless, so this POST is retried like a read.
    """
    body = MessageProvisioningRequest(
        numbers=check.e164_numbers(numbers, "numbers"),
        action=check.required_choice(action, "action", MessageProvisioningAction),
        callback_url=check.url(callback_url, "callback_url"),
        email=check.flag(email, "email"),
    )
    return Call.from_generated(_provision._get_kwargs(body=body), _parse, idempotent=True)


class MessageProvisioningResource(SyncResource):
    set_message_provisioning = sync_method(set_message_provisioning)


class AsyncMessageProvisioningResource(AsyncResource):
    set_message_provisioning = async_method(set_message_provisioning)

"""Message provisioning: the answer's shape depends on how many numbers were asked for.

The operation itself comes from the spec (``flowroute_api.operations.message_provisioning``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flowroute_api.models import (
    MessageBulkProvisioningStatusDocument,
    MessageProvisioningAction,
    MessageProvisioningStatusDocument,
)
from flowroute_api.operations import message_provisioning as spec

from .. import _validate as check
from .._call import Call
from .._resources import async_method, raw_method, sync_method

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
    body: dict[str, Any] = {"numbers": numbers, "action": action}
    if callback_url is not None:
        body["callback_url"] = callback_url
    if email is not None:
        body["email"] = email
    call = check.by_keyword(lambda: spec.set_message_provisioning(body))
    return call._replace(parse=_parse)


class MessageProvisioningResource(spec.MessageProvisioningOperations):
    set_message_provisioning = sync_method(set_message_provisioning)


class AsyncMessageProvisioningResource(spec.AsyncMessageProvisioningOperations):
    set_message_provisioning = async_method(set_message_provisioning)


class RawMessageProvisioningResource(spec.RawMessageProvisioningOperations):
    set_message_provisioning = raw_method(set_message_provisioning)

"""Enable or disable SMS/MMS on numbers.

Generated from spec/flowroute.yaml by `make generate` (devtools/codegen.py,
templates/operations/); edit those, never this file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flowroute._call import Call, OperationSpec
from flowroute._resources import AsyncResource, RawResource, SyncResource
from flowroute._response import RawResponse
from flowroute._validate import Rule, body_json, checked

from ..models.message_bulk_provisioning_status_document import (
    MessageBulkProvisioningStatusDocument,
)
from ..models.message_provisioning_action import MessageProvisioningAction
from ..models.message_provisioning_request import MessageProvisioningRequest
from ..models.message_provisioning_status_document import (
    MessageProvisioningStatusDocument,
)

__all__ = [
    "MessageProvisioningOperations",
    "AsyncMessageProvisioningOperations",
    "RawMessageProvisioningOperations",
    "MessageProvisioningWithRawResponse",
    "AsyncMessageProvisioningWithRawResponse",
    "set_message_provisioning",
]


def _parse_set_message_provisioning(
    data: Any,
) -> MessageProvisioningStatusDocument | MessageBulkProvisioningStatusDocument:
    try:
        return MessageProvisioningStatusDocument.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        pass
    return MessageBulkProvisioningStatusDocument.from_dict(data)


_SET_MESSAGE_PROVISIONING_RULES = ()
_SET_MESSAGE_PROVISIONING_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    (
        "numbers",
        Rule(
            "numbers",
            "array",
            items=Rule(
                "numbers[]",
                "string",
                pattern="^\\+[1-9][0-9]{6,14}$",
                expected="an E.164 number with a leading + such as '+12065550100'",
                required=True,
            ),
            min_length=1,
            required=True,
        ),
    ),
    ("action", Rule("action", "enum", enum=MessageProvisioningAction, required=True)),
    ("callback_url", Rule("callback_url", "string", fmt="uri")),
    ("email", Rule("email", "boolean")),
)


def set_message_provisioning(
    body: MessageProvisioningRequest | Mapping[str, Any] | str,
) -> Call[MessageProvisioningStatusDocument | MessageBulkProvisioningStatusDocument]:
    """Enable or disable SMS/MMS on numbers.

    Numbers bought from the inventory are not messaging-enabled by default;
    ported numbers take about 3–5 days. The body is flat JSON with
    `+`-prefixed E.164 numbers; Flowroute shows no content type for it, so
    this spec sends `application/json`. One number is answered with a
    `message_provisioning_status`, several with a
    `message_bulk_provisioning_status` whose attributes are only partly
    documented.

    Args:
        body: The request body.
    """
    values = checked(_SET_MESSAGE_PROVISIONING_RULES, ())
    payload = body_json(
        body,
        "body",
        (MessageProvisioningRequest,),
        _SET_MESSAGE_PROVISIONING_BODY_RULES,
    )
    return Call(
        "POST",
        "/v2/message-provision",
        None,
        payload,
        {"Content-Type": "application/json"},
        _parse_set_message_provisioning,
        True,
    )


OPERATIONS: dict[str, OperationSpec] = {
    "set_message_provisioning": OperationSpec(
        name="set_message_provisioning",
        tag="message_provisioning",
        method="POST",
        path="/v2/message-provision",
        build=set_message_provisioning,
        parse=_parse_set_message_provisioning,
        rules=_SET_MESSAGE_PROVISIONING_RULES,
        body_rules=_SET_MESSAGE_PROVISIONING_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
}


class MessageProvisioningOperations(SyncResource):
    """``client.message_provisioning``: Enable or disable SMS/MMS on numbers."""


class AsyncMessageProvisioningOperations(AsyncResource):
    """``client.message_provisioning`` on the async client: Enable or disable SMS/MMS on numbers."""


class RawMessageProvisioningOperations(RawResource):
    """The seed-compatible controller for message_provisioning: the same operations, answering the server's JSON."""


class MessageProvisioningWithRawResponse(SyncResource):
    """``client.with_raw_response.message_provisioning``: each operation's answer as a ``RawResponse``."""

    def set_message_provisioning(
        self,
        body: MessageProvisioningRequest | Mapping[str, Any] | str,
    ) -> RawResponse[
        MessageProvisioningStatusDocument | MessageBulkProvisioningStatusDocument
    ]:
        """Enable or disable SMS/MMS on numbers.

        Numbers bought from the inventory are not messaging-enabled by default;
        ported numbers take about 3–5 days. The body is flat JSON with
        `+`-prefixed E.164 numbers; Flowroute shows no content type for it, so
        this spec sends `application/json`. One number is answered with a
        `message_provisioning_status`, several with a
        `message_bulk_provisioning_status` whose attributes are only partly
        documented.

        Args:
            body: The request body.
        """

        return self._client._execute_with_response(set_message_provisioning(body=body))


class AsyncMessageProvisioningWithRawResponse(AsyncResource):
    """``client.with_raw_response.message_provisioning`` on the async client."""

    async def set_message_provisioning(
        self,
        body: MessageProvisioningRequest | Mapping[str, Any] | str,
    ) -> RawResponse[
        MessageProvisioningStatusDocument | MessageBulkProvisioningStatusDocument
    ]:
        """Enable or disable SMS/MMS on numbers.

        Numbers bought from the inventory are not messaging-enabled by default;
        ported numbers take about 3–5 days. The body is flat JSON with
        `+`-prefixed E.164 numbers; Flowroute shows no content type for it, so
        this spec sends `application/json`. One number is answered with a
        `message_provisioning_status`, several with a
        `message_bulk_provisioning_status` whose attributes are only partly
        documented.

        Args:
            body: The request body.
        """

        return await self._client._execute_with_response(
            set_message_provisioning(body=body)
        )

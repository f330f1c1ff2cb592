"""Send SMS and MMS, read message detail records (MDRs) and manage the account's messaging webhooks.

Generated from spec/flowroute.yaml by `make generate` (devtools/codegen.py,
templates/operations/); edit those, never this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

from flowroute._call import Call, OperationSpec
from flowroute._pagination import Pager, aiterate, iterate
from flowroute._resources import AsyncResource, RawResource, SyncResource
from flowroute._response import RawResponse
from flowroute._validate import Rule, body_json, checked, cross_check, present

from ..models.account_callback_document import AccountCallbackDocument
from ..models.account_callback_type import AccountCallbackType
from ..models.callback_url import CallbackUrl
from ..models.callback_url_document import CallbackUrlDocument
from ..models.message_accepted import MessageAccepted
from ..models.message_detail_record import MessageDetailRecord
from ..models.message_document import MessageDocument
from ..models.message_page import MessagePage
from ..models.outbound_message import OutboundMessage
from ..models.outbound_message_document import OutboundMessageDocument

__all__ = [
    "MessagesOperations",
    "AsyncMessagesOperations",
    "RawMessagesOperations",
    "MessagesWithRawResponse",
    "AsyncMessagesWithRawResponse",
    "look_up_a_set_of_messages",
    "send_a_message",
    "get_account_callback",
    "set_account_callback",
    "delete_account_callback",
    "look_up_a_message_detail_record",
]

_LOOK_UP_A_SET_OF_MESSAGES_RULES = (
    Rule(
        "start_date",
        "date",
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
        required=True,
    ),
    Rule(
        "end_date",
        "date",
        pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
    ),
    Rule("limit", "integer", minimum=1),
    Rule("offset", "integer", minimum=0),
)


def look_up_a_set_of_messages(
    start_date: date | datetime | str,
    end_date: date | datetime | str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Call[MessagePage]:
    """List message detail records in a UTC date range.

    Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the dates as ISO date-times.

    Args:
        start_date: Start of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
        end_date: End of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
        limit: Page size. Flowroute sets no maximum for messages.
        offset: How many records to skip.
    """
    values = checked(
        _LOOK_UP_A_SET_OF_MESSAGES_RULES,
        (
            start_date,
            end_date,
            limit,
            offset,
        ),
    )
    cross_check("dates_in_order", _LOOK_UP_A_SET_OF_MESSAGES_RULES, values)
    return Call(
        "GET",
        "/v2.1/messages",
        present(
            (
                ("start_date", values[0]),
                ("end_date", values[1]),
                ("limit", values[2]),
                ("offset", values[3]),
            )
        ),
        None,
        None,
        MessagePage.from_dict,
        True,
    )


_SEND_A_MESSAGE_RULES = ()
_SEND_A_MESSAGE_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    (
        "to",
        Rule(
            "to",
            "string",
            pattern="^\\+?[0-9]{7,15}$",
            accepts_int=True,
            expected="a phone number as 7-15 digits, optionally after + (e.g. '12065550100')",
        ),
    ),
    (
        "from",
        Rule(
            "from",
            "string",
            pattern="^\\+?[0-9]{7,15}$",
            accepts_int=True,
            expected="a phone number as 7-15 digits, optionally after + (e.g. '12065550100')",
        ),
    ),
    ("body", Rule("body", "string")),
    (
        "media_urls",
        Rule(
            "media_urls",
            "array",
            items=Rule("media_urls[]", "string", fmt="uri", required=True),
            min_length=1,
            expected="a non-empty list of http(s) URLs",
        ),
    ),
    (
        "is_mms",
        Rule(
            "is_mms",
            "any_of",
            options=(
                Rule("is_mms", "boolean"),
                Rule("is_mms", "string", pattern="^(true|false)$"),
            ),
        ),
    ),
    ("dlr_callback", Rule("dlr_callback", "string", fmt="uri")),
    ("data.type", Rule("data.type", "string", const="message")),
    (
        "data.attributes.to",
        Rule(
            "data.attributes.to",
            "string",
            pattern="^\\+?[0-9]{7,15}$",
            accepts_int=True,
            expected="a phone number as 7-15 digits, optionally after + (e.g. '12065550100')",
        ),
    ),
    (
        "data.attributes.from",
        Rule(
            "data.attributes.from",
            "string",
            pattern="^\\+?[0-9]{7,15}$",
            accepts_int=True,
            expected="a phone number as 7-15 digits, optionally after + (e.g. '12065550100')",
        ),
    ),
    ("data.attributes.body", Rule("data.attributes.body", "string")),
    (
        "data.attributes.media_urls",
        Rule(
            "data.attributes.media_urls",
            "array",
            items=Rule(
                "data.attributes.media_urls[]", "string", fmt="uri", required=True
            ),
            min_length=1,
            expected="a non-empty list of http(s) URLs",
        ),
    ),
    (
        "data.attributes.is_mms",
        Rule(
            "data.attributes.is_mms",
            "any_of",
            options=(
                Rule("data.attributes.is_mms", "boolean"),
                Rule("data.attributes.is_mms", "string", pattern="^(true|false)$"),
            ),
        ),
    ),
    (
        "data.attributes.dlr_callback",
        Rule("data.attributes.dlr_callback", "string", fmt="uri"),
    ),
)


def send_a_message(
    message_body: OutboundMessage | OutboundMessageDocument | Mapping[str, Any] | str,
) -> Call[MessageAccepted]:
    """Send an SMS or MMS.

    The API takes the message either flat (`{"to": …}`) or wrapped as a JSON:API
    document (`{"data": {"type": "message", "attributes": {…}}}`). Sends are
    limited per access key to 5 SMS and 1 MMS per second; attempts over the
    limit get 429 and are not processed.

    Args:
        message_body: The request body.
    """
    values = checked(_SEND_A_MESSAGE_RULES, ())
    payload = body_json(
        message_body,
        "message_body",
        (
            OutboundMessage,
            OutboundMessageDocument,
        ),
        _SEND_A_MESSAGE_BODY_RULES,
    )
    return Call(
        "POST",
        "/v2.1/messages",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        MessageAccepted.from_dict,
        False,
    )


_GET_ACCOUNT_CALLBACK_RULES = (
    Rule("callback_type", "enum", enum=AccountCallbackType, required=True),
)


def get_account_callback(
    callback_type: AccountCallbackType | str,
) -> Call[AccountCallbackDocument]:
    """Read an account-level messaging webhook URL.

    `callback_url` is null when none is set (assumed; Flowroute shows only a set URL).

    Args:
        callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
            `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
            `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
    """
    values = checked(_GET_ACCOUNT_CALLBACK_RULES, (callback_type,))
    return Call(
        "GET",
        f"/v2.1/messages/{quote(values[0], safe='')}",
        None,
        None,
        None,
        AccountCallbackDocument.from_dict,
        True,
    )


_SET_ACCOUNT_CALLBACK_RULES = (
    Rule("callback_type", "enum", enum=AccountCallbackType, required=True),
)
_SET_ACCOUNT_CALLBACK_BODY_RULES: tuple[tuple[str, Rule], ...] = (
    ("callback_url", Rule("callback_url", "string", fmt="uri")),
    (
        "data.attributes.callback_url",
        Rule("data.attributes.callback_url", "string", fmt="uri"),
    ),
)


def set_account_callback(
    callback_type: AccountCallbackType | str,
    body: CallbackUrl | CallbackUrlDocument | Mapping[str, Any] | str,
) -> Call[None]:
    """Set an account-level messaging webhook URL.

    `sms_callback`/`mms_callback` receive inbound messages, the `*_dlr_callback`
    types delivery receipts (`dlr_callback` is the deprecated name of
    `sms_dlr_callback`). Whether delivery receipts exist for MMS is
    contradictory in Flowroute's pages: expect them to be best-effort.

    The body envelope is not documented: Flowroute lists a single
    `callback_url` field with no example; the later Python SDK wraps it as
    `{"data": {"attributes": {…}}}`, other clients send it flat. Both forms
    are accepted here; send the flat one.

    Args:
        callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
            `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
            `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        body: A webhook URL, flat or wrapped. Flowroute documents only the field, not the envelope (see the
            operation description); send the flat form.
    """
    values = checked(_SET_ACCOUNT_CALLBACK_RULES, (callback_type,))
    payload = body_json(
        body,
        "body",
        (
            CallbackUrl,
            CallbackUrlDocument,
        ),
        _SET_ACCOUNT_CALLBACK_BODY_RULES,
    )
    return Call(
        "PUT",
        f"/v2.1/messages/{quote(values[0], safe='')}",
        None,
        payload,
        {"Content-Type": "application/vnd.api+json"},
        None,
        True,
    )


_DELETE_ACCOUNT_CALLBACK_RULES = (
    Rule("callback_type", "enum", enum=AccountCallbackType, required=True),
)


def delete_account_callback(
    callback_type: AccountCallbackType | str,
) -> Call[None]:
    """Remove an account-level messaging webhook URL.

    Unconfirmed: documented only for v2.2; unconfirmed on v2.1. Flowroute's
    v2.2 page lists four types (not `dlr_callback`).

    Args:
        callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
            `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
            `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
    """
    values = checked(_DELETE_ACCOUNT_CALLBACK_RULES, (callback_type,))
    return Call(
        "DELETE",
        f"/v2.1/messages/{quote(values[0], safe='')}",
        None,
        None,
        None,
        None,
        True,
    )


_LOOK_UP_A_MESSAGE_DETAIL_RECORD_RULES = (
    Rule(
        "id",
        "string",
        pattern="^mdr[12]-[0-9a-f]{32}$",
        expected="'mdr2-' followed by 32 lowercase hex digits",
        required=True,
    ),
)


def look_up_a_message_detail_record(
    id: str,
) -> Call[MessageDocument]:
    """Read one message detail record.

    Returns one MDR with its delivery receipts. The id must include its `mdr2-` prefix.

    Args:
        id: The MDR id, prefix included.
    """
    values = checked(_LOOK_UP_A_MESSAGE_DETAIL_RECORD_RULES, (id,))
    return Call(
        "GET",
        f"/v2.1/messages/{quote(values[0], safe='')}",
        None,
        None,
        None,
        MessageDocument.from_dict,
        True,
    )


def _look_up_a_set_of_messages_items(page: MessagePage) -> list[MessageDetailRecord]:
    return list(page.data)


OPERATIONS: dict[str, OperationSpec] = {
    "look_up_a_set_of_messages": OperationSpec(
        name="look_up_a_set_of_messages",
        tag="messages",
        method="GET",
        path="/v2.1/messages",
        build=look_up_a_set_of_messages,
        parse=MessagePage.from_dict,
        rules=_LOOK_UP_A_SET_OF_MESSAGES_RULES,
        body_rules=(),
        retry="safe",
        iterator="iter_messages",
        max_page_size=None,
        custom=False,
    ),
    "send_a_message": OperationSpec(
        name="send_a_message",
        tag="messages",
        method="POST",
        path="/v2.1/messages",
        build=send_a_message,
        parse=MessageAccepted.from_dict,
        rules=_SEND_A_MESSAGE_RULES,
        body_rules=_SEND_A_MESSAGE_BODY_RULES,
        retry="unsafe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "get_account_callback": OperationSpec(
        name="get_account_callback",
        tag="messages",
        method="GET",
        path="/v2.1/messages/{callback_type}",
        build=get_account_callback,
        parse=AccountCallbackDocument.from_dict,
        rules=_GET_ACCOUNT_CALLBACK_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "set_account_callback": OperationSpec(
        name="set_account_callback",
        tag="messages",
        method="PUT",
        path="/v2.1/messages/{callback_type}",
        build=set_account_callback,
        parse=None,
        rules=_SET_ACCOUNT_CALLBACK_RULES,
        body_rules=_SET_ACCOUNT_CALLBACK_BODY_RULES,
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=True,
    ),
    "delete_account_callback": OperationSpec(
        name="delete_account_callback",
        tag="messages",
        method="DELETE",
        path="/v2.1/messages/{callback_type}",
        build=delete_account_callback,
        parse=None,
        rules=_DELETE_ACCOUNT_CALLBACK_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
    "look_up_a_message_detail_record": OperationSpec(
        name="look_up_a_message_detail_record",
        tag="messages",
        method="GET",
        path="/v2.1/messages/{id}",
        build=look_up_a_message_detail_record,
        parse=MessageDocument.from_dict,
        rules=_LOOK_UP_A_MESSAGE_DETAIL_RECORD_RULES,
        body_rules=(),
        retry="safe",
        iterator=None,
        max_page_size=None,
        custom=False,
    ),
}


class MessagesOperations(SyncResource):
    """``client.messages``: Send SMS and MMS, read message detail records (MDRs) and manage the account's messaging webhooks."""

    def look_up_a_set_of_messages(
        self,
        start_date: date | datetime | str,
        end_date: date | datetime | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> MessagePage:
        """List message detail records in a UTC date range.

        Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the dates as ISO date-times.

        Args:
            start_date: Start of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            end_date: End of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            limit: Page size. Flowroute sets no maximum for messages.
            offset: How many records to skip.
        """

        return self._client._execute(
            look_up_a_set_of_messages(
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
            )
        )

    def iter_messages(
        self,
        start_date: date | datetime | str,
        end_date: date | datetime | str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[MessageDetailRecord]:
        """List message detail records in a UTC date range.

        Every record of ``look_up_a_set_of_messages``, fetched ``page_size`` at a time;
        ``max_items`` stops early.

        Args:
            start_date: Start of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            end_date: End of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
        """

        return iterate(
            self._client,
            Pager.create(
                lambda limit, offset: look_up_a_set_of_messages(
                    start_date=start_date,
                    end_date=end_date,
                    limit=limit,
                    offset=offset,
                ),
                _look_up_a_set_of_messages_items,
                page_size=page_size,
                max_page_size=None,
                max_items=max_items,
            ),
        )

    def get_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> AccountCallbackDocument:
        """Read an account-level messaging webhook URL.

        `callback_url` is null when none is set (assumed; Flowroute shows only a set URL).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return self._client._execute(
            get_account_callback(
                callback_type=callback_type,
            )
        )

    def delete_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> None:
        """Remove an account-level messaging webhook URL.

        Unconfirmed: documented only for v2.2; unconfirmed on v2.1. Flowroute's
        v2.2 page lists four types (not `dlr_callback`).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return self._client._execute(
            delete_account_callback(
                callback_type=callback_type,
            )
        )

    def look_up_a_message_detail_record(
        self,
        id: str,
    ) -> MessageDocument:
        """Read one message detail record.

        Returns one MDR with its delivery receipts. The id must include its `mdr2-` prefix.

        Args:
            id: The MDR id, prefix included.
        """

        return self._client._execute(
            look_up_a_message_detail_record(
                id=id,
            )
        )


class AsyncMessagesOperations(AsyncResource):
    """``client.messages`` on the async client: Send SMS and MMS, read message detail records (MDRs) and manage the account's messaging webhooks."""

    async def look_up_a_set_of_messages(
        self,
        start_date: date | datetime | str,
        end_date: date | datetime | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> MessagePage:
        """List message detail records in a UTC date range.

        Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the dates as ISO date-times.

        Args:
            start_date: Start of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            end_date: End of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            limit: Page size. Flowroute sets no maximum for messages.
            offset: How many records to skip.
        """

        return await self._client._execute(
            look_up_a_set_of_messages(
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
            )
        )

    def iter_messages(
        self,
        start_date: date | datetime | str,
        end_date: date | datetime | str | None = None,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[MessageDetailRecord]:
        """List message detail records in a UTC date range.

        Every record of ``look_up_a_set_of_messages``, fetched ``page_size`` at a time;
        ``max_items`` stops early.

        Args:
            start_date: Start of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            end_date: End of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
        """

        return aiterate(
            self._client,
            Pager.create(
                lambda limit, offset: look_up_a_set_of_messages(
                    start_date=start_date,
                    end_date=end_date,
                    limit=limit,
                    offset=offset,
                ),
                _look_up_a_set_of_messages_items,
                page_size=page_size,
                max_page_size=None,
                max_items=max_items,
            ),
        )

    async def get_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> AccountCallbackDocument:
        """Read an account-level messaging webhook URL.

        `callback_url` is null when none is set (assumed; Flowroute shows only a set URL).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return await self._client._execute(
            get_account_callback(
                callback_type=callback_type,
            )
        )

    async def delete_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> None:
        """Remove an account-level messaging webhook URL.

        Unconfirmed: documented only for v2.2; unconfirmed on v2.1. Flowroute's
        v2.2 page lists four types (not `dlr_callback`).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return await self._client._execute(
            delete_account_callback(
                callback_type=callback_type,
            )
        )

    async def look_up_a_message_detail_record(
        self,
        id: str,
    ) -> MessageDocument:
        """Read one message detail record.

        Returns one MDR with its delivery receipts. The id must include its `mdr2-` prefix.

        Args:
            id: The MDR id, prefix included.
        """

        return await self._client._execute(
            look_up_a_message_detail_record(
                id=id,
            )
        )


class RawMessagesOperations(RawResource):
    """The seed-compatible controller for messages: the same operations, answering the server's JSON."""

    def look_up_a_set_of_messages(
        self,
        start_date: date | datetime | str,
        end_date: date | datetime | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Any:
        """List message detail records in a UTC date range.

        Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the dates as ISO date-times.

        Args:
            start_date: Start of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            end_date: End of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            limit: Page size. Flowroute sets no maximum for messages.
            offset: How many records to skip.
        """

        return self._client._execute_raw(
            look_up_a_set_of_messages(
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
            )
        )

    def get_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> Any:
        """Read an account-level messaging webhook URL.

        `callback_url` is null when none is set (assumed; Flowroute shows only a set URL).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return self._client._execute_raw(
            get_account_callback(
                callback_type=callback_type,
            )
        )

    def delete_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> Any:
        """Remove an account-level messaging webhook URL.

        Unconfirmed: documented only for v2.2; unconfirmed on v2.1. Flowroute's
        v2.2 page lists four types (not `dlr_callback`).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return self._client._execute_raw(
            delete_account_callback(
                callback_type=callback_type,
            )
        )

    def look_up_a_message_detail_record(
        self,
        id: str,
    ) -> Any:
        """Read one message detail record.

        Returns one MDR with its delivery receipts. The id must include its `mdr2-` prefix.

        Args:
            id: The MDR id, prefix included.
        """

        return self._client._execute_raw(
            look_up_a_message_detail_record(
                id=id,
            )
        )


class MessagesWithRawResponse(SyncResource):
    """``client.with_raw_response.messages``: each operation's answer as a ``RawResponse``."""

    def look_up_a_set_of_messages(
        self,
        start_date: date | datetime | str,
        end_date: date | datetime | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> RawResponse[MessagePage]:
        """List message detail records in a UTC date range.

        Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the dates as ISO date-times.

        Args:
            start_date: Start of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            end_date: End of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            limit: Page size. Flowroute sets no maximum for messages.
            offset: How many records to skip.
        """

        return self._client._execute_with_response(
            look_up_a_set_of_messages(
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
            )
        )

    def send_a_message(
        self,
        message_body: OutboundMessage
        | OutboundMessageDocument
        | Mapping[str, Any]
        | str,
    ) -> RawResponse[MessageAccepted]:
        """Send an SMS or MMS.

        The API takes the message either flat (`{"to": …}`) or wrapped as a JSON:API
        document (`{"data": {"type": "message", "attributes": {…}}}`). Sends are
        limited per access key to 5 SMS and 1 MMS per second; attempts over the
        limit get 429 and are not processed.

        Args:
            message_body: The request body.
        """

        return self._client._execute_with_response(
            send_a_message(message_body=message_body)
        )

    def get_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> RawResponse[AccountCallbackDocument]:
        """Read an account-level messaging webhook URL.

        `callback_url` is null when none is set (assumed; Flowroute shows only a set URL).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return self._client._execute_with_response(
            get_account_callback(
                callback_type=callback_type,
            )
        )

    def set_account_callback(
        self,
        callback_type: AccountCallbackType | str,
        body: CallbackUrl | CallbackUrlDocument | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Set an account-level messaging webhook URL.

        `sms_callback`/`mms_callback` receive inbound messages, the `*_dlr_callback`
        types delivery receipts (`dlr_callback` is the deprecated name of
        `sms_dlr_callback`). Whether delivery receipts exist for MMS is
        contradictory in Flowroute's pages: expect them to be best-effort.

        The body envelope is not documented: Flowroute lists a single
        `callback_url` field with no example; the later Python SDK wraps it as
        `{"data": {"attributes": {…}}}`, other clients send it flat. Both forms
        are accepted here; send the flat one.

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
            body: A webhook URL, flat or wrapped. Flowroute documents only the field, not the envelope (see the
                operation description); send the flat form.
        """

        return self._client._execute_with_response(
            set_account_callback(callback_type=callback_type, body=body)
        )

    def delete_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> RawResponse[None]:
        """Remove an account-level messaging webhook URL.

        Unconfirmed: documented only for v2.2; unconfirmed on v2.1. Flowroute's
        v2.2 page lists four types (not `dlr_callback`).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return self._client._execute_with_response(
            delete_account_callback(
                callback_type=callback_type,
            )
        )

    def look_up_a_message_detail_record(
        self,
        id: str,
    ) -> RawResponse[MessageDocument]:
        """Read one message detail record.

        Returns one MDR with its delivery receipts. The id must include its `mdr2-` prefix.

        Args:
            id: The MDR id, prefix included.
        """

        return self._client._execute_with_response(
            look_up_a_message_detail_record(
                id=id,
            )
        )


class AsyncMessagesWithRawResponse(AsyncResource):
    """``client.with_raw_response.messages`` on the async client."""

    async def look_up_a_set_of_messages(
        self,
        start_date: date | datetime | str,
        end_date: date | datetime | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> RawResponse[MessagePage]:
        """List message detail records in a UTC date range.

        Returns MDRs, inbound and outbound, whose timestamps fall in the range. `links.next` re-encodes the dates as ISO date-times.

        Args:
            start_date: Start of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            end_date: End of the range (UTC), as `YYYY-MM-DD` or an ISO 8601 date-time.
            limit: Page size. Flowroute sets no maximum for messages.
            offset: How many records to skip.
        """

        return await self._client._execute_with_response(
            look_up_a_set_of_messages(
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                offset=offset,
            )
        )

    async def send_a_message(
        self,
        message_body: OutboundMessage
        | OutboundMessageDocument
        | Mapping[str, Any]
        | str,
    ) -> RawResponse[MessageAccepted]:
        """Send an SMS or MMS.

        The API takes the message either flat (`{"to": …}`) or wrapped as a JSON:API
        document (`{"data": {"type": "message", "attributes": {…}}}`). Sends are
        limited per access key to 5 SMS and 1 MMS per second; attempts over the
        limit get 429 and are not processed.

        Args:
            message_body: The request body.
        """

        return await self._client._execute_with_response(
            send_a_message(message_body=message_body)
        )

    async def get_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> RawResponse[AccountCallbackDocument]:
        """Read an account-level messaging webhook URL.

        `callback_url` is null when none is set (assumed; Flowroute shows only a set URL).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return await self._client._execute_with_response(
            get_account_callback(
                callback_type=callback_type,
            )
        )

    async def set_account_callback(
        self,
        callback_type: AccountCallbackType | str,
        body: CallbackUrl | CallbackUrlDocument | Mapping[str, Any] | str,
    ) -> RawResponse[None]:
        """Set an account-level messaging webhook URL.

        `sms_callback`/`mms_callback` receive inbound messages, the `*_dlr_callback`
        types delivery receipts (`dlr_callback` is the deprecated name of
        `sms_dlr_callback`). Whether delivery receipts exist for MMS is
        contradictory in Flowroute's pages: expect them to be best-effort.

        The body envelope is not documented: Flowroute lists a single
        `callback_url` field with no example; the later Python SDK wraps it as
        `{"data": {"attributes": {…}}}`, other clients send it flat. Both forms
        are accepted here; send the flat one.

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
            body: A webhook URL, flat or wrapped. Flowroute documents only the field, not the envelope (see the
                operation description); send the flat form.
        """

        return await self._client._execute_with_response(
            set_account_callback(callback_type=callback_type, body=body)
        )

    async def delete_account_callback(
        self,
        callback_type: AccountCallbackType | str,
    ) -> RawResponse[None]:
        """Remove an account-level messaging webhook URL.

        Unconfirmed: documented only for v2.2; unconfirmed on v2.1. Flowroute's
        v2.2 page lists four types (not `dlr_callback`).

        Args:
            callback_type: Which webhook. Flowroute's v2.1 pages disagree on the list (the set page names
                `sms_dlr_callback`, `mms_dlr_callback` and the deprecated `dlr_callback`, the read page
                `sms_callback`, `mms_callback`, `dlr_callback`), so all five names are allowed.
        """

        return await self._client._execute_with_response(
            delete_account_callback(
                callback_type=callback_type,
            )
        )

    async def look_up_a_message_detail_record(
        self,
        id: str,
    ) -> RawResponse[MessageDocument]:
        """Read one message detail record.

        Returns one MDR with its delivery receipts. The id must include its `mdr2-` prefix.

        Args:
            id: The MDR id, prefix included.
        """

        return await self._client._execute_with_response(
            look_up_a_message_detail_record(
                id=id,
            )
        )

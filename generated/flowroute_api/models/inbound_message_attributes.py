from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.delivery_receipt import DeliveryReceipt


T = TypeVar("T", bound="InboundMessageAttributes")
_DECLARED_KEYS = frozenset(
    {
        "from",
        "to",
        "body",
        "direction",
        "is_mms",
        "message_type",
        "message_encoding",
        "status",
        "timestamp",
        "amount_display",
        "amount_nanodollars",
        "delivery_receipts",
        "message_callback_url",
    }
)


@_attrs_define
class InboundMessageAttributes:
    """
    Attributes:
        from_ (str):
        to (str):
        body (None | str | Unset): Null for an MMS that carries only media.
        direction (str | Unset): `inbound`.
        is_mms (bool | Unset):
        message_type (str | Unset): Open set; seen `longcode`, `toll-free`.
        message_encoding (int | Unset): 0 for ASCII/GSM text, 8 for UCS-2.
        status (str | Unset): Open set; seen `delivered`, and empty for MMS.
        timestamp (datetime.datetime | Unset):
        amount_display (str | Unset): Price as text with a dollar sign (`$0.0040`).
        amount_nanodollars (int | str | Unset): Price in billionths of a dollar. Documented as an integer; inbound-SMS
            webhooks captured from the live API in 2017 and 2022 carry it as a
            string of digits (`"4000000"`).
        delivery_receipts (list[DeliveryReceipt] | Unset): Empty when present; absent from captured inbound-SMS
            webhooks.
        message_callback_url (str | Unset): The URL this webhook was sent to.
    """

    from_: str
    to: str
    body: None | str | Unset = UNSET
    direction: str | Unset = UNSET
    is_mms: bool | Unset = UNSET
    message_type: str | Unset = UNSET
    message_encoding: int | Unset = UNSET
    status: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    amount_display: str | Unset = UNSET
    amount_nanodollars: int | str | Unset = UNSET
    delivery_receipts: list[DeliveryReceipt] | Unset = UNSET
    message_callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        from_ = self.from_

        to = self.to

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        direction = self.direction

        is_mms = self.is_mms

        message_type = self.message_type

        message_encoding = self.message_encoding

        status = self.status

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        amount_display = self.amount_display

        amount_nanodollars: int | str | Unset
        if isinstance(self.amount_nanodollars, Unset):
            amount_nanodollars = UNSET
        else:
            amount_nanodollars = self.amount_nanodollars

        delivery_receipts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delivery_receipts, Unset):
            delivery_receipts = []
            for delivery_receipts_item_data in self.delivery_receipts:
                delivery_receipts_item = delivery_receipts_item_data.to_dict()
                delivery_receipts.append(delivery_receipts_item)

        message_callback_url = self.message_callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if direction is not UNSET:
            field_dict["direction"] = direction
        if is_mms is not UNSET:
            field_dict["is_mms"] = is_mms
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if message_encoding is not UNSET:
            field_dict["message_encoding"] = message_encoding
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if amount_display is not UNSET:
            field_dict["amount_display"] = amount_display
        if amount_nanodollars is not UNSET:
            field_dict["amount_nanodollars"] = amount_nanodollars
        if delivery_receipts is not UNSET:
            field_dict["delivery_receipts"] = delivery_receipts
        if message_callback_url is not UNSET:
            field_dict["message_callback_url"] = message_callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        from_ = src_dict["from"]
        if not isinstance(from_, str):
            raise TypeError(f"from: expected str, got {type(from_).__name__}")

        to = src_dict["to"]
        if not isinstance(to, str):
            raise TypeError(f"to: expected str, got {type(to).__name__}")

        body = src_dict.get("body", UNSET)
        if not (isinstance(body, str) or body is None or isinstance(body, Unset)):
            raise TypeError(f"body: expected str or null, got {type(body).__name__}")

        direction = src_dict.get("direction", UNSET)
        if not isinstance(direction, Unset) and not isinstance(direction, str):
            raise TypeError(f"direction: expected str, got {type(direction).__name__}")

        is_mms = src_dict.get("is_mms", UNSET)
        if not isinstance(is_mms, Unset) and not isinstance(is_mms, bool):
            raise TypeError(f"is_mms: expected bool, got {type(is_mms).__name__}")

        message_type = src_dict.get("message_type", UNSET)
        if not isinstance(message_type, Unset) and not isinstance(message_type, str):
            raise TypeError(
                f"message_type: expected str, got {type(message_type).__name__}"
            )

        message_encoding = src_dict.get("message_encoding", UNSET)
        if not isinstance(message_encoding, Unset) and not (
            type(message_encoding) is int
            or (
                isinstance(message_encoding, int)
                and not isinstance(message_encoding, bool)
            )
        ):
            raise TypeError(
                f"message_encoding: expected int, got {type(message_encoding).__name__}"
            )

        status = src_dict.get("status", UNSET)
        if not isinstance(status, Unset) and not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        _timestamp = src_dict.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        amount_display = src_dict.get("amount_display", UNSET)
        if not isinstance(amount_display, Unset) and not isinstance(
            amount_display, str
        ):
            raise TypeError(
                f"amount_display: expected str, got {type(amount_display).__name__}"
            )

        amount_nanodollars = src_dict.get("amount_nanodollars", UNSET)
        if not (
            (
                type(amount_nanodollars) is int
                or (
                    isinstance(amount_nanodollars, int)
                    and not isinstance(amount_nanodollars, bool)
                )
            )
            or isinstance(amount_nanodollars, str)
            or isinstance(amount_nanodollars, Unset)
        ):
            raise TypeError(
                f"amount_nanodollars: expected int or str, got {type(amount_nanodollars).__name__}"
            )

        _delivery_receipts = src_dict.get("delivery_receipts", UNSET)
        delivery_receipts: list[DeliveryReceipt] | Unset = UNSET
        if _delivery_receipts is not UNSET:
            delivery_receipts = []
            for delivery_receipts_item_data in _delivery_receipts:
                delivery_receipts_item = DeliveryReceipt.from_dict(
                    delivery_receipts_item_data
                )

                delivery_receipts.append(delivery_receipts_item)

        message_callback_url = src_dict.get("message_callback_url", UNSET)
        if not isinstance(message_callback_url, Unset) and not isinstance(
            message_callback_url, str
        ):
            raise TypeError(
                f"message_callback_url: expected str, got {type(message_callback_url).__name__}"
            )

        inbound_message_attributes = cls(
            from_,
            to,
            body,
            direction,
            is_mms,
            message_type,
            message_encoding,
            status,
            timestamp,
            amount_display,
            amount_nanodollars,
            delivery_receipts,
            message_callback_url,
        )

        if len(src_dict) > 2 and not src_dict.keys() <= _DECLARED_KEYS:
            inbound_message_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return inbound_message_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    # Hidden from type checkers, so that a misspelt attribute is still reported.
    if not TYPE_CHECKING:
        __getattr__ = extras_on_first_use


from ..models.delivery_receipt import DeliveryReceipt  # noqa: E402

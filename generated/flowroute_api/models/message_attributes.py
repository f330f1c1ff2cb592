from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.delivery_receipt import DeliveryReceipt


T = TypeVar("T", bound="MessageAttributes")
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
class MessageAttributes:
    """
    Attributes:
        from_ (str):
        to (str):
        body (None | str): Null for an MMS that carries only media.
        direction (str): `inbound` or `outbound`.
        is_mms (bool):
        message_type (str): Open set; seen `longcode`, `toll-free`.
        message_encoding (int): 0 for ASCII/GSM text, 8 for UCS-2.
        status (str): Open set; seen `delivered`, `message buffered`, `smsc submit`, and empty.
        timestamp (datetime.datetime):
        amount_display (str): Price as text with a dollar sign (`$0.0040`).
        amount_nanodollars (int):
        delivery_receipts (list[DeliveryReceipt]): Empty for inbound messages and for MMS.
        message_callback_url (str | Unset):
    """

    from_: str
    to: str
    body: None | str
    direction: str
    is_mms: bool
    message_type: str
    message_encoding: int
    status: str
    timestamp: datetime.datetime
    amount_display: str
    amount_nanodollars: int
    delivery_receipts: list[DeliveryReceipt]
    message_callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        from_ = self.from_

        to = self.to

        body: None | str
        body = self.body

        direction = self.direction

        is_mms = self.is_mms

        message_type = self.message_type

        message_encoding = self.message_encoding

        status = self.status

        timestamp = self.timestamp.isoformat()

        amount_display = self.amount_display

        amount_nanodollars = self.amount_nanodollars

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
                "body": body,
                "direction": direction,
                "is_mms": is_mms,
                "message_type": message_type,
                "message_encoding": message_encoding,
                "status": status,
                "timestamp": timestamp,
                "amount_display": amount_display,
                "amount_nanodollars": amount_nanodollars,
                "delivery_receipts": delivery_receipts,
            }
        )
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

        body = src_dict["body"]
        if not (isinstance(body, str) or body is None):
            raise TypeError(f"body: expected str or null, got {type(body).__name__}")

        direction = src_dict["direction"]
        if not isinstance(direction, str):
            raise TypeError(f"direction: expected str, got {type(direction).__name__}")

        is_mms = src_dict["is_mms"]
        if not isinstance(is_mms, bool):
            raise TypeError(f"is_mms: expected bool, got {type(is_mms).__name__}")

        message_type = src_dict["message_type"]
        if not isinstance(message_type, str):
            raise TypeError(
                f"message_type: expected str, got {type(message_type).__name__}"
            )

        message_encoding = src_dict["message_encoding"]
        if not (
            type(message_encoding) is int
            or (
                isinstance(message_encoding, int)
                and not isinstance(message_encoding, bool)
            )
        ):
            raise TypeError(
                f"message_encoding: expected int, got {type(message_encoding).__name__}"
            )

        status = src_dict["status"]
        if not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        timestamp = datetime.datetime.fromisoformat(src_dict["timestamp"])

        amount_display = src_dict["amount_display"]
        if not isinstance(amount_display, str):
            raise TypeError(
                f"amount_display: expected str, got {type(amount_display).__name__}"
            )

        amount_nanodollars = src_dict["amount_nanodollars"]
        if not (
            type(amount_nanodollars) is int
            or (
                isinstance(amount_nanodollars, int)
                and not isinstance(amount_nanodollars, bool)
            )
        ):
            raise TypeError(
                f"amount_nanodollars: expected int, got {type(amount_nanodollars).__name__}"
            )

        delivery_receipts = []
        _delivery_receipts = src_dict["delivery_receipts"]
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

        message_attributes = cls(
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

        if len(src_dict) > 12 and not src_dict.keys() <= _DECLARED_KEYS:
            message_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return message_attributes

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

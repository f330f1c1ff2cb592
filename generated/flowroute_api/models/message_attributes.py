from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_receipt import DeliveryReceipt


T = TypeVar("T", bound="MessageAttributes")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.delivery_receipt import DeliveryReceipt  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        def _parse_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body = _parse_body(d.pop("body"))

        direction = d.pop("direction")

        is_mms = d.pop("is_mms")

        message_type = d.pop("message_type")

        message_encoding = d.pop("message_encoding")

        status = d.pop("status")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        amount_display = d.pop("amount_display")

        amount_nanodollars = d.pop("amount_nanodollars")

        delivery_receipts = []
        _delivery_receipts = d.pop("delivery_receipts")
        for delivery_receipts_item_data in _delivery_receipts:
            delivery_receipts_item = DeliveryReceipt.from_dict(
                delivery_receipts_item_data
            )

            delivery_receipts.append(delivery_receipts_item)

        message_callback_url = d.pop("message_callback_url", UNSET)

        message_attributes = cls(
            from_=from_,
            to=to,
            body=body,
            direction=direction,
            is_mms=is_mms,
            message_type=message_type,
            message_encoding=message_encoding,
            status=status,
            timestamp=timestamp,
            amount_display=amount_display,
            amount_nanodollars=amount_nanodollars,
            delivery_receipts=delivery_receipts,
            message_callback_url=message_callback_url,
        )

        message_attributes.additional_properties = d
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

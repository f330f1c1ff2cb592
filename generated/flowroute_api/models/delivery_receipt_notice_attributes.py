from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="DeliveryReceiptNoticeAttributes")
_DECLARED_KEYS = frozenset(
    {
        "level",
        "status",
        "body",
        "status_code",
        "status_code_description",
        "timestamp",
    }
)


@_attrs_define
class DeliveryReceiptNoticeAttributes:
    """
    Attributes:
        level (int): 1 for Flowroute's hand-off, 2 for the carrier's report.
        status (str):
        body (None | str | Unset): The message text; empty or null for MMS.
        status_code (int | None | str | Unset): Documented as text for this webhook; an integer in MDRs; may be null.
        status_code_description (None | str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    level: int
    status: str
    body: None | str | Unset = UNSET
    status_code: int | None | str | Unset = UNSET
    status_code_description: None | str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        status = self.status

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        status_code: int | None | str | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        status_code_description: None | str | Unset
        if isinstance(self.status_code_description, Unset):
            status_code_description = UNSET
        else:
            status_code_description = self.status_code_description

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "status": status,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_code_description is not UNSET:
            field_dict["status_code_description"] = status_code_description
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        level = src_dict["level"]
        if not (
            type(level) is int
            or (isinstance(level, int) and not isinstance(level, bool))
        ):
            raise TypeError(f"level: expected int, got {type(level).__name__}")

        status = src_dict["status"]
        if not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        body = src_dict.get("body", UNSET)
        if not (isinstance(body, str) or body is None or isinstance(body, Unset)):
            raise TypeError(f"body: expected str or null, got {type(body).__name__}")

        status_code = src_dict.get("status_code", UNSET)
        if not (
            isinstance(status_code, str)
            or (
                type(status_code) is int
                or (isinstance(status_code, int) and not isinstance(status_code, bool))
            )
            or status_code is None
            or isinstance(status_code, Unset)
        ):
            raise TypeError(
                f"status_code: expected str or int or null, got {type(status_code).__name__}"
            )

        status_code_description = src_dict.get("status_code_description", UNSET)
        if not (
            isinstance(status_code_description, str)
            or status_code_description is None
            or isinstance(status_code_description, Unset)
        ):
            raise TypeError(
                f"status_code_description: expected str or null, got {type(status_code_description).__name__}"
            )

        _timestamp = src_dict.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        delivery_receipt_notice_attributes = cls(
            level,
            status,
            body,
            status_code,
            status_code_description,
            timestamp,
        )

        if len(src_dict) > 2 and not src_dict.keys() <= _DECLARED_KEYS:
            delivery_receipt_notice_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return delivery_receipt_notice_attributes

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

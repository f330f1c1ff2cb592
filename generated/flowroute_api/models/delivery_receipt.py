from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extras_on_first_use

T = TypeVar("T", bound="DeliveryReceipt")
_DECLARED_KEYS = frozenset(
    {
        "level",
        "status",
        "status_code",
        "status_code_description",
        "timestamp",
    }
)


@_attrs_define
class DeliveryReceipt:
    """One delivery report; level 1 is Flowroute's hand-off, level 2 the carrier's.

    Attributes:
        level (int):
        status (str):
        status_code (int | None | str): An integer in MDRs, a string in delivery-receipt webhooks, or null.
        status_code_description (str):
        timestamp (datetime.datetime):
    """

    level: int
    status: str
    status_code: int | None | str
    status_code_description: str
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        status = self.status

        status_code: int | None | str
        status_code = self.status_code

        status_code_description = self.status_code_description

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "status": status,
                "status_code": status_code,
                "status_code_description": status_code_description,
                "timestamp": timestamp,
            }
        )

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

        status_code = src_dict["status_code"]
        if not (
            (
                type(status_code) is int
                or (isinstance(status_code, int) and not isinstance(status_code, bool))
            )
            or isinstance(status_code, str)
            or status_code is None
        ):
            raise TypeError(
                f"status_code: expected int or str or null, got {type(status_code).__name__}"
            )

        status_code_description = src_dict["status_code_description"]
        if not isinstance(status_code_description, str):
            raise TypeError(
                f"status_code_description: expected str, got {type(status_code_description).__name__}"
            )

        timestamp = datetime.datetime.fromisoformat(src_dict["timestamp"])

        delivery_receipt = cls(
            level,
            status,
            status_code,
            status_code_description,
            timestamp,
        )

        if len(src_dict) > 5 and not src_dict.keys() <= _DECLARED_KEYS:
            delivery_receipt.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return delivery_receipt

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

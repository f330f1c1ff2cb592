from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.message_bulk_provisioning_numbers import (
        MessageBulkProvisioningNumbers,
    )


T = TypeVar("T", bound="MessageBulkProvisioningStatusAttributes")
_DECLARED_KEYS = frozenset(
    {
        "status",
        "message",
        "numbers",
    }
)


@_attrs_define
class MessageBulkProvisioningStatusAttributes:
    """
    Attributes:
        status (str):
        message (str | Unset):
        numbers (MessageBulkProvisioningNumbers | Unset): Numbers by job state; only `processing` and `successful` are
            documented.
    """

    status: str
    message: str | Unset = UNSET
    numbers: MessageBulkProvisioningNumbers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        status = self.status

        message = self.message

        numbers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = self.numbers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if numbers is not UNSET:
            field_dict["numbers"] = numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        status = src_dict["status"]
        if not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        message = src_dict.get("message", UNSET)
        if not isinstance(message, Unset) and not isinstance(message, str):
            raise TypeError(f"message: expected str, got {type(message).__name__}")

        _numbers = src_dict.get("numbers", UNSET)
        numbers: MessageBulkProvisioningNumbers | Unset
        if isinstance(_numbers, Unset):
            numbers = UNSET
        else:
            numbers = MessageBulkProvisioningNumbers.from_dict(_numbers)

        message_bulk_provisioning_status_attributes = cls(
            status,
            message,
            numbers,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            message_bulk_provisioning_status_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return message_bulk_provisioning_status_attributes

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


from ..models.message_bulk_provisioning_numbers import MessageBulkProvisioningNumbers  # noqa: E402

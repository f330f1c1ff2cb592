from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="MessageProvisioningStatusAttributes")
_DECLARED_KEYS = frozenset(
    {
        "status",
        "tn",
    }
)


@_attrs_define
class MessageProvisioningStatusAttributes:
    """
    Attributes:
        status (str):
        tn (str | Unset): The number.
    """

    status: str
    tn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        tn = self.tn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if tn is not UNSET:
            field_dict["tn"] = tn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict["status"]
        if not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        tn = src_dict.get("tn", UNSET)
        if not isinstance(tn, Unset) and not isinstance(tn, str):
            raise TypeError(f"tn: expected str, got {type(tn).__name__}")

        message_provisioning_status_attributes = cls(
            status,
            tn,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            message_provisioning_status_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return message_provisioning_status_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="PurchaseOptions")
_DECLARED_KEYS = frozenset(
    {
        "cnam_lookups_enabled",
        "messaging_enabled",
    }
)


@_attrs_define
class PurchaseOptions:
    """
    Attributes:
        cnam_lookups_enabled (bool | Unset): Bill and show caller-ID names on inbound calls. Defaults to the account
            setting.
        messaging_enabled (bool | Unset): Start messaging provisioning for the number. Defaults to false.
    """

    cnam_lookups_enabled: bool | Unset = UNSET
    messaging_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        cnam_lookups_enabled = self.cnam_lookups_enabled

        messaging_enabled = self.messaging_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cnam_lookups_enabled is not UNSET:
            field_dict["cnam_lookups_enabled"] = cnam_lookups_enabled
        if messaging_enabled is not UNSET:
            field_dict["messaging_enabled"] = messaging_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cnam_lookups_enabled = src_dict.get("cnam_lookups_enabled", UNSET)
        if not isinstance(cnam_lookups_enabled, Unset) and not isinstance(
            cnam_lookups_enabled, bool
        ):
            raise TypeError(
                f"cnam_lookups_enabled: expected bool, got {type(cnam_lookups_enabled).__name__}"
            )

        messaging_enabled = src_dict.get("messaging_enabled", UNSET)
        if not isinstance(messaging_enabled, Unset) and not isinstance(
            messaging_enabled, bool
        ):
            raise TypeError(
                f"messaging_enabled: expected bool, got {type(messaging_enabled).__name__}"
            )

        purchase_options = cls(
            cnam_lookups_enabled,
            messaging_enabled,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            purchase_options.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return purchase_options

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

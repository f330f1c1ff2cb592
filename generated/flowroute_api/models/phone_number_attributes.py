from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="PhoneNumberAttributes")
_DECLARED_KEYS = frozenset(
    {
        "alias",
        "cnam_lookups_enabled",
        "number_type",
        "rate_center",
        "state",
        "value",
        "messaging_enabled",
    }
)


@_attrs_define
class PhoneNumberAttributes:
    """
    Attributes:
        alias (None | str):
        cnam_lookups_enabled (bool):
        number_type (str): Open set; seen `standard`, `longcode`, `toll-free`.
        rate_center (str):
        state (str):
        value (str):
        messaging_enabled (bool | Unset): Newer accounts only; stays false until messaging provisioning completes.
    """

    alias: None | str
    cnam_lookups_enabled: bool
    number_type: str
    rate_center: str
    state: str
    value: str
    messaging_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        alias: None | str
        alias = self.alias

        cnam_lookups_enabled = self.cnam_lookups_enabled

        number_type = self.number_type

        rate_center = self.rate_center

        state = self.state

        value = self.value

        messaging_enabled = self.messaging_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "cnam_lookups_enabled": cnam_lookups_enabled,
                "number_type": number_type,
                "rate_center": rate_center,
                "state": state,
                "value": value,
            }
        )
        if messaging_enabled is not UNSET:
            field_dict["messaging_enabled"] = messaging_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        alias = src_dict["alias"]
        if not (isinstance(alias, str) or alias is None):
            raise TypeError(f"alias: expected str or null, got {type(alias).__name__}")

        cnam_lookups_enabled = src_dict["cnam_lookups_enabled"]
        if not isinstance(cnam_lookups_enabled, bool):
            raise TypeError(
                f"cnam_lookups_enabled: expected bool, got {type(cnam_lookups_enabled).__name__}"
            )

        number_type = src_dict["number_type"]
        if not isinstance(number_type, str):
            raise TypeError(
                f"number_type: expected str, got {type(number_type).__name__}"
            )

        rate_center = src_dict["rate_center"]
        if not isinstance(rate_center, str):
            raise TypeError(
                f"rate_center: expected str, got {type(rate_center).__name__}"
            )

        state = src_dict["state"]
        if not isinstance(state, str):
            raise TypeError(f"state: expected str, got {type(state).__name__}")

        value = src_dict["value"]
        if not isinstance(value, str):
            raise TypeError(f"value: expected str, got {type(value).__name__}")

        messaging_enabled = src_dict.get("messaging_enabled", UNSET)
        if not isinstance(messaging_enabled, Unset) and not isinstance(
            messaging_enabled, bool
        ):
            raise TypeError(
                f"messaging_enabled: expected bool, got {type(messaging_enabled).__name__}"
            )

        phone_number_attributes = cls(
            alias,
            cnam_lookups_enabled,
            number_type,
            rate_center,
            state,
            value,
            messaging_enabled,
        )

        if len(src_dict) > 6 and not src_dict.keys() <= _DECLARED_KEYS:
            phone_number_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return phone_number_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="NumberAliasAttributes")
_DECLARED_KEYS = frozenset(
    {
        "value",
        "alias",
    }
)


@_attrs_define
class NumberAliasAttributes:
    """
    Attributes:
        value (str): The phone number, digits.
        alias (None | str | Unset):
    """

    value: str
    alias: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict["value"]
        if not isinstance(value, str):
            raise TypeError(f"value: expected str, got {type(value).__name__}")

        alias = src_dict.get("alias", UNSET)
        if not (isinstance(alias, str) or alias is None or isinstance(alias, Unset)):
            raise TypeError(f"alias: expected str or null, got {type(alias).__name__}")

        number_alias_attributes = cls(
            value,
            alias,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            number_alias_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return number_alias_attributes

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

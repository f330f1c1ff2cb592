from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extras_on_first_use

T = TypeVar("T", bound="PortabilityRequest")
_DECLARED_KEYS = frozenset(
    {
        "numbers",
    }
)


@_attrs_define
class PortabilityRequest:
    """Flat body (not JSON:API).

    Attributes:
        numbers (list[str]):
    """

    numbers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        numbers = self.numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numbers": numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        numbers = []
        _numbers = src_dict["numbers"]
        for numbers_item_data in _numbers:
            numbers_item = numbers_item_data
            if not isinstance(numbers_item, str):
                raise TypeError(
                    f"numbers_item: expected str, got {type(numbers_item).__name__}"
                )

            numbers.append(numbers_item)

        portability_request = cls(
            numbers,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            portability_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return portability_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="PortOrderGroupNumbersRequest")
_DECLARED_KEYS = frozenset(
    {
        "add",
        "numbers",
    }
)


@_attrs_define
class PortOrderGroupNumbersRequest:
    """Flat body; Flowroute's example uses `add`, its prose `numbers`. Send one of them.

    Attributes:
        add (list[str] | Unset):
        numbers (list[str] | Unset):
    """

    add: list[str] | Unset = UNSET
    numbers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        add: list[str] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add

        numbers: list[str] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = self.numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if numbers is not UNSET:
            field_dict["numbers"] = numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _add = src_dict.get("add", UNSET)
        add: list[str] | Unset = UNSET
        if _add is not UNSET:
            add = []
            for add_item_data in _add:
                add_item = add_item_data
                if not isinstance(add_item, str):
                    raise TypeError(
                        f"add_item: expected str, got {type(add_item).__name__}"
                    )

                add.append(add_item)

        _numbers = src_dict.get("numbers", UNSET)
        numbers: list[str] | Unset = UNSET
        if _numbers is not UNSET:
            numbers = []
            for numbers_item_data in _numbers:
                numbers_item = numbers_item_data
                if not isinstance(numbers_item, str):
                    raise TypeError(
                        f"numbers_item: expected str, got {type(numbers_item).__name__}"
                    )

                numbers.append(numbers_item)

        port_order_group_numbers_request = cls(
            add,
            numbers,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_group_numbers_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_group_numbers_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="PortOrderNumbersChange")
_DECLARED_KEYS = frozenset(
    {
        "add",
        "remove",
    }
)


@_attrs_define
class PortOrderNumbersChange:
    """Flat body (not JSON:API); at least one of the two lists.

    Attributes:
        add (list[str] | Unset):
        remove (list[str] | Unset):
    """

    add: list[str] | Unset = UNSET
    remove: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        add: list[str] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add

        remove: list[str] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

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

        _remove = src_dict.get("remove", UNSET)
        remove: list[str] | Unset = UNSET
        if _remove is not UNSET:
            remove = []
            for remove_item_data in _remove:
                remove_item = remove_item_data
                if not isinstance(remove_item, str):
                    raise TypeError(
                        f"remove_item: expected str, got {type(remove_item).__name__}"
                    )

                remove.append(remove_item)

        port_order_numbers_change = cls(
            add,
            remove,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_numbers_change.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_numbers_change

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

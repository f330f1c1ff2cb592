from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship


T = TypeVar("T", bound="CnamRelationships")
_DECLARED_KEYS = frozenset(
    {
        "numbers",
    }
)


@_attrs_define
class CnamRelationships:
    """
    Attributes:
        numbers (ToManyRelationship | Unset):
    """

    numbers: ToManyRelationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        numbers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = self.numbers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numbers is not UNSET:
            field_dict["numbers"] = numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        _numbers = src_dict.get("numbers", UNSET)
        numbers: ToManyRelationship | Unset
        if isinstance(_numbers, Unset):
            numbers = UNSET
        else:
            numbers = ToManyRelationship.from_dict(_numbers)

        cnam_relationships = cls(
            numbers,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            cnam_relationships.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return cnam_relationships

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


from ..models.to_many_relationship import ToManyRelationship  # noqa: E402

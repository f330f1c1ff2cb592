from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="Portability")
_DECLARED_KEYS = frozenset(
    {
        "portable",
        "nonportable",
        "hypernetwork_enabled",
    }
)


@_attrs_define
class Portability:
    """The numbers by portability; a number may be in more than one list.

    Attributes:
        portable (list[str]):
        nonportable (list[str]):
        hypernetwork_enabled (list[str] | Unset): Numbers already on Flowroute's network.
    """

    portable: list[str]
    nonportable: list[str]
    hypernetwork_enabled: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        portable = self.portable

        nonportable = self.nonportable

        hypernetwork_enabled: list[str] | Unset = UNSET
        if not isinstance(self.hypernetwork_enabled, Unset):
            hypernetwork_enabled = self.hypernetwork_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "portable": portable,
                "nonportable": nonportable,
            }
        )
        if hypernetwork_enabled is not UNSET:
            field_dict["hypernetwork_enabled"] = hypernetwork_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        portable = []
        _portable = src_dict["portable"]
        for portable_item_data in _portable:
            portable_item = portable_item_data
            if not isinstance(portable_item, str):
                raise TypeError(
                    f"portable_item: expected str, got {type(portable_item).__name__}"
                )

            portable.append(portable_item)

        nonportable = []
        _nonportable = src_dict["nonportable"]
        for nonportable_item_data in _nonportable:
            nonportable_item = nonportable_item_data
            if not isinstance(nonportable_item, str):
                raise TypeError(
                    f"nonportable_item: expected str, got {type(nonportable_item).__name__}"
                )

            nonportable.append(nonportable_item)

        _hypernetwork_enabled = src_dict.get("hypernetwork_enabled", UNSET)
        hypernetwork_enabled: list[str] | Unset = UNSET
        if _hypernetwork_enabled is not UNSET:
            hypernetwork_enabled = []
            for hypernetwork_enabled_item_data in _hypernetwork_enabled:
                hypernetwork_enabled_item = hypernetwork_enabled_item_data
                if not isinstance(hypernetwork_enabled_item, str):
                    raise TypeError(
                        f"hypernetwork_enabled_item: expected str, got {type(hypernetwork_enabled_item).__name__}"
                    )

                hypernetwork_enabled.append(hypernetwork_enabled_item)

        portability = cls(
            portable,
            nonportable,
            hypernetwork_enabled,
        )

        if len(src_dict) > 2 and not src_dict.keys() <= _DECLARED_KEYS:
            portability.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return portability

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

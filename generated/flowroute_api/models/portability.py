from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Portability")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        portable = cast(list[str], d.pop("portable"))

        nonportable = cast(list[str], d.pop("nonportable"))

        hypernetwork_enabled = cast(list[str], d.pop("hypernetwork_enabled", UNSET))

        portability = cls(
            portable=portable,
            nonportable=nonportable,
            hypernetwork_enabled=hypernetwork_enabled,
        )

        portability.additional_properties = d
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="EdgeStrategyAttributes")
_DECLARED_KEYS = frozenset(
    {
        "name",
        "description",
        "firewall_rules",
        "naptr",
    }
)


@_attrs_define
class EdgeStrategyAttributes:
    """
    Attributes:
        name (str): Short name, e.g. `US-East-VA`.
        description (str | Unset):
        firewall_rules (str | Unset): Address ranges to allow through your firewall, as free text.
        naptr (str | Unset): The edge's SIP host name.
    """

    name: str
    description: str | Unset = UNSET
    firewall_rules: str | Unset = UNSET
    naptr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        firewall_rules = self.firewall_rules

        naptr = self.naptr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if firewall_rules is not UNSET:
            field_dict["firewall_rules"] = firewall_rules
        if naptr is not UNSET:
            field_dict["naptr"] = naptr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        description = src_dict.get("description", UNSET)
        if not isinstance(description, Unset) and not isinstance(description, str):
            raise TypeError(
                f"description: expected str, got {type(description).__name__}"
            )

        firewall_rules = src_dict.get("firewall_rules", UNSET)
        if not isinstance(firewall_rules, Unset) and not isinstance(
            firewall_rules, str
        ):
            raise TypeError(
                f"firewall_rules: expected str, got {type(firewall_rules).__name__}"
            )

        naptr = src_dict.get("naptr", UNSET)
        if not isinstance(naptr, Unset) and not isinstance(naptr, str):
            raise TypeError(f"naptr: expected str, got {type(naptr).__name__}")

        edge_strategy_attributes = cls(
            name,
            description,
            firewall_rules,
            naptr,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            edge_strategy_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return edge_strategy_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extras_on_first_use

if TYPE_CHECKING:
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="PhoneNumberRelationships")
_DECLARED_KEYS = frozenset(
    {
        "primary_route",
        "failover_route",
        "cnam_preset",
        "e911_address",
    }
)


@_attrs_define
class PhoneNumberRelationships:
    """
    Attributes:
        primary_route (ToOneRelationship):
        failover_route (ToOneRelationship):
        cnam_preset (ToOneRelationship):
        e911_address (ToOneRelationship):
    """

    primary_route: ToOneRelationship
    failover_route: ToOneRelationship
    cnam_preset: ToOneRelationship
    e911_address: ToOneRelationship
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        primary_route = self.primary_route.to_dict()

        failover_route = self.failover_route.to_dict()

        cnam_preset = self.cnam_preset.to_dict()

        e911_address = self.e911_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primary_route": primary_route,
                "failover_route": failover_route,
                "cnam_preset": cnam_preset,
                "e911_address": e911_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        primary_route = ToOneRelationship.from_dict(src_dict["primary_route"])

        failover_route = ToOneRelationship.from_dict(src_dict["failover_route"])

        cnam_preset = ToOneRelationship.from_dict(src_dict["cnam_preset"])

        e911_address = ToOneRelationship.from_dict(src_dict["e911_address"])

        phone_number_relationships = cls(
            primary_route,
            failover_route,
            cnam_preset,
            e911_address,
        )

        if len(src_dict) > 4 and not src_dict.keys() <= _DECLARED_KEYS:
            phone_number_relationships.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return phone_number_relationships

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


from ..models.to_one_relationship import ToOneRelationship  # noqa: E402

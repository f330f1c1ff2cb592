from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.route_type import RouteType
from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="RouteUpdateAttributes")
_DECLARED_KEYS = frozenset(
    {
        "alias",
        "route_type",
        "value",
        "edge_strategy_id",
    }
)


@_attrs_define
class RouteUpdateAttributes:
    """Any subset of a route's attributes.

    Attributes:
        alias (str | Unset):
        route_type (RouteType | Unset): Route types that can be created; `sip-reg` is only the built-in route 0.
        value (str | Unset): Host, number or URI, with the same rules as when creating a route.
        edge_strategy_id (int | Unset): Edge (PoP) id from the edge-strategies list.
    """

    alias: str | Unset = UNSET
    route_type: RouteType | Unset = UNSET
    value: str | Unset = UNSET
    edge_strategy_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        route_type: str | Unset = UNSET
        if not isinstance(self.route_type, Unset):
            route_type = self.route_type.value

        value = self.value

        edge_strategy_id = self.edge_strategy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if route_type is not UNSET:
            field_dict["route_type"] = route_type
        if value is not UNSET:
            field_dict["value"] = value
        if edge_strategy_id is not UNSET:
            field_dict["edge_strategy_id"] = edge_strategy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        alias = src_dict.get("alias", UNSET)
        if not isinstance(alias, Unset) and not isinstance(alias, str):
            raise TypeError(f"alias: expected str, got {type(alias).__name__}")

        _route_type = src_dict.get("route_type", UNSET)
        route_type: RouteType | Unset
        if isinstance(_route_type, Unset):
            route_type = UNSET
        else:
            route_type = RouteType(_route_type)

        value = src_dict.get("value", UNSET)
        if not isinstance(value, Unset) and not isinstance(value, str):
            raise TypeError(f"value: expected str, got {type(value).__name__}")

        edge_strategy_id = src_dict.get("edge_strategy_id", UNSET)
        if not isinstance(edge_strategy_id, Unset) and not (
            type(edge_strategy_id) is int
            or (
                isinstance(edge_strategy_id, int)
                and not isinstance(edge_strategy_id, bool)
            )
        ):
            raise TypeError(
                f"edge_strategy_id: expected int, got {type(edge_strategy_id).__name__}"
            )

        route_update_attributes = cls(
            alias,
            route_type,
            value,
            edge_strategy_id,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            route_update_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return route_update_attributes

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

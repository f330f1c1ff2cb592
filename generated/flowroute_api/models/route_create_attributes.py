from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.route_type import RouteType
from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="RouteCreateAttributes")
_DECLARED_KEYS = frozenset(
    {
        "alias",
        "route_type",
        "value",
        "edge_strategy_id",
    }
)


@_attrs_define
class RouteCreateAttributes:
    """
    Attributes:
        alias (str): Unique name of the route.
        route_type (RouteType): Route types that can be created; `sip-reg` is only the built-in route 0.
        value (str): `host`: IP or hostname with optional `:port`; `number`: 11-digit number;
            `uri`: `sip:user@domain[:port][;transport=…]`. Append `;weight=N` for weighted routing.
        edge_strategy_id (int | Unset): Edge (PoP) id from the edge-strategies list.
    """

    alias: str
    route_type: RouteType
    value: str
    edge_strategy_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        route_type = self.route_type.value

        value = self.value

        edge_strategy_id = self.edge_strategy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "route_type": route_type,
                "value": value,
            }
        )
        if edge_strategy_id is not UNSET:
            field_dict["edge_strategy_id"] = edge_strategy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        alias = src_dict["alias"]
        if not isinstance(alias, str):
            raise TypeError(f"alias: expected str, got {type(alias).__name__}")

        route_type = RouteType(src_dict["route_type"])

        value = src_dict["value"]
        if not isinstance(value, str):
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

        route_create_attributes = cls(
            alias,
            route_type,
            value,
            edge_strategy_id,
        )

        if len(src_dict) > 3 and not src_dict.keys() <= _DECLARED_KEYS:
            route_create_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return route_create_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extras_on_first_use

if TYPE_CHECKING:
    from ..models.port_order_orders import PortOrderOrders


T = TypeVar("T", bound="PortOrderListAttributes")
_DECLARED_KEYS = frozenset(
    {
        "orders",
    }
)


@_attrs_define
class PortOrderListAttributes:
    """
    Attributes:
        orders (PortOrderOrders):
    """

    orders: PortOrderOrders
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        orders = self.orders.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        orders = PortOrderOrders.from_dict(src_dict["orders"])

        port_order_list_attributes = cls(
            orders,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_list_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_list_attributes

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


from ..models.port_order_orders import PortOrderOrders  # noqa: E402

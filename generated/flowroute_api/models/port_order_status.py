from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extras_on_first_use

if TYPE_CHECKING:
    from ..models.port_order_status_attributes import PortOrderStatusAttributes


T = TypeVar("T", bound="PortOrderStatus")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "id",
        "attributes",
    }
)


@_attrs_define
class PortOrderStatus:
    """
    Attributes:
        type_ (Literal['portorder']):
        id (str):
        attributes (PortOrderStatusAttributes):
    """

    type_: Literal["portorder"]
    id: str
    attributes: PortOrderStatusAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        type_: Literal["portorder"] = src_dict["type"]
        if type_ != "portorder":
            raise ValueError(f"type must match const 'portorder', got '{type_}'")

        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        attributes = PortOrderStatusAttributes.from_dict(src_dict["attributes"])

        port_order_status = cls(
            type_,
            id,
            attributes,
        )

        if len(src_dict) > 3 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_status.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_status

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


from ..models.port_order_status_attributes import PortOrderStatusAttributes  # noqa: E402

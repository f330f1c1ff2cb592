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
    from ..models.route_attributes import RouteAttributes
    from ..models.self_links import SelfLinks


T = TypeVar("T", bound="Route")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "id",
        "attributes",
        "links",
    }
)


@_attrs_define
class Route:
    """
    Attributes:
        type_ (Literal['route']):
        id (str):
        attributes (RouteAttributes):
        links (SelfLinks):
    """

    type_: Literal["route"]
    id: str
    attributes: RouteAttributes
    links: SelfLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        type_: Literal["route"] = src_dict["type"]
        if type_ != "route":
            raise ValueError(f"type must match const 'route', got '{type_}'")

        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        attributes = RouteAttributes.from_dict(src_dict["attributes"])

        links = SelfLinks.from_dict(src_dict["links"])

        route = cls(
            type_,
            id,
            attributes,
            links,
        )

        if len(src_dict) > 4 and not src_dict.keys() <= _DECLARED_KEYS:
            route.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return route

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


from ..models.route_attributes import RouteAttributes  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402

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
    from ..models.phone_number_attributes import PhoneNumberAttributes
    from ..models.phone_number_relationships import PhoneNumberRelationships
    from ..models.self_links import SelfLinks


T = TypeVar("T", bound="PhoneNumberDetail")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "id",
        "attributes",
        "links",
        "relationships",
    }
)


@_attrs_define
class PhoneNumberDetail:
    """A number on the account with its relationships.

    Attributes:
        type_ (Literal['number']):
        id (str):
        attributes (PhoneNumberAttributes):
        links (SelfLinks):
        relationships (PhoneNumberRelationships):
    """

    type_: Literal["number"]
    id: str
    attributes: PhoneNumberAttributes
    links: SelfLinks
    relationships: PhoneNumberRelationships
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        links = self.links.to_dict()

        relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
                "links": links,
                "relationships": relationships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        type_: Literal["number"] = src_dict["type"]
        if type_ != "number":
            raise ValueError(f"type must match const 'number', got '{type_}'")

        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        attributes = PhoneNumberAttributes.from_dict(src_dict["attributes"])

        links = SelfLinks.from_dict(src_dict["links"])

        relationships = PhoneNumberRelationships.from_dict(src_dict["relationships"])

        phone_number_detail = cls(
            type_,
            id,
            attributes,
            links,
            relationships,
        )

        if len(src_dict) > 5 and not src_dict.keys() <= _DECLARED_KEYS:
            phone_number_detail.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return phone_number_detail

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


from ..models.phone_number_attributes import PhoneNumberAttributes  # noqa: E402
from ..models.phone_number_relationships import PhoneNumberRelationships  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402

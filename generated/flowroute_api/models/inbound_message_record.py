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

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.inbound_message_attributes import InboundMessageAttributes
    from ..models.message_relationships import MessageRelationships


T = TypeVar("T", bound="InboundMessageRecord")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "id",
        "attributes",
        "relationships",
    }
)


@_attrs_define
class InboundMessageRecord:
    """
    Attributes:
        type_ (Literal['message']):
        id (str): Opaque id of the resource the event is about: an MDR id (`mdr2-…`) for
            messages and receipts. Not held to the MDR pattern, since captured
            payloads show ids in other shapes.
        attributes (InboundMessageAttributes):
        relationships (MessageRelationships | Unset):
    """

    type_: Literal["message"]
    id: str
    attributes: InboundMessageAttributes
    relationships: MessageRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        type_: Literal["message"] = src_dict["type"]
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        attributes = InboundMessageAttributes.from_dict(src_dict["attributes"])

        _relationships = src_dict.get("relationships", UNSET)
        relationships: MessageRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = MessageRelationships.from_dict(_relationships)

        inbound_message_record = cls(
            type_,
            id,
            attributes,
            relationships,
        )

        if len(src_dict) > 3 and not src_dict.keys() <= _DECLARED_KEYS:
            inbound_message_record.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return inbound_message_record

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


from ..models.inbound_message_attributes import InboundMessageAttributes  # noqa: E402
from ..models.message_relationships import MessageRelationships  # noqa: E402

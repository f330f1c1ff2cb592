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
    from ..models.delivery_receipt_notice_attributes import (
        DeliveryReceiptNoticeAttributes,
    )
    from ..models.related_links import RelatedLinks


T = TypeVar("T", bound="DeliveryReceiptNotice")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "id",
        "attributes",
        "links",
    }
)


@_attrs_define
class DeliveryReceiptNotice:
    """
    Attributes:
        type_ (Literal['delivery_receipt']):
        id (str): Opaque id of the resource the event is about: an MDR id (`mdr2-…`) for
            messages and receipts. Not held to the MDR pattern, since captured
            payloads show ids in other shapes.
        attributes (DeliveryReceiptNoticeAttributes):
        links (RelatedLinks | Unset):
    """

    type_: Literal["delivery_receipt"]
    id: str
    attributes: DeliveryReceiptNoticeAttributes
    links: RelatedLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        type_: Literal["delivery_receipt"] = src_dict["type"]
        if type_ != "delivery_receipt":
            raise ValueError(f"type must match const 'delivery_receipt', got '{type_}'")

        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        attributes = DeliveryReceiptNoticeAttributes.from_dict(src_dict["attributes"])

        _links = src_dict.get("links", UNSET)
        links: RelatedLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = RelatedLinks.from_dict(_links)

        delivery_receipt_notice = cls(
            type_,
            id,
            attributes,
            links,
        )

        if len(src_dict) > 3 and not src_dict.keys() <= _DECLARED_KEYS:
            delivery_receipt_notice.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return delivery_receipt_notice

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


from ..models.delivery_receipt_notice_attributes import DeliveryReceiptNoticeAttributes  # noqa: E402
from ..models.related_links import RelatedLinks  # noqa: E402

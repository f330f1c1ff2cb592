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
    from ..models.related_links import RelatedLinks


T = TypeVar("T", bound="ExchangeCode")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "id",
        "links",
    }
)


@_attrs_define
class ExchangeCode:
    """
    Attributes:
        type_ (Literal['exchange']):
        id (str): The six-digit NPA-NXX.
        links (RelatedLinks):
    """

    type_: Literal["exchange"]
    id: str
    links: RelatedLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        id = self.id

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        type_: Literal["exchange"] = src_dict["type"]
        if type_ != "exchange":
            raise ValueError(f"type must match const 'exchange', got '{type_}'")

        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        links = RelatedLinks.from_dict(src_dict["links"])

        exchange_code = cls(
            type_,
            id,
            links,
        )

        if len(src_dict) > 3 and not src_dict.keys() <= _DECLARED_KEYS:
            exchange_code.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return exchange_code

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


from ..models.related_links import RelatedLinks  # noqa: E402

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
    from ..models.self_links import SelfLinks


T = TypeVar("T", bound="AcceptedMessage")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "id",
        "links",
    }
)


@_attrs_define
class AcceptedMessage:
    """
    Attributes:
        type_ (Literal['message']):
        id (str): Message detail record id, `mdr2-` followed by 32 lowercase hex digits (legacy v2 ids start `mdr1-`).
        links (SelfLinks):
    """

    type_: Literal["message"]
    id: str
    links: SelfLinks
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

        type_: Literal["message"] = src_dict["type"]
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        links = SelfLinks.from_dict(src_dict["links"])

        accepted_message = cls(
            type_,
            id,
            links,
        )

        if len(src_dict) > 3 and not src_dict.keys() <= _DECLARED_KEYS:
            accepted_message.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return accepted_message

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


from ..models.self_links import SelfLinks  # noqa: E402

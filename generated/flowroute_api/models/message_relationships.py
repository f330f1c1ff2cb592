from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.media_relationship import MediaRelationship


T = TypeVar("T", bound="MessageRelationships")
_DECLARED_KEYS = frozenset(
    {
        "media",
    }
)


@_attrs_define
class MessageRelationships:
    """
    Attributes:
        media (MediaRelationship | Unset):
    """

    media: MediaRelationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        _media = src_dict.get("media", UNSET)
        media: MediaRelationship | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = MediaRelationship.from_dict(_media)

        message_relationships = cls(
            media,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            message_relationships.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return message_relationships

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


from ..models.media_relationship import MediaRelationship  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="MediaAttributes")
_DECLARED_KEYS = frozenset(
    {
        "url",
        "file_name",
        "file_size",
        "mime_type",
    }
)


@_attrs_define
class MediaAttributes:
    """
    Attributes:
        url (str): Temporary URL of the file (reported to expire after about 7 days).
        file_name (str | Unset):
        file_size (int | Unset): Bytes.
        mime_type (str | Unset):
    """

    url: str
    file_name: str | Unset = UNSET
    file_size: int | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        file_name = self.file_name

        file_size = self.file_size

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        url = src_dict["url"]
        if not isinstance(url, str):
            raise TypeError(f"url: expected str, got {type(url).__name__}")

        file_name = src_dict.get("file_name", UNSET)
        if not isinstance(file_name, Unset) and not isinstance(file_name, str):
            raise TypeError(f"file_name: expected str, got {type(file_name).__name__}")

        file_size = src_dict.get("file_size", UNSET)
        if not isinstance(file_size, Unset) and not (
            type(file_size) is int
            or (isinstance(file_size, int) and not isinstance(file_size, bool))
        ):
            raise TypeError(f"file_size: expected int, got {type(file_size).__name__}")

        mime_type = src_dict.get("mime_type", UNSET)
        if not isinstance(mime_type, Unset) and not isinstance(mime_type, str):
            raise TypeError(f"mime_type: expected str, got {type(mime_type).__name__}")

        media_attributes = cls(
            url,
            file_name,
            file_size,
            mime_type,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            media_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return media_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extras_on_first_use

T = TypeVar("T", bound="MediaAttributes")
_DECLARED_KEYS = frozenset(
    {
        "file_name",
        "file_size",
        "mime_type",
        "url",
    }
)


@_attrs_define
class MediaAttributes:
    """
    Attributes:
        file_name (str):
        file_size (int): Bytes.
        mime_type (str):
        url (str): Temporary URL of the file (reported to expire after about 7 days).
    """

    file_name: str
    file_size: int
    mime_type: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_size = self.file_size

        mime_type = self.mime_type

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_name": file_name,
                "file_size": file_size,
                "mime_type": mime_type,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file_name = src_dict["file_name"]
        if not isinstance(file_name, str):
            raise TypeError(f"file_name: expected str, got {type(file_name).__name__}")

        file_size = src_dict["file_size"]
        if not (
            type(file_size) is int
            or (isinstance(file_size, int) and not isinstance(file_size, bool))
        ):
            raise TypeError(f"file_size: expected int, got {type(file_size).__name__}")

        mime_type = src_dict["mime_type"]
        if not isinstance(mime_type, str):
            raise TypeError(f"mime_type: expected str, got {type(mime_type).__name__}")

        url = src_dict["url"]
        if not isinstance(url, str):
            raise TypeError(f"url: expected str, got {type(url).__name__}")

        media_attributes = cls(
            file_name,
            file_size,
            mime_type,
            url,
        )

        if len(src_dict) > 4 and not src_dict.keys() <= _DECLARED_KEYS:
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

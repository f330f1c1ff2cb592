from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="ErrorObject")
_DECLARED_KEYS = frozenset(
    {
        "status",
        "id",
        "title",
        "detail",
    }
)


@_attrs_define
class ErrorObject:
    """One error. Only `status` is always present.

    Attributes:
        status (int):
        id (str | Unset):
        title (str | Unset):
        detail (str | Unset):
    """

    status: int
    id: str | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        id = self.id

        title = self.title

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict["status"]
        if not (
            type(status) is int
            or (isinstance(status, int) and not isinstance(status, bool))
        ):
            raise TypeError(f"status: expected int, got {type(status).__name__}")

        id = src_dict.get("id", UNSET)
        if not isinstance(id, Unset) and not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        title = src_dict.get("title", UNSET)
        if not isinstance(title, Unset) and not isinstance(title, str):
            raise TypeError(f"title: expected str, got {type(title).__name__}")

        detail = src_dict.get("detail", UNSET)
        if not isinstance(detail, Unset) and not isinstance(detail, str):
            raise TypeError(f"detail: expected str, got {type(detail).__name__}")

        error_object = cls(
            status,
            id,
            title,
            detail,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            error_object.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return error_object

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

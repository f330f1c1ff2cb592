from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="CnamAttributes")
_DECLARED_KEYS = frozenset(
    {
        "value",
        "is_approved",
        "approval_datetime",
        "creation_datetime",
        "rejection_reason",
    }
)


@_attrs_define
class CnamAttributes:
    """
    Attributes:
        value (str):
        is_approved (bool):
        approval_datetime (None | str | Unset): Text such as `2024-03-04 17:02:11.402113+00:00` (a space, not `T`, so
            not RFC 3339); null until approved.
        creation_datetime (None | str | Unset): Text in the same format as `approval_datetime`.
        rejection_reason (None | str | Unset): Null or empty unless rejected.
    """

    value: str
    is_approved: bool
    approval_datetime: None | str | Unset = UNSET
    creation_datetime: None | str | Unset = UNSET
    rejection_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        is_approved = self.is_approved

        approval_datetime: None | str | Unset
        if isinstance(self.approval_datetime, Unset):
            approval_datetime = UNSET
        else:
            approval_datetime = self.approval_datetime

        creation_datetime: None | str | Unset
        if isinstance(self.creation_datetime, Unset):
            creation_datetime = UNSET
        else:
            creation_datetime = self.creation_datetime

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "is_approved": is_approved,
            }
        )
        if approval_datetime is not UNSET:
            field_dict["approval_datetime"] = approval_datetime
        if creation_datetime is not UNSET:
            field_dict["creation_datetime"] = creation_datetime
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict["value"]
        if not isinstance(value, str):
            raise TypeError(f"value: expected str, got {type(value).__name__}")

        is_approved = src_dict["is_approved"]
        if not isinstance(is_approved, bool):
            raise TypeError(
                f"is_approved: expected bool, got {type(is_approved).__name__}"
            )

        approval_datetime = src_dict.get("approval_datetime", UNSET)
        if not (
            isinstance(approval_datetime, str)
            or approval_datetime is None
            or isinstance(approval_datetime, Unset)
        ):
            raise TypeError(
                f"approval_datetime: expected str or null, got {type(approval_datetime).__name__}"
            )

        creation_datetime = src_dict.get("creation_datetime", UNSET)
        if not (
            isinstance(creation_datetime, str)
            or creation_datetime is None
            or isinstance(creation_datetime, Unset)
        ):
            raise TypeError(
                f"creation_datetime: expected str or null, got {type(creation_datetime).__name__}"
            )

        rejection_reason = src_dict.get("rejection_reason", UNSET)
        if not (
            isinstance(rejection_reason, str)
            or rejection_reason is None
            or isinstance(rejection_reason, Unset)
        ):
            raise TypeError(
                f"rejection_reason: expected str or null, got {type(rejection_reason).__name__}"
            )

        cnam_attributes = cls(
            value,
            is_approved,
            approval_datetime,
            creation_datetime,
            rejection_reason,
        )

        if len(src_dict) > 2 and not src_dict.keys() <= _DECLARED_KEYS:
            cnam_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return cnam_attributes

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

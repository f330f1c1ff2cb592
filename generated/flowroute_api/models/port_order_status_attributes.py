from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="PortOrderStatusAttributes")
_DECLARED_KEYS = frozenset(
    {
        "status",
        "status_updated_at",
    }
)


@_attrs_define
class PortOrderStatusAttributes:
    """
    Attributes:
        status (str): Open set; seen `pending` (cancelled automatically after 45 days),
            `processing`, `submitted`, `accepted`, `rejected`, `review`, `completed`,
            `canceled`/`cancelled`, `abandoned`, `hard_canceled`.
        status_updated_at (datetime.datetime | None | Unset):
    """

    status: str
    status_updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_updated_at: None | str | Unset
        if isinstance(self.status_updated_at, Unset):
            status_updated_at = UNSET
        elif isinstance(self.status_updated_at, datetime.datetime):
            status_updated_at = self.status_updated_at.isoformat()
        else:
            status_updated_at = self.status_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if status_updated_at is not UNSET:
            field_dict["status_updated_at"] = status_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict["status"]
        if not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        def _parse_status_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return status_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            status_updated_at_type_1 = data

            return status_updated_at_type_1

        status_updated_at = _parse_status_updated_at(
            src_dict.get("status_updated_at", UNSET)
        )

        port_order_status_attributes = cls(
            status,
            status_updated_at,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_status_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_status_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="PortOrderPresets")
_DECLARED_KEYS = frozenset(
    {
        "cnam_id",
        "e911_id",
        "primary_route_id",
        "failover_route_id",
    }
)


@_attrs_define
class PortOrderPresets:
    """Settings applied to the numbers when the port completes; ids must exist.

    Attributes:
        cnam_id (int | None | str | Unset):
        e911_id (int | None | str | Unset):
        primary_route_id (int | None | str | Unset):
        failover_route_id (int | None | str | Unset):
    """

    cnam_id: int | None | str | Unset = UNSET
    e911_id: int | None | str | Unset = UNSET
    primary_route_id: int | None | str | Unset = UNSET
    failover_route_id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        cnam_id: int | None | str | Unset
        if isinstance(self.cnam_id, Unset):
            cnam_id = UNSET
        else:
            cnam_id = self.cnam_id

        e911_id: int | None | str | Unset
        if isinstance(self.e911_id, Unset):
            e911_id = UNSET
        else:
            e911_id = self.e911_id

        primary_route_id: int | None | str | Unset
        if isinstance(self.primary_route_id, Unset):
            primary_route_id = UNSET
        else:
            primary_route_id = self.primary_route_id

        failover_route_id: int | None | str | Unset
        if isinstance(self.failover_route_id, Unset):
            failover_route_id = UNSET
        else:
            failover_route_id = self.failover_route_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cnam_id is not UNSET:
            field_dict["cnam_id"] = cnam_id
        if e911_id is not UNSET:
            field_dict["e911_id"] = e911_id
        if primary_route_id is not UNSET:
            field_dict["primary_route_id"] = primary_route_id
        if failover_route_id is not UNSET:
            field_dict["failover_route_id"] = failover_route_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cnam_id = src_dict.get("cnam_id", UNSET)
        if not (
            isinstance(cnam_id, str)
            or (
                type(cnam_id) is int
                or (isinstance(cnam_id, int) and not isinstance(cnam_id, bool))
            )
            or cnam_id is None
            or isinstance(cnam_id, Unset)
        ):
            raise TypeError(
                f"cnam_id: expected str or int or null, got {type(cnam_id).__name__}"
            )

        e911_id = src_dict.get("e911_id", UNSET)
        if not (
            isinstance(e911_id, str)
            or (
                type(e911_id) is int
                or (isinstance(e911_id, int) and not isinstance(e911_id, bool))
            )
            or e911_id is None
            or isinstance(e911_id, Unset)
        ):
            raise TypeError(
                f"e911_id: expected str or int or null, got {type(e911_id).__name__}"
            )

        primary_route_id = src_dict.get("primary_route_id", UNSET)
        if not (
            isinstance(primary_route_id, str)
            or (
                type(primary_route_id) is int
                or (
                    isinstance(primary_route_id, int)
                    and not isinstance(primary_route_id, bool)
                )
            )
            or primary_route_id is None
            or isinstance(primary_route_id, Unset)
        ):
            raise TypeError(
                f"primary_route_id: expected str or int or null, got {type(primary_route_id).__name__}"
            )

        failover_route_id = src_dict.get("failover_route_id", UNSET)
        if not (
            isinstance(failover_route_id, str)
            or (
                type(failover_route_id) is int
                or (
                    isinstance(failover_route_id, int)
                    and not isinstance(failover_route_id, bool)
                )
            )
            or failover_route_id is None
            or isinstance(failover_route_id, Unset)
        ):
            raise TypeError(
                f"failover_route_id: expected str or int or null, got {type(failover_route_id).__name__}"
            )

        port_order_presets = cls(
            cnam_id,
            e911_id,
            primary_route_id,
            failover_route_id,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_presets.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_presets

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

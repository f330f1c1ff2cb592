from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortOrderPresets")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)

        def _parse_cnam_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cnam_id = _parse_cnam_id(d.pop("cnam_id", UNSET))

        def _parse_e911_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        e911_id = _parse_e911_id(d.pop("e911_id", UNSET))

        def _parse_primary_route_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        primary_route_id = _parse_primary_route_id(d.pop("primary_route_id", UNSET))

        def _parse_failover_route_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        failover_route_id = _parse_failover_route_id(d.pop("failover_route_id", UNSET))

        port_order_presets = cls(
            cnam_id=cnam_id,
            e911_id=e911_id,
            primary_route_id=primary_route_id,
            failover_route_id=failover_route_id,
        )

        port_order_presets.additional_properties = d
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

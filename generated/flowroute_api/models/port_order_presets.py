from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cnam_id_type_0 = data
                if not isinstance(cnam_id_type_0, str):
                    raise TypeError(
                        f"cnam_id_type_0: expected str, got {type(cnam_id_type_0).__name__}"
                    )

                return cnam_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                cnam_id_type_1 = data
                if not (
                    isinstance(cnam_id_type_1, int)
                    and not isinstance(cnam_id_type_1, bool)
                ):
                    raise TypeError(
                        f"cnam_id_type_1: expected int, got {type(cnam_id_type_1).__name__}"
                    )

                return cnam_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            cnam_id_type_2 = data

            return cnam_id_type_2

        cnam_id = _parse_cnam_id(d.pop("cnam_id", UNSET))

        def _parse_e911_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                e911_id_type_0 = data
                if not isinstance(e911_id_type_0, str):
                    raise TypeError(
                        f"e911_id_type_0: expected str, got {type(e911_id_type_0).__name__}"
                    )

                return e911_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                e911_id_type_1 = data
                if not (
                    isinstance(e911_id_type_1, int)
                    and not isinstance(e911_id_type_1, bool)
                ):
                    raise TypeError(
                        f"e911_id_type_1: expected int, got {type(e911_id_type_1).__name__}"
                    )

                return e911_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            e911_id_type_2 = data

            return e911_id_type_2

        e911_id = _parse_e911_id(d.pop("e911_id", UNSET))

        def _parse_primary_route_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                primary_route_id_type_0 = data
                if not isinstance(primary_route_id_type_0, str):
                    raise TypeError(
                        f"primary_route_id_type_0: expected str, got {type(primary_route_id_type_0).__name__}"
                    )

                return primary_route_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                primary_route_id_type_1 = data
                if not (
                    isinstance(primary_route_id_type_1, int)
                    and not isinstance(primary_route_id_type_1, bool)
                ):
                    raise TypeError(
                        f"primary_route_id_type_1: expected int, got {type(primary_route_id_type_1).__name__}"
                    )

                return primary_route_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            primary_route_id_type_2 = data

            return primary_route_id_type_2

        primary_route_id = _parse_primary_route_id(d.pop("primary_route_id", UNSET))

        def _parse_failover_route_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failover_route_id_type_0 = data
                if not isinstance(failover_route_id_type_0, str):
                    raise TypeError(
                        f"failover_route_id_type_0: expected str, got {type(failover_route_id_type_0).__name__}"
                    )

                return failover_route_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                failover_route_id_type_1 = data
                if not (
                    isinstance(failover_route_id_type_1, int)
                    and not isinstance(failover_route_id_type_1, bool)
                ):
                    raise TypeError(
                        f"failover_route_id_type_1: expected int, got {type(failover_route_id_type_1).__name__}"
                    )

                return failover_route_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            failover_route_id_type_2 = data

            return failover_route_id_type_2

        failover_route_id = _parse_failover_route_id(d.pop("failover_route_id", UNSET))

        port_order_presets = cls(
            cnam_id=cnam_id,
            e911_id=e911_id,
            primary_route_id=primary_route_id,
            failover_route_id=failover_route_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        port_order_presets.additional_properties = additional_properties
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

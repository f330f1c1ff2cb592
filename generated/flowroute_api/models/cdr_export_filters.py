from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CdrExportFilters")


@_attrs_define
class CdrExportFilters:
    """Which calls to export. The two start times (UTC) are required and at most
    92 days apart; other documented filters are accepted as extra keys.

        Attributes:
            start_call_start_time (datetime.datetime):
            start_call_end_time (datetime.datetime):
            number_aliases (list[str] | Unset):
            number_aliases_contains (list[str] | Unset):
            destination_numbers (list[str] | Unset):
            callerid_numbers (list[str] | Unset):
            custom_x_tags (list[str] | Unset):
            caller_ip (str | Unset):
            duration_greater_than (int | Unset): Seconds.
    """

    start_call_start_time: datetime.datetime
    start_call_end_time: datetime.datetime
    number_aliases: list[str] | Unset = UNSET
    number_aliases_contains: list[str] | Unset = UNSET
    destination_numbers: list[str] | Unset = UNSET
    callerid_numbers: list[str] | Unset = UNSET
    custom_x_tags: list[str] | Unset = UNSET
    caller_ip: str | Unset = UNSET
    duration_greater_than: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_call_start_time = self.start_call_start_time.isoformat()

        start_call_end_time = self.start_call_end_time.isoformat()

        number_aliases: list[str] | Unset = UNSET
        if not isinstance(self.number_aliases, Unset):
            number_aliases = self.number_aliases

        number_aliases_contains: list[str] | Unset = UNSET
        if not isinstance(self.number_aliases_contains, Unset):
            number_aliases_contains = self.number_aliases_contains

        destination_numbers: list[str] | Unset = UNSET
        if not isinstance(self.destination_numbers, Unset):
            destination_numbers = self.destination_numbers

        callerid_numbers: list[str] | Unset = UNSET
        if not isinstance(self.callerid_numbers, Unset):
            callerid_numbers = self.callerid_numbers

        custom_x_tags: list[str] | Unset = UNSET
        if not isinstance(self.custom_x_tags, Unset):
            custom_x_tags = self.custom_x_tags

        caller_ip = self.caller_ip

        duration_greater_than = self.duration_greater_than

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_call_start_time": start_call_start_time,
                "start_call_end_time": start_call_end_time,
            }
        )
        if number_aliases is not UNSET:
            field_dict["number_aliases"] = number_aliases
        if number_aliases_contains is not UNSET:
            field_dict["number_aliases_contains"] = number_aliases_contains
        if destination_numbers is not UNSET:
            field_dict["destination_numbers"] = destination_numbers
        if callerid_numbers is not UNSET:
            field_dict["callerid_numbers"] = callerid_numbers
        if custom_x_tags is not UNSET:
            field_dict["custom_x_tags"] = custom_x_tags
        if caller_ip is not UNSET:
            field_dict["caller_ip"] = caller_ip
        if duration_greater_than is not UNSET:
            field_dict["duration_greater_than"] = duration_greater_than

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_call_start_time = datetime.datetime.fromisoformat(
            d.pop("start_call_start_time")
        )

        start_call_end_time = datetime.datetime.fromisoformat(
            d.pop("start_call_end_time")
        )

        number_aliases = cast(list[str], d.pop("number_aliases", UNSET))

        number_aliases_contains = cast(
            list[str], d.pop("number_aliases_contains", UNSET)
        )

        destination_numbers = cast(list[str], d.pop("destination_numbers", UNSET))

        callerid_numbers = cast(list[str], d.pop("callerid_numbers", UNSET))

        custom_x_tags = cast(list[str], d.pop("custom_x_tags", UNSET))

        caller_ip = d.pop("caller_ip", UNSET)

        duration_greater_than = d.pop("duration_greater_than", UNSET)

        cdr_export_filters = cls(
            start_call_start_time=start_call_start_time,
            start_call_end_time=start_call_end_time,
            number_aliases=number_aliases,
            number_aliases_contains=number_aliases_contains,
            destination_numbers=destination_numbers,
            callerid_numbers=callerid_numbers,
            custom_x_tags=custom_x_tags,
            caller_ip=caller_ip,
            duration_greater_than=duration_greater_than,
        )

        cdr_export_filters.additional_properties = d
        return cdr_export_filters

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

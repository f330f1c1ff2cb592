from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="CdrExportFilters")
_DECLARED_KEYS = frozenset(
    {
        "start_call_start_time",
        "start_call_end_time",
        "number_aliases",
        "number_aliases_contains",
        "destination_numbers",
        "callerid_numbers",
        "custom_x_tags",
        "caller_ip",
        "duration_greater_than",
    }
)


@_attrs_define
class CdrExportFilters:
    """Which calls to export. The two start times (UTC) are required and at most
    92 days apart; other documented filters are accepted as extra keys.

        Attributes:
            start_call_start_time (datetime.datetime | str): A moment in UTC: RFC 3339 (`2019-01-01T00:00:00Z`), which the
                SDK sends, or
                `2019-01-01 00:00:00` (a space and no zone), the form Flowroute's later SDK
                README and CDR demo send and whose 201 answer echoes it back.
            start_call_end_time (datetime.datetime | str): A moment in UTC: RFC 3339 (`2019-01-01T00:00:00Z`), which the SDK
                sends, or
                `2019-01-01 00:00:00` (a space and no zone), the form Flowroute's later SDK
                README and CDR demo send and whose 201 answer echoes it back.
            number_aliases (list[str] | Unset):
            number_aliases_contains (list[str] | Unset):
            destination_numbers (list[str] | Unset):
            callerid_numbers (list[str] | Unset):
            custom_x_tags (list[str] | Unset):
            caller_ip (str | Unset):
            duration_greater_than (int | Unset): Seconds.
    """

    start_call_start_time: datetime.datetime | str
    start_call_end_time: datetime.datetime | str
    number_aliases: list[str] | Unset = UNSET
    number_aliases_contains: list[str] | Unset = UNSET
    destination_numbers: list[str] | Unset = UNSET
    callerid_numbers: list[str] | Unset = UNSET
    custom_x_tags: list[str] | Unset = UNSET
    caller_ip: str | Unset = UNSET
    duration_greater_than: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        start_call_start_time: str
        if isinstance(self.start_call_start_time, datetime.datetime):
            start_call_start_time = self.start_call_start_time.isoformat()
        else:
            start_call_start_time = self.start_call_start_time

        start_call_end_time: str
        if isinstance(self.start_call_end_time, datetime.datetime):
            start_call_end_time = self.start_call_end_time.isoformat()
        else:
            start_call_end_time = self.start_call_end_time

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
        def _parse_start_call_start_time(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_cdr_filter_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_cdr_filter_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_cdr_filter_time_type_1 = data
            if not isinstance(componentsschemas_cdr_filter_time_type_1, str):
                raise TypeError(
                    f"/components/schemas/CdrFilterTime_type_1: expected str, got {type(componentsschemas_cdr_filter_time_type_1).__name__}"
                )

            return componentsschemas_cdr_filter_time_type_1

        start_call_start_time = _parse_start_call_start_time(
            src_dict["start_call_start_time"]
        )

        def _parse_start_call_end_time(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_cdr_filter_time_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_cdr_filter_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_cdr_filter_time_type_1 = data
            if not isinstance(componentsschemas_cdr_filter_time_type_1, str):
                raise TypeError(
                    f"/components/schemas/CdrFilterTime_type_1: expected str, got {type(componentsschemas_cdr_filter_time_type_1).__name__}"
                )

            return componentsschemas_cdr_filter_time_type_1

        start_call_end_time = _parse_start_call_end_time(
            src_dict["start_call_end_time"]
        )

        _number_aliases = src_dict.get("number_aliases", UNSET)
        number_aliases: list[str] | Unset = UNSET
        if _number_aliases is not UNSET:
            number_aliases = []
            for number_aliases_item_data in _number_aliases:
                number_aliases_item = number_aliases_item_data
                if not isinstance(number_aliases_item, str):
                    raise TypeError(
                        f"number_aliases_item: expected str, got {type(number_aliases_item).__name__}"
                    )

                number_aliases.append(number_aliases_item)

        _number_aliases_contains = src_dict.get("number_aliases_contains", UNSET)
        number_aliases_contains: list[str] | Unset = UNSET
        if _number_aliases_contains is not UNSET:
            number_aliases_contains = []
            for number_aliases_contains_item_data in _number_aliases_contains:
                number_aliases_contains_item = number_aliases_contains_item_data
                if not isinstance(number_aliases_contains_item, str):
                    raise TypeError(
                        f"number_aliases_contains_item: expected str, got {type(number_aliases_contains_item).__name__}"
                    )

                number_aliases_contains.append(number_aliases_contains_item)

        _destination_numbers = src_dict.get("destination_numbers", UNSET)
        destination_numbers: list[str] | Unset = UNSET
        if _destination_numbers is not UNSET:
            destination_numbers = []
            for destination_numbers_item_data in _destination_numbers:
                destination_numbers_item = destination_numbers_item_data
                if not isinstance(destination_numbers_item, str):
                    raise TypeError(
                        f"destination_numbers_item: expected str, got {type(destination_numbers_item).__name__}"
                    )

                destination_numbers.append(destination_numbers_item)

        _callerid_numbers = src_dict.get("callerid_numbers", UNSET)
        callerid_numbers: list[str] | Unset = UNSET
        if _callerid_numbers is not UNSET:
            callerid_numbers = []
            for callerid_numbers_item_data in _callerid_numbers:
                callerid_numbers_item = callerid_numbers_item_data
                if not isinstance(callerid_numbers_item, str):
                    raise TypeError(
                        f"callerid_numbers_item: expected str, got {type(callerid_numbers_item).__name__}"
                    )

                callerid_numbers.append(callerid_numbers_item)

        _custom_x_tags = src_dict.get("custom_x_tags", UNSET)
        custom_x_tags: list[str] | Unset = UNSET
        if _custom_x_tags is not UNSET:
            custom_x_tags = []
            for custom_x_tags_item_data in _custom_x_tags:
                custom_x_tags_item = custom_x_tags_item_data
                if not isinstance(custom_x_tags_item, str):
                    raise TypeError(
                        f"custom_x_tags_item: expected str, got {type(custom_x_tags_item).__name__}"
                    )

                custom_x_tags.append(custom_x_tags_item)

        caller_ip = src_dict.get("caller_ip", UNSET)
        if not isinstance(caller_ip, Unset) and not isinstance(caller_ip, str):
            raise TypeError(f"caller_ip: expected str, got {type(caller_ip).__name__}")

        duration_greater_than = src_dict.get("duration_greater_than", UNSET)
        if not isinstance(duration_greater_than, Unset) and not (
            type(duration_greater_than) is int
            or (
                isinstance(duration_greater_than, int)
                and not isinstance(duration_greater_than, bool)
            )
        ):
            raise TypeError(
                f"duration_greater_than: expected int, got {type(duration_greater_than).__name__}"
            )

        cdr_export_filters = cls(
            start_call_start_time,
            start_call_end_time,
            number_aliases,
            number_aliases_contains,
            destination_numbers,
            callerid_numbers,
            custom_x_tags,
            caller_ip,
            duration_greater_than,
        )

        if len(src_dict) > 2 and not src_dict.keys() <= _DECLARED_KEYS:
            cdr_export_filters.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
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

    # Hidden from type checkers, so that a misspelt attribute is still reported.
    if not TYPE_CHECKING:
        __getattr__ = extras_on_first_use

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageBulkProvisioningNumbers")


@_attrs_define
class MessageBulkProvisioningNumbers:
    """Numbers by job state; only `processing` and `successful` are documented.

    Attributes:
        processing (list[str] | Unset):
        successful (list[str] | Unset):
    """

    processing: list[str] | Unset = UNSET
    successful: list[str] | Unset = UNSET
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processing: list[str] | Unset = UNSET
        if not isinstance(self.processing, Unset):
            processing = self.processing

        successful: list[str] | Unset = UNSET
        if not isinstance(self.successful, Unset):
            successful = self.successful

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if processing is not UNSET:
            field_dict["processing"] = processing
        if successful is not UNSET:
            field_dict["successful"] = successful

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        processing = cast(list[str], d.pop("processing", UNSET))

        successful = cast(list[str], d.pop("successful", UNSET))

        message_bulk_provisioning_numbers = cls(
            processing=processing,
            successful=successful,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = cast(list[str], prop_dict)

            additional_properties[prop_name] = additional_property

        message_bulk_provisioning_numbers.additional_properties = additional_properties
        return message_bulk_provisioning_numbers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

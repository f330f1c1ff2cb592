from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="MessageBulkProvisioningNumbers")
_DECLARED_KEYS = frozenset(
    {
        "processing",
        "successful",
    }
)


@_attrs_define
class MessageBulkProvisioningNumbers:
    """Numbers by job state; only `processing` and `successful` are documented.

    Attributes:
        processing (list[str] | Unset):
        successful (list[str] | Unset):
    """

    processing: list[str] | Unset = UNSET
    successful: list[str] | Unset = UNSET
    additional_properties: dict[str, list[str]] = _attrs_field(init=False)

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
        _processing = src_dict.get("processing", UNSET)
        processing: list[str] | Unset = UNSET
        if _processing is not UNSET:
            processing = []
            for processing_item_data in _processing:
                processing_item = processing_item_data
                if not isinstance(processing_item, str):
                    raise TypeError(
                        f"processing_item: expected str, got {type(processing_item).__name__}"
                    )

                processing.append(processing_item)

        _successful = src_dict.get("successful", UNSET)
        successful: list[str] | Unset = UNSET
        if _successful is not UNSET:
            successful = []
            for successful_item_data in _successful:
                successful_item = successful_item_data
                if not isinstance(successful_item, str):
                    raise TypeError(
                        f"successful_item: expected str, got {type(successful_item).__name__}"
                    )

                successful.append(successful_item)

        message_bulk_provisioning_numbers = cls(
            processing,
            successful,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _DECLARED_KEYS:
                    continue
                additional_property = []
                _additional_property = prop_dict
                for additional_property_item_data in _additional_property:
                    additional_property_item = additional_property_item_data
                    if not isinstance(additional_property_item, str):
                        raise TypeError(
                            f"AdditionalProperty_item: expected str, got {type(additional_property_item).__name__}"
                        )

                    additional_property.append(additional_property_item)

                additional_properties[prop_name] = additional_property

            message_bulk_provisioning_numbers.additional_properties = (
                additional_properties
            )
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

    # Hidden from type checkers, so that a misspelt attribute is still reported.
    if not TYPE_CHECKING:
        __getattr__ = extras_on_first_use

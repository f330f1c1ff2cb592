from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e911_address_type import E911AddressType
from ..models.e911_country import E911Country
from ..types import UNSET, Unset

T = TypeVar("T", bound="E911AddressUpdateAttributes")


@_attrs_define
class E911AddressUpdateAttributes:
    """Any subset of an address's attributes.

    Attributes:
        label (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        street_number (str | Unset):
        street_name (str | Unset):
        address_type (E911AddressType | Unset): Secondary address unit. Flowroute accepts these case-insensitively; this
            spec uses the capitalised spelling.
        address_type_number (str | Unset):
        city (str | Unset):
        state (str | Unset):
        country (E911Country | Unset): Countries with E911 service.
        zip_ (str | Unset):
    """

    label: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    street_number: str | Unset = UNSET
    street_name: str | Unset = UNSET
    address_type: E911AddressType | Unset = UNSET
    address_type_number: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: E911Country | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        first_name = self.first_name

        last_name = self.last_name

        street_number = self.street_number

        street_name = self.street_name

        address_type: str | Unset = UNSET
        if not isinstance(self.address_type, Unset):
            address_type = self.address_type.value

        address_type_number = self.address_type_number

        city = self.city

        state = self.state

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if street_number is not UNSET:
            field_dict["street_number"] = street_number
        if street_name is not UNSET:
            field_dict["street_name"] = street_name
        if address_type is not UNSET:
            field_dict["address_type"] = address_type
        if address_type_number is not UNSET:
            field_dict["address_type_number"] = address_type_number
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        street_number = d.pop("street_number", UNSET)

        street_name = d.pop("street_name", UNSET)

        _address_type = d.pop("address_type", UNSET)
        address_type: E911AddressType | Unset
        if isinstance(_address_type, Unset):
            address_type = UNSET
        else:
            address_type = E911AddressType(_address_type)

        address_type_number = d.pop("address_type_number", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        _country = d.pop("country", UNSET)
        country: E911Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = E911Country(_country)

        zip_ = d.pop("zip", UNSET)

        e911_address_update_attributes = cls(
            label=label,
            first_name=first_name,
            last_name=last_name,
            street_number=street_number,
            street_name=street_name,
            address_type=address_type,
            address_type_number=address_type_number,
            city=city,
            state=state,
            country=country,
            zip_=zip_,
        )

        e911_address_update_attributes.additional_properties = d
        return e911_address_update_attributes

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

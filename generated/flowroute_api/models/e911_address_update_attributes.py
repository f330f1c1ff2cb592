from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e911_address_type import E911AddressType
from ..models.e911_country import E911Country
from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="E911AddressUpdateAttributes")
_DECLARED_KEYS = frozenset(
    {
        "label",
        "first_name",
        "last_name",
        "street_number",
        "street_name",
        "address_type",
        "address_type_number",
        "city",
        "state",
        "country",
        "zip",
    }
)


@_attrs_define
class E911AddressUpdateAttributes:
    """Any subset of an address's attributes.

    Attributes:
        label (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        street_number (str | Unset):
        street_name (str | Unset):
        address_type (E911AddressType | str | Unset): An `E911AddressType` in any letter case (`Suite`, `SUITE`,
            `suite`):
            Flowroute's E911 pages say the API accepts it case-insensitively, and
            Flowroute's Ruby SDK sends upper case. The SDK sends the capitalised
            spelling. The pattern spells each `E911AddressType` value with both cases
            of every letter (JSON Schema patterns have no case-insensitive flag); a
            test keeps the two in step.
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
    address_type: E911AddressType | str | Unset = UNSET
    address_type_number: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: E911Country | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        first_name = self.first_name

        last_name = self.last_name

        street_number = self.street_number

        street_name = self.street_name

        address_type: str | Unset
        if isinstance(self.address_type, Unset):
            address_type = UNSET
        elif isinstance(self.address_type, E911AddressType):
            address_type = self.address_type.value
        else:
            address_type = self.address_type

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
        label = src_dict.get("label", UNSET)
        if not isinstance(label, Unset) and not isinstance(label, str):
            raise TypeError(f"label: expected str, got {type(label).__name__}")

        first_name = src_dict.get("first_name", UNSET)
        if not isinstance(first_name, Unset) and not isinstance(first_name, str):
            raise TypeError(
                f"first_name: expected str, got {type(first_name).__name__}"
            )

        last_name = src_dict.get("last_name", UNSET)
        if not isinstance(last_name, Unset) and not isinstance(last_name, str):
            raise TypeError(f"last_name: expected str, got {type(last_name).__name__}")

        street_number = src_dict.get("street_number", UNSET)
        if not isinstance(street_number, Unset) and not isinstance(street_number, str):
            raise TypeError(
                f"street_number: expected str, got {type(street_number).__name__}"
            )

        street_name = src_dict.get("street_name", UNSET)
        if not isinstance(street_name, Unset) and not isinstance(street_name, str):
            raise TypeError(
                f"street_name: expected str, got {type(street_name).__name__}"
            )

        def _parse_address_type(data: object) -> E911AddressType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_e911_address_type_any_case_type_0 = E911AddressType(
                    data
                )

                return componentsschemas_e911_address_type_any_case_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_e911_address_type_any_case_type_1 = data
            if not isinstance(componentsschemas_e911_address_type_any_case_type_1, str):
                raise TypeError(
                    f"/components/schemas/E911AddressTypeAnyCase_type_1: expected str, got {type(componentsschemas_e911_address_type_any_case_type_1).__name__}"
                )

            return componentsschemas_e911_address_type_any_case_type_1

        address_type = _parse_address_type(src_dict.get("address_type", UNSET))

        address_type_number = src_dict.get("address_type_number", UNSET)
        if not isinstance(address_type_number, Unset) and not isinstance(
            address_type_number, str
        ):
            raise TypeError(
                f"address_type_number: expected str, got {type(address_type_number).__name__}"
            )

        city = src_dict.get("city", UNSET)
        if not isinstance(city, Unset) and not isinstance(city, str):
            raise TypeError(f"city: expected str, got {type(city).__name__}")

        state = src_dict.get("state", UNSET)
        if not isinstance(state, Unset) and not isinstance(state, str):
            raise TypeError(f"state: expected str, got {type(state).__name__}")

        _country = src_dict.get("country", UNSET)
        country: E911Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = E911Country(_country)

        zip_ = src_dict.get("zip", UNSET)
        if not isinstance(zip_, Unset) and not isinstance(zip_, str):
            raise TypeError(f"zip: expected str, got {type(zip_).__name__}")

        e911_address_update_attributes = cls(
            label,
            first_name,
            last_name,
            street_number,
            street_name,
            address_type,
            address_type_number,
            city,
            state,
            country,
            zip_,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            e911_address_update_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
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

    # Hidden from type checkers, so that a misspelt attribute is still reported.
    if not TYPE_CHECKING:
        __getattr__ = extras_on_first_use

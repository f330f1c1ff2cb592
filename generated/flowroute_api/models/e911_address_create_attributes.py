from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e911_address_type import E911AddressType
from ..models.e911_country import E911Country
from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="E911AddressCreateAttributes")
_DECLARED_KEYS = frozenset(
    {
        "label",
        "first_name",
        "last_name",
        "street_number",
        "street_name",
        "city",
        "state",
        "country",
        "zip",
        "address_type",
        "address_type_number",
    }
)


@_attrs_define
class E911AddressCreateAttributes:
    """An address to validate or create. `address_type_number` is required
    together with `address_type`.

        Attributes:
            label (str): Unique friendly name.
            first_name (str):
            last_name (str):
            street_number (str):
            street_name (str):
            city (str):
            state (str): Two-letter US state or Canadian province, upper case.
            country (E911Country): Countries with E911 service.
            zip_ (str):
            address_type (E911AddressType | str | Unset): An `E911AddressType` in any letter case (`Suite`, `SUITE`,
                `suite`):
                Flowroute's E911 pages say the API accepts it case-insensitively, and
                Flowroute's Ruby SDK sends upper case. The SDK sends the capitalised
                spelling. The pattern spells each `E911AddressType` value with both cases
                of every letter (JSON Schema patterns have no case-insensitive flag); a
                test keeps the two in step.
            address_type_number (str | Unset): Unit number, e.g. `400` or `A-1`.
    """

    label: str
    first_name: str
    last_name: str
    street_number: str
    street_name: str
    city: str
    state: str
    country: E911Country
    zip_: str
    address_type: E911AddressType | str | Unset = UNSET
    address_type_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        first_name = self.first_name

        last_name = self.last_name

        street_number = self.street_number

        street_name = self.street_name

        city = self.city

        state = self.state

        country = self.country.value

        zip_ = self.zip_

        address_type: str | Unset
        if isinstance(self.address_type, Unset):
            address_type = UNSET
        elif isinstance(self.address_type, E911AddressType):
            address_type = self.address_type.value
        else:
            address_type = self.address_type

        address_type_number = self.address_type_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "first_name": first_name,
                "last_name": last_name,
                "street_number": street_number,
                "street_name": street_name,
                "city": city,
                "state": state,
                "country": country,
                "zip": zip_,
            }
        )
        if address_type is not UNSET:
            field_dict["address_type"] = address_type
        if address_type_number is not UNSET:
            field_dict["address_type_number"] = address_type_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        label = src_dict["label"]
        if not isinstance(label, str):
            raise TypeError(f"label: expected str, got {type(label).__name__}")

        first_name = src_dict["first_name"]
        if not isinstance(first_name, str):
            raise TypeError(
                f"first_name: expected str, got {type(first_name).__name__}"
            )

        last_name = src_dict["last_name"]
        if not isinstance(last_name, str):
            raise TypeError(f"last_name: expected str, got {type(last_name).__name__}")

        street_number = src_dict["street_number"]
        if not isinstance(street_number, str):
            raise TypeError(
                f"street_number: expected str, got {type(street_number).__name__}"
            )

        street_name = src_dict["street_name"]
        if not isinstance(street_name, str):
            raise TypeError(
                f"street_name: expected str, got {type(street_name).__name__}"
            )

        city = src_dict["city"]
        if not isinstance(city, str):
            raise TypeError(f"city: expected str, got {type(city).__name__}")

        state = src_dict["state"]
        if not isinstance(state, str):
            raise TypeError(f"state: expected str, got {type(state).__name__}")

        country = E911Country(src_dict["country"])

        zip_ = src_dict["zip"]
        if not isinstance(zip_, str):
            raise TypeError(f"zip: expected str, got {type(zip_).__name__}")

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

        e911_address_create_attributes = cls(
            label,
            first_name,
            last_name,
            street_number,
            street_name,
            city,
            state,
            country,
            zip_,
            address_type,
            address_type_number,
        )

        if len(src_dict) > 9 and not src_dict.keys() <= _DECLARED_KEYS:
            e911_address_create_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return e911_address_create_attributes

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

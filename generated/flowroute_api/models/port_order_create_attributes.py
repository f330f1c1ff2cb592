from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_country import PortCountry
from ..models.usage_type import UsageType
from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.loa_details import LoaDetails


T = TypeVar("T", bound="PortOrderCreateAttributes")
_DECLARED_KEYS = frozenset(
    {
        "numbers",
        "billing_name",
        "provider",
        "street",
        "street2",
        "city",
        "state",
        "country",
        "zip",
        "usage_type",
        "loa_details",
    }
)


@_attrs_define
class PortOrderCreateAttributes:
    """The documented part of a new order; other keys are passed through.

    Attributes:
        numbers (list[str]):
        billing_name (str):
        provider (str): The losing carrier.
        street (str | Unset):
        street2 (str | Unset):
        city (str | Unset):
        state (str | Unset): ISO 3166-2 subdivision.
        country (PortCountry | Unset):
        zip_ (str | Unset):
        usage_type (UsageType | Unset):
        loa_details (LoaDetails | Unset): Who signs the letter of authorisation; only these two fields are known.
    """

    numbers: list[str]
    billing_name: str
    provider: str
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: PortCountry | Unset = UNSET
    zip_: str | Unset = UNSET
    usage_type: UsageType | Unset = UNSET
    loa_details: LoaDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        numbers = self.numbers

        billing_name = self.billing_name

        provider = self.provider

        street = self.street

        street2 = self.street2

        city = self.city

        state = self.state

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        zip_ = self.zip_

        usage_type: str | Unset = UNSET
        if not isinstance(self.usage_type, Unset):
            usage_type = self.usage_type.value

        loa_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loa_details, Unset):
            loa_details = self.loa_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numbers": numbers,
                "billing_name": billing_name,
                "provider": provider,
            }
        )
        if street is not UNSET:
            field_dict["street"] = street
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if usage_type is not UNSET:
            field_dict["usage_type"] = usage_type
        if loa_details is not UNSET:
            field_dict["loa_details"] = loa_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        numbers = []
        _numbers = src_dict["numbers"]
        for numbers_item_data in _numbers:
            numbers_item = numbers_item_data
            if not isinstance(numbers_item, str):
                raise TypeError(
                    f"numbers_item: expected str, got {type(numbers_item).__name__}"
                )

            numbers.append(numbers_item)

        billing_name = src_dict["billing_name"]
        if not isinstance(billing_name, str):
            raise TypeError(
                f"billing_name: expected str, got {type(billing_name).__name__}"
            )

        provider = src_dict["provider"]
        if not isinstance(provider, str):
            raise TypeError(f"provider: expected str, got {type(provider).__name__}")

        street = src_dict.get("street", UNSET)
        if not isinstance(street, Unset) and not isinstance(street, str):
            raise TypeError(f"street: expected str, got {type(street).__name__}")

        street2 = src_dict.get("street2", UNSET)
        if not isinstance(street2, Unset) and not isinstance(street2, str):
            raise TypeError(f"street2: expected str, got {type(street2).__name__}")

        city = src_dict.get("city", UNSET)
        if not isinstance(city, Unset) and not isinstance(city, str):
            raise TypeError(f"city: expected str, got {type(city).__name__}")

        state = src_dict.get("state", UNSET)
        if not isinstance(state, Unset) and not isinstance(state, str):
            raise TypeError(f"state: expected str, got {type(state).__name__}")

        _country = src_dict.get("country", UNSET)
        country: PortCountry | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = PortCountry(_country)

        zip_ = src_dict.get("zip", UNSET)
        if not isinstance(zip_, Unset) and not isinstance(zip_, str):
            raise TypeError(f"zip: expected str, got {type(zip_).__name__}")

        _usage_type = src_dict.get("usage_type", UNSET)
        usage_type: UsageType | Unset
        if isinstance(_usage_type, Unset):
            usage_type = UNSET
        else:
            usage_type = UsageType(_usage_type)

        _loa_details = src_dict.get("loa_details", UNSET)
        loa_details: LoaDetails | Unset
        if isinstance(_loa_details, Unset):
            loa_details = UNSET
        else:
            loa_details = LoaDetails.from_dict(_loa_details)

        port_order_create_attributes = cls(
            numbers,
            billing_name,
            provider,
            street,
            street2,
            city,
            state,
            country,
            zip_,
            usage_type,
            loa_details,
        )

        if len(src_dict) > 3 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_create_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_create_attributes

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


from ..models.loa_details import LoaDetails  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="PortOrderBillingAddress")
_DECLARED_KEYS = frozenset(
    {
        "street",
        "street2",
        "city",
        "state",
        "zip",
        "country",
    }
)


@_attrs_define
class PortOrderBillingAddress:
    """
    Attributes:
        street (None | str | Unset):
        street2 (None | str | Unset):
        city (None | str | Unset):
        state (None | str | Unset):
        zip_ (None | str | Unset):
        country (None | str | Unset):
    """

    street: None | str | Unset = UNSET
    street2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        street2: None | str | Unset
        if isinstance(self.street2, Unset):
            street2 = UNSET
        else:
            street2 = self.street2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street is not UNSET:
            field_dict["street"] = street
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        street = src_dict.get("street", UNSET)
        if not (isinstance(street, str) or street is None or isinstance(street, Unset)):
            raise TypeError(
                f"street: expected str or null, got {type(street).__name__}"
            )

        street2 = src_dict.get("street2", UNSET)
        if not (
            isinstance(street2, str) or street2 is None or isinstance(street2, Unset)
        ):
            raise TypeError(
                f"street2: expected str or null, got {type(street2).__name__}"
            )

        city = src_dict.get("city", UNSET)
        if not (isinstance(city, str) or city is None or isinstance(city, Unset)):
            raise TypeError(f"city: expected str or null, got {type(city).__name__}")

        state = src_dict.get("state", UNSET)
        if not (isinstance(state, str) or state is None or isinstance(state, Unset)):
            raise TypeError(f"state: expected str or null, got {type(state).__name__}")

        zip_ = src_dict.get("zip", UNSET)
        if not (isinstance(zip_, str) or zip_ is None or isinstance(zip_, Unset)):
            raise TypeError(f"zip: expected str or null, got {type(zip_).__name__}")

        country = src_dict.get("country", UNSET)
        if not (
            isinstance(country, str) or country is None or isinstance(country, Unset)
        ):
            raise TypeError(
                f"country: expected str or null, got {type(country).__name__}"
            )

        port_order_billing_address = cls(
            street,
            street2,
            city,
            state,
            zip_,
            country,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_billing_address.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_billing_address

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_country import PortCountry
from ..models.port_order_cancel import PortOrderCancel
from ..models.usage_type import UsageType
from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.loa_details import LoaDetails
    from ..models.port_order_presets import PortOrderPresets


T = TypeVar("T", bound="PortOrderUpdateAttributes")
_DECLARED_KEYS = frozenset(
    {
        "billing_name",
        "street",
        "street2",
        "city",
        "state",
        "country",
        "zip",
        "provider",
        "usage_type",
        "loa_details",
        "alias",
        "presets",
        "status",
    }
)


@_attrs_define
class PortOrderUpdateAttributes:
    """Details, presets and alias, or `status` to cancel (see the operation).

    Attributes:
        billing_name (str | Unset):
        street (str | Unset):
        street2 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        country (PortCountry | Unset):
        zip_ (str | Unset):
        provider (str | Unset):
        usage_type (UsageType | Unset):
        loa_details (LoaDetails | Unset): Who signs the letter of authorisation; only these two fields are known.
        alias (str | Unset):
        presets (PortOrderPresets | Unset): Settings applied to the numbers when the port completes; ids must exist.
        status (PortOrderCancel | Unset): The only status a client may set.
    """

    billing_name: str | Unset = UNSET
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: PortCountry | Unset = UNSET
    zip_: str | Unset = UNSET
    provider: str | Unset = UNSET
    usage_type: UsageType | Unset = UNSET
    loa_details: LoaDetails | Unset = UNSET
    alias: str | Unset = UNSET
    presets: PortOrderPresets | Unset = UNSET
    status: PortOrderCancel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        billing_name = self.billing_name

        street = self.street

        street2 = self.street2

        city = self.city

        state = self.state

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        zip_ = self.zip_

        provider = self.provider

        usage_type: str | Unset = UNSET
        if not isinstance(self.usage_type, Unset):
            usage_type = self.usage_type.value

        loa_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loa_details, Unset):
            loa_details = self.loa_details.to_dict()

        alias = self.alias

        presets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.presets, Unset):
            presets = self.presets.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_name is not UNSET:
            field_dict["billing_name"] = billing_name
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
        if provider is not UNSET:
            field_dict["provider"] = provider
        if usage_type is not UNSET:
            field_dict["usage_type"] = usage_type
        if loa_details is not UNSET:
            field_dict["loa_details"] = loa_details
        if alias is not UNSET:
            field_dict["alias"] = alias
        if presets is not UNSET:
            field_dict["presets"] = presets
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        billing_name = src_dict.get("billing_name", UNSET)
        if not isinstance(billing_name, Unset) and not isinstance(billing_name, str):
            raise TypeError(
                f"billing_name: expected str, got {type(billing_name).__name__}"
            )

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

        provider = src_dict.get("provider", UNSET)
        if not isinstance(provider, Unset) and not isinstance(provider, str):
            raise TypeError(f"provider: expected str, got {type(provider).__name__}")

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

        alias = src_dict.get("alias", UNSET)
        if not isinstance(alias, Unset) and not isinstance(alias, str):
            raise TypeError(f"alias: expected str, got {type(alias).__name__}")

        _presets = src_dict.get("presets", UNSET)
        presets: PortOrderPresets | Unset
        if isinstance(_presets, Unset):
            presets = UNSET
        else:
            presets = PortOrderPresets.from_dict(_presets)

        _status = src_dict.get("status", UNSET)
        status: PortOrderCancel | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PortOrderCancel(_status)

        port_order_update_attributes = cls(
            billing_name,
            street,
            street2,
            city,
            state,
            country,
            zip_,
            provider,
            usage_type,
            loa_details,
            alias,
            presets,
            status,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_update_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_update_attributes

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
from ..models.port_order_presets import PortOrderPresets  # noqa: E402

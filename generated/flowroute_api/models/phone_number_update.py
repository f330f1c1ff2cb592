from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="PhoneNumberUpdate")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "alias",
        "cnam_lookups_enabled",
        "messaging_enabled",
        "messaging_email",
        "messaging_callback_url",
    }
)


@_attrs_define
class PhoneNumberUpdate:
    """Flat body (not JSON:API) for changing a number; `type` is required.

    Attributes:
        type_ (Literal['number']):
        alias (str | Unset): Free text; need not be unique.
        cnam_lookups_enabled (bool | Unset): Bill and show caller-ID names on inbound calls.
        messaging_enabled (bool | Unset): Start (true) or stop (false) messaging provisioning.
        messaging_email (bool | Unset): E-mail the account contact when provisioning finishes; only with
            `messaging_enabled`.
        messaging_callback_url (str | Unset): URL called when provisioning finishes; only with `messaging_enabled`.
    """

    type_: Literal["number"]
    alias: str | Unset = UNSET
    cnam_lookups_enabled: bool | Unset = UNSET
    messaging_enabled: bool | Unset = UNSET
    messaging_email: bool | Unset = UNSET
    messaging_callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        alias = self.alias

        cnam_lookups_enabled = self.cnam_lookups_enabled

        messaging_enabled = self.messaging_enabled

        messaging_email = self.messaging_email

        messaging_callback_url = self.messaging_callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if cnam_lookups_enabled is not UNSET:
            field_dict["cnam_lookups_enabled"] = cnam_lookups_enabled
        if messaging_enabled is not UNSET:
            field_dict["messaging_enabled"] = messaging_enabled
        if messaging_email is not UNSET:
            field_dict["messaging_email"] = messaging_email
        if messaging_callback_url is not UNSET:
            field_dict["messaging_callback_url"] = messaging_callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_: Literal["number"] = src_dict["type"]
        if type_ != "number":
            raise ValueError(f"type must match const 'number', got '{type_}'")

        alias = src_dict.get("alias", UNSET)
        if not isinstance(alias, Unset) and not isinstance(alias, str):
            raise TypeError(f"alias: expected str, got {type(alias).__name__}")

        cnam_lookups_enabled = src_dict.get("cnam_lookups_enabled", UNSET)
        if not isinstance(cnam_lookups_enabled, Unset) and not isinstance(
            cnam_lookups_enabled, bool
        ):
            raise TypeError(
                f"cnam_lookups_enabled: expected bool, got {type(cnam_lookups_enabled).__name__}"
            )

        messaging_enabled = src_dict.get("messaging_enabled", UNSET)
        if not isinstance(messaging_enabled, Unset) and not isinstance(
            messaging_enabled, bool
        ):
            raise TypeError(
                f"messaging_enabled: expected bool, got {type(messaging_enabled).__name__}"
            )

        messaging_email = src_dict.get("messaging_email", UNSET)
        if not isinstance(messaging_email, Unset) and not isinstance(
            messaging_email, bool
        ):
            raise TypeError(
                f"messaging_email: expected bool, got {type(messaging_email).__name__}"
            )

        messaging_callback_url = src_dict.get("messaging_callback_url", UNSET)
        if not isinstance(messaging_callback_url, Unset) and not isinstance(
            messaging_callback_url, str
        ):
            raise TypeError(
                f"messaging_callback_url: expected str, got {type(messaging_callback_url).__name__}"
            )

        phone_number_update = cls(
            type_,
            alias,
            cnam_lookups_enabled,
            messaging_enabled,
            messaging_email,
            messaging_callback_url,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            phone_number_update.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return phone_number_update

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

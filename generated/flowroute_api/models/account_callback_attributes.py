from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="AccountCallbackAttributes")
_DECLARED_KEYS = frozenset(
    {
        "callback_url",
        "api_version",
        "product",
    }
)


@_attrs_define
class AccountCallbackAttributes:
    """
    Attributes:
        callback_url (None | str):
        api_version (str | Unset): Messages API version the webhook payloads use, e.g. `v2.1`.
        product (str | Unset): Kind of webhook, e.g. `dlr`.
    """

    callback_url: None | str
    api_version: str | Unset = UNSET
    product: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        callback_url: None | str
        callback_url = self.callback_url

        api_version = self.api_version

        product = self.product

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
            }
        )
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        callback_url = src_dict["callback_url"]
        if not (isinstance(callback_url, str) or callback_url is None):
            raise TypeError(
                f"callback_url: expected str or null, got {type(callback_url).__name__}"
            )

        api_version = src_dict.get("api_version", UNSET)
        if not isinstance(api_version, Unset) and not isinstance(api_version, str):
            raise TypeError(
                f"api_version: expected str, got {type(api_version).__name__}"
            )

        product = src_dict.get("product", UNSET)
        if not isinstance(product, Unset) and not isinstance(product, str):
            raise TypeError(f"product: expected str, got {type(product).__name__}")

        account_callback_attributes = cls(
            callback_url,
            api_version,
            product,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            account_callback_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return account_callback_attributes

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

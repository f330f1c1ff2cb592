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

from ..types import extras_on_first_use

if TYPE_CHECKING:
    from ..models.account_callback_attributes import AccountCallbackAttributes


T = TypeVar("T", bound="AccountCallback")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "attributes",
    }
)


@_attrs_define
class AccountCallback:
    """
    Attributes:
        type_ (Literal['callback']):
        attributes (AccountCallbackAttributes):
    """

    type_: Literal["callback"]
    attributes: AccountCallbackAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        type_: Literal["callback"] = src_dict["type"]
        if type_ != "callback":
            raise ValueError(f"type must match const 'callback', got '{type_}'")

        attributes = AccountCallbackAttributes.from_dict(src_dict["attributes"])

        account_callback = cls(
            type_,
            attributes,
        )

        if len(src_dict) > 2 and not src_dict.keys() <= _DECLARED_KEYS:
            account_callback.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return account_callback

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


from ..models.account_callback_attributes import AccountCallbackAttributes  # noqa: E402

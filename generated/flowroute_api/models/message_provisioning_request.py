from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_provisioning_action import MessageProvisioningAction
from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="MessageProvisioningRequest")
_DECLARED_KEYS = frozenset(
    {
        "numbers",
        "action",
        "callback_url",
        "email",
    }
)


@_attrs_define
class MessageProvisioningRequest:
    """Flat body (not JSON:API).

    Attributes:
        numbers (list[str]):
        action (MessageProvisioningAction):
        callback_url (str | Unset): Called when the job finishes (payload undocumented).
        email (bool | Unset): E-mail the account contact when the job finishes.
    """

    numbers: list[str]
    action: MessageProvisioningAction
    callback_url: str | Unset = UNSET
    email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        numbers = self.numbers

        action = self.action.value

        callback_url = self.callback_url

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numbers": numbers,
                "action": action,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if email is not UNSET:
            field_dict["email"] = email

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

        action = MessageProvisioningAction(src_dict["action"])

        callback_url = src_dict.get("callback_url", UNSET)
        if not isinstance(callback_url, Unset) and not isinstance(callback_url, str):
            raise TypeError(
                f"callback_url: expected str, got {type(callback_url).__name__}"
            )

        email = src_dict.get("email", UNSET)
        if not isinstance(email, Unset) and not isinstance(email, bool):
            raise TypeError(f"email: expected bool, got {type(email).__name__}")

        message_provisioning_request = cls(
            numbers,
            action,
            callback_url,
            email,
        )

        if len(src_dict) > 2 and not src_dict.keys() <= _DECLARED_KEYS:
            message_provisioning_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return message_provisioning_request

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

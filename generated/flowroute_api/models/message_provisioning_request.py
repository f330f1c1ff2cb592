from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_provisioning_action import MessageProvisioningAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageProvisioningRequest")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        numbers = cast(list[str], d.pop("numbers"))

        action = MessageProvisioningAction(d.pop("action"))

        callback_url = d.pop("callback_url", UNSET)

        email = d.pop("email", UNSET)

        message_provisioning_request = cls(
            numbers=numbers,
            action=action,
            callback_url=callback_url,
            email=email,
        )

        message_provisioning_request.additional_properties = d
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

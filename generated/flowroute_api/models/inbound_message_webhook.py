from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extras_on_first_use

if TYPE_CHECKING:
    from ..models.inbound_message_record import InboundMessageRecord


T = TypeVar("T", bound="InboundMessageWebhook")
_DECLARED_KEYS = frozenset(
    {
        "data",
    }
)


@_attrs_define
class InboundMessageWebhook:
    """What Flowroute POSTs for an inbound SMS.

    Attributes:
        data (InboundMessageRecord):
    """

    data: InboundMessageRecord
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        data = InboundMessageRecord.from_dict(src_dict["data"])

        inbound_message_webhook = cls(
            data,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            inbound_message_webhook.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return inbound_message_webhook

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


from ..models.inbound_message_record import InboundMessageRecord  # noqa: E402

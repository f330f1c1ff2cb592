from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.inbound_message_record import InboundMessageRecord
    from ..models.media_resource import MediaResource


T = TypeVar("T", bound="InboundMmsWebhook")
_DECLARED_KEYS = frozenset(
    {
        "data",
        "included",
    }
)


@_attrs_define
class InboundMmsWebhook:
    """What Flowroute POSTs for an inbound MMS. `included` carries the media; the
    ids in `data.relationships.media` are not relied on to match them (a
    captured payload's do not).

        Attributes:
            data (InboundMessageRecord):
            included (list[MediaResource] | Unset):
    """

    data: InboundMessageRecord
    included: list[MediaResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        data = self.data.to_dict()

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        data = InboundMessageRecord.from_dict(src_dict["data"])

        _included = src_dict.get("included", UNSET)
        included: list[MediaResource] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:
                included_item = MediaResource.from_dict(included_item_data)

                included.append(included_item)

        inbound_mms_webhook = cls(
            data,
            included,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            inbound_mms_webhook.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return inbound_mms_webhook

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
from ..models.media_resource import MediaResource  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.port_order_event_attributes import PortOrderEventAttributes


T = TypeVar("T", bound="PortOrderEvent")
_DECLARED_KEYS = frozenset(
    {
        "type",
        "id",
        "attributes",
        "timestamp",
    }
)


@_attrs_define
class PortOrderEvent:
    """One event. Only `po_status_change` has been documented, so `type` is kept
    as open text rather than a constant.

        Attributes:
            type_ (str):
            id (str): Opaque id of the resource the event is about: an MDR id (`mdr2-…`) for
                messages and receipts. Not held to the MDR pattern, since captured
                payloads show ids in other shapes.
            attributes (PortOrderEventAttributes):
            timestamp (datetime.datetime | Unset):
    """

    type_: str
    id: str
    attributes: PortOrderEventAttributes
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        type_ = src_dict["type"]
        if not isinstance(type_, str):
            raise TypeError(f"type: expected str, got {type(type_).__name__}")

        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        attributes = PortOrderEventAttributes.from_dict(src_dict["attributes"])

        _timestamp = src_dict.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        port_order_event = cls(
            type_,
            id,
            attributes,
            timestamp,
        )

        if len(src_dict) > 3 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_event.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_event

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


from ..models.port_order_event_attributes import PortOrderEventAttributes  # noqa: E402

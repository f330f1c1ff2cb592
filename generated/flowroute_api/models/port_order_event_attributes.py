from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="PortOrderEventAttributes")
_DECLARED_KEYS = frozenset(
    {
        "resource_id",
        "status",
        "type",
        "event_type",
        "resource_type",
        "message",
        "customer_id",
        "id",
        "at",
        "timestamp",
        "url_override",
        "version",
    }
)


@_attrs_define
class PortOrderEventAttributes:
    """
    Attributes:
        resource_id (int | str): The port order id; text in the documented example, a number is accepted too.
        status (str): Open set; seen `pending` (cancelled automatically after 45 days),
            `processing`, `submitted`, `accepted`, `rejected`, `review`, `completed`,
            `canceled`/`cancelled`, `abandoned`, `hard_canceled`.
        type_ (str | Unset): Seen `event`.
        event_type (str | Unset): Seen `status_change`.
        resource_type (str | Unset): Seen `portorders`.
        message (str | Unset):
        customer_id (str | Unset):
        id (str | Unset):
        at (datetime.datetime | Unset):
        timestamp (datetime.datetime | Unset):
        url_override (None | str | Unset):
        version (str | Unset):
    """

    resource_id: int | str
    status: str
    type_: str | Unset = UNSET
    event_type: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    message: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    id: str | Unset = UNSET
    at: datetime.datetime | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    url_override: None | str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        resource_id: int | str
        resource_id = self.resource_id

        status = self.status

        type_ = self.type_

        event_type = self.event_type

        resource_type = self.resource_type

        message = self.message

        customer_id = self.customer_id

        id = self.id

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        url_override: None | str | Unset
        if isinstance(self.url_override, Unset):
            url_override = UNSET
        else:
            url_override = self.url_override

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if message is not UNSET:
            field_dict["message"] = message
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if id is not UNSET:
            field_dict["id"] = id
        if at is not UNSET:
            field_dict["at"] = at
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if url_override is not UNSET:
            field_dict["url_override"] = url_override
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resource_id = src_dict["resource_id"]
        if not (
            isinstance(resource_id, str)
            or (
                type(resource_id) is int
                or (isinstance(resource_id, int) and not isinstance(resource_id, bool))
            )
        ):
            raise TypeError(
                f"resource_id: expected str or int, got {type(resource_id).__name__}"
            )

        status = src_dict["status"]
        if not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        type_ = src_dict.get("type", UNSET)
        if not isinstance(type_, Unset) and not isinstance(type_, str):
            raise TypeError(f"type: expected str, got {type(type_).__name__}")

        event_type = src_dict.get("event_type", UNSET)
        if not isinstance(event_type, Unset) and not isinstance(event_type, str):
            raise TypeError(
                f"event_type: expected str, got {type(event_type).__name__}"
            )

        resource_type = src_dict.get("resource_type", UNSET)
        if not isinstance(resource_type, Unset) and not isinstance(resource_type, str):
            raise TypeError(
                f"resource_type: expected str, got {type(resource_type).__name__}"
            )

        message = src_dict.get("message", UNSET)
        if not isinstance(message, Unset) and not isinstance(message, str):
            raise TypeError(f"message: expected str, got {type(message).__name__}")

        customer_id = src_dict.get("customer_id", UNSET)
        if not isinstance(customer_id, Unset) and not isinstance(customer_id, str):
            raise TypeError(
                f"customer_id: expected str, got {type(customer_id).__name__}"
            )

        id = src_dict.get("id", UNSET)
        if not isinstance(id, Unset) and not isinstance(id, str):
            raise TypeError(f"id: expected str, got {type(id).__name__}")

        _at = src_dict.get("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at, Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)

        _timestamp = src_dict.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        url_override = src_dict.get("url_override", UNSET)
        if not (
            isinstance(url_override, str)
            or url_override is None
            or isinstance(url_override, Unset)
        ):
            raise TypeError(
                f"url_override: expected str or null, got {type(url_override).__name__}"
            )

        version = src_dict.get("version", UNSET)
        if not isinstance(version, Unset) and not isinstance(version, str):
            raise TypeError(f"version: expected str, got {type(version).__name__}")

        port_order_event_attributes = cls(
            resource_id,
            status,
            type_,
            event_type,
            resource_type,
            message,
            customer_id,
            id,
            at,
            timestamp,
            url_override,
            version,
        )

        if len(src_dict) > 2 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_event_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_event_attributes

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

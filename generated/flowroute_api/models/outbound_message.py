from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="OutboundMessage")
_DECLARED_KEYS = frozenset(
    {
        "to",
        "from",
        "body",
        "media_urls",
        "is_mms",
        "dlr_callback",
    }
)


@_attrs_define
class OutboundMessage:
    """A message to send. `body` may be left out only when `media_urls` is given.

    Attributes:
        to (str): Destination number, digits (a leading `+` is tolerated).
        from_ (str): A long-code or toll-free number on your account.
        body (str | Unset): The text; empty or left out only when `media_urls` is given.
        media_urls (list[str] | Unset): Public URLs of MMS attachments; 750 kB in all, text included.
        is_mms (bool | str | Unset): Send as MMS even with no media. Send a JSON boolean, as the SDK does. The
            strings `"true"` and `"false"` are accepted as well: Flowroute's own
            READMEs and demo scripts (Python, Node, Ruby) send them, and the READMEs
            show the 202 that follows. Whether the live API reads them as booleans is
            not documented (see spec/DECISIONS.md).
        dlr_callback (str | Unset): Delivery-receipt URL for this message, overriding the account's.
    """

    to: str
    from_: str
    body: str | Unset = UNSET
    media_urls: list[str] | Unset = UNSET
    is_mms: bool | str | Unset = UNSET
    dlr_callback: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        body = self.body

        media_urls: list[str] | Unset = UNSET
        if not isinstance(self.media_urls, Unset):
            media_urls = self.media_urls

        is_mms: bool | str | Unset
        if isinstance(self.is_mms, Unset):
            is_mms = UNSET
        else:
            is_mms = self.is_mms

        dlr_callback = self.dlr_callback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "from": from_,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if media_urls is not UNSET:
            field_dict["media_urls"] = media_urls
        if is_mms is not UNSET:
            field_dict["is_mms"] = is_mms
        if dlr_callback is not UNSET:
            field_dict["dlr_callback"] = dlr_callback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        to = src_dict["to"]
        if not isinstance(to, str):
            raise TypeError(f"to: expected str, got {type(to).__name__}")

        from_ = src_dict["from"]
        if not isinstance(from_, str):
            raise TypeError(f"from: expected str, got {type(from_).__name__}")

        body = src_dict.get("body", UNSET)
        if not isinstance(body, Unset) and not isinstance(body, str):
            raise TypeError(f"body: expected str, got {type(body).__name__}")

        _media_urls = src_dict.get("media_urls", UNSET)
        media_urls: list[str] | Unset = UNSET
        if _media_urls is not UNSET:
            media_urls = []
            for media_urls_item_data in _media_urls:
                media_urls_item = media_urls_item_data
                if not isinstance(media_urls_item, str):
                    raise TypeError(
                        f"media_urls_item: expected str, got {type(media_urls_item).__name__}"
                    )

                media_urls.append(media_urls_item)

        is_mms = src_dict.get("is_mms", UNSET)
        if not (
            isinstance(is_mms, bool)
            or isinstance(is_mms, str)
            or isinstance(is_mms, Unset)
        ):
            raise TypeError(
                f"is_mms: expected bool or str, got {type(is_mms).__name__}"
            )

        dlr_callback = src_dict.get("dlr_callback", UNSET)
        if not isinstance(dlr_callback, Unset) and not isinstance(dlr_callback, str):
            raise TypeError(
                f"dlr_callback: expected str, got {type(dlr_callback).__name__}"
            )

        outbound_message = cls(
            to,
            from_,
            body,
            media_urls,
            is_mms,
            dlr_callback,
        )

        if len(src_dict) > 2 and not src_dict.keys() <= _DECLARED_KEYS:
            outbound_message.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return outbound_message

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

T = TypeVar("T", bound="LoaDetails")
_DECLARED_KEYS = frozenset(
    {
        "email",
        "cc",
    }
)


@_attrs_define
class LoaDetails:
    """Who signs the letter of authorisation; only these two fields are known.

    Attributes:
        email (str | Unset):
        cc (list[str] | str | Unset): Copy recipients; the encoding (one string or a list) is undocumented.
    """

    email: str | Unset = UNSET
    cc: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        cc: list[str] | str | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = self.cc

        else:
            cc = self.cc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if cc is not UNSET:
            field_dict["cc"] = cc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        email = src_dict.get("email", UNSET)
        if not isinstance(email, Unset) and not isinstance(email, str):
            raise TypeError(f"email: expected str, got {type(email).__name__}")

        def _parse_cc(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cc_type_0 = data
                if not isinstance(cc_type_0, str):
                    raise TypeError(
                        f"cc_type_0: expected str, got {type(cc_type_0).__name__}"
                    )

                return cc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            cc_type_1 = []
            _cc_type_1 = data
            for cc_type_1_item_data in _cc_type_1:
                cc_type_1_item = cc_type_1_item_data
                if not isinstance(cc_type_1_item, str):
                    raise TypeError(
                        f"cc_type_1_item: expected str, got {type(cc_type_1_item).__name__}"
                    )

                cc_type_1.append(cc_type_1_item)

            return cc_type_1

        cc = _parse_cc(src_dict.get("cc", UNSET))

        loa_details = cls(
            email,
            cc,
        )

        if len(src_dict) > 0 and not src_dict.keys() <= _DECLARED_KEYS:
            loa_details.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return loa_details

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

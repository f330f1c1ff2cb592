from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.cdr_export_filters import CdrExportFilters


T = TypeVar("T", bound="CdrExportCreateAttributes")
_DECLARED_KEYS = frozenset(
    {
        "filter_parameters",
        "callback_url",
    }
)


@_attrs_define
class CdrExportCreateAttributes:
    """
    Attributes:
        filter_parameters (CdrExportFilters): Which calls to export. The two start times (UTC) are required and at most
            92 days apart; other documented filters are accepted as extra keys.
        callback_url (str | Unset):
    """

    filter_parameters: CdrExportFilters
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        filter_parameters = self.filter_parameters.to_dict()

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter_parameters": filter_parameters,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        filter_parameters = CdrExportFilters.from_dict(src_dict["filter_parameters"])

        callback_url = src_dict.get("callback_url", UNSET)
        if not isinstance(callback_url, Unset) and not isinstance(callback_url, str):
            raise TypeError(
                f"callback_url: expected str, got {type(callback_url).__name__}"
            )

        cdr_export_create_attributes = cls(
            filter_parameters,
            callback_url,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            cdr_export_create_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return cdr_export_create_attributes

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


from ..models.cdr_export_filters import CdrExportFilters  # noqa: E402

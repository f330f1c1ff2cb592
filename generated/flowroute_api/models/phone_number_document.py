from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extras_on_first_use

if TYPE_CHECKING:
    from ..models.included_resource import IncludedResource
    from ..models.phone_number_detail import PhoneNumberDetail
    from ..models.self_links import SelfLinks


T = TypeVar("T", bound="PhoneNumberDocument")
_DECLARED_KEYS = frozenset(
    {
        "data",
        "included",
        "links",
    }
)


@_attrs_define
class PhoneNumberDocument:
    """
    Attributes:
        data (PhoneNumberDetail): A number on the account with its relationships.
        included (list[IncludedResource]):
        links (SelfLinks):
    """

    data: PhoneNumberDetail
    included: list[IncludedResource]
    links: SelfLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        data = self.data.to_dict()

        included = []
        for included_item_data in self.included:
            included_item = included_item_data.to_dict()
            included.append(included_item)

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "included": included,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        data = PhoneNumberDetail.from_dict(src_dict["data"])

        included = []
        _included = src_dict["included"]
        for included_item_data in _included:
            included_item = IncludedResource.from_dict(included_item_data)

            included.append(included_item)

        links = SelfLinks.from_dict(src_dict["links"])

        phone_number_document = cls(
            data,
            included,
            links,
        )

        if len(src_dict) > 3 and not src_dict.keys() <= _DECLARED_KEYS:
            phone_number_document.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return phone_number_document

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


from ..models.included_resource import IncludedResource  # noqa: E402
from ..models.phone_number_detail import PhoneNumberDetail  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402

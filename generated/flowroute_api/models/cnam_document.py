from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.cnam_detail import CnamDetail
    from ..models.included_resource import IncludedResource
    from ..models.self_links import SelfLinks


T = TypeVar("T", bound="CnamDocument")
_DECLARED_KEYS = frozenset(
    {
        "data",
        "included",
        "links",
    }
)


@_attrs_define
class CnamDocument:
    """
    Attributes:
        data (CnamDetail): A CNAM record; `relationships` only when approved and in use.
        included (list[IncludedResource] | Unset): The numbers using the record.
        links (SelfLinks | Unset):
    """

    data: CnamDetail
    included: list[IncludedResource] | Unset = UNSET
    links: SelfLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        data = self.data.to_dict()

        included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = []
            for included_item_data in self.included:
                included_item = included_item_data.to_dict()
                included.append(included_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        data = CnamDetail.from_dict(src_dict["data"])

        _included = src_dict.get("included", UNSET)
        included: list[IncludedResource] | Unset = UNSET
        if _included is not UNSET:
            included = []
            for included_item_data in _included:
                included_item = IncludedResource.from_dict(included_item_data)

                included.append(included_item)

        _links = src_dict.get("links", UNSET)
        links: SelfLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        cnam_document = cls(
            data,
            included,
            links,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            cnam_document.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return cnam_document

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


from ..models.cnam_detail import CnamDetail  # noqa: E402
from ..models.included_resource import IncludedResource  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402

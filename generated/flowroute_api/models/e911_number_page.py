from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.e911_number import E911Number
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="E911NumberPage")
_DECLARED_KEYS = frozenset(
    {
        "data",
        "links",
    }
)


@_attrs_define
class E911NumberPage:
    """
    Attributes:
        data (list[E911Number]):
        links (PageLinks | Unset): Paging links; `next` is absent on the last page.
    """

    data: list[E911Number]
    links: PageLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        data = []
        _data = src_dict["data"]
        for data_item_data in _data:
            data_item = E911Number.from_dict(data_item_data)

            data.append(data_item)

        _links = src_dict.get("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        e911_number_page = cls(
            data,
            links,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            e911_number_page.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return e911_number_page

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


from ..models.e911_number import E911Number  # noqa: E402
from ..models.page_links import PageLinks  # noqa: E402

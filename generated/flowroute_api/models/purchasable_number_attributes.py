from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extras_on_first_use

T = TypeVar("T", bound="PurchasableNumberAttributes")
_DECLARED_KEYS = frozenset(
    {
        "value",
        "monthly_cost",
        "setup_cost",
        "number_type",
        "rate_center",
        "state",
    }
)


@_attrs_define
class PurchasableNumberAttributes:
    """
    Attributes:
        value (str):
        monthly_cost (float): Dollars per month.
        setup_cost (float): One-off dollars.
        number_type (str): Open set; seen `standard`, `longcode`, `toll-free`.
        rate_center (str):
        state (str):
    """

    value: str
    monthly_cost: float
    setup_cost: float
    number_type: str
    rate_center: str
    state: str
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        monthly_cost = self.monthly_cost

        setup_cost = self.setup_cost

        number_type = self.number_type

        rate_center = self.rate_center

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "monthly_cost": monthly_cost,
                "setup_cost": setup_cost,
                "number_type": number_type,
                "rate_center": rate_center,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict["value"]
        if not isinstance(value, str):
            raise TypeError(f"value: expected str, got {type(value).__name__}")

        monthly_cost = src_dict["monthly_cost"]
        if not (
            isinstance(monthly_cost, (int, float))
            and not isinstance(monthly_cost, bool)
        ):
            raise TypeError(
                f"monthly_cost: expected float, got {type(monthly_cost).__name__}"
            )

        setup_cost = src_dict["setup_cost"]
        if not (
            isinstance(setup_cost, (int, float)) and not isinstance(setup_cost, bool)
        ):
            raise TypeError(
                f"setup_cost: expected float, got {type(setup_cost).__name__}"
            )

        number_type = src_dict["number_type"]
        if not isinstance(number_type, str):
            raise TypeError(
                f"number_type: expected str, got {type(number_type).__name__}"
            )

        rate_center = src_dict["rate_center"]
        if not isinstance(rate_center, str):
            raise TypeError(
                f"rate_center: expected str, got {type(rate_center).__name__}"
            )

        state = src_dict["state"]
        if not isinstance(state, str):
            raise TypeError(f"state: expected str, got {type(state).__name__}")

        purchasable_number_attributes = cls(
            value,
            monthly_cost,
            setup_cost,
            number_type,
            rate_center,
            state,
        )

        if len(src_dict) > 6 and not src_dict.keys() <= _DECLARED_KEYS:
            purchasable_number_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return purchasable_number_attributes

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

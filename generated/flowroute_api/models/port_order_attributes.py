from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.loa_details import LoaDetails
    from ..models.port_order_billing_address import PortOrderBillingAddress
    from ..models.port_order_presets import PortOrderPresets


T = TypeVar("T", bound="PortOrderAttributes")
_DECLARED_KEYS = frozenset(
    {
        "status",
        "alias",
        "billing_address",
        "billing_name",
        "billing_number",
        "business_documents",
        "comments",
        "company",
        "cost",
        "desired_completion_date",
        "enable_cnam_lookups",
        "group_id",
        "last_4_ssn",
        "loa_details",
        "numbers",
        "pin",
        "presets",
        "provider",
        "provider_account",
        "status_updated_at",
        "status_url",
        "usage_type",
    }
)


@_attrs_define
class PortOrderAttributes:
    """Only `status` is known to be in every answer (a cancel returns little
    else). The rest are the attributes seen in Flowroute's examples; which of
    them can be null is undocumented, so the text ones allow null.

        Attributes:
            status (str): Open set; seen `pending` (cancelled automatically after 45 days),
                `processing`, `submitted`, `accepted`, `rejected`, `review`, `completed`,
                `canceled`/`cancelled`, `abandoned`, `hard_canceled`.
            alias (None | str | Unset):
            billing_address (PortOrderBillingAddress | Unset):
            billing_name (None | str | Unset):
            billing_number (None | str | Unset):
            business_documents (list[Any] | Unset):
            comments (list[Any] | Unset):
            company (None | str | Unset):
            cost (None | str | Unset): Money as text, e.g. `7.5`.
            desired_completion_date (None | str | Unset): A date (`2024-05-20`).
            enable_cnam_lookups (bool | Unset):
            group_id (None | str | Unset):
            last_4_ssn (None | str | Unset):
            loa_details (LoaDetails | Unset): Who signs the letter of authorisation; only these two fields are known.
            numbers (list[Any] | Unset): The order's numbers; requests use E.164 text, the item shape in answers is
                undocumented.
            pin (None | str | Unset):
            presets (PortOrderPresets | Unset): Settings applied to the numbers when the port completes; ids must exist.
            provider (None | str | Unset): The losing carrier.
            provider_account (None | str | Unset):
            status_updated_at (datetime.datetime | None | Unset):
            status_url (None | str | Unset):
            usage_type (None | str | Unset):
    """

    status: str
    alias: None | str | Unset = UNSET
    billing_address: PortOrderBillingAddress | Unset = UNSET
    billing_name: None | str | Unset = UNSET
    billing_number: None | str | Unset = UNSET
    business_documents: list[Any] | Unset = UNSET
    comments: list[Any] | Unset = UNSET
    company: None | str | Unset = UNSET
    cost: None | str | Unset = UNSET
    desired_completion_date: None | str | Unset = UNSET
    enable_cnam_lookups: bool | Unset = UNSET
    group_id: None | str | Unset = UNSET
    last_4_ssn: None | str | Unset = UNSET
    loa_details: LoaDetails | Unset = UNSET
    numbers: list[Any] | Unset = UNSET
    pin: None | str | Unset = UNSET
    presets: PortOrderPresets | Unset = UNSET
    provider: None | str | Unset = UNSET
    provider_account: None | str | Unset = UNSET
    status_updated_at: datetime.datetime | None | Unset = UNSET
    status_url: None | str | Unset = UNSET
    usage_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        status = self.status

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        billing_name: None | str | Unset
        if isinstance(self.billing_name, Unset):
            billing_name = UNSET
        else:
            billing_name = self.billing_name

        billing_number: None | str | Unset
        if isinstance(self.billing_number, Unset):
            billing_number = UNSET
        else:
            billing_number = self.billing_number

        business_documents: list[Any] | Unset = UNSET
        if not isinstance(self.business_documents, Unset):
            business_documents = self.business_documents

        comments: list[Any] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = self.comments

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        desired_completion_date: None | str | Unset
        if isinstance(self.desired_completion_date, Unset):
            desired_completion_date = UNSET
        else:
            desired_completion_date = self.desired_completion_date

        enable_cnam_lookups = self.enable_cnam_lookups

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        last_4_ssn: None | str | Unset
        if isinstance(self.last_4_ssn, Unset):
            last_4_ssn = UNSET
        else:
            last_4_ssn = self.last_4_ssn

        loa_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loa_details, Unset):
            loa_details = self.loa_details.to_dict()

        numbers: list[Any] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = self.numbers

        pin: None | str | Unset
        if isinstance(self.pin, Unset):
            pin = UNSET
        else:
            pin = self.pin

        presets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.presets, Unset):
            presets = self.presets.to_dict()

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        provider_account: None | str | Unset
        if isinstance(self.provider_account, Unset):
            provider_account = UNSET
        else:
            provider_account = self.provider_account

        status_updated_at: None | str | Unset
        if isinstance(self.status_updated_at, Unset):
            status_updated_at = UNSET
        elif isinstance(self.status_updated_at, datetime.datetime):
            status_updated_at = self.status_updated_at.isoformat()
        else:
            status_updated_at = self.status_updated_at

        status_url: None | str | Unset
        if isinstance(self.status_url, Unset):
            status_url = UNSET
        else:
            status_url = self.status_url

        usage_type: None | str | Unset
        if isinstance(self.usage_type, Unset):
            usage_type = UNSET
        else:
            usage_type = self.usage_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if billing_name is not UNSET:
            field_dict["billing_name"] = billing_name
        if billing_number is not UNSET:
            field_dict["billing_number"] = billing_number
        if business_documents is not UNSET:
            field_dict["business_documents"] = business_documents
        if comments is not UNSET:
            field_dict["comments"] = comments
        if company is not UNSET:
            field_dict["company"] = company
        if cost is not UNSET:
            field_dict["cost"] = cost
        if desired_completion_date is not UNSET:
            field_dict["desired_completion_date"] = desired_completion_date
        if enable_cnam_lookups is not UNSET:
            field_dict["enable_cnam_lookups"] = enable_cnam_lookups
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if last_4_ssn is not UNSET:
            field_dict["last_4_ssn"] = last_4_ssn
        if loa_details is not UNSET:
            field_dict["loa_details"] = loa_details
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if pin is not UNSET:
            field_dict["pin"] = pin
        if presets is not UNSET:
            field_dict["presets"] = presets
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_account is not UNSET:
            field_dict["provider_account"] = provider_account
        if status_updated_at is not UNSET:
            field_dict["status_updated_at"] = status_updated_at
        if status_url is not UNSET:
            field_dict["status_url"] = status_url
        if usage_type is not UNSET:
            field_dict["usage_type"] = usage_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        status = src_dict["status"]
        if not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        alias = src_dict.get("alias", UNSET)
        if not (isinstance(alias, str) or alias is None or isinstance(alias, Unset)):
            raise TypeError(f"alias: expected str or null, got {type(alias).__name__}")

        _billing_address = src_dict.get("billing_address", UNSET)
        billing_address: PortOrderBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = PortOrderBillingAddress.from_dict(_billing_address)

        billing_name = src_dict.get("billing_name", UNSET)
        if not (
            isinstance(billing_name, str)
            or billing_name is None
            or isinstance(billing_name, Unset)
        ):
            raise TypeError(
                f"billing_name: expected str or null, got {type(billing_name).__name__}"
            )

        billing_number = src_dict.get("billing_number", UNSET)
        if not (
            isinstance(billing_number, str)
            or billing_number is None
            or isinstance(billing_number, Unset)
        ):
            raise TypeError(
                f"billing_number: expected str or null, got {type(billing_number).__name__}"
            )

        _business_documents = src_dict.get("business_documents", UNSET)
        business_documents: list[Any] | Unset = UNSET
        if _business_documents is not UNSET:
            business_documents = []
            for business_documents_item_data in _business_documents:
                business_documents_item = business_documents_item_data

                business_documents.append(business_documents_item)

        _comments = src_dict.get("comments", UNSET)
        comments: list[Any] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = comments_item_data

                comments.append(comments_item)

        company = src_dict.get("company", UNSET)
        if not (
            isinstance(company, str) or company is None or isinstance(company, Unset)
        ):
            raise TypeError(
                f"company: expected str or null, got {type(company).__name__}"
            )

        cost = src_dict.get("cost", UNSET)
        if not (isinstance(cost, str) or cost is None or isinstance(cost, Unset)):
            raise TypeError(f"cost: expected str or null, got {type(cost).__name__}")

        desired_completion_date = src_dict.get("desired_completion_date", UNSET)
        if not (
            isinstance(desired_completion_date, str)
            or desired_completion_date is None
            or isinstance(desired_completion_date, Unset)
        ):
            raise TypeError(
                f"desired_completion_date: expected str or null, got {type(desired_completion_date).__name__}"
            )

        enable_cnam_lookups = src_dict.get("enable_cnam_lookups", UNSET)
        if not isinstance(enable_cnam_lookups, Unset) and not isinstance(
            enable_cnam_lookups, bool
        ):
            raise TypeError(
                f"enable_cnam_lookups: expected bool, got {type(enable_cnam_lookups).__name__}"
            )

        group_id = src_dict.get("group_id", UNSET)
        if not (
            isinstance(group_id, str) or group_id is None or isinstance(group_id, Unset)
        ):
            raise TypeError(
                f"group_id: expected str or null, got {type(group_id).__name__}"
            )

        last_4_ssn = src_dict.get("last_4_ssn", UNSET)
        if not (
            isinstance(last_4_ssn, str)
            or last_4_ssn is None
            or isinstance(last_4_ssn, Unset)
        ):
            raise TypeError(
                f"last_4_ssn: expected str or null, got {type(last_4_ssn).__name__}"
            )

        _loa_details = src_dict.get("loa_details", UNSET)
        loa_details: LoaDetails | Unset
        if isinstance(_loa_details, Unset):
            loa_details = UNSET
        else:
            loa_details = LoaDetails.from_dict(_loa_details)

        _numbers = src_dict.get("numbers", UNSET)
        numbers: list[Any] | Unset = UNSET
        if _numbers is not UNSET:
            numbers = []
            for numbers_item_data in _numbers:
                numbers_item = numbers_item_data

                numbers.append(numbers_item)

        pin = src_dict.get("pin", UNSET)
        if not (isinstance(pin, str) or pin is None or isinstance(pin, Unset)):
            raise TypeError(f"pin: expected str or null, got {type(pin).__name__}")

        _presets = src_dict.get("presets", UNSET)
        presets: PortOrderPresets | Unset
        if isinstance(_presets, Unset):
            presets = UNSET
        else:
            presets = PortOrderPresets.from_dict(_presets)

        provider = src_dict.get("provider", UNSET)
        if not (
            isinstance(provider, str) or provider is None or isinstance(provider, Unset)
        ):
            raise TypeError(
                f"provider: expected str or null, got {type(provider).__name__}"
            )

        provider_account = src_dict.get("provider_account", UNSET)
        if not (
            isinstance(provider_account, str)
            or provider_account is None
            or isinstance(provider_account, Unset)
        ):
            raise TypeError(
                f"provider_account: expected str or null, got {type(provider_account).__name__}"
            )

        def _parse_status_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return status_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            status_updated_at_type_1 = data

            return status_updated_at_type_1

        status_updated_at = _parse_status_updated_at(
            src_dict.get("status_updated_at", UNSET)
        )

        status_url = src_dict.get("status_url", UNSET)
        if not (
            isinstance(status_url, str)
            or status_url is None
            or isinstance(status_url, Unset)
        ):
            raise TypeError(
                f"status_url: expected str or null, got {type(status_url).__name__}"
            )

        usage_type = src_dict.get("usage_type", UNSET)
        if not (
            isinstance(usage_type, str)
            or usage_type is None
            or isinstance(usage_type, Unset)
        ):
            raise TypeError(
                f"usage_type: expected str or null, got {type(usage_type).__name__}"
            )

        port_order_attributes = cls(
            status,
            alias,
            billing_address,
            billing_name,
            billing_number,
            business_documents,
            comments,
            company,
            cost,
            desired_completion_date,
            enable_cnam_lookups,
            group_id,
            last_4_ssn,
            loa_details,
            numbers,
            pin,
            presets,
            provider,
            provider_account,
            status_updated_at,
            status_url,
            usage_type,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            port_order_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return port_order_attributes

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


from ..models.loa_details import LoaDetails  # noqa: E402
from ..models.port_order_billing_address import PortOrderBillingAddress  # noqa: E402
from ..models.port_order_presets import PortOrderPresets  # noqa: E402

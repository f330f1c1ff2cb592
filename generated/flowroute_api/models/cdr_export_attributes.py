from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extras_on_first_use

if TYPE_CHECKING:
    from ..models.cdr_export_attributes_filter_parameters import (
        CdrExportAttributesFilterParameters,
    )


T = TypeVar("T", bound="CdrExportAttributes")
_DECLARED_KEYS = frozenset(
    {
        "status",
        "callback_url",
        "download_url",
        "requested_at",
        "created_at",
        "expires_at",
        "filter_parameters",
        "num_calls",
        "billed_minutes",
        "total_cost",
        "call_subtotal",
        "connect_fees",
        "cnamlookup_fees",
        "usf_fees",
        "ccrf",
    }
)


@_attrs_define
class CdrExportAttributes:
    """Money fields are text (`34.321300`) although documented as floats; they,
    the counts and the URLs are null while the job is processing.

        Attributes:
            status (str): Seen `processing`, `completed`, `failed`.
            callback_url (None | str | Unset):
            download_url (None | str | Unset): Presigned URL of a gzipped CSV, valid until `expires_at`.
            requested_at (datetime.datetime | None | Unset):
            created_at (datetime.datetime | None | Unset):
            expires_at (datetime.datetime | None | Unset):
            filter_parameters (CdrExportAttributesFilterParameters | Unset): The filters as the server stored them.
            num_calls (int | None | str | Unset):
            billed_minutes (float | None | str | Unset):
            total_cost (None | str | Unset):
            call_subtotal (None | str | Unset):
            connect_fees (None | str | Unset):
            cnamlookup_fees (None | str | Unset):
            usf_fees (None | str | Unset):
            ccrf (None | str | Unset):
    """

    status: str
    callback_url: None | str | Unset = UNSET
    download_url: None | str | Unset = UNSET
    requested_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    filter_parameters: CdrExportAttributesFilterParameters | Unset = UNSET
    num_calls: int | None | str | Unset = UNSET
    billed_minutes: float | None | str | Unset = UNSET
    total_cost: None | str | Unset = UNSET
    call_subtotal: None | str | Unset = UNSET
    connect_fees: None | str | Unset = UNSET
    cnamlookup_fees: None | str | Unset = UNSET
    usf_fees: None | str | Unset = UNSET
    ccrf: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        status = self.status

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        requested_at: None | str | Unset
        if isinstance(self.requested_at, Unset):
            requested_at = UNSET
        elif isinstance(self.requested_at, datetime.datetime):
            requested_at = self.requested_at.isoformat()
        else:
            requested_at = self.requested_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        filter_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_parameters, Unset):
            filter_parameters = self.filter_parameters.to_dict()

        num_calls: int | None | str | Unset
        if isinstance(self.num_calls, Unset):
            num_calls = UNSET
        else:
            num_calls = self.num_calls

        billed_minutes: float | None | str | Unset
        if isinstance(self.billed_minutes, Unset):
            billed_minutes = UNSET
        else:
            billed_minutes = self.billed_minutes

        total_cost: None | str | Unset
        if isinstance(self.total_cost, Unset):
            total_cost = UNSET
        else:
            total_cost = self.total_cost

        call_subtotal: None | str | Unset
        if isinstance(self.call_subtotal, Unset):
            call_subtotal = UNSET
        else:
            call_subtotal = self.call_subtotal

        connect_fees: None | str | Unset
        if isinstance(self.connect_fees, Unset):
            connect_fees = UNSET
        else:
            connect_fees = self.connect_fees

        cnamlookup_fees: None | str | Unset
        if isinstance(self.cnamlookup_fees, Unset):
            cnamlookup_fees = UNSET
        else:
            cnamlookup_fees = self.cnamlookup_fees

        usf_fees: None | str | Unset
        if isinstance(self.usf_fees, Unset):
            usf_fees = UNSET
        else:
            usf_fees = self.usf_fees

        ccrf: None | str | Unset
        if isinstance(self.ccrf, Unset):
            ccrf = UNSET
        else:
            ccrf = self.ccrf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if requested_at is not UNSET:
            field_dict["requested_at"] = requested_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if filter_parameters is not UNSET:
            field_dict["filter_parameters"] = filter_parameters
        if num_calls is not UNSET:
            field_dict["num_calls"] = num_calls
        if billed_minutes is not UNSET:
            field_dict["billed_minutes"] = billed_minutes
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if call_subtotal is not UNSET:
            field_dict["call_subtotal"] = call_subtotal
        if connect_fees is not UNSET:
            field_dict["connect_fees"] = connect_fees
        if cnamlookup_fees is not UNSET:
            field_dict["cnamlookup_fees"] = cnamlookup_fees
        if usf_fees is not UNSET:
            field_dict["usf_fees"] = usf_fees
        if ccrf is not UNSET:
            field_dict["ccrf"] = ccrf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        status = src_dict["status"]
        if not isinstance(status, str):
            raise TypeError(f"status: expected str, got {type(status).__name__}")

        callback_url = src_dict.get("callback_url", UNSET)
        if not (
            isinstance(callback_url, str)
            or callback_url is None
            or isinstance(callback_url, Unset)
        ):
            raise TypeError(
                f"callback_url: expected str or null, got {type(callback_url).__name__}"
            )

        download_url = src_dict.get("download_url", UNSET)
        if not (
            isinstance(download_url, str)
            or download_url is None
            or isinstance(download_url, Unset)
        ):
            raise TypeError(
                f"download_url: expected str or null, got {type(download_url).__name__}"
            )

        def _parse_requested_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_at_type_0 = datetime.datetime.fromisoformat(data)

                return requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            requested_at_type_1 = data

            return requested_at_type_1

        requested_at = _parse_requested_at(src_dict.get("requested_at", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            created_at_type_1 = data

            return created_at_type_1

        created_at = _parse_created_at(src_dict.get("created_at", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            expires_at_type_1 = data

            return expires_at_type_1

        expires_at = _parse_expires_at(src_dict.get("expires_at", UNSET))

        _filter_parameters = src_dict.get("filter_parameters", UNSET)
        filter_parameters: CdrExportAttributesFilterParameters | Unset
        if isinstance(_filter_parameters, Unset):
            filter_parameters = UNSET
        else:
            filter_parameters = CdrExportAttributesFilterParameters.from_dict(
                _filter_parameters
            )

        num_calls = src_dict.get("num_calls", UNSET)
        if not (
            (
                type(num_calls) is int
                or (isinstance(num_calls, int) and not isinstance(num_calls, bool))
            )
            or isinstance(num_calls, str)
            or num_calls is None
            or isinstance(num_calls, Unset)
        ):
            raise TypeError(
                f"num_calls: expected int or str or null, got {type(num_calls).__name__}"
            )

        billed_minutes = src_dict.get("billed_minutes", UNSET)
        if not (
            (
                isinstance(billed_minutes, (int, float))
                and not isinstance(billed_minutes, bool)
            )
            or isinstance(billed_minutes, str)
            or billed_minutes is None
            or isinstance(billed_minutes, Unset)
        ):
            raise TypeError(
                f"billed_minutes: expected float or str or null, got {type(billed_minutes).__name__}"
            )

        total_cost = src_dict.get("total_cost", UNSET)
        if not (
            isinstance(total_cost, str)
            or total_cost is None
            or isinstance(total_cost, Unset)
        ):
            raise TypeError(
                f"total_cost: expected str or null, got {type(total_cost).__name__}"
            )

        call_subtotal = src_dict.get("call_subtotal", UNSET)
        if not (
            isinstance(call_subtotal, str)
            or call_subtotal is None
            or isinstance(call_subtotal, Unset)
        ):
            raise TypeError(
                f"call_subtotal: expected str or null, got {type(call_subtotal).__name__}"
            )

        connect_fees = src_dict.get("connect_fees", UNSET)
        if not (
            isinstance(connect_fees, str)
            or connect_fees is None
            or isinstance(connect_fees, Unset)
        ):
            raise TypeError(
                f"connect_fees: expected str or null, got {type(connect_fees).__name__}"
            )

        cnamlookup_fees = src_dict.get("cnamlookup_fees", UNSET)
        if not (
            isinstance(cnamlookup_fees, str)
            or cnamlookup_fees is None
            or isinstance(cnamlookup_fees, Unset)
        ):
            raise TypeError(
                f"cnamlookup_fees: expected str or null, got {type(cnamlookup_fees).__name__}"
            )

        usf_fees = src_dict.get("usf_fees", UNSET)
        if not (
            isinstance(usf_fees, str) or usf_fees is None or isinstance(usf_fees, Unset)
        ):
            raise TypeError(
                f"usf_fees: expected str or null, got {type(usf_fees).__name__}"
            )

        ccrf = src_dict.get("ccrf", UNSET)
        if not (isinstance(ccrf, str) or ccrf is None or isinstance(ccrf, Unset)):
            raise TypeError(f"ccrf: expected str or null, got {type(ccrf).__name__}")

        cdr_export_attributes = cls(
            status,
            callback_url,
            download_url,
            requested_at,
            created_at,
            expires_at,
            filter_parameters,
            num_calls,
            billed_minutes,
            total_cost,
            call_subtotal,
            connect_fees,
            cnamlookup_fees,
            usf_fees,
            ccrf,
        )

        if len(src_dict) > 1 and not src_dict.keys() <= _DECLARED_KEYS:
            cdr_export_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _DECLARED_KEYS
            }
        return cdr_export_attributes

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


from ..models.cdr_export_attributes_filter_parameters import (
    CdrExportAttributesFilterParameters,  # noqa: E402
)

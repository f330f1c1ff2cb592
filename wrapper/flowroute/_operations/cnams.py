"""CNAM records: the caller name shown on outbound calls, and which numbers use one."""

from __future__ import annotations

from flowroute_api.api.cnams import associate_cnam as _associate
from flowroute_api.api.cnams import create_cnam_record as _create
from flowroute_api.api.cnams import get_cnam as _get
from flowroute_api.api.cnams import list_cnams as _list
from flowroute_api.api.cnams import remove_cnam as _remove
from flowroute_api.api.cnams import unassociate_cnam as _unassociate
from flowroute_api.api.cnams import update_cnam_record as _update
from flowroute_api.models import (
    Cnam,
    CnamAssignmentDocument,
    CnamCreateRequest,
    CnamDocument,
    CnamPage,
    CnamUpdateAttributes,
    CnamUpdateData,
    CnamUpdateRequest,
)

from .. import _validate as check
from .._api import AsyncResource, SyncResource, async_method, sync_method
from .._call import Call
from .._pagination import Pager, async_pager, sync_pager


def list_cnams(
    limit: int | None = None,
    offset: int | None = None,
    is_approved: bool | None = None,
    *,
    value: str | None = None,
) -> Call[CnamPage]:
    """List CNAM records; ``value`` matches part of the name, in any case.

    Flowroute sets no maximum ``limit`` here.
    """
    kwargs = _list._get_kwargs(
        limit=check.limit(limit, None),
        offset=check.offset(offset),
        is_approved=check.flag(is_approved, "is_approved"),
        value=check.text(value, "value", max_length=15),
    )
    return Call.from_generated(kwargs, CnamPage.from_dict)


def get_cnam(cnam_id: str | int) -> Call[CnamDocument]:
    """Read one record; approved, assigned records also list their numbers."""
    return Call.from_generated(_get._get_kwargs(check.resource_id(cnam_id, "cnam_id")), CnamDocument.from_dict)


def create_cnam_record(value: str) -> Call[CnamDocument]:
    """Submit a caller name for approval, which takes up to 48 hours.

    ``value`` is 1-15 characters with at least one letter; besides letters and
    digits only space and ``- _ . , @ + & ' / "`` are allowed. Sent as JSON
    (the later Flowroute SDK form-encoded it). Never retried after an
    ambiguous failure: it could create the record twice.
    """
    body = CnamCreateRequest(value=check.cnam_value(value))
    return Call.from_generated(_create._get_kwargs(body=body), CnamDocument.from_dict)


def update_cnam_record(cnam_id: str | int, value: str) -> Call[CnamDocument]:
    """Change the name of a record that is still waiting for approval."""
    body = CnamUpdateRequest(
        data=CnamUpdateData(type_="cnam", attributes=CnamUpdateAttributes(check.cnam_value(value)))
    )
    kwargs = _update._get_kwargs(check.resource_id(cnam_id, "cnam_id"), body=body)
    return Call.from_generated(kwargs, CnamDocument.from_dict)


def remove_cnam(cnam_id: str | int) -> Call[None]:
    """Delete a record; Flowroute unassigns it from its numbers first."""
    return Call.from_generated(_remove._get_kwargs(check.resource_id(cnam_id, "cnam_id")), None)


def associate_cnam(cnam_id: str | int, phone_number: str | int) -> Call[CnamAssignmentDocument]:
    """Show an approved record's name on ``phone_number``'s calls (5-7 business days).

    One PATCH to the documented plural ``relationships/cnams`` path; the later
    Flowroute SDK first looked the number up and used a singular path.
    """
    kwargs = _associate._get_kwargs(
        check.phone_number(phone_number, "phone_number"), check.resource_id(cnam_id, "cnam_id")
    )
    return Call.from_generated(kwargs, CnamAssignmentDocument.from_dict)


def unassociate_cnam(phone_number: str | int) -> Call[CnamAssignmentDocument]:
    """Stop showing a CNAM record's name on ``phone_number``'s calls."""
    kwargs = _unassociate._get_kwargs(check.phone_number(phone_number, "phone_number"))
    return Call.from_generated(kwargs, CnamAssignmentDocument.from_dict)


def iter_cnams(
    is_approved: bool | None = None,
    *,
    value: str | None = None,
    page_size: int | None = None,
    max_items: int | None = None,
) -> Pager[Cnam]:
    """Every CNAM record matching the filters, ``page_size`` (default 200) at a time."""
    return Pager.create(
        lambda limit, offset: list_cnams(limit, offset, is_approved, value=value),
        lambda page: list(page.data),
        page_size=page_size,
        max_page_size=None,
        max_items=max_items,
    )


class CnamsResource(SyncResource):
    list_cnams = sync_method(list_cnams)
    get_cnam = sync_method(get_cnam)
    create_cnam_record = sync_method(create_cnam_record)
    update_cnam_record = sync_method(update_cnam_record)
    remove_cnam = sync_method(remove_cnam)
    associate_cnam = sync_method(associate_cnam)
    unassociate_cnam = sync_method(unassociate_cnam)
    iter_cnams = sync_pager(iter_cnams)


class AsyncCnamsResource(AsyncResource):
    list_cnams = async_method(list_cnams)
    get_cnam = async_method(get_cnam)
    create_cnam_record = async_method(create_cnam_record)
    update_cnam_record = async_method(update_cnam_record)
    remove_cnam = async_method(remove_cnam)
    associate_cnam = async_method(associate_cnam)
    unassociate_cnam = async_method(unassociate_cnam)
    iter_cnams = async_pager(iter_cnams)

"""CNAM conveniences: create and rename records from the caller name alone.

Every cnams operation comes from the spec (``flowroute_api.operations.cnams``).
"""

from __future__ import annotations

from flowroute_api.models import CnamDocument
from flowroute_api.operations import cnams as spec

from .. import _validate as check
from .._call import Call
from .._resources import async_method, raw_method, sync_method


def create_cnam_record(value: str) -> Call[CnamDocument]:
    """Submit a caller name for approval, which takes up to 48 hours.

    ``value`` is 1-15 characters with at least one letter; besides letters and
    digits only space and ``- _ . , @ + & ' / "`` are allowed. Never retried
    after an ambiguous failure: it could create the record twice.
    """
    return check.by_keyword(lambda: spec.create_cnam_record({"value": value}))


def update_cnam_record(cnam_id: str | int, value: str) -> Call[CnamDocument]:
    """Change the name of a record that is still waiting for approval."""
    body = {"data": {"type": "cnam", "attributes": {"value": value}}}
    return check.by_keyword(lambda: spec.update_cnam_record(cnam_id, body))


class CnamsResource(spec.CnamsOperations):
    create_cnam_record = sync_method(create_cnam_record)
    update_cnam_record = sync_method(update_cnam_record)


class AsyncCnamsResource(spec.AsyncCnamsOperations):
    create_cnam_record = async_method(create_cnam_record)
    update_cnam_record = async_method(update_cnam_record)


class RawCnamsResource(spec.RawCnamsOperations):
    create_cnam_record = raw_method(create_cnam_record)
    update_cnam_record = raw_method(update_cnam_record)

"""E911 conveniences: addresses from plain arguments, with forgiving spellings.

The keywords become the spec's JSON:API body, and the spec's own rules check it
(``flowroute_api.operations.e911s``). What is added here is only forgiveness:
text is trimmed, ints are accepted where Flowroute's examples use digit strings,
and country, state and address type may be written in any case (``usa``, ``wa``,
``suite``).
"""

from __future__ import annotations

from typing import Any

from flowroute_api.models import E911AddressDocument, E911AddressType, E911Country
from flowroute_api.operations import e911s as spec

from .. import _validate as check
from .._call import Call
from .._resources import async_method, raw_method, sync_method

# Flowroute's examples also write "USA"; the API's own values are US and CA.
_COUNTRIES = {"US": "US", "USA": "US", "CA": "CA", "CAN": "CA"}
_TYPES = {member.value.lower(): member.value for member in E911AddressType}
# Keywords that differ from the body field they fill.
_FIELDS = {"zipcode": "zip"}
_KEYWORDS = {field: keyword for keyword, field in _FIELDS.items()}


def _wire(keyword: str, value: Any) -> Any:
    """``value`` as the API spells it; anything the spec refuses is left for its rules to name."""
    if isinstance(value, E911Country | E911AddressType):
        return value.value
    if isinstance(value, int) and not isinstance(value, bool) and keyword in ("street_number", "address_type_number"):
        return str(value)
    if not isinstance(value, str):
        return value  # a ZIP is refused as an int: 02134 would have lost its leading zero
    text = value.strip()
    if keyword == "country":
        return _COUNTRIES.get(text.upper(), text)
    if keyword == "state":
        return text.upper()
    if keyword == "address_type":
        return _TYPES.get(text.lower(), text)
    return text


# The keyword arguments of every form, in the order validate_address and create_address take them.
_ORDER = (
    "label", "first_name", "last_name", "street_name", "street_number", "city", "state", "country", "zipcode",
    "address_type", "address_type_number",
)  # fmt: skip


def _body(*values: Any) -> dict[str, Any]:
    """The JSON:API body holding the fields given, in ``_ORDER``."""
    attributes = {
        _FIELDS.get(keyword, keyword): _wire(keyword, value)
        for keyword, value in zip(_ORDER, values, strict=True)
        if value is not None
    }
    return {"data": {"type": "e911", "attributes": attributes}}


def validate_address(
    label: str,
    first_name: str,
    last_name: str,
    street_name: str,
    street_number: str | int,
    city: str,
    state: str,
    country: E911Country | str,
    zipcode: str,
    address_type: E911AddressType | str | None = None,
    address_type_number: str | int | None = None,
) -> Call[None]:
    """Check that Flowroute can geocode an address, storing nothing.

    Returns None when the address is usable; a ``BadRequestError`` says why
    not. Arguments may all be given by keyword. ``address_type`` (Suite, Floor, Unit, …; any case) needs
    ``address_type_number``. Having no side effects, it is retried like a read.
    """
    body = _body(
        label, first_name, last_name, street_name, street_number, city, state, country, zipcode,
        address_type, address_type_number,
    )  # fmt: skip
    return check.by_keyword(lambda: spec.validate_address(body), _KEYWORDS)


def create_address(
    label: str,
    first_name: str,
    last_name: str,
    street_name: str,
    street_number: str | int,
    city: str,
    state: str,
    country: E911Country | str,
    zipcode: str,
    address_type: E911AddressType | str | None = None,
    address_type_number: str | int | None = None,
) -> Call[E911AddressDocument]:
    """Validate and store an E911 address; it serves no number until ``associate``.

    Takes the same arguments as ``validate_address``. Never retried after an
    ambiguous failure: it could store the address twice.
    """
    body = _body(
        label, first_name, last_name, street_name, street_number, city, state, country, zipcode,
        address_type, address_type_number,
    )  # fmt: skip
    return check.by_keyword(lambda: spec.create_address(body), _KEYWORDS)


def update_address(
    e911_id: str | int,
    label: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    street_name: str | None = None,
    street_number: str | int | None = None,
    city: str | None = None,
    state: str | None = None,
    country: E911Country | str | None = None,
    zipcode: str | None = None,
    address_type: E911AddressType | str | None = None,
    address_type_number: str | int | None = None,
) -> Call[E911AddressDocument]:
    """Change some fields of an address; Flowroute re-validates the result.

    Only the fields given are sent, in one PATCH.
    """
    body = _body(
        label, first_name, last_name, street_name, street_number, city, state, country, zipcode,
        address_type, address_type_number,
    )  # fmt: skip
    if not body["data"]["attributes"]:
        raise check.InvalidParameterError("update_address", "no change was given", "at least one address field")
    return check.by_keyword(lambda: spec.update_address(e911_id, body), _KEYWORDS)


class E911sResource(spec.E911sOperations):
    validate_address = sync_method(validate_address)
    create_address = sync_method(create_address)
    update_address = sync_method(update_address)


class AsyncE911sResource(spec.AsyncE911sOperations):
    validate_address = async_method(validate_address)
    create_address = async_method(create_address)
    update_address = async_method(update_address)


class RawE911sResource(spec.RawE911sOperations):
    validate_address = raw_method(validate_address)
    create_address = raw_method(create_address)
    update_address = raw_method(update_address)

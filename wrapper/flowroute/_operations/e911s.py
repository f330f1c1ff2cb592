"""E911 conveniences: addresses from plain arguments, with forgiving country and address-type spellings.

Every e911s operation comes from the spec (``flowroute_api.operations.e911s``).
"""

from __future__ import annotations

from flowroute_api.models import (
    E911AddressCreateAttributes,
    E911AddressCreateData,
    E911AddressCreateRequest,
    E911AddressDocument,
    E911AddressType,
    E911AddressUpdateAttributes,
    E911AddressUpdateData,
    E911AddressUpdateRequest,
    E911Country,
)
from flowroute_api.operations import e911s as spec
from flowroute_api.types import UNSET, Unset

from .. import _validate as check
from .._call import Call
from .._resources import async_method, raw_method, sync_method

# Flowroute's examples also write "USA"; the API's own values are US and CA.
_COUNTRIES = {"US": E911Country.US, "USA": E911Country.US, "CA": E911Country.CA, "CAN": E911Country.CA}


def _country(value: E911Country | str | None) -> E911Country | Unset:
    if value is None:
        return UNSET
    if isinstance(value, E911Country):
        return value
    found = _COUNTRIES.get(value.strip().upper()) if isinstance(value, str) else None
    if found is None:
        raise check.InvalidParameterError("country", f"{value!r} is not served", "'US' or 'CA'")
    return found


def _state(value: str | None) -> str | Unset:
    state = check.alpha2(value, "state")
    return state if isinstance(state, Unset) else state.upper()


def _address_type(value: E911AddressType | str | None) -> E911AddressType | Unset:
    if value is None or isinstance(value, E911AddressType):
        return UNSET if value is None else value
    if isinstance(value, str):
        for member in E911AddressType:
            if member.value.lower() == value.strip().lower():
                return member
    return check.choice(value, "address_type", E911AddressType)  # raises, listing the values


def _zipcode(value: str | None) -> str | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, str):
        # An int would have lost the leading zero of ZIPs such as 02134.
        raise check.InvalidParameterError("zipcode", f"{value!r} is not text", "a ZIP or postal code as a string")
    return str(check.text(value.strip(), "zipcode", max_length=10))


def _address_fields(
    address_type: E911AddressType | str | None, address_type_number: str | int | None
) -> tuple[E911AddressType | Unset, str | Unset]:
    if (address_type is None) != (address_type_number is None):
        raise check.InvalidParameterError(
            "address_type_number" if address_type_number is None else "address_type",
            "only one of address_type and address_type_number was given",
            "both (e.g. address_type='Suite', address_type_number='400') or neither",
        )
    number = UNSET if address_type_number is None else check.required_text(address_type_number, "address_type_number")
    return _address_type(address_type), number


def _create_body(
    label: str,
    first_name: str,
    last_name: str,
    street_name: str,
    street_number: str | int,
    city: str,
    state: str,
    country: E911Country | str,
    zipcode: str,
    address_type: E911AddressType | str | None,
    address_type_number: str | int | None,
) -> E911AddressCreateRequest:
    kind, kind_number = _address_fields(address_type, address_type_number)
    country_value = _country(country)
    state_value = _state(state)
    zip_value = _zipcode(zipcode)
    if isinstance(country_value, Unset) or isinstance(state_value, Unset) or isinstance(zip_value, Unset):
        missing = "country" if country is None else "state" if state is None else "zipcode"
        raise check.InvalidParameterError(missing, "None was given", "a value: every address field is required")
    attributes = E911AddressCreateAttributes(
        label=check.required_text(label, "label"),
        first_name=check.required_text(first_name, "first_name"),
        last_name=check.required_text(last_name, "last_name"),
        street_number=check.required_text(street_number, "street_number", max_length=32),
        street_name=check.required_text(street_name, "street_name"),
        city=check.required_text(city, "city"),
        state=state_value,
        country=country_value,
        zip_=zip_value,
        address_type=kind,
        address_type_number=kind_number,
    )
    return E911AddressCreateRequest(data=E911AddressCreateData(type_="e911", attributes=attributes))


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
    body = _create_body(
        label,
        first_name,
        last_name,
        street_name,
        street_number,
        city,
        state,
        country,
        zipcode,
        address_type,
        address_type_number,
    )
    return spec.validate_address(body)


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
    body = _create_body(
        label,
        first_name,
        last_name,
        street_name,
        street_number,
        city,
        state,
        country,
        zipcode,
        address_type,
        address_type_number,
    )
    return spec.create_address(body)


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
    kind: E911AddressType | Unset = UNSET
    kind_number: str | Unset = UNSET
    if address_type is not None:
        kind, kind_number = _address_fields(address_type, address_type_number)
    elif address_type_number is not None:
        kind_number = check.required_text(address_type_number, "address_type_number")

    def optional(value: str | int | None, name: str, max_length: int = 255) -> str | Unset:
        return UNSET if value is None else check.required_text(value, name, max_length=max_length)

    attributes = E911AddressUpdateAttributes(
        label=optional(label, "label"),
        first_name=optional(first_name, "first_name"),
        last_name=optional(last_name, "last_name"),
        street_number=optional(street_number, "street_number", 32),
        street_name=optional(street_name, "street_name"),
        address_type=kind,
        address_type_number=kind_number,
        city=optional(city, "city"),
        state=_state(state),
        country=_country(country),
        zip_=_zipcode(zipcode),
    )
    if not attributes.to_dict():
        raise check.InvalidParameterError("update_address", "no change was given", "at least one address field")
    body = E911AddressUpdateRequest(data=E911AddressUpdateData(type_="e911", attributes=attributes))
    return spec.update_address(e911_id, body)


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

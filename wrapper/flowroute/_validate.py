"""Argument checks that run before any request is built.

Each check names the parameter, says what is wrong and what is accepted, and
returns the value in the form the generated layer wants (``UNSET`` for None).
Message bodies are never echoed back: they may be private.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Final, TypeVar

import httpx
from flowroute_api.types import UNSET, Unset

from ._exceptions import InvalidParameterError

E = TypeVar("E", bound=Enum)
D = TypeVar("D", bound=Enum)
M = TypeVar("M")

# Flowroute documents 750 kB for an MMS, text included, and no SMS maximum; no
# message can carry more text than that.
MAX_MESSAGE_BYTES: Final = 750_000

_PHONE_DIGITS = re.compile(r"[1-9][0-9]{6,14}")
_MESSAGE_ADDRESS = re.compile(r"\+?[0-9]{7,15}")
_DIGITS = re.compile(r"[0-9]{1,15}")
_LEADING_DIGITS = re.compile(r"\+?[0-9]{1,15}")
_MDR_ID = re.compile(r"mdr[12]-[0-9a-f]{32}")
_ROUTE_ID = re.compile(r"[0-9]{1,18}")
_ALPHA2 = re.compile(r"[A-Za-z]{2}")
_DATE_TEXT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?"
)


__all__ = ["InvalidParameterError"]


def _fail(name: str, problem: str, expected: str) -> InvalidParameterError:
    return InvalidParameterError(name, problem, expected)


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def limit(value: int | None, maximum: int | None, name: str = "limit") -> int | Unset:
    if value is None:
        return UNSET
    expected = f"an integer from 1 to {maximum}" if maximum else "an integer >= 1"
    if not _is_int(value):
        raise _fail(name, f"{_describe(value)} is not an integer", expected)
    if value < 1 or (maximum is not None and value > maximum):
        raise _fail(name, f"{value} is out of range", expected)
    return value


def offset(value: int | None, name: str = "offset") -> int | Unset:
    if value is None:
        return UNSET
    if not _is_int(value) or value < 0:
        raise _fail(name, f"{_describe(value)} is not allowed", "an integer >= 0")
    return value


def amount(value: float | None, name: str) -> float | Unset:
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0 or value == float("inf"):
        raise _fail(name, f"{_describe(value)} is not allowed", "a dollar amount >= 0")
    return value


def _text_of(value: object, name: str, expected: str) -> str:
    if _is_int(value):
        return str(value)
    if not isinstance(value, str):
        raise _fail(name, f"{_describe(value)} has type {type(value).__name__}", expected)
    return value.strip()


def digits(value: str | int | None, name: str, *, allow_plus: bool = False) -> str | Unset:
    """A digit filter such as ``contains``; ints are accepted as the old SDK passed them."""
    if value is None:
        return UNSET
    expected = "1-15 digits, optionally after + (e.g. '+44' or '1206')" if allow_plus else "1-15 digits"
    text = _text_of(value, name, expected)
    if not (_LEADING_DIGITS if allow_plus else _DIGITS).fullmatch(text):
        raise _fail(name, f"{_describe(value)} is not digits", expected)
    return text


def phone_number(value: str | int, name: str) -> str:
    """A number in a path: digits only; a leading + is dropped."""
    expected = "a phone number as 7-15 digits such as '12065550100'"
    text = _text_of(value, name, expected).removeprefix("+")
    if not _PHONE_DIGITS.fullmatch(text):
        raise _fail(name, f"{_describe(value)} is not a phone number", expected)
    return text


def message_address(value: str | int, name: str) -> str:
    expected = "a phone number as 7-15 digits, optionally after + (e.g. '12065550100')"
    text = _text_of(value, name, expected)
    if not _MESSAGE_ADDRESS.fullmatch(text):
        raise _fail(name, f"{_describe(value)} is not a phone number", expected)
    return text


def mdr_id(value: str, name: str = "id") -> str:
    expected = "'mdr2-' followed by 32 lowercase hex digits"
    if not isinstance(value, str) or not _MDR_ID.fullmatch(value.strip()):
        raise _fail(name, f"{_describe(value)} is not a message detail record id", expected)
    return value.strip()


def route_id(value: str | int, name: str = "route_id") -> str:
    expected = "a route id as digits, e.g. '83834' ('0' is the built-in sip-reg route)"
    text = _text_of(value, name, expected)
    if not _ROUTE_ID.fullmatch(text):
        raise _fail(name, f"{_describe(value)} is not a route id", expected)
    return text


def alpha2(value: str | None, name: str) -> str | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, str) or not _ALPHA2.fullmatch(value.strip()):
        raise _fail(name, f"{_describe(value)} is not a two-letter code", "two letters such as 'WA' or 'US'")
    return value.strip()


def flag(value: bool | None, name: str) -> bool | Unset:
    """An on/off option: only a real bool, as ``bool('false')`` would be True."""
    if value is None:
        return UNSET
    if not isinstance(value, bool):
        raise _fail(name, f"{_describe(value)} is not a boolean", "True or False")
    return value


def text(value: str | None, name: str, *, max_length: int) -> str | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, str) or not value or len(value) > max_length:
        raise _fail(
            name,
            f"{_describe(value)} is not allowed",
            f"a non-empty string of at most {max_length} characters",
        )
    return value


def choice(value: E | str | None, name: str, enum: type[E]) -> E | Unset:
    if value is None:
        return UNSET
    if isinstance(value, enum):
        return value
    allowed = ", ".join(repr(member.value) for member in enum)
    try:
        return enum(value)
    except ValueError:
        raise _fail(name, f"{_describe(value)} is not a known value", f"one of {allowed}") from None


def sort_key(
    value: E | str | None, direction: D | str | None, fields: type[E], directions: type[D], name: str = "order_by"
) -> E | str | Unset:
    """A sort key alone, or ``key,direction`` when a direction is asked for (or written into ``value``)."""
    text = value.value if isinstance(value, Enum) else value
    if isinstance(text, str) and "," in text:
        if direction is not None:
            raise _fail(f"{name}_direction", "the direction is also written in order_by", "one of the two, not both")
        text, direction = (part.strip() for part in text.split(",", 1))
    key = choice(text, name, fields)
    way = choice(direction, f"{name}_direction", directions)
    if isinstance(way, Unset):
        return key
    if isinstance(key, Unset):
        keys = ", ".join(repr(member.value) for member in fields)
        raise _fail(name, "no sort key was given for the direction", f"one of {keys}")
    return f"{key.value},{way.value}"


def required_choice(value: E | str, name: str, enum: type[E]) -> E:
    chosen = choice(value, name, enum)
    if isinstance(chosen, Unset):
        raise _fail(name, "None is not a known value", f"one of {', '.join(repr(m.value) for m in enum)}")
    return chosen


def api_date(value: date | datetime | str, name: str) -> str:
    """A date for the messages API: dates as YYYY-MM-DD, datetimes in UTC.

    Naive datetimes are taken to be UTC already, as Flowroute's ranges are UTC.
    """
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    expected = "a date, a datetime, or text like '2024-02-10' or '2024-02-10T18:22:06Z'"
    if not isinstance(value, str) or not _DATE_TEXT.fullmatch(value.strip()):
        raise _fail(name, f"{_describe(value)} is not a date", expected)
    try:
        datetime.fromisoformat(value.strip())
    except ValueError:
        raise _fail(name, f"{_describe(value)} is not a real date", expected) from None
    return value.strip()


def optional_api_date(value: date | datetime | str | None, name: str) -> str | Unset:
    return UNSET if value is None else api_date(value, name)


def message_body(value: str | None, *, has_media: bool, name: str = "body") -> str | Unset:
    if value is None:
        if has_media:
            return UNSET
        raise _fail(name, "no text and no media_urls", "message text, media_urls, or both")
    if not isinstance(value, str):
        raise _fail(name, f"a {type(value).__name__} was given", "a string")
    if not value and not has_media:
        raise _fail(name, "the text is empty", "non-empty message text (or media_urls)")
    size = len(value.encode("utf-8"))
    if size > MAX_MESSAGE_BYTES:
        raise _fail(
            name,
            f"the text is {size:,} bytes",
            f"at most {MAX_MESSAGE_BYTES:,} bytes (Flowroute's MMS limit)",
        )
    return value


def urls(value: list[str] | tuple[str, ...] | None, name: str) -> list[str] | Unset:
    if value is None:
        return UNSET
    if isinstance(value, str) or not isinstance(value, list | tuple) or not value:
        raise _fail(name, f"{_describe(value)} is not a list of URLs", "a non-empty list of http(s) URLs")
    for index, item in enumerate(value):
        url(item, f"{name}[{index}]")
    return list(value)


def url(value: str | None, name: str) -> str | Unset:
    """A URL Flowroute will fetch or call: absolute http(s), parseable, with nothing to escape."""
    if value is None:
        return UNSET
    expected = "an absolute http(s) URL such as 'https://example.com/a.jpg', with spaces percent-encoded"
    if not isinstance(value, str):
        raise _fail(name, f"{_describe(value)} is not a URL", expected)
    if any(ch.isspace() or ch < " " or ch == "\x7f" or "\ud800" <= ch <= "\udfff" for ch in value):
        raise _fail(name, "it contains whitespace or a control character", expected)
    try:
        parsed = httpx.URL(value)
    except (httpx.InvalidURL, ValueError):
        raise _fail(name, f"{_describe(value)} does not parse as a URL", expected) from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise _fail(name, f"{_describe(value)} is not an absolute http(s) URL", expected)
    return value


def json_object(value: Any, name: str, expected: str) -> dict[str, Any]:
    """A dict, or JSON text that decodes to an object."""
    if isinstance(value, str | bytes):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise _fail(name, f"the JSON text does not parse ({exc})", expected) from None
    if not isinstance(value, dict):
        raise _fail(name, f"a {type(value).__name__} was given", expected)
    return value


def model(value: Any, name: str, cls: type[M], from_dict: Callable[[Mapping[str, Any]], M]) -> M:
    """A request body given as the generated model, a dict or a JSON string."""
    if isinstance(value, cls):
        return value
    value = json_object(value, name, f"a {cls.__name__}, a dict or JSON text")
    try:
        return from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _fail(name, f"the body does not fit {cls.__name__} ({exc!r})", f"the shape of {cls.__name__}") from None


_RESOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_CNAM_VALUE = re.compile(r"[A-Za-z0-9 _.,@+&'/\"-]{1,15}")


def resource_id(value: str | int, name: str) -> str:
    """An E911, CNAM, port-order or CDR-export id in a path: one safe segment."""
    expected = "an id such as '20930' (letters, digits, '-', '_' or '.')"
    text = _text_of(value, name, expected)
    if not _RESOURCE_ID.fullmatch(text):
        raise _fail(name, f"{_describe(value)} is not an id", expected)
    return text


def required_text(value: str | int | None, name: str, *, max_length: int = 255) -> str:
    """A required string field; ints are accepted where Flowroute's examples use digit strings."""
    expected = f"a non-empty string of at most {max_length} characters"
    if value is None:
        raise _fail(name, "None was given", expected)
    text = _text_of(value, name, expected)
    if not text or len(text) > max_length:
        raise _fail(name, f"{_describe(value)} is not allowed", expected)
    return text


def e164_numbers(value: Any, name: str, *, allow_empty: bool = False) -> list[str]:
    """Porting and provisioning numbers: a list of E.164 strings with the leading ``+``."""
    expected = "a list of E.164 numbers with a leading + such as ['+12065550100']"
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        raise _fail(name, f"{_describe(value)} is not a list", expected)
    if not value and not allow_empty:
        raise _fail(name, "the list is empty", expected)
    for index, number in enumerate(value):
        if not isinstance(number, str) or not _E164.fullmatch(number):
            raise _fail(f"{name}[{index}]", f"{_describe(number)} is not an E.164 number with +", expected)
    return list(value)


def cnam_value(value: str, name: str = "value") -> str:
    """Flowroute's caller-name rules: 1-15 characters, at least one letter, few specials."""
    expected = "1-15 characters with at least one letter; letters, digits, space and - _ . , @ + & ' / \""
    if not isinstance(value, str):
        raise _fail(name, f"{_describe(value)} is not a string", expected)
    if not _CNAM_VALUE.fullmatch(value):
        problem = "is longer than 15 characters" if len(value) > 15 else "has a character CNAM does not allow"
        raise _fail(name, f"{_describe(value)} {problem if value else 'is empty'}", expected)
    if not any(ch.isalpha() for ch in value):
        raise _fail(name, f"{_describe(value)} has no letter", expected)
    return value


def utc_datetime(value: datetime | str, name: str) -> datetime:
    """A moment for a filter: aware datetimes as given, naive ones (and text without offset) as UTC."""
    expected = "a datetime or ISO 8601 text such as '2024-03-01T00:00:00Z'"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise _fail(name, f"{_describe(value)} is not a date-time", expected) from None
    if not isinstance(value, datetime):
        raise _fail(name, f"{_describe(value)} is not a datetime", expected)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value

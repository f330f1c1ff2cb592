"""Argument checks that run before any request is built.

Every API fact comes from the spec: the generated operation layer gives each
parameter and body field a ``Rule`` with the schema's constraints, and
``checked``/``body_json`` apply them. The functions at the top serve the
hand-written conveniences (message text, E911 spellings, JSON bodies);
``CROSS_FIELD_CHECKS`` lists the checks across parameters a schema cannot state.

Each check names the parameter, says what is wrong and what is accepted.
Message bodies are never echoed back: they may be private.
"""

from __future__ import annotations

import copy
import functools
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
M = TypeVar("M")

# Flowroute documents 750 kB for an MMS, text included, and no SMS maximum; no
# message can carry more text than that.
MAX_MESSAGE_BYTES: Final = 750_000


__all__ = ["InvalidParameterError"]


def _fail(name: str, problem: str, expected: str) -> InvalidParameterError:
    return InvalidParameterError(name, problem, expected)


def _describe(value: object) -> str:
    try:
        text = repr(value)
    except ValueError:  # an int past Python's 4,300-digit conversion limit
        return f"an integer of {value.bit_length()} bits" if isinstance(value, int) else type(value).__name__
    except RecursionError:  # a container nested deeper than the interpreter recurses
        return f"a deeply nested {type(value).__name__}"
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
        raise _fail(name, f"{_describe(value)} is out of range", expected)
    return value


def offset(value: int | None, name: str = "offset") -> int | Unset:
    if value is None:
        return UNSET
    if not _is_int(value) or value < 0:
        raise _fail(name, f"{_describe(value)} is not allowed", "an integer >= 0")
    return value


def flag(value: bool | None, name: str) -> bool | Unset:
    """An on/off option: only a real bool, as ``bool('false')`` would be True."""
    if value is None:
        return UNSET
    if not isinstance(value, bool):
        raise _fail(name, f"{_describe(value)} is not a boolean", "True or False")
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


def api_date(value: date | datetime | str, name: str, pattern: re.Pattern[str]) -> str:
    """A date for the messages API: dates as YYYY-MM-DD, datetimes in UTC.

    Naive datetimes are taken to be UTC already, as Flowroute's ranges are UTC.
    """
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    expected = "a date, a datetime, or text like '2024-02-10' or '2024-02-10T18:22:06Z'"
    if not isinstance(value, str) or not pattern.fullmatch(value.strip()):
        raise _fail(name, f"{_describe(value)} is not a date", expected)
    try:
        datetime.fromisoformat(value.strip())
    except ValueError:
        raise _fail(name, f"{_describe(value)} is not a real date", expected) from None
    return value.strip()


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
        except RecursionError:
            raise _fail(name, "the JSON text is nested too deeply to read", expected) from None
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


# --- checks from the spec's constraint tables ----------------------------------------------
# The generated operation layer (generated/flowroute_api/operations) describes every parameter
# and body field with a ``Rule`` built from its schema; nothing below restates an API fact.


class Rule:
    """One parameter's or body field's constraints, as the spec states them."""

    __slots__ = (
        "accepts_int",
        "const",
        "described",
        "enum",
        "fmt",
        "items",
        "kind",
        "max_length",
        "maximum",
        "min_length",
        "minimum",
        "name",
        "nullable",
        "options",
        "pattern",
        "regex",
        "required",
        "required_with",
        "strip",
        "types",
        "values",
    )

    def __init__(
        self,
        name: str,
        kind: str,
        *,
        pattern: str | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        enum: type[Enum] | None = None,
        fmt: str | None = None,
        const: str | None = None,
        items: Rule | None = None,
        accepts_int: bool = False,
        strip: str | None = None,
        expected: str | None = None,
        nullable: bool = False,
        types: tuple[str, ...] = (),
        values: tuple[Any, ...] = (),
        required: bool = False,
        required_with: tuple[str, ...] = (),
        options: tuple[Rule, ...] = (),
    ) -> None:
        self.name = name
        self.kind = kind
        self.pattern = pattern
        self.regex = re.compile(pattern) if pattern else None
        self.minimum = minimum
        self.maximum = maximum
        self.min_length = min_length
        self.max_length = max_length
        self.enum = enum
        self.fmt = fmt
        self.const = const
        self.items = items
        self.accepts_int = accepts_int
        self.strip = strip
        self.described = expected
        self.nullable = nullable
        self.types = types
        self.values = values
        self.required = required
        # A body field required whenever one of these siblings is present (dependentRequired).
        self.required_with = required_with
        # kind "any_of": the value passes when one of these rules accepts it (the spec's anyOf).
        self.options = options

    def __repr__(self) -> str:
        return f"Rule({self.name!r}, {self.kind!r})"

    def expected(self) -> str:
        """What the spec accepts, in words."""
        if self.described:
            return self.described
        if self.kind == "enum":
            values = [member.value for member in self.enum] if self.enum is not None else self.values
            return "one of " + ", ".join(repr(value) for value in values)
        if self.kind in ("integer", "number"):
            noun = "an integer" if self.kind == "integer" else "a number"
            if self.minimum is not None and self.maximum is not None:
                return f"{noun} from {_num(self.minimum)} to {_num(self.maximum)}"
            if self.minimum is not None:
                return f"{noun} >= {_num(self.minimum)}"
            return f"{noun} <= {_num(self.maximum)}" if self.maximum is not None else noun
        if self.kind == "boolean":
            return "True or False"
        if self.kind == "any_of":
            return " or ".join(option.expected() for option in self.options)
        if self.kind == "union":
            return " or ".join(_JSON_TYPES[kind][1] for kind in self.types)
        if self.kind == "date":
            return "a date, a datetime, or text like '2024-02-10' or '2024-02-10T18:22:06Z'"
        if self.kind == "array":
            return f"a list of {self.items.expected() if self.items else 'values'}"
        if self.const is not None:
            return repr(self.const)
        if self.fmt == "uri":
            return "an absolute http(s) URL"
        parts = ["a string"]
        if self.pattern:
            parts.append(f"matching {self.pattern}")
        if self.min_length is not None and self.max_length is not None:
            parts.append(f"of {self.min_length} to {self.max_length} characters")
        elif self.max_length is not None:
            parts.append(f"of at most {self.max_length} characters")
        elif self.min_length:
            parts.append(f"of at least {self.min_length} character{'s' * (self.min_length > 1)}")
        return " ".join(parts)

    def check(self, value: Any) -> Any:
        """The value in wire form, or ``InvalidParameterError`` naming this parameter."""
        try:
            return self._check(value)
        except InvalidParameterError:
            raise
        except (UnicodeError, ValueError, TypeError, OverflowError, RecursionError) as exc:
            # A value Python itself cannot handle: a 4,300-digit int, an aware datetime.max, …
            raise _fail(self.name, f"it cannot be used ({type(exc).__name__})", self.expected()) from None

    def _check(self, value: Any) -> Any:
        if value is None:
            if self.required:
                raise _fail(self.name, "None was given", self.expected())
            return None
        kind = self.kind
        if kind == "string":
            return self._string(value)
        if kind in ("integer", "number"):
            return self._number(value)
        if kind == "boolean":
            if not isinstance(value, bool):
                raise _fail(self.name, f"{_describe(value)} is not a boolean", "True or False")
            return value
        if kind == "enum":
            if self.enum is not None:
                return choice(value, self.name, self.enum).value  # type: ignore[union-attr]
            if value not in self.values or isinstance(value, bool):
                raise _fail(self.name, f"{_describe(value)} is not a known value", self.expected())
            return value
        if kind == "any_of":
            for option in self.options:
                try:
                    return option.check(value)
                except InvalidParameterError:
                    continue
            raise _fail(self.name, f"{_describe(value)} is not allowed", self.expected())
        if kind == "union":
            if not any(
                (isinstance(value, _JSON_TYPES[t][0]) and not isinstance(value, bool))
                or (t == "boolean" and isinstance(value, bool))
                for t in self.types
            ):
                raise _fail(self.name, f"{_describe(value)} has type {type(value).__name__}", self.expected())
            return value
        if kind == "date":
            assert self.regex is not None
            return api_date(value, self.name, self.regex)
        return self._array(value)

    def _string(self, value: Any) -> str:
        if self.accepts_int and _is_int(value):
            value = str(value)
        if not isinstance(value, str):
            raise _fail(self.name, f"{_describe(value)} has type {type(value).__name__}", self.expected())
        if self.regex is not None:
            value = value.strip()
            if self.strip:
                value = value.removeprefix(self.strip)
            if not self.regex.fullmatch(value):
                raise _fail(self.name, f"{_describe(value)} is not allowed", self.expected())
        if (self.min_length is not None and len(value) < self.min_length) or (
            self.max_length is not None and len(value) > self.max_length
        ):
            raise _fail(self.name, f"{_describe(value)} has {len(value)} characters", self.expected())
        if self.const is not None and value != self.const:
            raise _fail(self.name, f"{_describe(value)} is not allowed", self.expected())
        if self.fmt == "uri":
            url(value, self.name)
        return str(value)

    def _number(self, value: Any) -> float:
        whole = _is_int(value)
        if not whole and (self.kind == "integer" or isinstance(value, bool) or not isinstance(value, float)):
            noun = "an integer" if self.kind == "integer" else "a number"
            raise _fail(self.name, f"{_describe(value)} is not {noun}", self.expected())
        if not whole and (value != value or value in (float("inf"), float("-inf"))):
            raise _fail(self.name, f"{value} is not a finite number", self.expected())
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            raise _fail(self.name, f"{_describe(value)} is out of range", self.expected())
        return value  # type: ignore[no-any-return]

    def _array(self, value: Any) -> list[Any]:
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise _fail(self.name, f"{_describe(value)} is not a list", self.expected())
        if self.min_length is not None and len(value) < self.min_length:
            raise _fail(self.name, f"the list has {len(value)} items", self.expected())
        if self.max_length is not None and len(value) > self.max_length:
            raise _fail(self.name, f"the list has {len(value)} items", self.expected())
        if self.items is None:
            return list(value)
        out = []
        for index, item in enumerate(value):
            try:
                out.append(self.items.check(item))
            except InvalidParameterError as exc:
                raise _fail(f"{self.name}[{index}]", exc.problem, exc.expected) from None
        return out


# JSON Schema type -> (Python types, words for "expected").
_JSON_TYPES: Final[dict[str, tuple[type | tuple[type, ...], str]]] = {
    "string": (str, "a string"),
    "integer": (int, "an integer"),
    "number": ((int, float), "a number"),
    "boolean": (bool, "True or False"),
}


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def checked(rules: tuple[Rule, ...], values: tuple[Any, ...]) -> list[Any]:
    """Each value checked by its rule, in wire form (None stays None)."""
    return [rule.check(value) for rule, value in zip(rules, values, strict=True)]


def present(pairs: tuple[tuple[str, Any], ...]) -> dict[str, Any] | None:
    """Query parameters that were given."""
    params = {name: value for name, value in pairs if value is not None}
    return params or None


def body_json(value: Any, name: str, models: tuple[type, ...], rules: tuple[tuple[str, Rule], ...]) -> Any:
    """A request body (a generated model, its JSON form as a mapping, or JSON text) as checked JSON.

    A mapping the caller passed is copied only if a check changes a value in it
    (an int id sent as text, an enum member as its value).
    """
    if value is None:
        return None
    if isinstance(value, models):
        data: Any = value.to_dict()  # type: ignore[attr-defined]
        fresh = True
    elif isinstance(value, dict):
        data, fresh = value, False
    elif isinstance(value, Mapping | str | bytes):
        data = json_object(value, name, _body_forms(models)) if isinstance(value, str | bytes) else dict(value)
        fresh = True
    else:
        raise _fail(name, f"a {type(value).__name__} was given", _body_forms(models))
    changes: list[tuple[Any, str, Any]] = []
    _check_body(data, rules, name, changes)
    if changes and not fresh:
        data = copy.deepcopy(dict(data))
        changes.clear()
        _check_body(data, rules, name, changes)
    for node, key, checked_value in changes:
        node[key] = checked_value
    return data if fresh or changes else dict(data)


def _check_body(data: Any, rules: tuple[tuple[str, Rule], ...], name: str, changes: list[tuple[Any, str, Any]]) -> None:
    if not isinstance(data, dict):
        return
    for key, parts, rule, always in _by_key(rules):
        # A rule under a key the body lacks has nothing to check (a oneOf body's other form).
        if always or key in data:
            _check_path(data, parts, rule, name, changes)


@functools.cache
def _by_key(rules: tuple[tuple[str, Rule], ...]) -> tuple[tuple[str, tuple[str, ...], Rule, bool], ...]:
    """Each rule with its path split, the body key it starts at, and whether a body without that key needs it."""
    planned = []
    for path, rule in rules:
        parts = tuple(path.split("."))
        alone = len(parts) == 1 and not parts[0].endswith("[]")
        planned.append(
            (parts[0].removesuffix("[]"), parts, rule, alone and (rule.required or bool(rule.required_with)))
        )
    return tuple(planned)


def _body_forms(models: tuple[type, ...]) -> str:
    accepted = " or ".join(model.__name__ for model in models)
    return f"a {accepted}, a dict in its JSON form, or JSON text"


def _check_path(node: Any, parts: tuple[str, ...], rule: Rule, where: str, changes: list[tuple[Any, str, Any]]) -> None:
    if type(node) is not dict and not isinstance(node, dict):
        return
    head, rest = parts[0], parts[1:]
    many = head.endswith("[]")
    key = head.removesuffix("[]") if many else head
    if key not in node:
        if rest or many:
            return
        if rule.required:
            raise _fail(f"{where}.{key}", "the field is missing", rule.expected())
        given = [sibling for sibling in rule.required_with if node.get(sibling) is not None]
        if given:
            raise _fail(f"{where}.{key}", f"{' and '.join(given)} given without it", rule.expected())
        return
    if many and rest:
        items = node[key]
        if isinstance(items, list):
            for index, item in enumerate(items):
                _check_path(item, rest, rule, f"{where}.{key}[{index}]", changes)
        return
    if rest:
        _check_path(node[key], rest, rule, f"{where}.{key}", changes)
        return
    given = node[key]
    if given is None and not rule.nullable:
        raise _fail(f"{where}.{key}", "null was given", rule.expected())
    try:
        checked_value = rule.check(given)
    except InvalidParameterError as exc:
        # Keeps an item's index: rule "add" failing as "add[2]" becomes "body.add[2]".
        raise _fail(f"{where}.{key}{exc.parameter[len(rule.name) :]}", exc.problem, exc.expected) from None
    if (checked_value is not given and checked_value != given) or type(checked_value) is not type(given):
        changes.append((node, key, checked_value))


def _dates_in_order(values: Mapping[str, Any]) -> None:
    start, end = values.get("start_date"), values.get("end_date")
    if start is None or end is None:
        return
    if _moment(end) < _moment(start):
        raise _fail("end_date", f"{end} is before start_date {start}", "a date on or after start_date")


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _export_window(values: Mapping[str, Any]) -> None:
    filters = values.get("body")
    for key in ("data", "attributes", "filter_parameters"):
        filters = filters.get(key) if isinstance(filters, Mapping) else None
    if not isinstance(filters, Mapping):
        return
    moments = {}
    for name in ("start_call_start_time", "start_call_end_time"):
        text = filters.get(name)
        if not isinstance(text, str):
            return
        try:
            moments[name] = _moment(text)
        except ValueError:
            raise _fail(name, f"{text!r} is not a date-time", "RFC 3339 text such as '2024-03-01T00:00:00Z'") from None
    start, end = moments["start_call_start_time"], moments["start_call_end_time"]
    if end <= start:
        raise _fail("start_call_end_time", f"{end} is not after start_call_start_time {start}", "a later moment")
    if (end - start).days > 92:
        raise _fail("start_call_end_time", "the window is longer than 92 days", "at most 92 days after the start")


# Checks across parameters (and body fields) that a schema cannot state. The spec names
# them in an operation's ``x-sdk-checks``; this is the one list of them.
CROSS_FIELD_CHECKS: Final[dict[str, Callable[[Mapping[str, Any]], None]]] = {
    # A range whose end precedes its start matches nothing; the API does not say so.
    "dates_in_order": _dates_in_order,
    # A CDR export covers a window that ends after it starts, of at most 92 days.
    "export_window": _export_window,
}


def cross_check(name: str, rules: tuple[Rule, ...], values: list[Any], body: Any = None) -> None:
    """Run the named check on an operation's checked parameters, and its checked body as ``body``."""
    named = {rule.name: value for rule, value in zip(rules, values, strict=True)}
    if body is not None:
        named["body"] = body
    CROSS_FIELD_CHECKS[name](named)


def by_keyword(build: Callable[[], M], names: Mapping[str, str] | None = None) -> M:
    """Run a builder whose body a convenience assembled from keyword arguments.

    A refused body field is then named by its keyword (``alias``), not by its
    place in the body (``route_body.data.attributes.alias``); ``names`` maps
    body fields to keywords where they differ (``{"zip": "zipcode"}``).
    """
    try:
        return build()
    except InvalidParameterError as exc:
        keyword = exc.parameter.rsplit(".", 1)[-1]
        field, bracket, index = keyword.partition("[")
        keyword = (names or {}).get(field, field) + bracket + index
        raise _fail(keyword, exc.problem, exc.expected) from None

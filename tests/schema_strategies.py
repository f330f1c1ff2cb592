"""Hypothesis strategies for the JSON Schema subset the spec uses.

Schemathesis can produce bodies from these schemas too (a synthetic OpenAPI
document with one POST per schema), but on this machine it needed 15-100 s per
200 bodies of one schema, which is far too slow for a file that walks every
response schema. This builder is small because the spec's schemas are: it
understands the keywords listed in ``_KNOWN`` and refuses any other, so a new
keyword in the spec fails loudly here instead of producing invalid bodies.

Every strategy is tied to a JSON pointer into the spec, and the tests assert
each generated value against ``devtools.spec.validator_at`` of that pointer.
"""

from __future__ import annotations

import functools
import json
import re
import re._parser as sre  # type: ignore[import-not-found]  # the parser re itself uses
import string
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from devtools.spec import load_spec, validator_at

Strategy = st.SearchStrategy[Any]

_ANNOTATIONS = frozenset({"description", "examples", "title", "default", "deprecated", "readOnly", "writeOnly"})
_KNOWN = _ANNOTATIONS | {
    "$ref",
    "type",
    "const",
    "enum",
    "oneOf",
    "anyOf",
    "format",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "items",
    "minItems",
    "maxItems",
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "dependentRequired",
}
_FORMATS = frozenset({"date-time", "uri"})

# Offsets in whole minutes: RFC 3339 has no seconds in an offset.
_OFFSETS = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda minutes: UTC if minutes == 0 else timezone(timedelta(minutes=minutes))
)


def _rfc3339(moment: datetime, spec: str, zulu: bool) -> str:
    text = moment.isoformat(timespec=spec)
    return text[:-6] + "Z" if zulu and text.endswith("+00:00") else text


_EARLIEST = datetime(1, 1, 2)  # a day of margin so any offset stays inside datetime's range
_SPAN = int((datetime(9999, 12, 30) - _EARLIEST).total_seconds())


def _moment(seconds: int, micros: int, zone: timezone) -> datetime:
    return (_EARLIEST + timedelta(seconds=seconds, microseconds=micros)).replace(tzinfo=zone)


# Built from two integers rather than st.datetimes(): far fewer choices per value.
DATE_TIMES: Strategy = st.builds(
    _rfc3339,
    st.builds(
        _moment,
        st.integers(min_value=0, max_value=_SPAN),
        st.integers(min_value=0, max_value=999_999),
        st.one_of(st.just(UTC), _OFFSETS),
    ),
    st.sampled_from(["seconds", "milliseconds", "microseconds"]),
    st.booleans(),
)

# Text strategies with an alphabet are one choice each, where from_regex would draw every character.
_HOST = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=12)
_PATH = st.text(alphabet=string.ascii_letters + string.digits + "-._~!$&'()*+,;=:@/?", max_size=24)
URIS: Strategy = st.builds(
    lambda scheme, host, tld, path: f"{scheme}://{host}.{tld}/{path}",
    st.sampled_from(["https", "http"]),
    _HOST,
    st.sampled_from(["com", "net", "test", "example:8443"]),
    _PATH,
)

# Small arbitrary JSON for schemas that allow anything (``{}`` or additionalProperties: true).
# Flat on purpose: st.recursive costs many choices per value, and depth adds nothing here.
_SCALARS: Strategy = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8)
)
ANY_JSON: Strategy = (
    _SCALARS | st.lists(_SCALARS, max_size=2) | st.dictionaries(st.text(max_size=6), _SCALARS, max_size=2)
)


def from_pattern(pattern: str) -> Strategy:
    """Strings matching ``pattern``: one choice per run of a character class when the
    pattern is a plain sequence (``^mdr[12]-[0-9a-f]{32}$``), else ``st.from_regex``."""
    parts: list[Strategy] = []
    try:
        parsed = list(sre.parse(pattern))
    except re.error:
        return st.from_regex(pattern, fullmatch=True)
    for index, (op, arg) in enumerate(parsed):
        if op is sre.AT and (
            (index == 0 and arg is sre.AT_BEGINNING) or (index == len(parsed) - 1 and arg is sre.AT_END)
        ):
            continue
        if op is sre.LITERAL:
            parts.append(st.just(chr(arg)))
            continue
        low, high, item = 1, 1, [(op, arg)]
        if op is sre.MAX_REPEAT:
            low, high, item = arg[0], arg[1], list(arg[2])
        alphabet = _alphabet(item)
        if alphabet is None:
            return st.from_regex(pattern, fullmatch=True)
        parts.append(st.text(alphabet=alphabet, min_size=low, max_size=None if high is sre.MAXREPEAT else high))
    return st.tuples(*parts).map("".join)


def _alphabet(item: list[tuple[Any, Any]]) -> str | None:
    if len(item) != 1:
        return None
    op, arg = item[0]
    if op is sre.LITERAL:
        return chr(arg)
    if op is not sre.IN:
        return None
    chars: list[str] = []
    for kind, value in arg:
        if kind is sre.LITERAL:
            chars.append(chr(value))
        elif kind is sre.RANGE:
            chars.extend(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None  # a negated class or a category: leave it to from_regex
    return "".join(chars)


class StrategyBuilder:
    """Builds (and caches, per JSON pointer) a strategy for a schema in the spec."""

    def __init__(self) -> None:
        self._built: dict[str, Strategy] = {}
        self._building: set[str] = set()

    def for_pointer(self, pointer: str) -> Strategy:
        """The strategy for the schema at ``pointer`` (``/components/schemas/RoutePage``).

        A top-level object also gets an undeclared field now and then.
        """
        strategy = self._ref(pointer)
        schema = pointer_get(pointer)
        if isinstance(schema, dict) and schema.get("type") == "object" and schema.get("additionalProperties") is None:
            strategy = st.builds(_merge, strategy, _extras(set(schema.get("properties", {})), ANY_JSON))
        return strategy

    # --- dispatch ---------------------------------------------------------------------

    def _ref(self, pointer: str) -> Strategy:
        if pointer in self._built:
            return self._built[pointer]
        if pointer in self._building:
            # A schema that contains itself: defer, so building it does not recurse forever.
            return st.deferred(lambda: self._built[pointer])
        self._building.add(pointer)
        try:
            self._built[pointer] = self._build(pointer_get(pointer), pointer)
        finally:
            self._building.discard(pointer)
        return self._built[pointer]

    def _build(self, schema: Any, pointer: str) -> Strategy:
        if schema is True or schema == {}:
            return ANY_JSON
        if not isinstance(schema, dict):
            raise NotImplementedError(f"{pointer}: schema {schema!r} is not an object")
        unknown = {key for key in set(schema) - _KNOWN if not key.startswith("x-")}
        if unknown:
            raise NotImplementedError(f"{pointer}: keywords {sorted(unknown)} are not supported by this builder")
        if "$ref" in schema:
            if set(schema) - _ANNOTATIONS - {"$ref"}:
                raise NotImplementedError(f"{pointer}: $ref with constraining siblings")
            return self._ref(schema["$ref"].removeprefix("#"))
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                return self._alternatives(schema, keyword, pointer)
        types = schema.get("type")
        if types is None:
            if set(schema) - _ANNOTATIONS:
                raise NotImplementedError(f"{pointer}: constraints without a type")
            return ANY_JSON
        if isinstance(types, str):
            types = [types]
        return st.one_of([self._typed(t, schema, pointer) for t in types])

    def _alternatives(self, schema: dict[str, Any], keyword: str, pointer: str) -> Strategy:
        if set(schema) - _ANNOTATIONS - {keyword}:
            raise NotImplementedError(f"{pointer}: {keyword} with sibling constraints")
        branches = [f"{pointer}/{keyword}/{i}" for i in range(len(schema[keyword]))]
        options = [self._build(pointer_get(b), b) for b in branches]
        if keyword == "anyOf":
            return st.one_of(options)
        kinds = [_json_types(pointer_get(b)) for b in branches]
        if all(k is not None for k in kinds) and sum(map(len, kinds)) == len(set().union(*kinds)):  # type: ignore[arg-type]
            return st.one_of(options)  # branches of different JSON types cannot overlap
        validators = [validator_at(b) for b in branches]

        def exactly_one(value: Any) -> bool:
            return sum(v.is_valid(value) for v in validators) == 1

        return st.one_of(options).filter(exactly_one)

    # --- one JSON type ---------------------------------------------------------------------

    def _typed(self, kind: str, schema: dict[str, Any], pointer: str) -> Strategy:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "integer":
            return st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))
        if kind == "number":
            low, high = schema.get("minimum"), schema.get("maximum")
            return st.integers(min_value=low, max_value=high) | st.floats(
                min_value=low, max_value=high, allow_nan=False, allow_infinity=False
            )
        if kind == "string":
            return self._string(schema, pointer)
        if kind == "array":
            items = self._build(schema.get("items", {}), f"{pointer}/items")
            low = schema.get("minItems", 0)
            return st.lists(items, min_size=low, max_size=schema.get("maxItems", low + 2))
        if kind == "object":
            return self._object(schema, pointer)
        raise NotImplementedError(f"{pointer}: type {kind!r}")

    def _string(self, schema: dict[str, Any], pointer: str) -> Strategy:
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        fmt, pattern = schema.get("format"), schema.get("pattern")
        if fmt is not None and fmt not in _FORMATS:
            raise NotImplementedError(f"{pointer}: format {fmt!r}")
        if fmt is not None and pattern is not None:
            raise NotImplementedError(f"{pointer}: format and pattern together")
        if fmt == "date-time":
            base = DATE_TIMES
        elif fmt == "uri":
            base = URIS
        elif pattern is not None:
            base = from_pattern(pattern)
        else:
            return st.text(min_size=low, max_size=high if high is not None else max(low, 0) + 20)

        if low == 0 and high is None:
            return base

        def fits(text: str) -> bool:
            return low <= len(text) and (high is None or len(text) <= high)

        return base.filter(fits)

    def _object(self, schema: dict[str, Any], pointer: str) -> Strategy:
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        missing = required - set(properties)
        if missing:
            raise NotImplementedError(f"{pointer}: required {sorted(missing)} without properties")
        strategies = {
            name: self._build(sub, f"{pointer}/properties/{_escape(name)}") for name, sub in properties.items()
        }
        fixed = st.fixed_dictionaries(
            {k: v for k, v in strategies.items() if k in required},
            optional={k: v for k, v in strategies.items() if k not in required},
        )
        # Servers add fields over time and the models must keep parsing them. Undeclared
        # fields are added where the spec names them (additionalProperties), in attributes
        # objects (where new fields appear) and at the top (see for_pointer): everywhere
        # would cost a fifth of the generation time for little more coverage.
        extra_schema = schema.get("additionalProperties")
        combined = fixed
        if extra_schema is not False and (extra_schema is not None or _attributes_like(pointer)):
            if extra_schema is None or extra_schema is True:
                values = ANY_JSON
            else:
                values = self._build(extra_schema, f"{pointer}/additionalProperties")
            combined = st.builds(_merge, fixed, _extras(set(properties), values))
        checks: list[Callable[[dict[str, Any]], bool]] = []
        if "minProperties" in schema:
            least = schema["minProperties"]
            checks.append(lambda d: len(d) >= least)
        for trigger, needed in schema.get("dependentRequired", {}).items():
            checks.append(functools.partial(_dependents_present, trigger, tuple(needed)))
        if checks:
            combined = combined.filter(lambda d: all(check(d) for check in checks))
        return combined


def pointer_get(pointer: str) -> Any:
    """The node at a JSON pointer into the spec, through objects and arrays."""
    node: Any = load_spec()
    for raw in pointer.strip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _json_types(schema: Any) -> frozenset[str] | None:
    """The JSON types a schema's values can have, when plain to see (else None)."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = pointer_get(schema["$ref"].removeprefix("#"))
    if not isinstance(schema, dict):
        return None
    if "const" in schema or "enum" in schema:
        values = [schema["const"]] if "const" in schema else schema["enum"]
        names = {type(v).__name__ for v in values}
        table = {"str": "string", "NoneType": "null", "bool": "boolean", "dict": "object", "list": "array"}
        return frozenset(table[n] for n in names) if names <= set(table) else None
    kind = schema.get("type")
    if kind is None:
        return None
    kinds = [kind] if isinstance(kind, str) else kind
    # Every integer is a number, so the two must count as the same type here.
    return frozenset("number" if k == "integer" else k for k in kinds)


def _dependents_present(trigger: str, needed: tuple[str, ...], value: dict[str, Any]) -> bool:
    return trigger not in value or all(key in value for key in needed)


def _attributes_like(pointer: str) -> bool:
    return "attributes" in pointer.rsplit("/", 1)[-1].lower()


def _extras(known: set[str], values: Strategy) -> Strategy:
    keys = st.text(min_size=1, max_size=10).filter(lambda key: key not in known)
    return st.dictionaries(keys, values, max_size=1)


def _merge(fixed: dict[str, Any], extras: dict[str, Any]) -> dict[str, Any]:
    return {**extras, **fixed}


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def json_roundtrips(value: Any) -> Any:
    """``value`` as a server would deliver it: through JSON text and back."""
    return json.loads(json.dumps(value))

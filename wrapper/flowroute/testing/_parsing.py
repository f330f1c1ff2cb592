"""Reading a request: credentials, path and query values, and the body, each checked by the spec."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from ._errors import ApiError

if TYPE_CHECKING:
    from ._spec import Operation, Spec
    from ._validation import Validators


def check_basic_auth(headers: Mapping[str, str], access_key: str, secret_key: str) -> None:
    """401 unless the request carries Basic credentials equal to the account's."""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    try:
        user, _, password = base64.b64decode(token, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        user = password = ""
    if scheme.lower() != "basic" or (user, password) != (access_key, secret_key):
        raise ApiError(401, "Unauthorized", "Authentication failed.")


def preferred_example(header: str) -> dict[str, str]:
    """Prism's ``Prefer: code=207, example=bulk``: answer with that documented example."""
    found = {}
    for part in header.replace(";", ",").split(","):
        key, _, value = part.strip().partition("=")
        if key in ("code", "example") and value:
            found[key] = value
    return found


def coerce(spec: Spec, schema: dict[str, Any], raw: list[str], name: str) -> Any:
    """A query or path value as the JSON type its schema names (query strings are all text)."""
    resolved = spec.resolve(schema)
    kind = resolved.get("type")
    if kind == "array":
        items = spec.resolve(resolved.get("items", {}))
        values = [v for part in raw for v in part.split(",")] if len(raw) == 1 else raw
        return [coerce(spec, items, [v], name) for v in values]
    text = raw[-1]
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        raise ApiError(422, "Unprocessable Entity", f"Invalid {name}: {text!r} is not a {kind}") from None
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise ApiError(422, "Unprocessable Entity", f"Invalid {name}: {text!r} is not true or false")
        return text.lower() == "true"
    return text


class RequestReader:
    """Turns the raw parts of a request into checked values, by the operation's parameter and body schemas."""

    def __init__(self, spec: Spec, validators: Validators) -> None:
        self._spec = spec
        self._validators = validators

    def path_fits(self, op: Operation, values: dict[str, str]) -> bool:
        for param in op.parameters:
            if param.location == "path" and param.name in values:
                value = coerce(self._spec, param.schema, [values[param.name]], param.name)
                if self._validators.problem(param.pointer, value) is not None:
                    return False
        return True

    def path_params(self, op: Operation, values: dict[str, str]) -> dict[str, str]:
        if not self.path_fits(op, values):
            raise ApiError(404, None, "Could not find that resource on your account.")
        return values

    def query(self, op: Operation, query: str) -> dict[str, Any]:
        raw: dict[str, list[str]] = {}
        for key, value in parse_qsl(query, keep_blank_values=True):
            raw.setdefault(key, []).append(value)
        found: dict[str, Any] = {}
        for param in op.parameters:
            if param.location != "query":
                continue
            if param.name not in raw:
                if param.required:
                    raise ApiError(422, "Unprocessable Entity", f"Missing required parameter {param.name}.")
                continue
            value = coerce(self._spec, param.schema, raw[param.name], param.name)
            self._validators.check_request(param.pointer, value, f"parameter {param.name}")
            found[param.name] = value
        return found

    def body(self, op: Operation, body: bytes) -> Any:
        if op.body_pointer is None:
            return None
        if not body.strip():
            if op.body_required:
                raise ApiError(422, "Unprocessable Entity", "A request body is required.")
            return None
        try:
            parsed = json.loads(body)
        except ValueError:
            raise ApiError(422, "Unprocessable Entity", "The request body is not valid JSON.") from None
        self._validators.check_request(op.body_pointer, parsed, "request body")
        return parsed

"""JSON Schema checks against the packaged spec (OpenAPI 3.1 schemas are JSON Schema 2020-12)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import invalid

if TYPE_CHECKING:
    from ._spec import Spec

_SPEC_URI = "urn:flowroute-fake-spec"


class SchemaError(AssertionError):
    """A response or webhook the fake produced does not match the spec (a bug in the fake)."""


class Validators:
    """One cached validator per schema pointer; jsonschema is imported on first use."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._cache: dict[str, Any] = {}
        self._registry: Any = None

    def _validator(self, pointer: str) -> Any:
        found = self._cache.get(pointer)
        if found is None:
            try:
                from jsonschema import Draft202012Validator, FormatChecker
                from referencing import Registry
                from referencing.jsonschema import DRAFT202012
            except ImportError as exc:  # pragma: no cover - depends on the install
                raise ImportError("flowroute.testing needs jsonschema: pip install 'flowroute-sdk[testing]'") from exc
            if self._registry is None:
                resource = DRAFT202012.create_resource(self._spec.document)
                self._registry = Registry().with_resource(_SPEC_URI, resource)
            found = Draft202012Validator(
                {"$ref": f"{_SPEC_URI}#{pointer}"}, registry=self._registry, format_checker=FormatChecker()
            )
            self._cache[pointer] = found
        return found

    def problem(self, pointer: str, value: Any) -> str | None:
        """The first way ``value`` breaks the schema at ``pointer``, or None."""
        error = next(iter(self._validator(pointer).iter_errors(value)), None)
        if error is None:
            return None
        where = "/".join(str(p) for p in error.absolute_path)
        return f"{where or 'body'}: {error.message}"

    def check_request(self, pointer: str, value: Any, what: str) -> None:
        problem = self.problem(pointer, value)
        if problem is not None:
            raise invalid(f"Invalid {what}: {problem}")

    def check_produced(self, pointer: str, value: Any, what: str) -> None:
        problem = self.problem(pointer, value)
        if problem is not None:
            raise SchemaError(f"{what} does not match the spec: {problem}")

"""``RawResponse``: what ``client.with_raw_response`` returns, the answer before parsing.

``client.with_raw_response.numbers.list_account_phone_numbers()`` runs the same
pipeline (retries, errors, logging) as ``client.numbers.list_account_phone_numbers()``
but hands back the status, the headers and the body, and parses into the typed
model only when ``parse()`` is called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

import httpx

from . import _json
from ._exceptions import ResponseValidationError
from ._logging import redact_phone_numbers

T = TypeVar("T")


class RawResponse(Generic[T]):
    """A successful answer as the server sent it; ``parse()`` gives the typed result."""

    __slots__ = ("_content", "_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[Any], T] | None, content: bytes) -> None:
        # The pipeline read the body under its size cap; http_response itself was streamed.
        self.http_response: httpx.Response = http_response
        self._content = content
        self._parse = parse
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self._content

    @property
    def text(self) -> str:
        return self._content.decode(self.http_response.charset_encoding or "utf-8", errors="replace")

    def json(self) -> Any:
        """The body decoded as JSON, without the model."""
        return _json.loads(self._content)

    def parse(self) -> T:
        """The typed result the plain method returns (None for an answer without body); parsed once."""
        if self._parsed is None:
            self._parsed = (self._read(),)
        return self._parsed[0]

    def _read(self) -> T:
        if self._parse is None:
            return cast(T, None)
        try:
            data = self.json()
        except (ValueError, RecursionError) as exc:
            raise self._invalid(f"the body is not JSON ({exc})") from exc
        try:
            return self._parse(data)
        except Exception as exc:
            raise self._invalid(f"the body does not match the documented shape ({exc!r})") from exc

    def _invalid(self, problem: str) -> ResponseValidationError:
        request = self.http_response.request
        return ResponseValidationError(
            f"{request.method} {redact_phone_numbers(request.url.path)} returned {self.status_code} but {problem}",
            method=request.method,
            url=str(request.url),
            status_code=self.status_code,
            body=self.text,
            headers=self.headers,
        )

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"

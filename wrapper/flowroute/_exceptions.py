"""The SDK's exception hierarchy.

* FlowrouteError
  + InvalidParameterError (also a ValueError): refused before any I/O
  + MissingCredentialsError
  + ClientClosedError: a call on a client that was closed
  + APIConnectionError: no usable HTTP response
    - APITimeoutError
  + APIStatusError: the server answered with a non-2xx status
    - BadRequestError (400), AuthenticationError (401), PermissionDeniedError (403),
      NotFoundError (404), UnprocessableEntityError (422), RateLimitError (429),
      ServerError (5xx and other >= 500 codes such as 520/529)
  + ResponseValidationError: a 2xx whose body is not the documented shape
    - ResponseTooLargeError: a 2xx body past the client's ``max_response_size``

Exceptions carry the request's method and URL but never its headers, so the
Authorization header (and with it the secret key) cannot leak into a message,
a repr or a log line.
"""

from __future__ import annotations

import dataclasses
import email.utils
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _json

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ErrorDetail",
    "FlowrouteError",
    "HttpContext",
    "HttpRequestView",
    "HttpResponseView",
    "InvalidParameterError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
]

# Bodies can be megabytes (an HTML error page, a big MDR page); messages stay readable.
_BODY_PREVIEW = 500


class FlowrouteError(Exception):
    """Base class of every exception the SDK raises on purpose."""


class MissingCredentialsError(FlowrouteError):
    """No access key or secret key was given or found in the environment."""


class ClientClosedError(FlowrouteError):
    """The client (or the ``http_client`` it was given) was closed; create a new one."""


class InvalidParameterError(FlowrouteError, ValueError):
    """An argument was refused before any request was sent.

    ``parameter`` names the argument; ``expected`` says what is accepted.
    """

    def __init__(self, parameter: str, problem: str, expected: str) -> None:
        self.parameter = parameter
        self.problem = problem
        self.expected = expected
        super().__init__(f"{parameter}: {problem}; expected {expected}")


@dataclasses.dataclass(frozen=True)
class ErrorDetail:
    """One entry of Flowroute's ``errors[]``; only ``status`` is always sent."""

    status: int | None
    title: str | None = None
    detail: str | None = None
    id: str | None = None


class HttpRequestView(NamedTuple):
    """The request behind an error, without its headers (they carry the credentials)."""

    http_method: str
    query_url: str


class HttpResponseView(NamedTuple):
    """The server's answer: status, headers and the body as text."""

    status_code: int
    headers: Mapping[str, str]
    raw_body: str


class HttpContext(NamedTuple):
    """``error.context``: the request and the response of a failed call."""

    request: HttpRequestView
    response: HttpResponseView


class _HTTPContextError(FlowrouteError):
    """Shared by errors that happened while talking to the API."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APIConnectionError(_HTTPContextError):
    """The request failed before a complete HTTP response arrived.

    The underlying httpx exception is chained as ``__cause__``.
    """


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout, or the attempt's total ``deadline``, expired."""


class _ResponseError(_HTTPContextError):
    """Shared by errors that carry the server's answer: its status, body and headers.

    ``body`` is the start of what the server sent, at most the client's
    ``max_response_size`` for a 2xx and 64 KiB otherwise; ``body_truncated`` says
    whether the rest was cut off (and never read).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status_code: int,
        body: str,
        headers: Mapping[str, str],
        body_truncated: bool = False,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.body = body
        self.body_truncated = body_truncated
        self.headers: dict[str, str] = dict(headers)

    @property
    def context(self) -> HttpContext:
        """The call as ``context.request`` (``http_method``, ``query_url``) and
        ``context.response`` (``status_code``, ``headers``, ``raw_body``)."""
        return HttpContext(
            request=HttpRequestView(http_method=self.method, query_url=self.url),
            response=HttpResponseView(status_code=self.status_code, headers=self.headers, raw_body=self.body),
        )

    @property
    def response_code(self) -> int:
        """The HTTP status, also available as ``status_code``."""
        return self.status_code

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, method={self.method!r}, url={self.url!r})"


class APIStatusError(_ResponseError):
    """The server answered with a status outside 2xx."""

    def __init__(
        self,
        message: str,
        *,
        errors: list[ErrorDetail],
        retries: int = 0,
        **response: Any,
    ) -> None:
        super().__init__(message, **response)
        self.errors = errors
        self.retries = retries


class BadRequestError(APIStatusError):
    """400: for example an E911 address that could not be geocoded."""


class AuthenticationError(APIStatusError):
    """401: the access key or secret key is wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the account may not do this, or the resource is still in use."""


class NotFoundError(APIStatusError):
    """404: the resource is not on this account."""


class UnprocessableEntityError(APIStatusError):
    """422: a value was refused by the server."""


class RateLimitError(APIStatusError):
    """429: over the per-key rate limit; Flowroute did not process the attempt.

    ``retry_after`` is the server's Retry-After in seconds when it sent one.
    """

    def __init__(self, message: str, *, retry_after: float | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx, including codes outside the IANA registry such as 520 or 529."""


class ResponseValidationError(_ResponseError):
    """A 2xx response whose body is not valid JSON or not the documented shape."""


class ResponseTooLargeError(ResponseValidationError):
    """A 2xx body (after decompression) grew past the client's ``max_response_size``.

    Reading stopped at the cap, so a compression bomb costs no more memory than that.
    """


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def body_preview(body: str) -> str:
    return body if len(body) <= _BODY_PREVIEW else body[:_BODY_PREVIEW] + "…"


def describe(value: object, limit: int = 40) -> str:
    """A short repr for an error message; never raises, whatever ``value`` is."""
    try:
        text = repr(value)
    except Exception:  # an int past Python's digit limit, or a repr that fails
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


class BatchRejectedError(InvalidParameterError):
    """``all_or_nothing=True`` and some messages were refused; nothing was sent.

    ``errors`` maps each refused message's index to its ``InvalidParameterError``.
    """

    def __init__(self, errors: dict[int, InvalidParameterError], total: int) -> None:
        self.errors = errors
        first = min(errors)
        super().__init__(
            "messages",
            f"{len(errors)} of {total} messages were refused, first messages[{first}]: {errors[first]}",
            "every message valid, or all_or_nothing=False to send the valid ones",
        )


class JournalError(FlowrouteError):
    """The journal could not be read or written, or another run holds it; the batch stopped."""


class SendOutcomeUnknownError(FlowrouteError):
    """The message may or may not have been sent; look for its MDR before sending it again."""


# --- building errors from answers ------------------------------------------------------


def status_error(
    method: str,
    url: str,
    shown: str,
    response: httpx.Response,
    body: str,
    *,
    truncated: bool = False,
    retries: int = 0,
) -> APIStatusError:
    """The exception for a non-2xx answer, its class chosen by status; ``shown`` is the URL as messages show it."""
    errors = parse_error_body(body)
    summary = "; ".join(" - ".join(part for part in (e.title, e.detail) if part) for e in errors if e.title or e.detail)
    message = (
        f"{response.status_code} {response.reason_phrase or 'HTTP error'} from {method} {shown}: "
        f"{summary or body_preview(body) or '(empty body)'}"
    )
    common: dict[str, Any] = {
        "method": method,
        "url": url,
        "status_code": response.status_code,
        "body": body,
        "body_truncated": truncated,
        "headers": response.headers,
        "errors": errors,
        "retries": retries,
    }
    cls = status_error_class(response.status_code)
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=parse_retry_after(response.headers), **common)
    return cls(message, **common)


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from a Retry-After header given as seconds or as an HTTP date."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if seconds != seconds or seconds == float("inf"):  # NaN or infinite
        return None
    return max(seconds, 0.0)


def parse_error_body(body: str) -> list[ErrorDetail]:
    """Flowroute's ``errors[]``, tolerating anything else the server might send."""
    try:
        data = _json.loads(body)
    except (ValueError, RecursionError):
        return []
    items = data.get("errors") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []

    def text(value: Any) -> str | None:
        return value if isinstance(value, str) else None

    details = []
    for item in items:
        if not isinstance(item, dict):
            continue
        status = item.get("status")
        if isinstance(status, str) and status.isdigit():
            status = int(status)
        details.append(
            ErrorDetail(
                status=status if isinstance(status, int) and not isinstance(status, bool) else None,
                title=text(item.get("title")),
                detail=text(item.get("detail")),
                id=text(item.get("id")),
            )
        )
    return details

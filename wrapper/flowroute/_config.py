"""Client settings: credentials, base URL, timeouts and the retry policy."""

from __future__ import annotations

import base64
import dataclasses
import ipaddress
import math
import os
from typing import Final

import httpx

from ._exceptions import InvalidParameterError, MissingCredentialsError, describe

DEFAULT_BASE_URL: Final = "https://api.flowroute.com"
ENV_ACCESS_KEY: Final = "FR_ACCESS_KEY"
ENV_SECRET_KEY: Final = "FR_SECRET_KEY"  # noqa: S105 - the variable name, not a secret
ENV_BASE_URL: Final = "FLOWROUTE_BASE_URL"

# Flowroute documents no timeouts; these keep a dead network from hanging a caller
# while leaving room for slow list endpoints.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2
# httpx's read timeout restarts with every byte, so a server dripping one byte at a
# time could hold a call forever; each attempt also has a total deadline, by default
# twice the read timeout (60 s with the default timeout), or this when reads are unlimited.
DEADLINE_PER_READ_TIMEOUT: Final = 2.0
DEFAULT_DEADLINE_UNLIMITED_READ: Final = 600.0
# The largest real answer, a 1,000-record message page, is about 0.5 MB.
DEFAULT_MAX_RESPONSE_SIZE: Final = 32 * 1024 * 1024


def _seconds(value: object, name: str, *, allow_zero: bool = False) -> float:
    """A finite number of seconds; NaN, infinity, bools and text are refused here, not at the first request."""
    expected = "a finite number of seconds >= 0" if allow_zero else "a finite number of seconds > 0"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameterError(name, f"{describe(value)} is not a number", expected)
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not allow_zero):
        raise InvalidParameterError(name, f"{describe(value)} is out of range", expected)
    return seconds


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts.

    The n-th retry waits ``min(initial_backoff * 2**n, max_backoff)`` seconds, less
    up to ``jitter`` of that at random so many clients do not retry in step. A
    ``Retry-After`` up to ``max_retry_after`` seconds is obeyed instead; a longer
    one ends the retries and the ``RateLimitError`` carries it. Flowroute sends no
    Retry-After on 429 today, so a 429 without one waits at least
    ``rate_limit_backoff``: its rate window is one second.
    """

    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    rate_limit_backoff: float = 1.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        # Checked here, so a bad policy fails where it is written, not at the first retry.
        for field in ("initial_backoff", "max_backoff", "max_retry_after", "rate_limit_backoff"):
            _seconds(getattr(self, field), f"retry_policy.{field}", allow_zero=True)
        jitter = _seconds(self.jitter, "retry_policy.jitter", allow_zero=True)
        if jitter > 1:
            raise InvalidParameterError(
                "retry_policy.jitter", f"{describe(self.jitter)} is out of range", "a fraction from 0 to 1"
            )


DEFAULT_RETRY_POLICY: Final = RetryPolicy()


@dataclasses.dataclass(frozen=True, repr=False)
class Credentials:
    """Basic-auth credentials; the repr never shows the secret."""

    access_key: str
    secret_key: str

    def __repr__(self) -> str:
        return f"Credentials(access_key={self.access_key!r}, secret_key='***')"

    def authorization_header(self) -> str:
        token = base64.b64encode(f"{self.access_key}:{self.secret_key}".encode()).decode("ascii")
        return f"Basic {token}"


def resolve_credentials(access_key: str | None, secret_key: str | None) -> Credentials:
    access = access_key if access_key is not None else os.environ.get(ENV_ACCESS_KEY)
    secret = secret_key if secret_key is not None else os.environ.get(ENV_SECRET_KEY)
    if not access or not secret:
        missing = [name for name, value in (("access_key", access), ("secret_key", secret)) if not value]
        raise MissingCredentialsError(
            f"missing Flowroute {' and '.join(missing)}: pass access_key= and secret_key= "
            f"or set the {ENV_ACCESS_KEY} and {ENV_SECRET_KEY} environment variables"
        )
    return Credentials(access, secret)


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str | None, *, allow_insecure_http: bool) -> httpx.URL:
    raw = base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    if not isinstance(raw, str):
        raise InvalidParameterError("base_url", f"a {type(raw).__name__} was given", "an absolute http(s) URL")
    # The text is never echoed: a URL with user info may hold the secret key.
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidParameterError("base_url", "it is not a URL", "an absolute http(s) URL") from exc
    if url.userinfo:
        raise InvalidParameterError(
            "base_url",
            "it contains user info",
            "credentials passed as access_key/secret_key, not in the URL",
        )
    if url.scheme not in ("http", "https") or not url.host:
        shown = url.copy_with(query=None, fragment=None)
        raise InvalidParameterError("base_url", f"{str(shown)!r} is not an absolute http(s) URL", "https://host[:port]")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise InvalidParameterError(
            "base_url",
            f"plain http to {url.host} would send the secret key unencrypted",
            "an https URL, a loopback http URL, or allow_insecure_http=True",
        )
    return url.copy_with(path=url.path.rstrip("/"), query=None, fragment=None)


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        for phase, value in timeout.as_dict().items():
            if value is not None:
                _seconds(value, f"timeout.{phase}")
        return timeout
    seconds = _seconds(timeout, "timeout")
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_TIMEOUT.connect or 5.0))


def resolve_deadline(deadline: float | None, timeout: httpx.Timeout) -> float:
    """Seconds one attempt may take in total, headers and body included."""
    if deadline is not None:
        return _seconds(deadline, "deadline")
    if timeout.read is None:
        return DEFAULT_DEADLINE_UNLIMITED_READ
    return DEADLINE_PER_READ_TIMEOUT * timeout.read


def check_max_response_size(size: int) -> int:
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise InvalidParameterError("max_response_size", f"{describe(size)} is not allowed", "a number of bytes >= 1")
    return size


def check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidParameterError("max_retries", f"{describe(max_retries)} is not allowed", "an integer >= 0")
    return max_retries

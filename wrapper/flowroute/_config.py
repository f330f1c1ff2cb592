"""Client settings: credentials, base URL, timeouts and the retry policy."""

from __future__ import annotations

import base64
import dataclasses
import ipaddress
import os
from typing import Final

import httpx

from ._exceptions import InvalidParameterError, MissingCredentialsError

DEFAULT_BASE_URL: Final = "https://api.flowroute.com"
ENV_ACCESS_KEY: Final = "FR_ACCESS_KEY"
ENV_SECRET_KEY: Final = "FR_SECRET_KEY"  # noqa: S105 - the variable name, not a secret
ENV_BASE_URL: Final = "FLOWROUTE_BASE_URL"

# Flowroute documents no timeouts; these keep a dead network from hanging a caller
# while leaving room for slow list endpoints.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2


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
        if not 0 <= self.jitter <= 1:
            raise InvalidParameterError("jitter", f"{self.jitter!r} is out of range", "a fraction from 0 to 1")


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
    try:
        url = httpx.URL(raw)
    except httpx.InvalidURL as exc:
        raise InvalidParameterError("base_url", f"{raw!r} is not a URL", "an absolute http(s) URL") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidParameterError("base_url", f"{raw!r} is not an absolute http(s) URL", "https://host[:port]")
    if url.userinfo:
        raise InvalidParameterError(
            "base_url",
            "it contains user info",
            "credentials passed as access_key/secret_key, not in the URL",
        )
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
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise InvalidParameterError("timeout", f"{timeout!r} is not a positive number", "seconds or httpx.Timeout")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0))


def check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise InvalidParameterError("max_retries", f"{max_retries!r} is not allowed", "an integer >= 0")
    return max_retries

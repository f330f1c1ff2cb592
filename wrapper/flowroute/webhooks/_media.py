"""Download MMS attachments from their temporary URLs, streamed and capped in size.

The URLs are pre-signed links to object storage: they need no Flowroute
credentials, so none are sent (a fresh HTTP client is used unless you pass one,
which should then carry no Flowroute auth either).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

import httpx

from .._exceptions import InvalidParameterError
from ._errors import MediaDownloadError, MediaExpiredError, MediaTooLargeError
from ._events import Media

DEFAULT_MAX_BYTES = 16 * 1024 * 1024  # inbound MMS reported at up to 15 MB
DEFAULT_TIMEOUT = 30.0
_GONE = frozenset({403, 404, 410})  # how an expired or deleted pre-signed link answers

Destination = str | os.PathLike[str] | BinaryIO


def _url(media: Media | str) -> str:
    url = media.url if isinstance(media, Media) else media
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise InvalidParameterError("media", "no http(s) URL", "a Media from an InboundMessage, or its URL")
    return url


def _check_limit(max_bytes: int) -> int:
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise InvalidParameterError("max_bytes", f"{max_bytes!r} was given", "a positive number of bytes")
    return max_bytes


def _check_response(response: httpx.Response, max_bytes: int) -> None:
    # The URL's query string is a signature, so errors name only the host.
    host = response.request.url.host
    if response.status_code in _GONE:
        raise MediaExpiredError(
            f"media link on {host} answered {response.status_code}: it has expired or been removed "
            "(Flowroute's links are reported to last about 7 days); the MDR stays readable through the API"
        )
    if response.status_code != 200:
        raise MediaDownloadError(f"media link on {host} answered {response.status_code}")
    declared = response.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise MediaTooLargeError(f"media is {declared} bytes, above max_bytes={max_bytes}")


class _Sink:
    """Where the bytes go: a temporary file renamed into place on success, or the caller's file object."""

    def __init__(self, destination: Destination, max_bytes: int) -> None:
        self.written = 0
        self._max = max_bytes
        self._path: Path | None = None
        self._temp: Path | None = None
        if isinstance(destination, str | os.PathLike):
            self._path = Path(destination)
            fd, name = tempfile.mkstemp(prefix=".media-", dir=self._path.parent)
            self._temp = Path(name)
            self._file: BinaryIO = os.fdopen(fd, "wb")
        elif hasattr(destination, "write"):
            self._file = destination
        else:
            raise InvalidParameterError(
                "destination", "not a path or a file", "a path, or a file opened in binary mode"
            )

    def write(self, chunk: bytes) -> None:
        self.written += len(chunk)
        if self.written > self._max:
            raise MediaTooLargeError(f"media is larger than max_bytes={self._max}")
        self._file.write(chunk)

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        if self._temp is None or self._path is None:
            return
        self._file.close()
        if exc_type is None:
            os.replace(self._temp, self._path)
        else:
            with contextlib.suppress(FileNotFoundError):
                self._temp.unlink()


def download_media(
    media: Media | str,
    destination: Destination,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    http_client: httpx.Client | None = None,
) -> int:
    """Stream an MMS attachment to a path or a binary file object; returns the number of bytes written.

    Raises ``MediaTooLargeError`` above ``max_bytes`` (a partly written path is
    removed), ``MediaExpiredError`` when the temporary link no longer answers, and
    ``MediaDownloadError`` for any other failure.
    """
    url, limit = _url(media), _check_limit(max_bytes)
    client = http_client or httpx.Client(timeout=timeout, follow_redirects=True)
    try:
        with _Sink(destination, limit) as sink, client.stream("GET", url) as response:
            _check_response(response, limit)
            for chunk in response.iter_bytes():
                sink.write(chunk)
            return sink.written
    except httpx.HTTPError as exc:
        raise MediaDownloadError(f"media download failed: {type(exc).__name__}") from exc
    finally:
        if http_client is None:
            client.close()


async def adownload_media(
    media: Media | str,
    destination: Destination,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - httpx's per-operation timeout, not a deadline
    http_client: httpx.AsyncClient | None = None,
) -> int:
    """``download_media`` for asyncio. File writes are small and happen on the event loop."""
    url, limit = _url(media), _check_limit(max_bytes)
    client = http_client or httpx.AsyncClient(timeout=timeout, follow_redirects=True)
    try:
        with _Sink(destination, limit) as sink:
            async with client.stream("GET", url) as response:
                _check_response(response, limit)
                async for chunk in response.aiter_bytes():
                    sink.write(chunk)
                return sink.written
    except httpx.HTTPError as exc:
        raise MediaDownloadError(f"media download failed: {type(exc).__name__}") from exc
    finally:
        if http_client is None:
            await client.aclose()

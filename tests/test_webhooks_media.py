"""download_media against a real local HTTP server standing in for the temporary media links."""

from __future__ import annotations

import asyncio
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from flowroute import FlowrouteError, InvalidParameterError
from flowroute.webhooks import (
    Media,
    MediaDownloadError,
    MediaExpiredError,
    MediaTooLargeError,
    adownload_media,
    download_media,
)

from devtools.prism import free_port

PHOTO = bytes(range(256)) * 400  # 102400 bytes
EXPIRED = b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"


class _Handler(http.server.BaseHTTPRequestHandler):
    seen_headers: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        _Handler.seen_headers.append({k.lower(): v for k, v in self.headers.items()})
        path = self.path.split("?", 1)[0]
        if path == "/photo":
            self._send(200, PHOTO, length=True)
        elif path == "/unsized":  # no Content-Length: only counting while streaming can stop it
            self.send_response(200)
            self.send_header("connection", "close")
            self.end_headers()
            self.wfile.write(PHOTO)
        elif path == "/expired":
            self._send(403, EXPIRED, length=True)
        elif path == "/gone":
            self._send(404, b"NoSuchKey", length=True)
        else:
            self._send(500, b"oops", length=True)

    def _send(self, status: int, body: bytes, *, length: bool) -> None:
        self.send_response(status)
        if length:
            self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def media_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _download(sync: bool, *args: Any, **kwargs: Any) -> int:
    return download_media(*args, **kwargs) if sync else asyncio.run(adownload_media(*args, **kwargs))


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_downloads_to_a_path_and_to_a_file_object_without_credentials(
    sync: bool, media_server: str, tmp_path: Path
) -> None:
    media = Media(id="ab12-1", url=f"{media_server}/photo?X-Amz-Signature=abc", mime_type="image/jpeg")
    target = tmp_path / "photo.jpg"
    assert _download(sync, media, target) == len(PHOTO)
    assert target.read_bytes() == PHOTO
    buffer = io.BytesIO()
    assert _download(sync, media.url, buffer) == len(PHOTO)
    assert buffer.getvalue() == PHOTO
    assert all("authorization" not in headers for headers in _Handler.seen_headers)
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("path", ["/photo", "/unsized"])
def test_a_file_above_max_bytes_is_refused_and_nothing_is_left(
    sync: bool, path: str, media_server: str, tmp_path: Path
) -> None:
    target = tmp_path / "photo.jpg"
    with pytest.raises(MediaTooLargeError, match="max_bytes"):
        _download(sync, f"{media_server}{path}", target, max_bytes=50_000)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_expired_missing_and_failing_links_raise_clear_errors(sync: bool, media_server: str, tmp_path: Path) -> None:
    for path in ("/expired", "/gone"):
        with pytest.raises(MediaExpiredError, match="expired") as caught:
            _download(sync, f"{media_server}{path}?X-Amz-Signature=secret", tmp_path / "x")
        assert "secret" not in str(caught.value)
    with pytest.raises(MediaDownloadError, match="500") as failed:
        _download(sync, f"{media_server}/boom", tmp_path / "x")
    assert not isinstance(failed.value, MediaExpiredError)
    with pytest.raises(MediaDownloadError):
        _download(sync, f"http://127.0.0.1:{free_port()}/photo", tmp_path / "x")
    assert list(tmp_path.iterdir()) == []


def test_bad_arguments_are_refused_before_any_request(tmp_path: Path) -> None:
    before = len(_Handler.seen_headers)
    cases: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        (("ftp://example.test/x", tmp_path / "x"), {}),
        ((Media(id="1", url="https://example.test/x"), tmp_path / "x"), {"max_bytes": 0}),
        ((Media(id="1", url="https://example.test/x"), 42), {}),
    ]
    for args, kwargs in cases:
        with pytest.raises(InvalidParameterError) as caught:
            download_media(*args, **kwargs)
        assert isinstance(caught.value, FlowrouteError)
    assert len(_Handler.seen_headers) == before

"""The receiver as a WSGI application (PEP 3333), with no framework."""

from __future__ import annotations

import http
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

from ._receiver import Answer, RequestHead, WebhookReceiver, content_length

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

_CHUNK = 64 * 1024


def _head(environ: dict[str, Any]) -> RequestHead:
    return RequestHead(
        method=environ.get("REQUEST_METHOD", "GET"),
        query_string=environ.get("QUERY_STRING", "").encode("latin-1"),
        content_type=environ.get("CONTENT_TYPE"),
        content_length=content_length(environ.get("CONTENT_LENGTH")),
        peer=environ.get("REMOTE_ADDR"),
        forwarded_for=environ.get("HTTP_X_FORWARDED_FOR"),
    )


def _read_body(stream: BinaryIO, declared: int | None, limit: int) -> bytes | None:
    """The request body, or ``None`` once it grows past ``limit`` bytes."""
    if declared is not None:
        # PEP 3333: never read past CONTENT_LENGTH (screen() has already capped it).
        return stream.read(declared)
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _respond(start_response: StartResponse, answer: Answer) -> list[bytes]:
    status = f"{answer.status} {http.HTTPStatus(answer.status).phrase}"
    start_response(status, [*answer.headers, ("content-length", str(len(answer.body)))])
    return [answer.body]


def wsgi_app(receiver: WebhookReceiver) -> WSGIApp:
    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        head = _head(environ)
        answer = receiver.screen(head)
        if answer is None:
            body = _read_body(environ["wsgi.input"], head.content_length, receiver.max_body_bytes)
            answer = receiver.too_large() if body is None else receiver.run_sync(body)
        return _respond(start_response, answer)

    return app

"""How answers that are not a documented success become exceptions."""

from __future__ import annotations

import email.utils
import gzip
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import flowroute
import httpx
import pytest
from flowroute import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ErrorDetail,
    ErrorException,
    FlowrouteError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
)
from flowroutenumbersandmessaging import FlowroutenumbersandmessagingClient

from tests.support import BASE_URL, MDR, NUMBER, OTHER_NUMBER, SECRET, Recorder, async_client, ok_response, sync_client


def _error_body(status: int, title: str = "Problem", detail: str = "Something was wrong") -> bytes:
    return json.dumps({"errors": [{"id": "e-4f1c", "status": status, "title": title, "detail": detail}]}).encode()


def _details(client: Any) -> Any:
    return client.numbers.list_phone_number_details(NUMBER)


STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, ServerError),
    (503, ServerError),
    (520, ServerError),
    (529, ServerError),
    (418, APIStatusError),
    (409, APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_status_maps_to_its_exception(status: int, cls: type[APIStatusError]) -> None:
    body = _error_body(status, "Teapot" if status == 418 else "Problem")
    rec = Recorder([httpx.Response(status, content=body, headers={"X-Request-Id": "req-77"})])
    with pytest.raises(ErrorException) as info:
        _details(sync_client(rec, max_retries=0))
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, APIStatusError)
    assert isinstance(exc, FlowrouteError)
    assert exc.status_code == status
    assert exc.response_code == status
    assert exc.errors == [
        ErrorDetail(
            status=status, title="Teapot" if status == 418 else "Problem", detail="Something was wrong", id="e-4f1c"
        )
    ]
    assert exc.body == body.decode()
    assert exc.headers["x-request-id"] == "req-77"
    assert exc.method == "GET"
    assert exc.url == f"{BASE_URL}/v2/numbers/{NUMBER}"
    assert exc.retries == 0
    assert str(exc).startswith(f"{status} ")
    assert "Something was wrong" in str(exc)
    assert "GET /v2/numbers/***0214" in str(exc)
    assert repr(exc) == f"{cls.__name__}(status_code={status}, method='GET', url='{BASE_URL}/v2/numbers/{NUMBER}')"
    assert rec.calls == 1


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES[:7])
async def test_status_maps_to_its_exception_async(status: int, cls: type[APIStatusError]) -> None:
    rec = Recorder([httpx.Response(status, content=_error_body(status))])
    with pytest.raises(cls) as info:
        await async_client(rec, max_retries=0).messages.send(OTHER_NUMBER, NUMBER, "hi")
    assert info.value.status_code == status
    assert info.value.method == "POST"
    assert info.value.errors[0].status == status
    assert rec.calls == 1


def test_error_details_tolerate_missing_and_odd_fields() -> None:
    body = {
        "errors": [
            {"status": "404"},
            {"status": 422, "detail": "alias is too long"},
            {"status": True, "title": 5, "id": 17, "detail": None},
            "not an object",
            {"title": "No status"},
        ]
    }
    rec = Recorder([httpx.Response(422, json=body)])
    with pytest.raises(UnprocessableEntityError) as info:
        _details(sync_client(rec))
    assert info.value.errors == [
        ErrorDetail(status=404),
        ErrorDetail(status=422, detail="alias is too long"),
        ErrorDetail(status=None),
        ErrorDetail(status=None, title="No status"),
    ]
    assert "alias is too long" in str(info.value)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        (b"", "text/plain"),
        (b"\xff\xfe\x00garbage\x9c", "application/octet-stream"),
        (b'{"errors": "nope"}', "application/json"),
        (b'{"errors": [1, 2]', "application/json"),
        (b"[]", "application/json"),
        (b"null", "application/json"),
        (b"[" * 100_000, "application/json"),
    ],
    ids=["html", "empty", "binary", "errors-not-list", "truncated", "list", "null", "deep"],
)
@pytest.mark.parametrize(("status", "cls"), [(400, BadRequestError), (404, NotFoundError), (502, ServerError)])
def test_unparseable_error_bodies_keep_the_class(
    content: bytes, content_type: str, status: int, cls: type[APIStatusError]
) -> None:
    rec = Recorder([httpx.Response(status, content=content, headers={"Content-Type": content_type})])
    with pytest.raises(cls) as info:
        _details(sync_client(rec, max_retries=0))
    assert info.value.status_code == status
    assert info.value.errors == []
    # An error keeps at most a 64 KiB preview of its body, and says when it cut one.
    assert info.value.body == httpx.Response(status, content=content[:65536]).text
    assert info.value.body_truncated is (len(content) > 65536)
    assert len(str(info.value)) < 700
    if not content:
        assert str(info.value).endswith("(empty body)")


def test_rate_limit_retry_after_seconds() -> None:
    rec = Recorder([httpx.Response(429, headers={"Retry-After": "7"}, content=_error_body(429, "Too Many Requests"))])
    with pytest.raises(RateLimitError) as info:
        sync_client(rec, max_retries=0).messages.send(OTHER_NUMBER, NUMBER, "hi")
    assert info.value.retry_after == 7.0
    assert info.value.errors[0].title == "Too Many Requests"
    assert info.value.headers["retry-after"] == "7"
    assert rec.calls == 1


def test_rate_limit_retry_after_http_date() -> None:
    when = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    rec = Recorder([httpx.Response(429, headers={"Retry-After": when})])
    with pytest.raises(RateLimitError) as info:
        _details(sync_client(rec, max_retries=0))
    assert info.value.retry_after is not None
    assert 20.0 <= info.value.retry_after <= 30.0


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("0", 0.0),
        ("1.5", 1.5),
        ("-4", 0.0),
        ("soon", None),
        ("nan", None),
        ("inf", None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
    ],
)
def test_rate_limit_retry_after_odd_values(header: str, expected: float | None) -> None:
    rec = Recorder([httpx.Response(429, headers={"Retry-After": header})])
    with pytest.raises(RateLimitError) as info:
        _details(sync_client(rec, max_retries=0))
    assert info.value.retry_after == expected


def test_rate_limit_without_retry_after() -> None:
    rec = Recorder([httpx.Response(429)])
    with pytest.raises(RateLimitError) as info:
        _details(sync_client(rec, max_retries=0))
    assert info.value.retry_after is None
    assert str(info.value) == "429 Too Many Requests from GET /v2/numbers/***0214: (empty body)"


# --- 2xx bodies that are not the documented shape -------------------------------

OPERATIONS: dict[str, tuple[Callable[[Any], Any], int]] = {
    "areacodes": (lambda c: c.numbers.list_available_area_codes(), 200),
    "exchanges": (lambda c: c.numbers.list_available_exchange_codes(), 200),
    "search": (lambda c: c.numbers.search_for_purchasable_phone_numbers(), 200),
    "account": (lambda c: c.numbers.list_account_phone_numbers(), 200),
    "details": (lambda c: c.numbers.list_phone_number_details(NUMBER), 200),
    "purchase": (lambda c: c.numbers.purchase_a_phone_number(NUMBER), 201),
    "routes": (lambda c: c.routes.list_inbound_routes(), 200),
    "create-route": (lambda c: c.routes.create_route("a", "host", "h.example.test"), 201),
    "send": (lambda c: c.messages.send(OTHER_NUMBER, NUMBER, "hi"), 202),
    "mdrs": (lambda c: c.messages.look_up_a_set_of_messages("2024-01-01"), 200),
    "mdr": (lambda c: c.messages.look_up_a_message_detail_record(MDR), 200),
}

BAD_BODIES = [
    b'{"data": "oops"}',
    b"[]",
    b'{"data": [1, 2]}',
    b"{}",
    b"null",
    b'"data"',
    b'{"data": {"id": 5, "attributes": []}}',
    b"not json at all",
    b"",
    b'{"data": [',
    b"[" * 100_000,
    b"<html>OK</html>",
]


@pytest.mark.parametrize("body", BAD_BODIES, ids=range(len(BAD_BODIES)))
@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_wrong_shaped_success_raises_response_validation_error(name: str, body: bytes) -> None:
    op, status = OPERATIONS[name]
    rec = Recorder([httpx.Response(status, content=body)])
    with pytest.raises(ResponseValidationError) as info:
        op(sync_client(rec))
    exc = info.value
    assert isinstance(exc, FlowrouteError)
    assert not isinstance(exc, APIStatusError)
    assert exc.status_code == status
    # The exception keeps a bounded preview (64 KiB) of a long body.
    assert exc.body == body[:65536].decode()
    assert exc.body_truncated is (len(body) > 65536)
    assert exc.method == rec.last.method
    assert exc.url == str(rec.last.url)
    assert f"returned {status} but" in str(exc)
    assert rec.calls == 1


async def test_wrong_shaped_success_async() -> None:
    rec = Recorder([httpx.Response(200, json={"data": "oops"})])
    with pytest.raises(ResponseValidationError) as info:
        await async_client(rec).routes.list_inbound_routes()
    assert info.value.status_code == 200
    assert info.value.body == '{"data":"oops"}'


def test_response_validation_message_keeps_a_short_preview() -> None:
    body = json.dumps({"data": "x" * 10_000})
    rec = Recorder([httpx.Response(200, content=body)])
    with pytest.raises(ResponseValidationError) as info:
        sync_client(rec).routes.list_inbound_routes()
    assert info.value.body == body
    assert len(str(info.value)) < 1_000


def test_no_content_operations_ignore_any_body() -> None:
    rec = Recorder([httpx.Response(204, content=b"whatever")])
    assert sync_client(rec).routes.set_primary_route(NUMBER, "0") is None


# --- network failures ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "cls"),
    [
        (httpx.ConnectError("connection refused"), APIConnectionError),
        (httpx.RemoteProtocolError("server disconnected"), APIConnectionError),
        (httpx.ReadError("reset by peer"), APIConnectionError),
        (httpx.ReadTimeout("timed out"), APITimeoutError),
        (httpx.ConnectTimeout("timed out"), APITimeoutError),
        (httpx.WriteTimeout("timed out"), APITimeoutError),
        (httpx.PoolTimeout("timed out"), APITimeoutError),
        (httpx.DecodingError("incorrect header check"), APIConnectionError),
        (httpx.TooManyRedirects("exceeded 20 redirects"), APIConnectionError),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else v.__name__,
)
def test_network_failures(error: httpx.HTTPError, cls: type[APIConnectionError]) -> None:
    rec = Recorder([error])
    with pytest.raises(APIConnectionError) as info:
        _details(sync_client(rec, max_retries=0))
    exc = info.value
    assert type(exc) is cls
    assert issubclass(APITimeoutError, APIConnectionError)
    assert not isinstance(exc, APIStatusError)
    assert exc.__cause__ is error
    assert exc.method == "GET"
    assert exc.url == f"{BASE_URL}/v2/numbers/{NUMBER}"
    assert str(exc) == f"GET /v2/numbers/***0214 failed: {type(error).__name__}: {error}"
    assert rec.calls == 1


async def test_network_failures_async() -> None:
    error = httpx.ReadTimeout("timed out")
    rec = Recorder([error])
    with pytest.raises(APITimeoutError) as info:
        await async_client(rec, max_retries=0).routes.list_inbound_routes()
    assert info.value.__cause__ is error
    connect = httpx.ConnectError("refused")
    rec = Recorder([connect])
    with pytest.raises(APIConnectionError) as conn_info:
        await async_client(rec, max_retries=0).routes.list_inbound_routes()
    assert type(conn_info.value) is APIConnectionError
    assert conn_info.value.__cause__ is connect


def test_facade_raises_the_same_exceptions() -> None:
    rec = Recorder([httpx.Response(404, content=_error_body(404, "Not Found"))])
    facade: Any = FlowroutenumbersandmessagingClient(
        "acct", SECRET, http_client=httpx.Client(transport=httpx.MockTransport(rec))
    )
    with pytest.raises(flowroute.ErrorException) as info:
        facade.numbers.list_phone_number_details(NUMBER)
    assert type(info.value) is NotFoundError
    assert info.value.response_code == 404
    rec.replies = [httpx.Response(200, content=b"[]")]
    # The facade returns the server's JSON as is, so any JSON is accepted...
    assert facade.numbers.list_phone_number_details(NUMBER) == []
    # ...but text that is not JSON is still refused.
    rec.replies = [httpx.Response(200, content=b"<html>")]
    with pytest.raises(ResponseValidationError):
        facade.numbers.list_phone_number_details(NUMBER)


def test_errors_carry_the_call_as_context_without_credentials() -> None:
    body = _error_body(422, "Unprocessable", "alias too long")
    rec = Recorder([httpx.Response(422, content=body, headers={"X-Request-Id": "r-77"})])
    with pytest.raises(UnprocessableEntityError) as info:
        sync_client(rec, max_retries=0).numbers.list_phone_number_details(NUMBER)
    context = info.value.context
    assert context.response.raw_body == body.decode()
    assert json.loads(context.response.raw_body)["errors"][0]["detail"] == "alias too long"
    assert context.response.status_code == info.value.response_code == 422
    assert context.response.headers["x-request-id"] == "r-77"
    assert context.request.http_method == "GET"
    assert context.request.query_url == f"{BASE_URL}/v2/numbers/{NUMBER}"
    assert not hasattr(context.request, "headers")
    assert SECRET not in repr(context) and "Basic " not in repr(context)


def test_undecodable_compressed_body_is_a_connection_error() -> None:
    def gzip_lie(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip"))

    rec = Recorder([gzip_lie])
    with pytest.raises(APIConnectionError) as info:
        sync_client(rec, max_retries=2).routes.list_inbound_routes()
    assert isinstance(info.value.__cause__, httpx.DecodingError)
    assert rec.calls == 1


def _gzipped(request: httpx.Request) -> httpx.Response:
    plain = ok_response(request)
    # Built with content=: httpx reads and decodes the body before the SDK sees it.
    return httpx.Response(plain.status_code, headers={"Content-Encoding": "gzip"}, content=gzip.compress(plain.content))


def test_a_body_the_transport_already_read_and_decoded_is_parsed() -> None:
    expected = sync_client(Recorder()).routes.list_inbound_routes()
    page = sync_client(Recorder([_gzipped])).routes.list_inbound_routes()
    assert page == expected and page.data


async def test_a_body_the_async_transport_already_read_and_decoded_is_parsed() -> None:
    async with async_client(Recorder()) as client:
        expected = await client.routes.list_inbound_routes()
    async with async_client(Recorder([_gzipped])) as client:
        page = await client.routes.list_inbound_routes()
    assert page == expected and page.data

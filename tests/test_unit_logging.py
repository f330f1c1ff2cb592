"""What the ``flowroute`` logger records about each request, and what it hides."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from flowroute import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
)

from tests.support import MDR, NUMBER, OTHER_NUMBER, Recorder, async_client, example, ok_response, sync_client

MASKED = "***0214"
PRIVATE_TEXT = "PRIVATE-otp-4821 meet me at 7"
FIELDS = ("flowroute_method", "flowroute_path", "flowroute_status", "flowroute_elapsed_ms", "flowroute_retries")


def _records(caplog: pytest.LogCaptureFixture, level: int = logging.DEBUG) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "flowroute" and r.levelno == level]


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    return {name: record.__dict__[name] for name in FIELDS}


@pytest.fixture
def debug(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


def test_success_record_has_method_path_status_elapsed_retries(debug: pytest.LogCaptureFixture) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.03)
        return ok_response(request)

    sync_client(Recorder([slow])).numbers.list_phone_number_details(NUMBER)
    [record] = _records(debug)
    fields = _fields(record)
    assert fields["flowroute_method"] == "GET"
    assert fields["flowroute_path"] == f"/v2/numbers/{MASKED}"
    assert fields["flowroute_status"] == "200"
    assert fields["flowroute_retries"] == 0
    assert isinstance(fields["flowroute_elapsed_ms"], float)
    assert 25.0 <= fields["flowroute_elapsed_ms"] < 5_000.0
    message = record.getMessage()
    assert message.startswith(f"GET /v2/numbers/{MASKED} -> 200 in ")
    assert message.endswith(" ms (0 retries)")
    assert NUMBER not in message


def test_elapsed_is_per_attempt_and_retries_are_counted(debug: pytest.LogCaptureFixture) -> None:
    rec = Recorder([httpx.Response(503), httpx.Response(503), ok_response])
    sync_client(rec, max_retries=2).routes.list_inbound_routes(5)
    [record] = _records(debug)
    assert _fields(record)["flowroute_retries"] == 2
    assert _fields(record)["flowroute_path"] == "/v2/routes"
    assert len(_records(debug, logging.INFO)) == 2


@pytest.mark.parametrize(
    ("op", "method", "path"),
    [
        (lambda c: c.numbers.list_phone_number_details(NUMBER), "GET", f"/v2/numbers/{MASKED}"),
        (lambda c: c.numbers.list_phone_number_details("+" + NUMBER), "GET", f"/v2/numbers/{MASKED}"),
        (lambda c: c.numbers.purchase_a_phone_number(NUMBER), "POST", f"/v2/numbers/{MASKED}"),
        (
            lambda c: c.routes.set_primary_route(NUMBER, "0"),
            "PATCH",
            f"/v2/numbers/{MASKED}/relationships/primary_route",
        ),
        (
            lambda c: c.routes.set_failover_route(NUMBER, "83834"),
            "PATCH",
            f"/v2/numbers/{MASKED}/relationships/failover_route",
        ),
        (lambda c: c.messages.look_up_a_message_detail_record(MDR), "GET", f"/v2.1/messages/{MDR}"),
        (lambda c: c.numbers.list_account_phone_numbers(starts_with=NUMBER[:7]), "GET", "/v2/numbers"),
        (lambda c: c.messages.look_up_a_set_of_messages("2024-02-10"), "GET", "/v2.1/messages"),
    ],
    ids=["details", "details-plus", "purchase", "primary", "failover", "mdr", "list-query", "mdrs"],
)
def test_paths_are_logged_with_numbers_masked(
    debug: pytest.LogCaptureFixture, op: Callable[[Any], Any], method: str, path: str
) -> None:
    rec = Recorder()
    op(sync_client(rec))
    [record] = _records(debug)
    assert (record.__dict__["flowroute_method"], record.__dict__["flowroute_path"]) == (method, path)
    status = str(ok_response(rec.last).status_code)
    assert record.__dict__["flowroute_status"] == status
    assert record.getMessage().startswith(f"{method} {path} -> {status} in ")
    # Neither the full number nor the query string is logged by the SDK (httpx's
    # own "httpx" logger prints full URLs at INFO; that is outside the SDK).
    assert all(NUMBER not in r.getMessage() + repr(r.__dict__) for r in debug.records if r.name == "flowroute")
    assert NUMBER[:7] not in record.getMessage()
    assert "?" not in record.getMessage()


def test_log_sensitive_shows_full_numbers(debug: pytest.LogCaptureFixture) -> None:
    client = sync_client(Recorder(), log_sensitive=True)
    client.routes.set_primary_route(NUMBER, "0")
    with pytest.raises(NotFoundError) as info:
        sync_client(Recorder([httpx.Response(404)]), log_sensitive=True).numbers.list_phone_number_details(NUMBER)
    first, second = _records(debug)
    assert first.__dict__["flowroute_path"] == f"/v2/numbers/{NUMBER}/relationships/primary_route"
    assert second.__dict__["flowroute_path"] == f"/v2/numbers/{NUMBER}"
    assert f"GET /v2/numbers/{NUMBER}" in str(info.value)
    # with_options keeps the choice
    client.with_options(max_retries=0).numbers.list_phone_number_details(NUMBER)
    assert _records(debug)[-1].__dict__["flowroute_path"] == f"/v2/numbers/{NUMBER}"


def test_masking_also_applies_to_exception_messages(debug: pytest.LogCaptureFixture) -> None:
    with pytest.raises(NotFoundError) as info:
        sync_client(Recorder([httpx.Response(404)])).numbers.list_phone_number_details(NUMBER)
    assert f"GET /v2/numbers/{MASKED}" in str(info.value)
    assert NUMBER not in str(info.value)
    # The URL attribute is for the caller's code and stays complete.
    assert info.value.url.endswith(f"/v2/numbers/{NUMBER}")


def test_failures_are_logged_with_their_outcome(debug: pytest.LogCaptureFixture) -> None:
    with pytest.raises(NotFoundError):
        sync_client(Recorder([httpx.Response(404)])).numbers.list_phone_number_details(NUMBER)
    with pytest.raises(APIConnectionError):
        sync_client(Recorder([httpx.ConnectError("refused")]), max_retries=1).routes.list_inbound_routes()
    not_found, refused = _records(debug)
    assert _fields(not_found)["flowroute_status"] == "404"
    assert _fields(not_found)["flowroute_retries"] == 0
    assert _fields(refused)["flowroute_status"] == "ConnectError"
    assert _fields(refused)["flowroute_retries"] == 1
    assert refused.getMessage().startswith("GET /v2/routes -> ConnectError in ")


SENDS: list[Callable[[Any], Any]] = [
    lambda c: c.messages.send(OTHER_NUMBER, NUMBER, PRIVATE_TEXT),
    lambda c: c.messages.send_a_message({"to": OTHER_NUMBER, "from": NUMBER, "body": PRIVATE_TEXT}),
    lambda c: c.messages.send_a_message(
        {"data": {"type": "message", "attributes": {"to": OTHER_NUMBER, "from": NUMBER, "body": PRIVATE_TEXT}}}
    ),
]
OUTCOMES: list[tuple[list[Any], type[Exception] | None]] = [
    ([], None),
    ([httpx.Response(400, json={"errors": [{"status": 400, "title": "Bad Request"}]})], BadRequestError),
    ([httpx.Response(500)], ServerError),
    ([httpx.Response(429), httpx.Response(429)], RateLimitError),
    ([httpx.ConnectError("refused")], APIConnectionError),
    ([httpx.ReadTimeout("timed out")], APITimeoutError),
    ([httpx.Response(202, json={"data": "oops"})], ResponseValidationError),
]


@pytest.mark.parametrize(
    ("replies", "error"), OUTCOMES, ids=["202", "400", "500", "429", "connect", "timeout", "bad-202"]
)
@pytest.mark.parametrize("send", SENDS, ids=["send", "flat", "jsonapi"])
def test_message_bodies_and_addresses_never_reach_the_logs(
    debug: pytest.LogCaptureFixture, send: Callable[[Any], Any], replies: list[Any], error: type[Exception] | None
) -> None:
    rec = Recorder(replies)
    if error is None:
        send(sync_client(rec, max_retries=1))
    else:
        with pytest.raises(error) as info:
            send(sync_client(rec, max_retries=1))
        assert PRIVATE_TEXT not in str(info.value)
    assert rec.calls >= 1
    assert _records(debug)
    for record in debug.records:
        text = record.getMessage() + repr(record.__dict__)
        assert PRIVATE_TEXT not in text
        assert OTHER_NUMBER not in text
        assert NUMBER not in text


async def test_async_records_match_sync(debug: pytest.LogCaptureFixture) -> None:
    rec = Recorder([httpx.Response(503), ok_response])
    await async_client(rec, max_retries=1).numbers.list_phone_number_details(NUMBER)
    [record] = _records(debug)
    assert {k: v for k, v in _fields(record).items() if k != "flowroute_elapsed_ms"} == {
        "flowroute_method": "GET",
        "flowroute_path": f"/v2/numbers/{MASKED}",
        "flowroute_status": "200",
        "flowroute_retries": 1,
    }
    [retry] = _records(debug, logging.INFO)
    assert retry.getMessage().startswith(f"retrying GET /v2/numbers/{MASKED} after 503 in ")


def test_partial_success_warns_with_a_masked_path(debug: pytest.LogCaptureFixture) -> None:
    rec = Recorder([httpx.Response(207, json=example("/v2/numbers/{id}", "post", "207"))])
    result = sync_client(rec).numbers.purchase_a_phone_number(NUMBER)
    assert result.data.id == NUMBER
    [warning] = _records(debug, logging.WARNING)
    assert warning.getMessage().startswith(f"POST /v2/numbers/{MASKED} succeeded with 207")
    assert NUMBER not in warning.getMessage()


def test_nothing_is_logged_below_the_configured_level(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="flowroute")
    with pytest.raises(ServerError):
        sync_client(Recorder([httpx.Response(500)]), max_retries=2).numbers.list_phone_number_details(NUMBER)
    assert [r for r in caplog.records if r.name == "flowroute"] == []

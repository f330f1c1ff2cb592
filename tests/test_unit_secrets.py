"""The secret key (and the Basic token carrying it) never shows up in an
exception, a repr or a log record, on every path that raises."""

from __future__ import annotations

import logging
import sqlite3
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import flowroute
import httpx
import pytest
from flowroute import FlowrouteClient, FlowrouteError, MissingCredentialsError

from tests.support import (
    ACCESS,
    NUMBER,
    OTHER_NUMBER,
    SECRET,
    Answer,
    LoopbackServer,
    Recorder,
    Reply,
    Seen,
    async_client,
    example,
    json_answer,
    secret_forms,
    sync_client,
)

ERROR_JSON = {"errors": [{"id": "e1", "status": 0, "title": "Problem", "detail": "Try again"}]}


def _details(c: Any) -> Any:
    return c.numbers.list_phone_number_details(NUMBER)


def _send(c: Any) -> Any:
    return c.messages.send(OTHER_NUMBER, NUMBER, "hello")


def _on_a_closed_client(c: Any) -> Any:
    closed = FlowrouteClient(ACCESS, SECRET)
    closed.close()
    return _details(closed)


# name -> (transport replies, operation, the exception class it must raise)
SCENARIOS: dict[str, tuple[list[Reply], Callable[[Any], Any], type[Exception]]] = {
    "invalid-parameter": ([], lambda c: c.numbers.list_available_area_codes(0), flowroute.InvalidParameterError),
    "400": ([httpx.Response(400, json=ERROR_JSON)], _details, flowroute.BadRequestError),
    "401": ([httpx.Response(401, json=ERROR_JSON)], _details, flowroute.AuthenticationError),
    "403": ([httpx.Response(403, json=ERROR_JSON)], _send, flowroute.PermissionDeniedError),
    "404": ([httpx.Response(404, json=ERROR_JSON)], _details, flowroute.NotFoundError),
    "422": ([httpx.Response(422, json=ERROR_JSON)], _send, flowroute.UnprocessableEntityError),
    "429": ([httpx.Response(429, headers={"Retry-After": "0"})], _send, flowroute.RateLimitError),
    "500": ([httpx.Response(500, text="<html>oops</html>")], _details, flowroute.ServerError),
    "418": ([httpx.Response(418)], _details, flowroute.APIStatusError),
    "307": ([httpx.Response(307, headers={"Location": "https://elsewhere.test/"})], _details, flowroute.APIStatusError),
    "not-json": ([httpx.Response(200, text="oops")], _details, flowroute.ResponseValidationError),
    "wrong-shape": ([httpx.Response(202, json={"data": "oops"})], _send, flowroute.ResponseValidationError),
    "connect": ([httpx.ConnectError("connection refused")], _details, flowroute.APIConnectionError),
    "protocol": ([httpx.RemoteProtocolError("peer closed")], _send, flowroute.APIConnectionError),
    "read-timeout": ([httpx.ReadTimeout("timed out")], _details, flowroute.APITimeoutError),
    "connect-timeout": ([httpx.ConnectTimeout("timed out")], _send, flowroute.APITimeoutError),
    "closed": ([], _on_a_closed_client, flowroute.ClientClosedError),
    "too-large": (
        [httpx.Response(200, content=b"[" + b"1," * 100 + b"1]")],
        lambda c: _details(c.with_options(max_response_size=100)),
        flowroute.ResponseTooLargeError,
    ),
    "cdr-export-not-ready": (
        [httpx.Response(200, json={"data": {"type": "cdrexport", "id": "1", "attributes": {"status": "processing"}}})],
        lambda c: c.cdrs.download_cdr_export("1", Path(tempfile.gettempdir()) / "never-written.csv.gz"),
        flowroute.CdrExportNotReadyError,
    ),
}


def _texts_of(exc: BaseException) -> list[str]:
    return [
        str(exc),
        repr(exc),
        repr(exc.args),
        repr(vars(exc)),
        "".join(traceback.format_exception(exc)),
    ]


def _texts_of_logs(caplog: pytest.LogCaptureFixture) -> list[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    texts = [caplog.text]
    for record in caplog.records:
        texts.append(formatter.format(record))
        texts.append(repr(record.__dict__))
    return texts


def _assert_no_secret(texts: list[str], access: str = ACCESS, secret: str = SECRET) -> None:
    for form in secret_forms(secret, access):
        for text in texts:
            assert form not in text


def test_every_exception_class_is_covered() -> None:
    raised = {cls for _, _, cls in SCENARIOS.values()} | {MissingCredentialsError} | BULK_ERRORS
    public = {
        obj
        for name in flowroute.__all__
        if isinstance(obj := getattr(flowroute, name), type) and issubclass(obj, FlowrouteError)
    }
    assert public - raised == {FlowrouteError}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_no_secret_in_exceptions_reprs_or_logs(name: str, caplog: pytest.LogCaptureFixture) -> None:
    replies, op, cls = SCENARIOS[name]
    caplog.set_level(logging.DEBUG)
    client = sync_client(Recorder(replies), max_retries=1)
    with pytest.raises(cls) as info:
        op(client)
    assert type(info.value) is cls
    if name not in ("invalid-parameter", "closed"):
        assert any(r.name == "flowroute" for r in caplog.records)
    _assert_no_secret([*_texts_of(info.value), repr(client), repr(client._pipeline), *_texts_of_logs(caplog)])


@pytest.mark.parametrize("name", ["401", "429", "wrong-shape", "read-timeout"])
async def test_no_secret_async(name: str, caplog: pytest.LogCaptureFixture) -> None:
    replies, op, cls = SCENARIOS[name]
    caplog.set_level(logging.DEBUG)
    client = async_client(Recorder(replies), max_retries=1)
    with pytest.raises(cls) as info:
        await op(client)
    _assert_no_secret([*_texts_of(info.value), repr(client), repr(client._pipeline), *_texts_of_logs(caplog)])


def test_success_logs_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = sync_client(Recorder(), log_sensitive=True)
    _details(client)
    _send(client)
    assert len([r for r in caplog.records if r.name == "flowroute"]) == 2
    _assert_no_secret(_texts_of_logs(caplog))


def test_missing_credentials_does_not_echo_the_given_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FR_ACCESS_KEY", raising=False)
    with pytest.raises(MissingCredentialsError) as info:
        FlowrouteClient(None, SECRET)
    _assert_no_secret(_texts_of(info.value))
    monkeypatch.delenv("FR_SECRET_KEY", raising=False)
    with pytest.raises(MissingCredentialsError) as info:
        FlowrouteClient(ACCESS, None)
    assert ACCESS not in str(info.value)


def test_base_url_with_user_info_does_not_echo_it() -> None:
    with pytest.raises(flowroute.InvalidParameterError) as info:
        FlowrouteClient(ACCESS, SECRET, base_url=f"https://{ACCESS}:{SECRET}@api.flowroute.com")
    _assert_no_secret(_texts_of(info.value))


def test_reprs_of_the_client_and_its_parts() -> None:
    client = sync_client(Recorder())
    texts = [
        repr(client),
        repr(client._pipeline),
        repr(client._pipeline.credentials),
        repr(client.numbers),
        repr(client.with_options(max_retries=0)),
        repr(client.with_options(max_retries=0)._pipeline),
    ]
    _assert_no_secret(texts)
    assert repr(client._pipeline.credentials) == f"Credentials(access_key='{ACCESS}', secret_key='***')"


# The SDK's own client sends straight to its transport, so only httpcore traces it; a
# caller's httpx.Client goes through httpx's client layer, which logs each request too.
@pytest.mark.parametrize(
    ("callers_client", "loggers"),
    [(False, {"flowroute", "httpcore"}), (True, {"flowroute", "httpx", "httpcore"})],
    ids=["sdk-client", "callers-httpx-client"],
)
def test_loopback_server_with_httpx_debug_logs(
    caplog: pytest.LogCaptureFixture, callers_client: bool, loggers: set[str]
) -> None:
    # A real socket, so httpx and httpcore log their own DEBUG traces too.
    answers: list[Answer] = [
        json_answer(500, ERROR_JSON),
        json_answer(200, example("/v2/numbers/{id}", "get", "200")),
        json_answer(401, ERROR_JSON),
    ]

    def respond(seen: Seen) -> Answer:
        return answers.pop(0)

    caplog.set_level(logging.DEBUG)
    with (
        LoopbackServer(respond) as server,
        httpx.Client() as http,
        FlowrouteClient(ACCESS, SECRET, base_url=server.url, http_client=http if callers_client else None) as client,
    ):
        assert _details(client).data.id == NUMBER
        with pytest.raises(flowroute.AuthenticationError) as info:
            _details(client)
    # The forms searched for below are exactly what went over the wire.
    assert [s.headers["authorization"] for s in server.requests] == ["Basic " + secret_forms()[1]] * 3
    assert {r.name.split(".")[0] for r in caplog.records} >= loggers
    _assert_no_secret([*_texts_of(info.value), *_texts_of_logs(caplog)])


# send_many's own errors, checked by test_bulk_errors_carry_no_secret.
BULK_ERRORS = {flowroute.BatchRejectedError, flowroute.JournalError, flowroute.SendOutcomeUnknownError}


def test_bulk_errors_carry_no_secret(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from flowroute._journal import Journal

    caplog.set_level(logging.DEBUG)
    client = sync_client(Recorder([]), max_retries=0)
    good = {"to": "16175550199", "from_": "16175550142", "body": "hello"}
    with pytest.raises(flowroute.BatchRejectedError) as rejected:
        client.messages.send_many([good, {**good, "to": "nope"}], all_or_nothing=True)
    journal = tmp_path / "j.sqlite"
    held = Journal(journal)
    with pytest.raises(flowroute.JournalError) as in_use:
        client.messages.send_many([good], journal=journal)
    held.close()
    unknown = tmp_path / "u.sqlite"
    client.messages.send_many([good], journal=unknown)
    with sqlite3.connect(unknown) as db:
        db.execute("UPDATE sends SET state = 'sending'")
    result = client.messages.send_many([good], journal=unknown)[0]
    assert isinstance(result.error, flowroute.SendOutcomeUnknownError)
    errors: list[BaseException] = [rejected.value, in_use.value, result.error]
    assert {type(e) for e in errors} == BULK_ERRORS
    _assert_no_secret([*(t for e in errors for t in _texts_of(e)), *_texts_of_logs(caplog)])

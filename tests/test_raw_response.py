"""``with_raw_response``: every operation's status and headers, and the typed parse on demand."""

from __future__ import annotations

import httpx
import pytest
from flowroute import (
    AsyncFlowrouteClient,
    FlowrouteClient,
    NotFoundError,
    RawResponse,
    ResponseValidationError,
)
from flowroute.models import AreaCodePage, MessageAccepted

from devtools.spec import response_example

PAGE = response_example("/v2/numbers/available/areacodes", "get", "200")
HEADERS = {"X-Request-Id": "req-42", "X-RateLimit-Remaining": "4"}


def _server(answers: list[httpx.Response]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers.pop(0)

    return httpx.MockTransport(handle), seen


def _client(answers: list[httpx.Response]) -> tuple[FlowrouteClient, list[httpx.Request]]:
    transport, seen = _server(answers)
    http = httpx.Client(transport=transport)
    return FlowrouteClient("acct", "secret", http_client=http, max_retries=2), seen


def test_status_headers_and_typed_parse() -> None:
    client, seen = _client([httpx.Response(200, json=PAGE, headers=HEADERS)])
    raw = client.with_raw_response.numbers.list_available_area_codes(limit=3)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-42"
    assert raw.json() == PAGE
    page = raw.parse()
    assert isinstance(page, AreaCodePage)
    assert page.to_dict() == AreaCodePage.from_dict(PAGE).to_dict()
    assert raw.parse() is page, "parsed once"
    assert seen[0].url.params["limit"] == "3"


def test_parsing_waits_for_parse() -> None:
    client, _ = _client([httpx.Response(200, content=b"{not json", headers=HEADERS)])
    raw = client.with_raw_response.numbers.list_available_area_codes()
    assert raw.status_code == 200
    with pytest.raises(ResponseValidationError) as info:
        raw.parse()
    assert info.value.status_code == 200


def test_an_answer_without_body_parses_to_none() -> None:
    client, _ = _client([httpx.Response(204)])
    raw = client.with_raw_response.numbers.release_a_did("12065550100")
    assert raw.status_code == 204
    assert raw.parse() is None


def test_errors_and_retries_are_the_pipelines() -> None:
    client, seen = _client([httpx.Response(503), httpx.Response(404, json={"errors": [{"status": 404}]})])
    with pytest.raises(NotFoundError):
        client.with_raw_response.numbers.list_phone_number_details("12065550100")
    assert len(seen) == 2, "the 503 was retried as for the plain method"


def test_arguments_are_checked_before_any_request() -> None:
    client, seen = _client([])
    with pytest.raises(ValueError, match="limit"):
        client.with_raw_response.numbers.list_available_area_codes(limit=401)
    assert seen == []


def test_hand_written_operations_are_there_with_the_specs_signature() -> None:
    accepted = response_example("/v2.1/messages", "post", "202")
    client, seen = _client([httpx.Response(202, json=accepted)])
    raw = client.with_raw_response.messages.send_a_message({"to": "12065550100", "from": "12065550199", "body": "hi"})
    assert raw.status_code == 202
    assert isinstance(raw.parse(), MessageAccepted)
    assert seen[0].method == "POST"


async def test_async_client() -> None:
    transport, seen = _server([httpx.Response(200, json=PAGE, headers=HEADERS)])
    async with AsyncFlowrouteClient("acct", "secret", http_client=httpx.AsyncClient(transport=transport)) as client:
        raw = await client.with_raw_response.numbers.list_available_area_codes()
    assert raw.headers["x-ratelimit-remaining"] == "4"
    assert isinstance(raw.parse(), AreaCodePage)
    assert len(seen) == 1

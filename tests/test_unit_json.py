"""Response bodies decode to exactly what ``json.loads`` gives, whichever decoder runs."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
from flowroute import FlowrouteClient, ResponseValidationError, _json
from hypothesis import given, settings
from hypothesis import strategies as st

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@pytest.fixture(params=["msgspec", "stdlib"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "stdlib":
        monkeypatch.setattr(_json, "_fast_decoder", lambda: None)
    assert _json.fast_decoder_name() == (None if request.param == "stdlib" else "msgspec")
    return str(request.param)


def test_msgspec_is_used_when_installed() -> None:
    # The dev environment installs the extra; without it every body would take the slow path unnoticed.
    assert _json.fast_decoder_name() == "msgspec"


@settings(max_examples=300, derandomize=True)
@given(value=JSON_VALUES, ensure_ascii=st.booleans())
def test_any_json_decodes_as_the_standard_library_does(value: Any, ensure_ascii: bool) -> None:
    text = json.dumps(value, ensure_ascii=ensure_ascii)
    decoded = _json.loads(text.encode())
    assert decoded == json.loads(text)
    assert repr(decoded) == repr(json.loads(text))  # same types too: 1 stays int, 1.0 stays float


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"[123456789012345678901234567890]", [123456789012345678901234567890]),
        (b'{"a": 1, "a": 2}', {"a": 2}),
        (b'"\\ud800"', "\ud800"),
        (b'\xef\xbb\xbf{"a": 1}', {"a": 1}),
        ('{"a": "\u00e9"}'.encode("utf-16"), {"a": "\u00e9"}),
    ],
)
def test_edge_cases_decode_as_the_standard_library_does(decoder: str, body: bytes, expected: Any) -> None:
    assert _json.loads(body) == expected


def test_out_of_range_numbers_decode_as_the_standard_library_does(decoder: str) -> None:
    assert _json.loads(b"[1e400, -1e400]") == [math.inf, -math.inf]
    assert _json.loads(b"[NaN]")[0] != _json.loads(b"[NaN]")[0]


@pytest.mark.parametrize("body", [b"", b"{", b'{"a": 1} trailing', b"[1,]", b"\xff", b"[" * 100_000])
def test_broken_json_raises_what_json_loads_raises(decoder: str, body: bytes) -> None:
    with pytest.raises((ValueError, RecursionError)):
        _json.loads(body)


def test_a_broken_body_becomes_a_response_validation_error(decoder: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"data": [', headers={"Content-Type": "application/vnd.api+json"})

    http = httpx.Client(transport=httpx.MockTransport(answer), base_url="https://api.flowroute.com")
    with (
        FlowrouteClient("ak", "sk", http_client=http, max_retries=0) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        client.numbers.list_available_area_codes(limit=3)
    assert caught.value.status_code == 200
    assert caught.value.body == '{"data": ['

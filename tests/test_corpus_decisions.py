"""The spec decisions of spec/DECISIONS.md hold, and the SDK side of them works.

The spec writes some facts twice (an enum and a pattern spelling the same values);
these tests keep the copies in step. The SDK side is checked against a real Prism.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from flowroute import FlowrouteClient, InvalidParameterError, sort_by
from flowroute.models import NumberOrderBy, SortDirection

from devtools.generator_spec import generator_view
from devtools.spec import load_spec, resolve

SCHEMAS = load_spec()["components"]["schemas"]
METHODS = ("get", "put", "post", "delete", "patch")


def _pattern(name: str) -> re.Pattern[str]:
    (branch,) = [b for b in SCHEMAS[name]["anyOf"] if "pattern" in b]
    return re.compile(branch["pattern"])


def test_the_sort_pattern_spells_exactly_the_sort_keys_and_directions() -> None:
    keys, directions = SCHEMAS["NumberOrderBy"]["enum"], SCHEMAS["SortDirection"]["enum"]
    pattern = _pattern("NumberSort")
    for key in keys:
        for direction in directions:
            assert pattern.fullmatch(f"{key},{direction}")
    spelled = re.fullmatch(r"\^\((.*)\),\((.*)\)\$", pattern.pattern)
    assert spelled is not None
    assert spelled.group(1).split("|") == keys and spelled.group(2).split("|") == directions
    for wrong in ("monthly_cost", "monthly_cost,", "monthly_cost,up", "price,asc", "monthly_cost, asc"):
        assert not pattern.fullmatch(wrong), wrong


def test_the_any_case_address_type_pattern_spells_exactly_the_address_types() -> None:
    names = SCHEMAS["E911AddressType"]["enum"]
    pattern = _pattern("E911AddressTypeAnyCase")
    for name in names:
        for spelling in (name, name.upper(), name.lower(), name.swapcase()):
            assert pattern.fullmatch(spelling), spelling
    words = re.sub(r"\[(.)(.)\]", r"\1", pattern.pattern.strip("^$()")).split("|")
    assert [word.capitalize() for word in words] == names
    for wrong in ("Suites", "Ste", "Apt", "Suite 400", ""):
        assert not pattern.fullmatch(wrong), wrong


def _request_bodies() -> Iterator[tuple[str, dict[str, object]]]:
    for path, item in load_spec()["paths"].items():
        for method in METHODS:
            if method in item and "requestBody" in item[method]:
                yield f"{method.upper()} {path}", resolve(item[method]["requestBody"])


def test_every_request_body_takes_both_json_media_types_with_one_schema() -> None:
    bodies = list(_request_bodies())
    assert len(bodies) == 21
    for where, body in bodies:
        content = body["content"]
        assert isinstance(content, dict)
        assert set(content) == {"application/json", "application/vnd.api+json"}, where
        first, second = content.values()
        assert first == second, where


def test_the_generator_sees_only_the_media_type_the_sdk_sends() -> None:
    spec = load_spec()
    view = generator_view(spec)
    for path, item in spec["paths"].items():
        for method in METHODS:
            declared = item.get(method, {}).get("requestBody")
            if declared is None:
                continue
            if "$ref" in declared:
                seen = view["components"]["requestBodies"][declared["$ref"].split("/")[-1]]
            else:
                seen = view["paths"][path][method]["requestBody"]
            content = resolve(declared)["content"]
            assert list(seen["content"]) == [next(iter(content))], (method, path)
            assert len(content) == 2  # the spec itself is left alone


def test_a_purchase_declares_200_and_201_with_the_same_body() -> None:
    responses = load_spec()["paths"]["/v2/numbers/{id}"]["post"]["responses"]
    assert responses["200"]["content"] == responses["201"]["content"]


@pytest.fixture
def sent(prism_url: str) -> Iterator[tuple[FlowrouteClient, list[httpx.Request]]]:
    requests: list[httpx.Request] = []
    http = httpx.Client(base_url=prism_url, event_hooks={"request": [requests.append]})
    with FlowrouteClient("access-key", "secret-key", base_url=prism_url, http_client=http) as client:
        yield client, requests


@pytest.mark.prism
@pytest.mark.parametrize(
    ("order_by", "on_the_wire"),
    [
        (sort_by(NumberOrderBy.MONTHLY_COST, SortDirection.DESC), "monthly_cost,desc"),
        (sort_by("rate_center", "asc"), "rate_center,asc"),
        ("monthly_cost,desc", "monthly_cost,desc"),
        (NumberOrderBy.STATE, "state"),
        ("state", "state"),
    ],
)
def test_the_sdk_asks_for_a_sort_direction(
    sent: tuple[FlowrouteClient, list[httpx.Request]], order_by: NumberOrderBy | str, on_the_wire: str
) -> None:
    client, requests = sent
    page = client.numbers.search_for_purchasable_phone_numbers(order_by=order_by)
    assert page.data  # Prism validated the query and answered the example
    assert requests[-1].url.params["order_by"] == on_the_wire


@pytest.mark.parametrize("order_by", ["cost", "monthly_cost,down", "monthly_cost,", ",asc", "monthly_cost,asc,desc"])
def test_a_wrong_sort_is_refused_before_sending(order_by: str) -> None:
    client = FlowrouteClient("access-key", "secret-key", base_url="http://127.0.0.1:9")
    with pytest.raises(InvalidParameterError) as refused:
        client.numbers.search_for_purchasable_phone_numbers(order_by=order_by)
    assert refused.value.parameter == "order_by"
    assert "',desc'" in refused.value.expected


@pytest.mark.parametrize(
    ("key", "direction", "parameter"),
    [("cost", "asc", "key"), ("monthly_cost", "down", "direction"), (None, "asc", "key")],
)
def test_sort_by_refuses_what_the_spec_does_not_list(key: str | None, direction: str, parameter: str) -> None:
    with pytest.raises(InvalidParameterError) as refused:
        sort_by(key, direction)  # type: ignore[arg-type]
    assert refused.value.parameter == parameter


@pytest.mark.prism
def test_the_sdk_keeps_sending_the_documented_media_types(sent: tuple[FlowrouteClient, list[httpx.Request]]) -> None:
    client, requests = sent
    client.messages.send_a_message({"from": "12065550100", "to": "16175550199", "body": "hi", "is_mms": "false"})
    message = requests[-1]
    assert message.headers["content-type"] == "application/vnd.api+json"
    assert b'"is_mms": false' in message.content or b'"is_mms":false' in message.content  # coerced to a boolean
    client.message_provisioning.set_message_provisioning(["+12065550100"], "enable")
    assert requests[-1].headers["content-type"] == "application/json"

"""Requests real Flowroute clients send, checked against the spec and sent through Prism.

Accepted requests (what the live API takes) must validate against the spec and get
an answer from Prism with no violation; refused ones (the clients' own bugs, with
the evidence in each fixture) must be refused by both, for the reason the fixture
names. See tests/corpus/judge.py for how each side judges.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.corpus.judge import (
    REASONS,
    CorpusRequest,
    corpus,
    declared_statuses,
    prism_reasons,
    send,
    spec_problems,
)

CORPUS = corpus()
IDS = [request.name for request in CORPUS]


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as client:
        yield client


def test_the_corpus_has_both_verdicts_and_names_its_sources() -> None:
    verdicts = {request.expect for request in CORPUS}
    assert verdicts == {"accepted", "refused"}
    for request in CORPUS:
        assert request.sources, request.name
        for source in request.sources:
            assert "/" in source.repository and source.path and source.shows, request.name


def test_the_corpus_covers_every_client_the_issue_names() -> None:
    repositories = " ".join(source.repository for request in CORPUS for source in request.sources)
    for client in ("sdk-v3-python", "sdk-v3-nodejs", "sdk-v3-php", "sdk-v3-ruby", "sdk-v3-dot-net", "client-go"):
        assert client in repositories
    assert "rjanja/flowroute" in repositories  # the Elixir client


@pytest.mark.parametrize("request_", CORPUS, ids=IDS)
def test_the_spec_judges_the_request_as_the_fixture_says(request_: CorpusRequest) -> None:
    problems = spec_problems(request_)
    if request_.expect == "accepted":
        assert not problems, f"{request_.summary}: {problems}"
    else:
        assert {reason for reason, _ in problems} == {request_.refused_for}, problems


@pytest.mark.parametrize("request_", [r for r in CORPUS if r.answered], ids=[r.name for r in CORPUS if r.answered])
def test_the_status_the_source_shows_is_declared(request_: CorpusRequest) -> None:
    assert request_.answered in declared_statuses(request_)


@pytest.mark.prism
@pytest.mark.parametrize("request_", CORPUS, ids=IDS)
def test_prism_judges_the_request_as_the_fixture_says(
    request_: CorpusRequest, prism_url: str, http: httpx.Client
) -> None:
    response = send(prism_url, request_, http)
    reasons = prism_reasons(response)
    if request_.expect == "accepted":
        assert response.status_code < 400 and not reasons, (response.status_code, response.text[:500])
        if request_.answered:
            assert response.status_code == request_.answered
    else:
        assert response.status_code >= 400, response.status_code
        assert request_.refused_for in reasons, (reasons, response.headers.get("sl-violations"))


# ---- the judges can fail: break an accepted request in each part, both sides must refuse it ----


def _accepted(name: str) -> CorpusRequest:
    return next(r for r in CORPUS if r.name == name)


def _with_attribute(request: CorpusRequest, key: str, value: Any) -> CorpusRequest:
    body = copy.deepcopy(request.body)
    body["data"]["attributes"][key] = value
    return dataclasses.replace(request, body=body)


BROKEN = {
    "path": dataclasses.replace(
        _accepted("php-primary-route-application-json"), path="/v2/numbers/12065550100/relationships/primary_routes"
    ),
    "query": dataclasses.replace(_accepted("go-search-order-by-direction"), query={"order_by": "monthly_cost,up"}),
    "content-type": dataclasses.replace(_accepted("elixir-send-sms-flat-json"), content_type="text/plain"),
    "body": _with_attribute(_accepted("node-send-mms-application-json"), "is_mms", "yes"),
}


def test_every_reason_has_a_broken_example() -> None:
    assert set(BROKEN) == set(REASONS)


@pytest.mark.parametrize("reason", REASONS)
def test_the_spec_refuses_a_broken_request(reason: str) -> None:
    assert {found for found, _ in spec_problems(BROKEN[reason])} == {reason}


@pytest.mark.prism
@pytest.mark.parametrize("reason", REASONS)
def test_prism_refuses_a_broken_request(reason: str, prism_url: str, http: httpx.Client) -> None:
    response = send(prism_url, BROKEN[reason], http)
    assert response.status_code >= 400
    assert reason in prism_reasons(response)

"""Attacks on time: a server that drips its headers or body cannot hold a call past its deadline."""

from __future__ import annotations

import time

import flowroute
import pytest

from tests.hostile_clients import AREA_CODES, KINDS, SEND_ACCEPTED, area_codes, run, send
from tests.hostile_server import Connection, HostileServer, Request

# Each byte arrives well inside the 1 s read timeout, so only a total deadline can end the call.
DRIP = 0.1
TIMEOUT = 1.0
DEADLINE = 1.5
# The call must end within its deadline plus this much (one drip step, scheduling on a busy machine).
SLACK = 1.0


def drip_headers(request: Request, conn: Connection) -> bool:
    conn.drip(b"HTTP/1.1 202 Accepted\r\n" + b"X-Slow: " + b"z" * 10_000 + b"\r\n\r\n", DRIP)
    return False


def drip_body(request: Request, conn: Connection) -> bool:
    body = SEND_ACCEPTED if request.method == "POST" else AREA_CODES
    padded = body + b" " * 10_000
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(padded))
    conn.drip(padded, DRIP)
    return False


@pytest.mark.parametrize("behave", [drip_headers, drip_body], ids=["headers", "body"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_dripped_send_ends_at_its_deadline_and_is_not_resent(kind: str, behave: object) -> None:
    with HostileServer(behave) as server:  # type: ignore[arg-type]
        started = time.monotonic()
        with pytest.raises(flowroute.APITimeoutError) as info:
            run(kind, server.url, send, timeout=TIMEOUT, deadline=DEADLINE, max_retries=3)
        took = time.monotonic() - started
    assert took < DEADLINE + SLACK, f"{kind}: the call took {took:.1f} s"
    assert "deadline" in str(info.value)
    # A send that timed out may have been processed: it is never sent again.
    assert len(server.requests) == 1
    assert not server.errors


@pytest.mark.parametrize("kind", KINDS)
def test_each_attempt_of_a_get_has_its_own_deadline(kind: str) -> None:
    with HostileServer(drip_body) as server:
        started = time.monotonic()
        with pytest.raises(flowroute.APITimeoutError):
            run(kind, server.url, area_codes, timeout=TIMEOUT, deadline=DEADLINE, max_retries=1)
        took = time.monotonic() - started
    assert len(server.requests) == 2
    assert 2 * DEADLINE - 0.2 < took < 2 * DEADLINE + 2 * SLACK, f"{kind}: {took:.1f} s"


@pytest.mark.parametrize("kind", KINDS)
def test_the_default_deadline_is_twice_the_read_timeout(kind: str) -> None:
    with HostileServer(drip_headers) as server:
        started = time.monotonic()
        with pytest.raises(flowroute.APITimeoutError):
            run(kind, server.url, send, timeout=TIMEOUT)
        took = time.monotonic() - started
    assert took < 2 * TIMEOUT + SLACK, f"{kind}: {took:.1f} s"


def test_the_deadline_is_a_client_setting_beside_timeout() -> None:
    client = flowroute.FlowrouteClient("k", "s")
    assert client.deadline == 60.0  # twice the default 30 s read timeout
    assert client.with_options(timeout=5).deadline == 10.0
    assert client.with_options(deadline=7).deadline == 7.0
    explicit = flowroute.FlowrouteClient("k", "s", deadline=3)
    assert explicit.with_options(timeout=100).deadline == 3.0
    for bad in (0, -1, float("nan"), float("inf"), "5", True, 10**5000):
        with pytest.raises(flowroute.InvalidParameterError, match="deadline"):
            flowroute.FlowrouteClient("k", "s", deadline=bad)  # type: ignore[arg-type]
        with pytest.raises(flowroute.InvalidParameterError, match="deadline"):
            client.with_options(deadline=bad)  # type: ignore[arg-type]
    client.close()
    explicit.close()


@pytest.mark.parametrize("kind", KINDS)
def test_a_quick_answer_is_unaffected_by_the_deadline(kind: str) -> None:
    def answer(request: Request, conn: Connection) -> bool:
        conn.answer(202, SEND_ACCEPTED, {"Content-Type": "application/json"})
        return True

    with HostileServer(answer) as server:
        accepted = run(kind, server.url, send, deadline=0.5)
    assert accepted.data.id

"""The fault-injection server checked with plain httpx and raw sockets: each fault does what
it claims, the record of processed requests is exact, and the server cleans up after itself."""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import socket
import ssl
import threading
import time
import uuid
from collections import Counter
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from tests.faultserver import (
    ALL_FAULTS,
    AREACODES_PATH,
    CONNECTION_FAULTS,
    HTTP_STATUS_FAULTS,
    JSON_API,
    MALFORMED_FAULTS,
    SEND_PATH,
    THREAD_PREFIX,
    UNKNOWN_AREACODE_TYPE,
    UNKNOWN_MESSAGE_TYPE,
    Fault,
    FaultPlan,
    FaultServer,
    message_text,
)

if TYPE_CHECKING:  # importing the plugin module before pytest does would skip its rewriting
    from tests.fault_fixtures import FaultServerFactory


MDR_ID = re.compile(r"^mdr2-[0-9a-f]{32}$")
AREACODES_BODY = {
    "data": [
        {
            "type": "areacode",
            "id": "201",
            "links": {"related": "https://api.flowroute.com/v2/numbers/available/exchanges?areacode=201"},
        }
    ],
    "links": {"self": "https://api.flowroute.com/v2/numbers/available/areacodes?limit=1&offset=0"},
}
NO_STALL = tuple(f for f in ALL_FAULTS if f is not Fault.STALL)
# Every URL here is plain http; one shared context spares each client ~0.1 s of loading certificates.
TLS = ssl.create_default_context()


def message(text: str) -> dict[str, str]:
    return {"to": "16175550199", "from": "16175550142", "body": text}


def send(client: httpx.Client, text: str) -> httpx.Response:
    return client.post(SEND_PATH, json=message(text))


def get_areacodes(client: httpx.Client) -> httpx.Response:
    return client.get(AREACODES_PATH, params={"limit": 1})


def client_for(server: FaultServer, timeout: float = 5.0) -> httpx.Client:
    return httpx.Client(base_url=server.url, timeout=timeout, verify=TLS)


def assert_error_body(response: httpx.Response, status: int) -> None:
    assert response.status_code == status
    assert response.headers["content-type"] == JSON_API
    doc = response.json()
    (error,) = doc["errors"]
    assert error["status"] == status and isinstance(error["status"], int)
    uuid.UUID(error["id"])
    assert error["title"] and error["detail"]


def server_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(THREAD_PREFIX)]


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


# ---- correct answers ---------------------------------------------------------------------


def test_a_clean_send_is_accepted_and_recorded(fault_server: FaultServer) -> None:
    with client_for(fault_server) as client:
        response = send(client, "clean send")
    assert response.status_code == 202
    assert response.headers["content-type"] == JSON_API
    data = response.json()["data"]
    assert data["type"] == "message"
    assert MDR_ID.match(data["id"])
    assert data["links"]["self"] == f"https://api.flowroute.com/v2.1/messages/{data['id']}"
    stats = fault_server.stats()
    assert stats.seen == 1
    (record,) = stats.processed
    assert (record.method, record.path, record.fault) == ("POST", SEND_PATH, Fault.NONE)
    assert json.loads(record.body) == message("clean send")
    assert abs(record.timestamp - time.time()) < 5
    assert stats.sends_by_body == {"clean send": 1}
    assert stats.duplicates == 0
    assert stats.faults == {Fault.NONE: 1}
    assert stats.statuses == {202: 1}


def test_a_clean_area_code_page_is_flowroutes(fault_server: FaultServer) -> None:
    with client_for(fault_server) as client:
        plain = client.get(AREACODES_PATH)
        paged = client.get(AREACODES_PATH, params={"limit": 5, "offset": 10})
    assert plain.status_code == 200
    assert plain.headers["content-type"] == JSON_API
    assert plain.json() == AREACODES_BODY
    assert paged.json()["links"]["self"].endswith("areacodes?limit=5&offset=10")
    stats = fault_server.stats()
    assert [r.method for r in stats.processed] == ["GET", "GET"]
    assert stats.processed[1].query == "limit=5&offset=10"
    assert stats.sends_by_body == {}


def test_requests_off_the_two_routes_are_turned_away_unprocessed(
    fault_server: FaultServer,
) -> None:
    fault_server.script([Fault.SERVER_ERROR_500_PROCESSED])
    with client_for(fault_server) as client:
        assert_error_body(client.get("/v2/numbers"), 404)
        assert_error_body(client.get(SEND_PATH), 405)
        assert_error_body(client.post(AREACODES_PATH, json={}), 405)
        assert_error_body(client.post(SEND_PATH, content=b"not json"), 422)
        assert_error_body(client.post(SEND_PATH, json={"body": "no numbers"}), 422)
    stats = fault_server.stats()
    assert stats.seen == 5
    assert stats.processed == ()
    assert fault_server.scripted_remaining == 0  # the 422s drew the scripted fault, unused
    assert [entry.fault for entry in stats.log] == [None] * 5


def test_credentials_are_checked_when_configured(fault_server: FaultServer) -> None:
    fault_server.configure(FaultPlan(credentials=("key", "secret")))
    with client_for(fault_server) as client:
        assert_error_body(send(client, "anonymous"), 401)
        assert_error_body(client.post(SEND_PATH, json=message("wrong"), auth=("key", "nope")), 401)
        ok = client.post(SEND_PATH, json=message("right"), auth=("key", "secret"))
    assert ok.status_code == 202
    assert fault_server.stats().sends_by_body == {"right": 1}


def test_duplicates_are_counted_by_message_text_in_both_body_forms(
    fault_server: FaultServer,
) -> None:
    jsonapi = {"data": {"type": "message", "attributes": message("twice")}}
    with client_for(fault_server) as client:
        assert send(client, "twice").status_code == 202
        assert client.post(SEND_PATH, json=jsonapi).status_code == 202
        assert send(client, "once").status_code == 202
    stats = fault_server.stats()
    assert stats.sends_by_body == {"twice": 2, "once": 1}
    assert stats.duplicates == 1
    assert stats.duplicate_bodies == {"twice": 2}
    assert stats.processed_sends == 3
    assert message_text(b"\xffraw") == "\ufffdraw"


# ---- status faults -----------------------------------------------------------------------


@pytest.mark.parametrize("fault", [Fault.RATE_LIMIT_RETRY_AFTER, Fault.RATE_LIMIT])
def test_429_is_not_processed_and_retry_after_is_as_labelled(fault_server: FaultServer, fault: Fault) -> None:
    fault_server.configure(FaultPlan(retry_after="7"))
    fault_server.script([fault, fault])
    with client_for(fault_server) as client:
        responses = [send(client, "rate limited"), get_areacodes(client)]
    for response in responses:
        assert_error_body(response, 429)
        if fault is Fault.RATE_LIMIT_RETRY_AFTER:
            assert response.headers["retry-after"] == "7"
        else:
            assert "retry-after" not in response.headers
    stats = fault_server.stats()
    assert stats.processed == ()
    assert stats.faults == {fault: 2}
    assert stats.statuses == {429: 2}
    # Unprocessed attempts stay attributable: the log keeps a send's text and a GET's query.
    assert [(e.method, e.text, e.query, e.processed) for e in stats.log] == [
        ("POST", "rate limited", "", False),
        ("GET", None, "limit=1", False),
    ]


@pytest.mark.parametrize("fault", [f for f in HTTP_STATUS_FAULTS if f.status != 429], ids=lambda f: f.value)
def test_5xx_answers_its_status_and_is_processed_only_when_labelled(fault_server: FaultServer, fault: Fault) -> None:
    fault_server.script([fault, fault])
    with client_for(fault_server) as client:
        sent = send(client, f"text for {fault.value}")
        got = get_areacodes(client)
    assert fault.status is not None and fault.status >= 500
    assert_error_body(sent, fault.status)
    assert_error_body(got, fault.status)
    assert "retry-after" not in sent.headers
    stats = fault_server.stats()
    assert stats.faults == {fault: 2}
    if fault.processes:
        assert [(r.method, r.fault) for r in stats.processed] == [("POST", fault), ("GET", fault)]
        assert stats.sends_by_body == {f"text for {fault.value}": 1}
    else:
        assert stats.processed == ()
        assert stats.sends_by_body == {}


def test_every_common_5xx_has_a_processed_and_an_unprocessed_variant() -> None:
    for status in (500, 502, 503, 504):
        variants = {f.processes for f in HTTP_STATUS_FAULTS if f.status == status}
        assert variants == {True, False}, status
    assert not Fault.RATE_LIMIT.processes and not Fault.RATE_LIMIT_RETRY_AFTER.processes


# ---- connection faults -------------------------------------------------------------------


def raw_request(server: FaultServer, head_only: bool) -> bytes:
    """Send a send-request over a raw socket and read until the server closes or resets it."""
    body = json.dumps(message("raw")).encode()
    head = (
        f"POST {SEND_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: {JSON_API}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(head)
        if not head_only:
            sock.sendall(body)
        return read_until_closed(sock)


def read_until_closed(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_keep_alive_chunked_bodies_and_connection_close_over_one_socket(
    fault_server: FaultServer,
) -> None:
    body = json.dumps(message("chunked")).encode()
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    requests = (
        f"GET {AREACODES_PATH} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        + f"POST {SEND_PATH} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
        + chunked
        + f"GET {AREACODES_PATH} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()
    )
    with socket.create_connection(("127.0.0.1", fault_server.port), timeout=5) as sock:
        sock.sendall(requests)  # pipelined: the server answers in order, then closes
        replies = read_until_closed(sock)
    assert replies.count(b"HTTP/1.1 ") == 3
    assert replies.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"HTTP/1.1 202 Accepted\r\n" in replies
    assert replies.count(b"Connection: keep-alive") == 2 and replies.count(b"Connection: close") == 1
    assert fault_server.stats().sends_by_body == {"chunked": 1}


def test_garbage_closes_only_its_own_connection(fault_server: FaultServer) -> None:
    with socket.create_connection(("127.0.0.1", fault_server.port), timeout=5) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        assert read_until_closed(sock) == b""
    with socket.create_connection(("127.0.0.1", fault_server.port), timeout=5) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nno colon here\r\n\r\n")
        assert read_until_closed(sock) == b""
    with client_for(fault_server) as client:
        assert get_areacodes(client).status_code == 200
    assert fault_server.stats().seen == 1


def test_reset_before_body_resets_without_processing(fault_server: FaultServer) -> None:
    fault_server.script([Fault.RESET_BEFORE_BODY, Fault.RESET_BEFORE_BODY])
    # The head alone triggers it: the server never waits for the body.
    with pytest.raises(ConnectionResetError):
        raw_request(fault_server, head_only=True)
    with client_for(fault_server) as client, pytest.raises(httpx.TransportError):
        send(client, "reset before")
    stats = fault_server.stats()
    assert stats.seen == 2
    assert stats.processed == ()
    assert [e.text for e in stats.log] == [None, None]  # the body was never read
    assert stats.faults == {Fault.RESET_BEFORE_BODY: 2}
    assert stats.statuses == {}


def test_reset_after_processing_records_the_send_and_answers_nothing(
    fault_server: FaultServer,
) -> None:
    fault_server.script([Fault.RESET_AFTER_PROCESSING, Fault.RESET_AFTER_PROCESSING])
    with pytest.raises(ConnectionResetError):
        raw_request(fault_server, head_only=False)
    with client_for(fault_server) as client, pytest.raises(httpx.TransportError):
        send(client, "reset after")
    stats = fault_server.stats()
    assert [json.loads(r.body)["body"] for r in stats.processed] == ["raw", "reset after"]
    assert stats.faults == {Fault.RESET_AFTER_PROCESSING: 2}
    assert stats.statuses == {}


def test_a_stall_outlasts_the_client_read_timeout(fault_server: FaultServer) -> None:
    fault_server.configure(FaultPlan(stall_seconds=2.0))  # cut short when the server closes
    fault_server.script([Fault.STALL])
    timeout = httpx.Timeout(5.0, read=0.15)
    start = time.monotonic()
    with httpx.Client(base_url=fault_server.url, timeout=timeout, verify=TLS) as client:
        with pytest.raises(httpx.ReadTimeout):
            send(client, "stalled")
        elapsed = time.monotonic() - start
        # The server keeps serving other connections meanwhile.
        assert get_areacodes(client).status_code == 200
    assert 0.15 <= elapsed < 2.0
    stats = fault_server.stats()
    assert stats.sends_by_body == {"stalled": 1}
    assert stats.faults == {Fault.STALL: 1, Fault.NONE: 1}


def test_a_stall_answers_normally_afterwards_if_the_client_waits(
    fault_server: FaultServer,
) -> None:
    fault_server.configure(FaultPlan(stall_seconds=0.3))
    fault_server.script([Fault.STALL])
    start = time.monotonic()
    with client_for(fault_server) as client:
        response = send(client, "slow")
    assert time.monotonic() - start >= 0.3
    assert response.status_code == 202
    assert MDR_ID.match(response.json()["data"]["id"])


def test_a_stall_without_an_answer_closes_the_connection(fault_server: FaultServer) -> None:
    fault_server.configure(FaultPlan(stall_seconds=0.2, answer_after_stall=False))
    fault_server.script([Fault.STALL])
    start = time.monotonic()
    with client_for(fault_server) as client, pytest.raises(httpx.RemoteProtocolError):
        send(client, "silent")
    assert time.monotonic() - start >= 0.2
    assert fault_server.stats().sends_by_body == {"silent": 1}


def test_a_short_body_breaks_the_framing_after_processing(fault_server: FaultServer) -> None:
    fault_server.script([Fault.MALFORMED_SHORT_BODY] * 2)
    with client_for(fault_server) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            send(client, "short")
        with pytest.raises(httpx.RemoteProtocolError):
            get_areacodes(client)
    stats = fault_server.stats()
    assert len(stats.processed) == 2
    assert stats.statuses == {202: 1, 200: 1}


# ---- malformed 2xx bodies ----------------------------------------------------------------


def json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


@pytest.mark.parametrize("fault", MALFORMED_FAULTS, ids=lambda f: f.value)
@pytest.mark.parametrize("endpoint", ["send", "areacodes"])
def test_malformed_2xx_bodies_are_what_they_claim(fault_server: FaultServer, fault: Fault, endpoint: str) -> None:
    fault_server.script([fault])
    with client_for(fault_server) as client:
        response = send(client, "m") if endpoint == "send" else get_areacodes(client)
    ok = 202 if endpoint == "send" else 200
    doc = json_or_none(response)
    if fault is Fault.MALFORMED_TRUNCATED_JSON:
        assert response.status_code == ok
        assert response.headers["content-type"] == JSON_API
        assert response.content.startswith(b'{"data": ')
        assert doc is None
    elif fault is Fault.MALFORMED_HTML:
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/html"
        assert response.text.startswith("<!DOCTYPE html>")
        assert doc is None
    elif fault is Fault.MALFORMED_EMPTY:
        assert response.status_code == ok
        assert response.content == b""
    elif fault is Fault.MALFORMED_WRONG_TYPES:
        assert response.status_code == ok
        assert doc == {"data": "oops"}
    elif fault is Fault.MALFORMED_UNKNOWN_ENUM:
        assert response.status_code == ok
        if endpoint == "send":
            assert doc["data"]["type"] == UNKNOWN_MESSAGE_TYPE
            assert MDR_ID.match(doc["data"]["id"])
        else:
            assert doc["data"][0]["type"] == UNKNOWN_AREACODE_TYPE
            assert doc["links"] == AREACODES_BODY["links"]
    else:  # pragma: no cover
        raise AssertionError(fault)
    (record,) = fault_server.stats().processed
    assert record.fault is fault


def test_the_fault_groups_cover_every_kind_once() -> None:
    groups = [HTTP_STATUS_FAULTS, CONNECTION_FAULTS, MALFORMED_FAULTS]
    flat = [f for group in groups for f in group]
    assert sorted(flat, key=lambda f: f.value) == sorted(ALL_FAULTS, key=lambda f: f.value)
    assert len(flat) == len(set(flat))


# ---- plans, seeds and scripts ------------------------------------------------------------


def test_plans_reject_impossible_rates() -> None:
    with pytest.raises(ValueError, match="add up"):
        FaultPlan(rates={Fault.RATE_LIMIT: 0.6, Fault.STALL: 0.6})
    with pytest.raises(ValueError, match="NONE"):
        FaultPlan(rates={Fault.NONE: 0.5})
    with pytest.raises(ValueError, match="within"):
        FaultPlan(rates={Fault.RATE_LIMIT: -0.1})
    with pytest.raises(ValueError, match="stall_seconds"):
        FaultPlan(stall_seconds=0)
    plan = FaultPlan.spread(0.2, HTTP_STATUS_FAULTS)
    assert plan.total_rate == pytest.approx(0.2)
    assert set(plan.rates) == set(HTTP_STATUS_FAULTS)


def test_draws_follow_the_rates() -> None:
    plan = FaultPlan(rates={Fault.RATE_LIMIT: 0.1, Fault.STALL: 0.05, Fault.MALFORMED_EMPTY: 0.05})
    rng = random.Random(99)
    n = 20_000
    counts = Counter(plan.choose(rng) for _ in range(n))
    for fault, rate in [*plan.rates.items(), (Fault.NONE, 0.8)]:
        assert counts[fault] / n == pytest.approx(rate, abs=0.01), fault
    assert set(counts) == {*plan.rates, Fault.NONE}


def fault_sequence(server: FaultServer, n: int) -> list[Fault | None]:
    with client_for(server, timeout=2.0) as client:
        for i in range(n):
            try:
                if i % 2:
                    send(client, f"seq {i}")
                else:
                    get_areacodes(client)
            except httpx.TransportError:
                pass
    return [entry.fault for entry in sorted(server.stats().log, key=lambda e: e.seq)]


def test_a_seed_makes_the_fault_sequence_repeatable(
    fault_server_factory: FaultServerFactory,
) -> None:
    plan = FaultPlan.spread(0.6, NO_STALL, seed=1234)
    first = fault_sequence(fault_server_factory(plan), 50)
    again = fault_sequence(fault_server_factory(plan), 50)
    other = fault_sequence(fault_server_factory(FaultPlan.spread(0.6, NO_STALL, seed=4321)), 50)
    assert first == again
    assert first != other
    assert len(set(first)) > 5  # a real mix, not all clean

    # configure() reseeds: the same server replays the sequence from the start.
    server = fault_server_factory(plan)
    fault_sequence(server, 10)
    server.configure(plan)
    server.reset_stats()
    assert fault_sequence(server, 50) == first


def test_a_real_run_injects_about_the_configured_share(fault_server: FaultServer) -> None:
    fault_server.configure(FaultPlan.spread(0.2, NO_STALL, seed=5))
    sequence = fault_sequence(fault_server, 400)
    injected = sum(1 for f in sequence if f is not Fault.NONE)
    assert 0.12 < injected / 400 < 0.28
    stats = fault_server.stats()
    assert stats.faults_injected == injected
    assert "faults injected" in stats.summary()


def test_a_script_overrides_the_rates_then_runs_out(fault_server: FaultServer) -> None:
    fault_server.configure(FaultPlan(rates={Fault.SERVER_ERROR_503_UNPROCESSED: 1.0}))
    fault_server.script([Fault.SERVER_ERROR_500_PROCESSED, Fault.NONE, Fault.RATE_LIMIT_RETRY_AFTER])
    assert fault_server.scripted_remaining == 3
    with client_for(fault_server) as client:
        statuses = [send(client, f"s{i}").status_code for i in range(5)]
    assert statuses == [500, 202, 429, 503, 503]
    assert fault_server.scripted_remaining == 0
    assert fault_server.stats().sends_by_body == {"s0": 1, "s1": 1}

    fault_server.script([Fault.NONE] * 4)
    fault_server.configure(FaultPlan())  # drops what is left of the script
    assert fault_server.scripted_remaining == 0


# ---- concurrency and shutdown ------------------------------------------------------------


def test_20_concurrent_clients_get_a_consistent_record(fault_server: FaultServer) -> None:
    fault_server.configure(FaultPlan.spread(0.3, NO_STALL, seed=42))
    per_client = 30
    outcomes: dict[str, str] = {}  # message text -> what the client saw
    gets: Counter[str] = Counter()
    lock = threading.Lock()
    failures: list[BaseException] = []

    def run(worker: int) -> None:
        try:
            with client_for(fault_server) as client:
                for i in range(per_client):
                    if i % 2:
                        outcome = classify(lambda: get_areacodes(client))
                        with lock:
                            gets[outcome] += 1
                    else:
                        text = f"w{worker}-{i}"
                        outcome = classify(lambda: send(client, text))  # noqa: B023
                        with lock:
                            outcomes[text] = outcome
        except BaseException as exc:  # surfaced below
            failures.append(exc)

    start = time.monotonic()
    threads = [threading.Thread(target=run, args=(w,)) for w in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    elapsed = time.monotonic() - start
    assert not failures
    total = 20 * per_client
    assert elapsed < 20, f"{total} requests took {elapsed:.1f}s"  # ~1 s here; CI boxes can be busy

    stats = fault_server.stats()
    assert stats.seen == total
    assert sorted(e.seq for e in stats.log) == list(range(total))
    assert sum(stats.faults.values()) == total
    processed_by_kind = sum(n for fault, n in stats.faults.items() if fault.processes)
    assert len(stats.processed) == processed_by_kind
    assert sum(1 for e in stats.log if e.processed) == processed_by_kind
    assert stats.duplicates == 0
    # What each client saw agrees with what the server recorded.
    assert set(stats.sends_by_body) <= set(outcomes)
    for text, outcome in outcomes.items():
        if outcome in ("202", "429"):
            assert stats.sends_by_body.get(text, 0) == (outcome == "202"), text
    clean_sends = sum(1 for outcome in outcomes.values() if outcome == "202")
    clean = stats.faults.get(Fault.NONE, 0)
    assert clean_sends + gets["200"] == clean
    assert gets["429"] + sum(1 for o in outcomes.values() if o == "429") == sum(
        stats.faults.get(f, 0) for f in (Fault.RATE_LIMIT, Fault.RATE_LIMIT_RETRY_AFTER)
    )


def classify(call: Any) -> str:
    """'202'/'200' for a correct answer, the status for an error, else a tag."""
    try:
        response: httpx.Response = call()
    except httpx.TransportError as exc:
        return type(exc).__name__
    if response.status_code in (200, 202):
        doc = json_or_none(response)
        data = doc.get("data") if isinstance(doc, dict) else None
        good = (isinstance(data, dict) and data.get("type") == "message") or (
            isinstance(data, list) and data and data[0].get("type") == "areacode"
        )
        if not good or response.headers["content-type"] != JSON_API:
            return f"{response.status_code}-malformed"
    return str(response.status_code)


async def test_async_clients_are_served_concurrently(fault_server: FaultServer) -> None:
    async with httpx.AsyncClient(base_url=fault_server.url, timeout=5, verify=TLS) as client:

        async def worker(w: int) -> list[int]:
            statuses = []
            for i in range(5):
                response = await client.post(SEND_PATH, json=message(f"async {w}-{i}"))
                statuses.append(response.status_code)
            return statuses

        results = await asyncio.gather(*(worker(w) for w in range(20)))
    assert [s for statuses in results for s in statuses] == [202] * 100
    stats = fault_server.stats()
    assert stats.processed_sends == 100
    assert stats.duplicates == 0


def test_close_leaves_no_thread_or_socket_behind() -> None:
    fds_before = open_fds()
    threads_before = threading.active_count()
    assert server_threads() == []
    server = FaultServer(FaultPlan(stall_seconds=30)).start()
    idle = socket.create_connection(("127.0.0.1", server.port))
    stalled: list[BaseException] = []

    def stall() -> None:
        try:
            with client_for(server, timeout=10) as c:
                send(c, "never answered")
        except httpx.TransportError as exc:
            stalled.append(exc)

    with client_for(server) as client:
        assert get_areacodes(client).status_code == 200  # a keep-alive connection stays open
        server.script([Fault.STALL])
        staller = threading.Thread(target=stall)
        staller.start()
        deadline = time.monotonic() + 5
        while server.stats().sends_by_body == {} and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.stats().sends_by_body == {"never answered": 1}
        assert server.open_sockets == 3
        assert server_threads() == [f"{THREAD_PREFIX}-{server.port}"]  # one thread serves them all

        start = time.monotonic()
        server.close()
        assert time.monotonic() - start < 2  # the 30 s stall was cut short
        staller.join(5)
        assert not staller.is_alive()
        assert len(stalled) == 1  # the stalled client saw the connection end
        assert server_threads() == []
        assert server.open_sockets == 0
        assert idle.recv(1) == b""  # the idle connection was closed by the server
        with pytest.raises(httpx.ConnectError):
            get_areacodes(client)  # the keep-alive connection is dead and nothing listens
    idle.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", server.port), timeout=1).close()
    assert open_fds() == fds_before
    assert threading.active_count() == threads_before


def test_the_fixtures_start_and_stop_servers(
    fault_server: FaultServer, fault_server_factory: FaultServerFactory
) -> None:
    other = fault_server_factory(FaultPlan(rates={Fault.RATE_LIMIT: 1.0}))
    assert other.url != fault_server.url
    with client_for(other) as client:
        assert send(client, "limited").status_code == 429
    with client_for(fault_server) as client:
        assert send(client, "fine").status_code == 202

"""The SDK against the fault server: 1,000 sends and 1,000 area-code GETs per client (sync and
async) with 20 % of requests faulted, and short backoff.

Every call's attempts are found in the server's log (by sequence range for the sequential sync
run; by message text or by a per-call ``offset`` for the concurrent async run) and checked:

* no send is processed twice, whatever the faults (a 5xx, a reset or a timeout can hide a
  processed send, so only a 429 may be resent);
* the SDK retried only after a fault it may retry, and no more than ``max_retries`` times;
* a call that failed had either used up its retries or hit a fault that is not retried, so
  every GET whose faults fit in the retry budget succeeded;
* every failure is a ``flowroute.FlowrouteError`` of the class the last fault calls for;
* no call took longer than its attempts' timeouts plus backoff allow.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qs

import flowroute
import httpx
from flowroute import AsyncFlowrouteClient, FlowrouteClient, RetryPolicy

from tests.faultserver import ALL_FAULTS, AREACODES_PATH, SEND_PATH, Fault, FaultPlan, FaultServer, SeenRequest

CALLS = 1000  # of each kind, per client
FAULT_RATE = 0.20
STALL_RATE = 0.003  # stalls cost a read timeout each; keep them rare but present
MAX_RETRIES = 3
POLICY = RetryPolicy(initial_backoff=0.002, max_backoff=0.01, rate_limit_backoff=0.002, max_retry_after=1.0)
TO, FROM = "16175550199", "16175550142"

RATE_LIMITS = frozenset({Fault.RATE_LIMIT, Fault.RATE_LIMIT_RETRY_AFTER})
COMMON_5XX = frozenset(f for f in ALL_FAULTS if f.status in (500, 502, 503, 504))
TRANSPORT = frozenset({Fault.RESET_BEFORE_BODY, Fault.RESET_AFTER_PROCESSING, Fault.STALL, Fault.MALFORMED_SHORT_BODY})
# What must be retried while retries are left: a GET after a 429, a 500/502/503/504 or a
# transport failure; a send only when Flowroute provably did not process it, which for an
# established connection means a 429 and nothing else. A GET may also be retried after any
# other fault (520/529, a malformed body), since repeating it is harmless; the SDK does not.
MUST_RETRY = {"get": RATE_LIMITS | COMMON_5XX | TRANSPORT, "send": RATE_LIMITS}
MAY_RETRY = {"get": frozenset(ALL_FAULTS), "send": RATE_LIMITS}

EXPECTED_ERROR: dict[Fault, type[flowroute.FlowrouteError]] = {
    **dict.fromkeys(RATE_LIMITS, flowroute.RateLimitError),
    **{f: flowroute.ServerError for f in ALL_FAULTS if f.status is not None and f.status >= 500},
    Fault.RESET_BEFORE_BODY: flowroute.APIConnectionError,
    Fault.RESET_AFTER_PROCESSING: flowroute.APIConnectionError,
    Fault.MALFORMED_SHORT_BODY: flowroute.APIConnectionError,
    Fault.STALL: flowroute.APITimeoutError,
    Fault.MALFORMED_TRUNCATED_JSON: flowroute.ResponseValidationError,
    Fault.MALFORMED_HTML: flowroute.ResponseValidationError,
    Fault.MALFORMED_EMPTY: flowroute.ResponseValidationError,
    Fault.MALFORMED_WRONG_TYPES: flowroute.ResponseValidationError,
    Fault.MALFORMED_UNKNOWN_ENUM: flowroute.ResponseValidationError,
}


def fault_plan(seed: int, stall_seconds: float) -> FaultPlan:
    others = [f for f in ALL_FAULTS if f is not Fault.STALL]
    rates: dict[Fault, float] = dict.fromkeys(others, (FAULT_RATE - STALL_RATE) / len(others))
    rates[Fault.STALL] = STALL_RATE
    # Retry-After: 0 keeps the run fast while still telling the SDK when to come back.
    return FaultPlan(rates=rates, seed=seed, stall_seconds=stall_seconds, retry_after="0")


@dataclass
class Outcome:
    kind: str  # "send" or "get"
    key: str  # the message text, or "offset=N" for a GET
    error: BaseException | None
    elapsed: float
    seq_range: range | None = None  # sequential runs only
    attempts: list[SeenRequest] = field(default_factory=list)


@dataclass
class RunReport:
    name: str
    outcomes: list[Outcome]
    stats_summary: str
    duplicates: int
    problems: list[str]

    def table(self) -> str:
        ok = Counter(o.kind for o in self.outcomes if o.error is None)
        failed: Counter[str] = Counter(
            f"{o.kind} {type(o.error).__name__}" for o in self.outcomes if o.error is not None
        )
        attempts = Counter(len(o.attempts) for o in self.outcomes)
        lines = [
            f"== {self.name} fault run: {len(self.outcomes)} calls ==",
            self.stats_summary,
            f"{'sends succeeded':<28}{ok['send']:>8}",
            f"{'GETs succeeded':<28}{ok['get']:>8}",
            "failures by exception class:",
            *(f"  {name:<26}{n:>8}" for name, n in sorted(failed.items())),
            "calls by attempts: " + ", ".join(f"{k}: {v}" for k, v in sorted(attempts.items())),
            f"{'problems':<28}{len(self.problems):>8}",
            *(f"  {p}" for p in self.problems[:20]),
        ]
        return "\n".join(lines)


def check_call(outcome: Outcome, timeout: httpx.Timeout) -> list[str]:
    """Everything that must hold for one call, given its attempts as the server saw them."""
    problems: list[str] = []
    where = f"{outcome.kind} {outcome.key!r}"
    faults = [a.fault for a in outcome.attempts]
    if not faults:
        return [f"{where}: the server saw no attempt"]
    if len(faults) > MAX_RETRIES + 1:
        problems.append(f"{where}: {len(faults)} attempts, more than 1 + max_retries")
    for fault in faults[:-1]:
        if fault not in MAY_RETRY[outcome.kind]:
            problems.append(f"{where}: retried after {fault}, which must not be retried ({faults})")
    last = faults[-1]
    error = outcome.error
    if error is None:
        if last not in (Fault.NONE, Fault.MALFORMED_UNKNOWN_ENUM):
            problems.append(f"{where}: succeeded although the last attempt got {last}")
    else:
        if not isinstance(error, flowroute.FlowrouteError):
            problems.append(f"{where}: raised {type(error).__name__}, not a FlowrouteError: {error}")
        elif last is not None and last in EXPECTED_ERROR and not isinstance(error, EXPECTED_ERROR[last]):
            expected = EXPECTED_ERROR[last].__name__
            problems.append(f"{where}: {last} ended it but it raised {type(error).__name__}, not {expected}")
        if last is Fault.NONE:
            problems.append(f"{where}: failed with {type(error).__name__} after a clean answer")
        if last in MUST_RETRY[outcome.kind] and len(faults) < MAX_RETRIES + 1:
            problems.append(f"{where}: gave up after {last} with retries left ({faults})")
    # Each attempt may take the connect and read timeouts; the waits between are short.
    per_attempt = (timeout.connect or 0) + (timeout.read or 0)
    budget = len(faults) * per_attempt + MAX_RETRIES * max(POLICY.max_backoff, POLICY.rate_limit_backoff) + 1.0
    if outcome.elapsed > budget:
        problems.append(f"{where}: took {outcome.elapsed:.2f} s, over its {budget:.2f} s budget")
    return problems


def check_run(name: str, server: FaultServer, outcomes: list[Outcome], timeout: httpx.Timeout) -> RunReport:
    stats = server.stats()
    problems: list[str] = []
    by_seq = {entry.seq: entry for entry in stats.log}
    if all(o.seq_range is not None for o in outcomes):
        for o in outcomes:
            assert o.seq_range is not None
            o.attempts = [by_seq[s] for s in o.seq_range if s in by_seq]
        attributed = sum(len(o.attempts) for o in outcomes)
    else:
        # Concurrent: a send's attempts carry its text, a GET's its unique query. A reset before
        # the body leaves a send's attempt without text; the SDK must not resend after it, so it
        # can only be that send's last attempt, and it is matched below.
        sends: dict[str, list[SeenRequest]] = defaultdict(list)
        gets: dict[str, list[SeenRequest]] = defaultdict(list)
        orphans = 0
        for entry in sorted(stats.log, key=lambda e: e.seq):
            if entry.path == SEND_PATH and entry.text is not None:
                sends[entry.text].append(entry)
            elif entry.path == AREACODES_PATH:
                gets[get_key(entry.query)].append(entry)
            else:
                orphans += 1
        unexplained = 0
        for o in outcomes:
            o.attempts = (sends if o.kind == "send" else gets).get(o.key, [])
            if (
                o.kind == "send"
                and isinstance(o.error, flowroute.APIConnectionError)
                and (not o.attempts or o.attempts[-1].fault in MAY_RETRY["send"])
            ):
                unexplained += 1  # its last attempt was reset before the body was read
                o.attempts = [*o.attempts, _orphan()]
        if orphans != unexplained:
            problems.append(f"{orphans} unattributed attempts but {unexplained} sends that need one")
        attributed = sum(len(o.attempts) for o in outcomes)
    if attributed != stats.seen:
        problems.append(f"the server saw {stats.seen} requests but {attributed} belong to calls")
    for o in outcomes:
        problems.extend(check_call(o, timeout))
    sent_texts = {o.key for o in outcomes if o.kind == "send"}
    for o in outcomes:
        if o.kind == "send" and o.error is None and stats.sends_by_body.get(o.key) != 1:
            problems.append(f"send {o.key!r} succeeded but was processed {stats.sends_by_body.get(o.key, 0)} times")
    if not set(stats.sends_by_body) <= sent_texts:
        problems.append("the server processed sends nobody made")
    return RunReport(name, outcomes, stats.summary(), stats.duplicates, problems)


def _orphan() -> SeenRequest:
    return SeenRequest(
        seq=-1,
        method="POST",
        path=SEND_PATH,
        query="",
        text=None,
        fault=Fault.RESET_BEFORE_BODY,
        processed=False,
        status=None,
        monotonic=0.0,
    )


def assert_clean(report: RunReport) -> None:
    print("\n" + report.table())
    assert report.duplicates == 0, report.table()
    assert not report.problems, report.table()
    failures = [o for o in report.outcomes if o.error is not None]
    assert all(isinstance(o.error, flowroute.FlowrouteError) for o in failures)
    # The run must actually have been hard: faults were injected, and retries rescued calls.
    assert any(len(o.attempts) > 1 and o.error is None for o in report.outcomes)
    assert failures


def call_order(run_id: str) -> Iterable[tuple[str, str]]:
    for i in range(CALLS):
        yield "send", f"fault-run {run_id} message {i}"
        yield "get", f"offset={i}"


def get_key(query: str) -> str:
    """A GET's call key from its query string: its ``offset``, unique per call."""
    return "offset=" + ",".join(parse_qs(query).get("offset", []))


def test_sync_client_through_1000_sends_and_1000_gets_at_20_percent_faults() -> None:
    # Read timeouts stay well above a loaded machine's latency: a spurious timeout on a clean
    # answer would (rightly) count as a problem.
    timeout = httpx.Timeout(2.0, read=0.5)
    run_id = uuid.uuid4().hex[:8]
    outcomes: list[Outcome] = []
    with (
        FaultServer(fault_plan(seed=20261127, stall_seconds=1.0)) as server,
        FlowrouteClient(
            "access",
            "secret",
            base_url=server.url,
            max_retries=MAX_RETRIES,
            retry_policy=POLICY,
            timeout=timeout,
            rate_limiter=None,  # a fault run, not a pacing run: 1,000 sends at 5/s would take minutes
        ) as client,
    ):
        for kind, key in call_order(run_id):
            before = server.seen
            start = time.monotonic()
            error: BaseException | None = None
            try:
                if kind == "send":
                    client.messages.send(to=TO, from_=FROM, body=key)
                else:
                    client.numbers.list_available_area_codes(limit=1, offset=int(key.rsplit("=", 1)[1]))
            except Exception as exc:
                error = exc
            elapsed = time.monotonic() - start
            outcomes.append(Outcome(kind, key, error, elapsed, seq_range=range(before, server.seen)))
        report = check_run("sync", server, outcomes, timeout)
    assert_clean(report)


async def test_async_client_through_1000_sends_and_1000_gets_at_20_percent_faults() -> None:
    timeout = httpx.Timeout(3.0, read=1.0)
    run_id = uuid.uuid4().hex[:8]
    calls = list(call_order(run_id))
    outcomes: list[Outcome] = []
    workers = 8  # httpx's async pool slows down sharply at ~20 concurrent requests on 2 cores
    with FaultServer(fault_plan(seed=20261128, stall_seconds=2.0)) as server:
        async with AsyncFlowrouteClient(
            "access",
            "secret",
            base_url=server.url,
            max_retries=MAX_RETRIES,
            retry_policy=POLICY,
            timeout=timeout,
            rate_limiter=None,  # a fault run, not a pacing run: 1,000 sends at 5/s would take minutes
        ) as client:

            async def worker(w: int) -> None:
                for kind, key in calls[w::workers]:
                    start = time.monotonic()
                    error: BaseException | None = None
                    try:
                        if kind == "send":
                            await client.messages.send(to=TO, from_=FROM, body=key)
                        else:
                            offset = int(key.rsplit("=", 1)[1])
                            await client.numbers.list_available_area_codes(limit=1, offset=offset)
                    except Exception as exc:
                        error = exc
                    outcomes.append(Outcome(kind, key, error, time.monotonic() - start))

            await asyncio.gather(*(worker(w) for w in range(workers)))
        report = check_run("async", server, outcomes, timeout)
    assert_clean(report)

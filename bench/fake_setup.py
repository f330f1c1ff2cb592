"""What the fake costs a user's test suite: ``python -m bench.fake_setup``.

Two measurements, each against a baseline measured in the same run:

- cold: a fresh interpreter that builds a ``FakeFlowroute`` and makes one SDK call
  through it, against one that makes the same call through ``httpx.MockTransport``
  with a canned answer (the SDK's own import and first-call cost). The difference is
  what the fake adds to the start of a test session; median CPU time of interleaved runs.
- warm: one ``flowroute_fake`` + ``flowroute_client`` fixture setup (a new fake and
  client), against building a client on a ``MockTransport``.

Target: the fake adds well under a second to a session (≤ 300 ms CPU cold) and a
fixture setup stays ≤ 20 ms.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

COLD_RUNS = 9
WARM_ROUNDS = 200
COLD_TARGET_MS = 300.0
WARM_TARGET_MS = 20.0

_CALL = "client.numbers.list_account_phone_numbers()"
FAKE = f"""
from flowroute.testing import FakeFlowroute
client = FakeFlowroute().client()
{_CALL}
"""
MOCK = f"""
import httpx
from flowroute import FlowrouteClient
page = {{"data": [], "links": {{"self": "https://api.flowroute.com/v2/numbers"}}}}
http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=page)))
client = FlowrouteClient("k", "s", http_client=http)
{_CALL}
"""


def _cpu_ms(code: str) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ))  # noqa: S603 - fixed code
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000


def cold() -> tuple[float, float]:
    _cpu_ms(FAKE), _cpu_ms(MOCK)  # bytecode caches written, not timed
    fake, mock = [], []
    for _ in range(COLD_RUNS):
        fake.append(_cpu_ms(FAKE))
        mock.append(_cpu_ms(MOCK))
    return statistics.median(fake), statistics.median(mock)


def _per_call_ms(make: Callable[[], object]) -> float:
    started = time.perf_counter()
    for _ in range(WARM_ROUNDS):
        make()
    return (time.perf_counter() - started) / WARM_ROUNDS * 1000


def warm() -> tuple[float, float]:
    import httpx
    from flowroute import FlowrouteClient
    from flowroute.testing import FakeFlowroute

    def fixture() -> object:
        fake = FakeFlowroute()
        return fake.client()

    def baseline() -> object:
        http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(204)))
        return FlowrouteClient("k", "s", http_client=http)

    fixture(), baseline()
    fake_ms, mock_ms = [], []
    for _ in range(5):
        fake_ms.append(_per_call_ms(fixture))
        mock_ms.append(_per_call_ms(baseline))
    return statistics.median(fake_ms), statistics.median(mock_ms)


def main() -> int:
    print(f"load average {os.getloadavg()[0]:.2f}")
    fake_cold, mock_cold = cold()
    added = fake_cold - mock_cold
    verdict = "PASS" if added <= COLD_TARGET_MS else "MISS"
    print(f"cold session start, CPU ms: fake {fake_cold:.0f}, MockTransport {mock_cold:.0f}")
    print(f"  the fake adds {added:.0f} ms (target <= {COLD_TARGET_MS:.0f} ms) {verdict}")
    fake_warm, mock_warm = warm()
    verdict = "PASS" if fake_warm <= WARM_TARGET_MS else "MISS"
    print(f"fixture setup, ms: fake + client {fake_warm:.2f}, MockTransport client {mock_warm:.2f}")
    print(f"  ratio {fake_warm / mock_warm:.1f}x (target <= {WARM_TARGET_MS:.0f} ms) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

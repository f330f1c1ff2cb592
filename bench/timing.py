"""Measure a pair of equivalent workloads, SDK and raw httpx, under the same conditions.

The machine is small and noisy, so every figure is a median over repeated blocks, the two
sides run interleaved (alternating which goes first), and both are warmed up before any
block counts. Ratios are the median of the ratios of adjacent SDK and raw blocks: both
blocks of a pair saw nearly the same load, which a ratio of two overall medians cannot
promise when other jobs come and go. GC stays enabled: the garbage a client makes is part
of what it costs.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

SyncCall = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class SyncPair:
    """Median seconds per call for each side, and the median paired SDK/raw ratio.

    ``sdk`` and ``ratio`` are None when only raw httpx ran.
    """

    raw: float
    sdk: float | None
    ratio: float | None
    calls_per_block: int
    blocks: int


@dataclass(frozen=True)
class RatePair:
    """Median messages per second, and CPU microseconds per message, for each side.

    ``sdk`` and ``sdk_cpu_us`` are None when only raw httpx ran. The CPU figure is this
    process's own time, so it hardly moves when other jobs compete for the cores, while
    the rate does: it is the steadier measure of client overhead on a shared machine.
    """

    raw: float
    sdk: float | None
    raw_cpu_us: float
    sdk_cpu_us: float | None
    ratio: float | None  # median of paired SDK/raw msg/s ratios
    per_round: int
    rounds: int


def _paired_ratio(samples: list[list[float]]) -> float | None:
    """Median of SDK/raw over samples taken side by side; None with only the raw side."""
    if len(samples) < 2:
        return None
    raw, sdk = samples
    return statistics.median(s / r for r, s in zip(raw, sdk, strict=True))


def _time_block(call: SyncCall, calls: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - start) / calls


def _calls_per_block(call: SyncCall, block_seconds: float) -> int:
    calls = 1
    while True:
        per_call = _time_block(call, calls)
        if per_call * calls >= block_seconds / 4 or calls >= 1_000_000:
            return max(1, round(block_seconds / per_call))
        calls *= 4


def compare_sync(raw: SyncCall, sdk: SyncCall | None, *, blocks: int = 15, block_seconds: float = 0.2) -> SyncPair:
    sides = [raw] if sdk is None else [raw, sdk]
    # One block size for both sides (sized on the slower one), so each block is a like-for-like
    # sample and neither side gets more warm-up from its calibration than the other.
    calls = min(_calls_per_block(call, block_seconds) for call in sides)
    for call in sides:
        _time_block(call, calls)
    times: list[list[float]] = [[] for _ in sides]
    for block in range(blocks):
        order = list(zip(sides, times, strict=True))
        if block % 2:
            order.reverse()
        for call, samples in order:
            samples.append(_time_block(call, calls))
    medians = [statistics.median(samples) for samples in times]
    return SyncPair(
        raw=medians[0],
        sdk=medians[1] if sdk is not None else None,
        ratio=_paired_ratio(times),
        calls_per_block=calls,
        blocks=blocks,
    )


async def _rate(send: AsyncCall, concurrency: int, total: int) -> tuple[float, float]:
    """(messages per second, CPU µs per message) for ``concurrency`` workers sending ``total``."""
    per_worker = total // concurrency

    async def worker() -> None:
        for _ in range(per_worker):
            await send()

    gc.collect()
    cpu_start = time.process_time()
    start = time.perf_counter()
    async with asyncio.TaskGroup() as group:
        for _ in range(concurrency):
            group.create_task(worker())
    elapsed = time.perf_counter() - start
    sent = per_worker * concurrency
    return sent / elapsed, (time.process_time() - cpu_start) / sent * 1e6


async def compare_async(
    raw: AsyncCall,
    sdk: AsyncCall | None,
    *,
    concurrency: int,
    rounds: int = 5,
    round_seconds: float = 0.5,
) -> RatePair:
    sides = [raw] if sdk is None else [raw, sdk]
    # Warm-up opens the connections both sides will reuse, and sizes a round from its rate.
    probe = max(concurrency * 4, 100)
    slower = min([(await _rate(send, concurrency, probe))[0] for send in sides])
    per_round = max(concurrency, round(slower * round_seconds / concurrency) * concurrency)
    samples: list[list[tuple[float, float]]] = [[] for _ in sides]
    for round_index in range(rounds):
        order = list(zip(sides, samples, strict=True))
        if round_index % 2:
            order.reverse()
        for send, side_samples in order:
            side_samples.append(await _rate(send, concurrency, per_round))
    rates = [[rate for rate, _ in side] for side in samples]
    cpus = [statistics.median(cpu for _, cpu in side) for side in samples]
    return RatePair(
        raw=statistics.median(rates[0]),
        sdk=statistics.median(rates[1]) if sdk is not None else None,
        raw_cpu_us=cpus[0],
        sdk_cpu_us=cpus[1] if sdk is not None else None,
        ratio=_paired_ratio(rates),
        per_round=per_round,
        rounds=rounds,
    )

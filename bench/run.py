"""Run every benchmark against one nginx and print the SDK-versus-raw-httpx table.

Exit status: 0 when everything ran, whatever the verdicts (a missed target is a result,
reported as MISS); 1 when a measurement itself failed; 130/143 when interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import httpx
import httpx_aiohttp

from . import imports, memory, profile, raw, sdk
from .bodies import MDR_TOTAL
from .report import Row, Verdict, as_text, judged, summary, unavailable, write_markdown
from .server import RUN_DIR, NginxServer
from .timing import RatePair, SyncCall, compare_async, compare_sync

SECTIONS = ("sync", "send", "memory", "import")
CONCURRENCY = (1, 10, 50)


@dataclass(frozen=True)
class SendVariant:
    """One interleaved send comparison: the raw side's transport and the SDK's client."""

    label: str
    raw_transport: str  # "stock" or "aiohttp"
    # False: the SDK gets an httpx.AsyncClient on the raw side's transport. True: the client
    # AsyncFlowrouteClient builds for itself, what a bulk sender gets without extra code.
    sdk_default: bool
    levels: tuple[int, ...] = CONCURRENCY


SAME_STOCK = SendVariant("both on stock httpx.AsyncClient", "stock", sdk_default=False)
SAME_AIOHTTP = SendVariant("both on httpx + AiohttpTransport", "aiohttp", sdk_default=False)
DEFAULT_VS_AIOHTTP = SendVariant("raw on AiohttpTransport, SDK default client", "aiohttp", sdk_default=True)
# Sampled alongside the SDK default client too, so the 5x target never compares rates that
# were taken minutes apart under different load.
DEFAULT_VS_STOCK = SendVariant(
    "raw on stock httpx.AsyncClient, SDK default client", "stock", sdk_default=True, levels=(max(CONCURRENCY),)
)
SEND_VARIANTS = (SAME_STOCK, SAME_AIOHTTP, DEFAULT_VS_AIOHTTP, DEFAULT_VS_STOCK)
SMALL_TARGET = 1.15
MDR_PAGE_TARGET = 1.5
AIOHTTP_TARGET = 0.9
STOCK_TARGET = 5.0
RSS_TARGET_MB = 20.0
IMPORT_TARGET_MS = 50.0


@dataclass(frozen=True)
class Settings:
    blocks: int
    block_seconds: float
    rounds: int
    round_seconds: float
    import_runs: int


# Many short blocks rather than a few long ones: adjacent SDK and raw blocks then share
# nearly the same machine load.
FULL = Settings(blocks=41, block_seconds=0.08, rounds=9, round_seconds=0.3, import_runs=31)
QUICK = Settings(blocks=3, block_seconds=0.05, rounds=2, round_seconds=0.1, import_runs=3)


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs/call"


def _throughput(per_second: float, cpu_us: float) -> str:
    return f"{per_second:,.0f} msg/s, {cpu_us:,.0f} µs CPU/msg"


def _ratio_row(name: str, raw_text: str, sdk_text: str, ratio: float, target: str, passed: bool | None) -> Row:
    verdict = Verdict.NONE if passed is None else judged(passed)
    return Row(name, raw_text, sdk_text, f"{ratio:.2f}x", target, verdict)


Decoding = Callable[[], contextlib.AbstractContextManager[str | None]]


def sync_rows(base_url: str, settings: Settings) -> list[Row]:
    baseline = raw.RawSync(base_url)
    client = sdk.sync_client(base_url)
    rows: list[Row] = []
    default: Decoding = contextlib.nullcontext
    # The last row is the SDK installed without the msgspec extra; raw always uses json.loads.
    cases: list[tuple[str, SyncCall, Callable[[Any], SyncCall | sdk.Missing], float, Decoding]] = [
        ("sync area codes, 3 items", baseline.area_codes, sdk.area_codes_call, SMALL_TARGET, default),
        ("sync MDR page, 200 records", baseline.mdr_page, sdk.mdr_page_call, MDR_PAGE_TARGET, default),
        ("sync MDR page, SDK on stdlib json", baseline.mdr_page, sdk.mdr_page_call, MDR_PAGE_TARGET, sdk.stdlib_json),
    ]
    try:
        for name, raw_call, sdk_factory, target, decoding in cases:
            with decoding() as cannot:
                call = client if isinstance(client, sdk.Missing) else sdk_factory(client)
                if cannot and not isinstance(call, sdk.Missing):
                    call = sdk.Missing(cannot)
                pair = compare_sync(
                    raw_call,
                    None if isinstance(call, sdk.Missing) else call,
                    blocks=settings.blocks,
                    block_seconds=settings.block_seconds,
                )
            if isinstance(call, sdk.Missing) or pair.sdk is None or pair.ratio is None:
                rows.append(unavailable(name, str(call), _us(pair.raw)))
                continue
            ratio = pair.ratio
            rows.append(_ratio_row(name, _us(pair.raw), _us(pair.sdk), ratio, f"≤ {target:.2f}x", ratio <= target))
    finally:
        if not isinstance(client, sdk.Missing):
            client.close()
        baseline.close()
    return rows


def _transport(kind: str) -> httpx.AsyncBaseTransport | None:
    return None if kind == "stock" else httpx_aiohttp.AiohttpTransport()


async def _send_pairs(
    base_url: str, settings: Settings
) -> tuple[dict[tuple[SendVariant, int], RatePair], sdk.Missing | None]:
    pairs: dict[tuple[SendVariant, int], RatePair] = {}
    missing: sdk.Missing | None = None
    for variant in SEND_VARIANTS:
        async with raw.async_client(base_url, _transport(variant.raw_transport)) as raw_client:
            sdk_http = None if variant.sdk_default else httpx.AsyncClient(transport=_transport(variant.raw_transport))
            sender = sdk.async_sender(base_url, sdk_http)
            if isinstance(sender, sdk.Missing):
                missing = sender
            try:
                for concurrency in variant.levels:
                    pairs[variant, concurrency] = await compare_async(
                        raw.RawAsync(raw_client).send,
                        None if isinstance(sender, sdk.Missing) else sender.send,
                        concurrency=concurrency,
                        rounds=settings.rounds,
                        round_seconds=settings.round_seconds,
                    )
            finally:
                if not isinstance(sender, sdk.Missing):
                    await sender.aclose()
    return pairs, missing


def send_rows(base_url: str, settings: Settings) -> list[Row]:
    pairs, missing = asyncio.run(_send_pairs(base_url, settings))
    rows: list[Row] = []
    top = max(CONCURRENCY)
    targets = {
        (DEFAULT_VS_AIOHTTP, top): AIOHTTP_TARGET,
        (DEFAULT_VS_STOCK, top): STOCK_TARGET,
    }
    for variant in SEND_VARIANTS:
        for concurrency in variant.levels:
            name = f"async send c={concurrency}, {variant.label}"
            pair = pairs[variant, concurrency]
            raw_text = _throughput(pair.raw, pair.raw_cpu_us)
            if pair.sdk is None or pair.sdk_cpu_us is None or pair.ratio is None:
                rows.append(unavailable(name, str(missing), raw_text))
                continue
            sdk_text = _throughput(pair.sdk, pair.sdk_cpu_us)
            ratio = pair.ratio
            target = targets.get((variant, concurrency))
            if target is None:
                rows.append(_ratio_row(name, raw_text, sdk_text, ratio, "", None))
            else:
                rows.append(_ratio_row(name, raw_text, sdk_text, ratio, f"≥ {target:g}x", ratio >= target))
    return rows


def memory_rows(base_url: str) -> list[Row]:
    name = f"paginate {MDR_TOTAL:,} MDRs, peak RSS growth"
    baseline = memory.run_in_subprocess("raw", base_url)
    raw_text = f"{baseline.growth_mb:.1f} MB"
    if isinstance(missing := sdk.mdr_iterator(base_url), sdk.Missing):
        return [unavailable(name, str(missing), raw_text)]
    result = memory.run_in_subprocess("sdk", base_url)
    if result.records != MDR_TOTAL:
        raise RuntimeError(f"the SDK paginator yielded {result.records} of {MDR_TOTAL} MDRs")
    return [
        Row(
            name,
            raw_text,
            f"{result.growth_mb:.1f} MB (peak {result.peak_mb:.0f} MB)",
            "",
            f"< {RSS_TARGET_MB:g} MB",
            judged(result.growth_mb < RSS_TARGET_MB),
        )
    ]


def import_rows(settings: Settings) -> tuple[list[Row], list[str]]:
    name = "cold import, fresh interpreter (median)"
    reason = sdk.unavailable_reason()
    if reason is not None:
        return [unavailable(name, reason)], []
    times = imports.compare(sdk.MODULE, runs=settings.import_runs)
    heaviest = ", ".join(f"{module} {ms:.1f} ms" for module, ms in imports.heaviest_extra_imports(sdk.MODULE))
    row = Row(
        name,
        f"import httpx {times.baseline_cpu_ms:.0f} ms CPU ({times.baseline_wall_ms:.0f} ms wall)",
        f"import {sdk.MODULE} {times.module_cpu_ms:.0f} ms CPU ({times.module_wall_ms:.0f} ms wall)",
        f"{times.delta_ms:+.0f} ms",
        f"≤ +{IMPORT_TARGET_MS:g} ms",
        judged(times.delta_ms <= IMPORT_TARGET_MS),
    )
    return [row], [f"Import time beyond httpx, by package (self time): {heaviest or 'none'}"]


def _error_row(section: str, exc: BaseException) -> Row:
    # The full traceback went to stderr; a subprocess's error is on its last line.
    lines = str(exc).strip().splitlines() or [type(exc).__name__]
    return Row(section, "", lines[-1][:160], "", "", Verdict.ERROR)


def _raise_on_sigterm(signum: int, frame: FrameType | None) -> None:
    # Turn SIGTERM into an exception so the `with NginxServer()` block still stops nginx.
    raise SystemExit(128 + signum)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="few, short samples (smoke test)")
    parser.add_argument("--profile", action="store_true", help="also write pyinstrument profiles of the SDK side")
    parser.add_argument(
        "--only",
        type=lambda text: set(text.split(",")),
        default=set(SECTIONS),
        help=f"comma-separated subset of {','.join(SECTIONS)}",
    )
    parser.add_argument("--results", type=Path, default=RUN_DIR / "results.md")
    return parser.parse_args(argv)


def _run_section(section: str, measure: Callable[[], list[Row]], rows: list[Row]) -> bool:
    """Append the section's rows, or an ERROR row; True when it ran."""
    print(f"... {section}", flush=True)
    try:
        rows += measure()
    except Exception as exc:  # report it, finish the others, then exit 1
        traceback.print_exc()
        rows.append(_error_row(section, exc))
        return False
    return True


def _load_note(start: tuple[float, float, float]) -> str:
    end = os.getloadavg()
    return (
        f"Load average (1 min) {start[0]:.1f} at start, {end[0]:.1f} at end, on {os.cpu_count()} cores; "
        "anything above ~1 means other work shared the CPU and the figures are noisier."
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    settings = QUICK if args.quick else FULL
    signal.signal(signal.SIGTERM, _raise_on_sigterm)
    # A shell without job control starts background jobs with SIGINT ignored; we want it.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    load_at_start = os.getloadavg()
    rows: list[Row] = []
    notes: list[str] = []
    ok = True
    with NginxServer() as server:
        print(f"nginx on {server.url}; SDK: {sdk.describe()}", flush=True)
        notes.append(f"The SDK decodes response bodies with {sdk.json_decoder()}; raw httpx uses json.loads.")
        if "sync" in args.only:
            ok &= _run_section("sync calls", lambda: sync_rows(server.url, settings), rows)
        if "send" in args.only:
            ok &= _run_section("async send", lambda: send_rows(server.url, settings), rows)
        if "memory" in args.only:
            ok &= _run_section("pagination memory", lambda: memory_rows(server.url), rows)
        if args.profile:
            print("... pyinstrument profiles", flush=True)
            notes += profile.write_profiles(server.url, RUN_DIR)
    import_notes: list[str] = []

    def measure_imports() -> list[Row]:
        table, import_notes[:] = import_rows(settings)
        return table

    if "import" in args.only:
        ok &= _run_section("cold import", measure_imports, rows)
    notes += [*import_notes, _load_note(load_at_start)]
    print()
    print(as_text(rows))
    for note in notes:
        print(f"- {note}")
    print(summary(rows))
    write_markdown(args.results, "Flowroute SDK vs raw httpx", rows, notes)
    print(f"Markdown table written to {args.results}")
    return 0 if ok else 1

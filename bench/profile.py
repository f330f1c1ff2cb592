"""Where the SDK spends its time: pyinstrument profiles of the SDK side of each workload.

Each profile is written in full to the run directory; the notes returned for the results
table give the share of samples per top-level package, which is usually enough to tell
whether the time is in the SDK's own code, in model parsing, or in httpx itself.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from pyinstrument import Profiler
from pyinstrument.frame import Frame

from . import sdk
from .timing import SyncCall

PROFILE_SECONDS = 3.0
INTERVAL = 0.0002


def _package(frame: Frame) -> str:
    path = frame.file_path or ""
    for marker in ("/site-packages/", "/wrapper/", "/generated/", "/bench/"):
        if marker in path:
            tail = path.split(marker, 1)[1]
            return tail.split("/", 1)[0].removesuffix(".py")
    if "/lib/python3" in path:
        return "stdlib:" + path.rsplit("/lib/python3", 1)[1].split("/", 2)[1].removesuffix(".py")
    return path or "<builtin>"


def _self_times(root: Frame) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds of samples by innermost package, and by innermost function."""
    by_package: defaultdict[str, float] = defaultdict(float)
    by_function: defaultdict[str, float] = defaultdict(float)
    stack = [root]
    while stack:
        frame = stack.pop()
        # A frame's total_self_time already includes its synthetic "[self]" children.
        if frame.is_synthetic:
            continue
        by_package[_package(frame)] += frame.total_self_time
        by_function[f"{frame.function} ({frame.file_path_short}:{frame.line_no})"] += frame.total_self_time
        stack.extend(frame.children)
    return by_package, by_function


def _top(times: dict[str, float], count: int) -> str:
    total = sum(times.values()) or 1.0
    heaviest = sorted(times.items(), key=lambda item: item[1], reverse=True)[:count]
    return ", ".join(f"{name} {100 * seconds / total:.0f}%" for name, seconds in heaviest)


def _summarise(name: str, profiler: Profiler, out_dir: Path) -> str:
    path = out_dir / f"profile-{name}.txt"
    path.write_text(profiler.output_text(unicode=True, color=False, show_all=False))
    root = profiler.last_session.root_frame() if profiler.last_session else None
    if root is None:
        return f"profile {name}: no samples"
    by_package, by_function = _self_times(root)
    return (
        f"profile {name} ({path.name}): self time by package: {_top(by_package, 6)}; "
        f"top functions: {_top(by_function, 5)}"
    )


def _profile_sync(name: str, call: SyncCall, out_dir: Path) -> str:
    call()
    profiler = Profiler(interval=INTERVAL, async_mode="disabled")
    deadline = time.perf_counter() + PROFILE_SECONDS
    profiler.start()
    while time.perf_counter() < deadline:
        call()
    profiler.stop()
    return _summarise(name, profiler, out_dir)


async def _profile_send(base_url: str, concurrency: int, out_dir: Path) -> str:
    # The SDK's own default client, the configuration the send targets judge.
    sender = sdk.async_sender(base_url, None)
    if isinstance(sender, sdk.Missing):
        return f"profile send: {sender.reason}"
    stop = time.perf_counter() + PROFILE_SECONDS

    async def worker() -> None:
        while time.perf_counter() < stop:
            await sender.send()

    await sender.send()
    # async_mode disabled: one profile of the whole thread, event loop included.
    profiler = Profiler(interval=INTERVAL, async_mode="disabled")
    profiler.start()
    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(concurrency):
                group.create_task(worker())
    finally:
        profiler.stop()
        await sender.aclose()
    return _summarise(f"send-c{concurrency}-sdk-default", profiler, out_dir)


def write_profiles(base_url: str, out_dir: Path) -> list[str]:
    notes: list[str] = []
    client = sdk.sync_client(base_url)
    factories: list[tuple[str, Callable[[object], SyncCall | sdk.Missing]]] = [
        ("area-codes", sdk.area_codes_call),
        ("mdr-page", sdk.mdr_page_call),
    ]
    for name, factory in factories:
        call = client if isinstance(client, sdk.Missing) else factory(client)
        if isinstance(call, sdk.Missing):
            notes.append(f"profile {name}: {call.reason}")
        else:
            notes.append(_profile_sync(name, call, out_dir))
    notes.append(asyncio.run(_profile_send(base_url, 50, out_dir)))
    return notes

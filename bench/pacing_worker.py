"""One sender process for the pacing measurements and tests: ``python -m bench.pacing_worker``.

Sends ``--count`` SMS (texts ``<tag> <n>``, so the server can count each one)
through ``messages.send_many`` and prints one JSON line: how many were
accepted, failed and unknown, and when the sends started and ended. Several of
these share one access key through ``--redis``; ``--journal`` makes the run a
resumable campaign; ``--start-at`` (a ``time.time()``) lines workers up.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import Counter
from typing import Any

import flowroute
from flowroute.ratelimit import DEFAULT_RATE_LIMITER, RateLimiter, RedisRateLimiter

FROM = "16175550142"
TO = "16175550199"


def messages(tag: str, first: int, count: int, mms: bool = False) -> list[dict[str, Any]]:
    media = {"media_urls": ["https://example.com/cat.jpg"]} if mms else {}
    return [{"to": TO, "from_": FROM, "body": f"{tag} {n}", **media} for n in range(first, first + count)]


def run(args: argparse.Namespace) -> dict[str, Any]:
    limiter: RateLimiter | None = RedisRateLimiter(args.redis) if args.redis else DEFAULT_RATE_LIMITER
    batch = messages(args.tag, args.first, args.count, args.mms)
    options: dict[str, Any] = {"journal": args.journal, "resend_unknown": args.resend_unknown}
    if args.concurrency:
        options["concurrency"] = args.concurrency
    if args.start_at:
        time.sleep(max(0.0, args.start_at - time.time()))
    started = time.time()
    if args.mode == "sync":
        with flowroute.FlowrouteClient(args.key, "secret", base_url=args.url, rate_limiter=limiter) as client:
            results = client.messages.send_many(batch, **options)
    else:

        async def main() -> list[flowroute.SendResult]:
            async with flowroute.AsyncFlowrouteClient(
                args.key, "secret", base_url=args.url, rate_limiter=limiter
            ) as client:
                return await client.messages.send_many(batch, **options)

        results = asyncio.run(main())
    ended = time.time()
    return {
        "statuses": dict(Counter(r.status for r in results)),
        "from_journal": sum(r.from_journal for r in results),
        "max_waited": max((r.waited for r in results), default=0.0),
        "started": started,
        "ended": ended,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--tag", default="pacing")
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--mms", action="store_true")
    parser.add_argument("--mode", choices=["sync", "async"], default="sync")
    parser.add_argument("--concurrency", type=int, default=0)
    parser.add_argument("--redis", default="")
    parser.add_argument("--journal", default=None)
    parser.add_argument("--resend-unknown", action="store_true")
    parser.add_argument("--start-at", type=float, default=0.0)
    print(json.dumps(run(parser.parse_args())), flush=True)


if __name__ == "__main__":
    main()

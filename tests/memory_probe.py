"""Child process for the memory attacks: one call against a hostile server, then its peak RSS.

``python -m tests.memory_probe KIND URL OPERATION`` prints one JSON line: the
process's peak resident memory before the call and after it (kB, from
``getrusage``), and what the call raised. Running in its own process keeps the
test runner's memory, and other tests' garbage, out of the figure.
"""

from __future__ import annotations

import json
import resource
import sys
from typing import Any


def _peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(kind: str, url: str, operation: str) -> None:
    from tests import hostile_clients

    op = {"send": hostile_clients.send, "area_codes": hostile_clients.area_codes}[operation]
    result: dict[str, Any] = {}

    def measured(client: Any) -> Any:
        client.numbers, client.messages  # noqa: B018 - load the operation modules before the baseline
        result["baseline_kb"] = _peak_kb()
        return op(client)

    async def ameasured(client: Any) -> Any:
        return await measured(client)

    try:
        hostile_clients.run(kind, url, measured if kind == "sync" else ameasured, max_retries=0)
        result["raised"] = None
    except Exception as exc:
        result["raised"] = type(exc).__name__
        body = getattr(exc, "body", None)
        result["body_chars"] = None if body is None else len(body)
        result["body_truncated"] = getattr(exc, "body_truncated", None)
    result["peak_kb"] = _peak_kb()
    print(json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:])

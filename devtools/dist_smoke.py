"""Use an installed flowroute-sdk the way a new user would: run by devtools/check_dist.py.

It runs under the fresh venv's interpreter in isolated mode (``python -I``), so only the
standard library and what pip installed there can be imported, never the checkout. It
serves one endpoint from a loopback ``http.server`` and calls it through the sync client,
the async client and the old SDK's facade.

Usage: python -I dist_smoke.py EXPECTED_VERSION
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.metadata
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

PACKAGES = ("flowroute", "flowroute_api", "flowroutenumbersandmessaging")
AREA_CODES = {
    "data": [
        {"type": "areacode", "id": code, "links": {"related": f"http://127.0.0.1/v2/exchanges?areacode={code}"}}
        for code in ("201", "202", "203")
    ],
    "links": {"self": "http://127.0.0.1/v2/numbers/available/areacodes?limit=3&offset=0"},
}


class Handler(BaseHTTPRequestHandler):
    """Answers the area-code list and 404s everything else, remembering what it was sent."""

    seen: list[dict[str, str]] = []  # noqa: RUF012 - one server per run

    def do_GET(self) -> None:
        Handler.seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        if self.path.startswith("/v2/numbers/available/areacodes?"):
            status, body = 200, AREA_CODES
        else:
            status, body = 404, {"errors": [{"detail": "Not Found", "status": 404}]}
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.api+json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"dist smoke FAILED: {message}")


def check_installed(expected_version: str) -> None:
    for name in PACKAGES:
        module = importlib.import_module(name)
        location = Path(module.__file__ or "").resolve().parent
        check(location.is_relative_to(Path(sys.prefix).resolve()), f"{name} imported from {location}, not the venv")
        check((location / "py.typed").is_file(), f"{name} has no py.typed")
    import flowroute

    installed = importlib.metadata.version("flowroute-sdk")
    check(installed == expected_version, f"metadata version {installed}, expected {expected_version}")
    check(flowroute.__version__ == installed, f"flowroute.__version__ {flowroute.__version__} != {installed}")


def check_calls(base_url: str, version: str) -> None:
    import flowroute
    from flowroutenumbersandmessaging import FlowroutenumbersandmessagingClient

    with flowroute.FlowrouteClient("smoke-access", "smoke-secret", base_url=base_url) as client:
        page = client.numbers.list_available_area_codes(limit=3)
        check([a.id for a in page.data] == ["201", "202", "203"], f"sync client parsed {page!r}")
        try:
            client.numbers.list_phone_number_details("12065550100")
        except flowroute.NotFoundError as exc:
            check(exc.status_code == 404, f"404 became {exc!r}")
        else:
            check(False, "a 404 raised nothing")

    async def run_async() -> list[str]:
        async with flowroute.AsyncFlowrouteClient("smoke-access", "smoke-secret", base_url=base_url) as client:
            page = await client.numbers.list_available_area_codes(limit=3)
            return [a.id for a in page.data]

    check(asyncio.run(run_async()) == ["201", "202", "203"], "async client parsed a different page")

    with FlowroutenumbersandmessagingClient("smoke-access", "smoke-secret", base_url=base_url) as old:
        numbers: Any = old.numbers  # the facade's controllers gain their methods at run time
        result = numbers.list_available_area_codes(3)
        check(result == AREA_CODES, f"facade returned {result!r}")

    first = Handler.seen[0]
    check(first["path"] == "/v2/numbers/available/areacodes?limit=3", f"first request was {first['path']}")
    check(first.get("authorization", "").startswith("Basic "), "no basic auth header was sent")
    check(f"flowroute-sdk-python/{version}" in first.get("user-agent", ""), f"user agent {first.get('user-agent')}")


def main() -> None:
    expected_version = sys.argv[1]
    check_installed(expected_version)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        check_calls(f"http://127.0.0.1:{server.server_port}", expected_version)
    finally:
        server.shutdown()
        server.server_close()
    print(f"dist smoke ok: {', '.join(PACKAGES)} {expected_version}; {len(Handler.seen)} loopback requests")


if __name__ == "__main__":
    main()

"""``python -m flowroute.testing serve --port 8080``: the fake over HTTP, state kept until it stops.

``POST /_fake/reset`` gives a fresh account.
"""

from __future__ import annotations

import argparse
import sys

from ._fake import FakeFlowroute
from ._server import FakeServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flowroute.testing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake Flowroute API over HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    serve.add_argument("--access-key", default="fake-access-key")
    serve.add_argument("--secret-key", default="fake-secret-key")
    serve.add_argument("--seed", type=int, default=0)
    serve.add_argument("--rate-limits", action="store_true", help="answer 429 above Flowroute's documented limits")
    serve.add_argument(
        "--validate-responses", action="store_true", help="answer 500 if the fake's own answer breaks the spec"
    )
    args = parser.parse_args(argv)
    fake = FakeFlowroute(
        args.access_key,
        args.secret_key,
        seed=args.seed,
        rate_limits=args.rate_limits,
        validate_responses=args.validate_responses,
    )
    server = FakeServer(fake, host=args.host, port=args.port)
    print(
        f"Fake Flowroute API listening on {server.url} (POST {server.url}/_fake/reset for a fresh account)", flush=True
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The fake over HTTP, state kept until it stops; ``POST /_fake/reset`` gives a fresh account.

python -m flowroute.testing serve            # on 127.0.0.1:4010, where `flowroute --mock` looks
python -m flowroute.testing run -- python my_app.py   # FLOWROUTE_BASE_URL etc. set for the command
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from ._fake import FakeFlowroute
from ._server import FakeServer

# `make mock` serves Prism on this port and `flowroute --mock` talks to it; the fake
# takes the same one so either can stand in for the other.
DEFAULT_PORT = 4010


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--access-key", default="fake-access-key")
    parser.add_argument("--secret-key", default="fake-secret-key")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rate-limits", action="store_true", help="answer 429 above Flowroute's documented limits")
    parser.add_argument(
        "--validate-responses", action="store_true", help="answer 500 if the fake's own answer breaks the spec"
    )


def _server(args: argparse.Namespace, port: int) -> FakeServer:
    fake = FakeFlowroute(
        args.access_key,
        args.secret_key,
        seed=args.seed,
        rate_limits=args.rate_limits,
        validate_responses=args.validate_responses,
    )
    return FakeServer(fake, host=args.host, port=port)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flowroute.testing", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake Flowroute API over HTTP")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help="default: %(default)s; 0 picks a free port")
    _options(serve)
    run = commands.add_parser("run", help="serve the fake on a free port while a command runs against it")
    _options(run)
    run.add_argument("cmd", nargs=argparse.REMAINDER, help="-- COMMAND [ARGS...]")
    args = parser.parse_args(argv)

    if args.command == "run":
        cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
        if not cmd:
            parser.error("run needs a command: python -m flowroute.testing run -- COMMAND [ARGS...]")
        with _server(args, 0) as server:
            print(f"Fake Flowroute API (flowroute.testing) listening on {server.url}", flush=True)
            env = {
                **os.environ,
                "FLOWROUTE_BASE_URL": server.url,
                "FR_ACCESS_KEY": args.access_key,
                "FR_SECRET_KEY": args.secret_key,
            }
            return subprocess.run(cmd, env=env, check=False).returncode  # noqa: S603 - the caller's own command

    server = _server(args, args.port)
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

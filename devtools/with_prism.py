"""Run a command against a fresh Prism mock: ``python -m devtools.with_prism -- CMD ...``.

Sets FLOWROUTE_BASE_URL to the mock and placeholder credentials, then stops
Prism when the command ends, whatever its exit status.
"""

from __future__ import annotations

import os
import subprocess
import sys

from devtools.prism import PrismServer


def main(argv: list[str]) -> int:
    if "--" in argv:
        argv = argv[argv.index("--") + 1 :]
    if not argv:
        print("usage: python -m devtools.with_prism -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    with PrismServer(errors=True) as prism:
        print(f"Prism mock of spec/flowroute.yaml listening on {prism.url}", flush=True)
        env = {
            **os.environ,
            "FLOWROUTE_BASE_URL": prism.url,
            "FR_ACCESS_KEY": "mock-access-key",
            "FR_SECRET_KEY": "mock-secret-key",
        }
        return subprocess.run(argv, env=env, check=False).returncode  # noqa: S603 - the caller's own command


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

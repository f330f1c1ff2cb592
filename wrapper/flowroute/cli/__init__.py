"""The ``flowroute`` command line (``pip install 'flowroute-sdk[cli]'``).

``flowroute <controller> <operation>`` runs any operation in the spec, such as
``flowroute numbers list-account-phone-numbers --starts-with 1206``; ``--json``
prints the API's JSON, ``--jsonl`` one record per line and ``--all`` every page.
"""

from __future__ import annotations

from ._app import cli
from ._human import configure

__all__ = ["cli", "configure", "main"]


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="flowroute")

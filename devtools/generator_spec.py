"""Write the spec as the generator should see it: ``python -m devtools.generator_spec SPEC OUT.json``.

The spec accepts every request body in two media types (``application/json`` and
``application/vnd.api+json``) because the live API does. The first one listed is
the one Flowroute documents and the SDK sends. openapi-python-client would turn a
second media type into a second, identical body type and send whichever comes
last, so the generator is given only the first.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _first_media_type_only(body: dict[str, Any]) -> None:
    content = body.get("content")
    if isinstance(content, dict) and len(content) > 1:
        sent = next(iter(content))
        body["content"] = {sent: content[sent]}


def generator_view(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` whose request bodies keep only the media type the SDK sends."""
    view = copy.deepcopy(spec)
    for body in view.get("components", {}).get("requestBodies", {}).values():
        _first_media_type_only(body)
    for section in ("paths", "webhooks"):
        for item in view.get(section, {}).values():
            for method in METHODS:
                body = item.get(method, {}).get("requestBody")
                if isinstance(body, dict) and "$ref" not in body:
                    _first_media_type_only(body)
    return view


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m devtools.generator_spec SPEC OUT.json", file=sys.stderr)
        return 2
    source, out = argv
    # The spec named on the command line: `make generate SPEC=…` (tests/test_new_operation.py) uses another.
    with open(source, encoding="utf-8") as fh:
        spec = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    Path(out).write_text(json.dumps(generator_view(spec), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

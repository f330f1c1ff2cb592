"""Write docs/API.md: every controller and method of the clients, from the code itself.

python -m devtools.reference            # rewrite docs/API.md
python -m devtools.reference --check    # exit 1 if docs/API.md is stale
"""

from __future__ import annotations

import inspect
import sys

from flowroute import AsyncFlowrouteClient, FlowrouteClient
from flowroute._lazy import controller

from devtools.prism import ROOT

TARGET = ROOT / "docs" / "API.md"


def _controllers() -> list[tuple[str, type]]:
    return [
        (name, attr.resource_class()) for name, attr in vars(FlowrouteClient).items() if isinstance(attr, controller)
    ]


def _signature(method: object) -> str:
    params = list(inspect.signature(method).parameters.values())[1:]  # type: ignore[arg-type]
    shown = []
    star_added = False
    for p in params:
        if p.kind is inspect.Parameter.KEYWORD_ONLY and not star_added:
            shown.append("*")
            star_added = True
        shown.append(p.name if p.default is inspect.Parameter.empty else f"{p.name}=…")
    return ", ".join(shown)


def _summary(method: object) -> str:
    doc = inspect.getdoc(method) or ""
    return doc.split("\n\n")[0].replace("\n", " ").replace("|", "\\|")


def render() -> str:
    lines = [
        "# API reference",
        "",
        "Generated from the code by `python -m devtools.reference`; a test fails when it is stale.",
        "",
        "`FlowrouteClient` and `AsyncFlowrouteClient` have the same controllers and methods (async ones are",
        "coroutines; `iter_*` return async iterators there). The seed-compatible",
        "`FlowroutenumbersandmessagingClient` has every method below except `iter_*` and `send_many`,",
        "returning the server's JSON as dicts.",
        "",
    ]
    async_client = AsyncFlowrouteClient("reference", "reference", base_url="http://127.0.0.1:1")
    for name, cls in _controllers():
        lines += [f"## `client.{name}`", "", "| method | returns | what it does |", "|---|---|---|"]
        methods = sorted(m for m in dir(cls) if not m.startswith("_"))
        async_only = sorted(m for m in set(dir(getattr(async_client, name))) - set(dir(cls)) if not m.startswith("_"))
        for method_name in [*methods, *async_only]:
            owner = cls if method_name in methods else type(getattr(async_client, name))
            method = getattr(owner, method_name)
            returns = inspect.signature(method).return_annotation
            returns_text = returns if isinstance(returns, str) else getattr(returns, "__name__", str(returns))
            note = "" if method_name in methods else " *(async client only)*"
            lines.append(f"| `{method_name}({_signature(method)})` | `{returns_text}` | {_summary(method)}{note} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is stale: run `python -m devtools.reference`", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

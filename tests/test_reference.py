from __future__ import annotations

from devtools.reference import TARGET, render


def test_api_reference_is_current() -> None:
    assert TARGET.read_text(encoding="utf-8") == render(), "docs/API.md is stale: run `python -m devtools.reference`"


def test_reference_lists_every_public_method() -> None:
    text = render()
    for method in ("list_available_area_codes", "iter_messages", "send_many", "set_primary_route"):
        assert f"`{method}(" in text

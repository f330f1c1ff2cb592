"""The README's Python examples run as written against Prism, so the README stays true."""

from __future__ import annotations

import re
from typing import Any

import pytest

from devtools.prism import ROOT

pytestmark = pytest.mark.prism

BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.S | re.M)
# Blocks that build their own client are complete programs; the rest are fragments.
RUNNABLE = [b for b in BLOCKS if re.search(r"(FlowrouteClient|FlowroutenumbersandmessagingClient)\(", b)]


def test_readme_has_the_examples_this_test_expects() -> None:
    assert len(RUNNABLE) >= 5
    assert any("AsyncFlowrouteClient()" in b for b in RUNNABLE)
    assert any("FlowroutenumbersandmessagingClient(" in b for b in RUNNABLE)


@pytest.mark.parametrize("block", RUNNABLE, ids=[b.strip().splitlines()[0][:40] for b in RUNNABLE])
def test_readme_example_runs(block: str, prism_url: str, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setenv("FLOWROUTE_BASE_URL", prism_url)
    monkeypatch.setenv("FR_ACCESS_KEY", "readme-access")
    monkeypatch.setenv("FR_SECRET_KEY", "readme-secret")
    namespace: dict[str, Any] = {"basic_auth_user_name": "readme-access", "basic_auth_password": "readme-secret"}
    # Names a block imports in an earlier block of the README.
    exec("from flowroute import FlowrouteClient", namespace)  # noqa: S102
    exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert "readme-secret" not in capsys.readouterr().out

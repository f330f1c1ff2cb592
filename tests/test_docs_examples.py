"""The documentation site's Python examples run as written against Prism.

Every ```python block of the pages below that builds a client is run; a block fenced as ```py
is shown but not run (a pytest fixture, say). The pages' own settings come from the environment,
as the quickstart tells readers to set them.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from devtools.prism import ROOT

pytestmark = pytest.mark.prism

PAGES = [
    "index.md",
    "quickstart.md",
    "guides/errors-and-retries.md",
    "guides/pagination.md",
    "guides/async.md",
    "guides/testing-with-prism.md",
]
BLOCKS = [
    (page, block)
    for page in PAGES
    for block in re.findall(r"^```python\n(.*?)^```", (ROOT / "docs" / page).read_text(encoding="utf-8"), re.S | re.M)
    if re.search(r"FlowrouteClient\(", block)
]


def test_every_page_has_a_runnable_example() -> None:
    assert {page for page, _ in BLOCKS} == set(PAGES)


@pytest.mark.parametrize(
    ("page", "block"), BLOCKS, ids=[f"{page}:{block.strip().splitlines()[-1][:40]}" for page, block in BLOCKS]
)
def test_docs_example_runs(
    page: str, block: str, prism_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FLOWROUTE_BASE_URL", prism_url)
    monkeypatch.setenv("FR_ACCESS_KEY", "docs-access")
    monkeypatch.setenv("FR_SECRET_KEY", "docs-secret")
    namespace: dict[str, Any] = {"__name__": "docs_example"}
    exec(compile(block, f"docs/{page}", "exec"), namespace)  # noqa: S102 - our own documentation
    assert "docs-secret" not in capsys.readouterr().out

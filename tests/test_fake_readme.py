"""The README's "Testing your code" example runs as written, with the fixtures built as the plugin builds them."""

from __future__ import annotations

import inspect
import re
from typing import Any

from flowroute.testing import FakeFlowroute

from devtools.prism import ROOT

SECTION = (ROOT / "README.md").read_text(encoding="utf-8").split("## Testing your code")[1].split("\n## ")[0]
(BLOCK,) = re.findall(r"^```python\n(.*?)^```", SECTION, flags=re.S | re.M)


def test_the_readme_testing_example_passes() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(BLOCK, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    tests = {name: f for name, f in namespace.items() if name.startswith("test_")}
    assert len(tests) == 2
    for test in tests.values():
        fake = FakeFlowroute(validate_responses=True)
        fixtures = {"flowroute_fake": fake, "flowroute_client": fake.client()}
        test(**{name: fixtures[name] for name in inspect.signature(test).parameters})

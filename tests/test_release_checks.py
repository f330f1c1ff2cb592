"""The release and site checks that `make test` runs refuse what they exist to refuse.

`make dist` and `make docs` pass on good artefacts; these tests hand the same checks broken
ones (the wheel of issue 17 without `flowroute`, a stray `devtools/`, missing metadata, a page
whose scripts did not run) and expect a failure naming the problem.
"""

from __future__ import annotations

import io
import re
import tarfile
import zipfile
from collections.abc import Callable
from email.message import Message
from pathlib import Path

import pytest

from devtools import check_dist, check_site

VERSION = check_dist.source_version()
DIST_INFO = f"flowroute_sdk-{VERSION}.dist-info"


def good_metadata() -> Message:
    metadata = Message()
    for key, value in [
        ("Metadata-Version", "2.4"),
        ("Name", "flowroute-sdk"),
        ("Version", VERSION),
        ("Summary", "Typed Python SDK for Flowroute"),
        ("License-Expression", "MIT"),
        *[("Project-URL", f"{label}, https://example.org/{label}") for label in check_dist.PROJECT_URLS],
        *[("Classifier", classifier) for classifier in check_dist.CLASSIFIERS],
    ]:
        metadata[key] = value
    metadata.set_payload("# flowroute-sdk\n\nSee [the changelog](https://example.org/CHANGELOG.md).\n")
    return metadata


def wheel_names() -> set[str]:
    listed = [name.format(dist_info=DIST_INFO) for name in check_dist.WHEEL_FILES]
    return {*listed, *check_dist.tracked_package_files()}


def write_wheel(path: Path, names: set[str], metadata: Message | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name in names - {f"{DIST_INFO}/METADATA"}:
            archive.writestr(name, "")
        archive.writestr(f"{DIST_INFO}/METADATA", (metadata or good_metadata()).as_string())
    return path


def write_sdist(path: Path, names: list[str]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name in names:
            info = tarfile.TarInfo(f"flowroute_sdk-{VERSION}/{name}")
            archive.addfile(info, io.BytesIO(b""))
    return path


def test_a_complete_wheel_passes(tmp_path: Path) -> None:
    metadata = check_dist.check_wheel(write_wheel(tmp_path / "ok.whl", wheel_names()), VERSION)
    check_dist.check_metadata(metadata, VERSION)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda names: {n for n in names if not n.startswith("flowroute/")}, "flowroute/__init__.py"),
        (lambda names: names - {"flowroute_api/py.typed"}, "flowroute_api/py.typed"),
        (lambda names: names - {f"{DIST_INFO}/licenses/LICENSE"}, "licenses/LICENSE"),
        (lambda names: names | {"devtools/check_dist.py"}, "devtools"),
        (lambda names: names | {"tests/test_x.py"}, "tests"),
        (lambda names: names | {"flowroute/__pycache__/x.cpython-311.pyc"}, "compiled"),
    ],
    ids=["no flowroute", "no py.typed", "no LICENSE", "devtools", "tests", "bytecode"],
)
def test_a_wrong_wheel_fails(tmp_path: Path, change: Callable[[set[str]], set[str]], message: str) -> None:
    names = change(wheel_names())
    with pytest.raises(check_dist.DistError, match=re.escape(message)):
        check_dist.check_wheel(write_wheel(tmp_path / "bad.whl", names), VERSION)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("Version", "9.9.9", "Version 9.9.9"),
        ("License-Expression", None, "License-Expression"),
        ("Summary", None, "Summary"),
    ],
)
def test_wrong_metadata_fails(key: str, value: str | None, message: str) -> None:
    metadata = good_metadata()
    del metadata[key]
    if value is not None:
        metadata[key] = value
    with pytest.raises(check_dist.DistError, match=message):
        check_dist.check_metadata(metadata, VERSION)


def test_a_description_with_relative_links_fails() -> None:
    metadata = good_metadata()
    metadata.set_payload("# flowroute-sdk\n\n[the reference](docs/API.md) and [a section](#install)\n")
    with pytest.raises(check_dist.DistError, match=r"relative path.*\['docs/API\.md'\]"):
        check_dist.check_metadata(metadata, VERSION)


def test_missing_project_urls_and_classifiers_are_named() -> None:
    metadata = good_metadata()
    del metadata["Project-URL"]
    del metadata["Classifier"]
    with pytest.raises(check_dist.DistError, match=r"Issues.*Typing :: Typed"):
        check_dist.check_metadata(metadata, VERSION)


def test_the_sdist_of_issue_17_fails_and_a_complete_one_passes(tmp_path: Path) -> None:
    check_dist.check_sdist(write_sdist(tmp_path / "ok.tar.gz", check_dist.SDIST_FILES), VERSION)
    without_wrapper = [n for n in check_dist.SDIST_FILES if not n.startswith("wrapper/")]
    with pytest.raises(check_dist.DistError, match=re.escape("wrapper/flowroute/__init__.py")):
        check_dist.check_sdist(write_sdist(tmp_path / "bad.tar.gz", without_wrapper), VERSION)
    with pytest.raises(check_dist.DistError, match="bench"):
        check_dist.check_sdist(write_sdist(tmp_path / "dev.tar.gz", [*check_dist.SDIST_FILES, "bench/run.py"]), VERSION)


def test_site_check_wants_the_heading_the_text_and_the_scripts() -> None:
    heading, texts = check_site.PAGES["reference/numbers/"]
    rendered = f'<h1 id="x">{heading}<a class="headerlink">¶</a></h1>{" ".join(texts)}<button class="md-code__button">'
    assert check_site.problems_on("reference/numbers/", rendered) == []
    static = rendered.replace(check_site.JS_MARKER, "")
    assert check_site.problems_on("reference/numbers/", static) == [
        "Material's JavaScript did not run (no copy buttons)"
    ]
    renamed = check_site.problems_on("reference/numbers/", rendered.replace(f">{heading}<", ">Numbers<"))
    assert renamed == [f"no <h1> {heading!r}"]

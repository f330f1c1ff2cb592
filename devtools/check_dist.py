"""Build the release artefacts as a release would and prove each one works on its own.

``make dist`` runs ``python -m devtools.check_dist``, which

1. builds with ``python -m build`` (the sdist, then the wheel from the sdist) into ``dist/``;
2. runs ``twine check --strict`` on both;
3. fails when a file listed below is missing from either, when the wheel holds anything
   only SDK developers need, or when a tracked module of a shipped package is left out;
4. checks the metadata a packager reads (version, license, URLs, classifiers);
5. for the wheel and then the sdist: makes a brand-new venv, ``pip install``s the artefact
   there (dependencies from the index) and runs devtools/dist_smoke.py in it: imports,
   version, and real calls against a loopback server; and reads ``pip show``.
"""

from __future__ import annotations

import argparse
import email.parser
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from email.message import Message
from pathlib import Path

from devtools.prism import ROOT

VERSION_FILE = ROOT / "wrapper" / "flowroute" / "_version.py"
SMOKE = Path(__file__).with_name("dist_smoke.py")
# Checkout folder of each package the wheel ships, keyed by its import name.
PACKAGES = {
    "flowroute": "wrapper/flowroute",
    "flowroutenumbersandmessaging": "wrapper/flowroutenumbersandmessaging",
    "flowroute_api": "generated/flowroute_api",
}
WHEEL_FILES = [
    "flowroute/__init__.py",
    "flowroute/_version.py",
    "flowroute/_client.py",
    "flowroute/_operations/__init__.py",
    "flowroute/models.py",
    "flowroute/cli/__init__.py",
    "flowroute/testing/__init__.py",
    "flowroute/webhooks/__init__.py",
    "flowroute/py.typed",
    "flowroute_api/__init__.py",
    "flowroute_api/operations/__init__.py",
    "flowroute_api/openapi.json",
    "flowroute_api/models/__init__.py",
    "flowroute_api/py.typed",
    "flowroutenumbersandmessaging/__init__.py",
    "flowroutenumbersandmessaging/flowroutenumbersandmessaging_client.py",
    "flowroutenumbersandmessaging/exceptions/__init__.py",
    "flowroutenumbersandmessaging/py.typed",
    "{dist_info}/METADATA",
    "{dist_info}/RECORD",
    "{dist_info}/licenses/LICENSE",
]
SDIST_FILES = [
    "PKG-INFO",
    "pyproject.toml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
    "spec/flowroute.yaml",
    "wrapper/flowroute/__init__.py",
    "wrapper/flowroute/_version.py",
    "wrapper/flowroute/py.typed",
    "wrapper/flowroutenumbersandmessaging/__init__.py",
    "wrapper/flowroutenumbersandmessaging/py.typed",
    "generated/flowroute_api/__init__.py",
    "generated/flowroute_api/py.typed",
]
# Top-level names that belong to SDK development only.
DEV_ONLY = ("devtools", "bench", "tests", "examples", "templates", "node_modules", ".venv", "docs")
WHEEL_TOP_LEVEL = {*PACKAGES, "{dist_info}"}
PROJECT_URLS = ("Homepage", "Documentation", "Changelog", "Issues")
CLASSIFIERS = (
    "Framework :: AsyncIO",
    "Typing :: Typed",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3.11",
)

# What `pip show --verbose flowroute-sdk` must print.
SHOWN = (
    "Summary: Typed Python SDK",
    "License-Expression: MIT",
    "Home-page: https://",
    "Documentation, https://",
    "Changelog, https://",
    "Issues, https://",
)


# A Markdown link that is neither absolute nor an anchor.
RELATIVE_LINK = re.compile(r"\]\((?!https?://|#)([^)\s]+)\)")


class DistError(Exception):
    """An artefact is not what a release must be."""


def source_version() -> str:
    match = re.fullmatch(r'__version__ = "([^"]+)"\n', VERSION_FILE.read_text(encoding="utf-8"))
    if not match:
        raise DistError(f'{VERSION_FILE} must hold exactly one line: __version__ = "X.Y.Z"')
    return match.group(1)


def run(*command: str | Path, cwd: Path = ROOT) -> str:
    argv = [str(c) for c in command]
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)  # noqa: S603 - fixed argv, no shell
    if done.returncode:
        raise DistError(f"{' '.join(map(str, command))} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def tracked_package_files() -> list[str]:
    """Every .py and py.typed file git tracks in a shipped package, as the wheel names it."""
    names = []
    for package, folder in PACKAGES.items():
        for path in run("git", "ls-files", "--", folder).splitlines():
            if path.endswith((".py", "/py.typed")):
                names.append(package + path.removeprefix(folder))
    if not names:
        raise DistError("git ls-files found no package files: run from a git checkout")
    return names


def require(kind: str, names: set[str], expected: list[str]) -> None:
    missing = sorted(set(expected) - names)
    if missing:
        raise DistError(f"the {kind} lacks {len(missing)} file(s): {', '.join(missing[:20])}")


def check_wheel(wheel: Path, version: str) -> Message:
    dist_info = f"flowroute_sdk-{version}.dist-info"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = email.parser.Parser().parsestr(archive.read(f"{dist_info}/METADATA").decode())
    require("wheel", names, [n.format(dist_info=dist_info) for n in WHEEL_FILES] + tracked_package_files())
    allowed = {n.format(dist_info=dist_info) for n in WHEEL_TOP_LEVEL}
    stray = sorted({n.split("/")[0] for n in names} - allowed)
    if stray:
        raise DistError(f"the wheel holds top-level entries it must not ship: {stray}")
    junk = sorted(n for n in names if "__pycache__" in n or n.endswith(".pyc"))
    if junk:
        raise DistError(f"the wheel holds compiled files: {junk[:5]}")
    return metadata


def check_sdist(sdist: Path, version: str) -> None:
    prefix = f"flowroute_sdk-{version}/"
    with tarfile.open(sdist) as archive:
        names = {m.name.removeprefix(prefix) for m in archive.getmembers() if m.isfile()}
    require("sdist", names, SDIST_FILES)
    shipped = sorted({n.split("/")[0] for n in names} & set(DEV_ONLY))
    if shipped:
        raise DistError(f"the sdist holds development-only folders: {shipped}")


def check_metadata(metadata: Message, version: str) -> None:
    problems = []
    if metadata["Version"] != version:
        problems.append(f"Version {metadata['Version']} is not {VERSION_FILE.name}'s {version}")
    if metadata["License-Expression"] != "MIT":
        problems.append(f"License-Expression is {metadata['License-Expression']!r}, not 'MIT'")
    if not metadata["Summary"]:
        problems.append("no Summary")
    description = str(metadata.get_payload())
    if "# flowroute-sdk" not in description:
        problems.append("the description is not the README")
    relative = RELATIVE_LINK.findall(description)
    if relative:
        problems.append(f"the description links to files by relative path, dead on a package index: {relative}")
    labels = {url.split(",")[0] for url in metadata.get_all("Project-URL") or []}
    problems += [f"no Project-URL {label}" for label in PROJECT_URLS if label not in labels]
    classifiers = set(metadata.get_all("Classifier") or [])
    problems += [f"no classifier {c!r}" for c in CLASSIFIERS if c not in classifiers]
    if problems:
        raise DistError("wheel metadata: " + "; ".join(problems))


def check_install(artefact: Path, version: str, workdir: Path) -> str:
    """Install into a new venv and use it there; returns what happened, for the log."""
    started = time.perf_counter()
    venv = workdir / f"venv-{artefact.suffix.lstrip('.')}"
    # This interpreter's pip installs into the new venv (--python): ensurepip would add ~9 s per venv,
    # and the pip Python 3.11 bundles (23.2) predates License-Expression in `pip show`.
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    pip = (sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check")
    run(*pip, "install", "--quiet", artefact, cwd=workdir)
    # -I: neither the checkout nor PYTHONPATH is importable, only what pip installed.
    smoke = run(python, "-I", SMOKE, version, cwd=workdir).strip()
    shown = run(*pip, "show", "--verbose", "flowroute-sdk", cwd=workdir)
    for needle in SHOWN:
        if needle not in shown:
            raise DistError(f"`pip show flowroute-sdk` from the {artefact.name} install lacks {needle!r}:\n{shown}")
    return f"installed {artefact.name} in a new venv and used it ({time.perf_counter() - started:.1f}s): {smoke}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outdir", type=Path, default=ROOT / "dist", help="where the artefacts go (emptied first)")
    args = parser.parse_args()
    try:
        version = source_version()
        shutil.rmtree(args.outdir, ignore_errors=True)
        started = time.perf_counter()
        run(sys.executable, "-m", "build", "--outdir", args.outdir, ROOT)
        sdist = args.outdir / f"flowroute_sdk-{version}.tar.gz"
        wheel = args.outdir / f"flowroute_sdk-{version}-py3-none-any.whl"
        print(f"built {sdist.name} and {wheel.name} in {time.perf_counter() - started:.1f}s")
        run(sys.executable, "-m", "twine", "check", "--strict", sdist, wheel)
        check_sdist(sdist, version)
        check_metadata(check_wheel(wheel, version), version)
        print(f"twine check, file lists and metadata ok ({len(tracked_package_files())} package files)")
        # Both installs wait mostly on the index, so they run side by side.
        with tempfile.TemporaryDirectory(prefix="flowroute-dist-") as tmp, ThreadPoolExecutor(2) as pool:
            for report in pool.map(lambda artefact: check_install(artefact, version, Path(tmp)), (wheel, sdist)):
                print(report)
    except DistError as exc:
        print(f"make dist: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

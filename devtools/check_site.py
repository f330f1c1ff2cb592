"""Load the built documentation site in headless Chromium and check what a reader would see.

``make docs`` runs ``python -m devtools.check_site site`` after the strict build. It serves the
folder from a loopback ``http.server`` and, for each page below, has Chromium load it and dump
the DOM after its scripts ran. A page passes when its title heading is there, the text it must
show is there, and Material's JavaScript ran (it adds the copy button to each code block), which
also proves the theme's assets were served.
"""

from __future__ import annotations

import argparse
import functools
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# Page -> (its <h1> text, text the rendered page must contain).
PAGES = {
    "": ("Flowroute Python SDK", ["What you get", "FlowrouteClient"]),
    "quickstart/": ("Quickstart", ["FR_ACCESS_KEY", "Send a message"]),
    "reference/numbers/": ("client.numbers", ["list_available_area_codes", "max_setup_cost", "AreaCodePage"]),
}
JS_MARKER = "md-code__button"  # inserted by Material's bundle, absent from the static HTML
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=2000",
]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("check_site: no chromium on PATH; `make install` installs Debian's chromium")


def dump_dom(browser: str, url: str) -> str:
    with tempfile.TemporaryDirectory(prefix="flowroute-chromium-") as profile:
        done = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    if done.returncode:
        raise SystemExit(f"check_site: chromium exited {done.returncode} on {url}:\n{done.stderr[-2000:]}")
    return done.stdout


def problems_on(page: str, dom: str) -> list[str]:
    heading, texts = PAGES[page]
    found = [] if re.search(rf"<h1[^>]*>\s*{re.escape(heading)}\s*<", dom) else [f"no <h1> {heading!r}"]
    found += [f"no {text!r}" for text in texts if text not in dom]
    if JS_MARKER not in dom:
        found.append("Material's JavaScript did not run (no copy buttons)")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the folder mkdocs built")
    args = parser.parse_args()
    browser = chromium()
    handler = functools.partial(QuietHandler, directory=str(args.site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    try:
        # Each Chromium start costs seconds of mostly waiting; the pages load side by side.
        with ThreadPoolExecutor(len(PAGES)) as pool:
            doms = dict(zip(PAGES, pool.map(lambda page: dump_dom(browser, base + page), PAGES), strict=True))
    finally:
        server.shutdown()
        server.server_close()
    failures = [f"/{page}: {problem}" for page, dom in doms.items() for problem in problems_on(page, dom)]
    if failures:
        print("check_site: " + "; ".join(failures), file=sys.stderr)
        return 1
    print(f"check_site: {len(PAGES)} pages rendered in Chromium with their headings, text and scripts")
    return 0


if __name__ == "__main__":
    sys.exit(main())

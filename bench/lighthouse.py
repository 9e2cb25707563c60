"""Lighthouse on a 10,000-event site: the four category scores and the
timings of each page, as a phone on a slow network sees them.

It builds ``bench/corpus.py``'s N events (seeded: every run builds the same
site) without the search index, or with ``--sample`` the browser tests'
sample site, serves the site on 127.0.0.1 with gzip (as a web host does),
and runs Lighthouse's default mobile profile (simulated slow 4G, a CPU four
times slower) on each page, ``--runs`` times, printing the median run of
each page by its performance score.

Lighthouse is not a project dependency. Install it beside the test tools,
without saving it in package.json, and run from the repository root::

    npm install --no-save lighthouse@12
    PYTHONPATH=. .venv/bin/python bench/lighthouse.py --count 10000 --runs 3

``--site DIR`` measures a site built before (``--keep DIR`` keeps the one
it builds) instead of building one.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `timeline` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Milliseconds, but for the layout shift: the metrics the performance score weighs.
METRICS = (
    ("first-contentful-paint", "first paint"),
    ("largest-contentful-paint", "largest paint"),
    ("speed-index", "speed index"),
    ("total-blocking-time", "blocking"),
    ("cumulative-layout-shift", "layout shift"),
)
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml")
DEFAULT_PAGES = ("index.html", "all.html", "@year", "@month", "@tag", "@event")
# The page of each kind ``resolve`` measures: the first year's and month's
# pages, the first page of the largest tag, the first event's page.
KINDS = {
    "@year": ("years/*.html", re.compile(r"years/\d+\.html")),
    "@month": ("years/*.html", re.compile(r"years/\d+-\d\d\.html")),
    "@tag": ("tags/*.html", re.compile(r"tags/[^.]+\.html")),
    "@event": ("events/*.html", re.compile(r"events/.+\.html")),
}


class GzipHandler(SimpleHTTPRequestHandler):
    """Serves text files gzipped when the browser accepts it, as a host does."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSED):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    def log_message(self, format: str, *args: object) -> None:
        """Requests are not the benchmark's output."""


class _Body:
    """The gzipped bytes, as the file object ``send_head`` returns."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """``folder`` served with gzip while the block runs; yields its address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(GzipHandler, directory=str(folder)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def build(folder: Path, count: int, sample: bool) -> None:
    """The generated site of ``count`` events, or the browser tests' sample."""
    from timeline.site import SiteConfig, build_site

    if sample:
        from tests.site.sample import sample_events

        events = sample_events()
        config = SiteConfig(title="Harbour dispute", search=False)
    else:
        from bench.corpus import make_events

        events = make_events(count)
        config = SiteConfig(title="Ten thousand events", search=False, publish="all")
    build_site(events, folder, config)


def resolve(folder: Path, page: str) -> str | None:
    """A page, or the page of a kind (``KINDS``): ``@year``, ``@month``,
    ``@event``, or ``@tag``, the first page of the tag with the most events;
    None when the site has no page of that kind (a small site has no month's
    page)."""
    if page not in KINDS:
        return page
    pattern, name = KINDS[page]
    paths = [path.relative_to(folder).as_posix() for path in folder.glob(pattern)]
    paths = sorted(path for path in paths if name.fullmatch(path))
    if not paths:
        return None
    if page == "@tag":  # the most events: the most parts, then the longest first page
        return max(paths, key=lambda path: (_parts(folder, path), (folder / path).stat().st_size))
    return paths[0]


def _parts(folder: Path, path: str) -> int:
    return len(list(folder.glob(path.removesuffix(".html") + ".*.html"))) + 1


def lighthouse(url: str, work: Path) -> dict[str, float]:
    """One Lighthouse run of ``url``: scores 0 to 1 and metrics."""
    report = work / "report.json"
    command = [
        str(LIGHTHOUSE),
        url,
        "--chrome-flags=--headless --no-sandbox --disable-gpu",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
    ]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", CHROMIUM)}
    subprocess.run(command, env=env, check=True, cwd=work)
    data = json.loads(report.read_text(encoding="utf-8"))
    row = {name: data["categories"][name]["score"] for name in CATEGORIES}
    for audit, _ in METRICS:
        row[audit] = data["audits"][audit]["numericValue"]
    row["lcp-element"] = _lcp_element(data)  # type: ignore[assignment]
    return row


def _lcp_element(data: dict) -> str:  # type: ignore[type-arg]
    """What Lighthouse took for the largest paint, to know what to make faster."""
    details = data["audits"].get("largest-contentful-paint-element", {}).get("details", {})
    for item in details.get("items", []):
        for inner in item.get("items", []):
            node = inner.get("node")
            if node:
                return str(node.get("snippet", ""))[:70]
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="events to generate")
    parser.add_argument("--sample", action="store_true", help="the browser tests' sample site")
    parser.add_argument("--site", type=Path, help="a site built before: measure it as it is")
    parser.add_argument("--keep", type=Path, help="build the site here and keep it")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page")
    parser.add_argument(
        "--pages",
        default=",".join(DEFAULT_PAGES),
        help="pages to measure, comma-separated; @year, @month, @tag, @event: a page of the kind",
    )
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: run 'npm install --no-save lighthouse@12' first")
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as temporary:
        work = Path(temporary)
        folder = args.site or args.keep or work / "site"
        if args.site is None:
            if folder.exists():
                shutil.rmtree(folder)
            build(folder, args.count, args.sample)
        pages = [found for page in args.pages.split(",") if (found := resolve(folder, page))]
        heading = ["page", "perf", "a11y", "b.p.", "seo", *(label for _, label in METRICS)]
        print(" | ".join(heading))
        with served(folder) as address:
            for page in pages:
                runs = [lighthouse(address + page, work) for _ in range(args.runs)]
                runs.sort(key=lambda run: run["performance"])
                row = runs[len(runs) // 2]
                cells = [page, *(f"{row[name]:.2f}" for name in CATEGORIES)]
                for audit, _ in METRICS:
                    value = row[audit]
                    cells.append(f"{value:.3f}" if audit.startswith("cumul") else f"{value:.0f} ms")
                if args.runs > 1:
                    spread = [run["performance"] for run in runs]
                    cells.append(
                        f"(perf {min(spread):.2f}-{max(spread):.2f}, "
                        f"median {statistics.median(spread):.2f})"
                    )
                print(" | ".join(cells), flush=True)
                print(f"    largest paint: {row['lcp-element']}", flush=True)


if __name__ == "__main__":
    main()

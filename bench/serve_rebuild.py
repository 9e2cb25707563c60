"""Rebuilds after an edit in one long-lived process, as ``timeline serve``
makes them, on the events ``bench/build_speed.py`` generated:

    PYTHONPATH=. python bench/serve_rebuild.py [--events DIR] [--edits 3] [--search] [--watch]

Builds once, then edits one event file ``--edits`` times, rebuilding after
each, and prints when the edited pages went live (with ``--search``, before
the index is made again), each rebuild's wall time and its summary; the
file is put back at the end. With ``--watch`` the rebuilds are not called
but left to ``serve``'s watcher, and the time is from the save to the pages
being live: noticing the edit included. ``--idle N`` also reports the CPU
time the watcher takes over N seconds with nothing changing.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `timeline` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.preview import LiveSite
from timeline.publish import Project
from timeline.site.config import SiteConfig

DEFAULT_EVENTS = Path(tempfile.gettempdir()) / "timeline-bench" / "10000" / "content" / "events"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--events",
        type=Path,
        default=DEFAULT_EVENTS,
        help=f"folder of event files (default: {DEFAULT_EVENTS})",
    )
    parser.add_argument("--edits", type=int, default=3, help="edits to time (default: 3)")
    parser.add_argument("--search", action="store_true", help="build the Pagefind index too")
    parser.add_argument(
        "--idle",
        type=float,
        default=0,
        help="also measure the watcher's CPU time over this many idle seconds",
    )
    parser.add_argument(
        "--watch", action="store_true", help="let serve's watcher notice each save and rebuild"
    )
    args = parser.parse_args(argv)
    files = sorted(args.events.glob("*.yaml"))
    if not files:
        parser.error(f"{args.events}: no event files; run bench/build_speed.py first")
    with tempfile.TemporaryDirectory() as work:
        project = Project.at(Path(work), events=args.events, out=Path(work) / "site")
        config = replace(project.config(), search=args.search)
        site = LiveSite(project, lambda given: replace(given, search=args.search))
        started = time.perf_counter()
        site.rebuild()
        print(f"first build: {time.perf_counter() - started:.2f} s", flush=True)
        edited, original = files[len(files) // 2], files[len(files) // 2].read_text("utf-8")
        if args.idle:
            idle_watching(site, args.idle)
        if args.watch:
            times = watched_edits(site, edited, original, args.edits)
        else:
            times = called_edits(site, config, edited, original, args.edits)
    what = "from a save to the pages live" if args.watch else "rebuild after an edit"
    print(f"median {what}: {statistics.median(times):.2f} s")
    return 0


def called_edits(
    site: LiveSite, config: SiteConfig, edited: Path, original: str, edits: int
) -> list[float]:
    """Each edit rebuilt as ``serve`` rebuilds it: in this process, with its memory."""
    project = site.project
    times = []
    try:
        for number in range(1, edits + 1):
            edited.write_text(original.replace("summary: ", f"summary: Edit {number}. ", 1))
            started = time.perf_counter()
            live: list[float] = []
            result, _problems, _errors = project.build(
                config,
                lambda live=live, started=started: live.append(time.perf_counter() - started),
                memory=site.memory,
            )
            times.append(time.perf_counter() - started)
            pages = f"pages live after {live[0]:.2f} s, " if live else ""
            print(
                f"edit {number}: {pages}{times[-1]:.2f} s in all; {result.summary(project.out)}",
                flush=True,
            )
    finally:
        edited.write_text(original, "utf-8")
    return times


def idle_watching(site: LiveSite, seconds: float) -> None:
    """CPU time of a watcher while nothing changes (this process is otherwise idle)."""
    idle = LiveSite(site.project, site.adjust)
    idle.rebuild()  # nothing changed: it stops at once, but knows what it saw
    before = resource.getrusage(resource.RUSAGE_SELF)
    watcher = threading.Thread(target=idle.watch, kwargs={"report": lambda _: None}, daemon=True)
    watcher.start()
    time.sleep(seconds)
    after = resource.getrusage(resource.RUSAGE_SELF)
    idle.stop()
    watcher.join()
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    share = 100 * cpu / seconds
    print(f"idle watching: {cpu:.2f} CPU-s in {seconds:.0f} s, {share:.1f}% of a core")


def watched_edits(site: LiveSite, edited: Path, original: str, edits: int) -> list[float]:
    watcher = threading.Thread(target=site.watch, kwargs={"report": lambda _: None}, daemon=True)
    watcher.start()
    time.sleep(1)  # the notifications are set up
    times = []
    try:
        for number in range(1, edits + 1):
            since = site.generation
            edited.write_text(original.replace("summary: ", f"summary: Edit {number}. ", 1))
            started = time.perf_counter()
            site.wait_for_change(since, 60)
            times.append(time.perf_counter() - started)
            print(f"edit {number}: pages live {times[-1]:.2f} s after the save", flush=True)
            time.sleep(1)  # the build ends (caches, index) before the next edit
    finally:
        site.stop()
        edited.write_text(original, "utf-8")
    return times


if __name__ == "__main__":
    raise SystemExit(main())

"""How fast the store reads event files, against the bare parsers.

    PYTHONPATH=. python bench/store_load.py [--count 10000]

Writes COUNT event files to a temporary folder, then times, in the same run:
``load_events`` (parse + validate + build Events), a bare libyaml
``CSafeLoader`` loop (the floor), PyYAML's pure-Python ``SafeLoader`` and
ruamel.yaml's round-trip loader (what a tool that rewrites files would pay).
The last two run on a tenth of the files and are scaled up; the first two
take the best of two runs after the files are in the page cache.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from ruamel.yaml import YAML

from timeline.model import Event, Source
from timeline.store import load_events
from timeline.store.files import dump_event


def make_events(folder: Path, count: int) -> list[Path]:
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.md").write_text("Text.\n")
    events = folder / "events"
    events.mkdir()
    for number in range(count):
        day = f"2026-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
        event = Event(
            id=f"{day}-event-{number}",
            title=f"Ministers meet for round {number}",
            date=day,
            summary="The ministers agreed to pool orders.",
            places=["Krakow"],
            tags=["defence", "talks"],
            confidence=0.8,
            sources=[
                Source(
                    "articles/a.md",
                    "They met on Friday.",
                    "An article",
                    "https://example.org/a",
                    "2026-02-21",
                )
            ],
        )
        (events / f"{event.id}.yaml").write_text(dump_event(event), encoding="utf-8")
    return sorted(events.glob("*.yaml"))


def timed(work: Callable[[], object], repeat: int = 1) -> float:
    """The best of ``repeat`` runs: the machine is shared, so the least
    disturbed run is the fairest."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="event files to write")
    count = parser.parse_args().count
    with tempfile.TemporaryDirectory() as temporary:
        paths = make_events(Path(temporary), count)
        tenth = paths[: max(1, count // 10)]
        scale = len(paths) / len(tenth)
        round_trip = YAML(typ="rt")
        for path in paths:  # warm the page cache so no reader pays for the disk
            path.read_bytes()
        results = {
            "load_events": timed(lambda: load_events(paths[0].parent), repeat=2),
            "bare CSafeLoader": timed(
                lambda: [yaml.load(p.read_text(), Loader=yaml.CSafeLoader) for p in paths], repeat=2
            ),
            "pure SafeLoader": scale
            * timed(lambda: [yaml.load(p.read_text(), Loader=yaml.SafeLoader) for p in tenth]),
            "ruamel round-trip": scale
            * timed(lambda: [round_trip.load(p.read_text()) for p in tenth]),
        }
    base = results["load_events"]
    print(f"{count} event files")
    for name, seconds in results.items():
        print(f"{name:<18} {seconds:6.2f} s  {seconds / base:5.2f}x load_events")


if __name__ == "__main__":
    main()

"""Time the site builder on generated events, run by hand:

    PYTHONPATH=. python bench/site_build.py 10000 [--search]

Reports a cold build into an empty folder, a rebuild with nothing changed,
and a rebuild after editing one event, with the files each wrote. Events
are made in memory (loading YAML is the store's cost, measured apart), so
the figures are the builder's own: prepare, render, hash, write, swap.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from timeline.model import Event, Source
from timeline.site import SiteConfig, build_site

WORDS = ["talks", "sanctions", "summit", "ferry", "harbour", "vote", "treaty", "strike", "budget"]
PLACES = ["Geneva", "Kraków", "Brussels", "Kyiv", "Abu Dhabi", "Vienna", "Oslo", "Rome"]
ACTORS = ["Council", "Commission", "Union", "Ministry", "Parliament", "Court"]


def make_events(count: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    events = []
    for number in range(count):
        year = 2000 + number * 26 // count
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        forms = [f"{year}-{month:02d}-{day:02d}"] * 6 + [f"{year}-{month:02d}", f"{year}"]
        date = rng.choice(forms)
        words = rng.sample(WORDS, 3)
        article = f"articles/{year}-{number // 5:05d}.md"
        events.append(
            Event(
                id=f"{date}-event-{number:06d}",
                title=" ".join(words).capitalize() + f" {number}",
                date=date,
                status="expected" if rng.random() < 0.1 else "happened",
                summary=f"The **{words[0]}** went on; see [notes](https://example.org/{number}).",
                places=rng.sample(PLACES, 1),
                actors=rng.sample(ACTORS, 2),
                tags=words[:2],
                sources=[
                    Source(
                        article=article,
                        title=f"Article {number // 5}",
                        url=f"https://example.org/a/{number // 5}",
                        published=f"{year}-12-31",
                        quote="A sentence that said so.",
                    )
                ],
            )
        )
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=10000, help="events to build")
    parser.add_argument("--search", action="store_true", help="also build the Pagefind index")
    parser.add_argument(
        "--dir",
        type=Path,
        default=Path("."),
        help="where to build (default: here; /tmp is slow to create files on some machines)",
    )
    args = parser.parse_args()
    events = make_events(args.count)
    config = SiteConfig(title="Bench", base_url="https://example.org/", search=args.search)
    folder = Path(tempfile.mkdtemp(prefix=".timeline-bench-", dir=args.dir))
    out = folder / "site"
    try:
        for label, batch in (
            ("cold", events),
            ("no-op", events),
            ("one edit", [replace(events[0], title="Edited"), *events[1:]]),
        ):
            started = time.perf_counter()
            result = build_site(batch, out, config)
            seconds = time.perf_counter() - started
            print(
                f"{args.count} events, {label:8}: {seconds:6.2f} s, {result.pages} pages, "
                f"{result.stats.written} files written"
            )
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()

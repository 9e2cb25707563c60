"""How the merge into the event files (``apply_extraction``) grows with an
archive: time and memory of a first run and a re-run on the proposals of N
real-length articles.

Extracting a large archive just to time the store would take hours, so the
proposals are made once from a real sample and copied: SAMPLE generated
articles of one story (``bench/news.py``) are extracted and folded as
``timeline extract`` does, then each copy of that story gets its own
article paths, its dates moved on (the copies spread over ten years, as an
archive's stories do) and a name of its own in every headline and quote, so
no copy is another's event. The proposals per article and the sources per
proposal are the sample's.

    PYTHONPATH=. python bench/store_scale.py --articles 2000 10000 [--sample 40] [--parts]

For each size it prints the proposals, the files, the seconds and CPU
seconds of the first run and of the re-run (which must create and change
nothing; CPU counts the processes that read the folder back), the
process's resident memory with the proposals held, and its peak during the
runs. With ``--parts``, what the ledger, the events read back and the index
hold per event file of the last size (and the index's kept tellings, a
fixed cost), and the disk a file takes, carried over to 100,000 and
1,000,000 articles at these rates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import re
import resource
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from bench.news import write_articles
from timeline.events.batch import extract_articles
from timeline.events.merge import merge_duplicates
from timeline.model import Event, Source
from timeline.parallel import resident
from timeline.same_event import EventIndex
from timeline.store import apply_extraction
from timeline.store.ledger import Ledger
from timeline.store.load import load_events

_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH = re.compile(r"\b(\d{4})-(\d{2})\b(?!-)")
_YEAR = re.compile(r"^(\d{4})$")
ARCHIVE_DAYS = 3650


def sample(count: int, work: Path) -> list[Event]:
    """What ``timeline extract`` hands the store for ``count`` articles of one story."""
    paths = write_articles(work / "content" / "articles", 1, count)
    found = [
        event
        for result in extract_articles(paths, None, work / "content")
        for event in result.events
    ]
    return merge_duplicates(found)


def moved(date: str, days: int) -> str:
    """An EDTF date ``days`` later, at its own precision."""

    def day(match: re.Match[str]) -> str:
        when = dt.date(*map(int, match.groups())) + dt.timedelta(days=days)
        return when.isoformat()

    def month(match: re.Match[str]) -> str:
        total = int(match.group(1)) * 12 + int(match.group(2)) - 1 + days // 30
        return f"{total // 12:04d}-{total % 12 + 1:02d}"

    if _DAY.search(date):
        return _DAY.sub(day, date)
    if _MONTH.search(date):
        return _MONTH.sub(month, date)
    return _YEAR.sub(lambda match: str(int(match.group(1)) + days // 365), date)


def copy(events: list[Event], number: int, copies: int) -> list[Event]:
    """The sample's proposals as story ``number`` of ``copies``."""
    name = f"Kappa{number:06d}"
    days = number * ARCHIVE_DAYS // max(copies, 1)
    out = []
    for event in events:
        sources = [
            Source(
                f"articles/{name}/{source.article.rsplit('/', 1)[-1]}",
                f"{source.quote} ({name})" if source.quote else "",
                source.title,
                source.url,
                moved(source.published, days) if source.published else None,
            )
            for source in event.sources
        ]
        date = moved(event.date, days)
        title = f"{event.title} ({name})"
        out.append(
            replace(
                event,
                id=f"{name.lower()}-{event.id}",
                title=title,
                date=date,
                sources=sources,
                places=list(event.places),
                actors=list(event.actors),
                tags=list(event.tags),
            )
        )
    return out


def cpu() -> float:
    """CPU seconds of this process and of its children (a large folder is
    read back by forked workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(proposals: list[Event], folder: Path) -> dict[str, float]:
    held = resident()
    figures: dict[str, float] = {"held MB": held / 1e6}
    for run in ("first", "re-run"):
        gc.collect()
        started, cpu_started = time.perf_counter(), cpu()
        report = apply_extraction(proposals, folder)
        figures[f"{run} s"] = time.perf_counter() - started
        figures[f"{run} cpu"] = cpu() - cpu_started
        figures[f"{run} created"] = len(report.created)
        figures[f"{run} updated"] = len(report.updated)
    figures["peak MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    return figures


def parts(folder: Path) -> tuple[dict[str, float], int, float]:
    """Bytes the merge holds per event file of ``folder``, part by part
    (traced allocations): the ledger, the events read back, and the index
    of ``same_event`` over them; and the disk the files take, per file. Then
    the tellings the index keeps worked out, and their bytes: a fixed cost,
    whatever the number of files."""
    files = [path for path in folder.glob("*.yaml")]
    held: dict[str, float] = {}
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        ledger = Ledger.read(folder)
        held["ledger"] = tracemalloc.get_traced_memory()[0] - before
        before = tracemalloc.get_traced_memory()[0]
        events = load_events(folder, check_articles=False).events
        held["events"] = tracemalloc.get_traced_memory()[0] - before
        before = tracemalloc.get_traced_memory()[0]
        index = EventIndex(events)
        index.match(events[0])  # words are indexed at the first match
        with_kept = tracemalloc.get_traced_memory()[0] - before
        kept = len(index.kept)
        index.kept.clear()
        held["index"] = tracemalloc.get_traced_memory()[0] - before
        del ledger, events, index
    finally:
        tracemalloc.stop()
    per_file = {part: size / len(files) for part, size in held.items()}
    per_file["disk"] = sum(os.stat(path).st_blocks * 512 for path in files) / len(files)
    return per_file, kept, with_kept - held["index"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--sample", type=int, default=40, help="articles of the extracted story")
    parser.add_argument(
        "--parts",
        action="store_true",
        help="after the last size: what the ledger, the events and the index hold per file",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = sample(args.sample, work / "sample")
        sources = sum(len(event.sources) for event in base)
        print(
            f"sample: {args.sample} articles of one story, {len(base)} proposals "
            f"({len(base) / args.sample:.1f} per article, {sources / len(base):.1f} sources each)"
        )
        for articles in args.articles:
            copies = -(-articles // args.sample)
            proposals = [e for n in range(copies) for e in copy(base, n, copies)]
            figures = measure(proposals, work / f"events-{articles}")
            print(
                f"{copies * args.sample} articles, {len(proposals)} proposals: "
                f"first run {figures['first s']:.1f} s ({figures['first cpu']:.1f} CPU s, "
                f"{figures['first cpu'] / len(proposals) * 1e6:.0f} CPU µs per proposal), "
                f"{figures['first created']:.0f} files; re-run {figures['re-run s']:.1f} s "
                f"({figures['re-run cpu']:.1f} CPU s), {figures['re-run created']:.0f} created, "
                f"{figures['re-run updated']:.0f} updated; resident with the proposals "
                f"{figures['held MB']:.0f} MB, peak {figures['peak MB']:.0f} MB"
            )
            del proposals
        if args.parts:
            folder = work / f"events-{args.articles[-1]}"
            files = len(list(folder.glob("*.yaml")))
            per_file, kept, kept_bytes = parts(folder)
            per_article = files / (-(-args.articles[-1] // args.sample) * args.sample)
            print(
                "held per event file: "
                + ", ".join(f"{part} {size / 1e3:.1f} KB" for part, size in per_file.items())
                + f" ({per_article:.1f} files per article); and {kept_bytes / 1e6:.0f} MB for the "
                f"{kept} tellings the index keeps worked out, whatever the size"
            )
            for articles in (100_000, 1_000_000):
                memory = sum(per_file[part] for part in ("ledger", "events", "index"))
                print(
                    f"at {articles:,} articles, by these rates: "
                    f"{per_article * articles:,.0f} files, "
                    f"{(memory * per_article * articles + kept_bytes) / 1e9:.1f} GB held "
                    "by the merge, "
                    f"{per_file['disk'] * per_article * articles / 1e9:.0f} GB on disk"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

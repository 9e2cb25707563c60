"""Extraction speed on real-length news: articles per second of the whole
``timeline extract`` (reading, tagging and extracting each article, merging
what several articles tell, merging into the event files), with one process
and with several, and how the time grows with the articles of one story.

The articles are generated (``bench/news.py``): 5 to 15 KB each, a date
every few sentences, each story told again by every article. Two measures:

- throughput: COUNT articles, in stories of PER_STORY articles, with
  ``--jobs 1`` and ``--jobs N``;
- scaling: one story of 1x, 2x and 4x SCALE articles in one run, ``--jobs N``:
  the time per article must stay flat.

With ``--cluster``, the throughput runs also go through ``timeline extract
--scheduler`` on a Dask LocalCluster of 1 and of 2 single-threaded worker
processes on loopback, in the same run: Dask's overhead is the ratio of
their figures to ``--jobs 1`` and ``--jobs 2``. Workers are warmed up (one
article each) before the clock starts, as a long run would have them; the
workers' CPU seconds are read from each worker and added. A Dask cluster
also spends CPU doing nothing (heartbeats, memory monitors); that rate is
measured for IDLE_SECONDS before each cluster run, and its cost over the
extraction's wall time is printed, since on a loaded machine, where a run
waits long, it is a large part of the difference.

Each phase is timed in wall-clock and the whole in CPU seconds too (on a
machine others share, a second process may find no free core). Extraction
is also given in words per CPU-second, which carries across corpora of
other lengths: with ``--esc`` the same figures are taken on ESC's 256 news
articles (``../shared/eval``, the evaluation's own texts, a few hundred
words each), the corpus the first extraction figures were taken on. The
peer: dateparser's ``search_dates`` (finding dates only, no events) on the
first generated articles, in the same run.

    PYTHONPATH=. python bench/extract_speed.py [--count 320] [--per-story 40]
        [--scale 60] [--jobs 2] [--esc] [--cluster] [--profile]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.news import write_articles
from timeline.events.batch import extract_article, extract_articles
from timeline.events.merge import merge_duplicates
from timeline.events.places import gazetteer
from timeline.store import apply_extraction


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


IDLE_SECONDS = 5


def worker_cpu_seconds() -> float:
    """CPU time of a Dask worker process (run on it by ``client.run``)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


@contextlib.contextmanager
def local_cluster(workers: int, warm: list[Path]) -> Iterator[tuple[Any, float]]:
    """A client of a LocalCluster of ``workers`` single-threaded processes
    on loopback, each having extracted one article of ``warm``, and the CPU
    seconds per second the cluster spends idle."""
    from distributed import Client, LocalCluster

    from timeline.events.batch import extract_article

    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        client.run(extract_article, warm[0], None, warm[0].parent.parent)
        # What the cluster costs doing nothing (heartbeats, memory monitors),
        # per second: a run on a loaded machine pays it for every second it waits.
        before, started = cluster_cpu_seconds(client), time.perf_counter()
        time.sleep(IDLE_SECONDS)
        idle_rate = (cluster_cpu_seconds(client) - before) / (time.perf_counter() - started)
        yield client, idle_rate


def cluster_cpu_seconds(client: Any) -> float:
    """CPU seconds of the workers and of this process (scheduler, nannies, client)."""
    return sum(client.run(worker_cpu_seconds).values()) + cpu_seconds()


def words(paths: list[Path]) -> int:
    """The words of the articles' text (front matter and markup included)."""
    return sum(len(path.read_text(encoding="utf-8").split()) for path in paths)


def dateparser_rate(paths: list[Path]) -> tuple[float, float]:
    """The KB of the articles' text and dateparser's KB per CPU-second on it
    (``search_dates``, each article read against its publication date)."""
    import datetime as dt
    import warnings

    from dateparser.search import search_dates

    from timeline.documents import document_from_bytes, read_article

    documents = [document_from_bytes(read_article(path), str(path)) for path in paths]
    cpu = cpu_seconds()
    for document in documents:
        base = dt.datetime.combine(document.published or dt.date.today(), dt.time())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            search_dates(document.text, languages=["en"], settings={"RELATIVE_BASE": base})
    size = sum(len(document.text.encode()) for document in documents) / 1024
    return size, size / (cpu_seconds() - cpu)


def esc_articles(work: Path) -> list[Path]:
    """ESC's news articles as ``make eval`` extracts them."""
    from eval.shared import find_shared, load_scorer

    semeval = load_scorer("semeval_timeline")
    folder = work / "esc" / "content" / "articles"
    with contextlib.redirect_stdout(io.StringIO()):
        semeval.prepare(str(find_shared() / "eval" / "esc" / "timeml"), str(folder))
    return sorted(folder.glob("*.md"))


def run(
    paths: list[Path], jobs: int, work: Path, client: Any = None, idle_rate: float = 0.0
) -> dict[str, float]:
    """One ``timeline extract`` of ``paths`` into a fresh events folder, by
    its three phases: seconds of each, CPU seconds, events found and kept;
    with a Dask ``client``, extracted on its cluster."""
    content = paths[0].parent.parent
    events_dir = work / f"events-{time.monotonic_ns()}"
    scheduler = client.scheduler.address if client is not None else None
    on_workers = sum(client.run(worker_cpu_seconds).values()) if client is not None else 0.0
    started, cpu = time.perf_counter(), cpu_seconds()
    found = [
        event
        for result in extract_articles(paths, None, content, jobs=jobs, scheduler=scheduler)
        for event in result.events
    ]
    extracted, extract_cpu = time.perf_counter(), cpu_seconds()
    if client is not None:  # the workers' share, read from each, counted from here on
        cpu -= sum(client.run(worker_cpu_seconds).values()) - on_workers
    merged = merge_duplicates(found)
    folded, merge_cpu = time.perf_counter(), cpu_seconds()
    report = apply_extraction(merged, events_dir)
    stored, store_cpu = time.perf_counter(), cpu_seconds()
    return {
        "idle cpu": idle_rate * (extracted - started),
        "extract": extracted - started,
        "merge": folded - extracted,
        "store": stored - folded,
        "wall": stored - started,
        "cpu": store_cpu - cpu,
        "extract cpu": extract_cpu - cpu,
        "merge cpu": merge_cpu - extract_cpu,
        "store cpu": store_cpu - merge_cpu,
        "found": len(found),
        "merged": len(merged),
        "files": len(report.created),
    }


def line(label: str, articles: int, figures: dict[str, float], words: int = 0) -> str:
    per_word = (
        f"; extraction {articles / figures['extract cpu']:.0f} articles, "
        f"{words / figures['extract cpu']:,.0f} words per CPU-second"
        if words
        else ""
    )
    return (
        f"{label}: {articles} articles in {figures['wall']:.1f} s, "
        f"{articles / figures['wall']:.0f} articles/s; {figures['cpu']:.1f} CPU s, "
        f"{articles / figures['cpu']:.0f} articles per CPU-second "
        f"(extract {figures['extract cpu']:.2f}, in-run merge {figures['merge cpu']:.2f}, "
        f"store {figures['store cpu']:.2f} CPU s"
        + (
            f"; of the extract, {figures['idle cpu']:.2f} CPU s the idle cluster's cost for as long"
            if figures["idle cpu"]
            else ""
        )
        + "); "
        f"{figures['found']:.0f} events found, {figures['merged']:.0f} after merging" + per_word
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=320, help="articles for the throughput runs")
    parser.add_argument("--per-story", type=int, default=40, help="articles of each story")
    parser.add_argument(
        "--scale", type=int, default=60, help="articles of one story at 1x (0: no scaling runs)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes")
    parser.add_argument("--profile", action="store_true", help="profile the in-run merge")
    parser.add_argument(
        "--cluster", action="store_true", help="also on a Dask LocalCluster of 1 and 2 workers"
    )
    parser.add_argument(
        "--esc", action="store_true", help="also ESC's articles, from ../shared/eval, --jobs 1"
    )
    parser.add_argument(
        "--peer", type=int, default=5, help="articles dateparser reads (0: no peer)"
    )
    args = parser.parse_args()
    gazetteer()  # built once per process; not part of the per-article cost
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        stories = -(-args.count // args.per_story)
        paths = write_articles(work / "content" / "articles", stories, args.per_story)[: args.count]
        sizes = [path.stat().st_size for path in paths]
        count = words(paths)
        print(
            f"{len(paths)} generated articles in {stories} stories, "
            f"{sum(sizes) / len(sizes) / 1024:.1f} KB each on average "
            f"({min(sizes) / 1024:.1f}-{max(sizes) / 1024:.1f} KB), "
            f"{count / len(paths):.0f} words"
        )
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        # Warmed up as a long run is (the language detector's models, the
        # compiled grammars): the first run would pay them alone.
        extract_article(paths[0], None, paths[0].parent.parent)
        for jobs in sorted({1, args.jobs}):
            print(line(f"--jobs {jobs}", len(paths), run(paths, jobs, work), count))
        if args.esc:
            esc = esc_articles(work)
            esc_words, esc_kb = words(esc), sum(path.stat().st_size for path in esc) / 1024
            print(
                f"ESC: {len(esc)} articles, {esc_kb / len(esc):.1f} KB and "
                f"{esc_words / len(esc):.0f} words each on average"
            )
            print(line("  --jobs 1", len(esc), run(esc, 1, work), esc_words))
        if args.peer:
            ours = run(paths[: args.peer], 1, work)
            size, theirs = dateparser_rate(paths[: args.peer])
            rate = size / ours["extract cpu"]
            print(
                f"peer, first {args.peer} articles: our whole extraction {rate:.0f} KB per "
                f"CPU-second, dateparser's search_dates (dates only) {theirs:.0f}: "
                f"{rate / theirs:.1f}x"
            )
        for workers in (1, 2) if args.cluster else ():
            with local_cluster(workers, paths) as (client, idle_rate):
                label = f"LocalCluster of {workers} worker{'s' if workers > 1 else ''}"
                print(line(label, len(paths), run(paths, 1, work, client, idle_rate)))
        print(f"one story, --jobs {args.jobs}:" if args.scale else "")
        for factor in (1, 2, 4) if args.scale else ():
            folder = work / f"story{factor}" / "articles"
            one = write_articles(folder, 1, args.scale * factor, seed=2)
            figures = run(one, args.jobs, work)
            per = figures["cpu"] / len(one) * 1000
            print(f"  {factor}x: {line(f'{per:.1f} CPU ms/article', len(one), figures)}")
            if args.profile and factor == 4:
                found = [
                    event
                    for result in extract_articles(one, None, folder.parent, jobs=args.jobs)
                    for event in result.events
                ]
                profile = cProfile.Profile()
                profile.runcall(merge_duplicates, found)
                pstats.Stats(profile).sort_stats("cumulative").print_stats(12)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

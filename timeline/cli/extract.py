"""``timeline extract``: articles in, proposed events merged into the
editors' event files."""

from __future__ import annotations

import argparse
import os
import sys
import time
import tomllib
from pathlib import Path
from typing import TextIO

from timeline.cli.arguments import iso_date
from timeline.cluster import ClusterLost
from timeline.desk.read_cache import fill as fill_read_cache
from timeline.documents import find_articles
from timeline.documents.language import normalise_code
from timeline.events.batch import article_path, extract_articles
from timeline.events.merge import merge_duplicates
from timeline.keys import ArticleDays, write_mentions
from timeline.layout import Layout, content_root, desk_folder
from timeline.parallel import WorkerDied
from timeline.store import StoreBusy, apply_extraction
from timeline.store.lock import events_lock

# Runs this long (in articles) show a progress bar.
_PROGRESS_FROM = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract dated events from articles into content/events",
        description=(
            "Read articles (Markdown or text with YAML front matter, plain text, saved HTML), "
            "find the dated events they report and merge them into the event files: new events "
            "are added, known ones get the new sources, and what editors locked, hid or deleted "
            "is respected."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="article files or folders to search for them (default: content/articles)",
    )
    parser.add_argument(
        "--published",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="publication date for articles that give none (plain text has no front matter); "
        "relative dates such as 'on Friday' are read against it",
    )
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="CODE",
        help="language of articles that do not give theirs (no 'lang:' in the front matter, no "
        "<html lang>), instead of detecting it from their text: en, ru, es, ...",
    )
    parser.add_argument(
        "--events",
        type=Path,
        metavar="DIR",
        help="the event folder to merge into (default: content/events)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would change without writing any file",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--jobs",
        type=positive,
        metavar="N",
        help=f"processes to work in (default 1; this machine has {os.cpu_count() or 1} cores)",
    )
    where.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on the workers of this Dask scheduler (tcp://HOST:8786), "
        "merging here (default: [extract] scheduler in timeline.toml; needs timeline[dask])",
    )
    parser.set_defaults(handler=run)


def _language(text: str) -> str:
    code = normalise_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a language code; write one such as ru")
    return code


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def scheduler_setting(settings: Path) -> str | None:
    """``scheduler`` of the ``[extract]`` table of ``timeline.toml``: the
    Dask scheduler extraction runs on when no ``--jobs`` is given. Raises
    ValueError with a one-line message naming the file."""
    if not settings.is_file():
        return None
    try:
        table = tomllib.loads(settings.read_text(encoding="utf-8")).get("extract", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{settings}: {error}; fix the TOML syntax") from None
    if not isinstance(table, dict):
        raise ValueError(f"{settings}: 'extract' must be a table ([extract])")
    unknown = sorted(set(table) - {"scheduler"})
    if unknown:
        raise ValueError(f"{settings}: unknown key {unknown[0]!r} in [extract]; known: scheduler")
    address = table.get("scheduler")
    if address is not None and (not isinstance(address, str) or not address.strip()):
        raise ValueError(
            f"{settings}: [extract] scheduler must be a Dask scheduler's address "
            f"such as 'tcp://10.0.0.5:8786', not {address!r}"
        )
    return address


def run(args: argparse.Namespace) -> int:
    layout = Layout.find()
    scheduler = args.scheduler
    if scheduler is None and args.jobs is None:
        try:
            scheduler = scheduler_setting(layout.settings)
        except ValueError as unusable:
            print(f"timeline extract: {unusable}", file=sys.stderr)
            return 1
    events_dir = args.events or layout.events
    paths = args.paths or [layout.articles]
    articles, problems = find_articles(paths)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not articles:
        print("timeline extract: no articles found (.md, .txt or .html files)", file=sys.stderr)
        return 1
    bar = _Progress(len(articles), sys.stderr) if len(articles) >= _PROGRESS_FROM else None
    proposed = []
    named: dict[str, ArticleDays] = {}
    failed = bool(problems)
    started = time.perf_counter()
    results = extract_articles(
        articles,
        args.published,
        content_root(events_dir),
        jobs=args.jobs or 1,
        scheduler=scheduler,
        progress=bar.update if bar else None,
        lang=args.lang,
    )
    told: set[str] = set()
    try:
        for result in results:
            for message in [*result.messages, *(n for n in result.notices if n not in told)]:
                if bar:
                    bar.clear()
                print(message, file=sys.stderr)
            told.update(result.notices)
            failed = failed or result.failed
            proposed.extend(result.events)
            if not result.failed:
                path = article_path(Path(result.path), content_root(events_dir))
                named[path] = ArticleDays(result.published, result.days_named)
    except WorkerDied as died:
        if bar:
            bar.clear()
        print(f"timeline extract: {died} (with fewer --jobs)", file=sys.stderr)
        return 2
    except ClusterLost as lost:
        if bar:
            bar.clear()
        print(f"timeline extract: {lost}", file=sys.stderr)
        return 2
    if bar:
        bar.finish()
    merged = merge_duplicates(proposed)
    seconds = time.perf_counter() - started
    print(
        f"{len(articles)} article(s) read in {seconds:.1f} s: {len(proposed)} event(s) found, "
        f"{len(merged)} after merging the same event told more than once",
        file=sys.stderr,
    )
    try:
        report = apply_extraction(merged, events_dir, dry_run=args.dry_run)
        if not args.dry_run:
            with events_lock(events_dir):  # the days each article names, for importance
                write_mentions(events_dir, named)
            # The desk's first start then parses none of the files just written.
            fill_read_cache(events_dir, desk_folder(events_dir))
    except StoreBusy as busy:
        print(f"timeline extract: {busy}", file=sys.stderr)
        return 1
    print(report)
    return 1 if failed else 0


class _Progress:
    """A one-line progress bar on a terminal; on a log, a line per tenth."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.tty = stream.isatty()
        self.started = time.perf_counter()
        self.shown_tenth = 0

    def update(self, done: int) -> None:
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        if self.tty:
            filled = done * 30 // self.total
            self.stream.write(
                f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{self.total} "
                f"articles, {rate:.0f}/s"
            )
            self.stream.flush()
        elif done * 10 // self.total > self.shown_tenth:
            self.shown_tenth = done * 10 // self.total
            print(f"{done}/{self.total} articles, {rate:.0f}/s", file=self.stream)

    def clear(self) -> None:
        if self.tty:
            self.stream.write("\r\033[K")

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()

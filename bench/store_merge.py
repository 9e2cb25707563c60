"""How fast the store merges what extraction proposes into the event files.

    PYTHONPATH=. python bench/store_merge.py [--count 3000] [--proposals FILE] [--profile]
        [--articles DIR]

Generates COUNT real-length news articles (``bench/news.py``, stories of 40
articles, as ``bench/extract_speed.py`` does), extracts them and folds
duplicates as ``timeline extract`` does, then times ``apply_extraction``
twice on a fresh event folder: the first run writes every file, the second
must find everything known and change no byte (checked by hashing the
folder). With ``--proposals FILE`` the proposals
are read from that pickle when it exists and saved to it otherwise, so that
two versions of the store can be timed on the very same input; the digest
printed at the end says whether they wrote the same files. ``--profile``
prints the ten functions the first run spent most time in.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

from bench.news import write_articles
from timeline.events.batch import extract_articles
from timeline.events.merge import merge_duplicates
from timeline.model import Event
from timeline.store import apply_extraction


def proposals(count: int, cache: Path | None, keep: Path | None = None) -> list[Event]:
    """What extraction proposes for COUNT articles, duplicates folded; the
    articles are kept in ``keep`` when given (to time ``timeline extract``)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp) / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        paths = write_articles(folder, -(-count // 40), 40)[:count]
        started = time.perf_counter()
        found = [
            event
            for result in extract_articles(paths, None, folder.parent)
            for event in result.events
        ]
        print(
            f"extracted {count} articles in {time.perf_counter() - started:.1f} s", file=sys.stderr
        )
    events = merge_duplicates(found)
    if cache:
        cache.write_bytes(pickle.dumps(events))
    return events


def digest(folder: Path) -> str:
    """One hash over every file's name and bytes, the ledger included."""
    hashed = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        hashed.update(path.name.encode() + b"\0" + path.read_bytes())
    return hashed.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=3000, help="articles to build")
    parser.add_argument("--proposals", type=Path, help="pickle of proposals to reuse or save")
    parser.add_argument("--profile", action="store_true", help="profile the first run")
    parser.add_argument(
        "--articles", type=Path, help="keep the built articles in this folder (content/articles)"
    )
    args = parser.parse_args()
    events = proposals(args.count, args.proposals, args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "events"
        folder.mkdir()
        profile = cProfile.Profile() if args.profile else None
        started = time.perf_counter()
        if profile:
            profile.enable()
        first = apply_extraction(events, folder)
        if profile:
            profile.disable()
        first_s = time.perf_counter() - started
        before = digest(folder)
        started = time.perf_counter()
        second = apply_extraction(events, folder)
        second_s = time.perf_counter() - started
        after = digest(folder)
        print(
            f"{len(events)} proposals; first run {first_s:.2f} s: "
            f"{len(first.created)} created, {len(first.updated)} updated, "
            f"{len(first.unchanged)} unchanged; second run {second_s:.2f} s: "
            f"{len(second.created)} created, {len(second.updated)} updated, "
            f"{len(second.unchanged)} unchanged; "
            f"folder {'unchanged' if before == after else 'CHANGED'} (digest {after})"
        )
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(12)
    return 0 if before == after else 1


if __name__ == "__main__":
    raise SystemExit(main())

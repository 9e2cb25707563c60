"""Temporal tagger speed on one core: KB/s over the whole TempEval-3 TBAQ
text, beside dateparser's ``search_dates`` on the same documents in the same
run, each document with its creation date as the reference date.

    PYTHONPATH=. python bench/tag_speed.py [--docs N] [--repeat R]

``--docs`` takes the first N documents (by name) for a quicker run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from timeline.temporal import tag, timeml

REPO = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path:
    for folder in REPO.parents:
        candidate = folder / "shared" / "eval" / "tempeval3-tbaq"
        if candidate.is_dir():
            return candidate
    raise SystemExit(f"no shared/eval/tempeval3-tbaq beside {REPO} or above it")


def load(limit: int | None) -> list[tuple[str, dt.date | None]]:
    paths = sorted(corpus_dir().glob("*/*.tml"), key=lambda p: p.name)[:limit]
    documents = [timeml.read(p.read_text(encoding="utf-8")) for p in paths]
    return [(d.text, d.dct) for d in documents]


def rate(
    run: Callable[[str, dt.date | None], object],
    docs: list[tuple[str, dt.date | None]],
    repeat: int,
) -> tuple[float, int]:
    """Best KB/s over ``repeat`` passes, and the number of expressions found."""
    size = sum(len(text.encode("utf-8")) for text, _ in docs)
    best, found = 0.0, 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = sum(len(run(text, dct) or ()) for text, dct in docs)  # type: ignore[arg-type]
        best = max(best, size / 1000 / (time.perf_counter() - start))
    return best, found


def search_dates(text: str, dct: dt.date | None) -> object:
    from dateparser.search import search_dates as search

    base = dt.datetime.combine(dct, dt.time()) if dct else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return search(text, languages=["en"], settings={"RELATIVE_BASE": base} if base else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=None, help="only the first N documents")
    parser.add_argument("--repeat", type=int, default=3, help="passes of the tagger (best is kept)")
    args = parser.parse_args()
    docs = load(args.docs)
    size = sum(len(text.encode("utf-8")) for text, _ in docs)
    tag(docs[0][0], docs[0][1])  # compile the grammar outside the timing
    search_dates(docs[0][0][:200], docs[0][1])  # load dateparser's data outside the timing
    ours, n_ours = rate(tag, docs, args.repeat)
    theirs, n_theirs = rate(search_dates, docs, 1)
    print(f"documents: {len(docs)}  text: {size / 1000:.0f} KB")
    print(f"timeline.temporal.tag   {ours:9.1f} KB/s  {n_ours:6d} expressions")
    print(f"dateparser search_dates {theirs:9.1f} KB/s  {n_theirs:6d} expressions")
    print(f"ratio: {ours / theirs:.1f}x")


if __name__ == "__main__":
    main()

"""Extraction speed: articles per second on one core and on several.

Builds COUNT articles (default 10,000) from the evaluation texts in
``../shared/eval`` (TempEval-3 TimeBank and AQUAINT news, SemEval-2015
Wikinews), each a Markdown file with front matter, the way ``timeline
extract`` reads them; then times reading, tagging and extracting them with
one process and with ``--jobs`` processes, in wall-clock time and in CPU
time (on a machine others share, a second process may find no free core: CPU
time says what each core does). The event files are not written: that is
the store's part and is timed by its own benchmark.

    PYTHONPATH=. python bench/extract_speed.py [--count 10000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import html
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from timeline.events.merge import merge_duplicates
from timeline.events.places import gazetteer
from timeline.events.run import extract_articles

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', re.S)
_TAG = re.compile(r"<[^>]+>")
_SENTENCE = re.compile(r'<s id="\d+">(.*?)</s>', re.S)


def find_eval() -> Path:
    here = Path(__file__).resolve().parent
    for folder in here.parents:
        if (folder / "shared" / "eval").is_dir():
            return folder / "shared" / "eval"
    sys.exit("bench/extract_speed.py: no shared/eval folder beside the repository")


def source_texts(evaluation: Path) -> list[tuple[str, str]]:
    """(publication date, body) of every evaluation document."""
    texts = []
    for path in sorted(evaluation.rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct, body = _DCT.search(raw), _TEXT.search(raw)
        if not dct or not body:
            continue
        inner = body.group(1)
        sentences = _SENTENCE.findall(inner)
        if sentences:  # SemEval: tokenised sentences, one paragraph each
            inner = "\n\n".join(re.sub(r" ([,.;:!?%)])", r"\1", s) for s in sentences[1:])
        texts.append((dct.group(1), html.unescape(_TAG.sub("", inner)).strip()))
    return texts


def build(folder: Path, count: int, texts: list[tuple[str, str]]) -> list[Path]:
    """COUNT articles cycling over the texts, each paragraph order rotated
    so that no two files in a cycle are the same."""
    paths = []
    for number in range(count):
        date, body = texts[number % len(texts)]
        paragraphs = body.split("\n\n")
        shift = (number // len(texts)) % max(1, len(paragraphs))
        body = "\n\n".join(paragraphs[shift:] + paragraphs[:shift])
        path = folder / f"{number:05d}.md"
        path.write_text(
            f"---\ntitle: Article {number}\ndate: {date}\n---\n\n{body}\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(paths: list[Path], jobs: int, content: Path) -> tuple[float, float, int, int]:
    """Wall-clock and CPU seconds of one run, events found and merged."""
    started, cpu = time.perf_counter(), cpu_seconds()
    events = [
        event
        for result in extract_articles(paths, None, content, jobs=jobs)
        for event in result.events
    ]
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return wall, cpu, len(events), len(merge_duplicates(events))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="articles to build")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for the parallel run (default: all cores)",
    )
    args = parser.parse_args()
    texts = source_texts(find_eval())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = build(folder, args.count, texts)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths) / len(paths)
        print(
            f"{len(paths)} articles from {len(texts)} evaluation texts, "
            f"{words:.0f} words each on average"
        )
        gazetteer()  # built once per process; not part of the per-article cost
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        for jobs in sorted({1, args.jobs}):
            wall, cpu, found, merged = timed(paths, jobs, folder)
            print(
                f"--jobs {jobs}: {wall:.1f} s, {len(paths) / wall:.0f} articles/s wall-clock; "
                f"{cpu:.1f} CPU s, {len(paths) / cpu:.0f} articles per CPU-second; "
                f"{found} events, {merged} after merging"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Tagger speed for the languages with rules of their own besides English
and Russian: KB/s of the rules against the dateparser path
(``other_languages.py``) the same language took before it had rules, on the
test corpus sentences (``tests/temporal/corpus/<lang>.txt``, dense in dates),
repeated, on one core, in the same run.

    PYTHONPATH=. python bench/tag_languages.py [--repeat R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from timeline.temporal import tag
from timeline.temporal.other_languages import tag_other

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "temporal" / "corpus"
PUBLISHED = dt.date(2026, 2, 21)


def text_of(lang: str, repeat: int) -> str:
    lines = (CORPUS / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    sentences = " ".join(line[2:] for line in lines if line.startswith("> "))
    return "\n\n".join([sentences] * repeat)


def rate(run: Callable[[str, dt.date, str], object], text: str, lang: str) -> float:
    """KB per CPU-second."""
    run(text[:2000], PUBLISHED, lang)  # compile patterns, load dateparser's data
    start = time.process_time()
    run(text, PUBLISHED, lang)
    return len(text.encode()) / 1000 / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print("| language | rules KB/s | dateparser path KB/s | ratio |")
    print("|---|---:|---:|---:|")
    for lang in ("es", "fr", "it", "de"):
        text = text_of(lang, args.repeat)
        rules, other = rate(tag, text, lang), rate(tag_other, text, lang)
        print(f"| {lang} | {rules:.0f} | {other:.0f} | {rules / other:.1f}× |")


if __name__ == "__main__":
    main()

"""Draw proposals at random for a copy editor to read: each headline beside
the sentence it was made from, its date and its confidence.

The editor grades each one A (usable as it stands), B (a light edit), C
(broken: ungrammatical, cut, or unfaithful to the sentence), and says
whether it is an event at all; docs/extraction.md gives the shares. The
seed is fixed, so the same folder gives the same sample.

    python bench/headline_sample.py EVENTS_DIR [--count 80] [--seed 16]
        [--min-confidence 0.5] [--now NEWER_EVENTS_DIR]

With ``--now``, each drawn proposal is shown with the headline and
confidence its sentence has in NEWER_EVENTS_DIR (the same articles
extracted by newer code): the same proposals read before and after a change.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml


def proposals(folder: Path, min_confidence: float) -> list[dict]:
    """The event files of ``folder`` at or above ``min_confidence``, by file name."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        event = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(event, dict) and (event.get("confidence") or 0) >= min_confidence:
            found.append(event)
    return found


def headlines_by_quote(folder: Path) -> dict[tuple[str, str], tuple[str, float]]:
    """(article, quote) → (headline, confidence) of every source in ``folder``."""
    found = {}
    for path in sorted(folder.glob("*.yaml")):
        event = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(event, dict):
            continue
        for source in event.get("sources") or []:
            key = (source.get("article"), source.get("quote"))
            found[key] = (event["title"], event.get("confidence") or 0.0)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=Path)
    parser.add_argument("--count", type=int, default=80)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--min-confidence", type=float, default=0.0)
    parser.add_argument("--now", type=Path, help="the same articles' events by newer code")
    args = parser.parse_args()
    now = headlines_by_quote(args.now) if args.now else None
    events = proposals(args.events, args.min_confidence)
    sample = random.Random(args.seed).sample(events, min(args.count, len(events)))
    print(f"{len(events)} proposals at confidence >= {args.min_confidence}; {len(sample)} drawn")
    for number, event in enumerate(sample, 1):
        source = (event.get("sources") or [{}])[0]
        print(f"\n{number:3}. {event['title']}")
        print(f"     {event['date']}  conf {event.get('confidence')}  {source.get('article')}")
        print(f"     < {source.get('quote', '')}")
        if now is not None:
            title, confidence = now.get((source.get("article"), source.get("quote")), ("-", 0.0))
            print(f"     now: {title}  conf {confidence}")


if __name__ == "__main__":
    main()

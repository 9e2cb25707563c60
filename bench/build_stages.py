"""Where a cold build's CPU time goes, stage by stage and file kind by kind,
in one process (no workers: each stage's whole cost, which on two cores
is shared by the build and one forked worker).

It builds the generated events of ``bench/corpus.py`` as ``timeline build
--no-search`` would, but step by step, without writing the files: reading
the event files, preparing the views (with the places' gazetteer names),
rendering the cards, planning and keying every output, then rendering each
output, summed by kind (``events/``, ``tags/``, ``calendar.ics``…) with its
file count and bytes. Run from the repository root::

    PYTHONPATH=. .venv/bin/python bench/build_stages.py --count 10000
    PYTHONPATH=. .venv/bin/python bench/build_stages.py --events content/events \
        --config timeline.toml

(``--events``: a folder of event files, with its record of the days
articles name, instead of generated events; ``--config``: the site's
settings, search left out.)

Writing the files is left out: its cost is the system's, and on a shared
machine it swings tenfold (``bench/build_speed.py`` prints it before each
round); the file counts say how many there are to write.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `timeline` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import make_events, write_content
from timeline.incremental.memory import BuildMemory
from timeline.incremental.pieces import Fragments
from timeline.keys.mentions import read_mentions
from timeline.site.build import base_key, plan_site, to_publish
from timeline.site.cards import cards_missing, render_cards
from timeline.site.config import SiteConfig, load_config
from timeline.site.stories import story_places
from timeline.site.theme import make_environment, theme_dirs
from timeline.site.views import prepare
from timeline.store.load import load_events


def kind(path: str) -> str:
    """The kind of an output: its folder, or its name without a part number."""
    if "/" in path:
        return path.split("/", 1)[0] + "/"
    return re.sub(r"(\.\d+)*\.(\w+)$", r".\2", path)


def stages(
    events_folder: Path, config: SiteConfig | None = None
) -> tuple[dict[str, float], dict[str, list[float]]]:
    """CPU seconds of each stage, and [CPU seconds, files, bytes] of each
    kind of output, built with ``config`` (the defaults without search)."""
    spent: dict[str, float] = {}
    clock = time.process_time()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.process_time()
        spent[name] = now - clock
        clock = now

    loaded = load_events(events_folder, check_articles=False)
    lap("reading the event files")
    config = replace(config or SiteConfig(), search=False)
    memory = BuildMemory()
    shown = to_publish(loaded.events, config.publish)
    data = prepare(shown, config.taxonomies, memory, {}, story_places(config.stories))
    data.mentions, _ = read_mentions(events_folder)  # what ranks the key events
    lap("preparing the views")
    dirs = theme_dirs(None)
    fragments = Fragments(base_key(config, dirs))
    env = make_environment(tuple(dirs), fragments.key)
    render_cards(cards_missing(data, fragments.key, memory), config, env, memory)
    lap("rendering the cards")
    outputs = list(plan_site(data, config, None, fragments, memory))
    memory.summaries.render_all([view.event.summary for view in data.events])
    lap("planning and keying the outputs")
    kinds: dict[str, list[float]] = {}
    for output in outputs:
        started = time.process_time()
        content = output.render()
        size = len(content) if isinstance(content, bytes) else sum(map(len, content))
        entry = kinds.setdefault(kind(output.path), [0.0, 0, 0])
        entry[0] += time.process_time() - started
        entry[1] += 1
        entry[2] += size
    lap("rendering the outputs")
    return spent, kinds


def report(spent: dict[str, float], kinds: dict[str, list[float]]) -> None:
    print("| stage | CPU s |\n|---|---:|")
    for name, seconds in spent.items():
        print(f"| {name} | {seconds:.2f} |")
    print(f"| all | {sum(spent.values()):.2f} |\n")
    print("| output | CPU s | files | MB |\n|---|---:|---:|---:|")
    ranked = sorted(kinds.items(), key=lambda item: -item[1][0])
    for name, (seconds, files, size) in ranked:
        print(f"| {name} | {seconds:.2f} | {int(files):,} | {size / 1e6:.1f} |")
    seconds, files, size = (sum(entry[column] for entry in kinds.values()) for column in range(3))
    print(f"| all | {seconds:.2f} | {int(files):,} | {size / 1e6:.1f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10000, help="events (default: 10,000)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated events")
    parser.add_argument(
        "--events", type=Path, help="a folder of event files instead of generated events"
    )
    parser.add_argument("--config", type=Path, help="the site's settings (timeline.toml)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if args.config and not args.config.is_file():
        parser.error(f"no such file: {args.config}")
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core: no workers fork
    if args.events:
        spent, kinds = stages(args.events, load_config(args.config) if args.config else None)
    else:
        with tempfile.TemporaryDirectory() as folder:
            content = Path(folder) / "content"
            write_content(make_events(args.count, args.seed), content)
            spent, kinds = stages(content / "events")
    report(spent, kinds)
    if args.json:
        args.json.write_text(json.dumps({"stages": spent, "outputs": kinds}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Where extraction's time goes: CPU ms per article of each phase (reading,
language detection, tagging, the sentence annotation, cues, anchoring,
headlines…), over one pass of a folder's articles in this process.

Each phase is the processor time of a function of the pipeline, less that
of the phases it calls (the annotation is read on demand, so its cost
lands in whichever phase reads a sentence first). The functions are
wrapped where the pipeline looks them up, for this process only. Models,
grammars and word lists are loaded before the clock starts, as in a long
run; the first article is extracted then and left out of the pass.

    PYTHONPATH=. python bench/extract_phases.py FOLDER
    PYTHONPATH=. python bench/extract_phases.py --esc       # ESC's articles
    PYTHONPATH=. python bench/extract_phases.py --news 40   # generated news
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import timeline.documents.loader as loader
import timeline.events.anchor as anchor
import timeline.events.batch as batch
import timeline.events.extract as extract
from bench.news import write_articles
from timeline.events.nouns import tagger
from timeline.events.places import gazetteer
from timeline.events.verbs import is_present, past_to_base, present

# (module, function, phase): where the pipeline looks each function up.
PHASES = (
    (loader, "detect_language", "language detection (lingua)"),
    (batch, "document_from_bytes", "reading, without language detection"),
    (batch, "tag", "tagging"),
    (batch, "events_from_document", "events: the rest"),
    (extract, "annotate_sentences", "sentence annotation"),
    (extract, "Cues", "cues"),
    (extract, "anchor_sentences", "anchoring by the rules"),
    (anchor, "anchor_candidates", "the anchor model's candidates"),
    (extract, "make_title", "headlines"),
    (extract, "is_sound", "headlines' soundness"),
    (extract, "find_actors", "actors"),
    (extract, "name_runs", "names"),
    (extract, "_event", "places and the event's fields"),
    (extract, "tags_for", "topic tags"),
    (extract, "_with_title", "the article's title"),
)


class Timer:
    """Processor time per phase, each less the phases it calls."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}
        self._inner: list[float] = []  # time spent in called phases, per open phase

    def wrap(self, module: ModuleType, name: str, phase: str) -> None:
        function: Callable[..., Any] = getattr(module, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            self._inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - started
                inner = self._inner.pop()
                self.totals[phase] = self.totals.get(phase, 0.0) + spent - inner
                if self._inner:
                    self._inner[-1] += spent

        setattr(module, name, timed)


def warm_up() -> None:
    """Load what a long run has loaded: the gazetteer, HanTa's English
    model, lemminflect's tables."""
    gazetteer()
    english = tagger("en")
    if english is not None:
        english.tags("The store sells music")
    past_to_base("walked")
    is_present("sells")
    present("walk", False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a folder of articles")
    parser.add_argument("--esc", action="store_true", help="ESC's articles (../shared/eval)")
    parser.add_argument("--news", type=int, default=0, help="this many generated articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.esc:
            from bench.extract_speed import esc_articles

            paths = esc_articles(Path(tmp))
        elif args.news:
            paths = write_articles(Path(tmp) / "content" / "articles", 1, args.news)
        elif args.folder:
            paths = sorted(args.folder.glob("*.md"))
        else:
            parser.error("give a folder, --esc or --news N")
        totals, spent = phases(paths)
    count = len(paths) - 1
    for phase, total in sorted(totals.items(), key=lambda item: -item[1]):
        print(f"{total / count * 1000:6.2f} CPU ms  {phase}")
    print(f"{spent / count * 1000:6.2f} CPU ms  an article in all ({count} articles)")
    return 0


def phases(paths: list[Path]) -> tuple[dict[str, float], float]:
    """CPU seconds of each phase over ``paths`` but the first (extracted
    before, to warm up), and of the whole pass. The pipeline's functions
    are wrapped only while it runs."""
    content = paths[0].parent.parent
    warm_up()
    batch.extract_article(paths[0], None, content)
    timer = Timer()
    originals = [(module, name, getattr(module, name)) for module, name, _phase in PHASES]
    for module, name, phase in PHASES:
        timer.wrap(module, name, phase)
    try:
        started = time.process_time()
        for path in paths[1:]:
            batch.extract_article(path, None, content)
        spent = time.process_time() - started
    finally:
        for module, name, function in originals:
            setattr(module, name, function)
    return timer.totals, spent


if __name__ == "__main__":
    raise SystemExit(main())

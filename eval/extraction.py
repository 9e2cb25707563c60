"""Dated-event figures of ``timeline extract`` against the shared gold
timelines, scored by the shared ``semeval_timeline.py``.

ESC is split once, by topic, into a half that rules may be tuned on and a
half nobody looks at while tuning: odd topic numbers are tuned on (1, 3, 5,
7, 13, 19, 23, 33, 35, 37, 41), even ones held out (4, 8, 12, 14, 16, 18,
20, 22, 24, 30, 32); 11 topics each. A change is kept only when the
held-out half moves with the tuned one.

    python -m eval.extraction esc-tune --show 30   # the misses to study
    python -m eval.extraction esc-held              # the figure only
    python -m eval.extraction semeval
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import tempfile
from pathlib import Path

from eval.shared import find_shared, load_scorer
from timeline.cli import main as timeline

_TOPIC = re.compile(r"^\d+_(\d+)_\d+ecbplus\.tml$")


def esc_topics() -> list[int]:
    timelines = find_shared() / "eval" / "esc" / "timelines"
    return sorted(int(path.stem.split("_")[1]) for path in timelines.glob("topic_*.txt"))


def esc_halves() -> dict[str, list[int]]:
    """The fixed split: odd topic numbers tuned on, even ones held out."""
    topics = esc_topics()
    return {
        "esc-tune": [t for t in topics if t % 2],
        "esc-held": [t for t in topics if not t % 2],
    }


def _corpus(name: str, work: Path) -> tuple[Path, Path]:
    """The TimeML folder and gold timelines folder of one evaluation set."""
    evaluation = find_shared() / "eval"
    if name == "semeval":
        root = evaluation / "semeval2015-trial"
        return root / "timeml", root / "timelines"
    if name == "esc":
        return evaluation / "esc" / "timeml", evaluation / "esc" / "timelines"
    topics = set(esc_halves()[name])
    corpus, timelines = work / "timeml", work / "timelines"
    corpus.mkdir()
    timelines.mkdir()
    for path in (evaluation / "esc" / "timeml").glob("*.tml"):
        match = _TOPIC.match(path.name)
        if match and int(match.group(1)) in topics:
            (corpus / path.name).symlink_to(path)
    for topic in topics:
        path = evaluation / "esc" / "timelines" / f"topic_{topic:02d}.txt"
        (timelines / path.name).symlink_to(path)
    return corpus, timelines


def score(name: str, show: int = 0, keep: Path | None = None) -> dict:
    """Extract one set's articles through the command line, as a user would,
    and score the event files written."""
    semeval = load_scorer("semeval_timeline")
    with tempfile.TemporaryDirectory() as scratch:
        work = keep or Path(scratch)
        corpus, timelines = _corpus(name, work)
        articles, events = work / "content" / "articles", work / "content" / "events"
        with contextlib.redirect_stdout(io.StringIO()):
            semeval.prepare(str(corpus), str(articles))
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = timeline(["extract", str(articles), "--events", str(events)])
        if code != 0:
            raise RuntimeError(f"timeline extract exited {code} on {name}")
        output = io.StringIO()
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(io.StringIO()):
            result = semeval.score(str(corpus), str(timelines), str(events), show=show)
        if show:
            print(output.getvalue())
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", choices=["semeval", "esc", "esc-tune", "esc-held"])
    parser.add_argument("--show", type=int, default=0, help="list the first N misses")
    parser.add_argument(
        "--keep", type=Path, help="an empty folder to keep the articles and events in"
    )
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    result = score(args.set, args.show, args.keep)
    print(
        f"{args.set}: dated F1 {result['dated_f1']:.3f} "
        f"(P {result['dated_precision']:.3f}, R {result['dated_recall']:.3f}, "
        f"sentence recall {result['sentence_recall']:.3f})"
    )


if __name__ == "__main__":
    main()

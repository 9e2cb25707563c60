"""Train the anchor model (``timeline/events/anchor_model.json``) on the
tuned half of ESC, and measure it against the rules.

Every sentence of the tuned half that holds a dated gold event gives its
candidate dates (``timeline.events.anchor.anchor_candidates``), each
labelled right when its date, cut to the gold's precision, is a gold date
of that sentence (as ``semeval_timeline.py`` scores). A logistic regression
(scikit-learn) is fitted on them; its strength of regularisation is chosen
by topic-wise cross-validation on the tuned half (each fold holds out whole
topics), never on the held-out half. The weights are written as the JSON
file the package reads; scikit-learn is needed only here.

    python -m eval.train_anchor                 # cross-validate, fit, write the model
    python -m eval.train_anchor --check esc-held # top-1 accuracy, rules vs model, no writing
    python -m eval.train_anchor --dry-run        # cross-validate only

Not run by ``make test`` or ``make eval``: it reads ``../shared``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eval.extraction import _corpus, esc_halves
from eval.shared import load_scorer
from timeline.documents import load_document
from timeline.events.anchor import anchor_candidates, anchor_sentences
from timeline.events.anchor_model import MODEL_PATH, AnchorModel, Candidate
from timeline.events.lang import language
from timeline.events.sentence import annotate_sentences
from timeline.temporal import tag

# Regularisation strengths tried (scikit-learn's C: larger fits closer), and
# how much better than the rules' choice a candidate must score to replace it.
STRENGTHS = (0.1, 0.3, 1.0, 3.0)
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0)


@dataclass
class Example:
    """One sentence with a dated gold event: its candidates and which are right."""

    topic: int
    candidates: list[Candidate]
    right: list[bool]
    rules: str  # the rules' date for its main event ("" when none)
    rules_right: bool


def examples(name: str) -> Iterator[Example]:
    """The sentences of evaluation set ``name`` that hold a dated gold event."""
    semeval = load_scorer("semeval_timeline")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        corpus, timelines = _corpus(name, work)
        articles = work / "articles"
        with contextlib.redirect_stdout(io.StringIO()):
            semeval.prepare(str(corpus), str(articles))
        documents = semeval.parse_corpus(str(corpus))
        gold: dict[tuple[str, int], set[str]] = {}
        for doc, sid, date in semeval.load_gold(str(timelines)):
            gold.setdefault((doc, sid), set()).add(date)
        for path in sorted(articles.glob("*.md")):
            yield from _article_examples(semeval, path, documents[path.stem], gold)


def _article_examples(semeval, path: Path, gold_document: dict, gold: dict) -> Iterator[Example]:  # type: ignore[no-untyped-def]
    document = load_document(path, None)
    timexes = tag(document.text, document.published)
    spans = sorted((t.start, t.end) for t in timexes if t.type in ("DATE", "TIME"))
    annotations = annotate_sentences(
        document.text, document.sentences, spans, language(document.lang)
    )
    arguments = (document.text, document.sentences, timexes, document.published, annotations)
    rules = anchor_sentences(*arguments)
    found = anchor_candidates(*arguments, rules)
    normalised = {
        sid: semeval.norm(semeval.detokenize(text))
        for sid, text in gold_document["sentences"].items()
    }
    topic = int(path.stem) // 1000 if path.stem.isdigit() and len(path.stem) > 3 else 0
    for sentence, anchors, options in zip(document.sentences, rules, found, strict=True):
        quote = semeval.norm(sentence.text)
        dates: set[str] = set()
        for sid, text in normalised.items():
            # the scorer's own test of a quote against a gold sentence
            if text and (
                quote in text or text in quote or (len(quote) >= 30 and quote[:30] in text)
            ):
                dates |= gold.get((path.stem, sid), set())
        if not dates or not options:
            continue
        main = next((a.date for a in anchors if a.how not in ("reported", "relative")), "")
        yield Example(
            topic,
            options,
            [_matches(semeval, c.date, dates) for c in options],
            main,
            bool(main) and _matches(semeval, main, dates),
        )


def _matches(semeval, date: str, gold: set[str]) -> bool:  # type: ignore[no-untyped-def]
    start = semeval.event_start(date)
    return start is not None and any(start[: len(g)] == g for g in gold)


def fit(train: list[Example], strength: float, margin: float = 0.0) -> AnchorModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [dict.fromkeys(c.features, 1) for e in train for c in e.candidates]
    labels = [right for e in train for right in e.right]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    regression = LogisticRegression(C=strength, max_iter=2000)
    regression.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): float(weight)
        for name, weight in zip(names, regression.coef_[0], strict=True)
        if abs(weight) >= 1e-4
    }
    return AnchorModel(weights, float(regression.intercept_[0]), margin)


def accuracy(model: AnchorModel | None, test: list[Example]) -> float:
    """The share of sentences whose main event gets a right date: the
    model's best candidate, or the rules' date without a model."""
    if not test:
        return 0.0
    right = 0
    for example in test:
        if model is None:
            right += example.rules_right
            continue
        best = model.best(example.candidates)
        right += best is not None and example.right[example.candidates.index(best)]
    return right / len(test)


def cross_validate(data: list[Example], strength: float) -> dict[float, float]:
    """Top-1 accuracy at each margin, with each topic held out in turn."""
    right = dict.fromkeys(MARGINS, 0.0)
    for topic in sorted({e.topic for e in data}):
        test = [e for e in data if e.topic == topic]
        model = fit([e for e in data if e.topic != topic], strength)
        for margin in MARGINS:
            shifted = AnchorModel(model.weights, model.bias, margin)
            right[margin] += accuracy(shifted, test) * len(test)
    return {margin: total / len(data) for margin, total in right.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="esc-tune", choices=["esc-tune"], help="train on")
    parser.add_argument("--check", choices=[*sorted(esc_halves()), "semeval"])
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    if args.check:
        from timeline.events.anchor_model import load_model

        data = list(examples(args.check))
        model = load_model(args.out)
        print(
            f"{args.check}: {len(data)} sentences; top-1 accuracy rules "
            f"{accuracy(None, data):.3f}, model {accuracy(model, data):.3f}"
        )
        return
    data = list(examples(args.set))
    print(f"{args.set}: {len(data)} sentences, {sum(len(e.candidates) for e in data)} candidates")
    print(f"rules: top-1 accuracy {accuracy(None, data):.3f}")
    scores = {
        (strength, margin): score
        for strength in STRENGTHS
        for margin, score in cross_validate(data, strength).items()
    }
    for (strength, margin), score in scores.items():
        print(f"C={strength} margin {margin}: topic-wise cross-validated accuracy {score:.3f}")
    if args.dry_run:
        return
    # The best; of equals the most regularised, then the one that trusts the
    # model most (margin 0 is the plain model).
    strength, margin = max(scores, key=lambda k: (round(scores[k], 3), -k[0], -k[1]))
    model = fit(data, strength, margin)
    args.out.write_text(
        model.to_json(
            trained_on=f"{args.set}: {len(data)} sentences of ESC's odd topics",
            regularisation_c=strength,
            cross_validated_accuracy=round(scores[strength, margin], 4),
            rules_accuracy=round(accuracy(None, data), 4),
            retrain="python -m eval.train_anchor",
        ),
        encoding="utf-8",
    )
    print(f"C={strength}, margin {margin}: {len(model.weights)} weights written to {args.out}")


if __name__ == "__main__":
    main()

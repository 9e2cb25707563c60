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
    python -m eval.train_anchor --titles-only   # refit the titles' weights, keep the sentences'
    python -m eval.train_anchor --check esc-held # top-1 accuracy, rules vs model, no writing
    python -m eval.train_anchor --dry-run        # cross-validate only

Titles are examples of their own: the dates of the lead's events that share
the title's words (``timeline.events.extract.title_choices``), right when
the gold dates the headline (sentence 0) so. Their features share nothing
with a sentence's, so they are fitted apart, on the titles alone, and their
weights join the sentences' in one file.

Not run by ``make test`` or ``make eval``: it reads ``../shared``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eval.extraction import _corpus, esc_halves
from eval.shared import load_scorer
from timeline.documents import load_document
from timeline.events.anchor import anchor_candidates, anchor_sentences
from timeline.events.anchor_model import MODEL_PATH, AnchorModel, Candidate, load_model
from timeline.events.extract import title_choices
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
    title: bool = False  # the article's title, not one of its sentences


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
    headline = gold.get((path.stem, 0), set())
    titles = title_choices(document, f"articles/{path.name}", timexes) if headline else []
    if len(titles) > 1:
        rule = next(c for c in titles if "title:rule" in c.features)
        yield Example(
            topic,
            titles,
            [_matches(semeval, c.date, headline) for c in titles],
            rule.date,
            _matches(semeval, rule.date, headline),
            title=True,
        )
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


def choose(data: list[Example]) -> tuple[float, float, dict[tuple[float, float], float]]:
    """The regularisation and margin of best topic-wise cross-validated
    accuracy; of equals the most regularised, then the one that trusts the
    model most (margin 0 is the plain model)."""
    scores = {
        (strength, margin): score
        for strength in STRENGTHS
        for margin, score in cross_validate(data, strength).items()
    }
    strength, margin = max(scores, key=lambda k: (round(scores[k], 3), -k[0], -k[1]))
    return strength, margin, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="esc-tune", choices=["esc-tune"], help="train on")
    parser.add_argument("--check", choices=[*sorted(esc_halves()), "semeval"])
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only")
    parser.add_argument("--titles-only", action="store_true", help="refit the titles' weights only")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    data = list(examples(args.check or args.set))
    sentences = [e for e in data if not e.title]
    titles = [e for e in data if e.title]
    if args.check:
        model = load_model(args.out)
        for kind, part in (("sentences", sentences), ("titles", titles)):
            print(
                f"{args.check}: {len(part)} {kind}; top-1 accuracy rules "
                f"{accuracy(None, part):.3f}, model {accuracy(model, part):.3f}"
            )
        return
    print(f"{args.set}: {len(sentences)} sentences, {len(titles)} titles with a choice")
    print(
        f"rules: top-1 accuracy {accuracy(None, sentences):.3f} (sentences), "
        f"{accuracy(None, titles):.3f} (titles)"
    )
    title_c, _margin, title_scores = choose(titles)
    for (strength, margin), score in title_scores.items():
        if margin == 0.0:
            print(f"titles C={strength}: topic-wise cross-validated accuracy {score:.3f}")
    title_weights = fit(titles, title_c).weights
    if args.titles_only:
        kept = load_model(args.out)
        weights = {n: w for n, w in kept.weights.items() if not n.startswith("title:")}
        model = AnchorModel({**weights, **title_weights}, kept.bias, kept.margin)
        about = json.loads(args.out.read_text(encoding="utf-8"))
        about = {k: v for k, v in about.items() if k not in _WRITTEN}
    else:
        strength, margin, scores = choose(sentences)
        for (c, m), score in scores.items():
            print(f"C={c} margin {m}: topic-wise cross-validated accuracy {score:.3f}")
        fitted = fit(sentences, strength, margin)
        model = AnchorModel({**fitted.weights, **title_weights}, fitted.bias, margin)
        about = {
            "trained_on": f"{args.set}: {len(sentences)} sentences of ESC's odd topics",
            "regularisation_c": strength,
            "cross_validated_accuracy": round(scores[strength, margin], 4),
            "rules_accuracy": round(accuracy(None, sentences), 4),
        }
    if args.dry_run:
        return
    about.update(
        titles_trained_on=f"{args.set}: {len(titles)} titles with a choice of dates",
        titles_regularisation_c=title_c,
        titles_cross_validated_accuracy=round(title_scores[title_c, 0.0], 4),
        titles_rules_accuracy=round(accuracy(None, titles), 4),
        retrain="python -m eval.train_anchor",
    )
    args.out.write_text(model.to_json(**about), encoding="utf-8")
    print(f"{len(model.weights)} weights written to {args.out}")


# What to_json writes itself, and what a refit of the titles writes anew.
_WRITTEN = frozenset(
    "format version bias margin weights retrain titles_trained_on titles_regularisation_c"
    " titles_cross_validated_accuracy titles_rules_accuracy".split()
)


if __name__ == "__main__":
    main()

"""The learned choice of a sentence's date: the model file, its scoring,
and the candidates it reads."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.events.conftest import document, extract
from timeline.events.anchor import anchor_candidates, anchor_sentences
from timeline.events.anchor_model import (
    MODEL_VERSION,
    AnchorModel,
    Candidate,
    TitleOption,
    load_model,
    reported_tense,
    shipped_model,
    title_candidates,
)
from timeline.events.lang import ENGLISH
from timeline.events.sentence import annotate_sentences
from timeline.temporal import tag

PUBLISHED = dt.date(2026, 3, 5)


def candidates_of(text: str) -> list[list[Candidate]]:
    doc = document(text, PUBLISHED)
    timexes = tag(doc.text, PUBLISHED)
    spans = sorted((t.start, t.end) for t in timexes if t.type in ("DATE", "TIME"))
    annotations = annotate_sentences(doc.text, doc.sentences, spans, ENGLISH)
    arguments = (doc.text, doc.sentences, timexes, PUBLISHED, annotations)
    return anchor_candidates(*arguments, anchor_sentences(*arguments))


def candidate(date: str, *features: str) -> Candidate:
    return Candidate(date, "", None, "own", features)


def test_the_shipped_model_is_read_and_scores_a_plain_own_date_first() -> None:
    found = candidates_of("Ministers met in Oslo on March 3. The talks ended late.")
    best = shipped_model().best(found[0])
    assert best is not None and best.date == "2026-03-03"


def test_a_model_of_another_version_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    data = json.loads(AnchorModel({"rule": 1.0}).to_json())
    data["version"] = MODEL_VERSION + 1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=r"retrain it with `python -m eval.train_anchor`"):
        load_model(path)


def test_the_file_keeps_every_weight_and_reads_strongest_first(tmp_path: Path) -> None:
    model = AnchorModel({"from=own": 0.5, "rule": -2.0, "lead": 1.25}, bias=-0.75, margin=0.5)
    path = tmp_path / "model.json"
    path.write_text(model.to_json(trained_on="a test"), encoding="utf-8")
    again = load_model(path)
    assert again == model
    assert list(json.loads(path.read_text())["weights"]) == ["rule", "lead", "from=own"]
    assert again.probability(["from=own", "lead"]) == pytest.approx(1 / (1 + 2.718281828**-1.0))


def test_the_rules_choice_stands_unless_another_scores_the_margin_more() -> None:
    rules = candidate("2026-03-05", "rule")
    other = candidate("2026-03-03", "lead")
    weights = {"rule": 0.2, "lead": 1.0}
    assert AnchorModel(weights).best([rules, other]) is other
    assert AnchorModel(weights, margin=1.0).best([rules, other]) is rules
    assert AnchorModel(weights).best([]) is None


def test_a_titles_rules_choice_stands_unless_another_scores_the_margin_more() -> None:
    rules = candidate("2026-03-05", "title:rule")
    other = candidate("2026-03-03", "title:lead")
    weights = {"title:rule": 0.2, "title:lead": 1.0}
    assert AnchorModel(weights).best([rules, other]) is other
    assert AnchorModel(weights, margin=1.0).best([rules, other]) is rules


def test_the_weights_score_as_the_fitted_scikit_learn_regression_does() -> None:
    """The training script writes scikit-learn's coefficients; summing them
    must give scikit-learn's own probabilities."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [
        ["from=own", "precision=day"],
        ["from=published", "precision=day"],
        ["from=earlier", "back=1", "precision=month"],
        ["from=own", "precision=year"],
        ["from=earlier", "back=3-5"],
        ["from=published"],
    ]
    labels = [1, 0, 1, 0, 0, 1]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(row, 1) for row in rows])
    regression = LogisticRegression(C=1.0).fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    model = AnchorModel(
        {str(n): float(w) for n, w in zip(names, regression.coef_[0], strict=True)},
        float(regression.intercept_[0]),
    )
    expected = regression.predict_proba(matrix)[:, 1]
    assert [model.probability(row) for row in rows] == pytest.approx(list(expected))


def test_candidates_are_the_own_dates_those_told_before_and_the_publication_date() -> None:
    found = candidates_of(
        "The envoys met in Riga on February 27. They met again in Oslo on March 2. "
        "The ministers signed the accord on March 3 after the talks."
    )
    dates = {c.date: c.source for c in found[2]}
    assert dates == {
        "2026-03-03": "own",
        "2026-03-02": "earlier",
        "2026-02-27": "earlier",
        "2026-03-05": "published",
    }


def test_a_sentence_reads_only_the_dates_near_it_however_long_the_article() -> None:
    found = candidates_of(
        "The envoys met in Riga on February 20. They met in Oslo on February 21. "
        "They met in Rome on February 22. They met in Bern on February 23. "
        "The ministers signed the accord on February 24. They met in Kyiv on February 25. "
        "They met in Baku on February 27. They met in Nice on March 1."
    )
    dates = {c.date: c.source for c in found[4]}
    assert dates == {
        "2026-02-24": "own",
        "2026-02-23": "earlier",
        "2026-02-22": "earlier",
        "2026-02-21": "earlier",
        "2026-02-25": "later",
        "2026-03-05": "published",
    }


def test_a_year_told_before_is_no_candidate_of_a_later_sentence() -> None:
    found = candidates_of(
        "The founder has fought cancer since 2004 and took leave in January 2009. "
        "The board met in Oslo on March 2. This was his third medical leave."
    )
    assert {c.date for c in found[2]} == {"2026-03-02", "2009-01", "2026-03-05"}


def test_a_saying_of_what_will_be_is_no_candidate_for_the_months_told_before() -> None:
    """A speech act happens on a day: the months the sentence before spoke of
    do not date it; what a saying reports in the past may still take them."""
    found = candidates_of(
        "The carmaker delivered 41,200 cars between July and September. "
        "Its chief executive said the company would cut 1,500 jobs. "
        "Witnesses said the guard died trying to shield the pupils."
    )
    assert {c.date for c in found[1]} == {"2026-03-05"}
    assert "2025-07/2025-09" in {c.date for c in found[2]}


def test_a_point_of_comparison_is_no_candidate_and_the_model_cannot_take_it() -> None:
    text = "The carmaker posted its first annual loss since 1992."
    assert "1992" not in {c.date for c in candidates_of(text)[0]}
    assert [event.date for event in extract(text)] == ["2026-03-05"]


def test_features_describe_language_never_the_words_of_the_story() -> None:
    text = (
        "Volcanologists evacuated Stromboli on March 2. "
        "The eruption destroyed the observatory, officials said."
    )
    story = {word.strip(".,").lower() for word in text.split() if len(word) > 4}
    features = {f for found in candidates_of(text) for c in found for f in c.features}
    assert features
    parts = {part.split("=")[-1] for feature in features for part in feature.split("|")}
    assert not parts & story


def test_a_phrase_pointing_back_and_the_news_of_the_day_stay_with_the_rules() -> None:
    found = candidates_of(
        "The envoys met in Oslo on March 3. Prior to that, their deputies met in Riga. "
        "Latvia has raised objections to the plan."
    )
    assert found[1] == [] and found[2] == []


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Police say he fired at the officers.", "past"),
        ("Critics say it breaks a pact reached in 2019.", "present"),
        ("The minister said the talks will resume.", "future"),
        ("The talks resumed in Oslo.", None),
    ],
)
def test_what_a_reporting_verb_reports_has_a_tense_of_its_own(
    sentence: str, tense: str | None
) -> None:
    assert reported_tense(sentence) == tense


def test_a_later_date_said_at_a_press_conference_does_not_date_what_follows() -> None:
    """A press conference on the publication day: "talks will take place on
    Thursday" is the talks' date, not that of everything said after it."""
    events = extract(
        "The foreign minister spoke to reporters at a press conference in Geneva on Monday. "
        "The next round of talks will take place on Thursday, he said. "
        "He said that the ceasefire was holding. "
        "He also announced new aid for the region. "
        "The minister then left for Paris.",
        dt.date(2026, 3, 2),
    )
    dates = {event.title: event.date for event in events}
    assert dates["Talks to take place"] == "2026-03-05"
    assert dates["Foreign minister announces new aid for region"] == "2026-03-02"
    assert dates["Minister leaves for Paris"] == "2026-03-02"


def test_a_look_back_dates_by_the_age_it_gives() -> None:
    """In an article of July 2012, an uprising "then a month old" that began
    in March 2011 puts "22 April" in 2011; without its start, the year is
    the publication's."""
    told = "The uprising began in the southern city of Deraa in March 2011. "
    aged = "The uprising, then a month old, saw its bloodiest day so far on 22 April."
    assert [e.date for e in extract(told + aged, dt.date(2012, 7, 10))] == [
        "2011-03",
        "2011-04-22",
    ]
    alone = extract("Crowds gathered in Deraa. " + aged, dt.date(2012, 7, 10))
    assert "2012-04-22" in [e.date for e in alone]


def test_a_title_chooses_among_the_dates_of_the_lead_events_sharing_its_words() -> None:
    options = [
        TitleOption("2019", 5, 0, "sentence", 0.7),
        TitleOption("2026-03-04", 3, 1, "sentence", 0.9),
        TitleOption("2026-03-04", 2, 2, "context", 0.6),
    ]
    found = title_candidates(options, PUBLISHED, "present")
    assert [c.date for c in found] == ["2019", "2026-03-04"]  # one candidate a date
    # The event sharing most words is the rules' choice; the features are the
    # title's own, apart from a sentence's.
    assert "title:rule" in found[0].features and "title:rule" not in found[1].features
    assert all(f.startswith("title:") for c in found for f in c.features)
    assert "title:tellings=2+" in found[1].features
    assert "title:before-pub=older|tense=present" in found[0].features
    # The shipped weights give a headline in the present the day's news.
    assert shipped_model().best(found) is found[1]
    assert title_candidates([], PUBLISHED, "present") == []

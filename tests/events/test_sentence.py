"""One sentence read once: what each part of the annotation gives."""

from __future__ import annotations

import pytest

from timeline.documents.sentences import split_sentences
from timeline.events.lang import ENGLISH, language
from timeline.events.sentence import annotate, annotate_sentences, grammar


def spans(text: str, *dates: str) -> list[tuple[int, int]]:
    return [(text.index(date), text.index(date) + len(date)) for date in dates]


def test_the_core_is_the_main_clause_without_dates_asides_and_attribution() -> None:
    text = "On March 3, the ministers, who arrived late, signed the plan, the agency said."
    assert annotate(text, spans(text, "March 3")).core == "the ministers signed the plan"


def test_coordinated_clauses_are_split_only_before_a_verb() -> None:
    text = "She fought cancer in 2004 and took leave in 2009."
    clauses = annotate(text).clauses
    assert [text[a:b] for a, b in clauses] == ["She fought cancer in 2004", "took leave in 2009."]
    text = "Oslo and Riga signed a plan."
    assert len(annotate(text).clauses) == 1


def test_the_report_and_the_attribution_are_placed() -> None:
    text = "Ford said on Tuesday that its sales rose in February."
    annotation = annotate(text)
    assert text[annotation.report :] == "its sales rose in February."
    text = "Sales rose in February, the company said."
    attributed = annotate(text)
    assert text[attributed.aside :] == ", the company said."


def test_a_reporting_verb_with_an_object_reports_no_clause() -> None:
    """ "reported its loss": the date is the reporting's, not a report's."""
    text = "The carmaker reported its biggest quarterly loss on Tuesday."
    assert annotate(text).report == len(text)
    told = "The carmaker announced on Tuesday it would cut 2,000 jobs."
    assert told[annotate(told).report :] == "it would cut 2,000 jobs."
    that = "The carmaker announced on Tuesday that it would cut 2,000 jobs."
    assert that[annotate(that).report :] == "it would cut 2,000 jobs."


def test_who_speaks_and_what_they_say() -> None:
    text = "Ford told reporters that its sales rose."
    assert annotate(text).reported == ("Ford", "its sales rose")
    assert annotate("Ford sold more cars.").reported is None
    # A perfect with its object is no report, and "they have" no speaker.
    assert annotate("They have announced the new curfew for the capital.").reported is None
    told = "The council has announced that the curfew ends on Monday."
    assert annotate(told).reported == ("The council has", "the curfew ends on Monday")


def test_relative_clauses_tell_events_of_their_own() -> None:
    text = "They discussed the loan instrument that was approved in May 2025."
    found = {(text[r.body : r.end], r.antecedent) for r in annotate(text).relatives}
    assert ("was approved in May 2025.", "the loan instrument") in found
    text = "The decision came after Hungary lifted its objections on Monday."
    (adverbial,) = annotate(text).relatives
    assert text[adverbial.body :] == "Hungary lifted its objections on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "The central bank kept its main interest rate unchanged at 2.5 percent on Thursday.",
        "Rescuers reached the two climbers unharmed on the ridge on Sunday.",
        "The bill passed the senate unopposed on Tuesday.",
    ],
)
def test_an_adjective_in_ed_after_a_noun_is_no_relative_clause(text: str) -> None:
    """ "kept the rate unchanged": the adjective says what the object is, it
    tells no event of its own, so the date stays with the main clause."""
    sentence = annotate(text)
    assert sentence.relatives == []
    assert sentence.clause.split()[0] == text.split()[0]


@pytest.mark.parametrize(
    ("text", "tense", "perfect"),
    [
        ("The ministers met in Oslo.", "past", False),
        ("Latvia has raised objections.", "past", True),
        ("The plan has three parts.", "present", False),
        ("The council will meet again.", "future", False),
        ("The plant was closed, officials said.", "past", False),
    ],
)
def test_tense_from_the_main_verb(text: str, tense: str, perfect: bool) -> None:
    annotation = annotate(text)
    assert (annotation.tense, annotation.perfect) == (tense, perfect)


def test_negation_and_state() -> None:
    assert annotate("He did not say when talks resume.").negated
    assert not annotate("Critics said that Apple had not acted.").negated
    assert annotate("The meeting was the third round.").state
    assert not annotate("The package was adopted in May.").state


def test_the_main_verb_passes_over_a_relative_clause_on_the_subject() -> None:
    annotation = annotate("The quake that struck the coast killed ten people.")
    assert annotation.core.split()[annotation.verb or 0] == "killed"


def test_the_subject_is_the_name_or_the_short_phrase_before_the_verb() -> None:
    assert annotate("The ministers signed a plan.").subject([]) == "The ministers"
    assert annotate("Police said a man was detained.").subject(["Police"]) == "Police"


def test_a_clause_has_its_own_annotation_with_its_dates() -> None:
    text = "She fought cancer in 2004 and took leave in 2009."
    sentence = annotate(text, spans(text, "2004", "2009"))
    start, end = sentence.clauses[1]
    clause = sentence.part(start, end)
    assert clause.text == "took leave in 2009."
    assert clause.date_spans == ((14, 18),)
    assert clause.core == "took leave"


def test_a_document_is_annotated_sentence_by_sentence_with_its_dates() -> None:
    text = "Ministers met on March 3. They signed a plan on March 4."
    sentences = split_sentences(text)
    found = annotate_sentences(text, sentences, spans(text, "March 3", "March 4"))
    assert [a.core for a in found] == ["Ministers met", "They signed a plan"]


def test_the_words_come_from_the_language_module_given() -> None:
    assert language("en") is ENGLISH
    assert language("xx") is ENGLISH  # no module: English
    russian = grammar(language("ru"))
    assert russian.language is language("ru")
    assert russian is grammar(language("ru"))  # compiled once
    # A list the module does not give is English's until it does.
    assert russian.articles == grammar().articles
    assert russian.auxiliaries == frozenset(("будет", "будут"))


def test_who_stands_for_the_person_nearest_it() -> None:
    text = "She hid in a shop with her son, who was celebrating his birthday."
    assert [r.antecedent for r in annotate(text).relatives] == ["her son"]

"""People and organisations named in a sentence."""

from __future__ import annotations

from timeline.events.actors import find_actors, mid_sentence_names, name_runs


def test_job_titles_are_taken_off_and_organisations_kept_apart() -> None:
    text = (
        "Finnish Defence Minister Anna Virtanen and NATO Deputy Secretary General "
        "Piotr Nowak met the Ministry of Defence of Estonia."
    )
    assert find_actors(text) == [
        "Anna Virtanen", "NATO", "Piotr Nowak", "Ministry of Defence of Estonia",
    ]


def test_places_months_and_adjectives_are_not_actors() -> None:
    text = "On Monday, European envoys in Geneva met Maria Lopez of the Red Cross in February."
    assert find_actors(text) == ["Maria Lopez", "Red Cross"]


def test_a_capitalised_first_word_is_a_name_only_when_the_article_says_so() -> None:
    sentences = ["Acme unveiled a phone.", "Analysts said Acme had waited.", "Critics were silent."]
    known = mid_sentence_names(name_runs(sentence) for sentence in sentences)
    assert find_actors(sentences[0], known) == ["Acme"]
    assert find_actors(sentences[2], known) == []

"""People and organisations named in a sentence."""

from __future__ import annotations

from timeline.events.actors import (
    find_actors,
    mid_sentence_names,
    name_runs,
    person_words,
    without_roles,
)


def test_job_titles_are_taken_off_and_organisations_kept_apart() -> None:
    text = (
        "Finnish Defence Minister Anna Virtanen and NATO Deputy Secretary General "
        "Piotr Nowak met the Ministry of Defence of Estonia."
    )
    assert find_actors(text) == [
        "Anna Virtanen",
        "NATO",
        "Piotr Nowak",
        "Ministry of Defence of Estonia",
    ]


def test_places_months_and_adjectives_are_not_actors() -> None:
    text = "On Monday, European envoys in Geneva met Maria Lopez of the Red Cross in February."
    assert find_actors(text) == ["Maria Lopez", "Red Cross"]


def test_a_capitalised_first_word_is_a_name_only_when_the_article_says_so() -> None:
    sentences = ["Acme unveiled a phone.", "Analysts said Acme had waited.", "Critics were silent."]
    known = mid_sentence_names(name_runs(sentence) for sentence in sentences)
    assert find_actors(sentences[0], known) == ["Acme"]
    assert find_actors(sentences[2], known) == []


def test_without_roles_keeps_the_name_after_a_job_title() -> None:
    words = "White House Chief of Staff John Sununu met Polish Defence Minister Jan Nowak".split()
    assert " ".join(without_roles(words)) == "John Sununu met Jan Nowak"
    words = "The Minister met the press".split()
    assert without_roles(words) == words


def test_surnames_of_people_are_not_towns() -> None:
    runs = [name_runs("President Bush met George Washington in Eastern Ukraine.")]
    assert person_words(runs) == {"Bush", "Washington"}


def test_without_roles_takes_off_a_title_in_lower_case() -> None:
    words = "Kremlin spokesman Dmitry Peskov met Polish defence minister Jan Nowak".split()
    assert " ".join(without_roles(words)) == "Dmitry Peskov met Jan Nowak"

"""People and organisations named in a sentence."""

from __future__ import annotations

from timeline.events.actors import (
    find_actors,
    mid_sentence_names,
    name_runs,
    not_actors,
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


ARTICLE = (
    "Rescuers reached the Lamone river at dawn. The Lamone rose again. "
    "The Freighter Ocean Star ran aground, and the freighter was towed away. "
    "Traffic on the A14 stopped. Ministers discussed the SAFE programme. "
    "SAFE loans will follow. Leaders of the G7 met Piotr Kowal."
)


def actors_of(sentence: str) -> list[str]:
    return find_actors(sentence, not_names=not_actors(ARTICLE))


def test_rivers_roads_ships_and_programmes_are_not_actors() -> None:
    assert actors_of("The Lamone rose again.") == []
    assert actors_of("Traffic on the A14 stopped.") == []
    assert actors_of("SAFE loans will follow.") == []
    assert actors_of("The Freighter Ocean Star ran aground.") == ["Ocean Star"]
    assert actors_of("Leaders of the G7 met Piotr Kowal.") == ["G7", "Piotr Kowal"]


def test_a_job_title_with_its_field_is_no_part_of_the_name() -> None:
    text = "European Commissioner for Crisis Management Hadja Lahbib visited Emilia-Romagna."
    assert find_actors(text) == ["Hadja Lahbib"]
    assert find_actors("Minister of Foreign Affairs Ana Lind met Cpl. Tom Reyes.") == [
        "Ana Lind",
        "Tom Reyes",
    ]


def test_a_title_in_lower_case_takes_its_field_with_it() -> None:
    text = "The minister for Foreign Affairs Tomas Varga met the commissioner of Trade."
    assert find_actors(text) == ["Tomas Varga"]


def test_negating_words_and_nationalities_are_not_actors() -> None:
    assert find_actors("Neither Acme nor Bolt commented.", {"Acme"}) == ["Acme", "Bolt"]
    assert find_actors("The French police and Greek unions met Ugo Neri.") == ["Ugo Neri"]


def test_a_region_is_a_place_not_an_actor() -> None:
    assert find_actors("Floods hit Emilia-Romagna, said Ugo Neri.") == ["Ugo Neri"]


def test_russian_names_in_their_dictionary_form() -> None:
    assert find_actors("Зеленский встретился с Виктором Орбаном и Каей Каллас.", lang="ru") == [
        "Зеленский",  # a surname that opens the sentence is a name
        "Виктор Орбан",
        "Кая Каллас",
    ]
    assert find_actors("Об этом сообщил Владимир Путин.", lang="ru") == ["Владимир Путин"]


def test_a_russian_job_title_and_what_it_heads_are_not_the_person() -> None:
    sentence = "По словам пресс-секретаря Кремля Дмитрия Пескова, стороны договорились."
    assert find_actors(sentence, lang="ru") == ["Дмитрий Песков"]
    opening = "Министр обороны Польши Владислав Косиняк-Камыш заявил об этом."
    assert find_actors(opening, lang="ru") == ["Владислав Косиняк-Камыш"]


def test_a_russian_place_is_no_actor() -> None:
    assert find_actors("Делегации встретились в Киеве Владимир Зеленский.", lang="ru") == [
        "Владимир Зеленский"
    ]


def test_russian_organisations_keep_the_words_in_lower_case_that_name_them() -> None:
    sentence = "Путин обсудил итоги с членами Совета безопасности и экспертами Кильского института."
    assert find_actors(sentence, lang="ru") == [
        "Путин",
        "Совет безопасности",
        "Кильский институт",
    ]


def test_what_is_no_russian_actor() -> None:
    dateline = "ОРЕНБУРГ — Вода прорвала дамбу на реке Урал, сообщили в МЧС."
    assert find_actors(dateline, lang="ru") == ["МЧС"]
    assert find_actors("Поезд пошёл по Большой кольцевой линии до Калужской.", lang="ru") == []
    # a river or a region the dictionary knows as a place; common words after a dateline
    assert find_actors("Баржа прошла под мостом через Енисей.", lang="ru") == []
    assert find_actors("ТОМСК — Старый паром затонул у берега.", lang="ru") == []
    # an institution opening the sentence after a dateline stays one
    opening = "ТОМСК — Министерство транспорта закрыло переправу."
    assert find_actors(opening, lang="ru") == ["Министерство транспорта"]


def test_a_word_that_opens_a_quote_is_no_name_without_proof() -> None:
    text = '"Rescue came within minutes," Ann Lee told the Harbour Gazette.'
    runs = [name_runs(text)]
    assert find_actors(text, mid_sentence_names(runs)) == ["Ann Lee", "Harbour Gazette"]


def test_a_possessive_inside_a_run_parts_two_names() -> None:
    text = "The Courier's Dana Holt and Acme's Ivo Berg met the Harbour Trust on Monday."
    assert find_actors(text) == ["Courier", "Dana Holt", "Acme", "Ivo Berg", "Harbour Trust"]


def test_what_the_text_lost_at_a_dash_or_a_contraction_is_no_name() -> None:
    assert find_actors("Then Lena Ortiz-who had left early-came back, said Ivo Berg.") == [
        "Lena Ortiz",
        "Ivo Berg",
    ]
    assert find_actors("Later, They're here, said Ivo Berg.") == ["Ivo Berg"]


def test_streets_and_titles_are_not_actors() -> None:
    text = (
        "Undersheriff Ray Colt closed Carson Street and Byberry Road, and Coach Milan Vidic "
        "thanked Miss Jenkin."
    )
    assert find_actors(text) == ["Ray Colt", "Milan Vidic", "Jenkin"]


def test_counties_and_continents_are_places_not_actors() -> None:
    text = "Floods hit Cumbria and Devon, and aid from Europe and Africa reached Ugo Neri."
    assert find_actors(text) == ["Ugo Neri"]


def test_a_hyphenated_qualifier_and_an_analyst_title_are_no_part_of_a_name() -> None:
    text = "A Kremlin-backed candidate and a Hamburg-based firm met Analyst Mira Sol."
    assert find_actors(text) == ["Mira Sol"]


def test_an_organisations_name_is_no_persons() -> None:
    runs = [name_runs("Yvonne Hiller left Kraft Foods and joined Gordon Advisors.")]
    assert person_words(runs) == {"Hiller"}


def test_a_hyphenated_name_is_no_qualifier() -> None:
    """ "Kremlin-backed" qualifies a noun; "El-Sayed" is a name."""
    text = "Prosecutor Omar El-Sayed met Kremlin-backed officials."
    assert find_actors(text) == ["Omar El-Sayed"]

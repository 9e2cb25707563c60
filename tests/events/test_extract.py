"""A document's events: dates, statuses, titles, places, actors, sources,
and what is not an event."""

from __future__ import annotations

import datetime as dt

from tests.events.conftest import extract
from timeline.documents import parse_document
from timeline.events.extract import (
    MIN_CONFIDENCE,
    SHOWN_CONFIDENCE,
    event_text,
    events_from_document,
)
from timeline.model import new_id
from timeline.temporal import tag

ARTICLE = "\n".join(
    [
        "Skip to main content",
        "Advertisement",
        "",
        "Foreign ministers of the Nordic countries met in Oslo on March 3. "
        "Prior to that, their deputies held talks in Helsinki.",
        "",
        "Energy and the grid",
        "",
        "The ministers signed a joint declaration on energy security. Finnish Foreign "
        "Minister Anna Virtanen said that the group would meet again in Reykjavik on April 14.",
        "",
        "Spending on energy grew by 12% in 2025, according to the Nordic Council. "
        "In her opinion, cooperation should deepen.",
        "",
        "The council expects to adopt a common grid plan on March 20.",
        "",
        "Share this article",
        "© 2026 Nordic Daily. All rights reserved.",
    ]
)


def by_title(events: list) -> dict:
    return {event.title: event for event in events}


def test_events_with_dates_statuses_titles_places_and_actors() -> None:
    events = by_title(extract(ARTICLE))
    oslo = events["Foreign ministers of Nordic countries meet in Oslo"]
    assert (oslo.date, oslo.status, oslo.date_text, oslo.places) == (
        "2026-03-03",
        "happened",
        "March 3",
        ["Oslo"],
    )
    assert oslo.id == new_id("2026-03-03", oslo.title)
    assert oslo.confidence and oslo.confidence >= 0.8
    assert events["Their deputies hold talks in Helsinki"].date == "../2026-03-03"
    assert events["Ministers sign joint declaration on energy security"].date == "2026-03-03"
    grid = events["Council expects to adopt common grid plan"]
    assert (grid.date, grid.status) == ("2026-03-20", "expected")
    reykjavik = events["Group to meet again in Reykjavik"]
    assert (reykjavik.date, reykjavik.status, reykjavik.places) == (
        "2026-04-14",
        "expected",
        ["Reykjavík"],
    )
    assert reykjavik.actors == ["Anna Virtanen"]


def test_sources_quote_the_sentence_exactly() -> None:
    event = extract(ARTICLE)[0]
    (source,) = event.sources
    assert source.article == "articles/article.txt"
    assert source.published == "2026-03-05"
    assert source.quote == "Foreign ministers of the Nordic countries met in Oslo on March 3."
    assert source.quote in ARTICLE
    assert event.summary == source.quote


def test_opinions_and_statistics_are_low_or_left_out_and_furniture_never_appears() -> None:
    events = extract(ARTICLE)
    statistic = by_title(events)["Spending on energy grows by 12%"]
    assert statistic.confidence is not None and statistic.confidence < 0.5
    assert not any("opinion" in event.summary for event in events)
    words = " ".join(event.title + event.summary for event in events)
    for furniture in ("Skip", "Advertisement", "Share", "rights reserved", "Energy and the grid"):
        assert furniture not in words
    assert all((event.confidence or 0) >= MIN_CONFIDENCE for event in events)


def test_the_articles_own_news_without_a_date_takes_the_publication_date() -> None:
    (event,) = extract(
        "Acme has unveiled a new turbine for offshore wind farms.", dt.date(2026, 3, 5)
    )
    assert (event.date, event.date_text, event.status) == ("2026-03-05", None, "happened")
    assert event.title == "Acme unveils new turbine for offshore wind farms"


def test_without_a_publication_date_only_dates_in_the_text_are_used() -> None:
    events = extract(
        "Acme has unveiled a new turbine. It was first shown in 2024 in Hamburg.", None
    )
    assert [(event.date, event.status, event.places) for event in events] == [
        ("2024", "happened", ["Hamburg"]),
    ]
    assert events[0].sources[0].published is None


def test_an_article_in_russian_gets_dates_and_headlines_without_dangling_words() -> None:
    doc = parse_document(
        "---\nlang: ru\n---\n20 февраля министры обороны встретились в Кракове. "
        "Следующий раунд переговоров состоится в марте.\n",
        "ru.md",
        dt.date(2026, 2, 21),
    )
    events = events_from_document(doc, "articles/ru.md", tag(doc.text, doc.published, lang="ru"))
    assert [(event.date, event.title) for event in events] == [
        ("2026-02-20", "Министры обороны встретились в Кракове"),
        ("2026-03", "Следующий раунд переговоров состоится"),
    ]
    assert events[0].places == ["Kraków"]


def test_confidence_ranks_events_above_habits_conditionals_and_quotes() -> None:
    sentences = {
        "event": "The ministers signed the grid plan in Oslo on March 3.",
        "habit": "The ministers have repeatedly discussed the grid plan on March 3.",
        "conditional": "If the ministers sign the grid plan on March 3, prices will fall.",
        "quote": '—The ministers signed the grid plan on March 3," the envoy said.',
        "statistic": "Spending on the grid rose by 12% to €4 billion on March 3.",
    }
    confidence = {kind: extract(text)[0].confidence or 0.0 for kind, text in sentences.items()}
    assert confidence["event"] >= 0.9
    for kind in ("habit", "conditional", "quote", "statistic"):
        assert confidence[kind] < confidence["event"] * 0.7, kind


def test_what_is_still_to_come_is_expected_and_needs_a_date() -> None:
    (event,) = extract("The council will adopt a common grid plan on March 12.")
    assert (event.date, event.status) == ("2026-03-12", "expected")
    # No date says when: the publication date is not its date, so it is no event.
    assert extract("The council will adopt a common grid plan.") == []
    assert extract("Deputy mayor Lena Ortiz will succeed him as head of the council.") == []
    # A saying is the event, on the day it was said.
    (event,) = extract("The mayor says the council will adopt a common grid plan.")
    assert event.date == "2026-03-05"
    (event,) = extract("The council adopted a common grid plan on March 2.")
    assert event.status == "happened"
    (event,) = extract("The council adopts a common grid plan on March 12.")
    assert event.status == "expected"


def test_a_date_in_a_relative_clause_dates_that_clause_not_the_main_verb() -> None:
    events = extract(
        "The envoys met in Oslo on March 3. They also reviewed the grid fund, the Nordic "
        "credit line that was approved in May 2024."
    )
    dates = {event.title: event.date for event in events}
    assert dates["Envoys review grid fund"] == "2026-03-03"
    assert dates["Nordic credit line approved"] == "2024-05"


def test_a_date_in_a_relative_aside_dates_what_the_aside_tells() -> None:
    events = extract(
        "Talks ended in Oslo on Tuesday. Norwegian officials, who hosted this week's meeting, "
        "said they were ready to host the next one."
    )
    dates = {event.title: event.date for event in events}
    assert dates["Norwegian officials host meeting"] == "2026-03-02/2026-03-08"
    assert dates["Norwegian officials say they were ready to host next one"] == "2026-03-03"


def test_what_did_not_happen_and_descriptions_sort_below_events() -> None:
    events = extract(
        "The envoys signed a truce in Oslo on March 3. The summit was the fourth since 2020. "
        "The mediator did not say when the next round would start. "
        "The mayor welcomed the truce and thanked the envoys."
    )
    confidence = {event.title: event.confidence for event in events}
    truce = confidence["Envoys sign truce in Oslo"]
    welcome = confidence["Mayor welcomes truce and thanks envoys"]
    state = confidence["Summit is fourth since 2020"]
    negated = confidence["Mediator did not say when next round would start"]
    assert truce > welcome > state > negated >= MIN_CONFIDENCE
    assert negated < state < SHOWN_CONFIDENCE <= welcome


def test_participles_and_adverbial_clauses_date_what_they_tell() -> None:
    events = extract(
        "The ministers approved the budget on March 4. "
        "The summit, held on March 2 at a castle, was the fifth since talks began in 2024. "
        "The approval came after Latvia dropped its veto on Monday. "
        "Critics say it breaks a pact reached between the two parties in 2019."
    )
    dates = {event.title: event.date for event in events}
    assert dates["Summit held at castle"] == "2026-03-02"
    assert dates["Talks begin"] == "2024"
    assert dates["Latvia drops its veto"] == "2026-03-02"
    assert dates["Approval comes after Latvia dropped its veto"] == "2026-03-04"
    assert dates["Pact reached between two parties"] == "2019"
    assert dates["Critics say it breaks pact"] == "2026-03-05"


def test_the_present_perfect_is_the_news_of_the_day_and_brackets_are_asides() -> None:
    events = extract(
        "The envoys met in Oslo on March 3. Latvia has raised objections to the plan. "
        "A portrait of the founder (1921–2019) hangs in the hall and was unveiled."
    )
    dates = {event.title: event.date for event in events}
    assert dates["Latvia raises objections to plan"] == "2026-03-05"
    assert "1921/2019" not in dates.values()


def test_they_is_the_subject_of_the_sentence_before_without_its_date() -> None:
    events = extract(
        "The talks in Riga on March 3 brought together envoys of five states. "
        "They followed earlier contacts in Vilnius."
    )
    assert "Talks in Riga follow earlier contacts in Vilnius" in [e.title for e in events]


def _with_title(title: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: 2026-03-05\n---\n\n{body}\n"


def test_the_title_is_the_first_source_of_the_event_the_lead_tells() -> None:
    article = _with_title(
        "Dock workers strike at the port of Valtera",
        "Dock workers at the port of Valtera went on strike on Wednesday over pay. "
        "The port authority said that ships were being diverted to other harbours.",
    )
    doc = parse_document(article, "article.md", markdown=True)
    events = events_from_document(doc, "articles/article.md", tag(doc.text, doc.published))
    strike = next(event for event in events if "strike" in event.title.lower())
    assert strike.date == "2026-03-04"
    assert strike.sources[0].quote == doc.title
    # Never a second event for the same news.
    assert sum(source.quote == doc.title for e in events for source in e.sources) == 1


def test_the_title_tells_the_days_news_not_the_look_back_that_shares_most_words() -> None:
    # A headline in the present tells the news of about the publication day:
    # of two events of the lead that share its words, the anchor model gives
    # it Wednesday's walk-out, not the strike of 2019 told in more of its words.
    article = _with_title(
        "Valtera port workers strike over pay",
        "Port workers in Valtera last went on strike over pay in 2019, when the harbour "
        "closed for a week. Dock workers walked out at the port of Valtera on Wednesday, "
        "the union said.",
    )
    doc = parse_document(article, "article.md", markdown=True)
    events = events_from_document(doc, "articles/article.md", tag(doc.text, doc.published))
    titled = [e for e in events if any(s.quote == doc.title for s in e.sources)]
    assert [(e.date, e.sources[0].quote) for e in titled] == [("2026-03-04", doc.title)]
    assert len(events) == 2  # the title is a source, never an event of its own


def test_a_title_the_body_does_not_tell_is_an_event_at_the_publication_date() -> None:
    article = _with_title(
        "Valtera council approves new harbour budget",
        "Residents of the old town have long complained about traffic near the quay. "
        "Several shops have closed in the past decade as tourists went elsewhere.",
    )
    doc = parse_document(article, "article.md", markdown=True)
    events = events_from_document(doc, "articles/article.md", tag(doc.text, doc.published))
    titled = [e for e in events if any(s.quote == doc.title for s in e.sources)]
    assert [(e.title, e.date) for e in titled] == [(doc.title, "2026-03-05")]


def test_a_chronology_written_with_colons_gives_its_events() -> None:
    article = (
        "How the harbour dispute unfolded.\n\n"
        "Jan. 12: Dock workers reject the pay offer from the port authority.\n\n"
        "Feb. 2: The port authority raises its offer by four percent.\n\n"
        "Feb. 20 - Both sides sign a three-year agreement in Valtera."
    )
    events = {event.date: event.title for event in extract(article)}
    assert events["2026-01-12"].startswith("Dock workers reject pay offer")
    assert events["2026-02-02"].startswith("Port authority raises its offer")
    assert events["2026-02-20"].startswith("Both sides sign three-year agreement")


def test_a_chronology_line_in_the_present_tells_the_past() -> None:
    # Published on 5 March 2026: "Aug. 20" without a year is last August
    # when the line tells it as a look back does, in the present.
    article = (
        "How the harbour dispute unfolded.\n\n"
        "Aug. 20: Dock workers walk out over the new shift rota.\n\n"
        "Aug. 24 - The port authority suspends the rota for a month.\n\n"
        "Aug. 28: The harbour council will vote on a new rota."
    )
    events = {event.date: event for event in extract(article)}
    assert events["2025-08-20"].title.startswith("Dock workers walk out")
    assert events["2025-08-20"].status == "happened"
    assert events["2025-08-24"].title.startswith("Port authority suspends rota")
    # A line in the future keeps its date to come.
    assert events["2026-08-28"].status == "expected"


def test_what_a_perfect_announced_keeps_its_verb() -> None:
    # "they have announced the new curfew" is no report with speaker "they have".
    events = extract("Officials said they have announced the new curfew on Saturday.")
    (announced,) = [event for event in events if event.date_text == "Saturday"]
    assert "announce" in announced.title.lower()
    assert "curfew" in announced.title.lower()


def test_a_forecast_from_a_weekday_is_expected() -> None:
    # Published on Thursday 5 March 2026: the coming Saturday.
    (event,) = extract("Forecasters expect heavy snow in the mountains from Saturday.")
    assert (event.date, event.status) == ("2026-03-07/..", "expected")


def test_a_strike_announced_for_later_is_an_event_of_its_own() -> None:
    events = extract(
        "The dock workers' union said on Wednesday that its members will walk out "
        "from March 18 to March 20."
    )
    assert [(event.date, event.status) for event in events] == [
        ("2026-03-04", "happened"),
        ("2026-03-18/2026-03-20", "expected"),
    ]


def test_quotes_and_fragments_sink_below_what_an_editor_is_shown() -> None:
    events = extract(
        "The mayor opened the new bridge on Monday. "
        '"We will rebuild the old one too," the mayor said on Monday.'
    )
    confidence = {event.title: event.confidence for event in events}
    assert confidence["Mayor opens new bridge"] >= SHOWN_CONFIDENCE
    assert MIN_CONFIDENCE <= confidence["Mayor says we will rebuild old one too"] < SHOWN_CONFIDENCE


def test_he_after_a_speaker_is_not_the_speaker() -> None:
    events = extract(
        "Police said a man was detained on Monday. He was charged with arson on Tuesday."
    )
    titles = {event.title: event.confidence for event in events}
    assert "Police charged with arson" not in titles
    assert all(
        confidence < SHOWN_CONFIDENCE for title, confidence in titles.items() if "arson" in title
    )


EMBARGO_ARTICLE = """---
title: Council agrees an embargo on timber from the occupied coast
date: 2026-03-05
---
The council agreed the measures in Vienna on March 4 after a long night of talks.
Two member states dropped their objections on March 2.
The embargo will take effect on April 1, officials said.
Exporters filed a complaint with the court in Graz on March 3.
"""


def test_a_tag_holds_every_event_whose_words_say_it() -> None:
    events = extract(EMBARGO_ARTICLE)
    assert len(events) >= 4
    # Every event of an article headlined with the embargo is about it, as a
    # search for "embargo" finds it by its source's title: the tag holds them all.
    assert all("sanctions" in event.tags for event in events)
    for event in events:
        text = event_text(event).lower()
        assert ("court" in text) == ("law" in event.tags), event.title
        assert ("talks" in text) == ("diplomacy" in event.tags), event.title
    assert any("law" in event.tags for event in events)
    assert not all("law" in event.tags for event in events)


def test_the_lead_image_goes_to_the_event_the_title_tells() -> None:
    text = (
        "---\ntitle: Council agrees an embargo on timber from the coast\ndate: 2026-03-05\n"
        "image:\n  url: https://img.example/council.jpg\n  alt: The council chamber\n"
        "  credit: Wire\n---\n"
        "Two member states dropped their objections on March 2.\n"
        "The council agreed the embargo on timber in Vienna on March 4.\n"
    )
    events = extract(text)
    pictured = [event for event in events if event.media is not None]
    assert len(pictured) == 1 and len(events) > 1
    (event,) = pictured
    assert event.sources[0].quote == "Council agrees an embargo on timber from the coast"
    assert event.media is not None
    assert (event.media.image, event.media.alt, event.media.credit) == (
        "https://img.example/council.jpg",
        "The council chamber",
        "Wire",
    )
    plain = text.replace("https://img.example/council.jpg", "http://img.example/council.jpg")
    assert all(event.media is None for event in extract(plain))


def test_he_and_she_stand_for_the_latest_person_they_and_it_for_a_group_or_a_thing() -> None:
    events = extract(
        "Maria Lind led the Falcons to the title in 2004. She joined the Hawks on June 3, 2005. "
        "She also coached the youth team in 2007. The Hawks won the cup in May 2008."
        " They paraded through the city on May 12, 2008."
    )
    titles = {event.date: event.title for event in events}
    assert titles["2005-06-03"] == "Maria Lind joins Hawks"
    assert titles["2007"] == "Maria Lind coaches youth team"
    assert titles["2008-05-12"] == "Hawks parade through city"


def test_a_pronoun_no_subject_agrees_with_is_left_and_sinks() -> None:
    for text in (
        "The Hawks won the cup on May 2. He joined the Hawks on June 3.",
        "The quake struck the coast on Monday. They were escorted from the hall on Monday.",
    ):
        titles = {event.title: event.confidence for event in extract(text)}
        assert not any(title.startswith(("Hawks join", "Quake escorted")) for title in titles)
        assert all(
            confidence < SHOWN_CONFIDENCE
            for title, confidence in titles.items()
            if "joins Hawks" in title or "escorted" in title
        )


def test_a_pronoun_keeps_to_the_gender_it_was_read_with() -> None:
    events = extract(
        "Anna Berg filed the complaint on Monday. Mark Dwyer was arrested on Tuesday. "
        "He denied the charges on Wednesday. She testified at the hearing on Thursday."
    )
    titles = {event.date: event.title for event in events}
    assert titles["2026-03-04"] == "Mark Dwyer denies charges"
    assert titles["2026-03-05"] == "Anna Berg testifies at hearing"


def test_a_nationality_is_no_subject_for_a_pronoun() -> None:
    events = extract(
        "The French envoy praised the museum on Sunday. In the small hours of Monday, robbers "
        "smashed a window of the museum. They made off with three paintings on Monday."
    )
    titles = [event.title for event in events]
    assert "Robbers make off with three paintings" in titles


def test_a_dateline_city_is_the_place_only_when_the_sentence_names_none() -> None:
    events = extract(
        "OSLO — The ministers met in Bergen on Monday. They signed the accord on Monday.\n\n"
        "OSLO — Two ferries collided in the fjord on Tuesday."
    )
    places = {event.title: event.places for event in events}
    assert places["Ministers meet in Bergen"] == ["Bergen"]
    assert places["Two ferries collide in fjord"] == ["Oslo"]


def test_a_pronoun_after_an_opening_clause_stands_for_its_subject() -> None:
    events = extract(
        "Lena Ortiz opened the bridge on June 2. When Transport Minister Omar Reyes toured the "
        "bridge on Monday, he praised its lights."
    )
    assert "Omar Reyes praises its lights" in [event.title for event in events]

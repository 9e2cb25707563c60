"""Page furniture never reaches the article text."""

from __future__ import annotations

from timeline.documents.furniture import clean_body, dominant_script

PAGE = """Skip to main content
Updated 10:32 a.m.
Published: 21 Feb 2026
Advertisement
Live broadcast
Main slide
Озвучить текст
Share
On
Off

Ministers of five countries met in Oslo on Friday. They agreed on a plan.

A heading in the middle

Another paragraph follows here, and it ends properly.

Read more: other stories
This story has been updated to add a quote.
An earlier version of this article misstated the date of the meeting.
(Reporting by Ann Smith; Editing by Bob Jones)
© 2026 Example News. All rights reserved.
Переведено сервисом «Переводчик»
Live broadcast
"""


def test_furniture_headings_and_foreign_script_lines_are_removed() -> None:
    assert clean_body(PAGE) == (
        "Ministers of five countries met in Oslo on Friday. They agreed on a plan.\n\n"
        "Another paragraph follows here, and it ends properly."
    )


def test_a_paragraph_wrapped_by_hand_keeps_its_lines() -> None:
    text = (
        "The ministers of the five countries met in the old town hall\n"
        "on Friday and agreed on a common plan for the coming year.\n"
    )
    assert clean_body(text) == text.strip()


def test_markdown_markup_is_taken_off() -> None:
    text = "# Title\n\n- The **ministers** met in [Oslo](https://x.org) on _Friday_.\n\n![a](b.png)"
    assert clean_body(text, markdown=True) == "The ministers met in Oslo on Friday."


def test_the_articles_own_script_is_kept() -> None:
    text = "Министры встретились в Осло в пятницу. Они согласовали план."
    assert dominant_script(text) == "CYRILLIC"
    assert clean_body(text) == text


def test_sentences_that_start_like_furniture_are_kept() -> None:
    for text in (
        "Published reports said the minister resigned.",
        "The article was published in Nature on Monday and cited widely.",
    ):
        assert clean_body(text) == text


def test_the_short_last_line_of_a_wrapped_paragraph_is_kept() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters that the next round would take\n"
        "place.\n\nThe talks followed earlier contacts in the region of the Gulf, in\n"
        "Abu Dhabi."
    )
    assert clean_body(text) == text


def test_a_sentence_standing_alone_without_its_full_stop_is_kept() -> None:
    # Summary points above an article, and a lead the page cut short.
    points = (
        "Two officers shot a 19-year-old in the harbour district after he drew a knife "
        "on Saturday\n\n"
        "A vigil for the young man turned into a riot on Monday night as crowds threw "
        "bottles at police\n\n"
        "Late on Tuesday, around 11 p.m., the singer checked into a clinic in Palm "
        "Springs, Calif,"
    )
    assert clean_body(points) == points


def test_headings_and_datelines_without_a_full_stop_still_go() -> None:
    page = (
        "Storm Batters the Northern Coast as Thousands Lose Power Across Three "
        "Regions\n\n"
        "PUBLISHED: 02:31 GMT, 12 March 2026 | UPDATED: 22:19 GMT, 12 March 2026\n\n"
        "Most read\n\n"
        "The storm reached the coast on Thursday."
    )
    assert clean_body(page) == "The storm reached the coast on Thursday."


COMMENTED_PAGE = """Comments (2)

The river burst its banks on Thursday and flooded the lower town.

Crews worked through the night to reinforce the levees.

Comments

What a disaster, the council was warned years ago and did nothing about it.

Posted by: riverwatcher | March 6, 2026 7:12 AM | Report abuse

My street was under water by noon, nobody came to help.

Posted by: lowertown | March 6, 2026 9:40 AM | Report abuse
"""


def test_reader_comments_are_not_article_text() -> None:
    body = clean_body(COMMENTED_PAGE)
    assert body == (
        "The river burst its banks on Thursday and flooded the lower town.\n\n"
        "Crews worked through the night to reinforce the levees."
    )


def test_a_comments_button_without_comments_keeps_the_article() -> None:
    page = "The levees held through the night, engineers said on Friday.\n"
    assert clean_body("Comments (3)\n\n" + page) == page.strip()

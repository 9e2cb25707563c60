"""Sentence splitting on news text."""

from __future__ import annotations

import pytest

from timeline.documents.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks resumed on Feb. 20 in Geneva. Both sides attended.",
            ["Talks resumed on Feb. 20 in Geneva.", "Both sides attended."],
        ),
        (
            "U.S. officials met Gen. Smith on Monday. They spoke for an hour.",
            ["U.S. officials met Gen. Smith on Monday.", "They spoke for an hour."],
        ),
        (
            "The talks were held in the U.S. The next round is in Oslo.",
            ["The talks were held in the U.S.", "The next round is in Oslo."],
        ),
        (
            "George W. Bush and J. R. R. Tolkien never met. It is a fact.",
            ["George W. Bush and J. R. R. Tolkien never met.", "It is a fact."],
        ),
        (
            'He said, "We will sign." Then he left!  Did he? yes, he did.',
            ['He said, "We will sign."', "Then he left!", "Did he? yes, he did."],
        ),
        (
            "Shares of Acme Inc. rose 3.5 percent. The rally ended at 4 p.m. on Friday.",
            ["Shares of Acme Inc. rose 3.5 percent.", "The rally ended at 4 p.m. on Friday."],
        ),
        (
            "The deal was signed by Acme Inc. The price was not disclosed.",
            ["The deal was signed by Acme Inc.", "The price was not disclosed."],
        ),
        (
            "It cost $1.2 billion. No. 5 was sold... Nobody knew why.",
            ["It cost $1.2 billion.", "No. 5 was sold...", "Nobody knew why."],
        ),
    ],
)
def test_abbreviations_initials_numbers_and_quotes(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_dash_opening_a_quoted_speaker_stays_with_its_sentence() -> None:
    text = (
        'The expert spoke.\n\n—Unity matters most, and it was agreed four years ago," '
        'Ivanov told the paper. — Russia insists on talks. Accordingly, it waits," he said.'
    )
    assert texts(text) == [
        "The expert spoke.",
        '—Unity matters most, and it was agreed four years ago," Ivanov told the paper.',
        "— Russia insists on talks.",
        'Accordingly, it waits," he said.',
    ]


def test_paragraph_breaks_end_sentences_and_lines_inside_a_paragraph_do_not() -> None:
    text = "A heading without a stop\n\nThe minister\nsigned the deal. Then\nshe left."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "A heading without a stop",
        "The minister signed the deal.",
        "Then she left.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 1]
    for sentence in sentences:
        assert " ".join(text[sentence.start : sentence.end].split()) == sentence.text


def test_other_scripts_split_too() -> None:
    assert texts("Встреча прошла в Женеве. Следующая будет в марте.") == [
        "Встреча прошла в Женеве.",
        "Следующая будет в марте.",
    ]


def test_a_german_ordinal_ends_no_sentence() -> None:
    assert texts("Am 3. März trafen sich die Minister. Im 19. Jahrhundert war das anders.") == [
        "Am 3. März trafen sich die Minister.",
        "Im 19. Jahrhundert war das anders.",
    ]
    # A figure that ends a sentence still ends it.
    assert texts("Der Index fiel auf 12. Danach stieg er.") == [
        "Der Index fiel auf 12.",
        "Danach stieg er.",
    ]

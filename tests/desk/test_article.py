"""The article beside an event: the quote found however its lines were
wrapped, the date words marked inside it, and no file read outside content/."""

from __future__ import annotations

from pathlib import Path

from timeline.desk.article import Piece, article_file, find_quote, pieces

TEXT = (
    "The talks began in January.\n\nThey resumed on\nFebruary 17 in Geneva. February 17 was cold."
)


def test_a_wrapped_quote_is_found_and_its_date_words_marked_inside_it():
    paragraphs, found = pieces(TEXT, "They resumed on February 17 in Geneva.", "February 17")
    assert found
    assert paragraphs[0] == [Piece("The talks began in January.")]
    assert paragraphs[1] == [
        Piece("They resumed on\n", quote=True),
        Piece("February 17", quote=True, date=True),
        Piece(" in Geneva.", quote=True),
        Piece(" February 17 was cold."),  # the same words outside the quote stay plain
    ]


def test_a_quote_the_text_no_longer_holds_is_said_so():
    paragraphs, found = pieces(TEXT, "They met in Vienna.", "January")
    assert not found
    assert Piece("January", date=True) in paragraphs[0]  # the date words, wherever they are


def test_an_empty_quote_or_date_marks_nothing():
    assert find_quote(TEXT, "  ") is None
    paragraphs, found = pieces(TEXT, "", None)
    assert not found and all(not piece.quote and not piece.date for p in paragraphs for piece in p)


def test_only_files_inside_content_are_read(tmp_path: Path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "a.md").write_text("x")
    (tmp_path / "secret.txt").write_text("x")
    (content / "articles" / "link.md").symlink_to(tmp_path / "secret.txt")
    assert article_file(content, "articles/a.md") == (content / "articles" / "a.md").resolve()
    for outside in (
        "../secret.txt",
        "/etc/passwd",
        "articles/../../secret.txt",
        "articles/link.md",
        "articles\\a.md",
        "articles/missing.md",
        "",
    ):
        assert article_file(content, outside) is None, outside

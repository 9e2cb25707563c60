"""Articles as they come: front matter, plain text, saved pages, encodings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.documents import find_articles, load_document, parse_document
from timeline.documents.encoding import decode

BODY = "Ministers met in Oslo on Friday. They agreed on a plan."


def test_yaml_front_matter_gives_title_date_url_lang_and_id(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Oslo talks\ndate: 2026-02-20\nurl: https://example.org/a\nlang: en\n"
        f"id: a-1\n---\n\n{BODY}\n",
        encoding="utf-8",
    )
    document = load_document(path, published=dt.date(2000, 1, 1))
    assert (document.title, document.url, document.lang, document.id) == (
        "Oslo talks",
        "https://example.org/a",
        "en",
        "a-1",
    )
    assert (document.published, document.published_from) == (dt.date(2026, 2, 20), "article")
    assert document.text == BODY
    assert [s.text for s in document.sentences] == [
        "Ministers met in Oslo on Friday.",
        "They agreed on a plan.",
    ]


def test_toml_front_matter_and_dates_written_otherwise() -> None:
    document = parse_document(f'+++\ntitle = "T"\ndate = "20 February 2026"\n+++\n{BODY}', "a.md")
    assert (document.title, document.published) == ("T", dt.date(2026, 2, 20))
    document = parse_document(f"---\ndate: 2026-02-20T10:30:00Z\n---\n{BODY}", "b.md")
    assert document.published == dt.date(2026, 2, 20)


def test_plain_text_takes_the_published_option() -> None:
    document = parse_document(BODY, "a.txt", dt.date(2026, 2, 21))
    assert (document.published, document.published_from, document.title) == (
        dt.date(2026, 2, 21),
        "option",
        None,
    )
    assert parse_document(BODY, "a.txt").published_from == "none"


def test_broken_front_matter_is_reported_with_its_line_and_the_text_still_read() -> None:
    document = parse_document(f"---\ntitle: ok\ndate: [2026\n---\n{BODY}", "bad.md")
    assert document.text == BODY
    assert len(document.warnings) == 1
    assert document.warnings[0].startswith("bad.md:")
    assert "front matter is not valid YAML" in document.warnings[0]
    impossible = parse_document(f"---\ndate: 2026-02-30\n---\n{BODY}", "d.md")
    assert impossible.published is None
    assert "not a real day" in impossible.warnings[0]


def test_a_title_with_an_unquoted_colon_keeps_the_articles_date_and_title() -> None:
    text = f"---\ntitle: Crisis talks: day two\ndate: 2026-02-20\nlang: en\n---\n{BODY}"
    document = parse_document(text, "colon.md")
    assert (document.title, document.published, document.published_from) == (
        "Crisis talks: day two",
        dt.date(2026, 2, 20),
        "article",
    )
    assert len(document.warnings) == 1
    assert document.warnings[0].startswith("colon.md:2: front matter is not valid YAML")
    assert "put a value holding ': ' in quotes" in document.warnings[0]


def test_saved_html_gives_the_main_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="en"><head><title>Talks | Daily</title>'
        '<meta property="og:url" content="https://example.org/talks">'
        '<meta name="date" content="2026-02-20"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        '<div class="ad">Advertisement</div><article><h1>Ministers meet in Oslo</h1>'
        f"<p>{BODY}</p><p>The next meeting is planned for March in Rome, officials said.</p>"
        "</article><footer>© 2026 Daily. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    document = load_document(page)
    assert document.title == "Ministers meet in Oslo"
    assert document.published == dt.date(2026, 2, 20)
    assert document.url == "https://example.org/talks"
    assert document.text == (
        f"{BODY}\n\nThe next meeting is planned for March in Rome, officials said."
    )


def test_a_page_without_an_article_says_so() -> None:
    document = parse_document("<html><body><nav>Home</nav></body></html>", "empty.html", html=True)
    assert document.text == ""
    assert document.warnings == [
        "empty.html:1: no article text found in the page; is it an article?"
    ]


def test_encodings_are_recognised() -> None:
    text = "Встреча в Кракове прошла в пятницу, и министры договорились о плане действий."
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbfKrak\xc3\xb3w") == ("Kraków", "utf-8-sig")
    assert decode("Kraków".encode("utf-16")) == ("Kraków", "utf-16")
    assert decode(text.encode("cp1251"))[0] == text
    assert decode(b"line one\r\nline two\r")[0] == "line one\nline two\n"
    page = '<html><head><meta charset="windows-1251"></head><body><p>Встреча.</p></body></html>'
    assert decode(page.encode("cp1251")) == (page, "windows-1251")


def test_find_articles_searches_folders_and_reports_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    for name in ("a/one.md", "a/two.txt", "a/page.html", "a/notes.yaml", "a/.hidden.md"):
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    found, problems = find_articles([tmp_path / "a", tmp_path / "missing.md"])
    assert [path.name for path in found] == ["one.md", "page.html", "two.txt"]
    assert problems == [
        f"{tmp_path / 'missing.md'}: no such file or folder; give an article file or a folder"
    ]


def test_hostile_files_give_messages_not_tracebacks(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "list.md").write_text("---\n- a\n---\nEnvoys met in Riga.\n", encoding="utf-8")
    (tmp_path / "utf16.txt").write_bytes("Envoys met in Riga on Friday.".encode("utf-16"))
    assert load_document(tmp_path / "empty.md").warnings == [
        f"{tmp_path / 'empty.md'}:1: no article text (empty, or only headings and page furniture)"
    ]
    assert load_document(tmp_path / "binary.txt").sentences == []
    listed = load_document(tmp_path / "list.md")
    assert listed.text == "Envoys met in Riga."
    assert listed.warnings == [
        f"{tmp_path / 'list.md'}:2: front matter is not a mapping of keys to values; it is ignored"
    ]
    assert load_document(tmp_path / "utf16.txt").text == "Envoys met in Riga on Friday."

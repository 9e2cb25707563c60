"""Hostile and broken articles: ``articles/`` holds one file per case, and
``OUTCOMES`` below what ``timeline extract`` must make of each: the events
it reads from it, or the one line it says about it. Big inputs are made
here rather than committed."""

from __future__ import annotations

import resource
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tests.hostile.conftest import HERE, assert_clean, timeline
from tests.hostile.test_fuzz import FUZZ
from timeline.documents import load_document, parse_document
from timeline.documents.loader import MAX_ARTICLE_BYTES

CORPUS = HERE / "articles"
GENEVA = "Talks resumed in Geneva on February 20, 2026"
RUSSIAN = "Переговоры в Женеве возобновились"
# Each article: words that the quote of some event citing it must hold (the
# sentence as the article gives it, so the words prove the decoding), or
# None when no event may cite it; and the message extract prints about it
# (what follows "path:line: "), if any.
OUTCOMES: dict[str, tuple[str | None, str | None]] = {
    "windows-1251.md": (RUSSIAN, None),
    "koi8-r.md": (RUSSIAN, None),
    "html-windows-1251.html": (RUSSIAN, None),
    "utf-16-bom.md": (GENEVA, None),
    "utf-16-be-bom.md": (GENEVA, None),
    "utf-8-bom.md": (GENEVA, None),
    "crlf.md": ("The ministers will meet again on March 3", None),
    "cr-only.md": ("The ministers will meet again on March 3", None),
    "nul-and-controls.md": ("in Geneva on February 20, 2026.", None),
    "front-matter-alias-bomb.md": (GENEVA, None),
    "front-matter-python-tag.md": (
        GENEVA,
        "2: front matter is not valid YAML (could not determine a constructor for the tag",
    ),
    "front-matter-list.md": (
        GENEVA,
        "2: front matter is not a mapping of keys to values; it is ignored",
    ),
    "front-matter-bad-date.md": (GENEVA, "1: front matter date '2026-02-30' is not a real day"),
    "front-matter-year-zero.md": ("Talks resumed in Geneva the day before", None),
    "unknown-language.md": (GENEVA, None),
    "empty.md": (None, "1: no article text (empty, or only headings and page furniture)"),
    "only-front-matter.md": (
        None,
        "1: no article text (empty, or only headings and page furniture)",
    ),
    "binary.txt": (None, "1: binary data, not text; is it an article?"),
    "png-named-html.html": (None, "1: binary data, not text; is it an article?"),
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, list[str]]]:
    """Extract the whole corpus once: stderr, and the quotes from each article."""
    root = tmp_path_factory.mktemp("articles")
    shutil.copytree(CORPUS, root / "content" / "articles")
    result = timeline("extract", cwd=root, seconds=120)
    assert_clean(result)
    assert result.returncode == 0
    quotes: dict[str, list[str]] = {}
    for path in (root / "content" / "events").glob("*.yaml"):
        event = yaml.safe_load(path.read_text(encoding="utf-8"))
        for source in event["sources"]:
            name = source["article"].removeprefix("articles/")
            quotes.setdefault(name, []).append(source["quote"])
    return result.stderr, quotes


def test_every_corpus_article_has_an_expected_outcome() -> None:
    assert set(OUTCOMES) == {path.name for path in CORPUS.iterdir()}


@pytest.mark.parametrize("name", sorted(OUTCOMES))
def test_article_gives_its_events_or_its_message(
    extracted: tuple[str, dict[str, list[str]]], name: str
) -> None:
    stderr, quotes = extracted
    words, message = OUTCOMES[name]
    if words is None:
        assert name not in quotes
    else:
        assert any(words in quote for quote in quotes.get(name, [])), quotes.get(name)
    said = [line for line in stderr.splitlines() if f"/{name}:" in line]
    if message is not None:
        assert any(f"/{name}:{message}" in line for line in said), said
    assert all(line.isprintable() for line in said)


def test_no_event_holds_a_control_character(
    extracted: tuple[str, dict[str, list[str]]],
) -> None:
    _stderr, quotes = extracted
    for name, said in quotes.items():
        assert all(quote.isprintable() for quote in said), name


def test_any_language_name_is_safe(project: Path) -> None:
    """The tagger reads a language without rules of its own with its
    fallback; a name that is no language code never names a module."""
    for number, lang in enumerate(["xx", "__init__", "../../x", "EN-gb", "os"]):
        (project / "content" / "articles" / f"a{number}.md").write_text(
            f"---\nlang: '{lang}'\ndate: 2026-02-21\n---\n"
            "Talks resumed in Geneva on February 20, 2026, after a pause.\n"
        )
    result = timeline("extract", cwd=project, seconds=120)
    assert_clean(result)
    assert result.returncode == 0


def test_article_of_100_mb_is_refused_and_the_rest_read(project: Path) -> None:
    articles = project / "content" / "articles"
    with (articles / "huge.txt").open("w") as stream:  # sparse: almost nothing written
        stream.write("Talks resumed in Geneva on February 20, 2026. ")
        stream.truncate(100 << 20)
    (articles / "small.md").write_text(
        "---\ndate: 2026-02-21\n---\nTalks resumed in Geneva on February 20, 2026.\n"
    )
    result = timeline("extract", cwd=project, seconds=120)
    assert_clean(result)
    assert (
        f"huge.txt:1: larger than {MAX_ARTICLE_BYTES >> 20} MB, far more than an article; skipped"
    ) in result.stderr
    [event] = (project / "content" / "events").glob("*.yaml")
    assert event.name.startswith("2026-02-20-talks-")


@pytest.mark.parametrize(
    "sentence",
    [
        " ".join(["word"] * 2000),
        "a" * 10_000,
        (
            "Talks resumed in Geneva on February 20 2026 and the ministers said on Friday that "
            "talks would resume next week "
        )
        * 60,
        "2026-" * 2000,
        "the day before " * 700,
    ],
    ids=["words", "one-word", "dated-run-on", "dashes", "anaphora"],
)
def test_sentence_of_10000_characters_without_punctuation(project: Path, sentence: str) -> None:
    (project / "content" / "articles" / "long.md").write_text(
        f"---\ndate: 2026-02-21\n---\n{sentence[:10_000]}\n"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = timeline("extract", cwd=project, seconds=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert_clean(result)
    assert result.returncode == 0
    # Processor time, which a loaded machine does not stretch: about 2 s; a
    # pattern that backtracks on a long run-on sentence takes minutes.
    assert (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime) < 20


@FUZZ
@given(
    text=st.text(max_size=500)
    | st.lists(
        st.sampled_from(
            [
                "---\n",
                "+++\n",
                "title: x\n",
                "date: 2026-02-21\n",
                "<html>",
                "<p>",
                "</p>",
                "&a ",
                "*a",
                "[",
                "\n\n",
                "February 20, 2026. ",
                "lang: xx\n",
                "\x00",
                "\ufeff",
                "\r\n",
                "# ",
                "> ",
                "```",
            ]
        ),
        max_size=30,
    ).map("".join),
    html=st.booleans(),
    markdown=st.booleans(),
)
def test_article_parser_never_raises(text: str, html: bool, markdown: bool) -> None:
    document = parse_document(text, "fuzz.md", html=html, markdown=markdown)
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end].strip()


@FUZZ
@given(data=st.binary(max_size=2000))
def test_article_loader_never_raises_on_any_bytes(tmp_path: Path, data: bytes) -> None:
    for suffix in (".txt", ".html"):
        path = tmp_path / f"fuzz{suffix}"
        path.write_bytes(data)
        load_document(path)


def test_html_built_to_choke_a_parser(project: Path) -> None:
    """100,000 nested elements, 20,000 unclosed ones and an entity bomb in
    the doctype: the article's prose is read, the entities never expanded."""
    lead = "<p>Talks resumed in Geneva on February 20, 2026, after a pause of three weeks.</p>"
    levels = "".join(
        f'<!ENTITY {name} "{("&" + previous + ";") * 10 if previous else "lol" * 10}">'
        for previous, name in zip(["", *"abcdefg"], "abcdefgh", strict=True)
    )
    pages = {
        "deep.html": f"<html><body><article>{lead}{'<div>' * 100_000}x{'</div>' * 100_000}",
        "unclosed.html": f"<html><body><article>{lead}{'<p><b><i>' * 20_000}",
        "entities.html": f'<?xml version="1.0"?><!DOCTYPE html [{levels}]>'
        f"<html><body><article>{lead}<p>&h;</p></article></body></html>",
    }
    for name, page in pages.items():
        (project / "content" / "articles" / name).write_text(page)
    # An expanded entity bomb never finishes; reading the pages takes seconds.
    result = timeline("extract", "--published", "2026-02-21", cwd=project, seconds=240)
    assert_clean(result)
    [event] = (project / "content" / "events").glob("*.yaml")
    text = event.read_text(encoding="utf-8")
    assert all(f"articles/{name}" in text for name in pages)
    assert "lollol" not in text


def test_article_whose_event_would_be_too_big_to_read_back(project: Path) -> None:
    (project / "content" / "articles" / "big-title.md").write_text(
        "---\ntitle: " + "x" * 2_000_000 + "\ndate: 2026-02-21\n---\n"
        "Talks resumed in Geneva on February 20, 2026, after a pause.\n"
    )
    result = timeline("extract", cwd=project, seconds=120)
    assert_clean(result)
    assert "more than an event file may be" in result.stdout
    assert list((project / "content" / "events").glob("*.yaml")) == []

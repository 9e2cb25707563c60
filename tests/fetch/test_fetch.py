"""``timeline fetch`` against the local test site: articles saved with their
front matter and read back by extraction's loader; feeds; every failure one
line, the others carried on, and never a half-written file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.documents import load_document


def fetch(*argv: str) -> int:
    return main(["fetch", *argv])


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "content" / "articles").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "content" / "articles"


def saved(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


def test_an_article_is_saved_with_its_front_matter(news_site: str, articles: Path, capsys):
    assert fetch(news_site + "news/fee-rise.html") == 0
    [path] = saved(articles)
    assert path.name == "2026-02-17-ferry-fee-to-rise.txt"
    document = load_document(path)
    assert document.title == "Ferry fee to rise"
    assert document.published == dt.date(2026, 2, 17)
    assert document.url == news_site + "news/fee-rise.html"
    assert document.lang == "en"
    assert "raise the ferry fee by twelve percent" in document.text
    assert "All rights reserved" not in document.text and "Home" not in document.text
    assert "1 saved, 0 already there, 0 failed" in capsys.readouterr().out


def test_fetching_again_skips_what_is_saved(news_site: str, articles: Path, capsys):
    assert fetch(news_site + "news/fee-rise.html") == 0
    assert fetch(news_site + "news/fee-rise.html#comments") == 0
    assert len(saved(articles)) == 1
    assert "already saved" in capsys.readouterr().out


def test_a_redirect_is_followed_and_both_addresses_kept(news_site: str, articles: Path):
    assert fetch(news_site + "news/moved") == 0
    [path] = saved(articles)
    text = path.read_text(encoding="utf-8")
    assert f"url: {news_site}news/moved\n" in text
    assert f"fetched_from: {news_site}news/fee-rise.html\n" in text


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_feed_saves_its_new_items_only(news_site: str, articles: Path, capsys, kind: str):
    assert fetch(news_site + "news/fee-rise.html") == 0
    code = fetch("--feed", f"{news_site}feed.{kind}")
    _out, err = capsys.readouterr()
    names = [path.name for path in saved(articles)]
    assert "2026-03-02-ferry-crews-strike.txt" in names
    assert len(names) == 2  # the fee rise was there already
    if kind == "rss":  # its third item is gone from the site: one line, the rest saved
        assert code == 1
        assert err.count("\n") == 1 and "news/gone.html: the server answered HTTP 404" in err
    else:
        assert code == 0 and err == ""
    assert fetch("--feed", f"{news_site}feed.{kind}") == (1 if kind == "rss" else 0)
    assert len(saved(articles)) == 2


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        ("slow.html", ["--timeout", "0.5"], "no answer within 0.5 s"),
        ("huge.html", ["--max-size", "1"], "larger than 1024 KB"),
        ("report.pdf", [], "a application/pdf document, not an HTML page"),
        ("menu.html", [], "no article text found in the page"),
        ("missing.html", [], "the server answered HTTP 404 Not Found"),
        ("to-file", [], "not an http(s) address"),
    ],
)
def test_each_failure_is_one_line_and_the_rest_carries_on(
    news_site: str, articles: Path, capsys, path: str, options: list[str], message: str
):
    code = fetch(*options, news_site + path, news_site + "news/strike.html")
    out, err = capsys.readouterr()
    assert code == 1
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert err.startswith(f"timeline fetch: {news_site}{path}: ")
    assert [p.name for p in saved(articles)] == ["2026-03-02-ferry-crews-strike.txt"]
    assert "1 saved, 0 already there, 1 failed" in out


def test_addresses_that_are_not_web_pages_are_refused(articles: Path, capsys):
    assert fetch("file:///etc/passwd", "ftp://example.org/x", "not a url") == 1
    err = capsys.readouterr().err
    assert err.count("not an http:// or https:// address") == 3
    assert saved(articles) == []


def test_a_taken_name_is_never_overwritten(news_site: str, articles: Path):
    taken = articles / "2026-02-17-ferry-fee-to-rise.txt"
    taken.write_text("an editor's own article\n", encoding="utf-8")
    assert fetch(news_site + "news/fee-rise.html") == 0
    assert taken.read_text(encoding="utf-8") == "an editor's own article\n"
    assert (articles / "2026-02-17-ferry-fee-to-rise-2.txt").is_file()


def test_a_folder_that_cannot_be_written_is_one_line(news_site: str, articles: Path, capsys):
    blocked = articles / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    assert fetch("--articles", str(blocked), news_site + "news/fee-rise.html") == 1
    err = capsys.readouterr().err
    assert "cannot write into" in err and err.count("\n") == 1 and "Traceback" not in err
    assert saved(articles) == [blocked]


def test_the_lead_image_is_named_in_the_front_matter_not_downloaded(tmp_path: Path) -> None:
    from tests.fetch.conftest import article_page
    from timeline.fetch.download import Download
    from timeline.fetch.save import article_text

    page = article_page("Ferry fee to rise", "2026-02-17").replace(
        b"</head>",
        b'<meta property="og:image" content="https://img.example/quay.jpg"></head>',
    )
    page = page.replace(
        b"<h1>",
        b'<figure><img src="https://img.example/quay.jpg" alt="The quay">'
        b'<figcaption>The quay at dawn. <span class="credit">Wire</span></figcaption></figure><h1>',
    )
    url = "https://news.example/fee-rise.html"
    name, text = article_text(Download(url, url, "text/html", page))
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    image = load_document(path).image
    assert image is not None
    assert (image.url, image.alt, image.caption, image.credit) == (
        "https://img.example/quay.jpg",
        "The quay",
        "The quay at dawn.",
        "Wire",
    )

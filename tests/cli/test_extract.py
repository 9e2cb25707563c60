"""``timeline extract`` as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import count_parsed_files
from timeline.cli import main
from timeline.store import load_events

ARTICLE = (
    "---\ntitle: Nordic talks\ndate: 2026-03-05\nurl: https://example.org/nordic\n---\n\n"
    "Foreign ministers of the Nordic countries met in Oslo on March 3. "
    "The council expects to adopt a common grid plan on March 20.\n"
)


def run_extract(*argv: str) -> int:
    """``timeline extract`` as the console script runs it."""
    return main(["extract", *argv])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    (articles / "nordic.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_defaults_work_from_any_folder_of_the_project(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project / "content" / "articles")
    assert run_extract() == 0
    loaded = load_events(project / "content" / "events")
    assert not loaded.problems
    events = {event.title: event for event in loaded.events}
    assert events["Council expects to adopt common grid plan"].status == "expected"
    oslo = events["Foreign ministers of Nordic countries meet in Oslo"]
    assert oslo.sources[0].article == "articles/nordic.md"
    assert oslo.sources[0].url == "https://example.org/nordic"
    output = capsys.readouterr()
    assert "2 created" in output.out
    assert "1 article(s) read" in output.err
    assert run_extract() == 0  # a second run changes nothing
    assert "0 created, 0 updated" in capsys.readouterr().out


def test_dry_run_writes_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = project / "out"
    assert (
        run_extract(str(project / "content" / "articles"), "--events", str(events), "--dry-run")
        == 0
    )
    assert "would create" in capsys.readouterr().out
    assert not events.exists() or not list(events.glob("*.yaml"))


def test_a_missing_path_is_reported_and_the_rest_extracted(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = project / "out"
    code = run_extract(
        str(project / "missing.txt"), str(project / "content" / "articles"), "--events", str(events)
    )
    assert code == 1
    assert f"{project / 'missing.txt'}: no such file or folder" in capsys.readouterr().err
    assert len(list(events.glob("*.yaml"))) == 2


def test_plain_text_takes_published_and_without_it_says_so_loudly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Envoys held talks in Tallinn on Monday.\n", encoding="utf-8")
    assert (
        run_extract(str(article), "--events", str(tmp_path / "a"), "--published", "2026-03-05") == 0
    )
    assert [e.date for e in load_events(tmp_path / "a").events] == ["2026-03-02"]
    assert "WARNING" not in capsys.readouterr().err
    assert run_extract(str(article), "--events", str(tmp_path / "b")) == 0
    assert "WARNING: no publication date" in capsys.readouterr().err
    assert load_events(tmp_path / "b").events == []


def test_bad_options_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_extract("--published", "21.02.2026")
    assert "write it as YYYY-MM-DD" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run_extract("--jobs", "0")


def test_long_runs_show_progress_and_use_several_processes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for number in range(20):
        (tmp_path / f"{number}.md").write_text(ARTICLE, encoding="utf-8")
    assert run_extract(str(tmp_path), "--events", str(tmp_path / "events"), "--jobs", "2") == 0
    output = capsys.readouterr()
    assert "20/20 articles" in output.err
    assert "20 article(s) read" in output.err
    (oslo,) = [e for e in load_events(tmp_path / "events").events if "Oslo" in e.title]
    assert len(oslo.sources) == 20


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers agree grid plan - Nordic Daily</title>
<meta property="article:published_time" content="2026-03-05T08:00:00Z">
<link rel="canonical" href="https://nordic.example/grid-plan"></head>
<body>
<div id="cookie">We use cookies to improve your experience. Accept all cookies.</div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>
<a href="/business">Business</a></li></ul></nav></header>
<main><article>
<h1>Ministers agree grid plan</h1>
<p class="byline">By Anna Berg</p>
<p>Energy ministers of the Nordic countries agreed on a common grid plan in Oslo on Wednesday,
officials said.</p>
<p>The plan, which will be presented to parliaments in April, foresees new cables between
Norway and Denmark.</p>
<figure><img src="a.jpg"><figcaption>Photo: Reuters</figcaption></figure>
<p>Prior to that, the ministers met in Helsinki in January.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/x">Storm hits Bergen on Monday</a></li><li>
<a href="/y">Prices rise in Sweden</a></li></ul></aside>
<section class="comments"><p>Great article! Posted on March 5, 2026 by reader123.</p></section>
</main>
<footer><p>© 2026 Nordic Daily. All rights reserved.</p><p>Subscribe to our newsletter.</p>
</footer>
</body></html>
"""


def test_a_saved_page_gives_its_article_and_no_furniture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    assert run_extract(str(tmp_path / "page.html"), "--events", str(tmp_path / "events")) == 0
    events = sorted(load_events(tmp_path / "events").events, key=lambda e: e.date)
    assert [(e.date, e.title) for e in events] == [
        ("2026-01", "Ministers meet in Helsinki"),
        ("2026-03-04", "Energy ministers of Nordic countries agree on common grid plan in Oslo"),
        ("2026-03-05", "Plan foresees new cables between Norway and Denmark"),
        # ", which will be presented to parliaments in April,": an event of its own
        ("2026-04", "Plan will be presented to parliaments"),
    ]
    assert all(e.sources[0].url == "https://nordic.example/grid-plan" for e in events)
    assert "WARNING" not in capsys.readouterr().err


POLISH = (
    "---\ntitle: Ministrowie spotkali się w Oslo\ndate: 2026-03-05\n---\n\n"
    "Ministrowie spraw zagranicznych krajów nordyckich spotkali się w Oslo 3 marca. Rada "
    "zamierza przyjąć wspólny plan dotyczący sieci energetycznej 20 marca.\n"
)
RUSSIAN = (
    "---\ntitle: Министры встретились в Осло\ndate: 2026-03-05\n---\n\n"
    "20 февраля министры иностранных дел северных стран встретились в Осло.\n"
)


def test_lang_names_the_language_of_articles_that_give_none(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    plain = project / "content" / "articles" / "plain.txt"
    # too short to detect: read as Russian only because --lang says so
    plain.write_text("20 февраля министры встретились в Осло.\n", encoding="utf-8")
    assert run_extract(str(plain), "--published", "2026-03-05", "--lang", "ru-RU") == 0
    events = load_events(project / "content" / "events").events
    assert [(event.date, event.places) for event in events] == [("2026-02-20", ["Oslo"])]
    with pytest.raises(SystemExit):
        run_extract("--lang", "Russian language")
    assert "'Russian language' is not a language code" in capsys.readouterr().err


def test_a_language_without_event_rules_is_said_once_per_run(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    articles = project / "content" / "articles"
    for name in ("a", "b"):
        (articles / f"{name}.md").write_text(POLISH.replace("Ministrowie", name), encoding="utf-8")
    (articles / "ru.md").write_text(RUSSIAN, encoding="utf-8")
    assert run_extract() == 0
    err = capsys.readouterr().err
    assert err.count("note: no event rules for language 'pl'") == 1
    assert "language 'ru'" not in err


def test_the_first_desk_start_after_extracting_parses_no_file(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline.desk.state import Desk
    from timeline.layout import desk_folder

    monkeypatch.chdir(project)
    assert run_extract() == 0
    events = project / "content" / "events"
    read = count_parsed_files(monkeypatch)
    desk = Desk(events, desk_folder(events))
    desk.load()
    assert read == []
    titles = {entry.event.title for entry in desk.entries.values()}
    assert "Council expects to adopt common grid plan" in titles
    assert len(desk.entries) == len(list(events.glob("*.yaml")))

import json
import multiprocessing
from dataclasses import replace
from pathlib import Path

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests import strategies
from tests.site.conftest import Build
from tests.site.trees import differing_files
from tests.strategies import SETTINGS
from timeline.model import Event, event_filename
from timeline.publish import Project
from timeline.site import SiteConfig
from timeline.site import build as site_build
from timeline.store.files import dump_event
from timeline.store.load import load_events


def test_search_index_covers_event_pages_only(build: Build, tmp_path: Path):
    result = build(search=True)
    site = tmp_path / "site"
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == result.events == 8
    assert (site / "pagefind/pagefind.js").is_file()


def test_turning_search_off_rebuilds_without_the_index(build: Build, tmp_path: Path):
    build(search=True)
    result = build(search=False)
    assert result.stats.written == 0
    assert not (tmp_path / "site/pagefind").exists()


def test_a_projects_templates_override_the_theme_file_by_file(build: Build, tmp_path: Path):
    own = tmp_path / "templates"
    (own / "static").mkdir(parents=True)
    (own / "date.html").write_text('<span class="own-date">{{ view.date_text }}</span>\n')
    (own / "static/site.css").write_text("body { color: red; }\n")
    (own / "static/extra.js").write_text("// extra\n")
    build(templates=own)
    site = tmp_path / "site"
    assert '<span class="own-date">17–18 February 2026</span>' in (site / "all.html").read_text()
    assert (site / "static/site.css").read_text() == "body { color: red; }\n"
    assert (site / "static/extra.js").is_file()
    assert (site / "static/site.js").is_file()  # not overridden: the default theme's
    assert (site / "static/favicon.svg").is_file()


def test_a_template_edited_between_builds_in_one_process_is_used(build: Build, tmp_path: Path):
    own = tmp_path / "templates"
    own.mkdir()
    (own / "date.html").write_text('<span class="first">{{ view.date_text }}</span>\n')
    build(templates=own)
    (own / "date.html").write_text('<span class="second">{{ view.date_text }}</span>\n')
    build(templates=own)  # as `serve` does: the compiled first version must not be reused
    home = (tmp_path / "site" / "all.html").read_text()
    assert 'class="second"' in home and 'class="first"' not in home


def test_summary_line_counts(build: Build, tmp_path: Path):
    result = build()
    assert result.events == 8 and result.pages > 20
    assert "8 events" in result.summary(tmp_path / "site")


def test_rendering_on_two_cores_gives_what_one_process_gives(
    build: Build, tmp_path: Path, monkeypatch
):
    build(out=tmp_path / "one")
    monkeypatch.setattr(site_build, "PARALLEL_FROM", 2)
    monkeypatch.setattr(site_build, "cores", lambda: 2)
    forks = []
    real = multiprocessing.get_context

    def context(method: str):
        forks.append(method)
        return real(method)

    monkeypatch.setattr(multiprocessing, "get_context", context)
    monkeypatch.setattr(site_build, "FORK_UP_TO_BYTES", 1 << 40)
    build(out=tmp_path / "two")
    assert forks and set(forks) == {"fork"}  # the cards, then the pages
    assert differing_files(tmp_path / "one", tmp_path / "two") == []
    # A build holding more memory than a worker's copy of it may add
    # renders everything in its own process, to the same bytes.
    monkeypatch.setattr(site_build, "FORK_UP_TO_BYTES", 1 << 20)
    forked = len(forks)
    build(out=tmp_path / "alone")
    assert len(forks) == forked
    assert differing_files(tmp_path / "one", tmp_path / "alone") == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("event.html", "{% extends 'base.html' %}{% block main %}{{ view.nothing }}{% endblock %}"),
        ("card.html", "<li>{{ view.nothing }}</li>"),  # cards are rendered ahead, on every core
    ],
)
def test_a_broken_template_stops_the_parallel_build_with_jinjas_error(
    build: Build, tmp_path: Path, monkeypatch, name: str, text: str
):
    monkeypatch.setattr(site_build, "PARALLEL_FROM", 2)
    monkeypatch.setattr(site_build, "cores", lambda: 2)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / name).write_text(text)
    with pytest.raises(jinja2.UndefinedError):
        build(templates=templates)
    assert not (tmp_path / "site").exists()


def test_only_the_taxonomies_asked_for_get_pages(build: Build, tmp_path: Path):
    build(taxonomies=("tag",))
    site = tmp_path / "site"
    assert (site / "tags.html").is_file() and any((site / "tags").iterdir())
    for folder in ("places", "actors", "sources"):
        assert not (site / folder).exists() and not (site / f"{folder}.html").exists()
    pages = {path: path.read_text() for path in site.rglob("*.html")}
    for path, text in pages.items():
        for folder in ("places/", "actors/", "sources/"):
            assert f'href="{folder}' not in text and f"/{folder}" not in text, (path, folder)
    event = pages[site / "events/2026-02-20-union-meeting-in-krakow.html"]
    # the place is still named, and a search filter, but not a link
    assert '<span data-pagefind-filter="place">Kraków</span>' in event
    assert '<a href="../tags/' in event


# Years anywhere in what ``check`` accepts (0001-9999), the ends most of all.
_YEARS = st.one_of(st.integers(1, 9999), st.sampled_from([1, 9, 10, 1889, 1999, 9990, 9999]))


@st.composite
def _points(draw: st.DrawFn) -> str:
    """One end of an EDTF date of any precision, qualified or not."""
    year = draw(_YEARS)
    qualifier = draw(st.sampled_from(["", "?", "~", "%"]))
    precision = draw(st.sampled_from(["decade", "year", "season", "month", "day"]))
    if precision == "decade":
        return f"{year // 10:03d}X{qualifier}"
    if precision == "year":
        return f"{year:04d}{qualifier}"
    if precision == "season":
        return f"{year:04d}-{draw(st.integers(21, 24))}{qualifier}"
    month = draw(st.integers(1, 12))
    if precision == "month":
        return f"{year:04d}-{month:02d}{qualifier}"
    return f"{year:04d}-{month:02d}-{draw(st.integers(1, 31)):02d}{qualifier}"


@st.composite
def _dates(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["point", "interval", "before", "after"]))
    first = draw(_points())
    if kind == "point":
        return first
    if kind == "before":
        return f"../{first}"
    if kind == "after":
        return f"{first}/.."
    return f"{first}/{draw(_points())}"


@SETTINGS
@given(st.lists(strategies.events(), min_size=1, max_size=6), st.data())
def test_any_timeline_check_accepts_builds(tmp_path_factory, events: list[Event], data):
    """Whatever event files ``timeline check`` lets through, with dates over
    the whole range it accepts, ``timeline build`` builds: the files with
    errors are left out, the rest make a site with a page per event."""
    root = tmp_path_factory.mktemp("project")
    folder = root / "content" / "events"
    folder.mkdir(parents=True)
    for event in events:
        event = replace(event, date=data.draw(_dates()))
        (folder / event_filename(event)).write_text(dump_event(event), encoding="utf-8")
    accepted = load_events(folder).events
    project = Project.at(root)
    result, _problems, _errors = project.build(SiteConfig(search=False, base_url="https://e.org/"))
    shown = {event.id for event in accepted if not event.hidden}
    assert result.events <= len(shown)
    for view_path in (project.out / "events").glob("*.html"):
        assert view_path.stat().st_size > 0
    assert len(list((project.out / "events").glob("*.html"))) == result.events

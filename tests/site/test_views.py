from dataclasses import replace

from tests.site.sample import sample_events
from timeline.events import place_names
from timeline.incremental.memory import BuildMemory
from timeline.model import Event, Source
from timeline.site import views as views_module
from timeline.site.views import event_path, prepare


def test_hidden_events_are_not_published_and_order_is_by_date():
    data = prepare(sample_events())
    ids = [view.id for view in data.events]
    assert "2026-02-22-draft-statement" not in ids
    assert ids == [
        "2025-new-port-rules",  # known only to the year: first in its year
        "2025-11-03-first-complaint",
        "2026-02-fee-review",
        "2026-02-17-earlier-contacts",  # "before 17 February" precedes 17 February
        "2026-02-17-harbour-talks-in-geneva",
        "2026-02-20-union-meeting-in-krakow",
        "2026-02-24-ferry-strike",
        "2026-03-spring-fair",
    ]
    assert [view.position for view in data.events] == list(range(len(ids)))


def test_dates_are_described_at_their_precision_and_display_date_wins():
    texts = {view.id: view.date_text for view in prepare(sample_events()).events}
    assert texts["2026-02-17-harbour-talks-in-geneva"] == "17–18 February 2026"
    assert texts["2026-02-fee-review"] == "February 2026"
    assert texts["2026-02-17-earlier-contacts"] == "before 17 February 2026"
    assert texts["2025-new-port-rules"] == "c. 2025"
    assert texts["2025-11-03-first-complaint"] == "3 November 2025 (unconfirmed)"
    assert texts["2026-03-spring-fair"] == "early March 2026"


def test_order_breaks_ties_on_the_same_date():
    first = Event(id="b-first", title="B", date="2026-02-20", order=1)
    second = Event(id="a-second", title="A", date="2026-02-20", order=2)
    assert [view.id for view in prepare([second, first]).events] == ["b-first", "a-second"]


def test_machine_dates_only_for_plain_single_dates():
    isos = {view.id: view.iso for view in prepare(sample_events()).events}
    assert isos["2026-02-fee-review"] == "2026-02"
    assert isos["2026-02-20-union-meeting-in-krakow"] == "2026-02-20"
    assert isos["2026-02-17-harbour-talks-in-geneva"] is None
    assert isos["2025-11-03-first-complaint"] is None


def test_event_addresses_come_from_the_id_and_survive_odd_ids():
    assert event_path("2026-02-20-krakow") == "events/2026-02-20-krakow.html"
    odd = event_path("Kraków talks/2026?")
    assert odd.startswith("events/krakow-talks-2026-") and odd.endswith(".html")
    assert event_path("a b") != event_path("a-b")


def test_title_edits_keep_the_address():
    event = sample_events()[0]
    before = prepare([event]).events[0].path
    assert prepare([replace(event, title="Renamed")]).events[0].path == before


def test_duplicate_ids_are_reported_not_silently_dropped():
    event = Event(id="same", title="One", date="2026-01-01")
    data = prepare([event, replace(event, title="Two")])
    assert len(data.events) == 1
    assert len(data.problems) == 1 and "'same'" in data.problems[0]


def test_terms_get_pages_and_names_that_slugify_alike_do_not_collide():
    events = [
        Event(id="a", title="A", date="2026-01-01", actors=["Müller"], tags=["EU"]),
        Event(id="b", title="B", date="2026-01-02", actors=["Muller"], tags=["EU"]),
    ]
    data = prepare(events)
    actors = {term.name: term.path for term, _ in data.terms["actor"]}
    assert sorted(actors.values()) == ["actors/muller-2.html", "actors/muller.html"]
    [(tag, members)] = data.terms["tag"]
    assert tag.path == "tags/eu.html" and [view.id for view in members] == ["a", "b"]


def test_a_numbered_address_never_takes_another_names_own_slug():
    # Found at 100,000 events: two articles slugified alike took "-2", the
    # address a third article's own name gives; the build then failed.
    names = ["Muller", "Müller", "Muller 2", "muller-2", "Muller 3"]
    events = [
        Event(id=f"e{index}", title="T", date="2026-01-01", actors=[name])
        for index, name in enumerate(names)
    ]
    paths = [term.path for term, _ in prepare(events).terms["actor"]]
    assert len(set(paths)) == len(names)
    assert "actors/muller.html" in paths and "actors/muller-3.html" in paths


def test_a_place_typed_in_any_spelling_is_one_place_with_one_page(monkeypatch):
    """The gazetteer's alternate names make one place of "Kiev", "Kiew",
    "Киев" and "Kyiv"; the event keeps the spelling its editor typed, and a
    place the gazetteer does not know keeps its own page."""
    spellings = ["Kiev", "Kiew", "Киев", "Kyiv", "Cracow", "Zaporizhzhia Oblast Hub"]
    events = [
        Event(id=f"e{index}", title="T", date="2026-01-01", places=[name])
        for index, name in enumerate(spellings)
    ]
    memory = BuildMemory()
    data = prepare(events, memory=memory)
    pages = {
        term.name: (term.path, [view.id for view in members])
        for term, members in data.terms["place"]
    }
    assert pages == {
        "Kyiv": ("places/kyiv.html", ["e0", "e1", "e2", "e3"]),
        "Kraków": ("places/krakow.html", ["e4"]),
        "Zaporizhzhia Oblast Hub": ("places/zaporizhzhia-oblast-hub.html", ["e5"]),
    }
    assert [term.name for term in data.events[0].places] == ["Kyiv"]
    both = prepare([Event(id="b", title="T", date="2026-01-01", places=["Kyiv", "Kiev"])])
    assert [term.name for term in both.events[0].places] == ["Kyiv"]  # shown once
    assert events[0].places == ["Kiev"]
    # a later build looks up only the places it has not seen
    looked_up: list[set[str]] = []
    real = place_names.one_name
    monkeypatch.setattr(
        place_names, "one_name", lambda names: looked_up.append(set(names)) or real(names)
    )
    added = Event(id="e9", title="T", date="2026-01-02", places=["Kiev", "Lemberg"])
    again = prepare([*events, added], memory=memory)
    assert looked_up == [{"Lemberg"}]
    assert {term.name for term, _ in again.terms["place"]} >= {"Kyiv", "Lviv"}


def test_source_articles_are_named_by_their_title():
    data = prepare(sample_events())
    names = [term.name for term, _ in data.terms["source"]]
    assert names == ["Ferry workers plan a strike", "Harbour talks end without a deal"]


def test_an_article_quoted_twice_is_one_source_to_link_to():
    event = Event(
        id="x",
        title="Talks",
        date="2026-02-17",
        sources=[
            Source(article="articles/a.md", quote="First mention.", title="A"),
            Source(article="articles/a.md", quote="Second mention.", title="A"),
            Source(article="articles/b.md", quote="Elsewhere.", title="B"),
        ],
    )
    (view,) = prepare([event]).events
    assert len(view.sources) == 3  # every quote is shown on the event page
    assert [item.source.article for item in view.articles] == ["articles/a.md", "articles/b.md"]
    assert len(view.terms("source")) == 2


def _described(data) -> list[tuple]:
    """What pages are made from: every view's fields, and the terms' members."""
    views = [
        (
            view.event.to_dict(),
            view.path,
            view.date_text,
            view.tags,
            view.places,
            view.actors,
            view.sources,
            view.position,
            view.fingerprint,
        )
        for view in data.events
    ]
    terms = {
        kind: [(term, [view.id for view in members]) for term, members in items]
        for kind, items in data.terms.items()
    }
    return [views, terms, data.problems]


def test_a_second_call_after_an_edit_gives_what_a_first_call_gives():
    memory = BuildMemory()
    events = sample_events()
    first = prepare(events, memory=memory)
    before = _described(first)
    edited = [replace(event) for event in events]
    edited[2] = replace(edited[2], title="Fee review postponed", summary="Not *yet*.")
    again = prepare(edited, memory=memory)  # the same shape: the last views are taken over
    assert "Fee review postponed" in [view.event.title for view in again.events]
    assert memory.views is not None and memory.views[3] is again
    assert _described(again) == _described(prepare(edited))  # without memory: afresh
    assert _described(first) == before  # what the first call gave is untouched
    shown = {id(view) for view in again.events}  # term pages list the edited view, not the old
    listed = [view for items in again.terms.values() for _, views in items for view in views]
    assert all(id(view) in shown for view in listed)
    retagged = [replace(event) for event in edited]
    retagged[0] = replace(retagged[0], tags=[*retagged[0].tags, "new tag"])
    prepare(edited, memory=memory)
    after = prepare(retagged, memory=memory)  # another shape: made afresh
    assert _described(after) == _described(prepare(retagged))
    assert any(term.name == "new tag" for term, _ in after.terms["tag"])


def test_events_added_or_removed_under_the_same_terms_give_what_a_first_call_gives(
    monkeypatch,
):
    memory = BuildMemory()
    made: list[str] = []
    view = views_module._view
    monkeypatch.setattr(
        views_module, "_view", lambda event, *args: made.append(event.id) or view(event, *args)
    )
    events = sample_events()
    first = prepare(events, memory=memory)
    before = _described(first)
    added = replace(events[0], id="2026-02-19-extra", title="An extra meeting")  # its terms known
    cases = {
        "added": [*events, added],
        "removed": [event for event in events if event.id != events[2].id],
        "added and edited": [
            *events[:4],
            replace(events[4], summary="Changed."),
            *events[5:],
            added,
        ],
    }
    for name, changed in cases.items():
        prepare(events, memory=memory)
        made.clear()
        again = prepare(changed, memory=memory)
        edited = [event.id for event in changed if event.summary == "Changed."]
        assert sorted(made) == sorted([added.id] * (added in changed) + edited), name
        assert _described(again) == _described(prepare(changed)), name
    assert _described(first) == before  # what the first call gave is untouched

import datetime as dt

from timeline.model import Event, Source, event_filename, new_id, share_texts, slugify


def test_slugify_keeps_letters_of_other_scripts_readable():
    assert slugify("E5 defence ministers meet in Kraków!") == "e5-defence-ministers-meet-in-krakow"
    assert slugify("Władysław Kosiniak-Kamysz") == "wladyslaw-kosiniak-kamysz"
    assert slugify("Переговоры в Женеве") == "peregovory-v-zheneve"
    assert slugify("«»") == "event"
    assert len(slugify("word " * 40)) <= 60


def test_new_id_starts_with_the_date_at_its_precision():
    assert new_id("2026-02-17/2026-02-18", "Geneva talks") == "2026-02-17-geneva-talks"
    assert new_id("../2026-02-17", "Abu Dhabi contacts") == "2026-02-17-abu-dhabi-contacts"
    assert new_id("2026-02?", "Talks") == "2026-02-talks"


def test_event_round_trips_through_a_dict_and_drops_empty_fields():
    event = Event(
        id="2026-02-20-e5-meet",
        title="E5 defence ministers meet in Krakow",
        date="2026-02-20",
        places=["Kraków"],
        sources=[Source(article="articles/a.md", quote="They met.", published="2026-02-20")],
    )
    data = event.to_dict()
    assert list(data) == ["id", "title", "date", "status", "places", "sources", "review"]
    assert Event.from_dict(data) == event
    assert event_filename(event) == "2026-02-20-e5-meet.yaml"


def test_from_dict_accepts_dates_yaml_parsed_as_date_objects():
    event = Event.from_dict(
        {
            "id": "x",
            "title": "T",
            "date": dt.date(2026, 2, 20),
            "sources": [{"article": "a.md", "published": dt.date(2026, 2, 21)}],
        }
    )
    assert event.date == "2026-02-20"
    assert event.sources[0].published == "2026-02-21"


def test_events_share_the_texts_they_repeat_and_stay_equal():
    def parsed() -> Event:  # new strings each time, as each event file gives
        data = {
            "id": "2026-02-17-talks",
            "title": "Talks",
            "date": "2026-02-17",
            "tags": ["".join(["cli", "mate"])],
            "places": ["".join(["Hel", "sinki"])],
            "sources": [{"article": "".join(["articles/", "a.md"]), "title": "".join("AB")}],
        }
        return Event.from_dict(data)

    first, second = parsed(), parsed()
    assert first.tags[0] is not second.tags[0]
    pool: dict[str, str] = {}
    share_texts(first, pool)
    share_texts(second, pool)
    assert first == second == parsed()
    assert first.tags[0] is second.tags[0] and first.places[0] is second.places[0]
    assert first.sources[0].article is second.sources[0].article
    assert first.sources[0].title is second.sources[0].title

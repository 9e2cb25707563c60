"""The words the event extractor reads, one module per language code
(``en.py``, ``ru.py``), as ``timeline/temporal/lang/`` holds the tagger's.

A module holds data only: word lists as space-separated strings, tables as
dicts, and regular-expression fragments. The engine (``title.py``,
``verbs.py``, ``actors.py``, ``places.py``, ``cues.py``) builds its
patterns from them. Function words are read from every language present
(``words``), since an article quotes names and phrases from others; the
English grammar of headlines and cues is read from ``en`` alone (``english``).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType

__all__ = ["ENGLISH", "english", "language", "languages", "words"]


@lru_cache(maxsize=1)
def languages() -> tuple[ModuleType, ...]:
    """Every language module of this package, English first."""
    codes = sorted(info.name for info in pkgutil.iter_modules(__path__))
    codes.sort(key=lambda code: code != "en")
    return tuple(importlib.import_module(f"{__name__}.{code}") for code in codes)


def words(name: str) -> frozenset[str]:
    """The words of list ``name`` in every language that has one."""
    found: set[str] = set()
    for language in languages():
        found.update(getattr(language, name, "").split())
    return frozenset(found)


ENGLISH: ModuleType = importlib.import_module(f"{__name__}.en")


def english(name: str) -> frozenset[str]:
    """The words of English list ``name``: the grammar of headlines and
    cues is English and reads no other language's lists."""
    return frozenset(getattr(ENGLISH, name).split())


def language(code: str | None) -> ModuleType:
    """The module of language ``code`` ("en", "ru"), English when there is
    none: the sentence annotation (``sentence.py``) reads its words from it."""
    for module in languages():
        if module.__name__.rsplit(".", 1)[-1] == code:
            return module
    return ENGLISH

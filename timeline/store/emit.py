"""A new event file's YAML, written directly: byte for byte what PyYAML's
dumper writes for an event, at a fraction of its cost.

PyYAML's C dumper still represents and serialises every value in Python,
node by node; for an archive's millions of new files that was a third of
the merge. An event is a flat mapping of scalars, lists of scalars and
lists of small mappings, so this module writes it line by line. Only a
string that is certainly plain (one line, no indicator, read back as the
same string) is written as is; any other string is quoted by PyYAML itself,
one scalar at a time, and an event of any other shape, or with a string
PyYAML would spread over lines, is dumped whole by PyYAML."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

import yaml

__all__ = ["dump_yaml", "emit_event"]

_Dumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_NO_WRAP = 1_000_000  # one value a line, however long
_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers  # first character -> (tag, pattern)
_STR = "tag:yaml.org,2002:str"
# Certainly plain in block context: starts with a letter or digit, holds no
# character PyYAML escapes or treats as special (controls, NEL, line and
# paragraph separators, the byte order mark, surrogates, U+FFFE, U+FFFF,
# and past U+FFFF, which libyaml escapes), no
# ": " or " #", and does not end in a space or a colon.
_PLAIN = re.compile(
    r"(?=[^\W_])[^\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U00010000-\U0010ffff]+",
)
_INDICATOR = re.compile(r": | #|[ :]$")


class _Unusual(Exception):
    """A value this module leaves to PyYAML's dumper."""


def emit_event(data: dict[str, Any]) -> str:
    """``data`` (an ``Event.to_dict()``) as PyYAML's dumper writes it with
    ``sort_keys=False, allow_unicode=True, default_flow_style=False`` and no
    wrapping."""
    try:
        lines: list[str] = []
        for key, value in data.items():
            if isinstance(value, list) and value:
                lines.append(f"{_key(key)}:\n")
                for item in value:
                    if isinstance(item, dict):
                        lines.append(_mapping(item, "- ", "  "))
                    else:
                        lines.append(f"- {_scalar(item)}\n")
            elif isinstance(value, dict) and value:
                lines.append(f"{_key(key)}:\n")
                lines.append(_mapping(value, "  ", "  "))
            else:
                lines.append(f"{_key(key)}: {_scalar(value)}\n")
        return "".join(lines)
    except _Unusual:
        return dump_yaml(data)


def dump_yaml(data: object) -> str:
    """``data`` as PyYAML's dumper writes event files: keys in their order,
    block style, Unicode as is, one value a line."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=_NO_WRAP,
        default_flow_style=False,
    )


def _mapping(data: dict[str, Any], first: str, rest: str) -> str:
    """A mapping of scalars in a block, its first line after ``first``."""
    if not data:
        raise _Unusual
    return "".join(
        f"{first if number == 0 else rest}{_key(key)}: {_scalar(value)}\n"
        for number, (key, value) in enumerate(data.items())
    )


def _key(key: object) -> str:
    if key not in _KEYS:
        if not isinstance(key, str) or not key.isidentifier() or not key.isascii():
            raise _Unusual
        _KEYS.add(key)
    return key


_KEYS: set[str] = set()  # keys seen to be plain: the schema's few field names


def _scalar(value: object) -> str:
    kind = type(value)
    if kind is str:
        return _string(value)  # type: ignore[arg-type]
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float:
        return _float(value)  # type: ignore[arg-type]
    raise _Unusual  # a list in a list, a date, an empty collection, a subclass


def _float(value: float) -> str:
    """PyYAML's ``represent_float``."""
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    if "." not in text and "e" in text:
        text = text.replace("e", ".0e", 1)
    return text


def _string(value: str) -> str:
    if _PLAIN.fullmatch(value) and not _INDICATOR.search(value):
        # What PyYAML's resolver would read it as: a number, a date, a boolean?
        for tag, pattern in _IMPLICIT.get(value[0], ()):
            if pattern.match(value):
                return value if tag == _STR else _quoted(value)
        return value
    return _quoted(value)


@lru_cache(maxsize=4096)
def _quoted(value: str) -> str:
    """The string as PyYAML writes it as a mapping's value; _Unusual when
    that takes more than one line."""
    text = dump_yaml({"k": value})
    if not text.startswith("k: ") or len(text.splitlines()) != 1:
        raise _Unusual
    return text[3:-1]

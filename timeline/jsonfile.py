"""The build's own JSON files (its manifest and caches), written whole or
not at all, a piece at a time: at 100,000 events the cache of rendered
pieces is some 200 MB, which one string would hold in memory twice over.

A process that builds again and again (``serve``) reads back what it wrote
itself from memory: each file's last value is kept with the size, time and
inode the file had, and used while the file still has them."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

# Entries of a large mapping written at once.
_CHUNK = 1000


_known: dict[Path, tuple[tuple[int, int, int], Any]] = {}


def read_json(path: Path) -> Any:
    """The value in ``path`` (OSError or ValueError when there is none).
    The caller must not change it: it may be the one kept in memory."""
    stamp = _stamp(path)
    known = _known.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    value = json.loads(path.read_text(encoding="utf-8"))
    _known[path] = (stamp, value)
    return value


def write_json(path: Path, value: Any, default: Callable[[Any], Any] | None = None) -> None:
    """Write ``value`` to ``path`` through a temporary file renamed over it.
    The caller hands ``value`` over: it is kept for ``read_json``. With a
    ``default`` (as ``json.dumps`` takes it: what turns an object JSON
    cannot hold into one it can, a piece at a time), the value is not plain
    data, and is not kept."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    _known.pop(path, None)
    try:
        with temporary.open("w", encoding="utf-8") as stream:
            _write(stream, value, default)
            stream.write("\n")
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if default is None:
        _known[path] = (_stamp(path), value)


def worth_rewriting(old: dict[Any, Any], new: dict[Any, Any]) -> bool:
    """Whether a cache holding ``old`` should be written again to hold
    ``new``: not for an edit's handful of entries among thousands, which
    the next build makes again in less time than the writing would take."""
    changed = sum(1 for key, value in new.items() if old.get(key) != value)
    return changed > len(new) // 100


def _write(stream: IO[str], value: Any, default: Callable[[Any], Any] | None) -> None:
    """Mappings of mappings one entry at a time; other large mappings a
    thousand entries at a time; anything else at once."""
    if not isinstance(value, dict) or not value:
        stream.write(_dumps(value, default))
        return
    stream.write("{")
    if any(isinstance(item, dict) for item in value.values()):
        for number, (key, item) in enumerate(value.items()):
            stream.write(("," if number else "") + _dumps(str(key)) + ":")
            _write(stream, item, default)
    else:
        items = list(value.items())
        for start in range(0, len(items), _CHUNK):
            chunk = _dumps(dict(items[start : start + _CHUNK]), default)[1:-1]
            stream.write(("," if start else "") + chunk)
    stream.write("}")


def _dumps(value: Any, default: Callable[[Any], Any] | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=default)


def _stamp(path: Path) -> tuple[int, int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns, info.st_ino

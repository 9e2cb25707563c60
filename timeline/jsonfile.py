"""The build's own JSON files (its manifest and caches), written whole or
not at all, a piece at a time: at 100,000 events the cache of rendered
pieces is some 200 MB, which one string would hold in memory twice over.

A process that builds again and again (``serve``) reads back what it wrote
itself from memory: each file's last value is kept with the size, time and
inode the file had, and used while the file still has them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any

# Mappings with more entries than this are written entry by entry.
_LARGE = 1000


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


def write_json(path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` through a temporary file renamed over it.
    The caller hands ``value`` over: it is kept for ``read_json``."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    _known.pop(path, None)
    try:
        with temporary.open("w", encoding="utf-8") as stream:
            _write(stream, value)
            stream.write("\n")
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _known[path] = (_stamp(path), value)


def _stamp(path: Path) -> tuple[int, int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns, info.st_ino


def _write(stream: IO[str], value: Any) -> None:
    if not isinstance(value, dict) or (
        len(value) <= _LARGE and not any(isinstance(item, dict) for item in value.values())
    ):
        stream.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
        return
    stream.write("{")
    for number, (key, item) in enumerate(value.items()):
        stream.write(("," if number else "") + json.dumps(str(key), ensure_ascii=False) + ":")
        _write(stream, item)
    stream.write("}")

"""The build's own JSON files (its manifest and caches), written whole or
not at all, a piece at a time: at 100,000 events the cache of rendered
pieces is some 200 MB, which one string would hold in memory twice over."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any

# Mappings with more entries than this are written entry by entry.
_LARGE = 1000


def write_json(path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` through a temporary file renamed over it."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("w", encoding="utf-8") as stream:
            _write(stream, value)
            stream.write("\n")
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


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

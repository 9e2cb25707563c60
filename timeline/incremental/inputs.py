"""Everything a build reads, summed up in one digest, so that a rebuild with
nothing changed stops before reading a single event file.

Reading, checking and rendering 10,000 events takes seconds even when every
page comes out the same; listing the event files, the templates, the
settings file and the package's own code with their sizes and modification
times takes a few hundredths of a second. An editor's save changes a file's
time, so this misses no edit; a change it cannot see (a file restored with
its old time and size) costs at worst one stale build, which any later
edit, ``touch`` or a new ``--out`` corrects.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import jinja2
import markdown
import nh3
import yaml

import timeline
from timeline.listing import folder_entries

PACKAGE = Path(timeline.__file__).resolve().parent
# The libraries whose output lands in the pages: an upgrade must rebuild.
LIBRARIES = (jinja2, markdown, nh3, yaml)


Listed = Mapping[Path, list[os.DirEntry[str]]]


def inputs_digest(config: object, sources: Iterable[Path], listed: Listed | None = None) -> str:
    """A digest of ``config`` (the settings, by their ``repr``), of every
    file (name, size, time) under ``sources`` (folders or files; missing
    ones count as missing) and of the package's code. ``listed`` holds
    folders the caller listed already (``folder_entries``)."""
    versions = [sys.version, *(getattr(module, "__version__", "") for module in LIBRARIES)]
    return files_digest((*sources, PACKAGE), repr((config, versions)), listed)


def files_digest(sources: Iterable[Path], salt: str = "", listed: Listed | None = None) -> str:
    """A digest of the name, size and time of every file under ``sources``:
    what ``serve`` watches for an edit."""
    digest = hashlib.blake2b(salt.encode(), digest_size=16)
    for source in sources:
        lines = [f"\0{source}\n"]
        try:
            info = source.stat()
        except OSError:
            lines.append("missing\n")
        else:
            if stat.S_ISDIR(info.st_mode):
                entries = (listed or {}).get(source)
                _list_folder(folder_entries(source) if entries is None else entries, "", lines)
            else:
                lines.append(f"{info.st_size} {info.st_mtime_ns}\n")
        digest.update("".join(lines).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _list_folder(entries: list[os.DirEntry[str]], relative: str, lines: list[str]) -> None:
    """A line per file below the folder of ``entries``: its path, size and
    time. Links to files count as the files; links to folders are not
    followed."""
    for entry in entries:
        try:
            if entry.is_dir():
                if entry.name != "__pycache__" and not entry.is_symlink():
                    below = folder_entries(Path(entry.path))
                    _list_folder(below, f"{relative}{entry.name}/", lines)
                continue
            info = entry.stat()
        except OSError:
            continue
        lines.append(f"{relative}{entry.name} {info.st_size} {info.st_mtime_ns}\n")

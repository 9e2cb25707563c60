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
import sys
from collections.abc import Iterable
from pathlib import Path

import jinja2
import markdown
import nh3
import yaml

import timeline
from timeline.site.config import SiteConfig

PACKAGE = Path(timeline.__file__).resolve().parent
# The libraries whose output lands in the pages: an upgrade must rebuild.
LIBRARIES = (jinja2, markdown, nh3, yaml)


def inputs_digest(config: SiteConfig, sources: Iterable[Path]) -> str:
    """A digest of ``config`` and of every file (name, size, time) under
    ``sources`` (folders or files; missing ones count as missing) and of
    the package's code."""
    versions = [sys.version, *(getattr(module, "__version__", "") for module in LIBRARIES)]
    return files_digest((*sources, PACKAGE), repr((config, versions)))


def files_digest(sources: Iterable[Path], salt: str = "") -> str:
    """A digest of the name, size and time of every file under ``sources``:
    what ``serve`` watches for an edit."""
    digest = hashlib.blake2b(salt.encode(), digest_size=16)
    for source in sources:
        digest.update(f"\0{source}\n".encode())
        for line in _listing(source):
            digest.update(line.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _listing(source: Path) -> Iterable[str]:
    try:
        info = source.stat()
    except OSError:
        yield "missing\n"
        return
    if not source.is_dir():
        yield f"{info.st_size} {info.st_mtime_ns}\n"
        return
    for folder, names, files in os.walk(source):
        names.sort()
        names[:] = [name for name in names if name != "__pycache__"]
        relative = os.path.relpath(folder, source)
        for name in sorted(files):
            try:
                info = os.stat(os.path.join(folder, name))
            except OSError:  # removed while we looked: the digest differs anyway
                continue
            yield f"{relative}/{name} {info.st_size} {info.st_mtime_ns}\n"

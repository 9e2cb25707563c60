"""A key for the code that turns inputs into outputs: this package's source
and the versions of the libraries whose behaviour lands in what it makes.
Whatever is kept between runs (rendered pieces, events already read) is
kept under this key, so an upgrade never reuses what older code made."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import timeline

LIBRARIES = ("jinja2", "markupsafe", "markdown", "nh3", "pyyaml", "pillow")


@lru_cache(maxsize=4)
def code_key(libraries: tuple[str, ...] = LIBRARIES) -> str:
    """The key of this package's source and of ``libraries``' versions."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(timeline.__file__).parent
    # The source, and the data it reads (the anchor model's weights, the schema).
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.json")]):
        digest.update(path.read_bytes())
    for name in libraries:
        digest.update(f"{name}={metadata.version(name)}".encode())
    return digest.hexdigest()

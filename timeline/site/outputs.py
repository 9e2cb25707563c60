"""Planned outputs: each file of the site as its path, a key that hashes
every input it is made from, and the function that renders it. The writer
renders a file only when its key differs from the last build's, so a build
in which nothing changed renders nothing, and one edit renders only the
pages that show the edited event."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # views makes pictures, whose outputs are these
    from timeline.site.views import SiteData

# What rendering gives: the file's bytes, or a large data file's bytes in
# pieces, which are written as they come rather than held whole (at 100,000
# events events.json is some 100 MB, and joining and encoding it held three
# copies at once).
Content = bytes | Iterator[bytes]


@dataclass(frozen=True, slots=True)
class Output:
    path: str
    key: str  # hash of every input; equal keys give equal bytes
    render: Callable[[], Content]


class Keys:
    """Makes output keys. ``base`` covers what every file depends on (the
    settings, the theme, the code); ``everything`` adds every event, for the
    pages and files made from all of them; ``mentions`` is the key of the
    days articles name, for those that show the key events."""

    def __init__(self, base: str, data: SiteData) -> None:
        self.base = base
        self.everything = self.of("everything", *(view.fingerprint for view in data.events))
        # The days articles name: what the key events are ranked with besides the events.
        self.mentions = self.of("mentions", sorted(data.mentions.items()))

    def of(self, *parts: object) -> str:
        """The key of ``parts``: strings, numbers, events' fingerprints,
        terms, and lists and tuples of them, whose ``repr`` is exact."""
        return hashlib.blake2b(repr((self.base, parts)).encode(), digest_size=16).hexdigest()


def fixed(path: str, key: str, content: bytes) -> Output:
    """An output already in hand (a static file)."""
    return Output(path, key, lambda: content)

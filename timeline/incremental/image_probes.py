"""What builds learnt of each local image (its upright size and format, or
why it is refused), kept beside the site by the version of its file, so an
unchanged image is never opened again: decoding a photograph whole takes a
tenth of a second, listing its size and time a few microseconds."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from timeline.incremental.code_key import code_key
from timeline.jsonfile import read_json, write_json

IMAGE_PROBES = "images.json"


@dataclass(frozen=True, slots=True)
class Probe:
    """An image that passed: its size upright (EXIF orientation applied)
    and its format as Pillow names it."""

    width: int
    height: int
    format: str


class ImageProbes:
    """Probes by image (``media/…``) and the size and time of its file.
    ``get`` reads the file's status, and calls the probe only for a file
    it does not know in that version; a refusal (the probe's ``ValueError``)
    is kept too, so a broken file is reported on every build without being
    read again."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file
        self.known: dict[str, list] = {}
        self.key = code_key()  # the code that probed, and worded the refusals
        if file is not None:
            try:
                data = read_json(file)
            except (OSError, ValueError):  # none yet, or unreadable: probe again
                data = {}
            if isinstance(data, dict) and data.get("key") == self.key:
                images = data.get("images")
                if isinstance(images, dict):
                    self.known = {key: value for key, value in images.items() if _sound(value)}
        self.used: dict[str, list] = {}

    def get(self, image: str, path: Path, probe: Callable[[Path], Probe]) -> Probe | str:
        """The probe of the image at ``path``, or why it is refused."""
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return "no such file; add it to content/media/ or fix the event's media.image"
        except OSError as error:
            return f"cannot be read ({error.strerror})"
        version = [info.st_size, info.st_mtime_ns]
        kept = self.known.get(image)
        if kept is None or kept[:2] != version:
            try:
                found = probe(path)
            except ValueError as problem:
                kept = [*version, str(problem)]
            else:
                kept = [*version, found.width, found.height, found.format]
        self.used[image] = kept
        if len(kept) == 3:
            return str(kept[2])
        return Probe(int(kept[2]), int(kept[3]), str(kept[4]))

    def save(self) -> None:
        """Keep the images this build looked at (those no event shows any
        more are forgotten); nothing when unchanged."""
        if self.file is not None and self.used != self.known:
            with contextlib.suppress(OSError):  # only an aid: the next build probes again
                write_json(self.file, {"key": self.key, "images": self.used})


def _sound(value: object) -> bool:
    """An entry as ``get`` writes them: size, time, then a reason or a probe."""
    return (
        isinstance(value, list)
        and len(value) in (3, 5)
        and all(isinstance(item, (int, str)) for item in value)
    )

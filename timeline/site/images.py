"""Pictures of events: each local image of ``content/media/`` is read once
(Pillow), refused in one line when it is hostile or broken, and published
in a few widths for ``srcset``, its width and height known to the pages so
that nothing shifts as it loads.

An image is checked and decoded whole once per version of its file (its
size and time, kept in ``timeline.incremental.image_probes``), and each
width is made only when its key (the file's version, the width, this
code's ``RESIZE_VERSION`` and Pillow's) changed: the writer then reuses the
file the last build made, without opening the image.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.incremental.image_probes import ImageProbes, Probe
from timeline.model import IMAGE_SUFFIXES, MEDIA_FOLDER, Event, Media
from timeline.site.outputs import Output

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

# The formats a browser shows, by the suffixes their files may have.
SUFFIXES = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",), "WEBP": (".webp",), "GIF": (".gif",)}
assert sorted(IMAGE_SUFFIXES) == sorted(suffix for names in SUFFIXES.values() for suffix in names)
# The widths published; an image narrower than one is published at its own.
WIDTHS = (320, 640, 960, 1280)
# A photograph is at most a few tens of megapixels; past these, the file is
# a decompression bomb or no picture for a page (decoding 1 gigapixel takes
# gigabytes of memory).
MAX_PIXELS = 60_000_000
MAX_SIDE = 16_000
MAX_FILE_BYTES = 50 << 20
# Change when the published files would come out differently.
RESIZE_VERSION = "1"
# The format each is published in: a GIF's first frame as PNG.
OUTPUT_FORMAT = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "GIF": "PNG"}
OUTPUT_SUFFIX = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


class ImageProblem(ValueError):
    """Why an image is not published, in a few words for one line."""


@dataclass(frozen=True, slots=True)
class Picture:
    """An event's picture as pages show it: ``sizes`` are the published
    files (path from the site's root, width), smallest first, for a local
    image; none for an ``https`` one, which is shown from where it is."""

    image: str  # as the event file gives it
    alt: str
    caption: str
    credit: str
    sizes: tuple[tuple[str, int], ...] = ()
    width: int = 0  # of the largest size, for the page's layout
    height: int = 0

    @property
    def remote(self) -> bool:
        return not self.sizes

    @property
    def src(self) -> str:
        """The largest size, or the remote address."""
        return self.sizes[-1][0] if self.sizes else self.image

    def srcset(self, root: str) -> str:
        return ", ".join(f"{root}{path} {width}w" for path, width in self.sizes)


@dataclass(frozen=True, slots=True)
class Sized:
    """A local image as published: its files and the largest's size."""

    sizes: tuple[tuple[str, int], ...]
    width: int
    height: int


def is_remote(image: str) -> bool:
    return image.startswith("https://")


def picture_of(media: Media | None, sized: Mapping[str, Sized]) -> Picture | None:
    """The picture an event shows: none without media, and none for a local
    image that is not published (missing or refused: the build says why)."""
    if media is None:
        return None
    text = (media.alt, media.caption, media.credit)
    if is_remote(media.image):
        return Picture(media.image, *text)
    published = sized.get(media.image)
    if published is None:
        return None
    return Picture(media.image, *text, published.sizes, published.width, published.height)


def widths_for(width: int) -> tuple[int, ...]:
    """The widths an image ``width`` pixels wide is published in."""
    return tuple(sorted({min(each, width) for each in WIDTHS}))


def output_path(image: str, width: int, image_format: str) -> str:
    """Where one width of ``image`` (``media/…`` under ``content/``) is
    published: ``media/x.jpg.640.jpg``. The whole source name stays in it,
    so no two images (``x.jpg``, ``x.png``) share a file."""
    return f"{image}.{width}.{OUTPUT_SUFFIX[OUTPUT_FORMAT[image_format]]}"


def local_images(events: Iterable[Event]) -> list[str]:
    """The local images the events show (``media/…``), each once, sorted."""
    found = {
        event.media.image
        for event in events
        if event.media is not None and not is_remote(event.media.image)
    }
    return sorted(found)


def plan_images(
    events: Iterable[Event], content: Path, probes: ImageProbes
) -> tuple[dict[str, Sized], list[Output], list[str]]:
    """For the events' local images under ``content``: what each is
    published as, the outputs that make its files, and one line per image
    that is not published."""
    sized: dict[str, Sized] = {}
    outputs: list[Output] = []
    problems: list[str] = []
    folder = (content / MEDIA_FOLDER).resolve()
    for image in local_images(events):
        path = content / image
        if path.is_symlink() and not path.resolve().is_relative_to(folder):
            # a link committed into the folder would publish any image of this machine
            problems.append(
                f"{path}: a link to a file outside content/media/, not read (put the "
                "image itself there); the events showing it are published without it"
            )
            continue
        probe = probes.get(image, path, read_probe)
        if isinstance(probe, str):
            problems.append(f"{path}: {probe}; the events showing it are published without it")
            continue
        sizes = []
        for width in widths_for(probe.width):
            target = output_path(image, width, probe.format)
            key = _key(image, probe, width)
            outputs.append(Output(target, key, partial(resize, path, width, probe)))
            sizes.append((target, width))
        height = round(probe.height * sizes[-1][1] / probe.width) or 1
        sized[image] = Sized(tuple(sizes), sizes[-1][1], height)
    return sized, outputs, problems


def _key(image: str, probe: Probe, width: int) -> str:
    """The key of one published width: the file's version and the width,
    not the theme or settings, so a change of template resizes nothing."""
    from PIL import __version__ as pillow

    parts = repr((image, probe, width, RESIZE_VERSION, pillow))
    return "image-" + hashlib.blake2b(parts.encode(), digest_size=16).hexdigest()


def read_probe(path: Path) -> Probe:
    """Check the image at ``path`` whole: its format against its name, its
    size against the limits, every byte decoded (a truncated file fails
    here, not half-way through a build). Raises ``ImageProblem``."""
    from PIL import ImageOps

    try:
        size = os.stat(path).st_size
    except OSError as error:
        raise ImageProblem(f"cannot be read ({error.strerror})") from None
    if size > MAX_FILE_BYTES:
        raise ImageProblem(f"larger than {MAX_FILE_BYTES >> 20} MB; publish a smaller copy")
    try:
        with _opened(path) as image:
            kind = image.format or "?"
            if kind not in SUFFIXES:
                raise ImageProblem(f"a {kind} image; use JPEG, PNG, WebP or GIF")
            if path.suffix.lower() not in SUFFIXES[kind]:
                raise ImageProblem(
                    f"a {kind} image named {path.suffix or 'without a suffix'}; rename it "
                    f"{path.stem}{SUFFIXES[kind][0]}"
                )
            width, height = image.size
            if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
                raise ImageProblem(
                    f"{width}×{height} pixels, too large for a page (at most "
                    f"{MAX_PIXELS // 1_000_000} megapixels and {MAX_SIDE} pixels a side); "
                    "publish a smaller copy"
                )
            image.load()
            upright = ImageOps.exif_transpose(image)
            return Probe(upright.width, upright.height, kind)
    except ImageProblem:
        raise
    except Exception as error:  # Pillow's decoders raise many kinds on hostile bytes
        raise ImageProblem(_reason(error)) from None


def _reason(error: Exception) -> str:
    from PIL import Image, UnidentifiedImageError

    if isinstance(error, UnidentifiedImageError):
        return "not an image Pillow can read (a JPEG, PNG, WebP or GIF file)"
    if isinstance(error, Image.DecompressionBombError):
        return "a decompression bomb (far more pixels than its size); not read"
    if "truncated" in str(error) or isinstance(error, EOFError):
        return "truncated: the file ends before the image does; copy it again"
    detail = " ".join(str(error).split())[:80] or type(error).__name__
    return f"broken image ({detail}); save it again from an image editor"


@contextmanager
def _opened(path: Path) -> Iterator[PILImage]:
    """``Image.open``, with Pillow's decompression-bomb warning made an
    error, closed on leaving."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(path) as image:
            yield image


def resize(path: Path, width: int, probe: Probe) -> bytes:
    """The image at ``path`` ``width`` pixels wide, upright, without its
    metadata (a camera's EXIF holds where and when it was taken), in the
    format it is published in (``OUTPUT_FORMAT``). The probe passed the
    file: a file changed since makes a ``ImageProblem`` here."""
    from PIL import Image, ImageOps

    height = max(1, round(probe.height * width / probe.width))
    try:
        with _opened(path) as image:
            if image.format == "JPEG":
                image.draft("RGB", (width, height))  # decode at a fraction of the size
            upright = ImageOps.exif_transpose(image)
            kind = OUTPUT_FORMAT[probe.format]
            if kind == "JPEG" and upright.mode not in ("RGB", "L"):
                upright = upright.convert("RGB")
            elif upright.mode not in ("RGB", "RGBA", "L", "LA"):
                upright = upright.convert("RGBA")
            if upright.size != (width, height):
                upright = upright.resize((width, height), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            icc = image.info.get("icc_profile")
            options: dict[str, object] = {"icc_profile": icc} if icc else {}
            if kind == "JPEG":
                options.update(quality=82, optimize=True, progressive=True)
            elif kind == "WEBP":
                options.update(quality=80, method=4)
            else:
                options.update(optimize=True)
            upright.save(out, kind, **options)
            return out.getvalue()
    except Exception as error:
        raise ImageProblem(f"{path}: {_reason(error)}") from None

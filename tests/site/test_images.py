"""Local images: checked once, hostile ones refused in one line, published
in a few widths, upright and without their metadata."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from timeline.incremental.image_probes import ImageProbes, Probe
from timeline.model import Event, Media
from timeline.site import images
from timeline.site.images import ImageProblem, plan_images, read_probe, resize, widths_for


def photo(path: Path, size: tuple[int, int] = (1600, 900), orientation: int = 1) -> Path:
    """A JPEG with a camera's EXIF: an orientation and a place (GPS)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (52.0, 13.0, 0.0)}  # GPS: where it was taken
    image.save(path, "JPEG", exif=exif)
    return path


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height`` with a few bytes of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def test_a_photo_is_probed_upright(tmp_path: Path) -> None:
    assert read_probe(photo(tmp_path / "a.jpg")) == Probe(1600, 900, "JPEG")
    turned = photo(tmp_path / "b.jpg", orientation=6)  # taken with the camera on its side
    assert read_probe(turned) == Probe(900, 1600, "JPEG")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("cut.jpg", "truncated", "truncated"),
        ("bomb.png", png_claiming(100_000, 100_000), "decompression bomb"),
        ("tall.png", png_claiming(20, 40_000), "too large for a page"),
        ("wide.png", png_claiming(9000, 9000), "too large for a page"),
        ("named.jpg", "png", "a PNG image named .jpg; rename it named.png"),
        ("page.jpg", b"<html><script>alert(1)</script></html>", "not an image"),
        ("empty.png", b"", "not an image"),
    ],
)
def test_hostile_images_give_one_line(
    tmp_path: Path, name: str, content: bytes | str, reason: str
) -> None:
    path = tmp_path / name
    if content == "truncated":
        data = photo(tmp_path / "whole.jpg", (800, 600)).read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif content == "png":
        Image.new("RGB", (40, 30)).save(path, "PNG")
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    with pytest.raises(ImageProblem) as caught:
        read_probe(path)
    message = str(caught.value)
    assert reason in message and "\n" not in message


def test_widths_never_exceed_the_image() -> None:
    assert widths_for(4000) == (320, 640, 960, 1280)
    assert widths_for(500) == (320, 500)
    assert widths_for(200) == (200,)


def test_resized_upright_and_without_metadata(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", (1600, 900), orientation=6)
    probe = read_probe(path)
    small = Image.open(io.BytesIO(resize(path, 320, probe)))
    assert small.size == (320, round(1600 * 320 / 900)) and small.format == "JPEG"
    assert not small.getexif()  # neither the place nor the camera
    gif = tmp_path / "b.gif"
    Image.new("P", (100, 50)).save(gif, "GIF")
    assert Image.open(io.BytesIO(resize(gif, 100, read_probe(gif)))).format == "PNG"


def event_with(image: str, number: int = 1) -> Event:
    media = Media(image, alt="Ministers at a table", caption="The talks", credit="A. Photographer")
    return Event(id=f"e{number}", title="Talks", date="2026-02-20", media=media)


def test_planned_once_per_image_and_probed_once_per_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    photo(content / "media" / "talks.jpg", (1000, 500))
    (content / "media" / "broken.png").write_bytes(b"not a png")
    events = [
        event_with("media/talks.jpg", 1),
        event_with("media/talks.jpg", 2),
        event_with("media/broken.png", 3),
        event_with("media/gone.jpg", 4),
        event_with("https://images.example/lead.jpg", 5),
    ]
    probes = ImageProbes(tmp_path / "images.json")
    sized, outputs, problems = plan_images(events, content, probes)
    assert [output.path for output in outputs] == [
        "media/talks.jpg.320.jpg",
        "media/talks.jpg.640.jpg",
        "media/talks.jpg.960.jpg",
        "media/talks.jpg.1000.jpg",
    ]
    assert sized["media/talks.jpg"].width == 1000 and sized["media/talks.jpg"].height == 500
    assert len(problems) == 2
    assert problems[0].startswith(f"{content / 'media' / 'broken.png'}: not an image")
    assert problems[1].startswith(f"{content / 'media' / 'gone.jpg'}: ")
    probes.save()

    probed: list[Path] = []
    monkeypatch.setattr(images, "read_probe", lambda path: probed.append(path))
    again = ImageProbes(tmp_path / "images.json")  # a new process, the file beside the site
    assert plan_images(events, content, again)[0] == sized
    assert probed == []  # neither the photo nor the broken file is read again
    photo(content / "media" / "talks.jpg", (1000, 500), orientation=3)  # saved again
    monkeypatch.setattr(
        images, "read_probe", lambda path: probed.append(path) or Probe(1, 1, "JPEG")
    )
    plan_images(events, content, ImageProbes(tmp_path / "images.json"))
    assert probed == [content / "media" / "talks.jpg"]


def test_an_image_linked_from_outside_the_media_folder_is_not_read(tmp_path: Path) -> None:
    content = tmp_path / "content"
    outside = photo(tmp_path / "elsewhere" / "secret.jpg")
    (content / "media").mkdir(parents=True)
    (content / "media" / "link.jpg").symlink_to(outside)
    sized, outputs, problems = plan_images([event_with("media/link.jpg")], content, ImageProbes())
    assert not sized and not outputs
    assert problems == [
        f"{content / 'media' / 'link.jpg'}: a link to a file outside content/media/, not read "
        "(put the image itself there); the events showing it are published without it"
    ]

"""Hostile pictures: ``timeline build`` under the memory limit gives one
line per picture it will not publish, never a traceback, and publishes
their events without them."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from tests.hostile.conftest import assert_clean, timeline
from tests.site.test_images import png_claiming


def jpeg(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (90, 90, 90)).save(out, "JPEG")
    return out.getvalue()


def png(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size).save(out, "PNG")
    return out.getvalue()


HOSTILE = {
    "cut.jpg": jpeg((1200, 800))[:3000],
    "bomb.png": png_claiming(100_000, 100_000),
    "strip.png": png_claiming(20, 20_000),
    "named.jpg": png((40, 30)),
    "script.png": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    "empty.gif": b"",
}


def test_each_hostile_picture_is_one_line_and_its_event_is_published(project: Path) -> None:
    media = project / "content" / "media"
    media.mkdir()
    names = [*HOSTILE, "outside.jpg", "fine.jpg"]
    for name, data in HOSTILE.items():
        (media / name).write_bytes(data)
    (project / "elsewhere.jpg").write_bytes(jpeg((100, 100)))
    (media / "outside.jpg").symlink_to(project / "elsewhere.jpg")
    (media / "fine.jpg").write_bytes(jpeg((400, 300)))
    for number, name in enumerate(names):
        (project / "content" / "events" / f"e{number}.yaml").write_text(
            f"id: e{number}\ntitle: Event {number}\ndate: 2026-02-{number + 1:02d}\n"
            f"media:\n  image: media/{name}\n  alt: Picture {number}\n",
            encoding="utf-8",
        )
    result = timeline("build", "--no-search", cwd=project)
    assert_clean(result)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == len(names) - 1
    for name in names[:-1]:
        (line,) = [line for line in lines if line.startswith(f"{media / name}: ")]
        assert line.endswith("; the events showing it are published without it")
    site = project / "site"
    for number in range(len(names)):
        page = (site / "events" / f"e{number}.html").read_text(encoding="utf-8")
        assert f"Event {number}" in page
        assert ("<figure" in page) == (names[number] == "fine.jpg")
    assert sorted(path.name for path in (site / "media").iterdir()) == [
        "fine.jpg.320.jpg",
        "fine.jpg.400.jpg",
    ]

"""Event pictures on the site: cards and pages show them in their published
widths without shifting the layout, the feed, events.json, JSON-LD and the
TimelineJS data carry them, an unchanged picture is never resized again and
a broken one leaves its event on the site without it."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from timeline.incremental.memory import BuildMemory
from timeline.model import Event, Media
from timeline.site import BuildResult, SiteConfig, build_site, images


def talks(media: Media | None, number: int = 1, title: str = "Talks in Krakow") -> Event:
    return Event(
        id=f"2026-02-2{number}-e{number}",
        title=title,
        date=f"2026-02-2{number}",
        summary="The ministers met.",
        media=media,
        review="reviewed",
    )


PHOTO = Media(
    "media/2026/talks.jpg",
    alt="Five ministers at a round table",
    caption="The ministers before the talks.",
    credit="Photo: A. Nowak",
)
REMOTE = Media("https://images.example/lead.jpg", alt="A harbour", credit="Wire")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    (folder / "media" / "2026").mkdir(parents=True)
    Image.new("RGB", (1500, 1000), (30, 90, 160)).save(folder / "media" / "2026" / "talks.jpg")
    return folder


def build(
    events: list[Event], content: Path, memory: BuildMemory | None = None, **settings: object
) -> BuildResult:
    config = SiteConfig(search=False, **settings)  # type: ignore[arg-type]
    out = content.parent / "site"
    return build_site(events, out, config, memory=memory or BuildMemory(), content=content)


def test_cards_and_pages_show_the_picture_in_its_widths(content: Path) -> None:
    result = build([talks(PHOTO), talks(REMOTE, 2)], content)
    assert result.problems == [] and result.warnings == []
    site = content.parent / "site"
    widths = [320, 640, 960, 1280]
    for width in widths:
        published = Image.open(site / f"media/2026/talks.jpg.{width}.jpg")
        assert published.size == (width, round(1000 * width / 1500))
    page = (site / "events/2026-02-21-e1.html").read_text()
    img = re.search(r"<img [^>]*>", page)
    assert img is not None
    tag = img[0]
    assert 'src="../media/2026/talks.jpg.1280.jpg"' in tag
    srcset = ", ".join(f"../media/2026/talks.jpg.{width}.jpg {width}w" for width in widths)
    assert f'srcset="{srcset}"' in tag
    assert 'width="1280" height="853"' in tag  # the layout keeps the room before it loads
    assert 'loading="lazy"' in tag and 'alt="Five ministers at a round table"' in tag
    assert (
        "<figcaption>The ministers before the talks. "
        '<span class="credit">Photo: A. Nowak</span></figcaption>'
    ) in page
    card = (site / "all.html").read_text()  # the list of every event
    assert 'srcset="media/2026/talks.jpg.320.jpg 320w' in card
    assert 'sizes="(min-width: 40rem) 12rem, 100vw"' in card
    remote = (site / "events/2026-02-22-e2.html").read_text()
    assert (
        '<img class="remote" src="https://images.example/lead.jpg" alt="A harbour" '
        'loading="lazy" decoding="async" referrerpolicy="no-referrer">'
    ) in remote


def test_feed_json_jsonld_and_timelinejs_carry_it(content: Path) -> None:
    build([talks(PHOTO), talks(REMOTE, 2)], content, base_url="https://news.example/t/")
    site = content.parent / "site"
    large = "https://news.example/t/media/2026/talks.jpg.1280.jpg"
    feed = (site / "feed.xml").read_text()
    assert f"&lt;img src=&quot;{large}&quot; alt=&quot;Five ministers" in feed
    document = json.loads((site / "timelinejs.json").read_text())
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert slides["2026-02-21-e1"]["media"] == {
        "url": large,
        "caption": "The ministers before the talks.",
        "credit": "Photo: A. Nowak",
        "alt": "Five ministers at a round table",
    }
    assert slides["2026-02-22-e2"]["media"]["url"] == "https://images.example/lead.jpg"
    entries = {e["id"]: e for e in json.loads((site / "events.json").read_text())["events"]}
    assert entries["2026-02-21-e1"]["media"] == {
        "image": large,
        "alt": "Five ministers at a round table",
        "caption": "The ministers before the talks.",
        "credit": "Photo: A. Nowak",
        "width": 1280,
        "height": 853,
    }
    page = (site / "events/2026-02-21-e1.html").read_text()
    assert f'"image": "{large}"' in page.replace("\\u002f", "/")


def test_an_unchanged_picture_is_not_resized_again(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = [talks(PHOTO), talks(PHOTO, 2, "Second day of talks")]
    build(events, content)
    resized: list[int] = []
    probed: list[Path] = []
    real_resize, real_probe = images.resize, images.read_probe
    monkeypatch.setattr(images, "resize", lambda *a: resized.append(a[1]) or real_resize(*a))
    monkeypatch.setattr(images, "read_probe", lambda p: probed.append(p) or real_probe(p))
    edited = [replace(events[0], title="Talks in Kraków"), events[1]]
    result = build(edited, content)  # a new process: a memory of nothing
    assert result.stats.written > 0 and resized == [] and probed == []
    photo = content / "media" / "2026" / "talks.jpg"
    Image.new("RGB", (800, 600), (200, 30, 30)).save(photo)  # the picture replaced
    result = build(edited, content)
    assert sorted(resized) == [320, 640, 800] and probed == [photo]
    assert result.stats.removed == 2  # the 960 and 1280 sizes of the old one
    page = (content.parent / "site/events/2026-02-22-e2.html").read_text()
    assert 'width="800" height="600"' in page


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xd8\xff\xe0 cut", "broken image"),
        (b"<svg onload=alert(1)>", "not an image Pillow can read"),
    ],
)
def test_a_broken_picture_gives_one_line_and_the_event_stays(
    content: Path, data: bytes, reason: str
) -> None:
    (content / "media" / "broken.jpg").write_bytes(data)
    result = build([talks(replace(PHOTO, image="media/broken.jpg"))], content)
    (line,) = result.warnings
    assert line.startswith(str(content / "media" / "broken.jpg") + ": ") and reason in line
    assert "\n" not in line and result.problems == []
    page = (content.parent / "site/events/2026-02-21-e1.html").read_text()
    assert "Talks in Krakow" in page and "<figure" not in page
    assert not (content.parent / "site" / "media").exists()


def test_a_project_rebuilds_when_only_a_picture_changed(tmp_path: Path) -> None:
    from timeline.preview import LiveSite
    from timeline.publish import Project

    root = tmp_path / "project"
    (root / "content" / "events").mkdir(parents=True)
    (root / "content" / "media").mkdir()
    photo = root / "content" / "media" / "quay.png"
    Image.new("RGB", (300, 200)).save(photo)
    (root / "content" / "events" / "a.yaml").write_text(
        "id: a\ntitle: Quay\ndate: 2026-02-20\nreview: reviewed\n"
        "media:\n  image: media/quay.png\n  alt: The quay\n",
        encoding="utf-8",
    )
    project = Project.at(root)
    config = replace(project.config(), search=False)
    assert project.build(config)[2] == 0
    assert project.build(config)[0].up_to_date
    Image.new("RGB", (200, 200)).save(photo)  # the picture alone replaced
    result, _problems, errors = project.build(config)
    assert errors == 0 and not result.up_to_date
    assert 'width="200" height="200"' in (project.out / "events/a.html").read_text()
    assert root / "content" / "media" in LiveSite(project).watched()

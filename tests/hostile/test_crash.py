"""Killing ``timeline extract`` or ``timeline build`` (SIGKILL) at any point
leaves every event file whole, the old version or the new, and the site
the previous build or the new one, never a mix; and a second run then ends
exactly where an uninterrupted run ends.

The kill points are the calls through which the commands write (see
``crash.py``): before a temporary file is synced, before and after a file
is renamed into place, while a build is staged and while it is swapped in."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.conftest import environment, timeline
from timeline.store import load_events

PLACES = ["Geneva", "Vienna", "Oslo", "Lisbon", "Prague", "Dublin", "Riga", "Turin"]


def article(number: int, day: int, place: str) -> str:
    return (
        f"---\ntitle: Report {number}\ndate: 2026-03-01\n---\n"
        f"Talks resumed in {place} on February {day}, 2026, after a pause of three weeks.\n\n"
        f"The ministers of the {place} group will meet again on March {day % 27 + 2}, 2026, "
        "the spokesman said.\n"
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` by relative path, leftovers of a killed
    run (hidden temporary files) and the search index aside: Pagefind's
    output differs from run to run, so ``search_index_whole`` checks it. The
    build's cache of rendered pieces is saved after the swap and is only an
    aid: missing or stale, it is ignored."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): _comparable(path)
        for path in folder.rglob("*")
        if path.is_file()
        and path.relative_to(folder).parts[0] != "pagefind"
        and not (path.name.startswith(".") and path.name.endswith(".tmp"))
        and path.name not in (".timeline.lock", ".timeline-cache.json", ".timeline-read.json")
    }


def _comparable(path: Path) -> bytes:
    """The file's bytes; for the site's manifest, without the key of its
    inputs, which holds the project's paths and times (each test copies it)."""
    if path.name != ".timeline-manifest.json":
        return path.read_bytes()
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.pop("inputs", None)
    return json.dumps(manifest, sort_keys=True).encode()


def search_index_whole(site: Path) -> bool:
    """The index the site's entry file names is there, with every file."""
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    return all(
        (site / "pagefind" / f"pagefind.{language['hash']}.pf_meta").is_file()
        for language in entry["languages"].values()
    )


def killed(point: tuple[str, int, str], *argv: str, cwd: Path) -> int:
    """Run ``timeline ARGV`` armed to SIGKILL itself at ``point``."""
    name, count, when = point
    return subprocess.run(
        [sys.executable, "-m", "tests.hostile.crash", name, str(count), when, "--", *argv],
        cwd=cwd,
        env=environment(),
        capture_output=True,
        timeout=60,
    ).returncode


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    """A project after a first extraction and an editor's edit, with new
    articles waiting (some report known events, some new ones); its event
    files before and after a complete second extraction."""
    before = tmp_path_factory.mktemp("before")
    articles = before / "content" / "articles"
    articles.mkdir(parents=True)
    # the builds below publish the extracted events, unreviewed as they are
    (before / "timeline.toml").write_text('[site]\npublish = "all"\n', encoding="utf-8")
    for number, place in enumerate(PLACES[:4]):
        (articles / f"a{number}.md").write_text(article(number, 10 + number, place))
    assert timeline("extract", cwd=before).returncode == 0
    events = before / "content" / "events"
    edited = sorted(events.glob("*.yaml"))[0]
    edited.write_text(edited.read_text() + "# checked by the desk\nnotes: keep\n")
    for number, place in enumerate(PLACES[:4] + PLACES[4:], start=4):
        # the first four repeat known events from another article; the rest are new
        day = 10 + number - 4 if number < 8 else 10 + number
        (articles / f"a{number}.md").write_text(article(number, day, place))
    after = tmp_path_factory.mktemp("after")
    shutil.copytree(before, after, dirs_exist_ok=True)
    assert timeline("extract", cwd=after).returncode == 0
    old, new = snapshot(events), snapshot(after / "content" / "events")
    assert new != old and set(old) <= set(new)
    return before, old, new


def writes(old: dict[str, bytes], new: dict[str, bytes]) -> int:
    return sum(old.get(name) != data for name, data in new.items())


@pytest.mark.parametrize("point", ["sync-1", "replace-1", "replace-half", "ledger"])
def test_extract_killed_leaves_old_or_new_files_and_recovers(
    extraction: tuple[Path, dict, dict], tmp_path: Path, point: str
) -> None:
    before, old, new = extraction
    count = writes(old, new)
    assert count >= 6  # created and updated events, the ledger, the schema
    # The event files are written to temporary files, synced together, then
    # put in place (swapped with the editor's file, or linked as a new one)
    # one at a time; then the ledger is written (synced, then renamed).
    points = {
        "sync-1": ("atomic._sync", 1, "before"),  # every file written, none synced or in place
        "replace-1": ("atomic._put", 1, "after"),  # the first file in place
        "replace-half": ("atomic._put", count // 2, "after"),  # half in place
        "ledger": ("os.replace", 1, "before"),  # every event in place, the ledger not
    }
    shutil.copytree(before, tmp_path, dirs_exist_ok=True)
    assert killed(points[point], "extract", cwd=tmp_path) == -signal.SIGKILL
    events = tmp_path / "content" / "events"
    for name, data in snapshot(events).items():
        assert data in (old.get(name), new[name]), name  # whole: old or new
    assert not load_events(events).errors
    assert timeline("extract", cwd=tmp_path).returncode == 0
    assert snapshot(events) == new  # the second run ends where an uninterrupted one does
    assert list(events.glob(".*.tmp")) == []  # and removes what the killed one left


@pytest.fixture(scope="module")
def builds(
    extraction: tuple[Path, dict, dict], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict, dict]:
    """A project with a built site and changed events; the site before and
    after a complete build of the change."""
    source, _old, _new = extraction
    before = tmp_path_factory.mktemp("site-before")
    shutil.copytree(source, before, dirs_exist_ok=True)
    assert timeline("build", cwd=before, seconds=120).returncode == 0
    events = sorted((before / "content" / "events").glob("*.yaml"))
    events[0].unlink()  # a deleted event: its page goes
    events[1].write_text(events[1].read_text().replace("title: ", "title: Revised ", 1))
    after = tmp_path_factory.mktemp("site-after")
    shutil.copytree(before, after, dirs_exist_ok=True)
    assert timeline("build", cwd=after, seconds=120).returncode == 0
    old, new = snapshot(before / "site"), snapshot(after / "site")
    assert old != new
    return before, old, new


@pytest.mark.parametrize(
    "point",
    [
        ("os.link", 3, "after"),  # staging: unchanged files being linked in
        ("os.rename", 1, "before"),  # staged, not yet swapped
        ("os.rename", 1, "after"),  # the two-rename swap, half done
        ("shutil.rmtree", 1, "before"),  # swapped, the old build not yet removed
    ],
    ids=["staging", "before-swap", "mid-swap", "after-swap"],
)
def test_build_killed_leaves_previous_or_new_site(
    builds: tuple[Path, dict, dict], tmp_path: Path, point: tuple[str, int, str]
) -> None:
    before, old, new = builds
    shutil.copytree(before, tmp_path, dirs_exist_ok=True)
    code = killed(point, "build", cwd=tmp_path)
    assert code in (-signal.SIGKILL, 0)  # 0: this build never reaches that point
    left = snapshot(tmp_path / "site")
    assert left in (old, new)
    assert search_index_whole(tmp_path / "site")
    assert timeline("build", cwd=tmp_path, seconds=120).returncode == 0
    assert snapshot(tmp_path / "site") == new
    assert search_index_whole(tmp_path / "site")
    if left == old:  # the rebuild wrote, and removed what the killed build left beside it
        assert list(tmp_path.glob(".site.*")) == []


def test_rewriting_an_event_keeps_its_permissions(
    extraction: tuple[Path, dict, dict], tmp_path: Path
) -> None:
    before, _old, _new = extraction
    shutil.copytree(before, tmp_path, dirs_exist_ok=True)
    events = sorted((tmp_path / "content" / "events").glob("*.yaml"))
    for path in events:
        path.chmod(0o664)  # a folder an editors' group shares
    assert timeline("extract", cwd=tmp_path).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    for path in (tmp_path / "content" / "events").glob("*.yaml"):
        expected = 0o664 if path in events else 0o666 & ~umask  # new files: as open() makes them
        assert path.stat().st_mode & 0o777 == expected, path.name

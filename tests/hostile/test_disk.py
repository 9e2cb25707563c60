"""A full disk and a read-only folder, for real: each scenario runs in a
private mount namespace (``unshare --mount``, whose mounts vanish with it)
on a tmpfs filled to the last byte, or under a read-only bind mount, which
refuses root as well (root ignores permission bits). Each failure is one
line saying which file could not be written and why, with no traceback,
and no file is changed or left half written."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.conftest import environment

ARTICLE = (
    "---\ntitle: Budget talks\ndate: 2026-03-12\nurl: https://example.org/budget\n---\n\n"
    "Parliament rejected the budget on March 10. Ministers will meet again on March 20.\n"
)
MORE = (
    "---\ntitle: Grid plan\ndate: 2026-03-14\nurl: https://example.org/grid\n---\n\n"
    "Nordic ministers met in Oslo on March 13. They will sign a grid plan on April 2. "
    "The first cable opens on May 5.\n"
)
# A tmpfs over the project with the project copied in, then filled: to the
# last byte, or but for SPARE pages (a sparing file made first, then deleted).
FULL_DISK = """
cp -a . ../copy; mount -t tmpfs -o size=2m tmpfs "$PWD"; cd "$PWD"; cp -a ../copy/. .
head -c $((SPARE * 4096)) /dev/zero > ../spare.bin; cp ../spare.bin .spare
cat /dev/zero > .filler 2>/dev/null || true; rm .spare
"""
READ_ONLY = 'mount --bind "{0}" "{0}"; mount -o remount,bind,ro "{0}"; cd "$PWD"'


def _unshare() -> list[str]:
    """A private mount namespace: root may mount; anyone else becomes root
    of a user namespace of their own."""
    return ["unshare", "--mount", *([] if os.geteuid() == 0 else ["--map-root-user"])]


def in_namespace(
    project: Path, setup: str, *command: str, spare: int = 0
) -> tuple[subprocess.CompletedProcess[str], str, dict[str, str]]:
    """``timeline COMMAND`` in ``project`` after ``setup`` (shell, in a
    private mount namespace); then, the disk emptied again, what ``timeline
    check`` says of the events there, and the files of ``content/`` and
    ``site/`` there by their SHA-256."""
    out = project.parent / "out"
    out.mkdir()
    timeline = shlex.join([sys.executable, "-m", "timeline"])
    script = f"""set -eu
cd {shlex.quote(str(project))}; SPARE={spare}
{setup}
set +e
{timeline} {shlex.join(command)} > {out}/stdout 2> {out}/stderr; echo $? > {out}/code
rm -f .filler
{timeline} check > {out}/check 2>&1
find content site -type f ! -name .timeline.lock -print0 | xargs -0 sha256sum > {out}/files
"""
    done = subprocess.run(
        [*_unshare(), "bash", "-c", script],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0 and done.stderr == "", (
        "these tests need a private mount namespace (unshare --mount) and tmpfs: " + done.stderr
    )
    result = subprocess.CompletedProcess(
        command,
        int((out / "code").read_text()),
        (out / "stdout").read_text(),
        (out / "stderr").read_text(),
    )
    files = {}
    for line in (out / "files").read_text().splitlines():
        digest, path = line.split(maxsplit=1)
        files[path.removeprefix("./")] = digest
    return result, (out / "check").read_text(), files


def _files(project: Path) -> dict[str, str]:
    """The files of ``content/`` and ``site/`` by their SHA-256."""
    return {
        str(path.relative_to(project)): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in ("content", "site")
        for path in sorted((project / folder).rglob("*"))
        if path.is_file() and path.name != ".timeline.lock"
    }


def _timeline(*command: str, cwd: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", *command],
        cwd=cwd,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with one article extracted and the site built; another
    article waits to be extracted."""
    root = tmp_path_factory.mktemp("built") / "project"
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "budget.md").write_text(ARTICLE, encoding="utf-8")
    _timeline("extract", cwd=root)
    _timeline("build", "--no-search", cwd=root)
    (root / "content" / "articles" / "grid.md").write_text(MORE, encoding="utf-8")
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    shutil.copytree(built, tmp_path / "project", symlinks=True)
    return tmp_path / "project"


def _one_line(result: subprocess.CompletedProcess[str], *parts: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    *_progress, line = result.stderr.splitlines()  # extract says what it read first
    assert "error" not in result.stderr.replace(line, ""), result.stderr
    for part in parts:
        assert part in line


@pytest.mark.parametrize("spare", [0, 2])  # the lock fails; one new event is written first
def test_extract_on_a_full_disk_is_one_line_and_every_file_whole(project: Path, spare: int) -> None:
    before = _files(project)
    result, check, after = in_namespace(project, FULL_DISK, "extract", spare=spare)
    _one_line(result, "timeline extract: cannot write ", "No space left on device", "free some")
    assert check.endswith(": 0 errors, 0 warnings\n"), check  # every file whole
    assert {path: after.get(path) for path in before} == before


def test_build_on_a_full_disk_is_one_line_and_the_site_as_it_was(project: Path) -> None:
    (project / "content" / "events" / "x.yaml").write_text("id: x\ntitle: Talks\ndate: 2026\n")
    before = _files(project)
    result, _, after = in_namespace(project, FULL_DISK, "build", "--no-search")
    _one_line(result, "timeline build: cannot write ", "No space left on device")
    assert after == before


@pytest.mark.parametrize(
    "command",
    [["extract"], ["new", "--date", "2026-03-11", "--title", "Talks"], ["import", "x.json"]],
)
def test_a_read_only_events_folder_is_one_line(project: Path, command: list[str]) -> None:
    (project / "x.json").write_text(
        '{"events": [{"start_date": {"year": 2026}, "text": {"headline": "Talks"}}]}'
    )
    before = _files(project)
    result, _, _ = in_namespace(project, READ_ONLY.format("content/events"), *command)
    _one_line(
        result,
        f"timeline {command[0]}: cannot write content/events/.timeline.lock: "
        "Read-only file system; mount it writable, or work on a copy",
    )
    assert _files(project) == before


def test_a_read_only_project_is_one_line_on_build(project: Path) -> None:
    (project / "content" / "events" / "x.yaml").write_text("id: x\ntitle: Talks\ndate: 2026\n")
    before = _files(project)
    result, _, _ = in_namespace(project, READ_ONLY.format("."), "build", "--no-search")
    _one_line(result, "timeline build: cannot write ", ": Read-only file system; mount it")
    assert _files(project) == before

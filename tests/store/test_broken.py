"""The corpus of broken event files in ``broken/``: ``timeline check`` on
the folder must print exactly ``broken/expected.txt``, one message per
problem, and never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from tests.store.conftest import as_plugin_reads, run_cli
from timeline.store.files import SCHEMA_FILE

BROKEN = Path(__file__).with_name("broken")
# Files whose mistake the JSON Schema sees too, read as YAML 1.2 like
# editors' plugins read them (the YAML 1.1 traps are not mistakes there).
SCHEMA_REJECTS = (
    "confidence-out-of-range",
    "empty-title",
    "id-with-space",
    "locked-quoted",
    "missing-title",
    "not-a-mapping",
    "not-edtf",
    "order-not-whole",
    "source-unknown-key",
    "source-without-article-or-url",
    "status-typo",
    "tags-not-list",
    "unknown-key",
    "url-warning",
)


@pytest.fixture
def broken_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "articles" / "geneva.md").write_text("Text.\n", encoding="utf-8")
    shutil.copytree(BROKEN, content / "events", ignore=shutil.ignore_patterns("*.txt"))
    monkeypatch.chdir(content / "events")
    return content / "events"


def test_check_prints_every_expected_message(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli("check", "--events", ".") == 1
    expected = (BROKEN / "expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().out == expected


def test_every_corpus_file_has_an_expected_message() -> None:
    expected = (BROKEN / "expected.txt").read_text(encoding="utf-8")
    named = {line.split(":", 1)[0] for line in expected.splitlines()[:-1]}
    files = {path.name for path in BROKEN.iterdir() if path.suffix != ".txt"}
    assert named == files - {"dup-id.yaml"}  # the good file dup-id-copy.yaml duplicates


def test_one_broken_file_does_not_hide_the_good_ones(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (broken_project / "good.yaml").write_text("id: good\ntitle: Budget adopted\ndate: 2026-03-02\n")
    run_cli("check", "--events", ".")
    out = capsys.readouterr().out
    assert "good.yaml" not in out
    assert out.splitlines()[-1] == "38 event files checked: 34 errors, 4 warnings"


@pytest.mark.parametrize("name", SCHEMA_REJECTS)
def test_the_json_schema_agrees(name: str) -> None:
    schema = jsonschema.Draft7Validator(json.loads(SCHEMA_FILE.read_text()))
    data = as_plugin_reads(BROKEN / f"{name}.yaml")
    assert list(schema.iter_errors(data)), f"the JSON Schema accepts {name}.yaml"


def test_check_without_the_folder_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("check", "--events", "nowhere") == 1
    assert "nowhere: error: no such folder" in capsys.readouterr().out

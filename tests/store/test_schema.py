"""docs/schema.md, the JSON Schema and the checker describe one format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from tests.store.conftest import as_plugin_reads
from timeline.model import REVIEWS, STATUSES, Event, Source
from timeline.store.files import SCHEMA_FILE
from timeline.store.load import load_file

DOC = Path(__file__).parents[2] / "docs" / "schema.md"
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def _example() -> str:
    return re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)[1]


def test_schema_and_doc_name_every_field() -> None:
    properties = SCHEMA["properties"]
    assert list(properties) == list(Event.FIELDS)
    assert list(properties["sources"]["items"]["properties"]) == list(Source.FIELDS)
    assert properties["status"]["enum"] == list(STATUSES)
    assert properties["review"]["enum"] == list(REVIEWS)
    doc = DOC.read_text(encoding="utf-8")
    for name in (*Event.FIELDS, *Source.FIELDS):
        assert f"| `{name}` |" in doc, name


def test_every_schema_example_is_valid() -> None:
    validator = jsonschema.Draft7Validator(SCHEMA)
    validator.check_schema(SCHEMA)
    base = {"id": "x", "title": "Talks", "date": "2026-02-20"}
    for name, prop in SCHEMA["properties"].items():
        for example in prop.get("examples", []):
            assert not list(validator.iter_errors({**base, name: example})), (name, example)


def test_the_documented_file_passes_check_and_schema(tmp_path: Path) -> None:
    text = _example()
    path = tmp_path / "2026-02-20-e5-defence-ministers-meet-in-krakow.yaml"
    path.write_text(text, encoding="utf-8")
    event, problems = load_file(path)
    assert problems == []
    assert event is not None and event.sources[0].published == "2026-02-21"
    jsonschema.validate(as_plugin_reads(text), SCHEMA)


TRAPS = re.findall(r"^\| `([a-z_]+: [^`]+)` \| .+ \| `[^`]+` \|$", DOC.read_text(), re.M)


@pytest.mark.parametrize("line", TRAPS)
def test_each_documented_trap_is_caught_and_its_fix_passes(tmp_path: Path, line: str) -> None:
    assert len(TRAPS) == 5
    base = "id: trap\ntitle: Talks\ndate: 2026-02-20\n"
    key = line.split(":")[0]
    path = tmp_path / "trap.yaml"
    path.write_text(re.sub(rf"(?m)^{key}:.*\n", "", base) + line + "\n")
    assert any(problem.is_error for problem in load_file(path)[1])
    fixed = next(row for row in DOC.read_text().splitlines() if f"| `{line}` |" in row)
    path.write_text(re.sub(rf"(?m)^{key}:.*\n", "", base) + fixed.split("`")[-2] + "\n")
    assert load_file(path)[1] == []

"""``timeline annotate``: TimeML and Markdown in, TimeML and JSON out, bad
input reported on one line while the other files are still written."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from timeline.cli import annotate

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>
<TEXT>
Prices <EVENT eid="e1">fell</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-07">\
Wednesday</TIMEX3> &amp; rose again last week.
</TEXT>
</TimeML>
"""


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    annotate.register(parser.add_subparsers())
    args = parser.parse_args(["annotate", *argv])
    return args.handler(args)


def test_timeml_keeps_text_and_uses_dct(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "doc.tml"
    source.write_text(TML, encoding="utf-8")
    assert run(str(source)) == 0
    out = capsys.readouterr().out
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>' in out
    assert 'value="1998-W01">last week</TIMEX3>' in out
    assert "&amp; rose" in out and "<EVENT" not in out.split("<TEXT>")[1]
    assert out.startswith('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>')


def test_markdown_front_matter_date_and_json(tmp_path: Path) -> None:
    source = tmp_path / "article.md"
    source.write_text(
        "---\ntitle: T\npublished: 2026-02-21\n---\nTalks ended yesterday.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert run(str(source), "--format", "json", "--out", str(out)) == 0
    spans = json.loads((out / "article.json").read_text(encoding="utf-8"))
    assert [(s["text"], s["value"], s["edtf"], s["relative"]) for s in spans] == [
        ("yesterday", "2026-02-20", "2026-02-20", True)
    ]
    raw = source.read_text(encoding="utf-8")
    assert raw[spans[0]["start"] : spans[0]["end"]] == "yesterday"  # offsets into the file


def test_published_option_for_plain_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.txt"
    source.write_text("The vote is on March 3.", encoding="utf-8")
    assert run(str(source), "--published", "2026-02-21", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)[0]["value"] == "2026-03-03"


def test_bad_files_are_reported_and_the_rest_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text("---\npublished: [x\n---\nText.\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("It happened in 2025.", encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(broken), str(tmp_path / "missing.txt"), str(good), "--out", str(out)) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"{broken}:") and "front matter" in errors[0]
    assert errors[1].startswith(f"{tmp_path / 'missing.txt'}:1:")
    assert sorted(p.name for p in out.iterdir()) == ["good.tml"]
    written = (out / "good.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="2025">2025</TIMEX3>' in written


def test_several_files_need_an_output_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert run(str(tmp_path / "a.txt"), str(tmp_path / "a.txt")) == 2


def test_other_language(tmp_path: Path) -> None:
    """A language without rules of its own is read with dateparser's data."""
    (tmp_path / "a.txt").write_text("Op 20 februari 2026 trad hij af.", encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(tmp_path / "a.txt"), "--lang", "nl", "--format", "json", "--out", str(out)) == 0
    spans = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert [(s["text"], s["value"]) for s in spans] == [("20 februari 2026", "2026-02-20")]

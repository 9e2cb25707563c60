"""``timeline annotate``: run the temporal tagger over articles and write the
text with TimeML ``<TIMEX3>`` tags, or the expressions as JSON, so the tagger
can be scored with the field's tools and its output used by others."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
from dataclasses import asdict, replace
from pathlib import Path

import yaml

from timeline.cli.arguments import iso_date
from timeline.temporal import tag, timeml

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_DATE_KEYS = ("published", "date")


class InputError(ValueError):
    """An article that cannot be read; the message says why and what to do."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "annotate",
        help="tag the dates, times and durations of articles (TimeML or JSON)",
        description=(
            "Find and normalise the temporal expressions of each FILE: a TimeML "
            "document (its DCT is the publication date, its TEXT is kept character "
            "for character) or a text/Markdown article (front matter 'published' "
            "or 'date' gives the publication date)."
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="TimeML (.tml) or text/Markdown articles",
    )
    parser.add_argument(
        "--format",
        choices=("timeml", "json"),
        default="timeml",
        help="TimeML with <TIMEX3> tags (default) or a JSON list of spans",
    )
    parser.add_argument(
        "--published",
        type=iso_date,
        metavar="DATE",
        default=None,
        help="publication date (YYYY-MM-DD) for files that give none; "
        "overrides the file's own when given",
    )
    parser.add_argument(
        "--lang",
        default="en",
        help="language of the articles: en, ru, es, fr, it and de have full rules; "
        "any other code (nl, pt, ...) is read with dateparser's data for it",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        default=None,
        help="write one file per input into DIR (same name, .tml or .json); "
        "without it the result of a single FILE goes to stdout",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.out is None and len(args.files) > 1:
        print("timeline annotate: several files need --out DIR", file=sys.stderr)
        return 2
    failed = False
    for path in args.files:
        try:
            output = annotate_file(path, args.format, args.published, args.lang)
        except InputError as error:
            print(f"{path}:{error}", file=sys.stderr)
            failed = True
            continue
        if args.out is None:
            sys.stdout.write(output)
        else:
            suffix = ".tml" if args.format == "timeml" else ".json"
            _write_atomically(args.out / (path.stem + suffix), output)
    return 1 if failed else 0


def annotate_file(path: Path, fmt: str, published: dt.date | None, lang: str) -> str:
    """The annotated document for one file, as text."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8"
        raise InputError(f"1: cannot read the file ({reason}); give a UTF-8 text file") from None
    document, offset = _read_document(raw, published)
    spans = tag(document.text, document.dct, lang)
    if fmt == "json":
        # Offsets into the file as given (front matter included).
        shifted = [replace(s, start=s.start + offset, end=s.end + offset) for s in spans]
        return json.dumps([asdict(s) for s in shifted], ensure_ascii=False, indent=1) + "\n"
    return timeml.render(document, spans)


def _read_document(raw: str, published: dt.date | None) -> tuple[timeml.Document, int]:
    """The document to tag, and where its text starts in the file (after any
    front matter; TimeML offsets are into TEXT, as TimeML tools count)."""
    if "<TEXT" in raw and "</TEXT>" in raw:
        try:
            document = timeml.read(raw)
        except timeml.TimeMLError as error:
            raise InputError(f"1: {error}; fix the TimeML or pass plain text") from None
        if published is not None:
            document = timeml.Document(document.head, document.text, document.tail, published)
        return document, 0
    front = _FRONT_MATTER.match(raw)
    body = raw[front.end() :] if front else raw
    if front and published is None:
        published = _front_matter_date(front.group(1))
    return timeml.new_document(body, published), front.end() if front else 0


def _front_matter_date(block: str) -> dt.date | None:
    try:
        data = yaml.load(block, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(f"{line}: front matter is not YAML ({problem}); fix it") from None
    if not isinstance(data, dict):
        return None
    for key in _DATE_KEYS:
        value = data.get(key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                raise InputError(
                    f"2: front matter {key}: {value!r} is not a date; write YYYY-MM-DD"
                ) from None
    return None


def _write_atomically(target: Path, content: str) -> None:
    """Write through a temporary file and rename, so no half-written file is left."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise

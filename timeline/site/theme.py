"""Where templates and static assets come from: a project's own
``templates/`` first, then the default theme, file by file. The default
theme is ``templates/`` of this repository, which an installed wheel carries
as ``timeline/templates``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import jinja2

import timeline
from timeline.dates import EDTFError, describe, parse_edtf
from timeline.site.views import Term

STATIC = "static"


def default_theme() -> Path:
    """The packaged theme: inside the installed package, else the repo's."""
    packaged = Path(timeline.__file__).parent / "templates"
    if packaged.is_dir():
        return packaged
    return Path(timeline.__file__).parent.parent / "templates"


def theme_dirs(project_templates: Path | None) -> list[Path]:
    """Template folders, the project's own first."""
    dirs = []
    if project_templates is not None and project_templates.is_dir():
        dirs.append(project_templates)
    default = default_theme()
    if default not in dirs:
        dirs.append(default)
    return dirs


def long_date(value: str) -> str:
    """An ISO date in words ("19 February 2026"); other text unchanged."""
    try:
        return describe(parse_edtf(value))
    except EDTFError:
        return value


def names(terms: Iterable[Term]) -> list[str]:
    """The terms' names: ``map(attribute="name")|list`` at a third of the cost."""
    return [term.name for term in terms]


@lru_cache(maxsize=2)
def make_environment(dirs: tuple[Path, ...], theme_key: str) -> jinja2.Environment:
    """The template environment of theme folders whose files hash to
    ``theme_key``: ``serve`` builds again with the templates it compiled,
    and a new process takes them compiled from Jinja's bytecode cache
    (a private folder of the user's, checked against each template's source)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in dirs]),
        autoescape=jinja2.select_autoescape(["html", "xml", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # the key changes with any template: no stat of each per page
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["long_date"] = long_date
    env.filters["names"] = names
    # ``tojson`` as Jinja does it (sorted keys), with one encoder for every
    # call: ``json.dumps`` makes a new one whenever it is given any option.
    env.policies["json.dumps_function"] = json.JSONEncoder(sort_keys=True).encode
    env.policies["json.dumps_kwargs"] = {}
    return env


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    try:
        return jinja2.FileSystemBytecodeCache()
    except (OSError, RuntimeError):  # no private temporary folder to be had: compile each time
        return None


def static_files(dirs: list[Path]) -> Iterator[tuple[str, bytes]]:
    """Every file under ``static/`` of the theme folders, the first folder
    winning, as (output path, content) in a stable order."""
    found: dict[str, Path] = {}
    for folder in dirs:
        base = folder / STATIC
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file():
                found.setdefault(path.relative_to(folder).as_posix(), path)
    for name in sorted(found):
        yield name, found[name].read_bytes()


def describe_template_error(error: jinja2.TemplateError) -> str:
    """One line: the template, its line, what is wrong."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        where = error.filename or error.name or "template"
        return f"{where}:{error.lineno}: {error.message}; fix the template"
    if isinstance(error, jinja2.TemplateNotFound):
        return f"template {error.name!r} not found in the project's templates/ or the theme"
    where = note_template_line(error)
    return f"{where}: {error}; fix the template" if where else f"template error: {error}"


def note_template_line(error: jinja2.TemplateError) -> str:
    """Where in a template an error in rendering arose ("templates/event.html:12"),
    from the frames Jinja gives templates in the traceback, kept on the error:
    a worker's error reaches the build without its traceback."""
    where = getattr(error, "template_line", "")
    trace = error.__traceback__
    while trace is not None:
        if "__jinja_exception__" in trace.tb_frame.f_globals:  # Jinja's frame for a template
            where = f"{trace.tb_frame.f_code.co_filename}:{trace.tb_lineno}"
        trace = trace.tb_next
    error.template_line = where  # type: ignore[attr-defined]
    return where

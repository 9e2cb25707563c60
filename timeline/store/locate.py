"""Saying where a problem is: the line and column of each issue in an event
file, and the text as the editor typed it. Only a file with a problem is
parsed a second time, into nodes, for this."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from timeline.store.loader import EventLoader
from timeline.store.problems import Problem, Severity
from timeline.store.validate import Issue, KeyPath

__all__ = ["Nodes", "duplicate_keys", "locate", "problem_at", "sort_problems", "syntax_problem"]

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:", re.M)


def sort_problems(problems: list[Problem]) -> None:
    """By file, then place, an error before a warning at the same place."""
    problems.sort(
        key=lambda problem: (str(problem.path), problem.line, problem.column, not problem.is_error)
    )


def syntax_problem(path: Path, text: str, error: yaml.YAMLError) -> Problem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    if isinstance(error, yaml.reader.ReaderError):  # a forbidden character: find it
        at = text.find(chr(error.character)) if isinstance(error.character, int) else -1
        if at >= 0:
            line = text.count("\n", 0, at) + 1
            column = at - (text.rfind("\n", 0, at) + 1) + 1
    what = getattr(error, "problem", None) or str(error).splitlines()[0]
    if "another document" in what:
        return Problem(
            path,
            line,
            column,
            "error",
            "a second YAML document (after ---): a file "
            "holds one event, so move it to a file of its own",
        )
    message = f"YAML syntax: {what}"
    context, opened = getattr(error, "context", None), getattr(error, "context_mark", None)
    if context:
        message += f" ({context}"
        if opened is not None and opened.line + 1 != line:
            message += f" opened at line {opened.line + 1}"
        message += ")"
    lines = text.splitlines()
    char = lines[line - 1][column - 1 : column] if line <= len(lines) else ""
    if char == "\t" or "\t" in what:
        message += "; indent with spaces, not tabs"
    elif "mapping values are not allowed" in what:
        message += "; a value holding ': ' must be put in quotes"
    return Problem(path, line, column, "error", message)


class Nodes:
    """The file's YAML node tree, composed on first use (files with problems only)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._root: yaml.Node | None = None
        self._composed = False

    @property
    def root(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self.text, Loader=EventLoader)
            except (yaml.YAMLError, RecursionError):
                self._root = None
        return self._root

    def find(self, where: KeyPath, on_key: bool = False) -> yaml.Node | None:
        """The deepest node along ``where`` (the key node itself if ``on_key``)."""
        node = self.root
        for depth, part in enumerate(where):
            last = depth == len(where) - 1
            if isinstance(node, yaml.MappingNode):
                pair = next((p for p in reversed(node.value) if _key_matches(p[0], part)), None)
                if pair is None:
                    return node
                node = pair[0] if (last and on_key) else pair[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if part >= len(node.value):
                    return node
                node = node.value[part]
            else:
                return node
        return node

    def raw(self, where: KeyPath) -> str | None:
        node = self.find(where)
        return node.value if isinstance(node, yaml.ScalarNode) and where else None


def _key_matches(node: yaml.Node, key: object) -> bool:
    if not isinstance(node, yaml.ScalarNode):
        return False
    if node.value == key:
        return True
    try:
        return yaml.load(node.value, Loader=EventLoader) == key and not isinstance(key, str)
    except (yaml.YAMLError, ValueError):
        return False


def duplicate_keys(text: str, nodes: Nodes) -> list[Issue]:
    """A key written twice: YAML keeps the last silently, so an editor's fix
    may vanish. Cheap test on the text first; nodes only when it fires."""
    keys = _TOP_KEY.findall(text)
    if len(keys) == len(set(keys)) or not isinstance(nodes.root, yaml.MappingNode):
        return []
    issues: list[Issue] = []
    seen: set[object] = set()
    for key_node, _value in nodes.root.value:
        value = getattr(key_node, "value", None)
        if value in seen:
            mark = key_node.start_mark
            issues.append(
                Issue(
                    (),
                    f"key {value!r} appears twice; YAML ignores the first value, keep one",
                    at=(mark.line + 1, mark.column + 1),
                )
            )
        seen.add(value)
    return issues


def problem_at(path: Path, where: KeyPath, severity: Severity, message: str) -> Problem:
    """A problem about a readable file, at the value under ``where``."""
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return Problem(path, 1, 1, severity, message)
    return locate(path, text, Issue(where, message, severity=severity))


def locate(path: Path, text: str, issue: Issue, nodes: Nodes | None = None) -> Problem:
    if issue.at is not None:
        return Problem(path, *issue.at, issue.severity, issue.message)
    node = (nodes or Nodes(text)).find(issue.where, issue.on_key)
    if node is None:
        return Problem(path, 1, 1, issue.severity, issue.message)
    mark = node.start_mark
    return Problem(path, mark.line + 1, mark.column + 1, issue.severity, issue.message)

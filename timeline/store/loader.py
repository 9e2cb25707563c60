"""libyaml's safe loader, fitted to event files: the fast path of reading,
and the parser that locating a problem composes nodes with."""

from __future__ import annotations

import yaml

__all__ = ["EventLoader"]

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # without libyaml: slower


_STR, _MAP, _SEQ = (f"tag:yaml.org,2002:{name}" for name in ("str", "map", "seq"))
_SCALARS = {f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "null", "timestamp")}


class _NotPlain(Exception):
    """A node the plain constructor leaves to PyYAML's own."""


class EventLoader(_Base):
    """libyaml's safe loader, except that an impossible unquoted date such as
    2026-02-30 stays text, so validation can say what is wrong with it.

    An event file is a mapping of text keys to text, numbers, dates and
    lists: that is built here directly, in a third of the time PyYAML's
    general constructor takes (it defers every collection to handle
    aliases). Anything else (other tags, merge keys, keys that are not
    text) goes to PyYAML's constructor, which gives the same values."""

    def resolve(self, kind: type, value: str | None, implicit: tuple[bool, bool]) -> str:
        """The tag of an untagged node, as PyYAML's resolver gives it. libyaml
        asks for every node; PyYAML's answer, general enough for path
        resolvers (this loader has none), took a tenth of reading a file."""
        if kind is yaml.ScalarNode:
            if implicit[0]:
                assert value is not None
                for tag, pattern in _IMPLICIT.get(value[:1], _IMPLICIT_ANY):
                    if pattern.match(value):
                        return tag
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP

    def construct_document(self, node: yaml.Node) -> object:
        try:
            return self._plain(node)
        except (_NotPlain, RecursionError):
            return super().construct_document(node)

    def _plain(self, node: yaml.Node) -> object:
        kind, tag = node.__class__, node.tag
        if kind is yaml.ScalarNode:
            if tag == _STR:
                return node.value
            if tag not in _SCALARS:
                raise _NotPlain
            return self.yaml_constructors[tag](self, node)
        if kind is yaml.MappingNode and tag == _MAP:
            mapping = {}
            for key, value in node.value:
                if key.__class__ is not yaml.ScalarNode or key.tag != _STR:
                    raise _NotPlain
                mapping[key.value] = self._plain(value)
            return mapping
        if kind is yaml.SequenceNode and tag == _SEQ:
            return [self._plain(item) for item in node.value]
        raise _NotPlain


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


EventLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
assert not EventLoader.yaml_path_resolvers
# The implicit resolvers by a scalar's first character, those for any first
# character after them, as PyYAML tries them.
_IMPLICIT_ANY = tuple(EventLoader.yaml_implicit_resolvers.get(None, ()))
_IMPLICIT = {
    first: (*resolvers, *_IMPLICIT_ANY)
    for first, resolvers in EventLoader.yaml_implicit_resolvers.items()
    if first is not None
}

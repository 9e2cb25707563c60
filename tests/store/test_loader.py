"""The event loader: its quick resolver and constructor give what PyYAML's own give."""

from __future__ import annotations

from pathlib import Path

import yaml

from bench.corpus import dump_event, make_events
from timeline.store.loader import EventLoader

BROKEN = Path(__file__).parent / "broken"


class _Reference(EventLoader):
    """The same loader with PyYAML's own resolver and constructor, which the
    quicker ones must agree with."""

    resolve = yaml.resolver.Resolver.resolve
    construct_document = yaml.constructor.BaseConstructor.construct_document


DOCUMENTS = [
    "",
    "~",
    "just text",
    "- a\n- 1\n- [x, {y: 2}]",
    "id: a\ntitle: 'quoted: yes'\ndate: 2026-02-20\norder: 3\nconfidence: 0.5\nlocked: no\n",
    "when: 2026-02-30\nat: 2026-02-20 10:30:00\nzone: 2026-02-20T10:30:00+02:00\nbad: 2026-13-01",
    "on: yes\nOff: off\nnull_value: null\ntilde: ~\nempty:\nnan: .nan\ninf: -.inf\nhex: 0x1F",
    "octal: 0o17\nold_octal: 017\nsexagesimal: 1:30\nbig: 123456789012345678901234567890",
    "base: &b {x: 1, y: 2}\nother: {<<: *b, y: 3}",
    "? [a, b]\n: complex key",
    "1: int key\n2.5: float key\ntrue: bool key\n~: null key",
    "= : value key\nx: 1",
    "tags: !!set {a, b}\nblob: !!binary aGVsbG8=\nordered: !!omap [{a: 1}, {b: 2}]",
    "forced: !!str 123\nnumber: !!int '7'\nflt: !!float '1'",
    "x: !custom value",
    "key: 1\nkey: 2",
    "list:\n- - - deep\n    - [1, [2, [3]]]\n",
    "anchored: &a text\nplain: more",
    "summary: |\n  line one\n  line two\nfolded: >\n  a\n  b\n",
    "a: ''\nb: \"\"\nc: '~'\nd: '12'\ne: -1\nf: +1.5e3\ng: .5\nh: True\ni: NULL\nj: 2026-02\n",
    "[" * 200 + "]" * 200,
]


def test_plain_resolver_and_constructor_give_what_pyyaml_gives():
    texts = DOCUMENTS + [
        path.read_bytes().decode(errors="replace") for path in sorted(BROKEN.glob("*.yaml"))
    ]
    texts += [dump_event(event) for event in make_events(300)]
    for text in texts:
        try:
            expected = repr(yaml.load(text, Loader=_Reference))
        except (yaml.YAMLError, ValueError, TypeError) as error:
            expected = f"{type(error).__name__}: {error}"
        try:
            got = repr(yaml.load(text, Loader=EventLoader))
        except (yaml.YAMLError, ValueError, TypeError) as error:
            got = f"{type(error).__name__}: {error}"
        assert got == expected, text

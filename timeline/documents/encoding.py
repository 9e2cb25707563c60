"""Bytes to text: articles arrive in whatever encoding their page had."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters no prose holds: C0 and C1 controls but tab and newline, and
# the bidirectional embeddings, overrides and isolates, which make a quote
# on the site read other than it is written.
_NOT_CONTROL = bytes(range(32, 256)) + b"\t\n\r"
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# <meta charset="windows-1251">, or charset=... in a Content-Type.
_DECLARED = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with: a byte-order mark wins,
    then UTF-8, then the charset a saved page declares, then the guess of
    charset_normalizer (a trafilatura dependency), then cp1252, which never
    fails. Line ends become ``\\n``; control characters go."""
    encoding = _guess(data)
    text = data.decode(encoding, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text), encoding


def is_binary(data: bytes) -> bool:
    """Whether the bytes are no text at all (a picture or a PDF saved under
    an article's name): NUL bytes, and control bytes making more than one in
    twenty, that no UTF-16 or UTF-32 text explains. A stray NUL in prose
    does not make it binary."""
    sample = data[:8192]
    if b"\0" not in sample:
        return False
    controls = sample.translate(None, _NOT_CONTROL)
    if len(controls) * 20 <= len(sample):
        return False
    return not codecs.lookup(_guess(data)).name.startswith(("utf-16", "utf-32"))


def _guess(data: bytes) -> str:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            data.decode(name)
            return name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: guess instead
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best is not None else "cp1252"

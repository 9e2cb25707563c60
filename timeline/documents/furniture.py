"""Page furniture: what a web page puts around an article.

Text copied from a page starts with "Skip to main content", "Advertisement",
buttons in the site's own language ("Озвучить текст") and ends with credits.
None of it is prose: it is short, has no closing punctuation, or is in
another script than the article. Headings go too, since they report no
event by themselves; what is left is the article's paragraphs.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_body", "dominant_script"]

_TERMINAL = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")
_BOILERPLATE = re.compile(
    r"""^(?:
        advertisement | advert | sponsored(?:\s+content)? | skip\s+to\s+(?:main\s+)?content
        | (?:share|print|email|comments?|listen)(?:\s+(?:this|the))?(?:\s+(?:article|story|page))?
        | read\s+(?:more|also|next)\b.* | related(?:\s+(?:articles|stories|news))?
        | (?:subscribe|sign\s+up|log\s+in|sign\s+in|follow\s+us|click\s+here|download\s+our)\b.*
        | .*\ball\s+rights\s+reserved\b.* | ©.* | copyright\b.*
        | (?:photo|image|picture|video|source|credit)s?\s*:.*
        | (?:translated|machine[-\s]translated)\s+(?:by|with)\b.*
        | (?:updated|published|posted|last\s+(?:updated|modified))\s*(?:on|at)?:?\s*\S{0,4}\d.{0,30}
        | this\s+(?:article|story|report|piece)\s+(?:was|has\s+been|is)\s+
          (?:originally\s+|first\s+)?(?:updated|corrected|amended|published|produced)\b.{0,80}
        | an\s+earlier\s+version\s+of\s+this\b.* | correction\s*:.*
        | \(?(?:additional\s+)?(?:reporting|editing|writing)\s+by\b.* | comments\s+are\s+closed.*
        | (?:contact|email)\s+the\s+(?:author|writer|reporter)\b.*
        | .*\bcookies?\b.*\b(?:accept|consent|use|policy)\b.*
    )$""",
    re.X | re.I,
)
# Reader comments under an article: a comment's signature ("Posted by: x |
# September 26, 2008 1:57 AM | Report abuse"), and the heading that opens
# them ("Comments", "12 comments", "Leave a comment").
_COMMENT_SIGNATURE = re.compile(
    r"^[ \t]*(?:posted|written|submitted)\s+by:?\s[^\n]{0,80}\|[^\n]*$"
    r"|^[^\n]*\|[ \t]*(?:report\s+(?:abuse|this\s+comment)|reply)[ \t]*$",
    re.I | re.M,
)
_COMMENTS_HEADING = re.compile(
    r"^[ \t]*(?:(?:\d+\s+)?(?:reader\s+|user\s+)?comments?(?:\s*\(\d+\))?"
    r"|(?:leave|post|add)\s+(?:a|your)\s+(?:comment|reply))[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_FIRST_COMMENT = 3000  # characters a first comment may take before its signature
_MARKDOWN_BLOCK = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s?)+")
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_PROSE_WORDS = 8
_SENTENCE_WORDS = 12  # an unpunctuated line this long, mostly in lower case, is a sentence
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def dominant_script(text: str) -> str:
    """The script most letters of ``text`` are written in ("LATIN",
    "CYRILLIC", …), by the first word of their Unicode names."""
    sample = text[:20000]
    if _OTHER_LETTER.search(sample) is None:  # most text: no need to count
        return "LATIN"
    latin = len(_LATIN_LETTER.findall(sample))
    others = _OTHER_LETTER.findall(sample)
    if len(others) <= latin:
        return "LATIN"
    counts: dict[str, int] = {}
    for char in others:
        script = _script(char)
        counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__)


def _script(char: str) -> str:
    if char < "\u0250":
        return "LATIN"
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def _foreign_share(line: str, script: str) -> float:
    if script == "LATIN" and _OTHER_LETTER.search(line) is None:
        return 0.0  # no letter of another script: nothing to count
    latin = len(_LATIN_LETTER.findall(line))
    others = _OTHER_LETTER.findall(line)
    if not latin and not others:
        return 0.0
    if script == "LATIN":
        foreign = len(others)
    else:
        foreign = latin + sum(_script(char) != script for char in others)
    return foreign / (latin + len(others))


def clean_body(text: str, *, markdown: bool = False) -> str:
    """The article's prose paragraphs, separated by blank lines; every kept
    line is copied as it was (less Markdown markup when ``markdown``)."""
    text = _without_comments(text)
    script = dominant_script(text)
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.split("\n")]
        if markdown:
            lines = [_strip_markdown(line) for line in lines]
        lines = [line for line in lines if line]
        has_prose = any(_TERMINAL.search(line) for line in lines)
        kept: list[str] = []
        previous = ""  # the line before, when it was kept
        for line in lines:
            # The end of a sentence wrapped by hand ("…would take\nplace.").
            wrapped = len(previous.split()) >= _PROSE_WORDS and not _TERMINAL.search(previous)
            if _is_furniture(line, script):
                previous = ""
            elif wrapped or _is_prose(line, has_prose):
                kept.append(line)
                previous = line
            else:
                previous = ""
        if kept:
            paragraphs.append("\n".join(kept))
    return "\n\n".join(paragraphs)


def _without_comments(text: str) -> str:
    """The page up to its reader comments: they start at the heading just
    before the first comment's signature, or at that signature; a page with
    no signature keeps all (a "Comments" button alone is furniture)."""
    signature = _COMMENT_SIGNATURE.search(text)
    if signature is None:
        return text
    start = signature.start()
    # The last heading shortly before: a "Comments (3)" button under the
    # headline opens no comments.
    headings = list(_COMMENTS_HEADING.finditer(text, max(0, start - _FIRST_COMMENT), start))
    return text[: headings[-1].start() if headings else start]


def _is_furniture(line: str, script: str) -> bool:
    return bool(_BOILERPLATE.match(line.rstrip(".!"))) or _foreign_share(line, script) > 0.5


def _is_prose(line: str, block_has_prose: bool) -> bool:
    words = line.split()
    if _TERMINAL.search(line):
        # A one- or two-word line with a period is a label ("Off.", "Home.").
        return len(words) > 2
    # Unpunctuated: a heading or a button, unless it is a long line of a
    # paragraph that was wrapped by hand, or a sentence standing alone: a
    # summary point above the article ("Police say he pointed a gun at
    # officers on Saturday") or a lead cut short, as long as a sentence
    # and in lower case where a heading would be in title case.
    if block_has_prose and len(words) >= _PROSE_WORDS:
        return True
    initials = [word[0] for word in words if word[0].isalpha()]
    lower = sum(initial.islower() for initial in initials)
    return len(words) >= _SENTENCE_WORDS and lower >= len(initials) / 2


def _strip_markdown(line: str) -> str:
    if line.startswith("#") or line.startswith(("```", "---", "***", "<!--", "|")):
        return ""
    line = _MARKDOWN_BLOCK.sub("", line)
    line = _MARKDOWN_IMAGE.sub("", line)
    line = _MARKDOWN_LINK.sub(r"\1", line)
    return _MARKDOWN_EMPHASIS.sub(r"\2", line).strip()

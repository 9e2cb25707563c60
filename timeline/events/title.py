"""Headlines for timeline entries, made from the sentence an event was read
from: who did what (where), in the present tense, without the date (the
timeline shows it), the framing adverbials, asides, attributions and
articles — "On February 20, Vladimir Putin discussed with members of the
Security Council the results…" → "Vladimir Putin discusses with members of
Security Council results of meeting in Switzerland"."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.actors import FUNCTION_WORDS, without_roles
from timeline.events.lang import ENGLISH, english, words
from timeline.events.verbs import is_past, past_to_base, present

__all__ = [
    "DATELINE",
    "MAX_TITLE",
    "Relative",
    "antecedent_of",
    "is_sound",
    "main_clause",
    "make_title",
    "relative_clauses",
    "reported_start",
    "secondary_start",
    "subject_of",
    "subordinate_clause",
]

MAX_TITLE = 80

# Words that go with a date and go with it out of a headline: "on", "as of".


def _either(name: str) -> str:
    """The words of English list ``name`` as a regular-expression alternation."""
    return "|".join(getattr(ENGLISH, name).split())


_JOINERS = english("JOINERS")
_DATE_WORDS = words("DATE_WORDS")
_LEADING_ADVERBIAL = re.compile(
    r"^(?:"
    + _either("OPENERS")
    + rf"|(?:[\w-]+\s+)?(?:{_either('TIME_UNITS')})\s+(?:before|after|earlier|later))"
    + r"\b[^,]{0,70},\s*",
    re.I,
)
_ATTRIBUTION = re.compile(
    rf"""[,;]["”»']?\s*(?:(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}?(?:,[^,]{{1,60}},)?\s+)?
        (?:{_either("ATTRIBUTION_VERBS")})\b
        (?!\s+that\b)(?![^,;]*\b(?:{_either("ATTRIBUTION_AUXILIARIES")})\b)
        (?:\s+[\w.'’-]+){{0,5}}[.!?"”»]*$""",
    re.X | re.I,
)
# "The head of the European Diplomacy, Kaya Kallas, is trying…"
_NAMED_APPOSITIVE = re.compile(
    r"^(?:[Tt]he|[Aa]n?)\s[^,]{0,60},\s+(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+),\s+"
)
# ", 39," after a name: an age; ", she said," inside the sentence.
_AGE = re.compile(r",\s+\d{1,3},(?=\s)")
_INNER_ATTRIBUTION = re.compile(
    rf",\s+(?:he|she|they|(?:the\s+)?[A-Z]?[\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,2}})\s+"
    rf"(?:{_either('ATTRIBUTION_VERBS')}),(?=\s)"
)
_ACCORDING = re.compile(r",?\s*according\s+to\s+[^,]+(?:,|$)", re.I)
_ASIDE = re.compile(
    rf"""(?:\s+[—–]\s+[^—–]*\s+[—–](?=\s)|\s*\([^)]*\)
        | ,\s+(?:{_either("ASIDE_OPENERS")})\s[^,]*,(?=\s)
    )""",
    re.X,
)
# "The meeting, held on February 17-18 at a hotel, was…": set off after the subject.
_PARTICIPLE_ASIDE = re.compile(
    rf"^(?P<subject>[^,]{{1,60}}),\s+(?:[a-z]+ed|{_either('ASIDE_PARTICIPLES')})\s[^,]*,\s+"
)
_TRAILING_CLAUSE = re.compile(
    rf"""(?:,|\s[—–])\s+(?:{_either("TRAILING_OPENERS")})\b.*$|;.*$|:\s.*$
        | \s(?:{_either("RELATIVE_PREPOSITIONS")})\s+which\b.*$""",
    re.X | re.I,
)
_REPORTED = re.compile(
    rf"""^(?P<who>(?:[\w.'’-]+\s+){{1,6}}?)(?:{_either("REPORTED_VERBS")})\s+
        (?:that\s+|(?=(?:{_either("REPORTED_OPENERS")})\s))
        (?P<what>.+)""",
    re.X | re.I,
)
# "told reporters that" says no more than "said".
_TOLD = re.compile(rf"\btold\s+(?:{_either('TOLD_AUDIENCES')}|[A-Z][\w-]+)(?:\s+that)?\s+")
_FILLER = re.compile(
    rf"""\b(?:(?:{_either("ARTICLES")})\s+)?(?:(?:{_either("FILLER_ADJECTIVES")})\s+)?
        (?:{_either("FILLER_NOUNS")})\s+of\s+
        | \b(?:{_either("FILLER_GROUPS")})\s+of\s+(?:the\s+)?""",
    re.X | re.I,
)
_SPEECH = re.compile(r"""^[\s—–"“«'‘`-]+""")
# "WASHINGTON (Reuters) - ", "NAIROBI, Kenya (AP) _ ": where the story was filed.
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:,\s+[A-Z][\w .]+)?\s*(?:\([\w .&-]{1,30}\)\s*)?[-—–_:]+\s+"
)
_PRONOUN = re.compile(rf"^(?:{_either('PRONOUNS')})\b", re.I)
_POSSESSIVE = re.compile(r"^(?:its|their|his|her)\b(?=\s+[a-z])", re.I)
_DROP_WORDS = english("ARTICLES")
_ADVERBS = english("DROPPED_ADVERBS")
_DANGLING = words("DANGLING")
_REPORTING = english("REPORTING")
_DETERMINERS = english("DETERMINERS")
_SUBORDINATORS = english("SUBORDINATORS")
_AUXILIARIES = english("AUXILIARIES")
# Negated auxiliaries stay as they are: "hasn't been set".
_NEGATED = english("NEGATED")
_PREPOSITIONS = english("PREPOSITIONS")
_PRESENT_VERBS = english("PRESENT_VERBS")
_DATE_KEEPERS = english("DATE_KEEPERS")
_SCHEDULE_VERBS = english("SCHEDULE_VERBS")
_MODALS = english("MODALS")
_NAMING = english("NAMING_PARTICIPLES")
_PAST_ONLY = english("PAST_ONLY")
_COPULAS = frozenset(("is", "are", "was", "were"))
_WOULD_KEEPS = english("WOULD_KEEPS")
_ADJECTIVE_OPENERS = english("ADJECTIVE_OPENERS")
_PARTICIPLE_PREPOSITIONS = english("PARTICIPLE_PREPOSITIONS")
_LEADING_CONJUNCTIONS = english("LEADING_CONJUNCTIONS")
_CLAUSE_BREAKS = english("CLAUSE_BREAKS")
_MARKUP = re.compile(ENGLISH.MARKUP_PATTERN)
# "12,500": a comma between figures is no clause break. It is kept as a mark
# no pattern reads as a comma while the clause is cut, and put back after.
_GROUPED = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_GROUP_MARK = "\u2063"
# "Days later a painting was stolen": a time phrase without its comma.
_LEADING_TIME = re.compile(
    rf"^(?:[\w-]+\s+)?(?:{_either('TIME_UNITS')})\s+(?:later|earlier|before|after)\s+(?=\w)",
    re.I,
)
# "Our partner said, " or '"We will rebuild," the mayor said': a quote and
# its speaker after it.
_QUOTE_THEN_SPEAKER = re.compile(
    rf"""^\s*["“'‘]\s*(?P<quote>[^"“”]{{8,}}?)[,.!?]?\s*["”'’]\s*,?\s+
        (?P<who>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}?)\s+
        (?:{_either("ATTRIBUTION_VERBS")})\b[^"“”]{{0,40}}$""",
    re.X,
)
_MID_ADVERBS = english("MID_ADVERBS")
_SPACES = re.compile(r"\s+")
_NO_QUOTES = str.maketrans("", "", '"“”«»`')


def antecedent_of(text: str, names: list[str]) -> str | None:
    """Who "he", "she", "they" in the sentence after stands for: the
    subject of ``text``, unless it only speaks ("Police said the man…": the
    "he" that follows is the man, not the police)."""
    words = text.split()
    verb = _first_verb(words)
    if verb is not None and words[verb].strip(",").lower() in _SPEAKING:
        return None
    return subject_of(text, names)


def subject_of(text: str, names: list[str]) -> str | None:
    """Who a sentence is about: the last name before its first verb, else a
    short subject phrase ("The ministers"); used for "he", "she", "they"
    in the sentence after."""
    verb = _first_verb(text.split())
    if verb is None:
        return None
    head = " ".join(text.split()[:verb])
    before = [name for name in names if name in head]
    if before:
        return before[-1]
    words = head.strip(' ,—–"“').split()
    if 1 <= len(words) <= 4 and words[0].lower() in ("the", "these", "those", "both"):
        return " ".join(words)
    if 1 <= len(words) <= 3 and all(
        word[:1].isupper() and word.lower() not in FUNCTION_WORDS for word in words
    ):
        return " ".join(words)  # "Acme has unveiled…", "Police said…"
    return None


_REPORTING_THAT = re.compile(
    rf"""\b(?:{_either("REPORTING_THAT_VERBS")}|told\s+[\w ]{{1,30}}?)\s+
        (?:(?:{_either("REPORT_TIME_OPENERS")})\b[\w. ]{{0,25}}?\s+)?  # "said on Tuesday that"
        (?:that\s+|(?=(?:{_either("REPORTED_OPENERS")})\s))""",
    re.X,
)


def reported_start(text: str) -> int:
    """Where what a reporting verb reports begins ("Jobs announced that
    |Leopard would ship in 2007"); the text's length when nothing is."""
    match = _REPORTING_THAT.search(text)
    return match.end() if match else len(text)


# ", who hosted this week's meeting," set off by commas; or a clause that
# runs to the next comma: "the loan instrument that was approved in May 2025".
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose|whom|which|where)\s(?P<body>[^,]*),(?=\s)")
_RELATIVE_CLAUSE = re.compile(
    r"""(?P<comma>,?)\s(?P<pronoun>that|which|who)\s+
        (?P<body>(?:was|were|is|are|has|have|had)\s[^,;]*|[a-z]+ed\s[^,;]*)""",
    re.X,
)
# "violates an agreement reached between the two in 1991": a participle after
# a noun that a determiner opens, and a preposition after it.
_REDUCED_RELATIVE = re.compile(
    r"""\s(?P<participle>[a-z]+ed|born|made|built|held|sold|won)\s+
        (?:in|on|by|at|between|with|from|during|last|earlier)\b[^,;]*""",
    re.X,
)
_NOUN_OPENERS = english("NOUN_OPENERS")
_TIME_NOUNS = english("TIME_NOUNS")
_INDEFINITE = english("INDEFINITE")


@dataclass(frozen=True, slots=True)
class Relative:
    """A clause that tells an event of its own inside a sentence — relative
    (", who hosted…"), participial (", held on…", "an agreement reached in…")
    or adverbial ("after Hungary lifted…"): its span, where its own words
    begin, and what it is about when it does not say ("Swiss diplomats")."""

    start: int
    body: int
    end: int
    antecedent: str
    passive: bool = False  # "held on…": a participle without its "was"


def relative_clauses(text: str) -> list[Relative]:
    """The relative clauses of ``text``: their dates are not the main
    event's but their own ("…that was approved in May 2025")."""
    found = [
        Relative(m.start(), m.start("body"), m.end("body"), _antecedent(text[: m.start()]))
        for m in _RELATIVE_ASIDE.finditer(text)
    ]
    aside = _PARTICIPLE_ASIDE.match(text)
    if aside and not _drop_participle_aside(aside).endswith(", "):
        body = aside.end("subject") + 2
        found.append(
            Relative(
                aside.end("subject"),
                body,
                aside.end() - 2,
                _antecedent(aside.group("subject")),
                passive=True,
            )
        )
    for match in _REDUCED_RELATIVE.finditer(text):
        participle = match.group("participle")
        if not is_past(participle) or participle in _AUXILIARIES:
            continue
        start = match.start()
        noun = _noun_phrase(text[:start])
        if noun and _object_before(text[: start - len(noun)]):
            found.append(Relative(start, start + 1, match.end(), noun, passive=True))
    for match in _RELATIVE_CLAUSE.finditer(text):
        start = match.start()
        before = text[:start].rsplit(None, 1)[-1].lower() if text[:start].strip() else ""
        if (
            not before
            or (match.group("comma") and match.group("pronoun") == "that")
            or (before in _REPORTING or before in _AUXILIARIES or is_past(before))
        ):
            continue  # "said that it was…": what is said, not a relative clause
        if any(r.start <= match.start("pronoun") < r.end for r in found) or (
            before in _TIME_NOUNS or before in _INDEFINITE
        ):
            continue  # "the quarter, which ended…" dates the quarter; "those who…" is the subject
        found.append(
            Relative(start, match.start("body"), match.end("body"), _antecedent(text[:start]))
        )
    return found


_SUBORDINATE = re.compile(rf"(?:,\s+|\s)(?:{_either('SUBORDINATE_CONJUNCTIONS')})\s+(?=\S)")


def subordinate_clause(text: str) -> Relative | None:
    """The adverbial clause with a verb of its own that ends ``text``
    ("The decision came |after Hungary lifted its objections on Monday"):
    a date in it dates what it tells, not the main verb."""
    for match in _SUBORDINATE.finditer(text):
        words = []
        for word in text[match.end() :].split()[:6]:
            if word.lower() in ("and", "or") or word.endswith(","):
                break  # "since 2004 and has been": the verb is the main clause's
            words.append(word)
        if (
            words
            and not words[0][:1].isdigit()
            and any(
                word.islower() and word not in _AUXILIARIES and is_past(word) for word in words[1:]
            )
        ):
            return Relative(match.start(), match.end(), len(text), "")
    return None


def _noun_phrase(text: str) -> str:
    """The phrase a determiner opens at the end of ``text``, at most five
    words and no "and" ("violates an agreement" → "an agreement"); "" if none."""
    words = text.split()[-5:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.lower() in ("and", "or") or word.endswith((",", ";")):
            return ""
        if word in _NOUN_OPENERS and index < len(words) - 1:
            return " ".join(words[index:])
    return ""


def _object_before(text: str) -> bool:
    """Whether a noun phrase after ``text`` is an object: it follows a verb
    ("violates an agreement reached…") or a preposition ("in a conference
    held…"), not a subject ("the shares of the company increased…")."""
    words = text.split()
    if not words or words[-1][:1].isupper() or words[-1].endswith(","):
        return False
    word = words[-1].lower()
    if word in _PREPOSITIONS:
        return word != "of"
    return len(words) > 1 and (is_past(word) or (word.endswith("s") and word not in _DANGLING))


def _antecedent(text: str) -> str:
    """The noun phrase that ends ``text``: back to a comma or a verb, at
    most eight words ("They discussed the SAFE programme, the loan
    instrument" → "the loan instrument")."""
    words = text.rsplit(",", 1)[-1].split()[-8:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower()
        if word in _AUXILIARIES or (index and is_past(word) and word[:1].islower()):
            words = words[index + 1 :]
            break
    # "will replace Mac OS X": the verb after an auxiliary goes too
    while words and words[0][:1].islower() and words[0].lower() not in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def secondary_start(text: str) -> int:
    """Where the sentence's attribution, "according to" or trailing clause
    begins (its length when it has none)."""
    starts = [len(text)]
    for pattern in (_ACCORDING, _ATTRIBUTION, _TRAILING_CLAUSE):
        match = pattern.search(text)
        if match:
            starts.append(match.start())
    return min(starts)


def main_clause(text: str, date_spans: Sequence[tuple[int, int]] = ()) -> str:
    """What the sentence says without its dates, framing adverbials, asides,
    attributions and trailing clauses: "On February 20, she took part in a
    meeting …, the agency said" → "she took part in a meeting …"."""
    return _main_clause(text, tuple(date_spans))


@lru_cache(maxsize=4096)
def _main_clause(text: str, date_spans: tuple[tuple[int, int], ...]) -> str:
    # Each pattern is tried only when its marks are there: this runs for
    # every sentence of every article.
    text = _GROUPED.sub(_GROUP_MARK, text)
    clause = _SPEECH.sub("", DATELINE.sub("", _without_dates(text, date_spans)))
    if "px" in clause:
        clause = _MARKUP.sub("", clause)
    if "ccording" in clause:
        clause = _ACCORDING.sub(" ", clause)
    if "," in clause:
        clause = _INNER_ATTRIBUTION.sub("", _AGE.sub("", clause))
    if "," in clause:
        for _ in range(3):
            clause = _LEADING_ADVERBIAL.sub("", clause.lstrip(" ,"))
    if "," in clause or ";" in clause:
        clause = _ATTRIBUTION.sub("", clause)
        if clause[:2] in ("Th", "th", "A ", "a ", "An", "an"):
            clause = _NAMED_APPOSITIVE.sub(r"\g<name> ", clause)
    clause = _ASIDE.sub("", clause)
    clause = _PARTICIPLE_ASIDE.sub(_drop_participle_aside, clause)
    clause = _TRAILING_CLAUSE.sub("", clause)
    for relative in reversed(relative_clauses(clause)):
        if clause[: relative.start].strip(" ,") != relative.antecedent:
            # "Those of us who have been…" keeps its clause: the verb is there
            clause = clause[: relative.start] + clause[relative.end :]
    if ", " in clause:
        clause = _TRAILING_APPOSITION.sub(_drop_apposition, clause)
    if clause[:1].isupper() and clause.split(" ", 1)[0].lower() in _LEADING_CONJUNCTIONS:
        clause = clause.split(" ", 1)[-1]  # "But anger grew…"
    clause = _LEADING_TIME.sub("", clause)
    clause = clause.replace(_GROUP_MARK, ",")
    return _SPACES.sub(" ", clause).strip(" ,.;:!?\"”»'’—–")


_UNRESOLVED = english("UNRESOLVED")
_SPEAKING = english("ATTRIBUTION_VERBS") | _REPORTING


def is_sound(title: str) -> bool:
    """Whether a headline reads as a sentence of its own: it has a verb and
    does not open with a pronoun that stands for nobody it names, nor with
    the relative word of a fragment ("Many of whom…"). One that is not is
    no proposal an editor should have to read first."""
    words = title.split()
    if not words or words[0].lower() in _UNRESOLVED | _SUBORDINATORS | _CLAUSE_BREAKS:
        return False  # "He…" for nobody named; "If EU continues…" is half a sentence
    if any(word.lower() in ("whom", "whose") for word in words[:3]):
        return False
    return any(_verb_like(words, index) for index in range(1, len(words)))


def _verb_like(words: list[str], index: int) -> bool:
    """A finite verb, a headline participle or "to" and a verb at ``index``;
    a lower-case word in -s after a noun counts ("Kraft makes…")."""
    word = words[index].strip(",;:").lower()
    if word in _AUXILIARIES or word in _MODALS or word in _NEGATED or word == "to":
        return True
    if not words[index][:1].islower():
        return False
    if is_past(word) and not _adjectival(words, index):
        return True
    before = words[index - 1].lower()
    plain = word.isalpha() and word not in _DANGLING and word not in _ADJECTIVE_OPENERS
    if plain and (_plural_noun(before) or (index > 1 and words[index - 1][:1].isupper())):
        return True  # "Ministers sign…", "Talks in Tallinn end"
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and not before[:1].isdigit()
        and before not in _DETERMINERS
        and before not in _PREPOSITIONS
        and before not in _ADJECTIVE_OPENERS
        and before not in _DANGLING
    )


def _plural_noun(word: str) -> bool:
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))) or (
        word in _PLURALS
    )


def make_title(
    text: str,
    date_spans: Sequence[tuple[int, int]] = (),
    subject: str | None = None,
    *,
    reported: bool = False,
    names: Collection[str] = (),
) -> str:
    """A headline of at most ``MAX_TITLE`` characters for the sentence
    ``text``; ``date_spans`` are the offsets of date words in ``text``;
    ``subject`` stands in for a pronoun that opens the clause. "X said that
    Y" makes "X says Y", or "Y" when the event is what was ``reported``;
    ``names`` are the people and organisations the sentence names."""
    quoted = _QUOTE_THEN_SPEAKER.match(_without_dates(text, date_spans))
    if quoted and not _PRONOUN.match(quoted.group("who")):
        # "'We will rebuild the bridge,' the mayor said": the speaker says it.
        who, quote = quoted.group("who"), quoted.group("quote").strip()
        if quote.split(" ", 1)[0].lower() in FUNCTION_WORDS and not quote.startswith("I "):
            quote = quote[:1].lower() + quote[1:]
        words = [w for w in f"{who} says {quote}".split() if w.lower() not in _DROP_WORDS]
        return _capitalised(_fit(words))
    clause = _TOLD.sub("said ", main_clause(text, date_spans))
    report = _REPORTED.match(clause) if reported else None
    if report:
        who = report.group("who").strip()
        clause = report.group("what")
        if not _PRONOUN.match(who):
            subject = who
        for _ in range(2):
            clause = _LEADING_ADVERBIAL.sub("", clause)
    if subject and _PRONOUN.match(clause):
        clause = _PRONOUN.sub(subject, clause, count=1)
        names = [*names, subject]
    elif subject and _POSSESSIVE.match(clause):
        # "Its members voted…" → "The rail union's members voted…"
        clause = _POSSESSIVE.sub(lambda _match: f"{subject}'s", clause, count=1)
    elif subject and _starts_with_verb(clause):
        clause = f"{subject} {clause}"  # "…and took leave in 2009": who took it
        names = [*names, subject]
    if " of " in clause:
        clause = _FILLER.sub(_drop_filler, clause)
    clause = clause.replace("''", "").translate(_NO_QUOTES)  # `` and '' too
    words = [word for word in clause.split() if word.lower() not in _ADVERBS]
    words = _headline_verb(words, names)
    if len(" ".join(words)) > MAX_TITLE:
        words = without_roles(words)
    words = [
        word
        for index, word in enumerate(words)
        if word.lower() not in _DROP_WORDS or (index and word[:1].isupper())
    ]
    return _capitalised(_fit(words))


def _capitalised(title: str) -> str:
    first = title.split(" ", 1)[0]
    if any(char.isupper() for char in first[1:]):
        return title  # "iPhone", "eBay" keep their own capitals
    return title[:1].upper() + title[1:]


# "…discussed the SAFE programme, the EU loan instrument": the noun again.
_TRAILING_APPOSITION = re.compile(r",\s+(?:the|a|an)\s[^,]*$")


def _drop_filler(match: re.Match[str]) -> str:
    """ "with members of the Council" → "with the Council"; "permanent
    members of" keeps its noun, which the adjective qualifies."""
    before = match.string[: match.start()].rsplit(None, 1)
    word = before[-1].lower() if before else ""
    qualified = word.isalpha() and word not in _DANGLING and not is_past(word)
    if qualified and match.group(0)[:1].lower() in "mr":
        return match.group(0)
    return ""


def _drop_apposition(match: re.Match[str]) -> str:
    words = match.group(0).split()
    if any(word in _AUXILIARIES or (word.islower() and is_past(word)) for word in words):
        return match.group(0)  # ", the ministers agreed": a clause of its own
    return ""


def _drop_participle_aside(match: re.Match[str]) -> str:
    subject = match.group("subject")
    if any(is_past(word) or word in _AUXILIARIES for word in subject.lower().split()):
        return match.group(0)  # "They signed X, discussed Y, …": verbs in a row
    return subject + " "


def _starts_with_verb(clause: str) -> bool:
    first = clause.split(" ", 1)[0]
    return first.islower() and (first in _AUXILIARIES or is_past(first))


def _without_dates(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text without its date words and the prepositions that go with
    them ("on March 3"); a date that qualifies a noun goes alone ("at this
    year's fair" → "at fair")."""
    for start, end in sorted(spans, reverse=True):
        if not (0 <= start < end <= len(text)):
            continue
        head = text[:start].rstrip()
        tail = text[end:].lstrip()
        if _keeps_date(head, tail):
            continue
        if tail.startswith(("'s ", "’s ")):
            tail = tail[3:]
        else:
            while head:
                cut = head.rfind(" ") + 1
                if head[cut:].lower() not in _DATE_WORDS:
                    break
                head = head[:cut].rstrip()
        if tail.startswith(",") and (
            not head or head.endswith(",") or head.rsplit(" ", 1)[-1].lower() in _JOINERS
        ):
            tail = tail[1:].lstrip()  # "that as of January, Apple held" → "that Apple held"
        elif not head and tail.startswith(":"):
            tail = tail[1:].lstrip()  # a chronology's "Sept. 7: Lehman files…"
        text = head + " " + tail
    return _SPACES.sub(" ", text).replace(" ,", ",").strip()


def _keeps_date(head: str, tail: str) -> bool:
    """Whether a date is part of what the clause says and stays in the
    headline: it qualifies a claim ("not in recession since 2001"), it is what
    was scheduled ("is scheduled for March 3"), or it is the subject
    ("Friday was chosen")."""
    before = head.rsplit(None, 2)[-2:] if head else []
    if before and before[-1].lower() in _DATE_KEEPERS:
        return True
    if len(before) > 1 and before[-1].lower() in _DATE_WORDS:
        return before[0].lower() in _SCHEDULE_VERBS
    if head.strip(" ,\"“'‘—–-") or not tail:
        return False
    first = tail.split(None, 1)[0]
    return first in _AUXILIARIES or (first.islower() and is_past(first))


def _first_verb(words: list[str]) -> int | None:
    """The main verb's position, if it comes before any subordinate clause;
    the verb of a relative clause on the subject is passed over ("The quake
    that struck the coast |killed…", "The man who was arrested |has…")."""
    relative = False
    skipping: bool | str = False  # True, then "verb" in the relative clause's verbs
    for index, word in enumerate(words[:16]):
        bare = word.strip(',.;:"“”').lower()
        if bare in ("that", "which", "who") and 0 < index < 5 and not relative:
            previous = words[index - 1].lower().strip(",")
            if not (previous in _REPORTING or is_past(previous) or previous in _AUXILIARIES):
                relative = skipping = True
                continue
        if bare in _SUBORDINATORS:
            return None
        if index and words[index - 1].lower() in ("to", "be", "been", "being"):
            continue
        verb = index and (
            bare in _AUXILIARIES
            or bare in _NEGATED
            or bare in _MODALS
            or bare in _PRESENT_VERBS
            or (
                is_past(bare)
                and word[:1].islower()
                and not _adjectival(words, index)
                and not _reduced_relative(words, index)
            )
        )
        if skipping == "verb" and not (verb or _is_adverb(word) or bare == "not"):
            skipping = False  # the relative clause's verb group has ended
        if verb and skipping:
            skipping = "verb"
            continue
        if verb:
            return index
    return None


def _adjectival(words: list[str], index: int) -> bool:
    """A participle after a determiner is an adjective: "the (recently)
    announced iPhone"."""
    before = words[index - 1].lower()
    if before in ("that", "which", "who"):
        return False  # "the quake that struck…"
    following = words[index + 1] if index + 1 < len(words) else ""
    if words[index].lower() in _NAMING and following[:1].isupper():
        return True  # "a company called Heritage Properties"
    if before.endswith("ly") and index > 1:
        before = words[index - 2].lower()
    return (
        before in _DETERMINERS
        or before in _ADJECTIVE_OPENERS
        or (before in _PREPOSITIONS and before != "to")
    )


def _reduced_relative(words: list[str], index: int) -> bool:
    """A participle that qualifies the noun before it, with the clause's
    verb still to come: "iPods sold in France have…", "the phone developed
    by Cisco is…"."""
    if index + 1 >= len(words) or words[index].lower() in _PAST_ONLY:
        return False
    following = words[index + 1].lower()
    # "repaired after the floods were…": "after" may open a clause of its own
    # ("grew after the mayor cut…"), so only a copula or a modal tells
    conjunction = following in _PARTICIPLE_PREPOSITIONS
    if following not in _PREPOSITIONS and not conjunction:
        return False
    for position in range(index + 2, min(len(words), index + 16)):
        word = words[position]
        bare = word.lower().strip(",")
        if bare in _COPULAS or bare in _MODALS or bare in _NEGATED:
            return True
        if conjunction or words[position - 1].lower() in ("to", "be", "been", "being"):
            continue
        if bare in _AUXILIARIES:
            return True
        if is_past(bare) and word[:1].islower() and not _adjectival(words, position):
            return True  # "A report published by an institute found…"
        after = words[position + 1].lower() if position + 1 < len(words) else ""
        if word.endswith(",") and after in _COPULAS:
            return True  # "a cable owned by the firm, was cut"
        if word.endswith(",") or bare in _SUBORDINATORS or bare in _CLAUSE_BREAKS | {"and", "but"}:
            return False  # "escaped from a van after he pulled…": the verb was the first
        if bare in ("he", "she", "they", "we", "i", "it"):
            return False
    return False


def _headline_verb(words: list[str], names: Collection[str] = ()) -> list[str]:
    """Put the first verb in the headline present: "took part" → "takes
    part", "has unveiled" → "unveils", "was renamed" → "renamed",
    "will meet" → "to meet"."""
    index = _first_verb(words)
    if index is None:
        return words
    plural = _plural_subject(words[:index], names)
    verb = words[index].lower().rstrip(",;:")
    mark = words[index][len(verb) :]  # a comma after the verb stays after it
    rest = words[index + 1 :]
    # Adverbs may stand between an auxiliary and its participle ("was first
    # shown"); they stay in the headline.
    adverbs = 0
    while adverbs < len(rest) - 1 and _is_adverb(rest[adverbs]):
        adverbs += 1
    following = rest[adverbs].lower().rstrip(",;:") if rest else ""
    before, after = rest[:adverbs], rest[adverbs + 1 :]
    if verb in _NEGATED or verb in _MODALS:
        return words  # "could be seen" stays
    if verb == "would" and following in _WOULD_KEEPS:
        return words  # "would like to thank" is no future
    if verb in ("will", "would") and following not in ("not", "be"):
        return [*words[:index], "to", *rest]
    if verb in ("was", "were", "is", "are") and rest and is_past(following):
        return [*words[:index], *rest]
    if verb in ("has", "have", "had") and rest and is_past(following) and following != "been":
        participle = rest[adverbs]
        verb_now = present(past_to_base(following), plural) + participle[len(following) :]
        return [*words[:index], *before, verb_now, *after]
    if verb in ("has", "have", "had") and following == "been" and after:
        return [*words[:index], *before, *after]
    if verb in ("was", "were"):
        return [*words[:index], present("be", plural), *rest]
    if is_past(verb) and verb not in _AUXILIARIES:
        if rest and rest[0] == "that" and verb in _REPORTING:
            rest = rest[1:]  # "says that the plan…" → "says the plan…"
        rest = _coordinated_present(rest, plural)
        return [*words[:index], present(past_to_base(verb), plural) + mark, *rest]
    return words


def _coordinated_present(words: list[str], plural: bool) -> list[str]:
    """ "…welcomes decision and called on…" → "…and calls on…": past verbs
    coordinated with the headline's verb, by "and" or in a list, go to the
    present with it."""
    result = list(words)
    for index in range(1, len(result)):
        word = result[index]
        before = result[index - 1]
        listed = before.endswith(",") or (
            before.lower() == "and" and index > 1 and result[index - 2].endswith(",")
        )
        if (listed or before.lower() == "and") and word.islower() and is_past(word.rstrip(",;:")):
            bare = word.rstrip(",;:")
            following = result[index + 1].lower() if index + 1 < len(result) else ""
            # "new and used cars": a participle before its noun is an adjective
            if bare not in _AUXILIARIES and (
                listed
                or not following
                or following in _DETERMINERS
                or following in _PREPOSITIONS
                or following in ("a", "an", "up", "out", "off")
            ):
                result[index] = present(past_to_base(bare), plural) + word[len(bare) :]
    return result


def _is_adverb(word: str) -> bool:
    lower = word.lower()
    return lower in _MID_ADVERBS or (lower.endswith("ly") and len(lower) > 4)


# Subjects that take the plain form of the verb: plurals without an s, and "I", "you".
_PLURALS = english("PLURALS")


def _plural_subject(subject: list[str], names: Collection[str]) -> bool:
    """Whether the subject is plural: "A and B", "they", or a head noun in
    the plural ("ministers"); a name ending in s ("Kallas") is one."""
    head: list[str] = []
    for position, word in enumerate(subject):
        if word.lower() in _PREPOSITIONS or (position and word.endswith("ing")):
            break  # "Protesters taking part in the march occupy…"
        head.append(word.strip(',"“”'))
    while len(head) > 1 and _is_adverb(head[-1]):
        head.pop()  # "officials desperately tried"
    if not head:
        return False
    if "and" in (word.lower() for word in head) or head[-1].lower() in _PLURALS:
        return True
    last = head[-1]
    if last.islower() and last.endswith("men") and len(last) > 4:
        return True  # "firemen", "gunmen"
    # A capital is a name's, unless it only opens the sentence ("Envoys met").
    proper = last[:1].isupper() and (len(head) > 1 or any(last in name for name in names))
    return not proper and last.endswith("s") and not last.endswith(("ss", "us", "is"))


# ", Ukraine and United States": the last items of a list.
_LIST_REST = re.compile(r",\s[^,]{1,40}?\s(?:and|or)\s[^,]{1,40}$")


def _fit(words: list[str]) -> str:
    """Words up to ``MAX_TITLE`` characters, cut at a clause break when
    there is one, never ending on a word that needs another."""
    text = " ".join(words)
    if len(text) > MAX_TITLE:
        cut = text[: MAX_TITLE + 1]
        comma = cut.rfind(", ")
        if _LIST_REST.match(text[comma:]):
            comma = -1  # "from Russia, Ukraine and United States": a list is not cut short
        best = max(comma, cut.rfind(" — "), cut.rfind(" but "))
        conjunction = cut.rfind(" and ")
        if conjunction > best and cut[conjunction + 5 : conjunction + 6].islower():
            best = conjunction
        if best < MAX_TITLE // 2:
            # No clause break: drop the phrase the limit cuts into.
            cut = cut.rsplit(" ", 1)[0]
            best = max(cut.rfind(f" {word} ") for word in _PREPOSITIONS if word != "of")
            if best < MAX_TITLE // 2:  # "of" binds nouns: cut there only when nothing else
                best = cut.rfind(" of ")
            if best < MAX_TITLE // 2:
                best = len(cut)
        text = cut[:best]
    words = text.split()
    while len(words) > 2 and (
        words[-1].lower().strip(",;:—–-") in _DANGLING | {""}
        or words[-1].endswith(("'s", "’s"))  # "strikes eastern Indonesia's"
        or (words[-2].endswith(",") and words[-1].endswith("ing"))  # ", arriving"
    ):
        words.pop()
    return " ".join(words).strip(' ,;:—–-"“')

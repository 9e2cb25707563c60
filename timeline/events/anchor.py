"""When each sentence's event happened.

A sentence is anchored to a date expression of its own (one per dated
clause, and apart, the date of what a reporting verb reports); failing
that, to the event a phrase points back to ("Prior to that", "just before
the meeting in Krakow": before that event's date); failing that, a sentence
told in the past takes the day that frames the story (the last one given,
shortly before publication), and anything else — the lead's own news, a
state described in the present — the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Protocol

from timeline.dates import EDTFError, parse_edtf
from timeline.documents import Sentence
from timeline.events.anchor_model import (
    AnchorModel,
    Candidate,
    SentenceFacts,
    candidates,
    mentions_of,
    reported_tense,
)
from timeline.events.cues import chronology_entry, quoted_saying
from timeline.events.lang import ENGLISH
from timeline.events.sentence import _PUNCTUATION, Annotation
from timeline.events.verbs import is_past
from timeline.same_event import content_words, stem
from timeline.temporal.grammar import load as load_temporal

__all__ = ["Anchor", "TimexLike", "anchor_candidates", "anchor_sentences"]


class TimexLike(Protocol):
    """What anchoring reads of ``timeline.temporal.Timex`` (read only, as
    the frozen ``Timex`` has them)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def edtf(self) -> str | None: ...
    @property
    def relative(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Anchor:
    """A sentence's date, the words it came from, and how it was found:
    "sentence", "reported" (the date of what a reporting verb reports),
    "before" / "after" / "same" (pointed back to an earlier event),
    "relative" (the date of a relative clause: "the fund that was approved
    in May 2025"),
    "context" (the date that frames the story) or "published"."""

    date: str
    date_text: str
    how: str
    span: tuple[int, int] | None = None  # the date words in the document
    clause: tuple[int, int] | None = None  # the words that tell this event, when not all
    subject: str | None = None  # who the clause is about, when it does not say


# Phrases that point back to the event just told, and where they put the
# new one relative to it.
_BACK_REFERENCE = re.compile(
    r"""^\W*(?:
        (?P<before>prior\s+to\s+(?:that|this|it)|before\s+(?:that|this|then)|previously|earlier)
        | (?P<after>after\s+(?:that|this)|afterwards|later|subsequently|since\s+then)
        | (?P<same>then|the\s+same\s+day|that\s+day|on\s+the\s+same\s+day)
    )\b""",
    re.X | re.I,
)
# "just before the meeting in Krakow": an event named by its words; "three
# days after the escape": so long before or after it.
_NAMED_REFERENCE = re.compile(
    r"""\b(?:(?:(?P<count>\d{1,2}|"""
    + "|".join(ENGLISH.AGE_COUNTS)
    + r""")\s+(?P<unit>day|week|month|year)s?|the\s+(?P<one>day|week|month|year))\s+
        |(?:just|shortly|immediately|soon|days?|weeks?)\s+)?
        (?P<relation>before|after|following|prior\s+to|ahead\s+of|at|during|on\s+the\s+eve\s+of
            |since)
        \s+(?:the|its|their|his|her)\s+
        (?P<what>(?:[\w-]+\s+){0,4}?[\w-]+)(?=[,.;]|\s+(?:in|with|of|on|the)\b|$)""",
    re.X | re.I,
)
_RELATIONS = (
    "before",
    "after",
    "following",
    "prior to",
    "ahead of",
    "at",
    "during",
    "eve of",
    "since",
)
_DETERMINERS = ("the", "its", "their", "his", "her")
# What a sentence holds when it may point back at an event: "after the", "since its"…
_RELATION_PHRASES = tuple(f"{word} {det} " for word in _RELATIONS for det in _DETERMINERS)
_CONTENT_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w-]{2,}")
_DATE_TYPES = ("DATE", "TIME")
# "The previous round took place on February 4": background, not the story's day.
_FLASHBACK = re.compile(r"\b(?:previous|previously)\b", re.I)
# A sentence that opens on a pronoun, or says "X also did", goes on with the one before.
_CONTINUES = re.compile(
    r"^\W*(?:(?:he|she|they|it|his|her|their|its)\b|(?:[\w'’-]+\s+){1,4}?also\s)", re.I
)
# "Jobs announced today": the writer's day, often not the story's.
_DEICTIC = re.compile(r"^(?:today|tonight|now|this\s+(?:morning|afternoon|evening))$", re.I)
# How close to publication a date must be to frame what follows.
_STORY_DAYS = 31


def anchor_sentences(
    text: str,
    sentences: Sequence[Sentence],
    timexes: Sequence[TimexLike],
    published: dt.date | None,
    annotations: Sequence[Annotation],
    model: AnchorModel | None = None,
) -> list[list[Anchor]]:
    """The anchors of each sentence of ``text``, the main event's first;
    ``annotations`` are the sentences' own: one told in the simple past
    may take the date last mentioned; one in the present (or the perfect,
    the day's news) describes the state on publication. With a ``model``,
    the main event's date is the candidate it scores best
    (``anchor_model.py``), the rules' choice among the others."""
    timexes = _past_dates(sentences, annotations, timexes, published)
    timexes = _past_chronology(sentences, annotations, timexes, published)
    by_sentence = _timexes_by_sentence(sentences, timexes)
    result: list[list[Anchor]] = []
    told: list[tuple[frozenset[str], Anchor]] = []  # earlier events: their words and dates
    news: Anchor | None = None  # the latest day given that frames the story
    previous: Anchor | None = None  # the previous sentence's date, when it frames the story
    targets: dict[int, dt.date] = {}  # sentences that date by an age ("then a month old")
    for index, sentence in enumerate(sentences):
        annotation = annotations[index]
        anchors, others = _own_dates(sentence, annotation, by_sentence[index])
        target = _age_target(sentence.text, told)
        if target is not None:
            targets[index] = target
        if not anchors:
            anchor = _pointed_back(sentence.text, told)
            if anchor is None:
                # "they told our correspondent": as the story is written.
                # '"We will not leave," Smith said': the saying's tense.
                saying = quoted_saying(annotation) or annotation
                in_past = (
                    saying.past and not saying.perfect and not _PRESS_CONTACT.search(sentence.text)
                )
                # "He did not say…" goes on with the sentence before; a new
                # subject ("Zelensky welcomed…") reacts to the story's news.
                goes_on = previous is not None and _CONTINUES.match(sentence.text)
                frame = previous if goes_on else news
                anchor = _from_own_clause(
                    annotation, others, sentence.start, frame, goes_on=bool(goes_on)
                )
                if anchor is None:
                    anchor = _fallback(frame if in_past else None, published)
            anchors = [anchor] if anchor else []
        anchors.extend(others)
        result.append(anchors)
        previous = None
        words: frozenset[str] | None = None  # the sentence's, once, for what points back to it
        for anchor in anchors:
            if anchor.how == "published":
                continue  # only dates the text gives frame what follows
            if _frames_story(anchor, published) and not _FLASHBACK.search(sentence.text):
                if previous is None and anchor.how not in ("reported", "relative"):
                    previous = anchor
                if (
                    anchor.how in ("sentence", "same")
                    and not _DEICTIC.match(anchor.date_text)
                    and (news is None or _later(anchor, news))
                ):
                    news = anchor
            if anchor.clause is not None and anchor.clause != (sentence.start, sentence.end):
                # "fighting cancer since 2004 and on leave since January":
                # "the leave" points back to the second clause's date
                start, end = anchor.clause
                told.append((content_words(text[start:end]), anchor))
                continue
            if words is None:
                words = content_words(sentence.text)
            told.append((words, anchor))
    if model is not None:
        found = anchor_candidates(text, sentences, timexes, published, annotations, result)
        result = [
            _chosen(anchors, model.best(options)) if options else anchors
            for anchors, options in zip(result, found, strict=True)
        ]
    return [
        _aged(anchors, targets[index]) if index in targets else anchors
        for index, anchors in enumerate(result)
    ]


_AGE_THEN = re.compile(ENGLISH.AGE_THEN_PATTERN, re.X | re.I)
_AGE_COUNTS: dict[str, int] = ENGLISH.AGE_COUNTS
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
_YEAR = re.compile(r"\d{4}")


def _age_target(text: str, told: list[tuple[frozenset[str], Anchor]]) -> dt.date | None:
    """About when a clause happened that says how old something then was
    ("the uprising, then a month old, …"): when the text said it began, plus
    that age."""
    match = _AGE_THEN.search(text)
    if match is None:
        return None
    count = _AGE_COUNTS.get(match.group("count").lower())
    if count is None and match.group("count").isdigit():
        count = int(match.group("count"))
    began = _find_told(content_words(match.group("what")), set(), told)
    if count is None or began is None:
        return None
    start = parse_edtf(began.date).lower()
    if start is None:
        return None
    return start + dt.timedelta(days=round(count * _UNIT_DAYS[match.group("unit").lower()]))


def _aged(anchors: list[Anchor], target: dt.date) -> list[Anchor]:
    """The anchors with a date that gave no year moved to the year nearest
    ``target``: "on 22 April", told of an uprising then a month old that
    began in March 2011, is 22 April 2011 in an article of 2012."""
    result = []
    for anchor in anchors:
        edtf = parse_edtf(anchor.date)
        day = edtf.lower()
        if (
            day is None
            or edtf.interval
            or edtf.precision not in ("day", "month")
            or not anchor.date_text
            or _YEAR.search(anchor.date_text)
        ):
            result.append(anchor)
            continue
        years = (target.year - 1, target.year, target.year + 1)
        year = min(years, key=lambda y: abs((_with_year(day, y) - target).days))
        moved = f"{year:04d}{anchor.date[4:]}"
        result.append(Anchor(moved, anchor.date_text, anchor.how, anchor.span, anchor.clause))
    return result


def _with_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


# Anchors the rules give to an event of the sentence other than its main one.
_OTHER_EVENTS = ("reported", "relative")
# The rules' anchors the model may overrule: a phrase that points back
# ("prior to that", "after the meeting") says by itself where its event lies,
# and a sentence the rules leave undated stays so.
_LEARNED = ("sentence", "context", "published")


def tense_of(annotation: Annotation) -> str:
    """The tense the anchor model reads: "past", "perfect", "future" or "present"."""
    return "perfect" if annotation.perfect else annotation.tense


def anchor_candidates(
    text: str,
    sentences: Sequence[Sentence],
    timexes: Sequence[TimexLike],
    published: dt.date | None,
    annotations: Sequence[Annotation],
    rule_anchors: Sequence[Sequence[Anchor]],
) -> list[list[Candidate]]:
    """Every date each sentence's main event could take, with the features
    the anchor model reads (also what ``eval/train_anchor.py`` trains on);
    none where the rules decide alone."""
    by_sentence = _timexes_by_sentence(sentences, timexes)
    flat = [(number, timex) for number, found in enumerate(by_sentence) for timex in found]
    mentions = mentions_of(
        text,
        [number for number, _ in flat],
        [(t.start, t.end, t.text, str(t.edtf), t.relative) for _, t in flat],
    )
    words = [content_words(sentence.text) for sentence in sentences]
    all_tenses = [tense_of(annotation) for annotation in annotations]
    result: list[list[Candidate]] = []
    for index, sentence in enumerate(sentences):
        anchors = rule_anchors[index]
        main = [a.date for a in anchors if a.how not in _OTHER_EVENTS]
        others = [a.date for a in anchors if a.how in _OTHER_EVENTS]
        how = next((a.how for a in anchors if a.how not in _OTHER_EVENTS), "none")
        tense = all_tenses[index]
        reported = reported_tense(sentence.text)
        if (
            how not in _LEARNED
            or (tense != "past" and reported != "past")
            or _PRESS_CONTACT.search(sentence.text)
        ):
            # "Latvia has raised objections", "Critics say it breaks the
            # pact": the news of the day and a state on publication, as the
            # rules have it; "Police say he fired" tells a past event. What
            # a source told the newsroom is as the story is written.
            result.append([])
            continue
        facts = SentenceFacts(index, tense, sentence.text, how, reported)
        # A date the sentence names only to compare with is no candidate of
        # its own ("its first loss since 1992"); one in brackets may be
        # ("on Thursday (June 13)").
        compared = frozenset(
            str(t.edtf)
            for t in by_sentence[index]
            if _compared(sentence.text, t.start - sentence.start)
        )
        result.append(
            candidates(facts, mentions, published, main, others, words, all_tenses, compared)
        )
    return result


def _chosen(anchors: list[Anchor], best: Candidate | None) -> list[Anchor]:
    """The sentence's anchors with the main event's date the model's
    choice; the rules' anchors are kept when the model picks a date one of
    them has."""
    if best is None or any(a.date == best.date for a in anchors):
        return anchors
    how = {"own": "sentence", "published": "published"}.get(best.source, "context")
    main = next((i for i, a in enumerate(anchors) if a.how not in _OTHER_EVENTS), None)
    clause = anchors[main].clause if main is not None else None
    chosen = Anchor(best.date, best.text, how, best.span, clause)
    if main is None:
        return [chosen, *anchors]
    return [*anchors[:main], chosen, *anchors[main + 1 :]]


def _precision(anchor: Anchor) -> str | None:
    try:
        return parse_edtf(anchor.date).precision
    except EDTFError:
        return None


def _later(anchor: Anchor, than: Anchor) -> bool:
    """Whether ``anchor`` starts on or after ``than``: of two days that
    frame the story, the later one is its news."""
    first, second = parse_edtf(anchor.date).lower(), parse_edtf(than.date).lower()
    return first is not None and (second is None or first >= second)


def _frames_story(anchor: Anchor, published: dt.date | None) -> bool:
    """Whether later sentences told in the past may take this date: a day
    (or a few days) shortly before publication frames the story; a year, a
    date long past ("fighting cancer since 2004") or one still to come does
    not."""
    try:
        edtf = parse_edtf(anchor.date)
    except EDTFError:
        return False
    lower, upper = edtf.lower(), edtf.upper()
    if edtf.precision != "day" or lower is None or upper is None:
        return False
    if (upper - lower).days > _STORY_DAYS:
        return False
    # Only what has happened by publication frames what is told in the past.
    return published is None or 0 <= (published - lower).days <= _STORY_DAYS


def _fallback(last: Anchor | None, published: dt.date | None) -> Anchor | None:
    """The date that frames the story, when one does; else the publication
    date, as for the lead, which tells the article's own news."""
    if last is not None:
        return Anchor(last.date, last.date_text, "context", last.span)
    if published is not None:
        return Anchor(published.isoformat(), "", "published")
    return None


def _from_own_clause(
    annotation: Annotation,
    others: list[Anchor],
    offset: int,
    frame: Anchor | None,
    *,
    goes_on: bool = False,
) -> Anchor | None:
    """The date of a sentence whose main clause, told in the past, gives
    none, from a relative or adverbial clause that does: "The storm, which
    hit the coast last week, killed 12 people", "He was serving a life
    sentence after being convicted in June 1998". A clause that sets the
    main one after or before its own leaves it to the story's ``frame`` when
    that lies within a week of it ("The approval came after Latvia dropped
    its veto on Monday", the budget approved on Wednesday). Not a saying
    ("The president, who took office in July, said…": the saying is the
    day's news), nor a state in the present ("Sites suggest waiting for the
    release, which is expected in late May"). A sentence that ``goes_on``
    with the one before keeps its frame against a clause that describes a
    noun ("They also reviewed the fund, the credit line that was approved in
    May 2024")."""
    relative = next((a for a in others if a.how == "relative"), None)
    if (
        relative is None
        or relative.clause is None
        or not annotation.past
        or annotation.report < len(annotation.text)
        or annotation.reported is not None
    ):
        return None
    clause = next((r for r in annotation.relatives if offset + r.body == relative.clause[0]), None)
    if clause is None or (goes_on and clause.antecedent):
        return None
    opener = annotation.text[clause.start : clause.body].split()
    if opener and opener[0].lower() in annotation.grammar.date_keepers and _near(frame, relative):
        return None
    return Anchor(relative.date, relative.date_text, "sentence", relative.span)


_NEAR_DAYS = 7


def _near(frame: Anchor | None, anchor: Anchor) -> bool:
    """Whether ``frame`` begins within a week of where ``anchor`` does."""
    if frame is None:
        return False
    try:
        first, second = parse_edtf(frame.date).lower(), parse_edtf(anchor.date).lower()
    except EDTFError:
        return False
    return first is not None and second is not None and abs((first - second).days) <= _NEAR_DAYS


def _timexes_by_sentence(
    sentences: Sequence[Sentence], timexes: Sequence[TimexLike]
) -> list[list[TimexLike]]:
    result: list[list[TimexLike]] = [[] for _ in sentences]
    ordered = sorted(
        (t for t in timexes if t.type in _DATE_TYPES and t.edtf), key=lambda t: t.start
    )
    position = 0
    for timex in ordered:
        while position < len(sentences) and sentences[position].end <= timex.start:
            position += 1
        if position < len(sentences) and sentences[position].start <= timex.start:
            result[position].append(timex)
    return result


def _own_dates(
    sentence: Sentence, annotation: Annotation, timexes: list[TimexLike]
) -> tuple[list[Anchor], list[Anchor]]:
    """The sentence's own dates: one per clause of its main part that has
    one ("He fought cancer in 2004 and took leave in 2009"), the most
    precise of a clause, the first of equals; and apart, the date of what a
    reporting verb reports ("Jobs announced that Leopard would ship in
    2007"), whose main event is the announcement. Dates in an attribution
    or trailing clause count only when the main part has none; one in a
    relative clause dates that clause ("…that was approved in May 2025").
    Returns the main part's anchors, then the others."""
    if not timexes:
        return [], []
    raw = annotation.text
    aside, report = annotation.aside, annotation.report
    clauses = annotation.clauses
    relatives = annotation.relatives
    main: dict[int, tuple[int, TimexLike]] = {}  # clause number → best date
    own: dict[int, tuple[int, TimexLike]] = {}  # relative clause number → best date
    reported: tuple[int, TimexLike] | None = None
    fallback: tuple[int, TimexLike] | None = None
    joined: dict[int, list[TimexLike]] = {}  # clause number → dates joined to its best by "and"
    for timex in timexes:
        try:
            rank = _PRECISION_RANK[parse_edtf(timex.edtf).precision]
        except (EDTFError, KeyError):
            continue
        offset = timex.start - sentence.start
        inside = [i for i, r in enumerate(relatives) if r.start <= offset < r.end]
        if offset < report and inside:
            # ", who hosted this week's meeting,": that clause's event, not the main one
            if inside[-1] not in own or rank > own[inside[-1]][0]:
                own[inside[-1]] = (rank, timex)
        elif offset >= report:
            if _names_thing(raw, offset, timex.end - sentence.start):
                continue  # "claims the firm violated the 1991 agreement": no date of the claim
            if reported is None or rank > reported[0]:
                reported = (rank, timex)
        elif _in_brackets(raw, offset) or _compared(raw, offset):
            continue  # "(1955–2011)", "since 1992": not the sentence's date
        elif offset >= aside or _qualifies_noun(raw, offset, timex.end - sentence.start):
            if fallback is None or rank > fallback[0]:
                fallback = (rank, timex)
        else:
            number = next(i for i, (start, end) in enumerate(clauses) if offset < end)
            best = main.get(number)
            if (
                best is not None
                and rank == best[0]
                and _joined(raw, (joined.get(number) or [best[1]])[-1], timex, sentence)
            ):
                joined.setdefault(number, []).append(timex)  # "in March and June"
            elif best is None or rank > best[0]:
                main[number] = (rank, timex)
                joined.pop(number, None)
    if not main and fallback is not None:
        main[0] = fallback
    anchors = []
    seen = set()
    for number, (_rank, timex) in sorted(main.items()):
        start, end = clauses[number] if len(main) > 1 else (0, len(raw))
        for each in (timex, *joined.get(number, ())):
            if each.edtf in seen:
                continue
            seen.add(each.edtf)
            anchors.append(_anchor(each, (sentence.start + start, sentence.start + end)))
    others = []
    for number, (_rank, timex) in sorted(own.items()):
        relative = relatives[number]
        clause = (sentence.start + relative.body, sentence.start + relative.end)
        # "The meeting, held on…": the headline wants "was held" → "held"
        subject = f"{relative.antecedent} was" if relative.passive else relative.antecedent
        others.append(
            Anchor(
                str(timex.edtf),
                timex.text,
                "relative",
                (timex.start, timex.end),
                clause,
                subject or None,
            )
        )
    if reported is not None and reported[1].edtf not in seen:
        clause = (sentence.start + report, sentence.end)
        said = anchors[0].date if anchors else None
        past = annotation.part(report, len(raw)).past
        others.append(_from_saying(_anchor(reported[1], clause, "reported"), said, past))
    return anchors, others


# "in March and June", "on Monday and again on Friday": two times of one clause.
_AND_BETWEEN = re.compile(r"\s*,?\s+and\s+(?:again\s+)?(?:(?:in|on)\s+)?(?:the\s+)?", re.I)


def _joined(raw: str, first: TimexLike, then: TimexLike, sentence: Sentence) -> bool:
    """Whether ``then`` follows ``first`` with only "and" between them: the
    clause told of both times ("appeared in March and June")."""
    start, end = first.end - sentence.start, then.start - sentence.start
    return 0 < end - start <= 24 and _AND_BETWEEN.fullmatch(raw, start, end) is not None


def _past_dates(
    sentences: Sequence[Sentence],
    annotations: Sequence[Annotation],
    timexes: Sequence[TimexLike],
    published: dt.date | None,
) -> Sequence[TimexLike]:
    """The timexes of a day or a month named without its year or week that
    the tagger put after publication, moved back a year ("March 3", "in
    May") or a week (a bare "Thursday") when the clause the date belongs to
    is told in the past and its verb governs the date: "The coast guard
    closed the port on March 3", in an article of 21 February, is the March
    3 before, as "Coach Milan Vidic was hired in May" in an article of March
    is the May before; "checked into the
    clinic on Thursday night, for what is to be a three-month stay" the
    Thursday before publication. The tagger places such a date by nearness,
    since a date in a past clause may still lie ahead when the verb does not
    govern it (:func:`_governed_in_past`)."""
    if published is None:
        return timexes
    moved: dict[int, TimexLike] = {}
    for index, found in enumerate(_timexes_by_sentence(sentences, timexes)):
        for timex in found:
            earlier = _told_before(timex, annotations[index], sentences[index].start, published)
            if earlier is not None:
                moved[id(timex)] = replace(timex, edtf=earlier)  # type: ignore[type-var]
    if not moved:
        return timexes
    return [moved.get(id(timex), timex) for timex in timexes]


def _told_before(
    timex: TimexLike, annotation: Annotation, offset: int, published: dt.date
) -> str | None:
    """The day, days ("between May 13 and May 15") or month before
    publication that ``timex`` means when told in the past, or None when it
    keeps its place."""
    try:
        day = parse_edtf(str(timex.edtf))
    except EDTFError:
        return None
    lower, upper = day.lower(), day.upper()
    if (
        day.precision not in ("day", "month")
        or lower is None
        or upper is None
        or lower <= published
        or (day.interval and (day.start is None or day.end is None))
    ):
        return None
    unit = _unnamed_unit(timex.text, annotation)
    if unit is None or not _governed_in_past(annotation, timex.start - offset, timex.end - offset):
        return None
    if unit == "week":
        first, last = lower - dt.timedelta(days=7), upper - dt.timedelta(days=7)
    elif day.precision == "month":
        return re.sub(r"\d{4}", lambda year: f"{int(year[0]) - 1:04d}", str(timex.edtf))
    else:
        first, last = _with_year(lower, lower.year - 1), _with_year(upper, upper.year - 1)
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _unnamed_unit(text: str, annotation: Annotation) -> str | None:
    """What a day's or month's words leave unsaid: "week" for a bare
    weekday ("on Thursday night"), "year" for a month's day ("3 de marzo")
    or a month by its name ("in May"), None when they say both or are no
    such date ("tomorrow", "next month", "Thursday, March 5": a weekday
    beside the date fixes its year)."""
    if _YEAR.search(text):
        return None
    tables = _temporal_tables(getattr(annotation.grammar.language, "NAME", "en"))
    words = re.findall(r"\w+", text.lower())
    weekdays = [word for word in words if word in tables["weekday"]]
    if weekdays:
        g = annotation.grammar
        other = set(words) - set(tables["weekday"]) - set(tables["part"]) - g.date_words
        return "week" if not other - g.articles else None
    if any(word.isdigit() for word in words):
        return "year"
    named = [word for word in words if word in tables["month"]]
    return "year" if named and not set(words) - set(named) - annotation.grammar.date_words else None


@cache
def _temporal_tables(code: str) -> dict[str, frozenset[str]]:
    """The tagger's weekday and day-part words of language ``code``
    (English's for a language the tagger has no rules for)."""
    try:
        tables = load_temporal(code).tables
    except KeyError:
        tables = load_temporal("en").tables
    return {
        name: frozenset(form for key in tables[name] for form in re.findall(r"\w+", key.lower()))
        for name in ("weekday", "part", "month")
    }


def _governed_in_past(annotation: Annotation, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of the sentence is governed by the
    past verb of the clause it stands in: "closed the port on March 3". Not
    a date in a clause in the present or future, nor one a noun or a plan
    owns: "gave no reason for the March 14 deadline", "agreed to hold talks
    on March 12", "postponed the vote to March 12", "was scheduled on
    March 12"."""
    first, last = _owning_clause(annotation, start)
    if not annotation.part(first, last).past:
        return False
    g = annotation.grammar
    raw = annotation.text
    words = [word.strip(_PUNCTUATION).lower() for word in raw[first:start].split()]
    before = words[-1] if words else ""
    if before in g.date_keepers or before in g.target_date_words:
        return False
    if before in g.articles and before not in g.date_words:
        return False  # "the March 14 deadline"
    if raw[end : end + 2] in ("'s", "’s") or any(word in g.schedule_verbs for word in words):
        return False
    return not any(
        word == g.infinitive and following.isalpha() and following not in g.determiners
        for word, following in pairwise(words)
    )


def _owning_clause(annotation: Annotation, offset: int) -> tuple[int, int]:
    """The span of the clause that ``offset`` stands in: what a reporting
    verb reports, a relative or subordinate clause, the attribution or
    trailing clause, or one of the main part's coordinated clauses."""
    length = len(annotation.text)
    if offset >= annotation.report:
        return annotation.report, length
    for relative in reversed(annotation.relatives):
        if relative.body <= offset < relative.end:
            return relative.body, relative.end
    if offset >= annotation.aside:
        return (
            annotation.aside,
            annotation.report if annotation.report > annotation.aside else length,
        )
    return next(((a, b) for a, b in annotation.clauses if offset < b), (0, length))


def _past_chronology(
    sentences: Sequence[Sentence],
    annotations: Sequence[Annotation],
    timexes: Sequence[TimexLike],
    published: dt.date | None,
) -> Sequence[TimexLike]:
    """The timexes with the date that opens a chronology's line moved back a
    year when it gave none and the tagger put it after publication: "Sept.
    7: Government seizes Fannie Mae", in an article of March, tells the
    September before in the present, as a look back does. A line in the
    future ("Sept. 7: Parliament will vote") keeps its date."""
    if published is None:
        return timexes
    moved: dict[int, TimexLike] = {}
    for index, found in enumerate(_timexes_by_sentence(sentences, timexes)):
        annotation = annotations[index]
        if not found or annotation.tense == "future" or not chronology_entry(annotation):
            continue
        opening = found[0]
        date = str(opening.edtf)
        if _YEAR.search(opening.text) or not _after_publication(date, published):
            continue
        earlier = f"{int(date[:4]) - 1:04d}{date[4:]}"
        moved[id(opening)] = replace(opening, edtf=earlier)  # type: ignore[type-var]
    if not moved:
        return timexes
    return [moved.get(id(timex), timex) for timex in timexes]


def _after_publication(date: str, published: dt.date) -> bool:
    """Whether ``date`` is a day or a month, no span, that begins after ``published``."""
    try:
        edtf = parse_edtf(date)
    except EDTFError:
        return False
    lower = edtf.lower()
    return (
        not edtf.interval
        and edtf.precision in ("day", "month")
        and lower is not None
        and lower > published
    )


_WEEKDAYS = ENGLISH.WEEKDAYS.split()


def _from_saying(reported: Anchor, said: str | None, past: bool) -> Anchor:
    """A weekday in what was reported counts from the day of the saying, not
    from publication: "said last Monday that the bridge would open on
    Thursday" is the Thursday after that Monday; told in the ``past`` ("had
    met on Thursday"), the one before it."""
    words = reported.date_text.lower().split()
    if said is None or len(words) > 2 or not set(words) & set(_WEEKDAYS):
        return reported
    try:
        day, saying = parse_edtf(reported.date), parse_edtf(said)
    except EDTFError:
        return reported
    if day.precision != "day" or saying.precision != "day" or day.interval or saying.interval:
        return reported
    told, spoken = day.lower(), saying.lower()
    if told is None or spoken is None or told == spoken:
        return reported
    if not past:
        moved = spoken + dt.timedelta(days=(told.weekday() - spoken.weekday()) % 7 or 7)
    else:
        moved = spoken - dt.timedelta(days=(spoken.weekday() - told.weekday()) % 7 or 7)
    return Anchor(
        moved.isoformat(), reported.date_text, reported.how, reported.span, reported.clause
    )


_COMPARISON = re.compile(ENGLISH.COMPARISON_PATTERN, re.I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:late\s+|early\s+|mid-?)?$", re.I)
_SUPERLATIVE = re.compile(rf"\b(?:{'|'.join(ENGLISH.SUPERLATIVES.split())})\b", re.I)


def _compared(raw: str, offset: int) -> bool:
    """Whether the date at ``offset`` is a point the clause is compared
    with ("up from 2005", "its first loss since 1992"): it does not date
    the clause. A plain "since 2004" dates the start of a state."""
    if _COMPARISON.search(raw, max(0, offset - 30), offset):
        return True
    since = _SINCE.search(raw, max(0, offset - 30), offset)
    if since is None:
        return False
    clause_start = max(raw.rfind(",", 0, since.start()), 0)
    return _SUPERLATIVE.search(raw, clause_start, since.start()) is not None


# "as of February", "the end of March": these frame the verb's time.
_NOT_NOUNS = frozenset("as ahead instead because out end beginning start middle close rest".split())


def _in_brackets(raw: str, offset: int) -> bool:
    """Whether ``offset`` lies inside parentheses: "a photograph of Jobs
    (1955–2011)" gives a life's span, not the sentence's date."""
    return raw.rfind("(", 0, offset) > raw.rfind(")", 0, offset)


_NOUN_BEFORE_FOR = re.compile(r"(?:^|\s)(?P<word>[a-z]+)\s+(?:for|of)\s+(?:the\s+)?$")


_DETERMINER_BEFORE = re.compile(rf"(?:^|\s)(?:{'|'.join(ENGLISH.DETERMINERS.split())})\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Za-z][\w-]*)")
# Words after a date that show it is no noun's: "that 2008 was", "the 1990s and".
_NOT_NOUNS_AFTER = frozenset(
    f"{ENGLISH.AUXILIARIES} {ENGLISH.PREPOSITIONS} {ENGLISH.JOINERS} {ENGLISH.MODALS}".split()
)


def _names_thing(raw: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is part of a noun's name: "this
    week's meeting", "violated the 1991 agreement", "his 2008 Bentley". It
    never dates what a verb of saying reports ("a strike for March 3" does)."""
    if raw[end : end + 2] in ("'s", "’s"):
        return True
    if _DETERMINER_BEFORE.search(raw, max(0, start - 12), start):
        after = _WORD_AFTER.match(raw, end)
        return after is not None and after.group("word").lower() not in _NOT_NOUNS_AFTER
    return False


def _qualifies_noun(raw: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` qualifies a noun rather than the
    verb: one that names it (:func:`_names_thing`), or "the defence budget
    for 2026". Such a date dates the sentence only when nothing else does."""
    if _names_thing(raw, start, end):
        return True
    before = _NOUN_BEFORE_FOR.search(raw[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group("word")
    return not (is_past(word) or word.endswith("ing") or word in _VERB_STARTS or word in _NOT_NOUNS)


def _anchor(timex: TimexLike, clause: tuple[int, int], how: str = "sentence") -> Anchor:
    return Anchor(str(timex.edtf), timex.text, how, (timex.start, timex.end), clause)


_VERB_STARTS = frozenset(ENGLISH.VERB_STARTS.split())


_PRECISION_RANK = {"decade": 0, "year": 1, "season": 2, "month": 3, "day": 4}


_PRESS_CONTACT = re.compile(ENGLISH.PRESS_CONTACT_PATTERN, re.X | re.I)

# "earlier in the day", "later in the day": the day in focus.
_IN_THE_DAY = re.compile(ENGLISH.SAME_DAY_PATTERN, re.I)


def _pointed_back(text: str, told: list[tuple[frozenset[str], Anchor]]) -> Anchor | None:
    # "Earlier in the day" is that day, though it opens as "earlier" does.
    if told and _IN_THE_DAY.search(text):
        day = next((a for _, a in reversed(told) if _precision(a) == "day"), None)
        if day is not None:
            return Anchor(day.date, day.date_text, "same", day.span)
    match = _BACK_REFERENCE.match(text)
    if match and told:
        previous = told[-1][1]
        return _relative(previous, match.lastgroup or "same")
    lower = text.lower()
    if not any(phrase in lower for phrase in _RELATION_PHRASES):
        return None
    for named in _NAMED_REFERENCE.finditer(text):
        phrase = named.group("what") + text[named.end() :].split(",", 1)[0][:40]
        target = _find_told(content_words(phrase), _names(phrase), told)
        if target is not None:
            relation = named.group("relation").lower()
            one = named.group("one")  # "the day after the vote"
            count, unit = ("1", one) if one else (named.group("count"), named.group("unit"))
            apart = _apart(target, count, unit, relation)
            # "three weeks after the inmates escaped" names a clause, not the event
            if apart is not None and not any(is_past(w) for w in named.group("what").split()):
                return apart
            if relation.startswith(("before", "prior", "ahead", "on the eve")):
                return _relative(target, "before")
            # "since its launch": from then on; "after the meeting" is
            # mostly the same day in news.
            return _relative(target, "after" if relation == "since" else "same")
    return None


def _apart(target: Anchor, count: str | None, unit: str | None, relation: str) -> Anchor | None:
    """The date so many days, weeks, months or years before or after the
    event anchored by ``target`` ("three days after the escape", "two
    months before the vote"), at the precision the unit gives; None when the
    phrase gives no count or the event's date is not precise enough."""
    if count is None or unit is None or relation not in ("before", "after", "following"):
        return None
    number = int(count) if count.isdigit() else _AGE_COUNTS.get(count.lower(), 1)
    sign = -1 if relation == "before" else 1
    edtf = parse_edtf(target.date)
    day = edtf.lower() if not edtf.interval else None
    if day is None or (unit in ("day", "week") and edtf.precision != "day"):
        return None
    if unit in ("day", "week"):
        days = number * (7 if unit == "week" else 1)
        date = (day + dt.timedelta(days=sign * days)).isoformat()
    elif unit == "month" and edtf.precision in ("day", "month"):
        months = day.year * 12 + day.month - 1 + sign * number
        date = f"{months // 12:04d}-{months % 12 + 1:02d}"
    elif unit == "year":
        date = f"{day.year + sign * number:04d}"
    else:
        return None
    return Anchor(date, target.date_text, "same", target.span)


def _find_told(
    words: frozenset[str], names: set[str], told: list[tuple[frozenset[str], Anchor]]
) -> Anchor | None:
    """The earlier event, dated by its own words, that shares the most
    content words with the reference (two, or one that is a name), the
    first told of equals: "the meeting in Oslo" is the story's own."""
    best: tuple[int, Anchor] | None = None
    for event_words, anchor in told:
        if anchor.how != "sentence":
            continue
        shared = words & event_words
        # "its launch": one word is enough when the reference has no more.
        close = len(shared) >= min(2, len(words)) or bool(shared & names)
        if close and (best is None or len(shared) > best[0]):
            best = (len(shared), anchor)
    return best[1] if best else None


def _names(text: str) -> set[str]:
    return {stem(word) for word in _CONTENT_WORD.findall(text) if word[:1].isupper()}


def _relative(anchor: Anchor, kind: str) -> Anchor:
    """Before, after or on the day of the event anchored by ``anchor``; an
    open end ("since 2004" = "2004/..") lends its known end."""
    edtf = parse_edtf(anchor.date)
    first = edtf.start or edtf.end
    last = (edtf.end if edtf.interval else None) or edtf.start
    if kind == "before" and first is not None:
        return Anchor(f"../{first}", anchor.date_text, "before", anchor.span)
    if kind == "after" and last is not None:
        return Anchor(f"{last}/..", anchor.date_text, "after", anchor.span)
    return Anchor(anchor.date, anchor.date_text, "same", anchor.span)

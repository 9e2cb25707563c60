"""One document's events: a sentence that reports something happening at a
time becomes an Event with a date, a headline, a summary, places, actors,
tags, its source and a confidence. Opinions, statistics, quotes and states
of affairs are kept only when something else speaks for them, with a
confidence low enough for an editor to sort them out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.dates import EDTFError, parse_edtf
from timeline.documents import Document, Sentence
from timeline.events.actors import (
    find_actors,
    mid_sentence_names,
    name_runs,
    not_actors,
    person_words,
)
from timeline.events.anchor import Anchor, TimexLike, anchor_sentences
from timeline.events.anchor_model import (
    Candidate,
    TitleOption,
    reported_tense,
    shipped_model,
    title_candidates,
)
from timeline.events.cues import Cues, quoted_saying, tags_for
from timeline.events.lang import language
from timeline.events.places import find_places
from timeline.events.referents import Referents
from timeline.events.sentence import Annotation, annotate, annotate_sentences, grammar
from timeline.events.title import is_sound, make_title
from timeline.model import SHOWN_CONFIDENCE, Event, Media, Source, Status, new_id, usable_image
from timeline.same_event import content_words

__all__ = ["MIN_CONFIDENCE", "SHOWN_CONFIDENCE", "events_from_document", "title_choices"]

# Below this an event is more likely an opinion, a figure or a state of
# affairs than something that happened: it is not proposed.
MIN_CONFIDENCE = 0.2
_MIN_WORDS = 5
_BASE_CONFIDENCE = {"day": 0.9, "month": 0.8, "season": 0.75, "year": 0.7, "decade": 0.5}
# Each character Markdown would read as markup, escaped: a table, since a
# pattern's replacement is worked out again at every match.
_MARKDOWN_ESCAPES = str.maketrans({char: f"\\{char}" for char in "\\`*_[]<>"})
_SPEECH_DASH = re.compile(r"^[—–-]\s*")


def events_from_document(
    document: Document, article: str, timexes: Sequence[TimexLike]
) -> list[Event]:
    """The events of ``document``; ``article`` is its path relative to
    ``content/``, ``timexes`` the tagger's expressions over ``document.text``."""
    events, lead = _told_events(document, article, timexes)
    events = _with_title(document, article, events, lead)
    _with_image(document, events)
    for event in events:
        event.tags = tags_for(event_text(event), language(document.lang))
    return events


def title_choices(
    document: Document, article: str, timexes: Sequence[TimexLike]
) -> list[Candidate]:
    """The dates the document's title could take, as the anchor model reads
    them (``eval/train_anchor.py`` trains on these); none when the title
    matches no event of the first sentences."""
    _events, lead = _told_events(document, article, timexes)
    return [candidate for candidate, _event in _title_options(document, lead)]


def _told_events(
    document: Document, article: str, timexes: Sequence[TimexLike]
) -> tuple[list[Event], list[_Told]]:
    """The events the sentences tell, and those of the first sentences,
    which the title sums up."""
    sentences = document.sentences
    runs = [name_runs(sentence.text) for sentence in sentences]
    known_names = mid_sentence_names(runs)
    known = sorted(known_names)  # names the article gives: "Williams" is one, not a plural
    people = person_words(runs)
    not_names = not_actors(document.text, people)
    # Date words leave the headline; durations ("two days of talks") stay.
    spans = sorted((t.start, t.end) for t in timexes if t.type in ("DATE", "TIME"))
    words = language(document.lang)
    annotations = annotate_sentences(document.text, sentences, spans, words)
    referents = Referents(document.text, people, words)
    # The anchor model is trained on English news; other languages keep the rules,
    # without the dateline's date where a sentence gives one of its own.
    model = shipped_model() if document.lang == "en" else None
    dated = (
        timexes
        if model
        else _without_dateline_dates(document.text, sentences, timexes, document.lang)
    )
    anchors = anchor_sentences(
        document.text, sentences, dated, document.published, annotations, model
    )
    events: list[Event] = []
    lead: list[_Told] = []
    for index, sentence in enumerate(sentences):
        actors = find_actors(sentence.text, known_names, runs[index], not_names, lang=document.lang)
        annotation = annotations[index]
        subject = annotation.subject(actors) or referents.resolve(annotation, actors)
        referents.note(subject, annotation, actors)
        if len(sentence.text.split()) < _MIN_WORDS:
            continue
        sentence_cues: Cues | None = None  # read when an anchor dates the whole sentence
        # '"We will not leave," Smith said': a saying, kept however low the quote
        # scores, and happened or expected as the saying is
        saying = quoted_saying(annotation)
        for anchor in anchors[index]:
            if anchor.clause and anchor.clause != (sentence.start, sentence.end):
                told = annotation.part(
                    anchor.clause[0] - sentence.start, anchor.clause[1] - sentence.start
                )
                clause_cues = Cues(told.text, told)
            else:
                told = annotation
                sentence_cues = sentence_cues or Cues(sentence.text, annotation)
                clause_cues = sentence_cues
            confidence = _confidence(anchor, clause_cues)
            whole = told is annotation
            if not (saying and whole) and (
                confidence < MIN_CONFIDENCE or _undated_future(anchor, told)
            ):
                continue
            # A date read from what was reported makes that the headline.
            about_report = anchor.how in ("reported", "before", "after", "same")
            title = make_title(
                told, anchor.subject or subject, reported=about_report, names=[*actors, *known]
            )
            if len(title.split()) < 2:
                continue
            rules = told.grammar
            sound = is_sound(title, rules) if rules.analyser or document.lang == "en" else True
            confidence = _lowered(confidence, clause_cues, sound)
            if clause_cues.background and anchor.how in ("context", "published"):
                # "Hiller had repeated run-ins…", with no date of its own: background
                confidence = round(max(confidence * 0.6, MIN_CONFIDENCE), 2)
            event = _event(document, article, sentence.text, anchor, title, actors, people)
            said = Cues(saying.text, saying) if saying and whole else clause_cues
            event.status = _status(anchor.date, said, document.published)
            event.confidence = confidence
            events.append(event)
            if index < _LEAD_SENTENCES:
                lead.append(_Told(event, index, anchor.how))
    return events, lead


def _without_dateline_dates(
    text: str, sentences: Sequence[Sentence], timexes: Sequence[TimexLike], lang: str
) -> list[TimexLike]:
    """The timexes without the date of a dateline ("МОСКВА, 12 апреля — …
    в пятницу"): the day the story was filed, not the day of what the
    sentence tells, when the sentence gives one of its own."""
    dateline = grammar(language(lang)).dateline
    dropped: set[int] = set()
    for sentence in sentences:
        match = dateline.match(text, sentence.start, sentence.end)
        if match is None:
            continue
        inside = [t for t in timexes if sentence.start <= t.start < match.end()]
        after = [t for t in timexes if match.end() <= t.start < sentence.end and t.edtf]
        if inside and after:
            dropped.update(id(t) for t in inside)
    return [t for t in timexes if id(t) not in dropped]


def event_text(event: Event) -> str:
    """What a reader's search reads of an event's own words: its title,
    summary, source quotes and source titles. Its topic tags are found in
    all of it, so a tag holds every event whose words say it (the events
    of an article headlined "sanctions package" among them), as a search
    for the word finds them."""
    parts = [event.title, event.summary]
    for source in event.sources:
        parts += [source.quote, source.title or ""]
    return "\n".join(parts)


# The title sums up the news the first sentences tell.
_LEAD_SENTENCES = 6
_TITLE_CONFIDENCE = 0.5
_TITLE_SHARED = 2  # content words a lead's event shares with the title to be its


@dataclass(frozen=True, slots=True)
class _Told:
    """An event of the lead: which sentence told it and how its date was found."""

    event: Event
    sentence: int
    how: str


def _with_title(
    document: Document, article: str, events: list[Event], lead: list[_Told]
) -> list[Event]:
    """An article's title states its main event: it becomes the first
    source quote of one of the lead's events that share two of its content
    words (the anchor model chooses which date the title tells, of the
    events' dates), and, when none does, an event of its own at the
    publication date, worded as the title is. It is never a second event
    for news the body tells."""
    title = (document.title or "").strip()
    if len(title.split()) < _MIN_WORDS - 1:
        return events
    options = _title_options(document, lead)
    source = _source(document, article, title)
    if options:
        model = shipped_model() if document.lang == "en" else None
        chosen = model.best([candidate for candidate, _ in options]) if model else None
        told = next((event for candidate, event in options if candidate is chosen), None)
        # Without the model: the event sharing most words, the first told of equals.
        (told or options[0][1]).sources.insert(0, source)
        return events
    if document.published is None:
        return events
    date = document.published.isoformat()
    event = Event(
        id=new_id(date, title),
        title=title,
        date=date,
        summary=_summary(title, grammar(language(document.lang)).dateline),
        sources=[source],
        confidence=_TITLE_CONFIDENCE,
    )
    return [event, *events]


def _title_options(document: Document, lead: list[_Told]) -> list[tuple[Candidate, Event]]:
    """The dates the title could take, each with the lead's event that would
    carry it (the one sharing most words of those of that date, the first
    told of equals); the rules' choice first."""
    title = (document.title or "").strip()
    words = content_words(title)
    matched: list[tuple[TitleOption, Event]] = []
    for told in lead:
        shared = len(words & content_words(told.event.sources[0].quote))
        if shared >= _TITLE_SHARED:
            option = TitleOption(
                told.event.date, shared, told.sentence, told.how, told.event.confidence or 0.0
            )
            matched.append((option, told.event))
    if not matched:
        return []
    tense = annotate(title, (), language(document.lang)).tense
    found = title_candidates([option for option, _ in matched], document.published, tense)
    carriers: dict[str, tuple[TitleOption, Event]] = {}
    for option, event in matched:
        kept = carriers.get(option.date)
        if kept is None or (option.shared, -option.sentence) > (kept[0].shared, -kept[0].sentence):
            carriers[option.date] = (option, event)
    ordered = sorted(found, key=lambda candidate: "title:rule" not in candidate.features)
    return [(candidate, carriers[candidate.date][1]) for candidate in ordered]


def _with_image(document: Document, events: list[Event]) -> None:
    """The article's lead image goes to its lead event: the one its title
    tells (first among the events, or the first to quote the title), else
    the first event the article gives."""
    image = document.image
    if image is None or not events or not usable_image(image.url):
        return
    title = (document.title or "").strip()
    told = next((event for event in events if event.sources[0].quote == title), events[0])
    told.media = Media(image.url, image.alt, image.caption, image.credit)


def _source(document: Document, article: str, quote: str) -> Source:
    return Source(
        article=article,
        quote=quote,
        title=document.title,
        url=document.url,
        published=document.published.isoformat() if document.published else None,
    )


def _event(
    document: Document,
    article: str,
    sentence: str,
    anchor: Anchor,
    title: str,
    actors: list[str],
    people: set[str],
) -> Event:
    """The event told by ``sentence``; status and confidence are set by the caller."""
    places = _places(sentence, people, document.lang)
    return Event(
        id=new_id(anchor.date, title),
        title=title,
        date=anchor.date,
        date_text=anchor.date_text or None,
        summary=_summary(sentence, grammar(language(document.lang)).dateline),
        places=places,
        actors=[actor for actor in actors if actor not in places],
        sources=[_source(document, article, sentence)],
    )


def _places(sentence: str, people: set[str], lang: str) -> list[str]:
    """The places a sentence names. A dateline's city ("MOSCOW — …") is
    where the story was filed: it is the event's place only when the
    sentence names no other."""
    dateline = grammar(language(lang)).dateline.match(sentence)
    if dateline is not None:
        own = find_places(sentence[dateline.end() :], people, lang)
        if own:
            return own
    return find_places(sentence, people, lang)


def _undated_future(anchor: Anchor, told: Annotation) -> bool:
    """Whether the clause tells what is still to come at no time the text
    gives ("Lena Ortiz will succeed him as head of the council", "The
    council will adopt a grid plan"): the publication date is not its date,
    and a timeline has no place for it. A future the text dates ("will vote
    on March 24") keeps its date; so does a saying ("The mayor says the
    council will adopt it": the saying is the event)."""
    return (
        anchor.how == "published"
        and told.tense == "future"
        and told.reported is None
        and reported_tense(told.text) is None
    )


def _confidence(anchor: Anchor, cues: Cues) -> float:
    if cues.introduces:
        return 0.0  # "Here is how the crisis unfolded": the lines after it are the events
    if anchor.how == "sentence":
        try:
            score = _BASE_CONFIDENCE[parse_edtf(anchor.date).precision]
        except EDTFError:
            score = 0.5
    elif anchor.how in ("reported", "relative"):
        score = 0.8 * _BASE_CONFIDENCE.get(parse_edtf(anchor.date).precision, 0.5)
    elif anchor.how in ("before", "after", "same"):
        score = 0.65
    elif anchor.how == "context":
        score = 0.55
    else:
        score = 0.6 if cues.past else 0.45
    if not cues.eventive:
        score *= 0.5
    if cues.opinion or cues.speech or cues.question:
        score *= 0.5
    if cues.pronoun:
        score *= 0.6
    if cues.statistic:
        score *= 0.6
    return round(score, 2)


def _lowered(confidence: float, cues: Cues, sound: bool) -> float:
    """What did not happen ("He did not say when…"), descriptions ("The
    meeting was the third round"), quotes ("'We will rebuild,' he said") and
    headlines that are no sentence are kept for the editor, below
    ``SHOWN_CONFIDENCE``: they sink, but no lower than ``MIN_CONFIDENCE``."""
    if cues.negated:
        confidence *= 0.4
    if cues.state or cues.described:
        confidence *= 0.6
    if cues.quoted:
        confidence *= 0.5
    if not sound:
        confidence *= 0.4
    return round(max(confidence, MIN_CONFIDENCE), 2)


def _status(date: str, cues: Cues, published: dt.date | None) -> Status:
    """Expected when the event was still to come on publication: its date
    lies after the publication date, or the sentence speaks of the future."""
    edtf = parse_edtf(date)
    lower, upper = edtf.lower(), edtf.upper()
    if published is not None and lower is not None and lower > published:
        return "expected"
    still_open = published is None or upper is None or upper >= published
    return "expected" if cues.future and not cues.past and still_open else "happened"


def _summary(sentence: str, dateline: re.Pattern[str]) -> str:
    """The sentence as Markdown that renders as the same text."""
    text = _SPEECH_DASH.sub("", dateline.sub("", sentence))
    return text.translate(_MARKDOWN_ESCAPES)

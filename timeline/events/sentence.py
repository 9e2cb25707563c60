"""One sentence read once: every later step reads this annotation.

A sentence (or a clause of one) is annotated where its date words are
known: its main clause without dates, framing adverbials, asides and
attributions (``core``); the coordinated clauses of its main part; the
relative, participial and adverbial clauses that tell events of their own;
where an attribution and what a reporting verb reports begin, and who
speaks; the main verb, its tense, and whether it is negated or only
describes a state. Anchoring (``anchor.py``) reads the clauses and the
report, titling (``title.py``) the core, the speaker and the verb, and the
status and confidence (``cues.py``) the tense, negation and state.

The engine holds no words of any language: it reads them from the events
language module (``timeline/events/lang/<code>.py``) it is given, as
:class:`Grammar`. A module that lacks a list or pattern the grammar reads
takes English's, so that a language can be added one list at a time
(docs/extraction.md lists what a language module gives).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType
from typing import Any, Generic, TypeVar, overload

from timeline.documents import Sentence
from timeline.events.lang import ENGLISH
from timeline.events.morphology import morphology
from timeline.events.verbs import no_verb

__all__ = [
    "DATELINE",
    "Annotation",
    "Grammar",
    "Relative",
    "annotate",
    "annotate_sentences",
    "grammar",
]

# "WASHINGTON (Reuters) - ", "NAIROBI, Kenya (AP) _ ": where the story was filed.
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:,\s+[A-Z][\w .]+)?\s*(?:\([\w .&-]{1,30}\)\s*)?[-—–_:]+\s+"
)
# "12,500": a comma between figures is no clause break. It is kept as a mark
# no pattern reads as a comma while the clause is cut, and put back after.
_GROUPED = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# "230, 000": a figure the source's tokens split at its comma.
# "5-foot-8, 135 pounds" is two figures.
_SPLIT_FIGURE = re.compile(r"(?<![\w.-])(\d{1,3}), (?=\d{3}(?!\d))")
# What both figure patterns need: most sentences have none, and it is found
# in a sixth of the time the two patterns take to scan a sentence.
_FIGURE_COMMA = re.compile(r"\d,")
_JOIN_MARK = "\u2064"  # stands for the space, so that offsets hold; dropped after
_GROUP_MARK = "\u2063"
_SPEECH = re.compile(r"""^[\s—–"“”«»'‘’`-]+""")
# "Gray ’ s cousin": a possessive that the source's tokens split.
_SPLIT_POSSESSIVE = re.compile(r"(?<=\w)\s+(['’])\s+s\b")
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z_]*)\}")
_PUNCTUATION = ",.;:!?\"“”'’()"


_T = TypeVar("_T")


class _read_once(Generic[_T]):
    """``functools.cached_property`` without its lock: Python 3.11 takes a
    lock on the first read of each property, which was a tenth of
    annotating a sentence. An annotation is read by one thread; two threads
    reading it at once would work out the same value twice, as
    ``cached_property`` does from Python 3.12 on."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _read_once[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object, owner: type | None = None) -> _T | _read_once[_T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


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


class Grammar:
    """One language's words and patterns, compiled once (:func:`grammar`)."""

    def __init__(self, language: ModuleType) -> None:
        self.language = language
        # A language that inflects reads its verbs with its analyser
        # ("провели" is a past, "соберутся" a future), not word lists.
        self.analyser = morphology(getattr(language, "NAME", "en"))

        def get(name: str) -> str:
            value = getattr(language, name, None)
            return value if isinstance(value, str) else getattr(ENGLISH, name)

        def listed(name: str) -> frozenset[str]:
            return frozenset(get(name).split())

        def either(name: str) -> str:
            return "|".join(get(name).split())

        def pattern(name: str, flags: int = 0) -> re.Pattern[str]:
            return re.compile(_PLACEHOLDER.sub(lambda m: either(m.group(1)), get(name)), flags)

        # The language's own: English "an" is a German verb's particle ("kündigte … an").
        self.date_words = listed("DATE_WORDS")
        self.clock_words = listed("CLOCK_WORDS")
        self.time_units = listed("TIME_UNITS")
        self.time_quantifiers = listed("TIME_QUANTIFIERS") | listed("NUMBER_WORDS")
        self.time_relations = listed("TIME_RELATIONS")
        self.dangling = listed("DANGLING")
        self.joiners = listed("JOINERS")
        self.auxiliaries = listed("AUXILIARIES")
        self.negated = listed("NEGATED")
        self.modals = listed("MODALS")
        self.present_verbs = listed("PRESENT_VERBS")
        self.subordinators = listed("SUBORDINATORS")
        self.cue_subordinators = listed("CUE_SUBORDINATORS")
        self.reporting = listed("REPORTING")
        self.speaking = listed("ATTRIBUTION_VERBS") | self.reporting
        self.determiners = listed("DETERMINERS")
        self.prepositions = listed("PREPOSITIONS")
        self.adjective_openers = listed("ADJECTIVE_OPENERS")
        self.numbers = listed("NUMBER_WORDS")
        self.particles = listed("PARTICLES")
        self.naming = listed("NAMING_PARTICIPLES")
        self.past_only = listed("PAST_ONLY")
        self.copulas = listed("COPULAS")
        self.irregular_participles = frozenset(
            form for form in self._irregular if form not in self.past_only
        )
        self.plurals = listed("PLURALS")
        self.plural_endings = tuple(get("PLURAL_ENDINGS").split())
        self.not_plural_endings = tuple(get("NOT_PLURAL_ENDINGS").split())
        self.plural_person_endings = tuple(get("PLURAL_PERSON_ENDINGS").split())
        self.person_pronouns = listed("PERSON_PRONOUNS")
        self.male_pronouns = listed("MALE_PRONOUNS")
        self.female_pronouns = listed("FEMALE_PRONOUNS")
        self.group_pronouns = listed("GROUP_PRONOUNS")
        self.thing_pronouns = listed("THING_PRONOUNS")
        self.person_nouns = listed("PERSON_NOUNS") | listed("ROLES")
        self.institutions = listed("INSTITUTIONS")
        self.stative = listed("STATIVE_VERBS")
        self.copula_adverbs = listed("COPULA_ADVERBS")
        self.copula_plans = listed("COPULA_PLANS")
        self.habitual = listed("HABITUAL")
        self.possession = listed("POSSESSION_VERBS")
        self.possessed_openers = listed("POSSESSED_OPENERS")
        self.participle_prepositions = listed("PARTICIPLE_PREPOSITIONS")
        self.clause_breaks = listed("CLAUSE_BREAKS")
        self.leading_conjunctions = listed("LEADING_CONJUNCTIONS")
        self.mid_adverbs = listed("MID_ADVERBS")
        self.date_keepers = listed("DATE_KEEPERS")
        self.schedule_verbs = listed("SCHEDULE_VERBS")
        self.date_pair_joiner = pattern("DATE_PAIR_JOINER_PATTERN")
        self.target_date_words = listed("TARGET_DATE_WORDS")
        self.noun_openers = listed("NOUN_OPENERS")
        self.time_nouns = listed("TIME_NOUNS")
        self.indefinite = listed("INDEFINITE")
        self.articles = listed("ARTICLES")
        self.relative_pronouns = listed("RELATIVE_PRONOUNS")
        self.person_relatives = listed("PERSON_RELATIVES")
        self.thing_relatives = listed("THING_RELATIVES")
        self.verb_links = listed("VERB_LINKS")
        self.infinitive = get("INFINITIVE")
        self.coordinators = listed("COORDINATORS")
        self.subject_pronouns = listed("SUBJECT_PRONOUNS")
        self.noun_link = get("NOUN_LINK")
        self.subject_openers = listed("SUBJECT_OPENERS")
        self.function_words = listed("FUNCTION_WORDS")
        self.adverb_endings = tuple(get("ADVERB_ENDINGS").split())
        self.progressive_endings = tuple(get("PROGRESSIVE_ENDINGS").split())
        self.possessive_endings = tuple(f"{end} " for end in get("POSSESSIVE_ENDINGS").split())
        self.negated_endings = tuple(get("NEGATED_ENDINGS").split())
        self.negating_adverbs = listed("NEGATING_ADVERBS")
        self.negation = listed("NEGATION")
        self.negative_particles = listed("NEGATIVE_PARTICLES")
        self.clause_coordinators = listed("CLAUSE_COORDINATORS")
        self.negated_auxiliaries = listed("NEGATED_AUXILIARIES")
        self.future_auxiliaries = listed("FUTURE_AUXILIARIES")
        # A future in one word ("presentará", "incontreranno"): its endings.
        self.future_endings = tuple(get("FUTURE_ENDINGS").split())
        # The finite verb comes second (German): a headline puts the subject first.
        self.verb_second = getattr(language, "WORD_ORDER", "") == "verb-second"
        # The subject may follow its verb once a date opens the clause
        # (Spanish, Italian, French: "El domingo murieron 80 personas").
        self.verb_subject = getattr(language, "WORD_ORDER", "") == "verb-subject"
        self.past_auxiliaries = listed("PAST_AUXILIARIES")
        self.present_auxiliaries = listed("PRESENT_AUXILIARIES")
        self.perfect_auxiliaries = listed("PERFECT_AUXILIARIES")
        self.perfect_adverbs = listed("PERFECT_ADVERBS")
        # A compound past made with "to be" (French and Italian): the
        # participle of "to be" in a passive past ("è stato eletto", "ont été
        # tués"), the participles of the verbs that take "to be" ("est
        # arrivé", "è fuggito"), and the reflexive pronouns that make any
        # participle after "to be" a past ("si è dimesso", "s'est rendu").
        self.passive_links = listed("PASSIVE_LINKS")
        self.be_perfect = listed("BE_PERFECT")
        self.reflexives = listed("REFLEXIVE_PRONOUNS")
        self.verb_starts = listed("VERB_STARTS")
        self.bare_joiner = get("BARE_JOINER")
        self.comma_relative = get("COMMA_RELATIVE")
        self.told_as = get("TOLD_AS")
        article_forms = [f for a in get("ARTICLES").split() for f in (a, a[:1].upper() + a[1:])]
        self.leading_adverbial = re.compile(
            r"^(?:"
            + either("OPENERS")
            + rf"|(?:[\w-]+\s+)?(?:{either('TIME_UNITS')})\s+(?:{either('TIME_SHIFTS')}))"
            + r"\b[^,]{0,70},\s*",
            re.I,
        )
        self.leading_time = re.compile(
            rf"^(?:[\w-]+\s+)?(?:{either('TIME_UNITS')})\s+(?:{either('TIME_SHIFTS')})\s+(?=\w)",
            re.I,
        )
        self.attribution = pattern("ATTRIBUTION_PATTERN", re.X | re.I)
        self.inner_attribution = pattern("INNER_ATTRIBUTION_PATTERN")
        self.according = pattern("ACCORDING_PATTERN", re.I)
        self.age = pattern("AGE_PATTERN")
        self.participle_opener = pattern("PARTICIPLE_OPENER_PATTERN", re.X)
        # "The head of the European Diplomacy, Kaya Kallas, is trying…"
        self.named_appositive = re.compile(
            rf"^(?:{'|'.join(article_forms)})\s[^,]{{0,60}},\s+"
            r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+),\s+"
        )
        self.aside = re.compile(
            rf"""(?:\s+[—–]\s+[^—–]*\s+[—–](?=\s)|\s*\([^)]*\)
                # "four people—one with burns, one with cuts—were": a list set
                # off by dashes or hyphens, spaced or not; a hyphen glued to the
                # next word closes it only before an auxiliary ("…burns-were"),
                # never the hyphen of a compound ("state-owned utility, …long-term")
                | (?<=[a-z])(?:\s*[—–-]\s*)(?=[a-z])[^—–()]*,[^—–()]*[a-z]
                  (?:\s*[—–]|\s+-|-(?=(?:{either("AUXILIARIES")})\b))(?=\s*[a-z])
                | ,\s+(?:{either("ASIDE_OPENERS")})\s[^,]*,(?=\s)
            )""",
            re.X,
        )
        self.participle_aside = pattern("PARTICIPLE_ASIDE_PATTERN")
        self.trailing_clause = pattern("TRAILING_CLAUSE_PATTERN", re.X | re.I)
        # "…discussed the SAFE programme, the EU loan instrument": the noun again.
        self.trailing_apposition = re.compile(rf",\s+(?:{either('ARTICLES')})\s[^,]*$")
        self.reporting_that = pattern("REPORTING_THAT_PATTERN", re.X)
        self.object_reporting = listed("OBJECT_REPORTING")
        self.that = listed("COMPLEMENTISERS")
        # what opens a clause of its own inside a relative clause
        self.clause_openers = self.speaking | self.that | self.subordinators
        self.reported = pattern("REPORTED_PATTERN", re.X | re.I)
        self.told = pattern("TOLD_PATTERN", re.X)
        self.relative_aside = pattern("RELATIVE_ASIDE_PATTERN")
        self.relative_clause = pattern("RELATIVE_CLAUSE_PATTERN", re.X)
        self.reduced_relative = pattern("REDUCED_RELATIVE_PATTERN", re.X)
        self.object_participles = listed("OBJECT_PARTICIPLES")
        self.subordinate_conjunctions = listed("SUBORDINATE_CONJUNCTIONS")
        self.subordinate = re.compile(
            rf"(?:,\s+|\s)(?:{either('SUBORDINATE_CONJUNCTIONS')})\s+(?=\S)"
        )
        self.clause_break = pattern("CLAUSE_BREAK_PATTERN")
        self.perfect = pattern("PERFECT_PATTERN")
        self.markup = pattern("MARKUP_PATTERN")
        self.possessive_apposition = pattern("POSSESSIVE_APPOSITION_PATTERN")
        self.framing_apposition = re.compile(
            rf"^(?:{'|'.join(article_forms)})\s[^,]{{0,60}},\s+(?=[A-Z])"
        )
        self.aside_adverb = re.compile(rf",\s+(?:{either('ASIDE_ADVERBS')}),(?=\s)", re.I)
        table = getattr(language, "CONTRACTIONS", None)
        self.contractions: dict[str, tuple[str, str]] = (
            table if isinstance(table, dict) else ENGLISH.CONTRACTIONS
        )
        self.contraction = re.compile(
            rf"\b(?P<pronoun>{either('CONTRACTING_PRONOUNS')})['’]"
            rf"(?P<ending>{'|'.join(self.contractions)})\b",
            re.I,
        )
        # Read only from the module, with English's behaviour as the default:
        # where the story was filed ("МОСКВА, 20 февраля — "), framing that
        # opens a sentence and goes ("Ожидается, что …"), and the headline's
        # length (title.py).
        self.dateline = re.compile(getattr(language, "DATELINE_PATTERN", DATELINE.pattern))
        framing = getattr(language, "FRAMING_PATTERN", "(?!)")
        self.framing = re.compile(
            _PLACEHOLDER.sub(lambda m: either(m.group(1)), framing), re.X | re.I
        )
        self.dropped_adverbs = listed("DROPPED_ADVERBS")
        self.unresolved = listed("UNRESOLVED")
        # The word after the comma that opens what a reporting verb reports
        # ("заявил, что …"); English writes none.
        self.complementizer: str = getattr(language, "COMPLEMENTIZER", "")
        self.pronoun = re.compile(rf"^(?:{either('PRONOUNS')})\b", re.I)
        self.title_length: int | None = getattr(language, "TITLE_LENGTH", None)

    def is_past(self, word: str) -> bool:
        """A past tense or past participle form: an irregular one, or one
        with a past ending that is no other word ("indeed"); in a language
        with an analyser, its reading."""
        if self.analyser is not None:
            return self.analyser.is_past(word)
        lower = word.lower()
        if lower in self._irregular:
            return True
        return (
            len(lower) > 3
            and lower.endswith(self._past_endings)
            and lower not in self._not_verbs
            and not (self.language is ENGLISH and no_verb(lower))
        )

    @_read_once
    def _irregular(self) -> frozenset[str]:
        """Irregular past forms and past participles."""
        return frozenset(getattr(self.language, "IRREGULAR_PAST", ENGLISH.IRREGULAR_PAST).split())

    @_read_once
    def _past_endings(self) -> tuple[str, ...]:
        value = getattr(self.language, "PAST_ENDINGS", None) or ENGLISH.PAST_ENDINGS
        return tuple(value.split())

    @_read_once
    def _not_verbs(self) -> frozenset[str]:
        value = getattr(self.language, "NOT_VERBS", None) or ENGLISH.NOT_VERBS
        return frozenset(value.split())

    def is_plural(self, word: str) -> bool:
        """Whether a lower-case noun is in the plural: "thieves", "police"."""
        lower = word.lower()
        return lower in self.plurals or (
            lower.endswith(self.plural_endings) and not lower.endswith(self.not_plural_endings)
        )

    def is_adverb(self, word: str) -> bool:
        lower = word.lower()
        return lower in self.mid_adverbs or (lower.endswith(self.adverb_endings) and len(lower) > 4)


@cache
def grammar(language: ModuleType = ENGLISH) -> Grammar:
    """The compiled grammar of an events language module, built once."""
    return Grammar(language)


def annotate(
    text: str, date_spans: Sequence[tuple[int, int]] = (), language: ModuleType = ENGLISH
) -> Annotation:
    """The annotation of ``text`` (a sentence or a clause, as it stands in
    its document), whose date words are at ``date_spans`` (offsets into
    ``text``). The same text and dates give the same annotation object."""
    return _annotate(text, tuple(date_spans), grammar(language))


def annotate_sentences(
    text: str,
    sentences: Sequence[Sentence],
    date_spans: Sequence[tuple[int, int]],
    language: ModuleType = ENGLISH,
) -> list[Annotation]:
    """The annotation of each sentence of the document ``text``; ``date_spans``
    are the offsets of its date words in ``text``, sorted."""
    return [
        annotate(text[s.start : s.end], _spans_within(s, date_spans), language) for s in sentences
    ]


def _spans_within(sentence: Sentence, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Date spans inside the sentence, as offsets into its raw text; one that
    runs past its end is cut there. ``spans`` is sorted: a binary search
    keeps a long article linear, not quadratic."""
    first = bisect.bisect_left(spans, (sentence.start, -1))
    last = bisect.bisect_left(spans, (sentence.end, -1), lo=first)
    return [
        (start - sentence.start, min(end, sentence.end) - sentence.start)
        for start, end in spans[first:last]
    ]


@lru_cache(maxsize=4096)
def _annotate(text: str, date_spans: tuple[tuple[int, int], ...], rules: Grammar) -> Annotation:
    return Annotation(text, date_spans, rules)


class Annotation:
    """What one sentence (or clause) says and how: read once, on demand.

    Offsets (``aside``, ``report``, ``clauses``, ``relatives``) are into
    ``text``; ``core`` and what is read from it are text of their own."""

    def __init__(self, text: str, date_spans: tuple[tuple[int, int], ...], rules: Grammar) -> None:
        self.text = text
        self.date_spans = date_spans
        self.grammar = rules

    # --- the parts of the sentence -------------------------------------------

    @_read_once
    def aside(self) -> int:
        """Where the sentence's attribution, "according to" or trailing
        clause begins (its length when it has none)."""
        g = self.grammar
        starts = [len(self.text)]
        for pattern in (g.according, g.attribution, g.trailing_clause):
            match = pattern.search(self.text)
            if match:
                starts.append(match.start())
        return min(starts)

    @_read_once
    def report(self) -> int:
        """Where what a reporting verb reports begins ("Jobs announced that
        |Leopard would ship in 2007"); the text's length when nothing is."""
        g = self.grammar
        match = g.reporting_that.search(self.text)
        if match is None:
            return len(self.text)
        words = match.group(0).split()
        if (
            words[0].lower() in g.object_reporting
            and words[-1].lower() not in g.that
            and first_verb(self.text[match.end() : max(self.aside, match.end())].split(), g) is None
        ):
            # "reported its first loss on Tuesday", "reported a loss in the fourth
            # quarter, compared with…": no clause, an object (a trailing
            # participle is no verb of what is reported)
            return len(self.text)
        return match.end()

    @_read_once
    def main_part(self) -> str:
        """The text before any attribution or report."""
        return self.text[: min(self.aside, self.report)]

    @_read_once
    def clauses(self) -> list[tuple[int, int]]:
        """Spans of the coordinated clauses of the main part (the whole when
        one); a bare "and" joins clauses only before a verb ("…in 2004 and
        took…")."""
        g = self.grammar
        text = self.main_part
        spans = []
        start = 0
        for match in g.clause_break.finditer(text):
            word = match.group(1)
            if match.group(0).lstrip().startswith(g.bare_joiner) and not (
                word in g.verb_starts or (word.islower() and g.is_past(word))
            ):
                continue
            spans.append((start, match.start()))
            start = match.start(1)
        spans.append((start, len(text)))
        return spans

    @_read_once
    def relatives(self) -> list[Relative]:
        """The clauses that tell events of their own: relative and
        participial clauses, then the adverbial clause that ends the main
        part ("The decision came |after Hungary lifted…"), if any."""
        found = relative_clauses(self.text, self.grammar)
        aside, report = self.aside, self.report
        subordinate = _subordinate_clause(
            self.main_part if aside < report else self.text, self.grammar
        )
        if subordinate is not None:
            found.append(subordinate)
        return found

    def part(self, start: int, end: int) -> Annotation:
        """The annotation of ``text[start:end]``, a clause of this sentence."""
        spans = [
            (max(a, start) - start, min(b, end) - start)
            for a, b in self.date_spans
            if start <= a < end
        ]
        return _annotate(self.text[start:end], tuple(spans), self.grammar)

    # --- the main clause -----------------------------------------------------

    @_read_once
    def undated(self) -> str:
        """The text without its date words and their prepositions."""
        return without_dates(self.text, self.date_spans, self.grammar)

    @_read_once
    def core(self) -> str:
        """What the sentence says without its dates, framing adverbials,
        asides, attributions and trailing clauses: "On February 20, she took
        part in a meeting …, the agency said" → "she took part in a meeting …"."""
        return _core(self.text, self.date_spans, self.grammar)

    @_read_once
    def clause(self) -> str:
        """The clause the verb is read from: the core, or the whole text
        when nothing is left of it."""
        return self.core or self.text

    @_read_once
    def statement(self) -> str:
        """The core with "told reporters that" read as "said"."""
        g = self.grammar
        return g.told.sub(f"{g.told_as} ", self.core)

    @_read_once
    def reported(self) -> tuple[str, str] | None:
        """Who speaks and what they say, when the core is "X said that Y"."""
        match = self.grammar.reported.match(self.statement)
        return (match.group("who").strip(), match.group("what")) if match else None

    @_read_once
    def words(self) -> list[str]:
        """The clause's words, split at spaces: the tense, negation, state,
        subject and cues all read them."""
        return self.clause.split()

    @_read_once
    def verb(self) -> int | None:
        """The position of the main verb among the clause's ``words``."""
        return first_verb(self.words, self.grammar)

    @_read_once
    def tense(self) -> str:
        """ "past", "present" or "future": from the clause's main verb, else
        any past form in it."""
        g = self.grammar
        tense = main_tense(self.words, g)
        if tense is None:
            tense = (
                "past"
                if any(g.is_past(w) for w in _WORD.findall(self.clause) if w[0].islower())
                else "present"
            )
        return tense

    @property
    def past(self) -> bool:
        return self.tense == "past"

    @_read_once
    def perfect(self) -> bool:
        """ "has stated", "have raised": news of the day, not the last day told."""
        return self.past and self.grammar.perfect.search(self.clause.lower()) is not None

    @_read_once
    def negated(self) -> bool:
        """Whether the clause's first auxiliary is negated: "He did not say…"."""
        return _negated(self.words, self.grammar)

    @_read_once
    def state(self) -> bool:
        """Whether the clause only describes: "the meeting was the third
        round", "She had a permit", "He lived in Queens"."""
        split = self.words
        if _copular(split, self.grammar):
            return True
        verb = self.verb
        return verb is not None and split[verb].strip(_PUNCTUATION).lower() in self.grammar.stative

    def subject(self, names: Sequence[str]) -> str | None:
        """Who the core is about: the last name before its first verb, else a
        short subject phrase ("The ministers"); used for "he", "she", "they"
        in the sentence after."""
        g = self.grammar
        verb = self.verb
        if verb is None:
            return None
        head = " ".join(self.words[:verb])
        if g.analyser is not None:  # "Министры иностранных дел стран ШОС |провели"
            found = head.strip(' ,—–"«').split()
            opening = g.analyser.info(found[0]) if found else None
            if opening and opening.pos == "NOUN" and opening.case == "nomn" and len(found) <= 6:
                return " ".join(found)
        before = [name for name in names if name in head]
        # "Lt. Bob Rifkin of Operation Safe Streets said": whose he is, not who
        heads = [name for name in before if not _after_preposition(head, name, g)]
        before = heads or before
        if before:
            opener = head.split(" ", 1)[0]
            if head == f"{opener} {before[-1]}" and opener.lower() in g.articles:
                return head  # "The Hawks": a name in the plural
            return before[-1]
        found = head.strip(' ,—–"“').split()
        if 1 <= len(found) <= 4 and found[0].lower() in g.subject_openers:
            return " ".join(found)
        not_names = g.function_words | g.subject_pronouns  # "He", "Él"
        if 1 <= len(found) <= 3 and all(
            word[:1].isupper() and word.lower() not in not_names for word in found
        ):
            return " ".join(found)  # "Acme has unveiled…", "Police said…"
        if 1 <= len(found) <= 2 and _plural_noun_phrase(found, g):
            return " ".join(found)  # "…, thieves rammed…": "they" after is the thieves
        return None


_WORD = re.compile(r"[A-Za-z][a-z'-]+")


def _after_preposition(text: str, name: str, g: Grammar) -> bool:
    """Whether ``name`` stands in ``text`` after a preposition ("of the
    Hawks", "at Acme"): a noun's complement, not the subject."""
    before = text[: text.find(name)].split()
    while before and before[-1].lower() in g.articles:
        before.pop()
    return bool(before) and before[-1].lower() in g.prepositions


def _plural_noun_phrase(words: list[str], g: Grammar) -> bool:
    """Whether ``words`` are a bare plural noun, maybe with one word before
    it: "thieves", "armed men", "Masked thieves" opening a sentence."""
    first = words[0].lower()
    return (
        all(word.isalpha() and word.islower() for word in [first, *words[1:]])
        and first not in g.function_words
        and g.is_plural(words[-1])
    )


# --- the main clause ------------------------------------------------------------


@lru_cache(maxsize=4096)
def _core(text: str, date_spans: tuple[tuple[int, int], ...], g: Grammar) -> str:
    # Each pattern is tried only when its marks are there: this runs for
    # every sentence of every article.
    if _FIGURE_COMMA.search(text):
        text = _GROUPED.sub(_GROUP_MARK, _SPLIT_FIGURE.sub(rf"\1{_GROUP_MARK}{_JOIN_MARK}", text))
    clause = _SPEECH.sub("", g.dateline.sub("", without_dates(text, date_spans, g)))
    clause = g.framing.sub("", clause)
    if "'" in clause or "’" in clause:
        clause = g.contraction.sub(lambda m: _expanded(m, g), clause)
    clause = g.markup.sub("", clause)
    according = g.according.search(clause)
    if according:
        clause = clause[: according.start()] + " " + clause[according.end() :]
        if not clause[: according.start()].strip():
            # "According to X, the largest site in the country, the problem was…"
            clause = _without_leading_apposition(clause.lstrip(), g)
    if "," in clause:
        clause = g.inner_attribution.sub("", g.age.sub("", clause))
    if "," in clause:
        framed = clause
        for _ in range(3):
            clause = g.leading_adverbial.sub("", clause.lstrip(" ,"))
            clause = g.framing.sub("", clause)
        clause = g.participle_opener.sub("", clause)
        if clause != framed:
            # "Under O'Brien, the former coach of the Celtics, Iverson moved": the
            # adverbial's apposition goes with it; "In addition to the Classic,
            # Nano and Shuffle, they announced": so does the rest of its list
            clause = g.framing_apposition.sub("", clause)
            clause = _without_list_rest(clause, g)
        head, comma, rest = clause.partition(", ")
        if comma and len(head.split()) <= 5 and head.split()[-1].lower() in g.dangling:
            clause = rest  # "Overnight and into, police…": what the date words left
        elif (
            comma
            and clause != framed
            and head[:1].islower()
            and len(head.split()) <= 4
            and not _has_verb(head.split(), g)
            and rest[:1].isupper()
            and _has_verb(rest.split(",", 1)[0].split(), g)
        ):
            clause = rest  # "In the one-day, non-jury trial, Judge…": the adverbial's rest
    if "," in clause or ";" in clause:
        clause = g.attribution.sub("", clause)
        clause = g.named_appositive.sub(lambda m: _named(m, g), clause)
        clause = _without_subject_apposition(clause, g)
    clause = _without_asides(g.aside_adverb.sub("", clause), g)
    if g.analyser is not None and "," in clause:
        clause = _without_participle_asides(clause, g)
    if "'" in clause or "’" in clause:
        clause = g.possessive_apposition.sub("", _SPLIT_POSSESSIVE.sub(r"\1s", clause))
    clause = g.participle_aside.sub(lambda m: _drop_participle_aside(m, g), clause)
    clause = g.trailing_clause.sub("", clause)
    for relative in reversed(relative_clauses(clause, g)):
        if clause[: relative.start].strip(" ,") != relative.antecedent:
            # "Those of us who have been…" keeps its clause: the verb is there
            clause = clause[: relative.start] + clause[relative.end :]
    if ", " in clause:
        clause = g.trailing_apposition.sub(lambda m: _drop_apposition(m, g), clause)
    if clause.split(" ", 1)[0].lower() in g.leading_conjunctions:
        clause = clause.split(" ", 1)[-1]  # "But anger grew…", a clause's "and then…"
    clause = g.leading_time.sub("", clause)
    clause = clause.replace(_GROUP_MARK, ",").replace(_JOIN_MARK, "")
    clause = " ".join(clause.split()).strip(" ,.;:!?\"”»'’—–")
    if g.verb_subject:
        return _subject_after_verb(clause, g)
    return _subject_first(clause, g) if g.verb_second else clause


def _subject_first(clause: str, g: Grammar) -> str:
    """In a verb-second language the verb follows an opening date: without
    the date, "hatte Polen die Idee … vorgeschlagen" reads as a headline once
    the subject comes first ("Polen hatte die Idee … vorgeschlagen"). German
    writes its nouns capitalised, so a clause that opens in lower case opens
    with its verb; the subject is the name or the article and noun after it."""
    words = clause.split()
    first = words[0] if words else ""
    if (
        len(words) < 3
        or not first[:1].islower()
        or first in g.function_words
        or first in g.prepositions
        or first in g.mid_adverbs
    ):
        return clause
    if words[1].lower() in g.determiners:
        end = next((i for i in range(2, min(len(words), 6)) if words[i][:1].isupper()), None)
    else:
        end = 1 if words[1][:1].isupper() else None
    if end is None or end + 1 >= len(words):
        return clause
    return " ".join([*words[1 : end + 1], first, *words[end + 1 :]])


def _expanded(match: re.Match[str], g: Grammar) -> str:
    """ "He's shown" → "He has shown", "they'd left" → "they had left": a
    pronoun's contracted auxiliary is written out before a participle, so
    that the participle is read as the verb. "'s" is "has" before an
    irregular participle or one with an object ("she's signed a contract"),
    and "is" otherwise ("he's sentenced May 7"); any other contraction
    ("I'm", "it's") stays."""
    has, is_ = g.contractions[match.group("ending").lower()]
    following = match.string[match.end() :].split(None, 2)
    participle = following[0].strip(_PUNCTUATION).lower() if following else ""
    if not g.is_past(participle):
        return match.group(0)
    after = following[1].lower() if len(following) > 1 else ""
    perfect = (
        has == is_
        or participle in g.irregular_participles
        or after in g.determiners
        or after in g.subject_pronouns
    )
    return f"{match.group('pronoun')} {has if perfect else is_}"


def _without_participle_asides(clause: str, g: Grammar) -> str:
    """Without the participial and adjectival phrases a comma opens, in a
    language whose analyser tells them (", прошедшей в Женеве,", ", способных
    повлиять на результат,", ", отметив …"): they qualify, the headline goes
    on without them."""
    assert g.analyser is not None
    parts = clause.split(", ")
    kept = parts[0]
    dropped = False  # the comma that closed a dropped phrase goes with it
    for index, part in enumerate(parts[1:], 1):
        first = part.split(" ", 1)[0].strip(".;:!?")
        can_be = g.analyser.can_be if first.islower() else lambda _word, _pos: False
        enclosed = index < len(parts) - 1 and " " in part
        if can_be(first, "PRTF") or can_be(first, "GRND") or (enclosed and can_be(first, "ADJF")):
            dropped = True
            continue
        kept += f" {part}" if dropped else f", {part}"
        dropped = False
    return kept


def _has_verb(words: Sequence[str], g: Grammar) -> bool:
    """Whether a phrase holds a finite verb: an auxiliary or a past form."""
    return any(
        word.strip(_PUNCTUATION).lower() in g.auxiliaries | g.modals
        or (word[:1].islower() and g.is_past(word.strip(_PUNCTUATION)))
        for word in words
    )


def _list_rest(text: str, g: Grammar, *, verbs: bool = False) -> int:
    """How long the rest of a list is that opens ``text``: its last items to
    the end ("iPod Touches, and iPads") or one item with its "and" up to the
    comma after it ("cans of food and clothes, "); 0 when ``text`` opens no
    list's rest, or a clause ("and the town flooded"). With ``verbs``, the
    list is of a relative clause's verbs, each item opening with its own
    ("which flooded roads, |cut power and toppled trees,")."""
    items = text.split(", ")
    for count, item in enumerate(items[:4], 1):
        words = item.split()
        if verbs:
            if not words or len(words) > 8 or not _verb_item(words, g):
                return 0
            if not any(word.lower() in g.coordinators for word in words):
                continue
            return len(text) if count == len(items) else sum(len(e) + 2 for e in items[:count])
        if not words or len(words) > 8 or _has_verb(words, g):
            return 0
        if not any(word.lower() in g.coordinators for word in words):
            continue
        last = count == len(items)
        if count == 1 and (last or words[0].lower() in g.coordinators):
            return 0  # "…, bans smoking and drinking": the clause's own words
        return len(text) if last else sum(len(each) + 2 for each in items[:count])
    return 0


def _verb_item(words: list[str], g: Grammar) -> bool:
    """Whether a list item is a verb phrase of its own ("cut power and
    toppled trees"): it opens with a past form, and a coordinator in it is
    followed by one."""
    first = words[0]
    if not (first.islower() and g.is_past(first)) or first in g.auxiliaries:
        return False
    return all(
        following.islower() and g.is_past(following.strip(_PUNCTUATION))
        for word, following in itertools.pairwise(words)
        if word.lower() in g.coordinators
    )


def _without_asides(clause: str, g: Grammar) -> str:
    """``clause`` without its asides (dashes, brackets, ", the agency's
    chief,"); when an aside's closing comma was a list's (", a new version
    of the system that powers iPhones, iPod Touches, and iPads"; ",
    including blankets, cans of food and clothes, arrived"), the list's rest
    goes with it."""
    kept: list[str] = []
    position = 0
    for match in g.aside.finditer(clause):
        if match.start() < position:
            continue
        kept.append(clause[position : match.start()])
        position = match.end()
        if match.group(0)[:1] in "-—–":
            kept.append(" ")  # "people—one with burns—were": the words were glued
        if match.group(0).startswith(","):
            rest = clause[position:].lstrip()
            # ", which flooded roads, cut power and toppled trees, moved": verbs listed
            opening = match.group(0).split()
            verbs = len(opening) > 2 and opening[1].lower() in g.relative_pronouns
            verbs = verbs and _verb_item(opening[2:3], g)
            length = _list_rest(rest, g, verbs=verbs)
            after = rest[length:].split(" ", 1)[0]
            if length and (length == len(rest) or _has_verb([after], g)):
                position = len(clause) - len(rest) + length
                kept.append(" ")
    kept.append(clause[position:])
    return "".join(kept)


def _without_list_rest(clause: str, g: Grammar) -> str:
    """``clause`` without the rest of a list that opens it, when a clause
    follows: "Nano and Shuffle, they announced" → "they announced"."""
    length = _list_rest(clause, g)
    rest = clause[length:]
    if not length or not rest or not _has_verb(rest.split(",", 1)[0].split(), g):
        return clause
    return rest


def _without_leading_apposition(clause: str, g: Grammar) -> str:
    """``clause`` without an apposition that opens it once "According to X,"
    is gone ("the largest IT website in the country, the problem was…"),
    when what follows is a clause with its verb before any comma."""
    head, comma, rest = clause.partition(", ")
    words = head.split()
    if (
        comma
        and words
        and words[0].lower() in g.articles
        and len(words) <= 12
        and not _has_verb(words, g)
        and _has_verb(rest.split(",", 1)[0].split(), g)
    ):
        return rest
    return clause


def _without_subject_apposition(clause: str, g: Grammar) -> str:
    """A name without the apposition set off between it and its verb:
    "Shahram Alamdari, head of the rescue unit, said…" → "Shahram Alamdari
    said…"; "Dalton, shot in the neck, remained…", "Comeaux, a 6-foot,
    200-pound man, was serving…", "Heydar Alishbandi, Governor of Qeshm
    island, said…" too."""
    parts = clause.split(", ")
    name = parts[0].split()
    if not (
        len(parts) > 2
        and 1 <= len(name) <= 6
        and all(word[:1].isupper() for word in name[-2:])
        and (name[0].lower() not in g.function_words or name[0].lower() in g.person_nouns)
    ):
        return clause
    for end in range(2, min(len(parts), 5)):
        inner = ", ".join(parts[1:end]).split()
        # "…, Governor of Lake province, said": a title in capitals opens one too
        opening = inner[0][:1].islower() or inner[0].lower() in g.person_nouns if inner else False
        if not opening or len(inner) > 14 or _has_verb(inner[1:], g):
            return clause
        after = ", ".join(parts[end:])
        following = after.split(" ", 1)[0].lower()
        if after[:1].islower() and (
            following in g.auxiliaries
            or following in g.modals
            or following in g.speaking
            or g.is_past(following)
        ):
            return f"{parts[0]} {after}"
    return clause


def _drop_apposition(match: re.Match[str], g: Grammar) -> str:
    found = match.group(0).split()
    if any(word in g.auxiliaries or (word.islower() and g.is_past(word)) for word in found):
        return match.group(0)  # ", the ministers agreed": a clause of its own
    return ""


def _named(match: re.Match[str], g: Grammar) -> str:
    """ "The German chancellor, Lena Vogt, said" → "Lena Vogt said"; the
    comma stays before a participial phrase the name opens ("…, Lena Vogt,
    facing criticism, said"), which goes next."""
    rest = match.string[match.end() :]
    aside = g.participle_aside.match(f"{match.group('name')}, {rest}")
    return f"{match.group('name')}, " if aside else f"{match.group('name')} "


def _drop_participle_aside(match: re.Match[str], g: Grammar) -> str:
    subject = match.group("subject")
    if any(g.is_past(word) or word in g.auxiliaries for word in subject.lower().split()):
        return match.group(0)  # "They signed X, discussed Y, …": verbs in a row
    return subject + " "


def without_dates(text: str, spans: Sequence[tuple[int, int]], g: Grammar) -> str:
    """The text without its date words and the prepositions that go with
    them ("on March 3"); a date that qualifies a noun goes alone ("at this
    year's fair" → "at fair")."""
    ordered = sorted(spans)
    for number in range(len(ordered) - 1, -1, -1):
        start, end = ordered[number]
        if not (0 <= start < end <= len(text)):
            continue
        head = text[:start].rstrip()
        tail = text[end:].lstrip()
        if _keeps_date(head, tail, g):
            continue
        first = text[start:end].split(None, 1)[0].lower()
        if tail.startswith(g.possessive_endings):
            tail = tail[3:]
        else:
            while head:
                cut = head.rfind(" ") + 1
                if head[cut:].lower() not in g.date_words:
                    break
                first = head[cut:].lower()
                head = head[:cut].rstrip()
            previous = ordered[number - 1][1] if number else -1
            if 0 < previous <= len(head) and g.date_pair_joiner.fullmatch(head[previous:].strip()):
                head = head[:previous]  # "on Monday and again on Friday": the pair goes whole
        if first in g.time_relations:
            head = _without_time_measure(head, g)  # "a few hours [later]"
        unit, _, after = tail.partition(" ")
        if text[end - 1 : end].isdigit() and unit.lower() in g.clock_words:
            tail = after  # "at 09:10 hours"
        if tail.startswith(",") and (
            not head or head.endswith(",") or head.rsplit(" ", 1)[-1].lower() in g.joiners
        ):
            tail = tail[1:].lstrip()  # "that as of January, Apple held" → "that Apple held"
        elif not head and tail.startswith(":"):
            tail = tail[1:].lstrip()  # a chronology's "Sept. 7: Lehman files…"
        text = head + " " + tail
    return " ".join(text.split()).replace(" ,", ",")


def _without_time_measure(text: str, g: Grammar) -> str:
    """``text`` without the measure of time it ends on ("a few hours", "two
    weeks"), once the date it measured to is gone: "sold its stake a few
    hours [later]", "had married two weeks [before]"."""
    words = text.split()
    if not words or words[-1].lower() not in g.time_units:
        return text
    words.pop()
    while words and (words[-1].lower() in g.time_quantifiers or words[-1][:1].isdigit()):
        words.pop()
    return " ".join(words)


def _keeps_date(head: str, tail: str, g: Grammar) -> bool:
    """Whether a date is part of what the clause says and stays in the
    headline: it qualifies a claim ("not in recession since 2001"), it is what
    was scheduled ("is scheduled for March 3", "für den 12. März angesetzt"),
    or it is the subject ("Friday was chosen")."""
    before = head.rsplit(None, 2)[-2:] if head else []
    if before and before[-1].lower() in g.date_keepers:
        return True
    if len(before) > 1 and before[-1].lower() in g.date_words:
        return before[0].lower() in g.schedule_verbs
    following = tail.split(None, 1)[:1]
    if g.verb_second and following and following[0].strip(".,;:").lower() in g.schedule_verbs:
        return True  # "ist für den 12. März angesetzt": the participle comes last
    if head.strip(" ,\"“'‘—–-") or not tail:
        return False
    first = tail.split(None, 1)[0]
    if g.verb_subject and _inverted(tail.split(), g) is not None:
        return False  # "El domingo murieron 80 personas": the subject follows
    return first in g.auxiliaries or (first.islower() and g.is_past(first))


def _inverted(words: list[str], g: Grammar) -> int | None:
    """Where the subject begins when ``words`` open with their verb and the
    subject follows it, as Spanish, Italian and French may write once a date
    has opened the clause ("comenzaron las protestas en Deraa", "era
    cominciata la rivolta"): after the verb (an auxiliary with its
    participle), at an article or a figure; None otherwise."""
    if len(words) < 3 or not words[0][:1].islower():
        return None
    first = words[0].lower()
    if first in g.auxiliaries:
        at = 1
        if words[at].lower() in g.passive_links:
            at += 1
        if at >= len(words) or not g.is_past(words[at].lower()):
            return None
        at += 1
    elif g.is_past(first) or (g.future_endings and first.endswith(g.future_endings)):
        at = 1
    else:
        return None
    if at + 1 >= len(words):
        return None
    opener = words[at].lower()
    return at if opener in g.articles or opener[:1].isdigit() else None


def _subject_after_verb(clause: str, g: Grammar) -> str:
    """ "comenzaron las protestas en Deraa" → "Las protestas comenzaron en
    Deraa": the subject, from its article to a preposition (not the one that
    links two nouns) or a comma, goes before the verb that an opening date
    had put first."""
    words = clause.split()
    at = _inverted(words, g)
    if at is None:
        return clause
    end = at + 1
    while end < len(words) and end - at < 6:
        word = words[end].lower()
        if word in g.prepositions and word != g.noun_link:  # "el plan de paz" is one subject
            break
        end += 1
        if words[end - 1].endswith(","):
            break
    subject = words[at:end]
    subject[-1] = subject[-1].rstrip(",")
    subject[0] = subject[0][:1].upper() + subject[0][1:]
    return " ".join([*subject, *words[:at], *words[end:]])


# --- clauses that tell events of their own ----------------------------------------


def relative_clauses(text: str, g: Grammar) -> list[Relative]:
    """The relative clauses of ``text``: their dates are not the main
    event's but their own ("…that was approved in May 2025")."""
    found = [
        Relative(
            m.start(),
            m.start("body"),
            m.end("body"),
            _antecedent(
                text[: m.start()],
                g,
                person=text[m.start() : m.start("body")].split()[-1].lower() in g.person_relatives,
                thing=text[m.start() : m.start("body")].split()[-1].lower() in g.thing_relatives,
            ),
        )
        for m in g.relative_aside.finditer(text)
    ]
    aside = g.participle_aside.match(text)
    if aside and not _drop_participle_aside(aside, g).endswith(", "):
        body = aside.end("subject") + 2
        found.append(
            Relative(
                aside.end("subject"),
                body,
                aside.end() - 2,
                _antecedent(aside.group("subject"), g),
                passive=True,
            )
        )
    main: int | None = -1  # the main verb's word position, read when needed
    for match in g.reduced_relative.finditer(text):
        participle = match.group("participle")
        if not g.is_past(participle) or participle in g.auxiliaries:
            continue
        if main == -1:
            main = _verb_after_participle(text.split(), g)
        if main == len(text[: match.start()].split()):
            continue  # "A man accused of arson |appeared in court": the main verb
        start = match.start()
        before = text[:start].rsplit(None, 1)[-1].lower() if text[:start].strip() else ""
        if before in g.auxiliaries or before in g.modals:
            continue  # "a helicopter had landed on…": the verb group, not a noun's participle
        noun = _noun_phrase(text[:start], g)
        if noun and _object_before(text[: start - len(noun)], g):
            found.append(Relative(start, start + 1, match.end(), noun, passive=True))
    verb_at: int | None = -1  # where the main verb starts in ``text``, read when needed
    for match in g.relative_clause.finditer(text):
        start = match.start()
        before = text[:start].rsplit(None, 1)[-1].lower() if text[:start].strip() else ""
        if (
            not before
            or (match.group("comma") and match.group("pronoun") == g.comma_relative)
            or (before in g.reporting or before in g.auxiliaries or g.is_past(before))
        ):
            continue  # "said that it was…": what is said, not a relative clause
        if any(r.start <= match.start("pronoun") < r.end for r in found) or (
            before in g.time_nouns or before in g.indefinite
        ):
            continue  # "the quarter, which ended…" dates the quarter; "those who…" is the subject
        # ", who…" is about the person nearest; "Those of us who…" about the whole
        person = bool(match.group("comma")) and match.group("pronoun").lower() in g.person_relatives
        if verb_at == -1:
            verb_at = _verb_start(text, g)
        end = _relative_end(text, match.start("body"), match.end("body"), verb_at, g)
        if end == match.end("body") and text.startswith(", ", end):
            # "a strike that grounded flights, shut ports and closed schools"
            opening = text[match.start("body") :].split()[:1]
            listed = _list_rest(text[end + 2 :], g, verbs=True) if _verb_item(opening, g) else 0
            if listed:
                end += 2 + listed
        thing = match.group("pronoun").lower() in g.thing_relatives
        antecedent = _antecedent(text[:start], g, person=person, thing=thing)
        found.append(Relative(start, match.start("body"), end, antecedent))
    return found


def _verb_after_participle(split: list[str], g: Grammar) -> int | None:
    """The main verb's position when a participle qualifying the subject
    comes before it ("A man accused of arson |appeared…"), else None."""
    verb = first_verb(split, g)
    if verb is None or not any(
        split[index] in g.object_participles and split[index + 1] in g.prepositions
        for index in range(1, verb)
    ):
        return None  # "Baca returned to Los Angeles for a conference held…" has its verb
    return verb


def _verb_start(text: str, g: Grammar) -> int | None:
    """Where the main verb of ``text`` starts, if it has one."""
    spans = list(re.finditer(r"\S+", text))
    main = first_verb([span.group() for span in spans], g)
    return None if main is None else spans[main].start()


def _relative_end(text: str, body: int, end: int, verb_at: int | None, g: Grammar) -> int:
    """Where a relative clause without commas ends: before the main clause's
    verb (which starts at ``verb_at``) when it comes back ("a receptionist
    who tried to stop him |was arraigned…"), not before what a reported
    clause says ("who said the officer was hurt") nor a subordinate clause's
    verb."""
    if verb_at is not None and body < verb_at < end:
        return verb_at - 1  # "the depot that destroyed six trucks |shocked…"
    words = list(re.finditer(r"\S+", text[body:end]))
    for index in range(2, len(words)):
        word = words[index].group().lower()
        before = words[index - 1].group().lower()
        if (
            word not in g.copulas
            or before in g.subject_pronouns
            or before in g.auxiliaries
            or before in g.coordinators  # "…was released and is scheduled": its own verbs
        ):
            continue
        if any(w.group().lower() in g.clause_openers for w in words[:index]):
            return end
        return body + words[index].start() - 1
    return end


def _subordinate_clause(text: str, g: Grammar) -> Relative | None:
    """The adverbial clause with a verb of its own that ends ``text``
    ("The decision came |after Hungary lifted its objections on Monday"):
    a date in it dates what it tells, not the main verb."""
    for match in g.subordinate.finditer(text):
        found = []
        for word in text[match.end() :].split()[:6]:
            if word.lower() in g.coordinators or word.endswith(","):
                break  # "since 2004 and has been": the verb is the main clause's
            found.append(word)
        if (
            found
            and not found[0][:1].isdigit()
            and any(
                word.islower() and word not in g.auxiliaries and g.is_past(word)
                for word in found[1:]
            )
        ):
            return Relative(match.start(), match.end(), len(text), "")
    return None


def _noun_phrase(text: str, g: Grammar) -> str:
    """The phrase a determiner opens at the end of ``text``, at most five
    words and no "and" ("violates an agreement" → "an agreement"); "" if none."""
    found = text.split()[-5:]
    for index in range(len(found) - 1, -1, -1):
        word = found[index]
        if word.lower() in g.coordinators or word.endswith((",", ";")):
            return ""
        if word in g.noun_openers and index < len(found) - 1:
            return " ".join(found[index:])
    return ""


def _object_before(text: str, g: Grammar) -> bool:
    """Whether a noun phrase after ``text`` is an object: it follows a verb
    ("violates an agreement reached…") or a preposition ("in a conference
    held…"), not a subject ("the shares of the company increased…")."""
    found = text.split()
    if not found or found[-1][:1].isupper() or found[-1].endswith(","):
        return False
    word = found[-1].lower()
    if word in g.prepositions:
        return word != g.noun_link
    return len(found) > 1 and (g.is_past(word) or (word.endswith("s") and word not in g.dangling))


def _antecedent(text: str, g: Grammar, *, person: bool = False, thing: bool = False) -> str:
    """The noun phrase that ends ``text``: back to a comma or a verb, at
    most eight words ("They discussed the SAFE programme, the loan
    instrument" → "the loan instrument"); for a person (", who…"), back to
    a preposition too ("a bodega with her son, who was celebrating" → "her
    son"). For a ``thing`` ("that", "which") after a person's noun ("a
    suspect in a shooting that occurred…"), and for a time ("its profits
    during the last quarter, which ended…"), the phrase after the
    preposition is what the clause is about."""
    found = text.rsplit(",", 1)[-1].split()[-8:]
    if person:
        for index in range(len(found) - 1, 0, -1):
            if found[index - 1].lower() in g.prepositions:
                found = found[index:]
                break
    for index in range(len(found) - 1, -1, -1):
        word = found[index].lower()
        if word in g.auxiliaries or (index and g.is_past(word) and word[:1].islower()):
            found = found[index + 1 :]
            break
    # "will replace Mac OS X": the verb after an auxiliary goes too
    while found and found[0][:1].islower() and found[0].lower() not in g.determiners:
        found = found[1:]
    if not person:
        link = next(
            (
                index
                for index in range(len(found) - 2, 0, -1)
                if found[index].lower() in g.prepositions and found[index].lower() != g.noun_link
            ),
            None,
        )
        if link is not None and (
            (thing and found[link - 1].lower() in g.person_nouns)
            or found[-1].lower().strip(",") in g.time_nouns
        ):
            found = found[link + 1 :]
    return " ".join(found)


# --- the verb ------------------------------------------------------------------


# How far a subject may run before its verb: "The crew of the small fishing
# boat from the northern port of Brixham that sank in the storm |were…".
_SUBJECT_WINDOW = 24


def first_verb(split: list[str], g: Grammar) -> int | None:
    """The main verb's position, if it comes before any subordinate clause;
    the verb of a relative clause on the subject is passed over ("The quake
    that struck the coast |killed…", "The man who was arrested |has…")."""
    relative = False
    skipping: bool | str = False  # True, then "verb" in the relative clause's verbs
    for index, word in enumerate(split[:_SUBJECT_WINDOW]):
        bare = word.strip(',.;:"“”').lower()
        if bare in g.relative_pronouns and 0 < index < _SUBJECT_WINDOW - 4 and not relative:
            previous = split[index - 1].lower().strip(",")
            if not (previous in g.reporting or g.is_past(previous) or previous in g.auxiliaries):
                relative = skipping = True
                continue
        if bare in g.subordinators:
            return None
        if index and split[index - 1].lower() in g.verb_links:
            continue
        verb = (index or g.analyser is not None) and (
            (g.analyser is not None and g.analyser.verb_tense(bare) is not None)
            or bare in g.auxiliaries
            or bare in g.negated
            or bare in g.modals
            or bare in g.present_verbs
            or (
                g.is_past(bare)
                and word[:1].islower()
                and not adjectival(split, index, g)
                and not _reduced_relative(split, index, g)
            )
        )
        # "ISPs who use bandwidth on the cable |have been…": a present plural
        # right after "who" is the relative clause's verb
        if (
            skipping is True
            and split[index - 1].lower() in g.relative_pronouns
            and word.islower()
            and bare not in g.determiners
            and bare not in g.subject_pronouns
        ):
            skipping = "verb"
            continue
        if skipping == "verb" and not (verb or g.is_adverb(word) or bare in g.negative_particles):
            skipping = False  # the relative clause's verb group has ended
        if verb and skipping:
            skipping = "verb"
            continue
        if verb:
            return index
    return None


def adjectival(split: list[str], index: int, g: Grammar) -> bool:
    """A participle after a determiner or a possessive is an adjective: "the
    (recently) announced iPhone", "the country's state-owned operator"."""
    before = split[index - 1].lower()
    if before in g.relative_pronouns:
        return False  # "the quake that struck…"
    following = split[index + 1] if index + 1 < len(split) else ""
    if split[index].lower() in g.naming and following[:1].isupper():
        return True  # "a company called Heritage Properties"
    if before.endswith(g.adverb_endings) and index > 1:
        before = split[index - 2].lower()
    return (
        before in g.determiners
        or before in g.adjective_openers
        or (before in g.prepositions and before != g.infinitive)
        # "the country's state-owned operator": a possessive opens a noun phrase
        or (f"{before} ".endswith(g.possessive_endings) and following[:1].islower())
        # "two wounded men", "a state-owned fixed line": a number or a compound
        # adjective, then the participle, then its noun
        or (
            (before in g.numbers or before[:1].isdigit() or _compound(before))
            and split[index].isalpha()
            and _noun_like(following, g)
        )
        or (_compound(split[index]) and _noun_like(following, g))  # "long-awaited report"
    )


def _compound(word: str) -> bool:
    """A hyphenated modifier: "state-owned", "40-year-old", "well-known"."""
    head, hyphen, tail = word.partition("-")
    return bool(hyphen) and head[:1].isalnum() and tail[:1].isalpha()


def _noun_like(word: str, g: Grammar) -> bool:
    """Whether ``word`` may be the noun a participle qualifies: a lower-case
    word that is no function word, number, adverb or verb form."""
    lower = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and lower not in g.function_words
        and lower not in g.prepositions
        and lower not in g.determiners
        and lower not in g.auxiliaries
        and lower not in g.numbers
        and lower not in g.dangling
        and lower not in g.particles
        and not g.is_adverb(lower)
    )


def _verb_follows(split: list[str], index: int, g: Grammar) -> bool:
    """Whether the clause's verb comes right after the participle at
    ``index`` and its noun: a copula, a modal, or a past before what a
    verb takes ("the man arrested was…", "an update released came with…");
    "the storm caused damaged roofs" has a participle before its noun."""
    word, following = split[index], split[index + 1]
    lower = following.lower()
    if word.endswith(",") or split[index - 1].lower() in g.subject_pronouns:
        return False
    if lower in g.copulas or lower in g.modals:
        return True
    if not (following.islower() and g.is_past(following)) or following in g.auxiliaries:
        return False
    after = split[index + 2].lower().strip(",.") if index + 2 < len(split) else ""
    return (
        not after
        or after in g.determiners
        or after in g.prepositions
        or after in g.numbers
        or after[:1].isdigit()
    )


def _reduced_relative(split: list[str], index: int, g: Grammar) -> bool:
    """A participle that qualifies the noun before it, with the clause's
    verb still to come: "iPods sold in France have…", "the phone developed
    by Cisco is…"."""
    if index + 1 >= len(split) or split[index].lower() in g.past_only:
        return False
    following = split[index + 1].lower()
    if _verb_follows(split, index, g):
        return True  # "An update released (Thursday) came with…"
    # "repaired after the floods were…": "after" may open a clause of its own
    # ("grew after the mayor cut…"), so only a copula or a modal tells
    conjunction = following in g.participle_prepositions
    if following not in g.prepositions and not conjunction:
        return False
    for position in range(index + 2, min(len(split), index + 16)):
        word = split[position]
        bare = word.lower().strip(",")
        if bare in g.copulas or bare in g.modals or bare in g.negated:
            return True
        if conjunction or split[position - 1].lower() in g.verb_links:
            continue
        if bare in g.auxiliaries:
            return True
        if g.is_past(bare) and word[:1].islower() and not adjectival(split, position, g):
            return True  # "A report published by an institute found…"
        after = split[position + 1].lower() if position + 1 < len(split) else ""
        if word.endswith(",") and after in g.copulas:
            return True  # "a cable owned by the firm, was cut"
        if (
            word.endswith(",")
            or bare in g.subordinators
            or bare in g.clause_breaks | g.clause_coordinators
        ):
            return False  # "escaped from a van after he pulled…": the verb was the first
        if bare in g.subject_pronouns:
            return False
    return False


def main_tense(split: list[str], g: Grammar) -> str | None:
    """ "past", "present" or "future" from the first verb of a clause (its
    main verb, unless a subordinate clause comes first), or None."""
    for index, word in enumerate(split[:14]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in g.cue_subordinators:
            return None
        if g.analyser is not None and (tense := g.analyser.verb_tense(bare)) is not None:
            return "future" if bare in g.future_auxiliaries else tense  # "будет решать"
        if index == 0 or split[index - 1].lower() == g.infinitive:
            continue
        if bare in g.future_auxiliaries or (
            g.future_endings and word[:1].islower() and bare.endswith(g.future_endings)
        ):
            return "future"
        if bare in g.past_auxiliaries:
            return "past"
        bare, reflexive = _reflexive(split, index, bare, g)
        if bare in g.present_auxiliaries:
            return "past" if _made_with_be(split, index, reflexive, g) else "present"
        if bare in g.perfect_auxiliaries:
            following, _ = _after_auxiliary(split, index, g)
            return "past" if g.is_past(following) else "present"
        if g.is_past(bare) and word[:1].islower():
            return "past"
    return None


def _after_auxiliary(split: list[str], index: int, g: Grammar) -> tuple[str, bool]:
    """The word the auxiliary at ``index`` goes with, in lower case, past an
    adverb and a passive "been" ("ont déjà été tués" → "tués"), and whether
    such a "been" came before it."""
    rest = [word.strip(_PUNCTUATION).lower() for word in split[index + 1 : index + 4]]
    if rest and rest[0] in g.perfect_adverbs:
        rest = rest[1:]
    passive = bool(rest) and rest[0] in g.passive_links
    if passive:
        rest = rest[1:]
    return (rest[0] if rest else ""), passive


def _reflexive(split: list[str], index: int, bare: str, g: Grammar) -> tuple[str, bool]:
    """The word at ``index`` without an elided reflexive pronoun ("s'est" →
    "est"), and whether a reflexive pronoun comes with it ("si è")."""
    head, apostrophe, rest = bare.replace("’", "'").partition("'")
    if apostrophe and f"{head}'" in g.reflexives:
        return rest, True
    return bare, index > 0 and split[index - 1].lower() in g.reflexives


def _made_with_be(split: list[str], index: int, reflexive: bool, g: Grammar) -> bool:
    """Whether "to be" at ``index`` makes a compound past, as in French and
    Italian: "è stato eletto", "si è dimesso", "est arrivé" (never in
    English, whose lists are empty: "is closed" is a state)."""
    following, passive = _after_auxiliary(split, index, g)
    if passive:  # "è stato eletto", not "è stato un anno"
        return g.is_past(following)
    return following in g.be_perfect or (reflexive and g.is_past(following))


def _negated(split: list[str], g: Grammar) -> bool:
    for index, word in enumerate(split[:14]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in g.cue_subordinators:
            return False
        if bare.endswith(g.negated_endings) or (index and bare in g.negating_adverbs):
            return True
        if index and bare in g.negated_auxiliaries:
            following = split[index + 1 : index + 2]
            return bool(following) and following[0].strip(_PUNCTUATION).lower() in g.negation
    return False


def _copular(split: list[str], g: Grammar) -> bool:
    """Whether the clause's first verb is "was", "is"… with no participle
    after it: "the meeting was the third round", "X was also present"
    describe, "X was elected" or "is to meet" tell."""
    for index, word in enumerate(split[:14]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in g.cue_subordinators:
            return False
        following = split[index + 1].strip(_PUNCTUATION).lower() if index + 1 < len(split) else ""
        if index and bare in g.possession and index + 1 < len(split):
            return following in g.possessed_openers  # "She had a permit"
        if index and word[:1].islower() and g.is_past(bare) and bare not in g.copulas:
            if following in g.copulas:
                continue  # "the person killed was a woman": the participle qualifies
            return False  # "said they were ready": the main verb is another
        if not index or bare not in g.copulas:
            continue
        if _made_with_be(split, index, _reflexive(split, index, bare, g)[1], g):
            return False  # "si è dimesso", "è stato eletto": a compound past
        rest = [w.strip(_PUNCTUATION).lower() for w in split[index + 1 : index + 4]]
        while rest and rest[0] in g.habitual | g.copula_adverbs:
            rest = rest[1:]
        following = rest[0] if rest else ""
        return not (
            g.is_past(following)
            or following.endswith(g.progressive_endings)
            or following in g.copula_plans
        )
    return False

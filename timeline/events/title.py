"""Headlines for timeline entries, made from a sentence's annotation
(``sentence.py``): who did what (where), in the present tense, without the
date (the timeline shows it), the framing adverbials, asides, attributions
and articles — "On February 20, Vladimir Putin discussed with members of the
Security Council the results…" → "Vladimir Putin discusses with members of
Security Council results of meeting in Switzerland"."""

from __future__ import annotations

import re
from collections.abc import Collection

from timeline.events.actors import FUNCTION_WORDS, POSSESSIVE_ENDINGS, without_roles
from timeline.events.lang import ENGLISH, english
from timeline.events.sentence import Annotation, Grammar, adjectival, first_verb, grammar
from timeline.events.verbs import is_past, is_present, past_to_base, present, singular_noun

__all__ = ["MAX_TITLE", "is_sound", "make_title"]

# A headline is cut to SHORT_TITLE characters at a clause break; one that
# has none stays whole up to MAX_TITLE.
SHORT_TITLE = 80
MAX_TITLE = 100


def _either(name: str) -> str:
    """The words of English list ``name`` as a regular-expression alternation."""
    return "|".join(getattr(ENGLISH, name).split())


_OF = ENGLISH.NOUN_LINK
_FILLER = re.compile(
    rf"""\b(?:(?:{_either("ARTICLES")})\s+)?(?:(?:{_either("FILLER_ADJECTIVES")})\s+)?
        (?:{_either("FILLER_NOUNS")})\s+{_OF}\s+
        | \b(?P<group>{_either("FILLER_GROUPS")})\s+{_OF}\s+(?:(?:{_either("ARTICLES")})\s+)?""",
    re.X | re.I,
)
_PRONOUN = re.compile(rf"^(?:{_either('PRONOUNS')})\b", re.I)
_POSSESSIVE = re.compile(rf"^(?:{_either('POSSESSIVES')})\b(?=\s+[a-z])", re.I)
_DROP_WORDS = english("ARTICLES")
_DANGLING = english("DANGLING")
_REPORTING = english("REPORTING")
_DETERMINERS = english("DETERMINERS")
_SUBORDINATORS = english("SUBORDINATORS")
_AUXILIARIES = english("AUXILIARIES")
# Negated auxiliaries stay as they are: "hasn't been set".
_NEGATED = english("NEGATED")
_PREPOSITIONS = english("PREPOSITIONS")
_MODALS = english("MODALS")
_WOULD_KEEPS = english("WOULD_KEEPS")
_ADJECTIVE_OPENERS = english("ADJECTIVE_OPENERS")
_CLAUSE_BREAKS = english("CLAUSE_BREAKS")
# "Our partner said, " or '"We will rebuild," the mayor said': a quote and
# its speaker after it.
_QUOTE_THEN_SPEAKER = re.compile(
    rf"""^\s*["“'‘]\s*(?P<quote>[^"“”]{{8,}}?)[,.!?]?\s*["”'’]\s*,?\s+
        (?P<who>(?:(?:{_either("ARTICLES")})\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}?)\s+
        (?:{_either("ATTRIBUTION_VERBS")})\b[^"“”]{{0,40}}$""",
    re.X,
)
_NO_QUOTES = str.maketrans("", "", '"“”«»`')
# What is said opening with a clause of its own: the headline says what follows.
_SAID_AFTER_CLAUSE = re.compile(
    rf"""\b(?P<said>(?:{_either("SAYING")})\s+(?:(?:{_either("REPORTED_THAT")})\s+)?)
        (?:{_either("SUBORDINATE_CONJUNCTIONS")})\s[^,]{{3,80}},\s+(?=[a-z]|[A-Z][a-z]*\s+[a-z])""",
    re.X,
)
_RELATIVE_PRONOUNS = english("RELATIVE_PRONOUNS")
_ENGLISH = grammar(ENGLISH)


_UNRESOLVED = english("UNRESOLVED")


def is_sound(title: str, g: Grammar = _ENGLISH) -> bool:
    """Whether a headline reads as a sentence of its own: it has a verb of
    its own — not only one in a relative clause on its subject ("Fire that
    destroyed warehouse"), nor only after a subordinator ("Less than six
    months after region breaks away") — and does not open with a pronoun
    that stands for nobody it names, a verb form without its subject
    ("Being convicted…"), or the relative word of a fragment ("Many of
    whom…"). One that is not is no proposal an editor should have to read
    first. In a language with an analyser (``g``), a verb is a finite one, a
    short participle or a short adjective ("Строительство завершено",
    "Кремль намерен…")."""
    words = title.split()
    if g.analyser is not None:
        return (
            bool(words)
            and words[0].lower() not in g.unresolved
            and any(g.analyser.is_predicate(word) for word in words)
        )
    if not words or words[0].lower() in _UNRESOLVED | _SUBORDINATORS | _CLAUSE_BREAKS:
        return False  # "He…" for nobody named; "If EU continues…" is half a sentence
    if words[0].lower() in _VERB_LINKS or words[0].lower() in _SPEAKING:
        return False  # "Being convicted…", "Said Thomas, a telemarketer"
    if (
        len(words) > 1
        and words[0].lower().endswith(_ENGLISH.progressive_endings)
        and words[1] in _REPORTED_THAT
    ):
        return False  # "Saying that operations had resumed": whose saying is lost
    if words[0].lower() in _PREPOSITIONS and not any(
        _verb_like(words, index, strict=True) for index in range(1, len(words))
    ):
        return False  # "At company's developer conference keynote…": an adverbial alone
    if any(word.lower() in _FRAGMENT_RELATIVES for word in words[:3]):
        return False
    verbs = [index for index in range(1, len(words)) if _verb_like(words, index)]
    if not verbs:
        return False
    speaking = [i for i, word in enumerate(words) if word.lower() in _SPEAKING]
    if speaking and not any(
        index > speaking[-1] + 1 and _reported_verb(words, index) for index in verbs
    ):
        return False  # "Bower says colonists": what was said has lost its verb
    opener = next((i for i, word in enumerate(words) if word.lower() in _CLAUSE_BREAKS), None)
    if opener is not None and verbs[0] > opener:
        return False
    relative = next(
        (i for i in range(1, min(5, len(words))) if words[i].lower() in _RELATIVE_PRONOUNS),
        None,
    )
    if relative is not None and not _verb_like(words, relative - 1):
        after = relative + 1
        while after < len(words) and (
            words[after].lower() in _AUXILIARIES | _MODALS | _NEGATED
            or _ENGLISH.is_adverb(words[after])
        ):
            after += 1
        after += 1  # the relative clause's own verb
        return any(_verb_like(words, index, strict=True) for index in range(after, len(words)))
    return True


def _reported_verb(words: list[str], index: int) -> bool:
    """A verb of what was said: one with its tense ("…says talks ended",
    "…says we will") or a present after a pronoun or a name ("…says he
    resigns"), not a plural noun ("…says two incidents on consecutive days")."""
    word = words[index].strip(",;:").lower()
    if word in _AUXILIARIES or word in _MODALS or word in _NEGATED or word == _TO:
        return True
    if is_past(word):
        return True
    before = words[index - 1]
    return before.lower() in _SUBJECT_PRONOUNS or before[:1].isupper()


def _verb_like(words: list[str], index: int, *, strict: bool = False) -> bool:
    """A finite verb, a headline participle or "to" and a verb at ``index``;
    a lower-case word in -s after a noun counts ("Kraft makes…"), and, unless
    ``strict``, a plain word after a plural or a name ("Talks in Tallinn end")."""
    word = words[index].strip(",;:").lower()
    if word in _AUXILIARIES or word in _MODALS or word in _NEGATED or word == _TO:
        return True
    if not words[index][:1].islower():
        return False
    if is_past(word) and not adjectival(words, index, _ENGLISH):
        return True
    before = words[index - 1].lower()
    plain = word.isalpha() and word not in _DANGLING and word not in _ADJECTIVE_OPENERS
    if (
        not strict
        and plain
        and (
            _plural_noun(before)
            or (index > 1 and words[index - 1][:1].isupper())
            or (
                before not in _NOT_SUBJECT_ENDS
                and not before[:1].isdigit()
                and not _plural_noun(word)
                and _plural_subject(words[:index], ())
            )
        )
    ):
        return True  # "Ministers sign…", "Talks in Tallinn end", "Workers at plant walk out"
    return (
        word.endswith(_ENGLISH.plural_endings)
        and not word.endswith(_ENGLISH.not_plural_endings)
        and not before[:1].isdigit()
        and before not in _NUMBERS
        and before not in _DETERMINERS
        and before not in _PREPOSITIONS
        and before not in _ADJECTIVE_OPENERS
        and before not in _DANGLING
    )


_VERB_LINKS = english("VERB_LINKS")
_SPEAKING = english("SAYING")
_NUMBERS = english("NUMBER_WORDS")


def _plural_noun(word: str) -> bool:
    return _ENGLISH.is_plural(word) and not word.endswith(POSSESSIVE_ENDINGS)


def make_title(
    annotation: Annotation,
    subject: str | None = None,
    *,
    reported: bool = False,
    names: Collection[str] = (),
) -> str:
    """A headline of at most ``MAX_TITLE`` characters (``SHORT_TITLE`` when
    it can be cut at a clause break, or the language's ``TITLE_LENGTH``)
    for the annotated sentence, in the present tense in English (as written
    in other languages);
    ``subject`` stands in for a pronoun that opens the clause.
    "X said that Y" makes "X says Y", or "Y" when the event is what was
    ``reported``; ``names`` are the people and organisations the sentence
    names."""
    quoted = _QUOTE_THEN_SPEAKER.match(annotation.undated)
    if quoted and not _PRONOUN.match(quoted.group("who")):
        # "'We will rebuild the bridge,' the mayor said": the speaker says it.
        who, quote = quoted.group("who"), quoted.group("quote").strip()
        first = quote.split(" ", 1)[0]
        if first.lower() in FUNCTION_WORDS and first != _FIRST_PERSON_SINGULAR:
            quote = quote[:1].lower() + quote[1:]
        dropped = _dropped_words(annotation.grammar)
        words = [w for w in f"{who} {_SAYS} {quote}".split() if w.lower() not in dropped]
        return _capitalised(_fit(words))
    g = annotation.grammar
    clause = annotation.statement
    report = annotation.reported if reported else None
    if report and g.language is ENGLISH and not _speaker_agrees(*report, names):
        report = None  # "Authorities said he spotted…": "he" is no authorities
    if report:
        who, clause = report
        if not g.pronoun.match(who):
            subject = who
        for _ in range(2):
            clause = g.leading_adverbial.sub("", clause)
    if subject and subject.lower() in clause.lower():
        subject = None  # "He joined the Blazers" is no "Blazers join Blazers"
    if subject and (subject in names or " " in subject):
        names = [*names, subject]  # "Officers" alone may be a plural, "Kallas" a name
    plural = None  # the verb's number, when a pronoun put in its subject tells it
    pronoun = g.pronoun.match(clause)
    if (
        subject
        and pronoun
        and g.language is ENGLISH
        and not _stands_for(pronoun.group(0), subject, names)
    ):
        subject = None  # "…said he spotted": "he" is not the authorities who said it
    if subject and pronoun:
        clause = g.pronoun.sub(subject, clause, count=1)
        names = [*names, subject]
        # "They set fire" → "Thieves set fire", never "Thieves sets"
        # (read without the names: "they" made "The Hawks" a plural)
        plural = pronoun.group(0).lower() in g.group_pronouns and _plural_subject(
            subject.split(), ()
        )
        if not plural and g.language is ENGLISH:
            clause = _singular_present(clause, len(subject.split()))
    elif subject and _POSSESSIVE.match(clause):
        # "Its members voted…" → "The rail union's members voted…"
        # "Prosecutors' client", never "Prosecutors's"
        owner = f"{subject}'" if _plural_subject(subject.split(), names) else f"{subject}'s"
        clause = _POSSESSIVE.sub(lambda _match: owner, clause, count=1)
    elif subject and _starts_with_verb(clause, g):
        clause = f"{subject} {clause}"  # "…and took leave in 2009": who took it
    if f" {_OF} " in clause:
        clause = _FILLER.sub(_drop_filler, clause)
    clause = clause.replace("''", "").translate(_NO_QUOTES)  # `` and '' too
    if g.language is ENGLISH and "," in clause:
        # "says that when Hiller found them, she let one go" → "says she let one go"
        clause = _SAID_AFTER_CLAUSE.sub(r"\g<said>", clause, count=1)
    words = [word for word in clause.split() if word.lower() not in g.dropped_adverbs]
    if g.language is ENGLISH:
        # English headlines put a past in the present ("Minister resigns");
        # other languages keep the verb as written ("est sorti de son lit").
        if len(" ".join(words)) > SHORT_TITLE:
            words = _without_subject_clause(words)
        words = _joined_clauses_present(_headline_verb(words, names, plural))
    if len(" ".join(words)) > (g.title_length or SHORT_TITLE):
        words = without_roles(words)
    if g.language is ENGLISH and len(" ".join(words)) > SHORT_TITLE:
        words = _short_speaker(words)
    dropped = _dropped_words(annotation.grammar)
    words = [
        word
        for index, word in enumerate(words)
        if word.lower() not in dropped or (index and word[:1].isupper())
    ]
    return _capitalised(_fit(words, g))


def _short_speaker(words: list[str]) -> list[str]:
    """A long headline's speaker by its head noun alone: "A senior fire
    department official says…" → "official says…"; a name stays."""
    verb = first_verb(words, _ENGLISH)
    if verb is None or verb < 3 or words[verb].lower() not in _SPEAKING:
        return words
    speaker = words[:verb]
    if any(word[:1].isupper() for word in speaker[1:]) or not speaker[-1].isalpha():
        return words
    if speaker[0].endswith(POSSESSIVE_ENDINGS):
        return words  # "Tehran's seismological centre says…": whose it is stays
    if any(word.lower() in _NOT_IN_SPEAKER or is_past(word.lower()) for word in speaker):
        return words  # "Officials on all sides described… but said": no speaker of one noun
    return [speaker[-1], *words[verb:]]


def _dropped_words(g: Grammar) -> frozenset[str]:
    """The words a headline drops: English's articles ("a", "the"); a
    language whose headlines keep theirs ("a" is a Spanish preposition)
    lists what it drops as ``DROPPED_WORDS``."""
    value = getattr(g.language, "DROPPED_WORDS", None)
    return _DROP_WORDS if value is None else frozenset(value.split())


def _without_subject_clause(words: list[str]) -> list[str]:
    """A long headline's subject without its relative clause: "A woman who
    identified herself as his cousin told…" → "A woman told…"; or without
    its participle phrase: "A fired clerk accused of wounding two bosses
    was arraigned…" → "A fired clerk was arraigned…"."""
    verb = first_verb(words, _ENGLISH)
    for index, word in enumerate(words[1 : verb or 5], 1):
        if word.lower() in _RELATIVE_PRONOUNS:
            if verb is not None and verb > index + 1 and not words[index - 1].endswith(","):
                return [*words[:index], *words[verb:]]
            break
    for index in range(1, min(9, len(words) - 2)):
        if verb is not None and verb < index:
            break  # "Perlo said Orozco was consumed by…": the verb came first
        if verb == index and words[index] not in _OBJECT_PARTICIPLES:
            break  # "The announcement came at…": the main verb, not a participle
        if _subject_participle(words, index):
            verb = _verb_after_phrase(words, index + 2)
            if verb is not None:
                return [*words[:index], *words[verb:]]
            break
    return words


def _subject_participle(words: list[str], index: int) -> bool:
    """Whether a participle and its preposition qualify the noun before them:
    "(A clerk) accused of…", "(The trial of the man) charged with…"."""
    word = words[index]
    before = words[index - 1].lower()
    return (
        word.islower()
        and is_past(word)
        and word not in _AUXILIARIES
        and before not in _BEFORE_VERB
        and not words[index - 1].endswith(",")
        and not adjectival(words, index, _ENGLISH)
        and words[index + 1].lower() in _PREPOSITIONS
    )


def _verb_after_phrase(words: list[str], start: int) -> int | None:
    """Where the main verb comes back after a participle phrase that began
    before ``start``: a copula or auxiliary after a noun ("…receptionist |was
    arraigned"), or a verb after the phrase's closing comma ("…co-workers,
    killing two, |starts"); None when a clause of its own opens first."""
    for index in range(start, len(words)):
        word = words[index].lower().strip(",;:")
        before = words[index - 1]
        if word in _SUBORDINATORS or word in _SPEAKING or word in _REPORTING:
            return None
        if word in _AUXILIARIES and before.lower() not in _SUBJECT_PRONOUNS:
            return index
        if before.endswith(",") and words[index].islower() and _verb_like(words, index):
            return index
    return None


def _capitalised(title: str) -> str:
    first = title.split(" ", 1)[0]
    if any(char.isupper() for char in first[1:]):
        return title  # "iPhone", "eBay" keep their own capitals
    return title[:1].upper() + title[1:]


def _drop_filler(match: re.Match[str]) -> str:
    """ "with members of the Council" → "with the Council"; "permanent
    members of" keeps its noun, which the adjective qualifies."""
    before = match.string[: match.start()].rsplit(None, 1)
    word = before[-1].lower() if before else ""
    qualified = word.isalpha() and word not in _DANGLING and not is_past(word)
    if qualified and (match.group("group") or "").lower() in _KEPT_FILLERS:
        return match.group(0)
    return ""


def _starts_with_verb(clause: str, g: Grammar) -> bool:
    first = clause.split(" ", 1)[0]
    return first.islower() and (first in g.auxiliaries or g.is_past(first))


def _speaker_agrees(who: str, said: str, names: Collection[str]) -> bool:
    """Whether the speaker may stand for the pronoun that opens what was
    said: "The company said it would…", "Officials said they had…"; not
    "Authorities said he spotted…"."""
    pronoun = _PRONOUN.match(said)
    return pronoun is None or bool(_PRONOUN.match(who)) or _stands_for(pronoun.group(0), who, names)


def _stands_for(pronoun: str, subject: str, names: Collection[str]) -> bool:
    """Whether ``subject`` agrees in number with ``pronoun``: "he", "she"
    and "it" stand for no plural ("Authorities"); "they" stands for a
    plural or a body ("Officials", "Acme")."""
    return pronoun.lower() in _GROUP_PRONOUNS or not _plural_subject(subject.split(), names)


def _headline_verb(
    words: list[str], names: Collection[str] = (), plural: bool | None = None
) -> list[str]:
    """Put the first verb in the headline present: "took part" → "takes
    part", "has unveiled" → "unveils", "was renamed" → "renamed",
    "will meet" → "to meet"; ``plural`` is the subject's number when a
    pronoun put in its place told it."""
    index = first_verb(words, _ENGLISH)
    if index is None:
        return words
    if words[index - 1].lower() in _PERFECT_PARTICIPLE or any(
        word.lower() in _PRESENT_REPORTING and words[position - 1].lower() not in _DETERMINERS
        for position, word in enumerate(words[1:index], 1)
    ):
        return words  # "Charges allege she obtained…": the verb is what is alleged
    plural = _plural_subject(words[:index], names) if plural is None else plural
    verb = words[index].lower().rstrip(",;:")
    mark = words[index][len(verb) :]  # a comma after the verb stays after it
    rest = words[index + 1 :]
    # Adverbs may stand between an auxiliary and its participle ("was first
    # shown"); they stay in the headline.
    adverbs = 0
    while adverbs < len(rest) - 1 and _ENGLISH.is_adverb(rest[adverbs]):
        adverbs += 1
    following = rest[adverbs].lower().rstrip(",;:") if rest else ""
    before, after = rest[:adverbs], rest[adverbs + 1 :]
    if verb in _NEGATED or verb in _MODALS:
        return words  # "could be seen" stays
    if verb in _HEADLINE_FUTURE and following in _WOULD_KEEPS:
        return words  # "would like to thank" is no future
    if verb in _HEADLINE_FUTURE and following not in _FUTURE_KEEPERS:
        return [*words[:index], _TO, *rest]
    if verb in _PASSIVE_COPULAS and rest and is_past(following):
        if _active_after(rest):
            # "Police were called… and found the bodies": the copula stays, or
            # "called" would read as what the police did
            return [*words[:index], present(_BE, plural), *_coordinated_present(rest, plural)]
        return [*words[:index], *rest]
    if verb in _PAST_PERFECT and rest and is_past(following) and following not in _BEEN:
        return words  # "had planned to": what was planned before stays before
    if verb in _PRESENT_PERFECT and rest and is_past(following) and following not in _BEEN:
        participle = rest[adverbs]
        verb_now = present(past_to_base(following), plural) + participle[len(following) :]
        return [*words[:index], *before, verb_now, *after]
    if verb in _PRESENT_PERFECT | _PAST_PERFECT and following in _BEEN and after:
        if after[0].lower().endswith(_ENGLISH.progressive_endings):
            # "have been identifying" → "are identifying"
            return [*words[:index], *before, present(_BE, plural), *after]
        return [*words[:index], *before, *after]
    if verb in _PAST_COPULAS:
        return [*words[:index], present(_BE, plural), *rest]
    if verb in _OBJECT_PARTICIPLES and following in _PREPOSITIONS:
        return words  # "Woman accused of killing…" is passive: no "accuses of"
    if is_past(verb) and verb not in _AUXILIARIES:
        if rest and rest[0] in _REPORTED_THAT and verb in _REPORTING:
            rest = rest[1:]  # "says that the plan…" → "says the plan…"
        rest = _coordinated_present(rest, plural)
        return [*words[:index], present(past_to_base(verb), plural) + mark, *rest]
    if verb in _PAST_PERFECT:  # "had a change of heart" → "has a change of heart"
        return [*words[:index], present(_HAVE, plural) + mark, *_coordinated_present(rest, plural)]
    return words


def _singular_present(clause: str, subject_words: int) -> str:
    """``clause`` with the present that followed "they" in the singular,
    now that a body stands there ("They say…" → "Riverton City Council
    says…"); an adverb may come between ("They also say")."""
    words = clause.split(" ")
    index = subject_words
    while index < len(words) - 1 and _ENGLISH.is_adverb(words[index]):
        index += 1
    if index < len(words):
        word = words[index]
        if word in _PLAIN_PRESENT:
            words[index] = _PLAIN_PRESENT[word]
        elif word.isalpha() and word.islower() and is_present(present(word, False)):
            words[index] = present(word, False)  # "say" → "says"
    return " ".join(words)


def _active_after(words: list[str]) -> bool:
    """Whether a passive participle is joined by "and" to a past with an
    object of its own ("called to the house and found the bodies"), not to
    another participle of the same passive ("arrested and charged with
    murder")."""
    return any(
        word.lower() in _AND
        and is_past(following)
        and following.islower()
        and following not in _AUXILIARIES
        and after.lower() not in _NOT_AFTER_PARTICIPLE
        and not _ENGLISH.is_adverb(after)
        for word, following, after in zip(words, words[1:], words[2:], strict=False)
    )


def _coordinated_present(words: list[str], plural: bool) -> list[str]:
    """ "…welcomes decision and called on…" → "…and calls on…": past verbs
    coordinated with the headline's verb, by "and" or in a list, go to the
    present with it; so does a clause joined with its own subject ("…but he
    later died" → "but he later dies")."""
    result = _joined_clauses_present(list(words))
    for index in range(1, len(result)):
        word = result[index]
        before = result[index - 1]
        # "signed the pact, discussed…", but "tents, blankets, canned food" lists nouns
        listed = (before.endswith(",") and not _noun_list(result, index - 1)) or (
            before.lower() in _AND
            and (
                index == 1  # "slipped and fell": two verbs
                or result[index - 2].endswith(",")
                or _plural_noun(result[index - 2].lower())
            )
        )
        joined = before.lower() in _CLAUSE_JOINERS  # "…but said", "…and called on"
        if (listed or joined) and word.islower() and is_past(word.rstrip(",;:")):
            bare = word.rstrip(",;:")
            following = result[index + 1].lower() if index + 1 < len(result) else ""
            # "new and used cars": a participle before its noun is an adjective
            if (
                bare not in _AUXILIARIES
                and (
                    listed
                    or not following
                    or following in _DETERMINERS
                    or following in _PREPOSITIONS
                    or following in _VERB_OBJECT_OPENERS
                    or following in _NUMBERS  # "…and found two goats"
                    or following[:1].isdigit()
                )
            ):
                result[index] = present(past_to_base(bare), plural) + word[len(bare) :]
    return result


def _noun_list(words: list[str], index: int) -> bool:
    """Whether the list item that ends at ``index`` is one word after
    another item: "tents, blankets," lists nouns."""
    return index > 0 and words[index - 1].endswith(",")


def _joined_clauses_present(words: list[str]) -> list[str]:
    """ "…and they returned to playoffs", "…but he later died": the verb of
    a clause joined with a pronoun of its own goes to the present too."""
    for index, word in enumerate(words[:-2]):
        joined = word.lower() in _CLAUSE_JOINERS
        if not (joined or (word.endswith(",") and words[index + 1].lower() in _SUBJECT_PRONOUNS)):
            continue  # "…counters, they flipped over everything" too
        first = next((before for before in range(1, index) if _verb_like(words, before)), None)
        if first is None:
            continue  # "Two women and a man killed": the subject's "and", no clause's
        # "Stations shut and the airport deserted": one passive; "…but he died" is active
        main = first_verb(words[:index], _ENGLISH)
        passive = main is not None and is_past(words[main])
        subject = _joined_subject(words, index + 1)
        if not subject and joined:
            position = index + 1
            while position < len(words) - 2 and _ENGLISH.is_adverb(words[position]):
                position += 1
            if words[position] in _PAST_COPULAS and is_past(words[position + 1]):
                main = first
                if not is_past(words[main]):
                    # "Ministers meet… and were joined by…" → "and are joined by"
                    plural = _plural_subject(words[:main], ())
                    words[position] = present(_BE, plural)
                else:
                    del words[position]  # "…arrested and later was released" → "and later released"
            continue
        if not subject:
            continue
        position = index + 1 + len(subject)
        while position < len(words) - 1 and _ENGLISH.is_adverb(words[position]):
            position += 1
        verb = words[position].rstrip(",;:")
        if not verb.islower():
            continue
        plural = _plural_subject(subject, ())
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if verb in _PAST_COPULAS and is_past(following) and subject[0].lower() not in _PRONOUNS:
            del words[position]  # "…and 20 were wounded" → "and 20 wounded"
        elif verb in _PAST_COPULAS:
            words[position] = present(_BE, plural) + words[position][len(verb) :]
        elif (
            is_past(verb)
            and verb not in _AUXILIARIES
            and not (passive and subject[0].lower() not in _SUBJECT_PRONOUNS)
        ):
            # "Stations shut and the airport deserted": one passive, no "deserts"
            words[position] = present(past_to_base(verb), plural) + words[position][len(verb) :]
    return words


def _joined_subject(words: list[str], start: int) -> list[str]:
    """The subject a joined clause opens with, at ``start``: a pronoun
    ("…but he later died"), a number ("…and 20 were wounded") or a short
    phrase a determiner opens ("…and the crowd dispersed"); [] if none."""
    first = words[start].lower() if start < len(words) else ""
    if first in _SUBJECT_PRONOUNS or first[:1].isdigit() or first in _NUMBERS:
        return words[start : start + 1]
    if first in _DETERMINERS:
        for end in range(start + 2, min(start + 4, len(words))):
            word = words[end].lower().rstrip(",;:")
            if word in _PAST_COPULAS or (is_past(word) and word not in _AUXILIARIES):
                return words[start:end]
    return []


_CLAUSE_JOINERS = english("CLAUSE_COORDINATORS")
_CORRELATIVES = {
    opener: frozenset(partners.split("/"))
    for opener, partners in (pair.split(":") for pair in ENGLISH.CORRELATIVES.split())
}
_AND = english("BARE_JOINER")
_TO = ENGLISH.INFINITIVE
_HEADLINE_FUTURE = english("HEADLINE_FUTURE")
_FUTURE_KEEPERS = english("FUTURE_KEEPERS")
_PASSIVE_COPULAS = english("PASSIVE_COPULAS")
_PAST_COPULAS = english("PAST_COPULAS")
_PAST_PERFECT = english("PAST_PERFECT")
_PRESENT_PERFECT = english("PRESENT_PERFECT")
_BEEN = english("BEEN")
_BE = ENGLISH.BE
_HAVE = ENGLISH.HAVE
_PERFECT_PARTICIPLE = english("PERFECT_PARTICIPLE")
_REPORTED_THAT = english("REPORTED_THAT")
_VERB_OBJECT_OPENERS = english("VERB_OBJECT_OPENERS")
_OBJECT_PARTICIPLES = english("OBJECT_PARTICIPLES")
_FRAGMENT_RELATIVES = english("FRAGMENT_RELATIVES")
_SAYS = ENGLISH.HEADLINE_SAYS
_FIRST_PERSON_SINGULAR = ENGLISH.FIRST_PERSON_SINGULAR
_KEPT_FILLERS = english("KEPT_FILLERS")
_PRESENT_REPORTING = english("PRESENT_REPORTING")
_SUBJECT_PRONOUNS = english("SUBJECT_PRONOUNS")
_PRONOUNS = english("PRONOUNS")
_GROUP_PRONOUNS = english("GROUP_PRONOUNS")
# Unions read word by word, made once.
_NOT_SUBJECT_ENDS = _DANGLING | _NUMBERS
_NOT_IN_SPEAKER = _PREPOSITIONS | _CLAUSE_JOINERS | _AND
_BEFORE_VERB = _AUXILIARIES | _VERB_LINKS | _SUBJECT_PRONOUNS
_NOT_AFTER_PARTICIPLE = _PREPOSITIONS | _DANGLING
_NOUN_PHRASE_OPENERS = _DETERMINERS | _ADJECTIVE_OPENERS | _NUMBERS
_PLAIN_PRESENT = dict(pair.split(":") for pair in ENGLISH.PLAIN_PRESENT.split())


# Subjects that take the plain form of the verb: plurals without an s, and "I", "you".
_PLURALS = english("PLURALS")


def _plural_subject(subject: list[str], names: Collection[str]) -> bool:
    """Whether the subject is plural: "A and B", "they", or a head noun in
    the plural ("ministers"); a name ending in s ("Kallas") is one."""
    if subject and subject[0].lower() in _PREPOSITIONS:
        subject = _after_opening_phrase(subject)
    head: list[str] = []
    for position, word in enumerate(subject):
        if (
            word.lower() in _PREPOSITIONS
            or word.lower() in _RELATIVE_PRONOUNS
            or (
                0 < position < len(subject) - 1
                and word.endswith(_ENGLISH.progressive_endings)
                and not subject[position - 1].endswith(POSSESSIVE_ENDINGS)
                and subject[position - 1].lower() not in _DETERMINERS
            )
        ):
            # "Protesters taking part in the march occupy…", but "the shooting",
            # "her mounting frustration"
            break
        if (
            position
            and word.islower()
            and is_past(word)
            and word not in _AUXILIARIES
            and not adjectival(subject, position, _ENGLISH)
        ):
            break  # "The figures released (on Monday) show…"
        head.append(word.strip(',"“”'))
    while len(head) > 1 and _ENGLISH.is_adverb(head[-1]):
        head.pop()  # "officials desperately tried"
    if not head:
        return False
    joined = [i for i, word in enumerate(head) if word.lower() in _AND]
    if any(not _titles_of_one(head, i) for i in joined) or head[-1].lower() in _PLURALS:
        return True
    if head[-1].lower() in _NUMBERS or (head[-1].isdigit() and head[-1] != "1"):
        return True  # "Seven of his friends attend"
    last = head[-1]
    if last.islower() and last.endswith(_ENGLISH.plural_person_endings) and len(last) > 4:
        return True  # "firemen", "gunmen"
    # A capital is a name's, unless it only opens the sentence ("Envoys met")
    # or an article shows a name in the plural ("The Hawks").
    team = len(head) == 2 and head[0].lower() in _DROP_WORDS
    proper = last[:1].isupper() and not team
    proper = proper and (len(head) > 1 or any(last in name for name in names))
    return (
        not proper
        and last.endswith(_ENGLISH.plural_endings)
        and not last.endswith(_ENGLISH.not_plural_endings + POSSESSIVE_ENDINGS)
        and not (last.islower() and singular_noun(last))  # "tear gas drifts", "news"
    )


def _after_opening_phrase(subject: list[str]) -> list[str]:
    """The subject after an adverbial that opens the clause without a comma:
    "In Tarnow strikers", "At the fair on Monday several bakers", "In
    Ioannina the protesters": from the determiner or number that opens the
    noun phrase, or else its last word."""
    for position in range(2, len(subject)):
        if subject[position].lower() in _NOUN_PHRASE_OPENERS:
            return subject[position:]
    return subject[-1:]


def _titles_of_one(head: list[str], joiner: int) -> bool:
    """Whether the "and" at ``joiner`` joins two titles of one person named
    after them ("CEO and co-founder Steve Jobs"), not two subjects ("the
    president and the prime minister")."""
    before = head[joiner - 1].lower().strip(",") if joiner else ""
    after = head[joiner + 1].lower() if joiner + 1 < len(head) else ""
    return (
        before in _ROLES
        and after not in _DETERMINERS
        and after not in _DROP_WORDS
        and head[-1][:1].isupper()
    )


_ROLES = english("ROLES")


# ", Ukraine and United States": the last items of a list.
_LIST_REST = re.compile(rf",\s[^,]{{1,40}}?\s(?:{_either('COORDINATORS')})\s[^,]{{1,40}}$")


def _fit(words: list[str], g: Grammar = _ENGLISH) -> str:
    """Words up to ``SHORT_TITLE`` characters (or the language's
    ``TITLE_LENGTH``), cut at a clause break when there is one, never ending
    on a word that needs another nor on a clause cut before its verb ("…, and
    after they exited", "…protests where residents"). Without a clause break,
    a headline up to ``MAX_TITLE`` stays whole: a cut inside a phrase takes a
    verb's complement ("…prevented firefighters [from reaching…]")."""
    text = " ".join(words)
    preferred = g.title_length or SHORT_TITLE
    longest = max(preferred, MAX_TITLE)
    if len(text) > preferred:
        best = _clause_break(text, preferred, g)
        if best < 0:
            best = _subordinate_break(text[: preferred + 1])
        if best < 0 and len(text) > longest:
            best = _clause_break(text, longest, g)
        if best >= 0:
            text = _without_open_clause(text[:best])
        elif len(text) > longest:
            # No clause break: drop the phrase the limit cuts into.
            cut = text[: longest + 1].rsplit(" ", 1)[0]
            half = longest // 2
            best = max(cut.rfind(f" {word} ") for word in g.prepositions if word != g.noun_link)
            if best < half:  # "of" binds nouns: cut there only when nothing else
                best = cut.rfind(f" {g.noun_link} ")
            if best < half:
                best = len(cut)
            text = _without_open_clause(cut[:best])
    whole = " ".join(words)
    truncated = text != whole
    # "…sites closed| and journalists walked": the participle ends its clause
    following = whole[len(text) :].split()[:1] if whole.startswith(text) else []
    clause_end = bool(following) and following[0].lower() in _CLAUSE_JOINERS | _CLAUSE_BREAKS
    words = text.split()
    while len(words) > 2 and (
        (
            words[-1].lower().strip(",;:—–-") in g.dangling | _AUXILIARIES | {""}  # "…did not do"
            and not _object_pronoun(words)
        )
        or words[-1].endswith(("'s", "’s"))  # "strikes eastern Indonesia's"
        or (
            words[-2].endswith(",") and words[-1].endswith(_ENGLISH.progressive_endings)
        )  # ", arriving"
        or (  # "…attack banks and shops leading": the cut took what it led to
            truncated
            and words[-1].islower()
            and words[-1].endswith(_ENGLISH.progressive_endings)
            and _plural_noun(words[-2].lower())
        )
        or (truncated and len(words) > 3 and _lost_complement(words, clause_end))
    ):
        words.pop()
    return " ".join(words).strip(' ,;:—–-"“')


def _clause_break(text: str, limit: int, g: Grammar) -> int:
    """Where ``text`` may be cut within ``limit`` characters at a clause
    break (a comma, a dash, "but", "and" before a verb, a subordinator), in
    its second half; -1 when it has none there."""
    cut = text[: limit + 1]
    comma = cut.rfind(", ")
    while comma > 0 and g.complementizer and cut.startswith(f", {g.complementizer} ", comma):
        comma = cut.rfind(", ", 0, comma)  # "заявил, что …": what is said is the news
    if _LIST_REST.match(text[comma:]):
        comma = -1  # "from Russia, Ukraine and United States": a list is not cut short
    joiners = [cut.rfind(f" {word} ") for word in g.clause_coordinators - {g.bare_joiner}]
    best = max(comma, cut.rfind(" — "), *joiners, _last_opener(cut))
    conjunction = cut.rfind(f" {g.bare_joiner} ")
    after = conjunction + len(g.bare_joiner) + 2
    if conjunction > best and cut[after : after + 1].islower():
        best = conjunction
    if best > 0 and g.language is ENGLISH and _open_correlative(cut[:best]):
        return -1  # "reports by both consumers| and the media": one phrase
    return best if best >= limit // 2 else -1


def _open_correlative(text: str) -> bool:
    """Whether ``text`` ends inside a pair it opened: "both" or "between"
    without its "and", "either" without its "or" ("told customers to
    either hold the phone…| or use a case")."""
    words = [word.lower().strip(",;:") for word in text.split()[-10:]]
    for index in range(len(words) - 1, -1, -1):
        partners = _CORRELATIVES.get(words[index])
        if partners is not None:
            return not any(word in partners for word in words[index + 1 :])
    return False


def _subordinate_break(text: str) -> int:
    """Where a comma opens a subordinate clause a headline may lose ("…kept
    his head down|, and after they opened…"), however early; -1 if none."""
    found = [
        index
        for index in range(len(text))
        if text.startswith(", ", index) and _subordinate_opening(text[index + 2 :].split()[:2])
    ]
    return found[-1] if found and found[-1] >= _SHORTEST_CUT else -1


def _subordinate_opening(words: list[str]) -> bool:
    lower = [word.lower() for word in words]
    if lower and lower[0] in _CLAUSE_JOINERS:
        lower = lower[1:]
    return bool(lower) and lower[0] in _CLAUSE_BREAKS


# A headline cut shorter than this says too little.
_SHORTEST_CUT = 20


def _object_pronoun(words: list[str]) -> bool:
    """Whether the last word is a pronoun after its verb, as an object:
    "…where the team found her"."""
    return words[-1].lower() in _OBJECT_PRONOUNS and is_past(words[-2].lower())


def _lost_complement(words: list[str], clause_end: bool = False) -> bool:
    """Whether a cut headline ends on a word whose complement the cut took:
    an adverb ("…spotted Orozco shortly") or a participle after its noun
    ("…gang member accused"), unless the cut was at the ``clause_end`` it
    closes ("Ancient sites closed| and journalists…")."""
    last = words[-1]
    if _ENGLISH.is_adverb(last):
        return True
    return (
        not clause_end and is_past(last) and words[-2].islower() and words[-2] not in _AUXILIARIES
    )


def _last_opener(text: str) -> int:
    """Where the last clause a long headline may lose begins: "…airstrip
    |as first bomb hit", "…protests |where residents gathered"; "weeks
    after" is no clause ("…came just weeks after a driver…")."""
    found = [text.rfind(f" {word} ") for word in _CLAUSE_OPENERS]
    return max(
        (at for at in found if text[:at].rsplit(" ", 1)[-1].lower() not in _TIME_UNITS),
        default=-1,
    )


def _without_open_clause(text: str) -> str:
    """A cut headline without the clause its cut left without a verb: what
    follows the last subordinator or relative word when no verb follows it
    ("…suspiciously, and after they exited their vehicle" → "…suspiciously",
    "…tells reporters that teen" → "…tells reporters")."""
    words = text.split()
    for index in range(len(words) - 1, 0, -1):
        opener = words[index].lower()
        # "…magnitude 5.9, but the survey in Golden": a joined clause cut before its verb
        joined = opener in _CLAUSE_JOINERS and words[index - 1].endswith(",")
        if opener in _CLAUSE_OPENERS or joined:
            following = words[index + 1] if index + 1 < len(words) else ""
            # "commuters who cross bay": a relative word's verb comes right after it
            verb_first = (
                opener in _RELATIVE_PRONOUNS
                and following.islower()
                and following not in _DANGLING | _DETERMINERS | _NUMBERS
            )
            # "…married two weeks before the shooting": the event a time is
            # measured from, no clause cut before its verb
            phrase = (
                opener in _TIME_RELATIONS
                and words[index - 1].lower() in _TIME_UNITS
                and following.lower() not in _SUBJECT_PRONOUNS
                and len(words) - index <= _PHRASE_WORDS
            )
            if (
                not verb_first
                and not phrase
                and not any(
                    _verb_like(words, position) and words[position][:1].islower()
                    for position in range(index + 1, len(words))
                )
            ):
                return " ".join(words[:index])
            break
    return text


_OBJECT_PRONOUNS = english("OBJECT_PRONOUNS")
# At most so many words from "before" or "after" to the end make a phrase.
_PHRASE_WORDS = 4
_TIME_UNITS = english("TIME_UNITS")
_TIME_RELATIONS = english("TIME_RELATIONS")
_CLAUSE_OPENERS = _CLAUSE_BREAKS | english("RELATIVE_PRONOUNS") | english("PLACE_RELATIVES")

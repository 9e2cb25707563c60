"""People and organisations named in a sentence.

Names are runs of capitalised words, joined across "of" ("Ministry of
Defense of Ukraine"). A job title before a name is not part of it ("Polish
Defense Minister Wladyslaw Kosiniak-Kamysh" → "Wladyslaw Kosiniak-Kamysh"),
an organisation before the title is kept apart ("NATO Deputy Secretary
General Radmila Shekerinskaya" → "NATO", "Radmila Shekerinskaya"). A
capitalised word that opens a sentence is a name only when the article
writes it capitalised elsewhere too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from timeline.events.lang import ENGLISH, english, language
from timeline.events.lang import words as all_words
from timeline.events.morphology import Morphology, morphology
from timeline.events.nouns import noun_tagger
from timeline.events.places import countries, gazetteer, place_named
from timeline.events.verbs import is_past

__all__ = [
    "FUNCTION_WORDS",
    "POSSESSIVE_ENDINGS",
    "find_actors",
    "mid_sentence_names",
    "name_runs",
    "person_words",
    "without_roles",
]

FUNCTION_WORDS = all_words("FUNCTION_WORDS")
_ROLES = all_words("ROLES")
_ARTICLES = english("ARTICLES")
_REGION_WORDS = english("REGION_WORDS")
_ORGANISATION_ENDS = english("ORGANISATION_ENDS")
# Words that head a name going on with "of": "Bank of England".
_INSTITUTIONS = english("INSTITUTIONS")
_CALENDAR = english("CALENDAR")
_ADJECTIVAL = re.compile(ENGLISH.ADJECTIVAL_PATTERN)
_NATIONALITIES = english("NATIONALITIES")
_NAME_JOINERS = "|".join(ENGLISH.NAME_JOINERS.split())
_ROLE_FIELDS = english("ROLE_FIELDS")
_GROUP_CODES = english("GROUP_CODES")
_FEATURES = english("FEATURE_NOUNS")
_PAST_ENDINGS = tuple(english("PAST_ENDINGS"))
# "A14", "I-95", "A380": a road or a model, not an actor.
_CODE = re.compile(r"^[A-Z]{1,3}-?\d+[A-Za-z]?$")
_THINGS = "|".join(sorted(english("THING_NOUNS") | english("FEATURE_NOUNS")))
# A name before a thing noun, or after a feature noun: "the Lamone river",
# "the SAFE programme", "the river Lamone".
_THING_NAME = re.compile(
    rf"(?<![\w.])(?P<name>[A-Z][\w’'&.-]*(?:[ ][A-Z][\w’'&.-]*)*)[ ](?:{_THINGS})\b"
    rf"|\b(?:{'|'.join(sorted(english('FEATURE_NOUNS')))})[ ](?P<after>[A-Z][\w’'&.-]*)"
)
# "the minister of |Foreign Affairs…", "the commissioner for |Crisis…".
_ROLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_ROLES))})\s+(?:of|for)\s+$", re.I)
_CAPITALISED_WORD = re.compile(r"(?<![\w.’'-])[A-Z][a-z]+(?![\w’'-])")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_RUN = re.compile(
    r"(?<![\w.])(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'&.-]*)"
    rf"(?:(?:[ ](?:{_NAME_JOINERS})[ ]|[ ])"
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'&.-]*))*"
)


_NOT_NAMES = FUNCTION_WORDS | _CALENDAR


def name_runs(text: str) -> list[tuple[int, str]]:
    """(offset, run) for each capitalised run, possessives and trailing
    periods taken off, function words that open the sentence dropped."""
    runs = []
    for match in _RUN.finditer(text):
        found = match.group(0)
        last = found.rsplit(" ", 1)[-1]
        if found.endswith(".") and (last.count(".") == 1 or len(last) > 4):
            found = found[:-1]  # the sentence's period, not "U.S."
        for start, words in _split_at_of(match.start(), found.split(" ")):
            while words and words[0].lower() in _NOT_NAMES:
                start += len(words[0]) + 1
                words = words[1:]
            while words and words[-1].lower() in _NOT_NAMES:
                words = words[:-1]
            if words and "-" in words[-1]:
                # "Paris-the", "Ortiz-who": a dash the text lost before the next words
                head, _, tail = words[-1].rpartition("-")
                if tail in _NOT_NAMES and head:
                    words[-1] = head
            for part_start, part in _split_at_possessive(start, words):
                run = re.sub(r"['’]s?$", "", " ".join(part))
                if run and not _CONTRACTION.search(run):
                    runs.append((part_start, run))
    return runs


# "I'm", "They're", "We'll": a pronoun and its verb, no name.
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d)$", re.I)


def _split_at_possessive(start: int, words: list[str]) -> list[tuple[int, list[str]]]:
    """A run is two names where a possessive ends a word inside it: "BBC's
    Frances Harrison" is the BBC and Frances Harrison."""
    parts: list[tuple[int, list[str]]] = [(start, [])]
    offset = start
    for index, word in enumerate(words):
        parts[-1][1].append(word)
        offset += len(word) + 1
        if index < len(words) - 1 and word.endswith(POSSESSIVE_ENDINGS):
            parts.append((offset, []))
    return parts


POSSESSIVE_ENDINGS = tuple(ENGLISH.POSSESSIVE_ENDINGS.split())


def _split_at_of(start: int, words: list[str]) -> list[tuple[int, list[str]]]:
    """A run joined by "of" is one name when what comes before "of" heads
    an institution or a title ("Ministry of Defence"); otherwise the two
    are apart ("Maria Lopez" of "the Red Cross")."""
    parts: list[tuple[int, list[str]]] = [(start, [])]
    offset = start
    institution = False  # "Ministry of Defence of Estonia" stays whole
    for index, word in enumerate(words):
        previous = words[index - 1].lower() if index else ""
        if word == "of":
            institution = institution or previous in _INSTITUTIONS or previous in _ROLES
        if word == "of" and not institution:
            parts.append((offset + len(word) + 1, []))
        else:
            parts[-1][1].append(word)
        offset += len(word) + 1
    return [(begin, part) for begin, part in parts if part]


def person_words(runs: Iterable[list[tuple[int, str]]]) -> set[str]:
    """Words that name persons in the article: the last word of a title and
    a name ("President Bush") or of a name of two or three words ("George
    Bush", "Apple CEO Tim Cook"), so that "Bush" alone is not read as a
    town. Regions ("Eastern Ukraine") and countries are never persons."""
    places, nations = gazetteer(), countries()
    words = set()
    for sentence in runs:
        for _offset, run in sentence:
            parts = run.split(" ")
            roles = [i for i, part in enumerate(parts) if part.lower().strip(".") in _ROLES]
            if roles and roles[-1] > 0:
                # "Apple CEO Tim Cook": the person after the title, who may be one word
                parts = parts[roles[-1] :]
                run = " ".join(parts)
            last = parts[-1]
            if not 2 <= len(parts) <= 3 or run.casefold() in places:
                continue
            if parts[0].lower() in _REGION_WORDS or places.get(last.casefold()) in nations:
                continue
            if last.lower().strip(".") in _ORGANISATION_ENDS:
                continue  # "Kraft Foods", "Gordon Advisors": an organisation
            if all(part[:1].isupper() and part.isalpha() for part in parts):
                words.add(last)
    return words


def mid_sentence_names(runs: Iterable[list[tuple[int, str]]]) -> set[str]:
    """Names the article writes capitalised inside a sentence, from the
    ``name_runs`` of its sentences: proof that a capitalised first word
    ("Apple announced…") is a name. A word after an opening quote or dash
    ('"Luckily, …') opens its sentence too."""
    return {run for sentence in runs for offset, run in sentence if offset > _OPENING_MARKS}


# Marks a sentence may open with before its first word: '"', "(", "—".
_OPENING_MARKS = 2


def not_actors(text: str, people: Collection[str] = ()) -> frozenset[str]:
    """Capitalised words and names that ``text`` (an article) shows to be no
    person or organisation: a word it also writes in lower case
    ("Freighter" beside "the freighter"), unless it names one of ``people``;
    and a name that heads a river, a road or a programme ("the Lamone
    river", "the SAFE programme")."""
    lower = set(_LOWER_WORD.findall(text))
    found = {
        word
        for word in set(_CAPITALISED_WORD.findall(text))
        if word.lower() in lower and word not in people
    }
    for match in _THING_NAME.finditer(text):
        words = (match.group("name") or match.group("after")).split(" ")
        while words and words[0].lower() in FUNCTION_WORDS:
            words = words[1:]
        if words:
            found.add(" ".join(words))
    return frozenset(found)


def find_actors(
    text: str,
    known_names: Collection[str] = (),
    runs: list[tuple[int, str]] | None = None,
    not_names: Collection[str] = (),
    lang: str = "en",
) -> list[str]:
    """Names of people and organisations in ``text`` (whose ``name_runs``
    may be given), in order, once each; ``not_names`` are those the article
    shows to be something else (``not_actors``). In a language with an
    analyser (``lang``), names are given in their dictionary form."""
    places = gazetteer()
    analyser = morphology(lang)
    nouns = noun_tagger(lang)  # German: a capitalised common noun is no name
    if analyser is not None:
        known_names = {
            " ".join(analyser.dictionary_form(name.split(" "))) for name in known_names
        } | set(known_names)
    found: list[str] = []
    for offset, run in name_runs(text) if runs is None else runs:
        field = _without_field(run, text[max(0, offset - 40) : offset])
        names = _without_roles(field) if field else []
        if nouns is not None:
            names = [part for name in names for part in nouns.names(name, text)]
        if analyser is not None and names:
            # a name that opens the sentence is not known to be one ("Следующий пакет")
            after = text[offset + len(run) :] if offset and text[offset:].startswith(run) else ""
            complement = _complement(names[-1], after, analyser)
            if _not_a_name(text, offset, run + complement, analyser, lang):
                continue
            names[-1] += complement
            names = [part for name in names for part in _in_dictionary_form(name, analyser)]
        for name in names:
            words = name.split(" ")
            while len(words) > 1 and words[0] in not_names:
                words = words[1:]  # "Freighter Ocean Star", where "the freighter" is written too
            name = " ".join(words)
            if name.casefold() in places or name.removeprefix("The ").casefold() in places:
                continue
            if analyser is not None and place_named(name, lang):
                continue
            if all(word.lower() in _CALENDAR for word in words) or name in not_names:
                continue
            if _CODE.match(name) and name.lower() not in _GROUP_CODES:
                continue
            if words[-1].lower().strip(".") in _FEATURES:
                continue  # "Carson Street", "Byberry Road": a street, not an actor
            head, hyphen, tail = words[-1].rpartition("-")
            if (
                head
                and hyphen
                and tail[:1].islower()
                and (is_past(tail) or tail.endswith(_PAST_ENDINGS))
            ):
                continue  # "Kremlin-backed", "Hamburg-based"; never "El-Sayed"
            if len(words) == 1:
                person = analyser is not None and analyser.info(name).person  # "Путин заявил…"
                opening = not any(char.isalnum() for char in text[:offset])  # '"Luckily'
                if opening and name not in known_names and not person:
                    continue
                if (_ADJECTIVAL.search(name) or name.lower() in _NATIONALITIES) and not (
                    name.isupper()
                ):
                    continue
            if name not in found:
                found.append(name)
    return found


_INSTITUTIONS_INFLECTED = all_words("INSTITUTIONS") - _INSTITUTIONS


def _complement(name: str, after: str, analyser: Morphology) -> str:
    """The words in lower case that go on with a name in an inflected
    language: the noun its adjective qualifies ("Кильского |института"),
    the genitive words of an institution ("Совета |безопасности",
    "Министерства |иностранных дел"). "" if none."""
    info = analyser.info(name.rsplit(" ", 1)[-1])
    following = []
    for word in after.split()[:4]:
        bare = word.rstrip(",.;:!?»)")
        if not (bare.isalpha() and bare.islower()):
            break
        following.append(bare)
        if bare != word:
            break  # a comma or a period ends the name
    taken: list[str] = []
    if info.pos == "ADJF" and following and analyser.can_be(following[0], "NOUN", info.case):
        taken.append(following.pop(0))
        info = analyser.info(taken[0])
    if info.lemma in _INSTITUTIONS_INFLECTED:
        for word in following[:3]:
            if analyser.can_be(word, "NOUN", "gent"):
                taken.append(word)
                break
            if not analyser.can_be(word, "ADJF", "gent"):
                break
            taken.append(word)
    return "".join(f" {word}" for word in taken)


def _not_a_name(text: str, offset: int, name: str, analyser: Morphology, lang: str) -> bool:
    """Whether a run in an inflected language (with the complement that
    follows it) names no person or organisation: an adjective alone
    ("Большой" of "Большой кольцевой линии"), a river's, street's or line's
    name ("на реке Урал", "через Обь", "на Калужско-Рижскую линию"), or
    common words that open the sentence after a dateline and name no
    institution ("ОРЕНБУРГ, 12 апреля — Вода прорвала…", "— Новый мост
    открылся…")."""
    features = frozenset(getattr(language(lang), "FEATURE_NOUNS", "").split())
    before = text[:offset].split()[-1:]
    after = text[offset + len(name) :].split()[:1]
    for word in (*before, *after):
        if analyser.info(word.strip(",.;:!?«»()").lower()).lemma in features:
            return True
    opens = not text[:offset].strip() or text[:offset].rstrip().endswith(("—", "–"))
    if " " in name:  # "Министерство обороны" opening the sentence is one
        infos = [analyser.info(word) for word in name.split(" ")]
        return opens and not any(
            info.proper or info.lemma in _INSTITUTIONS_INFLECTED for info in infos
        )
    if name.isupper():
        return False
    info = analyser.info(name)
    return info.place or info.pos in ("ADJF", "PRTF") or (opens and not info.proper)


def _in_dictionary_form(name: str, analyser: Morphology) -> list[str]:
    """The persons and organisations of a run in an inflected language, in
    their dictionary form: a person's name is apart from the words before
    it, and a word in the genitive just before it goes, being what a job
    title named ("пресс-секретарь |Кремля Дмитрия Пескова" → "Дмитрий
    Песков"; "с Владимиром Зеленским" → "Владимир Зеленский")."""
    words = name.split(" ")
    kinds = [analyser.info(word).person for word in words]
    for index in range(1, len(words)):  # "Виктором |Орбаном": a surname the dictionary lacks
        kinds[index] = kinds[index] or analyser.is_first_name(words[index - 1])
    parts: list[list[str]] = []
    starts: list[int] = []
    for index, word in enumerate(words):
        if index and kinds[index] == kinds[index - 1] and not _two_names(words, index, analyser):
            parts[-1].append(word)
        else:
            parts.append([word])
            starts.append(index)
    result = []
    for index, part in enumerate(parts):
        person = kinds[starts[index]]
        before_person = index + 1 < len(parts) and not person
        if before_person and analyser.name_case(part) == "gent":
            continue
        result.append(" ".join(analyser.dictionary_form(part)))
    return result


def _two_names(words: list[str], index: int, analyser: Morphology) -> bool:
    """Whether two proper nouns meet at ``index`` that are no one name
    ("помощь Европы Украине"): places and organisations stand alone."""
    before, here = analyser.info(words[index - 1]), analyser.info(words[index])
    return (
        not here.person
        and before.proper
        and here.proper
        and before.pos == here.pos == "NOUN"
        and before.case != here.case
    )


def without_roles(words: list[str]) -> list[str]:
    """Words without the job titles before names, for headlines that must
    be short: "Polish Defense Minister Wladyslaw Kosiniak-Kamysh notes…" →
    "Wladyslaw Kosiniak-Kamysh notes…"."""
    result: list[str] = []
    start = 0
    while start < len(words):
        end = start
        while (
            end < len(words)
            and (
                words[end][:1].isupper()
                or (  # "Chief of Staff John Sununu" is one run
                    words[end] == "of"
                    and end > start
                    and end + 1 < len(words)
                    and words[end - 1].lower() in _ROLES
                    and words[end + 1][:1].isupper()
                )
            )
        ):
            end += 1
            # "Kremlin spokesman Dmitry", "Polish defence minister Władysław": a title in
            # lower case between capitals is part of the run
            role = _lower_role(words, end) if end > start else 0
            end += role
        if end == start:
            result.append(words[start])
            start += 1
            continue
        run = words[start:end]
        if result and result[-1].lower() in _ROLES and result[-1].islower():
            qualifiers = _role_qualifiers(result[:-1])  # "the club's chairman Ian Paley"
            if qualifiers is not None:
                del result[len(result) - 1 - qualifiers :]
        roles = [i for i, word in enumerate(run) if word.lower().strip(",.;:") in _ROLES]
        if roles and roles[-1] < len(run) - 1 and not run[roles[-1]].endswith(","):
            qualifiers = (_role_qualifiers(result) or 0) if roles[-1] == 0 else 0
            del result[len(result) - qualifiers :]  # "company CEO Steve Jobs" → "Steve Jobs"
            run = run[roles[-1] + 1 :]
        result.extend(run)
        start = end
    return result


def _role_qualifiers(words: list[str]) -> int | None:
    """How many words at the end of ``words`` go with a job title after them:
    the lower-case nouns that qualified it ("company", "the club's" before
    "CEO") and their article, when they open their phrase (after a comma, an
    article or nothing); a verb, a function word or a word with punctuation
    stays ("said CEO…", "gunning down Deputy…"). None when the qualifiers
    open no phrase ("EU foreign policy chief…"): the title stays with them."""
    count = 0
    while count < min(2, len(words)):
        word = words[-1 - count].lower()
        bare = word.removesuffix("'s").removesuffix("’s")
        if (
            not bare.isalpha()
            or not words[-1 - count][:1].islower()
            or bare in FUNCTION_WORDS
            or (bare == word and word.endswith("s"))  # "welcomes CEO…": a verb, or a plural
            or is_past(bare)
        ):
            break
        count += 1
    opener = words[-1 - count] if count < len(words) else ""
    if count and opener and not opener.endswith(",") and opener.lower() not in _ARTICLES:
        return None
    return count + 1 if opener.lower() in _ARTICLES else count


def _lower_role(words: list[str], at: int) -> int:
    """How many lower-case words from ``at`` make a job title that a name
    follows ("spokesman Dmitry", "defence minister Władysław"); 0 if none."""
    for length in (1, 2):
        end = at + length
        if (
            end < len(words)
            and all(w[:1].islower() for w in words[at:end])
            and (words[end - 1].lower() in _ROLES and words[end][:1].isupper())
        ):
            return length
    return 0


def _without_field(run: str, before: str) -> str:
    """A run after a job title in lower case without the title's field:
    "the commissioner for |Crisis Management Hadja Lahbib" → "Hadja
    Lahbib"; "" when the run is only the field. The title's pattern is
    tried only when ``before`` ends in "of " or "for ": it is run for every
    name of every sentence, and most follow neither."""
    tail = before.rstrip()
    if (
        tail == before
        or not tail[-3:].lower().endswith(("of", "for"))
        or not _ROLE_BEFORE.search(before)
    ):
        return run
    words = run.split(" ")
    while words and words[0].lower() in _ROLE_FIELDS:
        words = words[1:]
    return " ".join(words)


def _without_roles(run: str) -> list[str]:
    """Split a run at its job titles: the organisation before them and the
    person after them, either of which may be missing."""
    words = run.split(" ")
    roles = [i for i, word in enumerate(words) if word.lower().strip(".") in _ROLES]
    if not roles:
        return [run]
    first, last = roles[0], roles[-1]
    parts = []
    before = [word for word in words[:first] if word.isupper() and len(word) > 1]
    if before:
        parts.append(" ".join(before))
    after = words[last + 1 :]
    if after and after[0] in ("of", "for"):
        # "Commissioner for Crisis Management Hadja Lahbib": the field goes too
        while len(after) > 2 and after[0].lower() in _ROLE_FIELDS | {"of", "for"}:
            after = after[1:]
    while after and after[0] in ("of", "the"):
        after = after[1:]
    if after:
        parts.append(" ".join(after))
    return parts

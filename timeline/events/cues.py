"""Word cues that tell what kind of statement a sentence is: something that
happened, something still to come, an opinion, a statistic, or a state of
affairs that is no event at all."""

from __future__ import annotations

import re

from timeline.events.verbs import is_past

__all__ = ["Cues", "main_tense", "tags_for"]


class _Cue:
    """A pattern over lowercased text, tried only when one of its trigger
    words is there: most sentences have none, and a set test costs far less
    than a regular-expression scan."""

    __slots__ = ("pattern", "triggers")

    def __init__(self, pattern: str, triggers: str) -> None:
        self.pattern = re.compile(pattern, re.X)
        self.triggers = frozenset(triggers.split())

    def found(self, lower: str, words: set[str]) -> bool:
        return not self.triggers.isdisjoint(words) and self.pattern.search(lower) is not None


_FUTURE = _Cue(
    r"""\b(?:will|shall|won't
        | (?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|going|planned|poised)\s+to
        | (?:is|are)\s+(?:scheduled|set|due|slated|planned)\s+for
        | (?:expects?|plans?|intends?|aims?|hopes?|prepares?|promises?|vows?|pledges?)\s+to
        | (?:next|upcoming|coming)\s+(?:week|month|year|round|meeting|summit)
        | would\s+be\s+held
    )\b""",
    """will shall won't expected scheduled set due slated going planned poised expects expect
    plans plan intends intend aims aim hopes hope prepares prepare promises promise vows vow
    pledges pledge next upcoming coming would""",
)
# "The president is to visit…", "we'll see": cheaper as substrings.
_FUTURE_SUBSTRINGS = (" is to ", " are to ", "'ll ")
_OPINION = _Cue(
    r"""\b(?:believes?|believed|thinks?|opinion|should|must|ought|could|might|may\s+be
        | it\s+seems|seems?\s+to|apparently|probably|perhaps|likely|supposedly
        | according\s+to\s+(?:him|her|them|the\s+expert|experts)
        | insists?|argues?|argued|in\s+(?:his|her|their|our)\s+view
        | (?:is|are)\s+no\s+secret|it\s+is\s+(?:clear|obvious|meaningless|important)
        | understand|recognise|recognize|assumes?|assumed|supposes?|doubts?
        | describe[sd]?\b[^.]{0,80}?\bas
    )\b""",
    """believes believe believed thinks think opinion should must ought could might may seems
    seem apparently probably perhaps likely supposedly according insists insist argues argue
    argued view secret clear obvious meaningless important understand recognise recognize
    assume assumes assumed suppose supposes doubt doubts describe described describes""",
)
_STATISTIC = _Cue(
    r"""(?:\d\s*%|\bper\s?cent\b|\bpercent\b|\b(?:million|billion|trillion)\b
        | \b(?:increased|decreased|grew|fell|rose|dropped|declined)\s+(?:by|to)\b
        | \bthe\s+(?:highest|lowest)\b|\brate\b)""",
    """% per cent percent million billion trillion increased decreased grew fell rose
    dropped declined highest lowest rate""",
)
# "has repeatedly said", "increasingly talking": a habit, not an event.
_HABITUAL = frozenset(
    """repeatedly increasingly always often constantly regularly usually traditionally
    frequently routinely""".split()
)
# "did not say", "has never met": what did not happen is no event.
_NEGATION = frozenset("not never".split())
_AUXILIARIES = frozenset("did does do has have had was were is are will would could can".split())
_COPULAS = frozenset("was were is are".split())
_PERFECT = re.compile(r"^\S+(?:\s+\S+){0,6}?\s+(?:has|have)\s+(?:\w+ly\s+)?\w+ed\b")
_HYPOTHETICAL = ("if ", "unless ", "should ", "were it ")
_LOWER_WORD = re.compile(r"[a-z0-9']+|%")
_SPEECH_OPENING = re.compile(r"""^\s*(?:[—–"“«]|``|-\s)""")
_QUESTION = re.compile(r"\?\s*[\"”»]?$")
_GENERIC = re.compile(
    r"^\s*(?:there\s+(?:is|are)|it\s+is|this\s+is|these\s+are|many|some|most)\b", re.I
)
# A clause about "this" or "it" says nothing on its own.
_BARE_PRONOUN = re.compile(r"^(?:this|that|it|these|those|we|i|you)\b", re.I)
_WORD = re.compile(r"[A-Za-z][a-z'-]+")

# Tag → word starts that suggest it.
# fmt: off
_TAGS: dict[str, tuple[str, ...]] = {
    "diplomacy": ("talks", "negotiat", "summit", "diplomat", "meeting", "envoy", "treaty",
                  "peace"),
    "defence": ("defence", "defense", "military", "troops", "army", "weapon", "missile",
                "drone", "nato"),
    "sanctions": ("sanction", "embargo", "restrictions"),
    "economy": ("economy", "economic", "budget", "spending", "price", "market", "shares",
                "revenue", "profit", "billion", "trade", "tariff", "inflation"),
    "politics": ("election", "vote", "parliament", "government", "minister", "president",
                 "party", "law"),
    "law": ("court", "lawsuit", "sued", "judge", "ruling", "trial", "verdict", "legal"),
    "technology": ("iphone", "ipod", "computer", "software", "mac", "device", "laptop",
                   "internet", "online", "itunes", "app", "technolog"),
    "business": ("company", "compan", "ceo", "executive", "launch", "unveil", "release",
                 "product", "sales", "acquisition", "merger"),
    "conflict": ("war", "attack", "strike", "conflict", "killed", "offensive", "ceasefire"),
}
# fmt: on


_SUBORDINATORS = frozenset("that which who whom whose when if because whether while".split())
_PUNCTUATION = ",.;:!?\"“”'’()"


def main_tense(words: list[str]) -> str | None:
    """ "past", "present" or "future" from the first verb of a clause (its
    main verb, unless a subordinate clause comes first), or None."""
    for index, word in enumerate(words[:14]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in _SUBORDINATORS:
            return None
        if index == 0 or words[index - 1].lower() == "to":
            continue
        if bare in ("will", "shall", "won't", "would"):
            return "future"
        if bare in ("was", "were", "had", "did", "didn't", "wasn't", "weren't"):
            return "past"
        if bare in ("is", "are", "am", "does", "do", "isn't", "aren't", "doesn't"):
            return "present"
        if bare in ("has", "have", "hasn't", "haven't"):
            following = words[index + 1].strip(_PUNCTUATION) if index + 1 < len(words) else ""
            if following.lower() in ("not", "never", "also", "already", "now", "just"):
                following = words[index + 2] if index + 2 < len(words) else ""
            return "past" if is_past(following.lower()) else "present"
        if is_past(bare) and word[:1].islower():
            return "past"
    return None


class Cues:
    """What the words of one sentence say about it: tense from its main
    ``clause`` (so that "…, the agency said" does not make a state an
    event), the rest from the whole ``text``."""

    __slots__ = (
        "clause",
        "future",
        "generic",
        "negated",
        "opinion",
        "past",
        "perfect",
        "pronoun",
        "question",
        "speech",
        "state",
        "statistic",
    )

    def __init__(self, text: str, clause: str | None = None) -> None:
        clause = clause or text
        self.clause = clause  # the main clause the cues were read from
        words = _WORD.findall(clause)
        lower_clause = clause.lower()
        self.future = _FUTURE.found(lower_clause, set(_LOWER_WORD.findall(lower_clause))) or any(
            part in lower_clause for part in _FUTURE_SUBSTRINGS
        )
        split = clause.split()
        tense = main_tense(split)
        self.state = _copular(split)
        self.negated = _negated(split)
        if tense is None:  # no verb found where the subject ends: any past form
            tense = "past" if any(is_past(w) for w in words if w[0].islower()) else "present"
        self.past = tense == "past"
        # "has stated", "have raised": news of the day, not the last day told
        self.perfect = self.past and _PERFECT.search(lower_clause) is not None
        self.future = self.future or tense == "future"
        lower = text.lower()
        lower_words = set(_LOWER_WORD.findall(lower))
        self.opinion = _OPINION.found(lower, lower_words) or lower.startswith(_HYPOTHETICAL)
        self.statistic = _STATISTIC.found(lower, lower_words)
        self.speech = bool(_SPEECH_OPENING.match(text))
        self.question = bool(_QUESTION.search(text))
        self.generic = bool(_GENERIC.match(clause)) or not _HABITUAL.isdisjoint(lower_words)
        self.pronoun = bool(_BARE_PRONOUN.match(clause))

    @property
    def eventive(self) -> bool:
        """Reports a change at a time rather than a state or a view."""
        return (self.past or self.future) and not self.generic


def _negated(words: list[str]) -> bool:
    """Whether the clause's first auxiliary is negated: "He did not say…"."""
    for index, word in enumerate(words[:14]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in _SUBORDINATORS:
            return False
        if bare.endswith("n't") or (index and bare == "never"):
            return True
        if index and bare in _AUXILIARIES:
            following = words[index + 1 : index + 2]
            return bool(following) and following[0].strip(_PUNCTUATION).lower() in _NEGATION
    return False


def _copular(words: list[str]) -> bool:
    """Whether the clause's first verb is "was", "is"… with no participle
    after it: "the meeting was the third round", "X was also present"
    describe, "X was elected" or "is to meet" tell."""
    for index, word in enumerate(words[:14]):
        bare = word.strip(_PUNCTUATION).lower()
        if bare in _SUBORDINATORS:
            return False
        if index and word[:1].islower() and is_past(bare) and bare not in _COPULAS:
            return False  # "said they were ready": the main verb is another
        if not index or bare not in _COPULAS:
            continue
        rest = [w.strip(_PUNCTUATION).lower() for w in words[index + 1 : index + 4]]
        while rest and rest[0] in _HABITUAL | {"also", "still", "not", "already", "now"}:
            rest = rest[1:]
        following = rest[0] if rest else ""
        return not (
            is_past(following) or following.endswith("ing") or following in ("to", "set", "due")
        )
    return False


# Stems of four letters or fewer must be whole words ("war" is no start of
# "warn"); longer ones are word starts ("negotiat").
_WHOLE_WORDS: dict[str, list[str]] = {}
_STARTS: dict[str, list[str]] = {}
for _tag, _stems in _TAGS.items():
    for _stem in _stems:
        table = _WHOLE_WORDS if len(_stem) <= 4 else _STARTS
        table.setdefault(_stem, []).append(_tag)
_START_LENGTHS = sorted({len(stem) for stem in _STARTS})


def tags_for(text: str) -> list[str]:
    """Topic tags whose words the text uses, in the order of ``_TAGS``."""
    found: set[str] = set()
    for word in set(_LOWER_WORD.findall(text.lower())):
        found.update(_WHOLE_WORDS.get(word, ()))
        for length in _START_LENGTHS:
            if length > len(word):
                break
            found.update(_STARTS.get(word[:length], ()))
    return [tag for tag in _TAGS if tag in found]

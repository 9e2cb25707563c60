"""Word cues that tell what kind of statement a sentence is: something that
happened, something still to come, an opinion, a statistic, or a state of
affairs that is no event at all."""

from __future__ import annotations

import re

from timeline.events.verbs import is_past

__all__ = ["Cues", "main_tense", "tags_for"]

_FUTURE = re.compile(
    r"""\b(?:will|shall|won't|'ll
        | (?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|going|planned|poised)\s+to
        | (?:is|are)\s+(?:scheduled|set|due|slated|planned)\s+for
        | (?:is|are)\s+to\s+\w+
        | (?:expects?|plans?|intends?|aims?|hopes?|prepares?|promises?|vows?|pledges?)\s+to
        | (?:next|upcoming|coming)\s+(?:week|month|year|round|meeting|summit)
        | (?:will|would)\s+be\s+held
    )\b""",
    re.X | re.I,
)
_OPINION = re.compile(
    r"""\b(?:believes?|believed|thinks?|opinion|should|must|ought|could|might|may\s+be
        | it\s+seems|seems?\s+to|apparently|probably|perhaps|likely|supposedly
        | according\s+to\s+(?:him|her|them|the\s+expert|experts)
        | insists?|argues?|argued|in\s+(?:his|her|their|our)\s+view
        | (?:is|are)\s+no\s+secret|it\s+is\s+(?:clear|obvious|meaningless|important)
        | understand|recognise|recognize
    )\b""",
    re.X | re.I,
)
_STATISTIC = re.compile(
    r"""(?:\d\s*%|\bper\s?cent\b|\bpercent\b|\b(?:million|billion|trillion)\b
        | \b(?:increased|decreased|grew|fell|rose|dropped|declined)\s+(?:by|to)\b
        | \bthe\s+(?:highest|lowest)\b|\brate\b)""",
    re.X | re.I,
)
_SPEECH_OPENING = re.compile(r"""^\s*[—–"“«]|^\s*-\s""")
_QUESTION = re.compile(r"\?\s*[\"”»]?$")
_GENERIC = re.compile(
    r"^\s*(?:there\s+(?:is|are)|it\s+is|this\s+is|these\s+are|many|some|most)\b", re.I
)
# A clause about "this" or "it" says nothing on its own.
_BARE_PRONOUN = re.compile(r"^(?:this|that|it|these|those|we|i|you)\b", re.I)
_WORD = re.compile(r"[A-Za-z][a-z'-]+")

# Tag → word starts that suggest it.
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


_SUBORDINATORS = frozenset("that which who whom whose when if because whether while".split())
_PUNCTUATION = ",.;:!?\"“”'’()"


def main_tense(words: list[str]) -> str | None:
    """"past", "present" or "future" from the first verb of a clause (its
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
        "future", "generic", "opinion", "past", "pronoun", "question", "speech", "statistic",
    )

    def __init__(self, text: str, clause: str | None = None) -> None:
        clause = clause or text
        words = _WORD.findall(clause)
        self.future = bool(_FUTURE.search(clause))
        tense = main_tense(clause.split())
        if tense is None:  # no verb found where the subject ends: any past form
            tense = "past" if any(is_past(w) for w in words if w[0].islower()) else "present"
        self.past = tense == "past"
        self.future = self.future or tense == "future"
        self.opinion = bool(_OPINION.search(text))
        self.statistic = bool(_STATISTIC.search(text))
        self.speech = bool(_SPEECH_OPENING.match(text))
        self.question = bool(_QUESTION.search(text))
        self.generic = bool(_GENERIC.match(clause))
        self.pronoun = bool(_BARE_PRONOUN.match(clause))

    @property
    def eventive(self) -> bool:
        """Reports a change at a time rather than a state or a view."""
        return (self.past or self.future) and not self.generic


def _stem_pattern(stem: str) -> str:
    return stem + (r"\b" if len(stem) <= 4 else "")


# Short stems must be whole words: "war" is no start of "warn".
_TAG_PATTERNS = [
    (tag, re.compile(r"\b(?:" + "|".join(_stem_pattern(stem) for stem in stems) + ")", re.I))
    for tag, stems in _TAGS.items()
]


def tags_for(text: str) -> list[str]:
    """Topic tags whose words the text uses."""
    return [tag for tag, pattern in _TAG_PATTERNS if pattern.search(text)]

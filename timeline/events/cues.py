"""Word cues that tell what kind of statement a sentence is: something that
happened, something still to come, an opinion, a statistic, or a state of
affairs that is no event at all."""

from __future__ import annotations

import re

from timeline.events.verbs import is_past

__all__ = ["Cues", "tags_for"]

_FUTURE = re.compile(
    r"""\b(?:will|shall|won't|'ll
        | (?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|going|planned|poised)\s+to
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
        # Past tense and perfect forms alike ("took", "has unveiled").
        self.past = any(is_past(word) for word in words if word[0].islower())
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

"""English verb forms, enough for headlines: timeline entries are written in
the present tense ("Ministers meet in Krakow"), articles in the past."""

from __future__ import annotations

import re

__all__ = ["is_past", "past_to_base", "present"]

# Irregular past forms (and past participles) → base form.
# fmt: off
_IRREGULAR = {
    "was": "be", "were": "be", "been": "be", "had": "have", "did": "do", "done": "do",
    "went": "go", "gone": "go", "made": "make", "took": "take", "taken": "take",
    "met": "meet", "held": "hold", "said": "say", "told": "tell", "gave": "give",
    "given": "give", "came": "come", "became": "become", "began": "begin", "begun": "begin",
    "won": "win", "lost": "lose", "left": "leave", "led": "lead", "saw": "see", "seen": "see",
    "got": "get", "gotten": "get", "brought": "bring", "bought": "buy", "sold": "sell",
    "sent": "send", "spent": "spend", "built": "build", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "grew": "grow", "grown": "grow", "knew": "know",
    "known": "know", "thought": "think", "found": "find", "kept": "keep", "struck": "strike",
    "hit": "hit", "set": "set", "put": "put", "cut": "cut", "quit": "quit", "shut": "shut",
    "spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write",
    "chose": "choose", "chosen": "choose", "drew": "draw", "drawn": "draw", "ran": "run",
    "paid": "pay", "laid": "lay", "fought": "fight", "caught": "catch", "taught": "teach",
    "sought": "seek", "stood": "stand", "understood": "understand", "withdrew": "withdraw",
    "withdrawn": "withdraw", "overtook": "overtake", "undertook": "undertake",
    "forecast": "forecast", "broke": "break", "broken": "break", "flew": "fly",
    "flown": "fly", "threw": "throw", "thrown": "throw", "shot": "shoot", "hung": "hang",
    "let": "let", "meant": "mean", "felt": "feel", "heard": "hear",
    "slid": "slide", "sank": "sink", "swore": "swear", "sworn": "swear", "woke": "wake",
    "arose": "arise", "forgave": "forgive", "froze": "freeze", "rang": "ring",
    "oversaw": "oversee", "unveiled": "unveil", "dealt": "deal", "lent": "lend",
    "read": "read", "created": "create", "quoted": "quote", "cited": "cite",
    "invited": "invite", "united": "unite", "shown": "show", "showed": "show", "sewn": "sew",
    "hidden": "hide", "hid": "hide", "driven": "drive", "drove": "drive", "ridden": "ride",
    "eaten": "eat", "ate": "eat", "beaten": "beat", "forgotten": "forget", "forgot": "forget",
    "proven": "prove", "shaken": "shake", "stolen": "steal", "stole": "steal",
    "born": "bear",
}
# fmt: on
_NOT_VERBS = frozenset(
    """need feed seed speed bed red shed hundred indeed based united limited interested
    concerned related armed detailed advanced supposed alleged so-called
    skilled talented aged""".split()
)
_E_AFTER = re.compile(
    r"""(?:
        [^aeiou][aeiou](?:c|v|z|s|k|m|d|b|g)      # announc, releas, renam, decid, manag
        | [^aeiou]ap | [^aeiou]u(?:t|r|l|s|d)     # escap, execut, secur, schedul, us
        | [^aeiou][ao]t | iat | [^aeiou]at        # vot, not, negotiat, stat
        | [^aeiou][aiouy]r | uir | u              # declar, restor, acquir, su, continu
        | [^aeiou]i(?:l|n)                        # compil, declin
        | [^aeiou]c | [rnld]g | [^aeiou]v | ce | [^s]s  # forc, chang, solv, sinc
        | eiv | iev                               # receiv, achiev
    )$""",
    re.X,
)


def is_past(word: str) -> bool:
    """True for a past tense or past participle form."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return True
    return len(lower) > 3 and lower.endswith("ed") and lower not in _NOT_VERBS


def past_to_base(word: str) -> str:
    """The base form of a past form: "discussed" → "discuss"."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if not lower.endswith("ed"):
        return lower
    if lower.endswith("ied") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("eed"):
        return lower[:-1]
    stem = lower[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "slzdf":
        return stem[:-1]  # planned → plan, but called, passed, buzzed
    if _E_AFTER.search(stem):
        return stem + "e"
    return stem


def present(base: str, plural: bool) -> str:
    """The present tense for a third-person subject."""
    if base == "be":
        return "are" if plural else "is"
    if base == "have":
        return "have" if plural else "has"
    if plural:
        return base
    if re.search(r"(?:s|sh|ch|x|z)$", base) or base in ("go", "do", "veto", "echo", "undergo"):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"

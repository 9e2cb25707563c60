"""What every language writes the same way: ISO dates, day.month.year, years
and 24-hour times in figures. The tagger reads a language that has no module
of its own with these rules, and leaves the spans that need words to
dateparser (``timeline/temporal/other_languages.py``)."""

NAME = "intl"

TABLES: dict[str, dict[str, object]] = {}

SNIPPETS: dict[str, str] = {
    "year": r"1[6-9]\d\d|20\d\d",
    "hour": r"[01]?\d|2[0-3]",
    "minute": r"[0-5]\d",
}

COMMON: tuple[str, ...] = ()

RULES: list[tuple] = [
    ("date", r"\d{4}-\d\d-\d\d", {"iso": True}),
    ("date", r"\d{1,2}\.\d\d\.\d{4}", {"dmy_dots": True}),
    # Not a percentage ("2026 %"); a count such as "2000 Soldaten" needs words to tell.
    ("date", r"{year}(?!\s*%)"),
    ("time", r"{hour24=hour}:{minute24=minute}"),
]

# No tense cues, clauses or interval words without knowing the language.
CUES = (("none", r"(?!)"),)
CLAUSE = r"[,;:()]"
BEFORE = r"(?!)"
AFTER = r"(?!)"

"""English: the words, patterns and tense cues the engine reads.

Tables map a word (lower case) to what it means; snippets are regular
expressions that may name a table as ``<table>``; each rule is
``(kind, pattern)`` or ``(kind, pattern, options)`` where the pattern names
its parts ``{group}`` (table or snippet of that name) or ``{group=source}``.
What each kind does with its named parts is the business of
``timeline/temporal/kinds.py``; which words and word orders express it is
this file's.
"""

# Irregular simple pasts that are no participles ("flew", never "has flew"):
# a past cue wherever they stand; the events layer's list.
from timeline.events.lang.en import PAST_ONLY

NAME = "en"

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ONES = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

TABLES: dict[str, dict[str, object]] = {
    "month": {
        **{name: i + 1 for i, name in enumerate(_MONTHS)},
        **{f"{name[:3]}.": i + 1 for i, name in enumerate(_MONTHS) if len(name) > 4},
        **{name[:3]: i + 1 for i, name in enumerate(_MONTHS) if len(name) > 4},
        "sept.": 9, "sept": 9,
    },
    # A month standing alone: no bare "Jan" (a name) or "Mar".
    "monthname": {
        **{name: i + 1 for i, name in enumerate(_MONTHS)},
        **{f"{name[:3]}.": i + 1 for i, name in enumerate(_MONTHS) if len(name) > 4},
        "sept.": 9,
    },
    "weekday": {
        **{name: i + 1 for i, name in enumerate(_WEEKDAYS)},
        **{f"{name[:3]}.": i + 1 for i, name in enumerate(_WEEKDAYS)},
        "tues.": 2, "thur.": 4, "thurs.": 4,
    },
    "weekdays": {f"{name}s": i + 1 for i, name in enumerate(_WEEKDAYS)},
    "season": {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    "part": {
        "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "mid afternoon": "AF",
        "evening": "EV", "night": "NI", "overnight": "NI",
    },
    "parts": {"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"},
    # Units of durations and offsets: (TimeML duration letter, count per unit,
    # granularity the engine shifts by).
    # (TimeML duration letter, count per unit, granularity, plural).
    "unit": {
        word: (letter, per, granularity, word != singular)
        for singular, plural, letter, per, granularity in (
            ("day", "days", "D", 1, "day"), ("week", "weeks", "W", 1, "week"),
            ("month", "months", "M", 1, "month"), ("quarter", "quarters", "Q", 1, "quarter"),
            ("year", "years", "Y", 1, "year"), ("decade", "decades", "Y", 10, "decade"),
            ("century", "centuries", "Y", 100, "century"), ("hour", "hours", "TH", 1, None),
            ("minute", "minutes", "TM", 1, None), ("second", "seconds", "TS", 1, None),
        )
        for word in (singular, plural)
    },
    # Holidays: a fixed day (month, day), the n-th weekday of a month
    # (month, weekday, n; -1 the last), or days from Easter Sunday.
    "holiday": {
        "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25),
        "christmas eve": ("fixed", 12, 24), "new year's day": ("fixed", 1, 1),
        "new year's eve": ("fixed", 12, 31), "independence day": ("fixed", 7, 4),
        "halloween": ("fixed", 10, 31), "valentine's day": ("fixed", 2, 14),
        "veterans day": ("fixed", 11, 11), "thanksgiving": ("nth", 11, 4, 4),
        "thanksgiving day": ("nth", 11, 4, 4), "labor day": ("nth", 9, 1, 1),
        "memorial day": ("nth", 5, 1, -1), "martin luther king day": ("nth", 1, 1, 3),
        "election day": ("election",), "easter": ("easter", 0), "easter sunday": ("easter", 0),
        "good friday": ("easter", -2), "easter monday": ("easter", 1),
    },    # The calendar units a "this/last/next" or "that/the same" can point at.
    "cunit": {
        "day": "day", "week": "week", "weekend": "weekend", "month": "month",
        "quarter": "quarter", "year": "year", "fiscal year": "year", "decade": "decade",
        "century": "century",
    },
    "number": {
        **{w: i + 1 for i, w in enumerate(_ONES)},
        **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
        "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "a dozen": 12, "dozen": 12,
        "hundred": 100, "a hundred": 100, "thousand": 1000,
        # Vague amounts: the engine writes X for the count.
        "a few": None, "few": None, "several": None, "some": None, "many": None,
    },
    "ones": {w: i + 1 for i, w in enumerate(_ONES[:9])},
    "tens": {w: 20 + 10 * i for i, w in enumerate(_TENS)},
    "ordinal": {
        "first": 1, "second": 2, "third": 3, "fourth": 4,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 4, "final": 4,
    },
    "halfword": {"first": 1, "second": 2, "last": 2, "latter": 2},
    # this/last/next: how many units from the anchor.
    "rel": {
        "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "the past": -1,
        "this past": -1, "this coming": 1,
        "previous": -1, "the previous": -1, "next": 1, "coming": 1, "the coming": 1,
        "the last": -1,
    },
    # Anaphora: the date last mentioned, moved by this many units.
    "anarel": {
        "that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1,
        "the previous": -1, "the preceding": -1, "the prior": -1,
    },
    # Offset words: (direction, anchor) where the anchor is the publication
    # date ("dct") or the date last mentioned ("last").
    "dir": {
        "ago": (-1, "dct"), "from now": (1, "dct"), "hence": (1, "dct"),
        "earlier": (-1, "last"), "later": (1, "last"), "afterwards": (1, "last"),
        "after that": (1, "last"), "before that": (-1, "last"),
    },
    # After "the day", "the week": "the day before".
    "unitdir": {"before": (-1, "last"), "after": (1, "last"), "earlier": (-1, "last"),
                "later": (1, "last")},
    # Before "his death", "the shooting": "the day after his death".
    "eventdir": {"before": (-1, "last"), "after": (1, "last"), "following": (1, "last"),
                 "preceding": (-1, "last")},
    # The end of a calendar unit: (unit, mod).
    "edge": {"year-end": ("year", "END"), "year end": ("year", "END"),
             "year's end": ("year", "END"), "the end of the year": ("year", "END"),
             "the end of this year": ("year", "END"), "month-end": ("month", "END"),
             "the end of the month": ("month", "END"), "the end of the week": ("week", "END"),
             "the end of this week": ("week", "END"), "the end of this month": ("month", "END"),
             "the beginning of the year": ("year", "START"),
             "the start of the year": ("year", "START"),
             "the beginning of this year": ("year", "START")},
    # A modifier may be joined to what it modifies by a hyphen ("mid-1996",
    # "late-November", "post-1959"): one word, so one extent.
    "mod": {
        "early": "START", "early-": "START", "the beginning of": "START", "the start of": "START",
        "late": "END", "late-": "END", "the end of": "END", "the close of": "END",
        "mid": "MID", "mid-": "MID", "the middle of": "MID",
        "pre-": "BEFORE", "post-": "AFTER",
        "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "some": "APPROX",
        "roughly": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
        "less than": "LESS_THAN", "more than": "MORE_THAN", "at least": "EQUAL_OR_MORE",
        "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    },
    "ref": {
        "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
        "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "these days": "PRESENT_REF", "the present": "PRESENT_REF",
        "recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
        "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
        "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
        "as soon as possible": "FUTURE_REF",
    },
    # Days named from the publication date: (days from it, part of day).
    "deictic": {
        "today": (0, None), "yesterday": (-1, None), "tomorrow": (1, None),
        "tonight": (0, "NI"), "last night": (-1, "NI"), "this morning": (0, "MO"),
        "this afternoon": (0, "AF"), "this evening": (0, "EV"),
        "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    },
    "clock": {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)},
    "ampm": {"a.m.": "am", "am": "am", "a.m": "am", "p.m.": "pm", "pm": "pm", "p.m": "pm"},
    "openmod": {
        "or later": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER", "and later": "ON_OR_AFTER",
        "or after": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE", "or before": "ON_OR_BEFORE",
    },
    "andhalf": {"and a half": 0.5},
    "set": {
        "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "hourly": "PT1H",
    },
    "every": {"every": 1, "each": 1, "per": 1},
    # Financial "the quarter": the quarter last mentioned (or the latest
    # completed one), this many years back.
    "fin": {
        "the": 0, "the latest": 0, "the same": 0, "the current": 0, "this": 0,
        "the year-ago": -1, "the year-earlier": -1, "year-ago": -1, "year-earlier": -1,
        "the comparable year-ago": -1, "the year-before": -1, "the prior-year": -1,
        "the comparable": -1,
    },
    "finunit": {"quarter": "quarter", "period": "quarter"},
    # "a year-earlier loss", "last year's quarter", "the period a year ago".
    "finadj": {"year-earlier": -1, "year-ago": -1, "prior-year": -1},
    "finyear": {"last year's": -1, "this year's": 0, "the prior year's": -1},
    "finlast": {"last year": -1, "a year ago": -1, "a year earlier": -1,
                "the previous year": -1, "of last year": -1},
    "weekend": {"weekend": "weekend"},
    # "two days before March 3": which way a span of time goes from a date.
    "link": {"before": -1, "after": 1, "prior to": -1, "earlier than": -1, "later than": 1},
    "yearunit": {"year": ("Y", 1, "year", False)},
    "qcode": {"q1": 1, "q2": 2, "q3": 3, "q4": 4},
    "hcode": {"h1": 1, "h2": 2},
    "bigunit": {"decade": ("Y", 10, "decade", False), "century": ("Y", 100, "century", False)},
    "yearcunit": {"year": "year"},
    "decadeword": {w: 1900 + 10 * (i + 2) for i, w in enumerate(
        ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
         "nineties"))},
}

SNIPPETS: dict[str, str] = {
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    # A year in figures, or in words as broadcasts spell it.
    "year": r"(?:1[6-9]\d\d|20\d\d)|(?:nineteen|twenty)[-\s](?:<tens>)(?:[-\s](?:<ones>))?"
            r"|two\s+thousand(?:\s+(?:and\s+)?(?:<number>))?",
    "yy": r"'\d\d",
    "yy2": r"\d\d",
    "ordday": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)",
    "decade": r"(?:1[6-9]\d|20\d)0'?s|'\d0s|(?:<decadeword>)",
    "century": r"(?:1[0-9]|2[01])(?:st|nd|rd|th)",
    "hour": r"(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d",
    "clockhour": r"1[0-2]|0?[1-9]|<ones>|ten|eleven|twelve",
    "tz": r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|local\s+time)\b",
    "num": r"\d{1,3}(?:\.\d+)?|(?:<ones>)\s+(?:hundred|thousand)|(?:<tens>)[-\s](?:<ones>)"
           r"|(?:<number>)",
    "fraction": r"\d+\s+1/2|\d+\s+1/4|\d+\s+3/4",
}

# Words too common to look for first (only speed depends on this list).
COMMON = (
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "and", "or", "this", "that",
    "from", "with", "as", "is", "it", "s", "m", "some", "more", "than", "over", "up", "no",
)

# Tables whose words are also common words: matched capitalised only where
# a rule says so.
CASED = ("month", "monthname", "weekday", "weekdays", "holiday")
_DASH = r"\s*(?:-|–|—)\s*"
# ", 2026" after a day or month, also as tokenized text writes it (" , 2026").
_YEAR = r"(?:\s?,?\s+{year})?"
_TO = r"(?:to|until|till|through)\s+"
# An amount before "a year" makes a rate ("$2 million a year", "four flights a week").
_RATE = (r"\d(?:[\d,.]*\d)?%?\s+(?:(?!(?:and|or|to|in|on|by|over|for|during|within|after|before|"
         r"from|since|than|about|of|at|until|through)\s)[a-z]+\s+)?$")
_MOD = r"(?:{mod}\s*)?"
# The words that end a street's name after its number.
_STREETS = (
    r"(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Lane|Drive|Dr|Place|Parkway|Highway|Way)"
)
# "a second attack" is an ordinal, "a second later" a span of time.
_ORDINAL = r"(?<!\bsecond(?=\s+(?!(?:later|earlier|ago|or|and|before|after|of)\b)[a-z]))"

# Before or after an event, not a date ("the day before March 3", "the day
# after tomorrow", "the week after next" are expressions of their own; "last
# month's crash" is an event).
_BY_EVENT = (r"\s+{dir=eventdir}\s+(?!(?:{month}|{weekday}|{deictic}|\d)\b)"
             r"(?!(?:{rel})\b(?!\s+(?!{weekday2=weekday})\w+['’]s))\w")
# Not "later in the day before leaving", nor "Nov. 3, the day before ...",
# which is Nov. 3.
_NOT_BY = r"(?:\b(?i:later|earlier)\s+in\s+|\d\s*,\s*)(?:the\s+)?$"

RULES: list[tuple] = [
    # Calendar dates, with or without their year.
    ("date", r"{weekday},?\s+{month}\s+{day}" + _YEAR, {"cased": CASED}),
    ("date", r"{weekday},?\s+(?:the\s+)?{day}\s+(?:of\s+)?{month}" + _YEAR,
     {"cased": CASED}),
    ("date", _MOD + r"{month}\s+{day}" + _YEAR + r"(?!\s*(?:-|–|—|:)\s*\d)"),
    ("date", r"{month}\s+{day}" + _DASH + r"{day2=day}" + _YEAR),
    ("date", r"{month}\s+{day}" + _DASH + r"{month2=month}\s+{day2=day}" + _YEAR),
    ("date", r"(?:the\s+)?{day}\s+(?:of\s+)?{month}" + _YEAR),
    ("date", r"{day}" + _DASH + r"{day2=day}\s+{month}" + _YEAR),
    ("date", r"{day}\s+{month}" + _DASH + r"{day2=day}\s+{month2=month}" + _YEAR),
    # Ranges in words are two expressions, as TimeML marks them; both carry
    # the range as their EDTF date.
    ("list", r"(?P<pre>between\s+)(?P<a>{day}(?:\s+{month})?)\s+and\s+"
     r"(?P<b>{day2=day}\s+{month2=month}" + _YEAR + r")", {"range": True}),
    ("list", r"(?P<pre>between\s+)(?P<a>{month}\s+{day})\s+and\s+"
     r"(?P<b>(?:{month2=month}\s+)?{day2=day}" + _YEAR + r")", {"range": True}),
    ("date", r"{year}" + _DASH + r"{year2=year}"),
    ("list", r"(?P<pre>from\s+)(?P<a>{year})\s+(?:to|until|through)\s+(?P<b>{year2=year})",
     {"range": True}),
    ("list", r"(?P<pre>from\s+)(?P<a>{month}\s+{day})\s+" + _TO
     + r"(?P<b>(?:{month2=month}\s+)?{day2=day}" + _YEAR + r")", {"range": True}),
    ("list", r"(?P<pre>from\s+)(?P<a>{day}(?:\s+{month})?)\s+" + _TO
     + r"(?P<b>{day2=day}\s+{month2=month}" + _YEAR + r")", {"range": True}),
    ("list", r"(?P<pre>between\s+)(?P<a>{year})\s+and\s+(?P<b>{year2=year})", {"range": True}),
    ("list", r"(?P<pre>from\s+)(?P<a>{month})\s+(?:to|until|through)\s+"
     r"(?P<b>{month2=month}" + _YEAR + r")", {"range": True}),
    ("list", r"(?P<pre>between\s+)(?P<a>{month})\s+and\s+(?P<b>{month2=month}" + _YEAR + r")",
     {"range": True}),
    ("list", r"(?P<a>{month}\s+{day})(?:,|\s+and|\s+or)\s+(?P<b>{day2=day})" + _YEAR
     + r"(?!\s*(?:-|–|—|:)\s*\d)"),
    ("list", r"(?P<a>{day})(?:,|\s+and|\s+or)\s+(?P<b>{day2=day}\s+{month}" + _YEAR + r")"),
    ("date", r"\d{4}-\d\d-\d\d", {"iso": True}),
    # "20.02.2026": day first, as written outside the US (the US writes slashes).
    ("date", r"\d{1,2}\.\d\d\.\d{4}", {"dmy_dots": True}),
    ("date", r"(?:[01]?\d)/(?:[0-3]?\d)/(?:\d\d\d\d|\d\d)", {"us_slash": True}),
    ("date", _MOD + r"{month},?\s+(?:of\s+)?{year}"),
    # Not "the March for Life", "the March of the Mothers".
    ("date", _MOD + r"{month=monthname}(?!\s+(?:for|of\s+the)\s+[A-Z])", {"cased": CASED}),
    # Not "1800 Pitkin Ave.", "2010 Main Street": a street's number.
    ("date", _MOD + r"(?:(?:the\s+)?(?:fiscal|calendar|fiscal\s+year|year)\s+)?{year}"
     r"(?!\s*(?:%|percent|per\s*cent|people|troops|soldiers|times|dollars|euros|"
     r"(?:years|months|days|hours)\b|(?:[A-Z][\w'’-]*\s+){1,3}" + _STREETS + r"\b))"),
    # "1994 or later", "2030 and beyond": open intervals, the words in the extent.
    ("date", r"{year}\s+{mod=openmod}"),
    ("date", r"(?:the\s+)?" + _MOD + r"{decade}"),
    ("date", r"(?:the\s+)?{century}\s+century"),
    ("date", r"the\s+year\s+{year}"),
    # "on the 20th": a day of the month in focus.
    ("date", r"(?P<pre>on\s+)the\s+{day=ordday}(?=\s*[,.;:)]|\s+(?:and|when|as|at)\s)"),
    ("date", r"the\s+week\s+of\s+{month}\s+{day}" + _YEAR, {"week": True}),
    ("date", r"(?:the\s+)?(?:fiscal[-\s]+)?{quarter=ordinal}\s+(?:fiscal\s+)?quarter"
     r"(?:\s+of\s+(?:fiscal\s+)?{year})?"),
    # "the third-quarter loss": the article belongs to the noun.
    ("date", r"(?:fiscal\s+)?{quarter=ordinal}-quarter"),
    ("date", r"(?:the\s+)?{year}\s+(?:fiscal\s+)?{quarter=ordinal}[-\s]+quarter"),
    ("date", r"(?:the\s+)?{half=halfword}\s+half(?:\s+of\s+(?:the\s+)?(?:{year}|{decade}))?"),
    ("date", r"(?:the\s+)?" + _MOD + r"{season}\s+(?:of\s+)?{year}"),
    # "Q3 2025", "2025 Q3", "H1 2026", "FY2024", "FY25".
    ("date", r"{quarter=qcode}(?:\s+|-)?{year}"),
    ("date", r"{year}(?:\s+|-)?{quarter=qcode}"),
    ("date", r"{half=hcode}(?:\s+|-)?{year}"),
    ("date", r"{year}(?:\s+|-)?{half=hcode}"),
    ("date", r"{quarter=qcode}", {"cased": ("qcode",)}),
    ("date", r"fy\s?{year}"),
    ("date", r"fy'?{year=yy2}"),
    ("date", r"(?P<pre>(?:in|during|since|until|by|through|over|for)\s+)(?:the\s+)?"
     + _MOD + r"{season}"),
    # this/last/next ...
    ("shift", _MOD + r"{yrel=rel}\s+{season}"),
    ("shift", _MOD + r"{yrel=rel}\s+{month}(?:\s+{day})?", {"cased": CASED}),
    ("date", r"{month}\s+(?:of\s+)?{yrel=rel}\s+year"),
    # "March of that year", "the first quarter of last year": the year
    # counts from the one in focus, or from the publication date.
    ("date", r"{month}\s+of\s+{ayear=anarel}\s+year"),
    ("date", r"(?:the\s+)?{quarter=ordinal}\s+quarter\s+of\s+(?:{yrel=rel}|{ayear=anarel})"
     r"\s+year"),
    ("date", r"{yrel=rel}\s+year's\s+(?:fiscal\s+)?{quarter=ordinal}[-\s]+quarter"),
    # "the past decade" is a span of ten years, "last decade" the 1990s.
    ("duration", r"(?:the\s+)?past\s+{unit=bigunit}"),
    ("shift", r"(?:around\s+)?{edge}"),
    ("shift", r"(?P<pre>(?:over|during|on|at|for|by)\s+)the\s+{unit=weekend}"),
    ("shift", r"(?:(?:earlier|later)\s+(?:in\s+)?)?" + _MOD
     + r"{rel}\s+{unit=cunit}(?:\s+or\s+so)?"),
    # Holidays.
    ("holiday", r"{holiday}" + _YEAR, {"cased": CASED}),
    ("holiday", r"{yrel=rel}\s+{holiday}", {"cased": CASED}),
    ("holiday", r"{holiday}\s+week" + _YEAR, {"cased": CASED, "week": True}),
    # Days of the week.
    ("weekday", _MOD + r"(?:{rel}\s+)?{weekday}(?:\s+{part})?", {"cased": CASED}),
    # "the night of Friday, Oct. 23" is the date, as "the night of Oct. 23" is:
    # the part of the day does not split a weekday from its date.
    ("weekday", r"{part}\s+(?:of\s+)?{weekday}"
     r"(?!,?\s+(?:{month}\s+{day}|{day2=day}\s+{month2=month})\b)", {"cased": CASED}),
    # today, yesterday, tomorrow night ...
    ("deictic", r"(?:(?:earlier|later)\s+)?" + _MOD + r"{deictic}(?:\s+{part})?"),
    ("deictic", r"{part}\s+{deictic}"),
    # two days ago, a year earlier ...
    ("offset", _MOD + r"{num}\s+(?:or\s+so\s+)?{unit}\s+(?:or\s+so\s+)?{dir}"),
    # "the day before" alone; "the day before the vote" is anchored on the vote.
    ("offset", r"(?:the\s+)?{unit=cunit}\s+{dir=unitdir}(?=\s*(?:[.,;:!?)]|$))"),
    # "the day after his death": a day anchored on an event, which is no part
    # of the extent, nor is the article.
    ("offset", r"(?P<pre>the\s+)?{unit=cunit}(?=" + _BY_EVENT + ")", {"not_after": _NOT_BY}),
    # the same day, that year, the following week ...
    ("anaphor", r"(?:earlier\s+|later\s+)?{anarel}\s+{unit=cunit}(?:\s+or\s+so)?"),
    ("anaphor", r"{fin}\s+(?:fiscal\s+)?{unit=finunit}"),
    ("anaphor", r"{anarel}\s+{part}"),
    # A company's year: "the year ended March 31" is a year long; "for the
    # year," is the year in focus.
    ("duration", r"the\s+(?:full\s+|fiscal\s+)?{unit=yearunit}(?=\s+(?:that\s+)?(?:ended|ending))"),
    ("anaphor", r"(?P<pre>for\s+)the\s+(?:full\s+|fiscal\s+|current\s+)?{unit=yearcunit}"
     r"(?=\s*[,.;])"),
    ("anaphor", r"{fin=finadj}(?=\s+[a-z])"),
    ("anaphor", r"{fin=finyear}\s+(?:fiscal\s+)?{unit=finunit}"),
    ("anaphor", r"the\s+(?:corresponding\s+|comparable\s+|same\s+)?{unit=finunit}\s+"
     r"{fin=finlast}"),
    ("anaphor", r"(?:the\s+)?{year}\s+(?:fiscal\s+)?{unit=finunit}"),
    # "the third-quarter loss", like "a two-year contract": the article is
    # the noun's, so a hyphened quarter takes no "the" (a year-ago one, its word).
    ("date", r"{fin}\s+(?:fiscal\s+)?{quarter=ordinal}\s+quarter"),
    ("date", r"{fin=finadj}\s+(?:fiscal\s+)?{quarter=ordinal}-quarter"),
    # Times of day.
    ("time", r"(?:{mod}\s+)?(?:{hour}(?::{minute})?\s*{ampm}|{hour24=hour}:{minute24=minute}"
     r"|{clock})(?:\s+{tz})?(?:,?\s+(?:on\s+)?(?:{weekday}|{deictic}|{month}\s+{day}))?",
     {"not_after": r"\b(?i:high)\s+$"}),  # "High Noon", the film and the idiom
    # "4 in the morning", "nine o'clock in the evening".
    ("time", r"(?:{mod}\s+)?{hour=clockhour}(?:\s+o'clock)?\s+in\s+the\s+{part}"),
    ("time", r"(?:{weekday}|{deictic}),?\s+(?:at\s+)?(?:{hour}(?::{minute})?\s*{ampm}|{clock})"
     r"(?:\s+{tz})?"),
    # Durations.
    ("duration", r"(?:{mod}\s+)?(?:the\s+)?(?:(?:past|last|next|first|coming|previous|"
     r"latest|final|following)\s+)?(?:{num}(?:\s+(?:to|or)\s+{num2=num})?|{fraction})"
     r"(?:\s+{plus2=andhalf})?\s+"
     r"(?:more\s+|full\s+)?{unit}(?:\s+{plus=andhalf})?(?:\s+or\s+so)?(?!\s+old|-)" + _ORDINAL,
     {"not_after": _RATE}),
    # Days the markets or offices are open: not calendar days to count a date from.
    ("duration", r"{num}\s+(?:trading|business|working)\s+{unit}", {"no_anchor": True}),
    # "a two-year contract"; not "three-quarters of its food".
    ("duration", r"{num}[-\s]{unit}(?!-)(?!\s+old)(?<!quarters)" + _ORDINAL,
     {"not_after": _RATE}),
    ("duration", r"(?:{mod}\s+)?(?:the\s+)?(?:(?:past|last|next|first|coming|previous|"
     r"latest|final|following)\s+)(?:few\s+|several\s+|couple\s+of\s+)?{unit}"),
    ("duration", r"(?:coming|the\s+coming)\s+{unit}"),
    # "in recent years": a span of time of unknown length (PXY), as TimeML has it.
    ("duration", r"(?:recent|past|the\s+past)\s+{unit}", {"plural": True}),
    # "for years", "the first time in decades"; "day-long", "decades-long".
    ("duration", r"(?P<pre>(?:for|in)\s+){unit}(?!\s+(?:of|ago|before|after|later|earlier|old)\b)",
     {"plural": True}),
    ("duration", r"{unit}-long"),
    # Recurrences.
    ("set", r"{set}"),
    ("set", r"{every}\s+{unit=cunit}"),
    ("set", r"(?:every|each)\s+{weekday}", {"cased": CASED}),
    ("set", r"(?:every|each)\s+{month}", {"cased": CASED}),
    ("set", r"{weekdays}", {"cased": CASED}),
    # "Tuesday nights": every Tuesday night.
    ("set", r"{weekday}\s+{part=parts}", {"cased": CASED}),
    # Vague references.
    ("ref", r"{ref}"),
]

# Irregular pasts that are also participles, a past cue as often as not.
_PAST_OR_PARTICIPLE = """had made met held left got sent won lost paid sold bought found brought
    put led kept"""

# Words that say what tense a clause is in; the engine uses the cue nearest
# to an expression without a year to pick the year (or week) it means. Cues
# are tried in this order at each place, so "had been scheduled" is past and
# "expected to" future, though "scheduled" and "expected" end in -ed.
CUES = (
    # A plan made in the past says nothing of when it falls.
    ("future", r"\b(?:has|have)\s+(?:scheduled|planned|set)\b"),
    ("none", r"\b(?:had|has|have|was|were)\s+(?:been\s+)?(?:due|scheduled|set|expected|planned)\b"),
    ("future", r"\bwill\s+(?:not\s+)?(?:be|have)\s+\w+"),
    # "did not leave until Tuesday": when it happened, no future.
    ("none", r"(?:\bnot|n[’']t)\b[^.,;:]{0,30}?\buntil\b"),
    # "stayed shut until Monday": how long a past state lasted, no future.
    ("past", r"\b(?:stayed|remained|was|were|lasted|continued|kept)\b[^.,;:]{0,20}?\buntil\b"),
    ("past", r"\b(?:has|have)\s+(?:not\s+)?(?:been\s+)?\w+"),
    ("future", r"\b(?:is|are)\s+(?:scheduled|expected|due|set|planned|slated)\b"),
    ("none", r"\b(?:is|are|be|being)\s+\w+ed\b"),
    ("future", r"\b(?:will|shall|won't|going\s+to|expects?\s+to|expected\s+to|plans?\s+to|"
               r"would|intends?\s+to|scheduled|due|set\s+to|planning|slated|until|"
               r"planned(?!\s+to)|"
               r"to\s+be\s+held|upcoming|next|coming|hopes?\s+to|aims?\s+to|"
               r"is\s+to|are\s+to|as\s+(?:early|soon)\s+as|expects?|forecasts?|predicts?)\b|'ll\b"),
    # Reporting verbs: "said Friday" is the day of saying, but they say
    # little of the time of what is reported.
    ("weakpast", r"\b(?:said|told|announced|reported|added|stated|noted)\b"),
    # "-ed" after an article or possessive is an adjective ("the reduced dividend").
    ("none", r"\b(?:the|a|an|its|their|his|her|our|of|per)\s+\w+ed\b"),
    ("past", rf"\b(?:{'|'.join((*PAST_ONLY.split(), *_PAST_OR_PARTICIPLE.split()))}|ended)\b"),
    # Other "-ed" words are past participles as often as past tenses.
    ("weakpast", r"\b\w{2,}ed\b"),
)
# What makes an expression a possessive ("Friday's vote").
POSSESSIVE = r"['’]s\b"
CLAUSE = r"[,;:()\"“”]|''|``|\s(?:and|but|while|whereas|when|because|after|before)\s"
# A word before the expression that makes it an open interval.
BEFORE = r"\b(?:before|prior\s+to|until|till|up\s+to)\s+(?:the\s+)?$"
AFTER = r"\b(?:after|since|from)\s+(?:the\s+)?$"
# Words before an expression that put its event at that very time, not
# before or after it: "just before 11:30 p.m. on Saturday", "shortly after
# noon", "could not be rescued until the next morning".
AT_ONCE = (
    r"(?:\b(?:just|shortly|immediately|right|soon|moments|minutes|hours)\s+"
    r"(?:before|after|prior\s+to)|(?:\bnot|n[’']t)\b[^.,;:]{0,30}?\b(?:until|till))"
    r"\s+(?:the\s+)?$"
)

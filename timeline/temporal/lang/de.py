"""German: the words, patterns and tense cues the engine reads (the format is
described in ``en.py``). A day is an ordinal with its period ("am 3. März");
nouns inflect ("vor drei Tagen", "Anfang nächsten Jahres") and join into
compounds ("Montagabend"), which one rule finds by scanning (``scan``) as
no single word of a compound is a key."""

from timeline.events.lang.de import IRREGULAR_PAST
from timeline.temporal.lang._tables import forms, unit

NAME = "de"

_MONTHS = (
    ("januar", "jänner", "jan."),
    ("februar", "feber", "feb.", "febr."),
    ("märz", "maerz", "mrz."),
    ("april", "apr."),
    ("mai",),
    ("juni",),
    ("juli",),
    ("august", "aug."),
    ("september", "sept.", "sep."),
    ("oktober", "okt."),
    ("november", "nov."),
    ("dezember", "dez."),
)
_WEEKDAYS = (
    ("montag",),
    ("dienstag",),
    ("mittwoch",),
    ("donnerstag",),
    ("freitag",),
    ("samstag", "sonnabend"),
    ("sonntag",),
)


# Entries of several words are spelled as German writes them ("Ende des Jahres"):
# the engine matches each in that spelling, capitalised and upper case.
TABLES: dict[str, dict[str, object]] = {
    "month": forms(_MONTHS),
    "weekday": forms(_WEEKDAYS),
    "weekdays": {f"{forms[0]}s": i + 1 for i, forms in enumerate(_WEEKDAYS)},
    "season": {
        **dict.fromkeys(("frühling", "frühlings", "frühjahr", "frühjahrs"), "SP"),
        **dict.fromkeys(("sommer", "sommers"), "SU"),
        **dict.fromkeys(("herbst", "herbstes"), "FA"),
        **dict.fromkeys(("winter", "winters"), "WI"),
    },
    "part": {"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "AF",
             "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    "unit": {
        **unit("tag tages", "tage tagen", "D", 1, "day"),
        **unit("woche", "wochen", "W", 1, "week"),
        **unit("monat monats", "monate monaten", "M", 1, "month"),
        **unit("quartal quartals", "quartale quartalen", "Q", 1, "quarter"),
        **unit("jahr jahres", "jahre jahren", "Y", 1, "year"),
        **unit("jahrzehnt jahrzehnts", "jahrzehnte jahrzehnten", "Y", 10, "decade"),
        **unit("jahrhundert jahrhunderts", "jahrhunderte jahrhunderten", "Y", 100, "century"),
        **unit("stunde", "stunden", "TH", 1, None),
        **unit("minute", "minuten", "TM", 1, None),
    },
    "cunit": {
        **dict.fromkeys(("tag", "tages"), "day"), "woche": "week", "wochenende": "weekend",
        **dict.fromkeys(("monat", "monats"), "month"),
        **dict.fromkeys(("quartal", "quartals"), "quarter"),
        **dict.fromkeys(("jahr", "jahres"), "year"),
    },
    "number": {
        **dict.fromkeys(("ein", "eine", "einen", "einem", "einer", "eines"), 1),
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20,
        "dreißig": 30, "hundert": 100, "anderthalb": 1.5, "eineinhalb": 1.5,
        # Vague amounts: the engine writes X for the count.
        **dict.fromkeys(("einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen",
                         "viele", "vielen"), None),
    },
    "ordinal": {
        **dict.fromkeys(("erste", "ersten", "erstes", "erster", "1."), 1),
        **dict.fromkeys(("zweite", "zweiten", "zweites", "zweiter", "2."), 2),
        **dict.fromkeys(("dritte", "dritten", "drittes", "dritter", "3."), 3),
        **dict.fromkeys(("vierte", "vierten", "viertes", "vierter", "letzte", "letzten", "4."),
                        4),
    },
    "halfword": {**dict.fromkeys(("erste", "ersten", "1."), 1),
                 **dict.fromkeys(("zweite", "zweiten", "2."), 2)},
    "rel": {
        **dict.fromkeys(("diese", "diesen", "dieser", "dieses", "diesem", "laufenden",
                         "laufende", "laufendes"), 0),
        **dict.fromkeys(("letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen",
                         "vergangener", "vergangenes", "vorige", "vorigen", "voriger", "voriges"),
                        -1),
        **dict.fromkeys(("nächste", "nächsten", "nächster", "nächstes", "kommende", "kommenden",
                         "kommender", "kommendes"), 1),
    },
    # The date in focus: "am selben Tag", "in der folgenden Woche".
    "anarel": {
        **dict.fromkeys(("selben", "gleichen", "demselben", "derselben", "jenem", "jenen"), 0),
        **dict.fromkeys(("folgenden", "darauffolgenden", "darauf folgenden"), 1),
        **dict.fromkeys(("vorherigen", "vorangegangenen"), -1),
    },
    # "am nächsten Tag" is the day after the one in focus, "nächsten Montag" next week's.
    "nextday": {"nächsten": 1},
    "dayword": {"vortag": -1, "folgetag": 1, "tags darauf": 1, "tags zuvor": -1,
                "vorabend": -1},
    # Offsets after the amount ("drei Tage später") or before it ("vor drei Tagen").
    "dir": {"später": (1, "last"), "danach": (1, "last"), "darauf": (1, "last"),
            "zuvor": (-1, "last"), "davor": (-1, "last"), "früher": (-1, "last")},
    "dirpre": {"vor": (-1, "dct"), "in": (1, "dct"), "nach": (1, "last")},
    "mod": {
        **dict.fromkeys(("anfang", "beginn", "zu Beginn"), "START"),
        **dict.fromkeys(("ende", "gegen Ende"), "END"),
        "mitte": "MID",
        **dict.fromkeys(("rund", "etwa", "ungefähr", "gegen"), "APPROX"),
        **dict.fromkeys(("fast", "knapp", "weniger als"), "LESS_THAN"),
        **dict.fromkeys(("mehr als", "über"), "MORE_THAN"),
        "mindestens": "EQUAL_OR_MORE",
    },
    # The edges of the publication date's unit: (unit, mod).
    "edge": {
        "jahresende": ("year", "END"), "jahresanfang": ("year", "START"),
        "jahresbeginn": ("year", "START"), "jahresmitte": ("year", "MID"),
        "monatsende": ("month", "END"), "monatsanfang": ("month", "START"),
        "Ende des Jahres": ("year", "END"), "Anfang des Jahres": ("year", "START"),
        "Mitte des Jahres": ("year", "MID"), "Ende des Monats": ("month", "END"),
        "Anfang des Monats": ("month", "START"), "Ende der Woche": ("week", "END"),
        "Anfang der Woche": ("week", "START"),
    },
    "ref": {
        "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
        "gegenwärtig": "PRESENT_REF", "momentan": "PRESENT_REF", "heutzutage": "PRESENT_REF",
        "kürzlich": "PAST_REF", "neulich": "PAST_REF", "jüngst": "PAST_REF",
        "vor kurzem": "PAST_REF", "vor Kurzem": "PAST_REF", "unlängst": "PAST_REF",
        "künftig": "FUTURE_REF", "zukünftig": "FUTURE_REF", "in Zukunft": "FUTURE_REF",
        "demnächst": "FUTURE_REF",
    },
    "deictic": {
        "heute": (0, None), "gestern": (-1, None), "morgen": (1, None),
        "vorgestern": (-2, None), "übermorgen": (2, None), "letzte Nacht": (-1, "NI"),
        "heute Nacht": (0, "NI"),
    },
    "set": {"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
            "stündlich": "PT1H"},
    "every": dict.fromkeys(("jeden", "jede", "jedes", "jedem"), 1),
    "recent": dict.fromkeys(("letzten", "vergangenen"), None),
    "coming": dict.fromkeys(("kommenden", "nächsten"), None),
    "units": dict.fromkeys(("tagen", "wochen", "monaten", "jahren", "jahrzehnten"), None),
}

SNIPPETS: dict[str, str] = {
    # A day before its month is an ordinal: "3. März".
    "day": r"(?:[12]\d|3[01]|0?[1-9])\.",
    "year": r"(?:1[6-9]\d\d|20\d\d)",
    "decade": r"(?:1[6-9]|20)\d0|[1-9]0",
    "hour": r"(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d",
    "num": r"\d{1,3}(?:[.,]\d+)?|(?:<number>)",
}

# Words too common to look for first (only speed depends on this list).
COMMON = ("der", "die", "das", "den", "dem", "des", "im", "am", "in", "an", "und", "ein", "eine",
          "einen", "einem", "einer", "zu", "zum", "zur", "von", "vom", "mit", "auf", "für", "ist",
          "nach", "vor")
CASED: tuple[str, ...] = ()
_DASH = r"\s*(?:-|–|—)\s*"
_YEAR = r"(?:\s+{year})?"
# "Anfang März", "Ende des Jahres", "Mitte nächster Woche".
_MOD = r"(?:{mod}\s+(?:des\s+|der\s+)?)?"
_NOT_AMOUNT = (r"(?!\s*(?:%|prozent|menschen|personen|soldaten|tote|toten|verletzte|einwohner|"
               r"mitarbeiter|euro|dollar|hektar|kilometer|meter|fälle|jahre)\b)")
_TO = r"\s+bis\s+(?:zum\s+)?"

RULES: list[tuple] = [
    # Calendar dates: "3. März 2026", "Montag, den 16. Februar".
    ("date", _MOD + r"{day}\s+{month}" + _YEAR),
    ("date", r"{weekday},?\s+(?:(?:den|dem)\s+)?{day}\s+{month}" + _YEAR),
    ("date", _MOD + r"{month}\s+{year}"),
    ("date", _MOD + r"{month}"),
    # Ranges: "vom 13. bis 15. Mai", "zwischen dem 10. und 12. April", "13.-15. Mai".
    ("date", r"(?P<pre>vom\s+)?{day}" + _TO + r"{day2=day}\s+{month}" + _YEAR),
    ("date", r"(?P<pre>vom\s+)?{day}\s+{month}" + _TO + r"{day2=day}\s+{month2=month}" + _YEAR),
    ("date", r"(?P<pre>zwischen\s+dem\s+){day}\s+und\s+(?:dem\s+)?{day2=day}\s+{month}" + _YEAR),
    ("date", r"(?P<pre>zwischen\s+dem\s+){day}\s+{month}\s+und\s+(?:dem\s+)?{day2=day}\s+"
     r"{month2=month}" + _YEAR),
    ("date", r"{day}" + _DASH + r"{day2=day}\s+{month}" + _YEAR),
    ("date", r"(?P<pre>(?:von|zwischen)\s+){month}\s+(?:bis|und)\s+{month2=month}" + _YEAR),
    ("date", r"{year}" + _DASH + r"{year2=year}"),
    ("date", r"(?P<pre>(?:von|zwischen)\s+){year}\s+(?:bis|und)\s+{year2=year}"),
    ("date", r"\d{4}-\d\d-\d\d", {"iso": True}),
    ("date", r"\d{1,2}\.\d{1,2}\.\d{4}", {"dmy_dots": True}),
    ("date", _MOD + r"(?:(?:jahr|jahre|jahres)\s+)?{year}" + _NOT_AMOUNT),
    ("date", _MOD + r"(?:den\s+|der\s+)?{decade}er(?:\s+(?:jahre|jahren|jahrzehnt))?"),
    ("date", r"{quarter=ordinal}\s+(?:quartal|quartals)(?:\s+(?:des\s+jahres\s+)?{year})?"),
    ("date", r"{half=halfword}\s+(?:halbjahr|halbjahres|halbjahrs|jahreshälfte)"
     r"(?:\s+{year})?"),
    ("date", _MOD + r"{season}(?:\s+{year})?"),
    # "im März letzten Jahres", "im März dieses Jahres".
    ("date", _MOD + r"{month}\s+{yrel=rel}\s+jahres"),
    # "im vergangenen März", "am kommenden 3. März", "letzten Sommer", "Anfang nächsten Jahres".
    ("shift", r"{yrel=rel}\s+{day}\s+{month}"),
    ("shift", r"{yrel=rel}\s+{month}"),
    ("shift", _MOD + r"{yrel=rel}\s+{season}"),
    ("shift", r"(?:{mod}\s+)?{edge}"),
    # "am nächsten Tag" is the day after the one in focus.
    ("anaphor", r"{anarel=nextday}\s+tag"),
    ("shift", _MOD + r"{rel}\s+{unit=cunit}"),
    # Days of the week: "Montag", "am kommenden Montag", "Montagabend", "montags".
    ("weekday", r"(?:{rel}\s+)?{weekday}(?:\s*{part})?", {"scan": True}),
    ("deictic", r"{deictic}(?:\s+{part})?",
     {"not_after": r"\b(?i:am|den|jeden|diesen|einem|eines|vom|zum|dem|der|des|guten)\s+$"}),
    # "vor drei Tagen", "drei Tage später", "in zwei Wochen".
    ("offset", r"(?:{mod}\s+)?{num}\s+{unit}\s+{dir}"),
    ("offset", r"{dir=dirpre}\s+(?:{mod}\s+)?{num}\s+{unit}"),
    # "am selben Tag", "in der folgenden Woche", "am Vortag", "tags darauf".
    ("anaphor", r"{anarel}\s+{unit=cunit}"),
    ("anaphor", r"{anarel=dayword}"),
    ("time", r"{hour24=hour}(?:[:.]{minute24=minute})?\s+uhr"),
    ("time", r"{hour24=hour}:{minute24=minute}"),
    # Spans of time and recurrences.
    ("duration", _MOD + r"{num}\s+{unit}"),
    ("ref", r"(?:in\s+)?den\s+{recent}\s+{units}", {"value": "PAST_REF"}),
    ("ref", r"(?:in\s+)?den\s+{coming}\s+{units}", {"value": "FUTURE_REF"}),
    ("set", r"{set}"),
    ("set", r"{every}\s+{unit=cunit}"),
    ("set", r"{weekdays}"),
    ("ref", r"{ref}"),
]

CUES = (
    # A plan made in the past says nothing of when it falls.
    ("none", r"\b(?:war|waren|hatte|hatten)\s+(?:\w+\s+){0,3}?(?:geplant|vorgesehen|angesetzt)\b"),
    ("future", r"\b(?:wird|werden|werde|soll|sollen|sollte|sollten|will|wollen|plant|planen|"
               r"geplant|vorgesehen|angesetzt|voraussichtlich|erwartet|kommende\w*|nächste\w*|"
               r"bevorstehende\w*)\b"),
    # Reporting verbs: the day of saying, little of the time of what is said.
    ("weakpast", r"\b(?:sagte|sagten|erklärte|erklärten|teilte|teilten|kündigte|kündigten|"
                 r"betonte|berichtete|berichteten|laut)\b"),
    # The strong and mixed pasts of news and their participles: the events
    # layer's list ("hob … auf", "schloss", "trat … zurück").
    ("past", rf"\b(?:hatte|hatten|hat|haben|wählte|wählten|legte|legten|"
             rf"{'|'.join(IRREGULAR_PAST.split())})\b"),
    ("weakpast", r"(?-i:\bge[a-zäöüß]{3,}(?:t|en)\b)"),
    # The weak preterite ("kippte", "stimmten"); not a superlative or ordinal ("erste",
    # "nächste", "letzte", "dritte"), nor an adjective after its article ("die geplante").
    ("weakpast", r"(?<!der\s)(?<!die\s)(?<!das\s)(?<!den\s)(?<!dem\s)(?<!des\s)"
                 r"(?<!ein\s)(?<!eine\s)(?<!einen\s)(?<!einem\s)(?<!einer\s)"
                 r"(?-i:\b(?!(?:heute|bitte|gute|weite|halbe|letzte|letzten|dritte|dritten|"
                 r"vierte|vierten|mitte)\b)[a-zäöüß]{2,}[^\Ws]te[nt]?\b)"),
)
CLAUSE = r"[,;:()»«„“”\"]|\s(?:und|aber|während|als|weil|dass|nachdem|bevor|wenn)\s"
BEFORE = r"\b(?:vor\s+(?:dem|der)|bis(?:\s+zum|\s+zur)?|spätestens)\s+$"
AFTER = r"\b(?:seit(?:\s+dem|\s+der)?|nach\s+dem|ab(?:\s+dem)?)\s+$"

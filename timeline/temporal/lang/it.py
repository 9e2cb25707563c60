"""Italian: the words, patterns and tense cues the engine reads (the format
is described in ``en.py``). Italian elides ("l'anno scorso", "quest'estate",
"nell'ottobre 2026"), so a word after an elided one starts an expression
(``ELISION``), and news names past days with "lo scorso" ("lo scorso 3
marzo")."""

from timeline.temporal.lang._tables import forms, unit

NAME = "it"
ELISION = True

_MONTHS = (
    ("gennaio", "gen."),
    ("febbraio", "feb.", "febb."),
    ("marzo",),
    ("aprile", "apr."),
    ("maggio", "mag."),
    ("giugno", "giu."),
    ("luglio", "lug."),
    ("agosto", "ago."),
    ("settembre", "sett.", "set."),
    ("ottobre", "ott."),
    ("novembre", "nov."),
    ("dicembre", "dic."),
)
_WEEKDAYS = (
    ("lunedì", "lunedi"),
    ("martedì", "martedi"),
    ("mercoledì", "mercoledi"),
    ("giovedì", "giovedi"),
    ("venerdì", "venerdi"),
    ("sabato",),
    ("domenica",),
)
_DECADES = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
            "novanta")


TABLES: dict[str, dict[str, object]] = {
    "month": forms(_MONTHS),
    "weekday": forms(_WEEKDAYS),
    "season": {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    "part": {"mattina": "MO", "mattino": "MO", "mattinata": "MO", "pomeriggio": "AF",
             "sera": "EV", "serata": "EV", "notte": "NI", "nottata": "NI"},
    "unit": {
        **unit("giorno", "giorni", "D", 1, "day"), **unit("giornata", "giornate", "D", 1, "day"),
        **unit("settimana", "settimane", "W", 1, "week"), **unit("mese", "mesi", "M", 1, "month"),
        **unit("trimestre", "trimestri", "Q", 1, "quarter"),
        **unit("anno", "anni", "Y", 1, "year"), **unit("decennio", "decenni", "Y", 10, "decade"),
        **unit("secolo", "secoli", "Y", 100, "century"), **unit("ora", "ore", "TH", 1, None),
        **unit("minuto", "minuti", "TM", 1, None),
    },
    "cunit": {"giorno": "day", "giornata": "day", "settimana": "week",
              "fine settimana": "weekend", "weekend": "weekend", "mese": "month",
              "trimestre": "quarter", "anno": "year", "esercizio": "year"},
    "number": {
        **dict.fromkeys(("un", "uno", "una", "un'"), 1), "due": 2, "tre": 3, "quattro": 4,
        "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11,
        "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40,
        "cinquanta": 50, "cento": 100, "una decina di": 10, "una ventina di": 20,
        # Vague amounts: the engine writes X for the count.
        **dict.fromkeys(("alcuni", "alcune", "diversi", "diverse", "pochi", "poche", "qualche",
                         "molti", "molte"), None),
    },
    "ordinal": {
        **dict.fromkeys(("primo", "prima", "1°", "1º"), 1),
        **dict.fromkeys(("secondo", "seconda", "2°", "2º"), 2),
        **dict.fromkeys(("terzo", "terza", "3°", "3º"), 3),
        **dict.fromkeys(("quarto", "quarta", "ultimo", "4°", "4º"), 4),
    },
    "halfword": {**dict.fromkeys(("primo", "1°"), 1), **dict.fromkeys(("secondo", "2°"), 2)},
    "rel": {
        **dict.fromkeys(("questo", "questa", "quest'", "in corso"), 0),
        **dict.fromkeys(("scorso", "scorsa", "passato", "passata"), -1),
        **dict.fromkeys(("prossimo", "prossima", "che viene", "venturo", "ventura"), 1),
    },
    # The date in focus: "lo stesso giorno", "quel giorno", "quell'anno".
    "anarel": dict.fromkeys(("lo stesso", "la stessa", "quello stesso", "quel", "quella",
                             "quell'", "quel medesimo"), 0),
    "anapost": {"successivo": 1, "successiva": 1, "seguente": 1, "dopo": 1,
                "precedente": -1, "prima": -1},
    "nextday": {"indomani": 1, "vigilia": -1},
    # Offsets after the amount ("tre giorni fa") or before it ("tra due settimane").
    "dir": {"fa": (-1, "dct"), "dopo": (1, "last"), "più tardi": (1, "last"),
            "prima": (-1, "last")},
    "dirpre": {"tra": (1, "dct"), "fra": (1, "dct")},
    "mod": {
        **dict.fromkeys(("inizio", "primi", "principio"), "START"),
        **dict.fromkeys(("fine", "ultimi"), "END"),
        **dict.fromkeys(("metà", "meta", "mezzo"), "MID"),
        **dict.fromkeys(("circa", "verso"), "APPROX"),
        **dict.fromkeys(("quasi", "meno"), "LESS_THAN"),
        **dict.fromkeys(("oltre", "più"), "MORE_THAN"),
        "almeno": "EQUAL_OR_MORE",
    },
    "ref": {
        "ora": "PRESENT_REF", "adesso": "PRESENT_REF", "attualmente": "PRESENT_REF",
        "oggigiorno": "PRESENT_REF", "al momento": "PRESENT_REF",
        "recentemente": "PAST_REF", "di recente": "PAST_REF", "ultimamente": "PAST_REF",
        "in passato": "PAST_REF", "in futuro": "FUTURE_REF", "prossimamente": "FUTURE_REF",
    },
    "deictic": {
        "oggi": (0, None), "ieri": (-1, None), "domani": (1, None), "l'altro ieri": (-2, None),
        "l'altroieri": (-2, None), "avantieri": (-2, None), "dopodomani": (2, None),
        "stamattina": (0, "MO"), "stamani": (0, "MO"), "stamane": (0, "MO"),
        "questa mattina": (0, "MO"), "questo pomeriggio": (0, "AF"), "stasera": (0, "EV"),
        "questa sera": (0, "EV"), "stanotte": (0, "NI"), "questa notte": (0, "NI"),
    },
    "set": {"quotidianamente": "P1D", "settimanalmente": "P1W", "mensilmente": "P1M",
            "annualmente": "P1Y", "tutti i giorni": "P1D"},
    "every": {"ogni": 1},
    "recent": dict.fromkeys(("ultimi", "ultime"), None),
    "coming": dict.fromkeys(("prossimi", "prossime"), None),
    # The edges of the publication date's unit: (unit, mod).
    "edge": {
        **dict.fromkeys(("fine mese", "fine del mese", "la fine del mese", "fine di questo mese",
                         "la fine di questo mese"), ("month", "END")),
        **dict.fromkeys(("inizio mese", "inizio del mese", "l'inizio del mese"),
                        ("month", "START")),
        **dict.fromkeys(("metà mese", "metà del mese"), ("month", "MID")),
        **dict.fromkeys(("fine anno", "fine dell'anno", "la fine dell'anno",
                         "fine di quest'anno", "la fine di quest'anno"), ("year", "END")),
        **dict.fromkeys(("inizio anno", "inizio dell'anno", "l'inizio dell'anno"),
                        ("year", "START")),
        **dict.fromkeys(("metà anno", "metà dell'anno"), ("year", "MID")),
        **dict.fromkeys(("la fine della settimana", "fine della settimana"), ("week", "END")),
    },
    "decadeword": {w: 1920 + 10 * i for i, w in enumerate(_DECADES)},
}

SNIPPETS: dict[str, str] = {
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?:°|º)?",
    "year": r"(?:1[6-9]\d\d|20\d\d)",
    "decade": r"(?:1[6-9]|20)\d0|'?[1-9]0|(?:<decadeword>)",
    "hour": r"(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d",
    "num": r"\d{1,3}(?:[.,]\d+)?|(?:<number>)",
}

# Words too common to look for first (only speed depends on this list).
COMMON = ("di", "del", "della", "il", "lo", "la", "i", "gli", "le", "l", "in", "nel", "e", "a",
          "al", "un", "una", "che", "si", "per", "con", "da", "dal", "è")
CASED: tuple[str, ...] = ()
_DASH = r"\s*(?:-|–|—)\s*"
_YEAR = r"(?:\s+(?:del\s+)?{year})?"
# After an elided word the next follows at once ("quest'anno", "un'ora").
_SP = r"(?:\s+|(?<=['’]))"
# "inizio marzo", "a fine 2025", "all'inizio di marzo", "a metà del mese".
_MOD = r"(?:{mod}" + _SP + r"(?:(?:di|del|dello|della|degli)\s+|dell['’])?)?"
_THE = r"(?:(?:il|lo|la|i|gli|le)\s+|l['’])?"
_NOT_AMOUNT = (r"(?!\s*(?:%|per\s+cento|persone|soldati|morti|feriti|abitanti|lavoratori|"
               r"euro|dollari|ettari|chilometri|metri|casi|anni)\b)")

# "due giorni prima delle elezioni", "poche ore prima che…": counted from an
# event the words name, not from the date in focus; the count stays a duration.
# Only words no subject opens: "Due giorni dopo la polizia ha arrestato…" counts
# from the date in focus.
_NO_EVENT_AFTER = (
    r"(?!(?:(?<=prima)|(?<=dopo))\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|che)\b)"
)
RULES: list[tuple] = [
    # Calendar dates: "13 maggio 2026", "il 1° marzo", "lunedì 16 febbraio".
    ("date", _MOD + r"{day}\s+{month}" + _YEAR),
    ("date", r"{weekday},?\s+{day}\s+{month}" + _YEAR),
    ("date", _MOD + r"{month}\s+(?:del\s+)?{year}"),
    ("date", _MOD + r"(?:(?:il\s+)?mese\s+di\s+)?{month}"),
    # Ranges: "dal 13 al 15 maggio", "tra il 10 e il 12 aprile", "13-15 maggio".
    ("date", r"(?P<pre>dal(?:l['’])?\s*){day}\s+al(?:l['’])?\s*{day2=day}\s+{month}" + _YEAR),
    ("date", r"(?P<pre>dal(?:l['’])?\s*){day}\s+{month}\s+al(?:l['’])?\s*{day2=day}\s+"
     r"{month2=month}" + _YEAR),
    ("date", r"(?P<pre>(?:tra|fra)\s+(?:il\s+|l['’])?){day}\s+e\s+(?:il\s+|l['’])?{day2=day}\s+"
     r"{month}" + _YEAR),
    ("date", r"(?P<pre>(?:tra|fra)\s+(?:il\s+|l['’])?){day}\s+{month}\s+e\s+(?:il\s+|l['’])?"
     r"{day2=day}\s+{month2=month}" + _YEAR),
    ("date", r"{day}" + _DASH + r"{day2=day}\s+{month}" + _YEAR),
    ("date", r"(?P<pre>(?:da|tra|fra)\s+){month}\s+(?:a|e)\s+{month2=month}" + _YEAR),
    ("date", r"{year}" + _DASH + r"{year2=year}"),
    ("date", r"(?P<pre>(?:dal|tra\s+il|fra\s+il)\s+){year}\s+(?:al|e\s+il)\s+{year2=year}"),
    ("date", r"\d{4}-\d\d-\d\d", {"iso": True}),
    ("date", r"\d{1,2}\.\d\d\.\d{4}", {"dmy_dots": True}),
    ("date", r"\d{1,2}/\d{1,2}/\d{4}", {"dmy_slash": True}),
    ("date", _MOD + r"(?:(?:l['’]|dell['’]|nell['’])?anno\s+)?{year}" + _NOT_AMOUNT),
    ("date", _MOD + r"(?:(?:gli|negli|degli)\s+)?anni\s+{decade}"),
    ("date", r"(?:il\s+)?{quarter=ordinal}\s+trimestre(?:\s+(?:del\s+|dell['’]anno\s+)?{year})?"),
    ("date", r"(?:il\s+)?{half=halfword}\s+semestre(?:\s+(?:del\s+)?{year})?"),
    ("date", _MOD + _THE + r"{season}(?:\s+(?:del\s+)?{year})?"),
    # "marzo dell'anno scorso", "marzo dello scorso anno", "marzo di quest'anno".
    ("date", _MOD + r"{month}\s+(?:dell['’]anno\s+|(?:dello|della|di)\s+){yrel=rel}(?:" + _SP
     + r"anno)?"),
    # "lo scorso 3 marzo", "il 3 marzo scorso", "lo scorso marzo", "marzo prossimo".
    ("shift", r"(?:lo\s+|il\s+)?{yrel=rel}\s+{day}\s+{month}"),
    ("shift", r"{day}\s+{month}\s+{yrel=rel}"),
    ("shift", r"(?:lo\s+|il\s+)?{yrel=rel}\s+(?:mese\s+di\s+)?{month}"),
    ("shift", r"{month}\s+{yrel=rel}"),
    ("shift", _MOD + _THE + r"{yrel=rel}" + _SP + r"{season}"),
    # "entro la fine del mese", "a fine anno": the edges of the current unit.
    ("shift", r"{edge}"),
    ("shift", _MOD + _THE + r"{season}\s+{yrel=rel}"),
    # "la settimana scorsa", "l'anno prossimo", "quest'anno", "il mese scorso".
    ("shift", _MOD + _THE + r"{unit=cunit}\s+{rel}"),
    ("shift", _MOD + _THE + r"{rel}" + _SP + r"{unit=cunit}"),
    # Days of the week: "lunedì", "martedì prossimo", "lunedì sera", "lo scorso giovedì".
    ("weekday", r"(?:lo\s+|il\s+)?(?:{rel}\s+)?{weekday}(?:\s+{part})?"),
    ("weekday", r"{weekday}\s+{rel}(?:\s+(?:in\s+)?{part})?"),
    ("weekday", r"{weekday}\s+{part}\s+{rel}"),
    ("deictic", r"{deictic}(?:\s+{part})?"),
    # "tre giorni fa", "due giorni dopo", "tra due settimane".
    ("offset", r"(?:{mod}\s+)?{num}" + _SP + r"{unit}\s+{dir}" + _NO_EVENT_AFTER),
    ("offset", r"{dir=dirpre}\s+(?:{mod}\s+)?{num}" + _SP + r"{unit}"),
    # "lo stesso giorno", "il giorno dopo", "la settimana successiva", "l'indomani".
    ("anaphor", r"{anarel}" + _SP + r"{unit=cunit}"),
    ("anaphor", _THE + r"{unit=cunit}\s+{anarel=anapost}"),
    ("anaphor", r"(?:l['’]|la\s+)?{anarel=nextday}"),
    ("time", r"{hour24=hour}[:.]{minute24=minute}(?=\s|$|[,;)])"),
    # Spans of time and recurrences.
    ("duration", _MOD + r"(?:(?:gli|le|negli|nelle|nei|i)\s+(?:{recent}\s+|{coming}\s+)?)?{num}"
     + _SP + r"{unit}"),
    ("ref", r"(?:(?:gli|le|negli|nelle|nei|i)\s+)?{recent}\s+{unit}", {"value": "PAST_REF"}),
    ("ref", r"(?:(?:i|le|nei|nelle)\s+)?{coming}\s+{unit}", {"value": "FUTURE_REF"}),
    ("set", r"{set}"),
    ("set", r"{every}\s+{unit=cunit}"),
    ("set", r"ogni\s+{weekday}"),
    ("ref", r"{ref}"),
]

_PARTICIPLE = r"\w+(?:at|ut|it|ss|st|rt|tt|ns|rs)[oaie]"
CUES = (
    # A plan made in the past says nothing of when it falls.
    ("none", r"\b(?:era|erano|aveva|avevano)\s+(?:stat[oaie]\s+)?(?:previst|programmat|fissat)"
             r"\w*"),
    ("future", r"\b(?:è|sono)\s+(?:previst[oaie]|attes[oaie]|programmat[oaie]|fissat[oaie])\b"),
    ("future", r"\b(?:previst[oaie]|prevede|prevedono|deve|devono|intende|intendono|"
               r"prossim[oaie]|si\s+terrà|avrà\s+luogo)\b"),
    ("future", r"\b\w+(?:rà|ranno|rò)\b|\b\w+[aei]remo\b"),
    # The conditional reports a future ("ha detto che partirebbe il 3 marzo").
    ("future", r"\b\w+(?:rebbe|rebbero)\b"),
    # Reporting verbs: the day of saying, little of the time of what is said.
    ("weakpast", r"\b(?:ha|hanno)\s+(?:detto|dichiarato|annunciato|affermato|spiegato|"
                 r"sottolineato|aggiunto|riferito|reso\s+noto)\b"),
    ("past", r"\b(?:ha|hanno|aveva|avevano|è|sono|era|erano|fu|furono)\s+"
             r"(?:(?:stat[oaie]|già|anche|poi|ancora)\s+)?" + _PARTICIPLE + r"\b"),
    ("past", r"\b(?!(?:per)?ciò\b|però\b|può\b|più\b)\w{2,}(?:ò|arono|irono|erono)\b"),
    ("weakpast", r"\b\w{2,}(?:ava|avano|eva|evano|iva|ivano)\b"),
    # A participle dates what it tells ("dichiarato lunedì"), not what the sentence
    # goes on to say; not the nouns in -ato, -ito.
    ("weakpast", r"\b(?!(?:stat[oi]|senat[oi]|mercat[oi]|soldat[oi]|risultat[oi]|partit[oi]|"
                 r"sit[oi]|vita|uscita|crescita|minut[oi]|istitut[oi]|deputat[oi]|sindacat[oi]|"
                 r"candidat[oi]|avvocat[oi]|delegat[oi]|trattat[oi]|passat[oi]|lat[oi])\b)"
                 r"(?-i:[a-zàèéìòù]{3,}(?:at|ut|it)[oaie])\b"),
)
CLAUSE = r"[,;:()«»\"“”]|\s(?:e|ma|mentre|quando|perché|che)\s"
BEFORE = r"\b(?:prima\s+d(?:i|el|ell['’]|ella)|entro|fino\s+a(?:l|ll['’])?)\s*(?:il\s+|l['’])?$"
AFTER = r"\b(?:da(?:l|ll['’]|lla)?|dopo|a\s+partire\s+da(?:l|ll['’])?)\s*(?:il\s+|l['’])?$"

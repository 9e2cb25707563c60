"""French: the words, patterns and tense cues the engine reads (the format is
described in ``en.py``). French elides ("l'été", "d'ici deux ans"), so a
word after an elided article starts an expression (``ELISION``); "été" is
a season only after an article, never in "a été"."""

from timeline.temporal.lang._tables import forms, unit

NAME = "fr"
ELISION = True

_MONTHS = (
    ("janvier", "janv."),
    ("février", "fevrier", "févr.", "fév."),
    ("mars",),
    ("avril", "avr."),
    ("mai",),
    ("juin",),
    ("juillet", "juil."),
    ("août", "aout"),
    ("septembre", "sept."),
    ("octobre", "oct."),
    ("novembre", "nov."),
    ("décembre", "decembre", "déc."),
)
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


TABLES: dict[str, dict[str, object]] = {
    "month": forms(_MONTHS),
    "weekday": {name: i + 1 for i, name in enumerate(_WEEKDAYS)},
    "season": {"printemps": "SP", "automne": "FA", "hiver": "WI"},
    # "été" is also the participle of "être": read only where a rule says.
    "summer": {"été": "SU"},
    "part": {"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV",
             "soirée": "EV", "nuit": "NI"},
    "unit": {
        **unit("jour", "jours", "D", 1, "day"), **unit("journée", "journées", "D", 1, "day"),
        **unit("semaine", "semaines", "W", 1, "week"), **unit("mois", "mois", "M", 1, "month"),
        **unit("trimestre", "trimestres", "Q", 1, "quarter"),
        **unit("an", "ans", "Y", 1, "year"), **unit("année", "années", "Y", 1, "year"),
        **unit("décennie", "décennies", "Y", 10, "decade"),
        **unit("siècle", "siècles", "Y", 100, "century"),
        **unit("heure", "heures", "TH", 1, None), **unit("minute", "minutes", "TM", 1, None),
    },
    "cunit": {"jour": "day", "journée": "day", "semaine": "week", "week-end": "weekend",
              "mois": "month", "trimestre": "quarter", "an": "year", "année": "year",
              "exercice": "year"},
    "number": {
        **dict.fromkeys(("un", "une"), 1), "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
        "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
        "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100,
        "une dizaine de": 10, "une quinzaine de": 15, "une vingtaine de": 20,
        # Vague amounts: the engine writes X for the count.
        **dict.fromkeys(("quelques", "plusieurs", "de nombreux", "de nombreuses"), None),
    },
    "ordinal": {
        **dict.fromkeys(("premier", "première", "1er"), 1),
        **dict.fromkeys(("deuxième", "second", "seconde", "2e", "2ème"), 2),
        **dict.fromkeys(("troisième", "3e", "3ème"), 3),
        **dict.fromkeys(("quatrième", "dernier", "4e", "4ème"), 4),
    },
    "halfword": {**dict.fromkeys(("premier", "1er"), 1),
                 **dict.fromkeys(("second", "deuxième", "2e", "dernier"), 2)},
    "rel": {
        **dict.fromkeys(("ce", "cet", "cette", "en cours"), 0),
        **dict.fromkeys(("dernier", "dernière", "passé", "passée"), -1),
        **dict.fromkeys(("prochain", "prochaine", "à venir"), 1),
    },
    "anarel": dict.fromkeys(("le même", "la même", "ce même", "cette même"), 0),
    "anapost": {"suivant": 1, "suivante": 1, "d'après": 1, "précédent": -1, "précédente": -1,
                "d'avant": -1},
    "nextday": {"lendemain": 1, "surlendemain": 2, "veille": -1, "avant-veille": -2},
    "dir": {"plus tard": (1, "last"), "après": (1, "last"), "plus tôt": (-1, "last"),
            "auparavant": (-1, "last"), "avant": (-1, "last")},
    "dirpre": {"il y a": (-1, "dct"), "dans": (1, "dct"), "d'ici": (1, "dct")},
    "mod": {
        "début": "START", "fin": "END", "mi-": "MID", "milieu": "MID",
        **dict.fromkeys(("vers", "environ", "près"), "APPROX"),
        **dict.fromkeys(("presque", "moins"), "LESS_THAN"),
        "plus": "MORE_THAN", "au moins": "EQUAL_OR_MORE",
    },
    "ref": {
        "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "à présent": "PRESENT_REF",
        "désormais": "PRESENT_REF", "de nos jours": "PRESENT_REF",
        "récemment": "PAST_REF", "dernièrement": "PAST_REF", "par le passé": "PAST_REF",
        "à l'avenir": "FUTURE_REF", "prochainement": "FUTURE_REF",
    },
    "deictic": {
        "aujourd'hui": (0, None), "hier": (-1, None), "demain": (1, None),
        "avant-hier": (-2, None), "après-demain": (2, None), "ce matin": (0, "MO"),
        "cet après-midi": (0, "AF"), "ce soir": (0, "EV"), "cette nuit": (0, "NI"),
        "la nuit dernière": (-1, "NI"),
    },
    "set": {"quotidiennement": "P1D", "tous les jours": "P1D", "toutes les semaines": "P1W",
            "tous les mois": "P1M", "tous les ans": "P1Y", "chaque année": "P1Y"},
    # The edges of the publication date's unit: (unit, mod).
    "edge": {
        **dict.fromkeys(("la fin du mois", "fin du mois", "fin de mois", "la fin de ce mois",
                         "fin de ce mois"), ("month", "END")),
        **dict.fromkeys(("le début du mois", "début du mois", "début de mois"),
                        ("month", "START")),
        **dict.fromkeys(("la mi-mois", "mi-mois"), ("month", "MID")),
        **dict.fromkeys(("la fin de l'année", "fin de l'année", "fin d'année",
                         "la fin de cette année", "fin de cette année"), ("year", "END")),
        **dict.fromkeys(("le début de l'année", "début de l'année", "début d'année"),
                        ("year", "START")),
        **dict.fromkeys(("la mi-année", "mi-année"), ("year", "MID")),
        **dict.fromkeys(("la fin de la semaine", "fin de la semaine"), ("week", "END")),
    },
    "every": {"chaque": 1},
    "recent": dict.fromkeys(("derniers", "dernières"), None),
    "coming": dict.fromkeys(("prochains", "prochaines"), None),
}

SNIPPETS: dict[str, str] = {
    "day": r"(?:[12]\d|3[01]|0?[1-9]|1er)",
    "year": r"(?:1[6-9]\d\d|20\d\d)",
    "decade": r"(?:1[6-9]|20)\d0|'?[1-9]0",
    "hour": r"(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d",
    "num": r"\d{1,3}(?:[.,]\d+)?|(?:<number>)",
}

# Words too common to look for first (only speed depends on this list).
COMMON = ("de", "du", "des", "le", "la", "les", "l", "d", "en", "et", "à", "au", "aux", "un",
          "une", "que", "qu", "se", "par", "pour", "est", "a", "il", "plus")
CASED: tuple[str, ...] = ()
_DASH = r"\s*(?:-|–|—)\s*"
_YEAR = r"(?:\s+{year})?"
# "début mars", "fin 2025", "mi-avril", "à la fin de l'année", "au milieu des années 1990".
_MOD = r"(?:{mod}\s*(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+)?)?"
_THE = r"(?:(?:le|la|les)\s+|l['’])?"
_NOT_AMOUNT = (r"(?!\s*(?:%|pour\s+cent|personnes|soldats|morts|blessés|habitants|salariés|"
               r"euros|dollars|hectares|kilomètres|mètres|cas|ans)\b)")

# "deux jours avant de partir", "plusieurs heures avant que…": counted from
# an event the words name, not from the date in focus; the count stays a duration.
# Only words no subject opens: "Deux jours après la police a arrêté…" counts from
# the date in focus.
_NO_EVENT_AFTER = r"(?!(?<=avant|après)\s+(?:que|qu['’]|de|d['’]|du)\b)"
RULES: list[tuple] = [
    # Calendar dates: "13 mai 2026", "le 1er mars", "lundi 16 février".
    ("date", _MOD + r"{day}\s+{month}" + _YEAR),
    ("date", r"{weekday},?\s+(?:le\s+)?{day}\s+{month}" + _YEAR),
    ("date", _MOD + r"{month}\s+{year}"),
    # A month alone is written in lower case: "Mars" is the planet.
    ("date", _MOD + r"(?:le\s+mois\s+d['’]|le\s+mois\s+de\s+)?{month}", {"lower": ("month",)}),
    # Ranges: "du 13 au 15 mai", "entre le 10 et le 12 avril", "13-15 mai", "de 2019 à 2021".
    ("date", r"(?P<pre>du\s+){day}\s+au\s+{day2=day}\s+{month}" + _YEAR),
    ("date", r"(?P<pre>du\s+){day}\s+{month}\s+au\s+{day2=day}\s+{month2=month}" + _YEAR),
    ("date", r"(?P<pre>entre\s+(?:le\s+)?){day}\s+et\s+(?:le\s+)?{day2=day}\s+{month}" + _YEAR),
    ("date", r"(?P<pre>entre\s+(?:le\s+)?){day}\s+{month}\s+et\s+(?:le\s+)?{day2=day}\s+"
     r"{month2=month}" + _YEAR),
    ("date", r"{day}" + _DASH + r"{day2=day}\s+{month}" + _YEAR),
    ("date", r"(?P<pre>(?:de|d['’]|entre)\s*){month}\s+(?:à|au|et)\s+{month2=month}" + _YEAR),
    ("date", r"{year}" + _DASH + r"{year2=year}"),
    ("date", r"(?P<pre>(?:de|entre)\s+){year}\s+(?:à|et)\s+{year2=year}"),
    ("date", r"\d{4}-\d\d-\d\d", {"iso": True}),
    ("date", r"\d{1,2}\.\d\d\.\d{4}", {"dmy_dots": True}),
    ("date", r"\d{1,2}/\d{1,2}/\d{4}", {"dmy_slash": True}),
    ("date", _MOD + r"(?:l['’]an(?:née)?\s+)?{year}" + _NOT_AMOUNT),
    ("date", _MOD + r"(?:les\s+)?années\s+{decade}"),
    ("date", r"(?:le\s+)?{quarter=ordinal}\s+trimestre(?:\s+(?:de\s+|de\s+l['’]année\s+)?{year})?"),
    ("date", r"(?:le\s+)?{half=halfword}\s+semestre(?:\s+(?:de\s+)?{year})?"),
    ("date", _MOD + r"(?:(?:le|l['’])\s*)?{season}(?:\s+{year})?"),
    ("date", r"(?P<pre>en\s+|(?:l|d)['’]){season=summer}(?:\s+{year})?"),
    ("date", r"{mod}\s*(?:de\s+l['’]|d['’]){season=summer}(?:\s+{year})?"),
    # "en mars de l'année dernière", "mars de cette année".
    ("date", _MOD + r"{month}\s+de\s+(?:l['’](?:année|an)\s+)?{yrel=rel}(?:\s+année)?"),
    # "le 3 mars dernier", "en mars dernier", "le mois de mars prochain", "l'été dernier".
    ("shift", r"{day}\s+{month}\s+{yrel=rel}"),
    ("shift", r"(?:le\s+mois\s+de\s+)?{month}\s+{yrel=rel}"),
    ("shift", _MOD + r"(?:(?:le|l['’])\s*)?{season}\s+{yrel=rel}"),
    ("shift", r"(?P<pre>(?:l|d)['’]){season=summer}\s+{yrel=rel}"),
    ("shift", r"{yrel=rel}\s+{season}"),
    ("shift", r"{yrel=rel}\s+{season=summer}"),
    # "la semaine dernière", "l'an prochain", "cette année", "fin de l'année dernière".
    ("shift", _MOD + _THE + r"{unit=cunit}\s+{rel}"),
    ("shift", _MOD + r"{rel}\s+{unit=cunit}"),
    # "avant la fin du mois", "en fin d'année": the edges of the current unit.
    ("shift", r"{edge}"),
    # Days of the week: "lundi", "lundi dernier", "mardi prochain", "lundi matin".
    ("weekday", r"(?:ce\s+)?{weekday}(?:\s+{rel})?(?:\s+{part})?"),
    ("weekday", r"{weekday}\s+{part}\s+{rel}"),
    ("deictic", r"{deictic}(?:\s+{part})?"),
    # "il y a trois jours", "deux jours plus tard", "dans deux semaines".
    ("offset", r"(?:{mod}\s+(?:de\s+)?)?{num}\s+{unit}\s+{dir}" + _NO_EVENT_AFTER),
    ("offset", r"{dir=dirpre}\s+(?:{mod}\s+(?:de\s+)?)?{num}\s+{unit}"),
    # "le même jour", "la semaine suivante", "ce jour-là", "le lendemain", "la veille".
    ("anaphor", r"{anarel}\s+{unit=cunit}"),
    ("anaphor", _THE + r"{unit=cunit}\s+{anarel=anapost}"),
    ("anaphor", r"(?:ce|cet|cette)\s+{unit=cunit}-là"),
    ("anaphor", r"(?:le\s+|la\s+|l['’])?{anarel=nextday}"),
    ("time", r"{hour24=hour}\s?h\s?{minute24=minute}?(?![\w])"),
    ("time", r"{hour24=hour}:{minute24=minute}"),
    # Spans of time and recurrences.
    ("duration", _MOD + r"(?:(?:les|ces)\s+(?:{recent}\s+|{coming}\s+)?)?{num}\s+{unit}"),
    ("ref", r"(?:(?:les|ces)\s+)?{recent}\s+{unit}", {"value": "PAST_REF"}),
    ("ref", r"(?:(?:les|des)\s+)?{coming}\s+{unit}", {"value": "FUTURE_REF"}),
    ("set", r"{set}"),
    ("set", r"{every}\s+{unit=cunit}"),
    ("set", r"chaque\s+{weekday}"),
    ("ref", r"{ref}"),
]

_PARTICIPLE = r"\w+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ert|ort|ts?)"
CUES = (
    # A plan made in the past says nothing of when it falls.
    ("none", r"\b(?:était|étaient|avait|avaient)\s+(?:été\s+)?(?:prévue?s?|programmée?s?)\b"),
    ("future", r"\b(?:est|sont)\s+(?:prévue?s?|attendue?s?|programmée?s?|censée?s?)\b"),
    ("future", r"\b(?:prévue?s?|prévoit|prévoient|doit|doivent|vont|va|compte|comptent|"
               r"envisage\w*|prochaine?s?|aura\s+lieu|auront\s+lieu|se\s+tiendra)\b"),
    ("future", r"(?-i:\b[a-zàâçéèêëîïôûù]{2,}(?:ra|ront|rai|rons|rez)\b)"),
    # The conditional reports a future ("il a dit qu'il partirait le 3 mars").
    ("future", r"\b\w{2,}(?:rait|raient)\b"),
    # Reporting verbs: the day of saying, little of the time of what is said.
    ("weakpast", r"\b(?:a|ont)\s+(?:déclaré|indiqué|annoncé|affirmé|dit|expliqué|précisé|"
                 r"ajouté|souligné|assuré)\b|\bselon\b"),
    ("past", r"\b(?:a|ont|avait|avaient|eut|eurent)\s+(?:\w+\s+)??" + _PARTICIPLE + r"\b"),
    ("past", r"\b(?:s['’])?(?:est|sont|était|étaient)\s+(?:\w+\s+)??" + _PARTICIPLE + r"\b"),
    ("past", r"\b(?:fut|furent|était|étaient|\w+èrent)\b"),
    ("weakpast", r"\b\w{2,}(?:ait|aient)\b"),
    # A participle dates what it tells ("déclaré lundi"), not what the sentence goes
    # on to say; not the nouns in -é, -ée.
    ("weakpast", r"\b(?!(?:été|société|comité|liberté|sécurité|santé|année|journée|armée|"
                 r"député|côté|majorité|unité|autorité|communauté|université|réalité|qualité|"
                 r"activité|capacité|priorité|volonté|idée|entrée|durée|musée|lycée|marché|"
                 r"clé|café|degré|employé|fédéré|passé|prochaine)s?\b)"
                 r"(?-i:[a-zàâçéèêëîïôûù]{3,}(?:é|ée|és|ées))\b"),
)
CLAUSE = r"[,;:()«»\"“”]|\s(?:et|mais|quand|lorsque|car|que|tandis\s+que|alors\s+que)\s|\squ['’]"
BEFORE = r"\b(?:avant|jusqu['’](?:au|à|en))\s+(?:le\s+|la\s+|l['’])?$"
AFTER = r"\b(?:depuis|après|dès|à\s+partir\s+d[eu])\s+(?:le\s+|la\s+|l['’])?$"

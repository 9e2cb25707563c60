"""Spanish: the words, patterns and tense cues the engine reads (the format
is described in ``en.py``). Dates join their parts with "de" ("13 de mayo de
2026"); news names past days with "el pasado" ("el pasado 3 de marzo") and
coming ones with "el próximo"."""

from timeline.temporal.lang._tables import forms, unit

NAME = "es"

_MONTHS = (
    ("enero", "ene."),
    ("febrero", "feb."),
    ("marzo",),  # not "mar.": the sea at a sentence's end
    ("abril", "abr."),
    ("mayo",),
    ("junio", "jun."),
    ("julio", "jul."),
    ("agosto", "ago."),
    ("septiembre", "setiembre", "sept.", "sep."),
    ("octubre", "oct."),
    ("noviembre", "nov."),
    ("diciembre", "dic."),
)
_WEEKDAYS = (
    ("lunes",),
    ("martes",),
    ("miércoles", "miercoles"),
    ("jueves",),
    ("viernes",),
    ("sábado", "sabado"),
    ("domingo",),
)
_DECADES = ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
            "noventa")


TABLES: dict[str, dict[str, object]] = {
    "month": forms(_MONTHS),
    "weekday": forms(_WEEKDAYS),
    "season": {"primavera": "SP", "verano": "SU", "otoño": "FA", "otono": "FA",
               "invierno": "WI"},
    "part": {"mañana": "MO", "madrugada": "MO", "mediodía": "AF", "tarde": "AF",
             "noche": "NI"},
    "unit": {
        **unit("día", "días", "D", 1, "day"), **unit("semana", "semanas", "W", 1, "week"),
        **unit("mes", "meses", "M", 1, "month"),
        **unit("trimestre", "trimestres", "Q", 1, "quarter"),
        **unit("año", "años", "Y", 1, "year"), **unit("década", "décadas", "Y", 10, "decade"),
        **unit("siglo", "siglos", "Y", 100, "century"), **unit("hora", "horas", "TH", 1, None),
        **unit("minuto", "minutos", "TM", 1, None),
    },
    "cunit": {"día": "day", "semana": "week", "fin de semana": "weekend", "mes": "month",
              "trimestre": "quarter", "año": "year", "ejercicio": "year"},
    "number": {
        **dict.fromkeys(("un", "uno", "una"), 1), "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
        "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
        "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
        "cien": 100, "un par de": 2, "media": 0.5, "medio": 0.5,
        # Vague amounts: the engine writes X for the count.
        **dict.fromkeys(("unos", "unas", "varios", "varias", "algunos", "algunas",
                         "pocos", "pocas", "muchos", "muchas"), None),
    },
    "ordinal": {
        **dict.fromkeys(("primer", "primero", "primera", "1er", "1º", "1.º"), 1),
        **dict.fromkeys(("segundo", "segunda", "2º", "2.º"), 2),
        **dict.fromkeys(("tercer", "tercero", "tercera", "3er", "3º", "3.º"), 3),
        **dict.fromkeys(("cuarto", "cuarta", "último", "4º", "4.º"), 4),
    },
    "halfword": {**dict.fromkeys(("primer", "primero", "1er"), 1), "segundo": 2},
    # this/last/next, before or after the unit ("la semana pasada", "la próxima semana").
    "rel": {
        **dict.fromkeys(("este", "esta", "actual", "en curso"), 0),
        **dict.fromkeys(("pasado", "pasada"), -1),
        **dict.fromkeys(("próximo", "próxima", "proximo", "proxima", "que viene", "entrante"),
                        1),
    },
    # The date in focus: before the unit ("ese día") or after it ("al día siguiente").
    "anarel": {
        **dict.fromkeys(("ese", "esa", "ese mismo", "esa misma", "el mismo", "la misma",
                         "aquel", "aquella", "aquel mismo", "aquella misma", "dicho", "dicha"),
                        0),
    },
    "anapost": {"siguiente": 1, "posterior": 1, "anterior": -1, "previo": -1, "previa": -1},
    "eve": {"víspera": -1},
    # Offsets after the amount ("tres días después") or before it ("hace tres días").
    "dir": {"después": (1, "last"), "más tarde": (1, "last"), "antes": (-1, "last"),
            "atrás": (-1, "dct")},
    "dirpre": {"hace": (-1, "dct"), "dentro de": (1, "dct")},
    "mod": {
        **dict.fromkeys(("principios", "comienzos", "inicios", "comienzo", "inicio"), "START"),
        **dict.fromkeys(("finales", "fines", "final", "fin"), "END"),
        **dict.fromkeys(("mediados", "mitad", "mitades"), "MID"),
        **dict.fromkeys(("alrededor", "cerca", "aproximadamente"), "APPROX"),
        **dict.fromkeys(("casi", "menos"), "LESS_THAN"),
        "más": "MORE_THAN", "al menos": "EQUAL_OR_MORE",
    },
    "ref": {
        "ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "en la actualidad": "PRESENT_REF",
        "hoy en día": "PRESENT_REF", "hoy día": "PRESENT_REF",
        "recientemente": "PAST_REF", "últimamente": "PAST_REF", "en el pasado": "PAST_REF",
        "en el futuro": "FUTURE_REF", "próximamente": "FUTURE_REF",
    },
    "deictic": {
        "hoy": (0, None), "ayer": (-1, None), "mañana": (1, None), "anteayer": (-2, None),
        "antes de ayer": (-2, None), "antier": (-2, None), "pasado mañana": (2, None),
        "anoche": (-1, "NI"), "esta mañana": (0, "MO"), "esta tarde": (0, "AF"),
        "esta noche": (0, "NI"), "esta madrugada": (0, "MO"),
    },
    "set": {"diariamente": "P1D", "semanalmente": "P1W", "mensualmente": "P1M",
            "anualmente": "P1Y", "a diario": "P1D"},
    "every": {"cada": 1},
    "recent": dict.fromkeys(("últimos", "últimas", "ultimos", "ultimas"), None),
    "coming": dict.fromkeys(("próximos", "próximas", "proximos", "proximas"), None),
    # The edges of the publication date's unit: (unit, mod). Never "fin de
    # semana", the weekend.
    "edge": {
        **dict.fromkeys(("fin de mes", "final de mes", "finales de mes", "fin del mes",
                         "finales del mes", "fin de este mes", "finales de este mes"),
                        ("month", "END")),
        **dict.fromkeys(("principios de mes", "comienzos de mes", "inicios de mes",
                         "principios de este mes"), ("month", "START")),
        **dict.fromkeys(("mediados de mes", "mediados de este mes"), ("month", "MID")),
        **dict.fromkeys(("fin de año", "final de año", "finales de año", "fin del año",
                         "finales del año", "fin de este año", "finales de este año"),
                        ("year", "END")),
        **dict.fromkeys(("principios de año", "comienzos de año", "inicios de año",
                         "principios de este año"), ("year", "START")),
        **dict.fromkeys(("mediados de año", "mediados de este año"), ("year", "MID")),
    },
    "decadeword": {w: 1920 + 10 * i for i, w in enumerate(_DECADES)},
    "link": {"antes de": -1, "después de": 1},
}

SNIPPETS: dict[str, str] = {
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?:\.?º|°)?",
    "year": r"(?:1[6-9]\d\d|20\d\d)",
    "decade": r"(?:1[6-9]|20)\d0|'?[1-9]0|(?:<decadeword>)",
    "hour": r"(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d",
    "num": r"\d{1,3}(?:[.,]\d+)?|(?:<number>)",
}

# Words too common to look for first (only speed depends on this list).
COMMON = ("de", "del", "el", "la", "los", "las", "en", "y", "a", "al", "un", "una", "que",
          "se", "por", "con", "para", "es", "lo", "su")
CASED: tuple[str, ...] = ()
_DASH = r"\s*(?:-|–|—)\s*"
_YEAR = r"(?:\s+(?:de|del)\s+{year})?"
# "a principios de", "a finales del", "a mediados de este": the modifier and its "de".
_MOD = r"(?:{mod}\s+(?:de(?:l|\s+la|\s+los)?\s+)?)?"
_THE = r"(?:(?:el|la|los|las)\s+)?"
_NOT_AMOUNT = (r"(?!\s*(?:%|por\s+ciento|personas|soldados|muertos|heridos|habitantes|"
               r"trabajadores|euros|dólares|hectáreas|kilómetros|metros|casos|años)\b)")

# "dos días antes de las elecciones", "horas antes de que…": counted from an
# event the words name, not from the date in focus; the count stays a duration.
_NO_EVENT_AFTER = r"(?!(?:(?<=antes)|(?<=después))\s+(?:de|del|que)\b)"
RULES: list[tuple] = [
    # Calendar dates: "13 de mayo de 2026", "el lunes 16 de febrero".
    ("date", _MOD + r"{day}\s+de\s+{month}" + _YEAR),
    ("date", r"(?:el\s+)?{weekday},?\s+(?:el\s+)?{day}\s+de\s+{month}" + _YEAR),
    ("date", _MOD + r"{month}\s+(?:de|del)\s+{year}"),
    ("date", _MOD + r"(?:el\s+)?(?:mes\s+de\s+)?{month}"),
    ("date", r"(?:el\s+)?día\s+{day}(?!\s+de\s)"),
    # Ranges: "del 13 al 15 de mayo", "entre el 10 y el 12 de abril", "13-15 de mayo".
    ("date", r"(?P<pre>(?:del|desde\s+el)\s+){day}\s+(?:al|hasta\s+el)\s+{day2=day}\s+de\s+"
     r"{month}" + _YEAR),
    ("date", r"(?P<pre>(?:del|desde\s+el)\s+){day}\s+de\s+{month}\s+(?:al|hasta\s+el)\s+"
     r"{day2=day}\s+de\s+{month2=month}" + _YEAR),
    ("date", r"(?P<pre>entre\s+(?:el\s+)?){day}\s+y\s+(?:el\s+)?{day2=day}\s+de\s+{month}" + _YEAR),
    ("date", r"(?P<pre>entre\s+(?:el\s+)?){day}\s+de\s+{month}\s+y\s+(?:el\s+)?{day2=day}\s+de\s+"
     r"{month2=month}" + _YEAR),
    ("date", r"{day}" + _DASH + r"{day2=day}\s+de\s+{month}" + _YEAR),
    ("date", r"(?P<pre>(?:de|desde|entre)\s+){month}\s+(?:a|al|hasta|y)\s+{month2=month}"
     + _YEAR),
    ("date", r"{year}" + _DASH + r"{year2=year}"),
    ("date", r"(?P<pre>(?:de|desde|del|entre)\s+(?:el\s+)?){year}\s+(?:a|al|hasta|y)\s+"
     r"(?:el\s+)?{year2=year}"),
    ("date", r"\d{4}-\d\d-\d\d", {"iso": True}),
    ("date", r"\d{1,2}\.\d\d\.\d{4}", {"dmy_dots": True}),
    ("date", r"\d{1,2}/\d{1,2}/\d{4}", {"dmy_slash": True}),
    ("date", _MOD + r"(?:(?:el\s+)?año\s+)?{year}" + _NOT_AMOUNT),
    ("date", _MOD + _THE + r"(?:años|década\s+de(?:\s+los)?)\s+{decade}"),
    ("date", r"(?:el\s+)?{quarter=ordinal}\s+trimestre(?:\s+(?:de|del)\s+(?:año\s+)?{year})?"),
    ("date", r"(?:el\s+)?{half=halfword}\s+semestre(?:\s+(?:de|del)\s+(?:año\s+)?{year})?"),
    ("date", _MOD + r"(?:(?:la|el)\s+)?{season}(?:\s+(?:de|del)\s+{year})?"),
    # "en marzo del año pasado", "marzo de ese año".
    ("date", _MOD + r"{month}\s+(?:de|del)\s+(?:año\s+)?{yrel=rel}(?:\s+año)?"),
    ("date", r"{month}\s+de\s+{ayear=anarel}\s+año"),
    # "el pasado 3 de marzo", "el próximo mes de mayo", "marzo pasado", "el verano pasado".
    ("shift", r"(?:el\s+)?{yrel=rel}\s+{day}\s+de\s+{month}"),
    ("shift", r"(?:el\s+)?{yrel=rel}\s+(?:mes\s+de\s+)?{month}"),
    ("shift", r"(?:el\s+mes\s+de\s+)?{month}\s+{yrel=rel}"),
    ("shift", _MOD + r"(?:(?:el|la)\s+)?{yrel=rel}\s+{season}"),
    ("shift", _MOD + r"(?:(?:el|la)\s+)?{season}\s+{yrel=rel}"),
    # "la semana pasada", "el año que viene", "este mes", "a finales del año pasado".
    ("shift", _MOD + _THE + r"{unit=cunit}\s+{rel}"),
    ("shift", _MOD + _THE + r"{rel}\s+{unit=cunit}"),
    # "antes de fin de mes", "a finales de año": the edges of the current unit.
    ("shift", r"{edge}"),
    # Days of the week: "el lunes", "el martes pasado", "el próximo jueves por la tarde".
    ("weekday", r"(?:el\s+)?(?:{rel}\s+)?{weekday}(?:\s+(?:por\s+la\s+|en\s+la\s+)?{part})?"),
    ("weekday", r"(?:el\s+)?{weekday}\s+{rel}"),
    ("weekday", r"(?:la\s+)?{part}\s+del\s+{weekday}"),
    # hoy, ayer, mañana por la mañana ("la mañana" alone is a part of the day).
    ("deictic", r"{deictic}(?:\s+(?:por\s+la|en\s+la|a\s+la)\s+{part})?",
     {"not_after": r"\b(?i:la|esa|cada|una|toda|misma|media|de\s+la)\s+$"}),
    # hace tres días, tres años después, dentro de dos semanas.
    ("offset", r"(?:{mod}\s+(?:de\s+)?)?{num}\s+{unit}\s+{dir}" + _NO_EVENT_AFTER),
    ("offset", r"{dir=dirpre}\s+(?:{mod}\s+(?:de\s+)?)?{num}\s+{unit}"),
    # ese mismo día, al día siguiente, la semana anterior, la víspera.
    ("anaphor", r"{anarel}\s+{unit=cunit}"),
    ("anaphor", r"(?P<pre>al\s+)?(?:(?:el|la)\s+)?{unit=cunit}\s+{anarel=anapost}"),
    ("anaphor", r"(?:la\s+)?{anarel=eve}"),
    ("time", r"{hour24=hour}:{minute24=minute}(?:\s+horas)?"),
    ("time", r"{hour24=hour}\.{minute24=minute}\s+horas"),
    # Spans of time and recurrences.
    ("duration", _MOD + r"(?:(?:los|las)\s+(?:{recent}\s+|{coming}\s+)?)?{num}\s+{unit}"),
    ("ref", r"(?:(?:los|las)\s+)?{recent}\s+{unit}", {"value": "PAST_REF"}),
    ("ref", r"(?:(?:los|las)\s+)?{coming}\s+{unit}", {"value": "FUTURE_REF"}),
    ("set", r"{set}"),
    ("set", r"{every}\s+{unit=cunit}"),
    ("set", r"cada\s+{weekday}"),
    ("ref", r"{ref}"),
]

CUES = (
    # A plan made in the past says nothing of when it falls.
    ("none", r"\b(?:estaba|estaban|había|habían)\s+(?:sido\s+)?(?:previst|programad)\w*"),
    ("future", r"\b(?:previst[oa]s?|prevé|prevén|programad[oa]s?|planea\w*|pretende\w*|"
               r"(?:va|van|vamos)\s+a|tendrá\s+lugar|próxim[oa]s?|"
               r"esperan?|deben?)\b"),
    ("future", r"\b\w+(?:rá|rán|ré|réis)\b"),
    # The conditional reports a future ("dijo que se reuniría el 3 de marzo"); not
    # "la mayoría", "la secretaría".
    ("future", r"\b(?!secretar|tesorer|librer|panader|galer|ingenier)\w+[aeidb]rían?\b"),
    ("past", r"\b(?:ha|han|había|habían|hemos|he|has|hubo)\s+(?:sido\s+)?\w+(?:ad|id|ch|st|ert|"
             r"it|uest)[oa]s?\b"),
    ("past", r"\b(?:fue|fueron|estuvo|estuvieron|era|eran|hubo|hizo|tuvo|tuvieron|murió|"
             r"murieron)\b"),
    # Reporting verbs: the day of saying, little of the time of what is said.
    ("weakpast", r"\b(?:dijo|afirmó|declaró|anunció|informó|señaló|aseguró|explicó|indicó|"
                 r"añadió|agregó|según)\b"),
    ("past", r"\b\w{2,}(?:ó|aron|ieron)\b"),
    ("weakpast", r"\b\w{2,}(?:aba|aban)\b"),
    # A participle dates what it tells ("declarado el lunes"), not what the sentence
    # goes on to say; not the nouns in -ado, -ido.
    ("weakpast", r"\b(?!(?:estado|mercado|partido|sentido|senado|soldado|lado|resultado|grado|"
                 r"cuidado|abogado|delegado|diputado|sindicato|tratado|apartado|comunicado|"
                 r"invitado|ejército|vida|salida|medida|partida|llegada|unidad)s?\b)"
                 r"(?-i:[a-záéíóúñ]{3,}(?:ad|id)[oa]s?)\b"),
)
CLAUSE = r"[,;:()«»\"“”]|\s(?:y|pero|mientras|cuando|porque|aunque|que)\s"
BEFORE = r"\b(?:antes\s+del?|hasta(?:\s+el)?)\s+(?:el\s+)?$"
AFTER = r"\b(?:desde|después\s+del?|a\s+partir\s+del?|tras)\s+(?:el\s+)?$"

"""Russian: the words, patterns and tense cues the engine reads (the format
is described in ``en.py``). Russian inflects: each table lists the case forms
that occur in dates ("17 февраля", "в феврале", "на прошлой неделе")."""

NAME = "ru"

_MONTHS = (
    ("январь", "января", "январе", "янв."),
    ("февраль", "февраля", "феврале", "фев.", "февр."),
    ("март", "марта", "марте", "мар."),
    ("апрель", "апреля", "апреле", "апр."),
    ("май", "мая", "мае"),
    ("июнь", "июня", "июне", "июн."),
    ("июль", "июля", "июле", "июл."),
    ("август", "августа", "августе", "авг."),
    ("сентябрь", "сентября", "сентябре", "сент.", "сен."),
    ("октябрь", "октября", "октябре", "окт."),
    ("ноябрь", "ноября", "ноябре", "нояб.", "ноя."),
    ("декабрь", "декабря", "декабре", "дек."),
)
_WEEKDAYS = (
    ("понедельник", "понедельника"),
    ("вторник", "вторника"),
    ("среда", "среду", "среды"),
    ("четверг", "четверга"),
    ("пятница", "пятницу", "пятницы"),
    ("суббота", "субботу", "субботы"),
    ("воскресенье", "воскресенья"),
)


def _forms(groups: tuple[tuple[str, ...], ...]) -> dict[str, object]:
    return {form: i + 1 for i, forms in enumerate(groups) for form in forms}


def _unit(forms: str, plural: str, letter: str, per: int, granularity: str | None
          ) -> dict[str, tuple]:
    """Case forms of a unit: (duration letter, count per unit, granularity, plural)."""
    return {
        **{form: (letter, per, granularity, False) for form in forms.split()},
        **{form: (letter, per, granularity, True) for form in plural.split()},
    }


TABLES: dict[str, dict[str, object]] = {
    "month": _forms(_MONTHS),
    "weekday": _forms(_WEEKDAYS),
    "season": {
        **dict.fromkeys(("весна", "весной", "весну", "весны"), "SP"),
        **dict.fromkeys(("лето", "летом", "лета"), "SU"),
        **dict.fromkeys(("осень", "осенью", "осени"), "FA"),
        **dict.fromkeys(("зима", "зимой", "зиму", "зимы"), "WI"),
    },
    "part": {"утром": "MO", "днём": "AF", "днем": "AF", "вечером": "EV", "ночью": "NI"},
    "unit": {
        **_unit("день дня сутки суток", "дни дней", "D", 1, "day"),
        **_unit("неделя неделю недели неделе", "недель", "W", 1, "week"),
        **_unit("месяц месяца месяце", "месяцы месяцев", "M", 1, "month"),
        **_unit("квартал квартала квартале", "кварталы кварталов", "Q", 1, "quarter"),
        **_unit("год года году", "лет годы годов", "Y", 1, "year"),
        **_unit("десятилетие десятилетия", "десятилетий", "Y", 10, "decade"),
        **_unit("век века", "веков", "Y", 100, "century"),
        **_unit("час часа", "часов", "TH", 1, None),
        **_unit("минута минуту минуты", "минут", "TM", 1, None),
    },
    "cunit": {
        **dict.fromkeys(("день", "дня"), "day"),
        **dict.fromkeys(("неделе", "неделю", "недели", "неделя"), "week"),
        **dict.fromkeys(("месяце", "месяц", "месяца"), "month"),
        **dict.fromkeys(("квартале", "квартал", "квартала"), "quarter"),
        **dict.fromkeys(("году", "год", "года"), "year"),
        **dict.fromkeys(("выходные", "выходных"), "weekend"),
    },
    "number": {
        **dict.fromkeys(("один", "одна", "одно", "одного", "одной", "одну"), 1),
        **dict.fromkeys(("два", "две", "двух"), 2),
        **dict.fromkeys(("три", "трёх", "трех"), 3),
        **dict.fromkeys(("четыре", "четырёх", "четырех"), 4),
        **dict.fromkeys(("пять", "пяти"), 5), **dict.fromkeys(("шесть", "шести"), 6),
        **dict.fromkeys(("семь", "семи"), 7), **dict.fromkeys(("восемь", "восьми"), 8),
        **dict.fromkeys(("девять", "девяти"), 9), **dict.fromkeys(("десять", "десяти"), 10),
        **dict.fromkeys(("двадцать", "двадцати"), 20), **dict.fromkeys(("тридцать",), 30),
        **dict.fromkeys(("полтора", "полтора"), 1.5),
        **dict.fromkeys(("несколько", "нескольких"), None),
    },
    "ordinal": {
        **dict.fromkeys(("первый", "первом", "первого", "первая", "первой", "1-м", "1-й"), 1),
        **dict.fromkeys(("второй", "втором", "второго", "2-м", "2-й"), 2),
        **dict.fromkeys(("третий", "третьем", "третьего", "3-м", "3-й"), 3),
        **dict.fromkeys(("четвертый", "четвёртый", "четвертом", "четвёртом", "4-м", "4-й"), 4),
    },
    "halfword": {**dict.fromkeys(("первом", "первой", "первая"), 1),
                 **dict.fromkeys(("втором", "второй", "вторая"), 2)},
    "rel": {
        **dict.fromkeys(("этот", "этой", "этом", "эту", "текущем", "текущей", "текущий",
                         "нынешнем", "нынешней", "этого", "текущего", "нынешнего"), 0),
        **dict.fromkeys(("прошлый", "прошлой", "прошлом", "прошлую", "прошлого",
                         "минувшей", "минувшем", "предыдущем", "предыдущей"), -1),
        **dict.fromkeys(("следующий", "следующей", "следующем", "следующую", "будущем",
                         "будущей", "грядущей", "грядущем", "следующего", "будущего"), 1),
    },
    "anarel": {
        **dict.fromkeys(("тот же", "той же", "том же", "тот же самый"), 0),
        **dict.fromkeys(("следующий", "следующее"), 1),
        **dict.fromkeys(("предыдущий", "накануне"), -1),
    },
    "dir": {"назад": (-1, "dct"), "тому назад": (-1, "dct"), "спустя": (1, "last"),
            "позже": (1, "last"), "раньше": (-1, "last"), "ранее": (-1, "last")},
    "dirpre": {"через": (1, "dct"), "спустя": (1, "last")},
    "mod": {
        **dict.fromkeys(("начале", "начала", "начало"), "START"),
        **dict.fromkeys(("конце", "конца", "конец"), "END"),
        **dict.fromkeys(("середине", "середины", "середина"), "MID"),
        **dict.fromkeys(("около", "примерно", "приблизительно", "почти"), "APPROX"),
        **dict.fromkeys(("более", "больше", "свыше"), "MORE_THAN"),
        **dict.fromkeys(("менее", "меньше"), "LESS_THAN"),
    },
    "ref": {
        "сейчас": "PRESENT_REF", "теперь": "PRESENT_REF", "в настоящее время": "PRESENT_REF",
        "ныне": "PRESENT_REF", "на данный момент": "PRESENT_REF",
        "недавно": "PAST_REF", "в последнее время": "PAST_REF",
        "в будущем": "FUTURE_REF", "в ближайшее время": "FUTURE_REF", "вскоре": "FUTURE_REF",
    },
    "deictic": {
        "сегодня": (0, None), "вчера": (-1, None), "завтра": (1, None),
        "позавчера": (-2, None), "послезавтра": (2, None), "сегодня утром": (0, "MO"),
        "вчера вечером": (-1, "EV"), "сегодня вечером": (0, "EV"), "этой ночью": (0, "NI"),
    },
    "set": {"ежедневно": "P1D", "еженедельно": "P1W", "ежемесячно": "P1M",
            "ежегодно": "P1Y", "ежечасно": "PT1H"},
    "every": dict.fromkeys(("каждый", "каждую", "каждое", "каждого", "каждой"), 1),
    "yearword": dict.fromkeys(("года", "году", "год", "г.", "гг."), "year"),
    "recent": dict.fromkeys(("последние", "последних"), None),
    "coming": dict.fromkeys(("ближайшие", "ближайших", "предстоящие", "предстоящих"), None),
}

SNIPPETS: dict[str, str] = {
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?:-?го)?",
    "year": r"(?:1[6-9]\d\d|20\d\d)",
    "decade": r"(?:1[6-9]|20)\d0-(?:х|е|ые|ых)",
    "hour": r"(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d",
    "num": r"\d{1,3}(?:[.,]\d+)?|(?:<number>)",
}

# Words too common to look for first (only speed depends on this list).
COMMON = ("в", "на", "и", "с", "по", "до", "за", "к", "от", "не", "что", "это", "года", "г")
CASED: tuple[str, ...] = ()
_DASH = r"\s*(?:-|–|—)\s*"
_YEAR = r"(?:\s+{year}(?:\s+{yearword})?)?"

RULES: list[tuple] = [
    ("date", r"{day}" + _DASH + r"{day2=day}\s+{month}" + _YEAR),
    ("date", r"{day}\s+{month}" + _DASH + r"{day2=day}\s+{month2=month}" + _YEAR),
    ("date", r"(?P<pre>(?:с|со)\s+){day}\s+по\s+{day2=day}\s+{month}" + _YEAR),
    ("date", r"(?:{mod}\s+)?{day}\s+{month}" + _YEAR),
    ("date", r"(?:{mod}\s+)?{month}\s+{year}(?:\s+{yearword})?"),
    ("date", r"(?:{mod}\s+)?{month}"),
    ("date", r"(?:{mod}\s+)?{year}" + r"(?:\s*{yearword})?"),
    ("date", r"{year}" + _DASH + r"{year2=year}(?:\s+(?:гг\.|годы|годах|годов))?"),
    ("date", r"(?P<pre>(?:с|со)\s+){year}\s+по\s+{year2=year}(?:\s+{yearword})?"),
    ("date", r"\d{1,2}\.\d\d\.\d{4}", {"dmy_dots": True}),
    ("date", r"\d{4}-\d\d-\d\d", {"iso": True}),
    ("date", r"(?:{mod}\s+)?{decade}(?:\s+(?:годы|годов|годах|гг\.))?"),
    ("date", r"{quarter=ordinal}\s+квартал(?:е|а)?(?:\s+{year}(?:\s+{yearword})?)?"),
    ("date", r"{half=halfword}\s+половин(?:е|ы|а)(?:\s+{year}(?:\s+{yearword})?)?"),
    ("date", r"(?:{mod}\s+)?{season}(?:\s+{year}(?:\s+{yearword})?)?"),
    # "осенью прошлого года", "в марте этого года".
    ("date", r"(?:{mod}\s+)?{season}\s+{yrel=rel}\s+года"),
    ("date", r"(?:{mod}\s+)?{month}\s+{yrel=rel}\s+года"),
    ("shift", r"(?:{mod}\s+)?{rel}\s+{unit=cunit}"),
    ("weekday", r"(?:{rel}\s+)?{weekday}(?:\s+{part})?"),
    ("deictic", r"{deictic}(?:\s+{part})?"),
    ("offset", r"(?:{num}\s+)?{unit}\s+{dir}"),
    ("offset", r"{dir=dirpre}\s+{num}\s+{unit}"),
    ("anaphor", r"(?P<pre>(?:на|в)\s+){anarel}\s+{unit=cunit}"),
    ("time", r"{hour24=hour}:{minute24=minute}(?:\s+(?:{weekday}|{deictic}))?"),
    ("duration", r"(?:{mod}\s+)?{num}\s+{unit}"),
    ("duration", r"(?P<pre>в\s+течение\s+)(?:(?:{recent}|{coming})\s+)?{unit}"),
    ("ref", r"(?:{recent})\s+{unit}", {"value": "PAST_REF"}),
    ("ref", r"(?:{coming})\s+{unit}", {"value": "FUTURE_REF"}),
    ("set", r"{set}"),
    ("set", r"{every}\s+{unit=cunit}"),
    ("set", r"(?:каждый|каждую|каждое)\s+{weekday}"),
    ("ref", r"{ref}"),
    # "в прошлом" alone; "в прошлом году" is last year.
    ("ref", r"в\s+прошлом(?!\s+{unit=cunit})", {"value": "PAST_REF"}),
]

CUES = (
    ("future", r"\b(?:будет|будут|буду|будем|станет|станут|планиру\w+|намерен\w*|"
               r"собира\w+ся|ожида\w+ся|предстоит|состоится|состоятся|пройд[её]т|"
               r"запланирован\w*|намечен\w*|должн\w+)\b"),
    ("past", r"\b(?:был|была|было|были|состоял\w*|прош[её]л|прошла|прошли)\b"),
    ("weakpast", r"\b\w{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)\b"),
)
CLAUSE = r"[,;:()«»\"“”]|\s(?:и|но|а|когда|потому что)\s"
BEFORE = r"(?:^|\s)(?:до|перед|накануне)\s+$"
AFTER = r"(?:^|\s)(?:после|с|со)\s+$"

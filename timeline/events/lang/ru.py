"""Russian: the words the event extractor reads (docs/languages.md lists
every name a module may hold; a name left out takes English's, which never
meets Cyrillic text). Russian inflects, so verbs' tenses and names'
dictionary forms are read by pymorphy3 (``MORPHOLOGY``); the lists here hold
what no dictionary says: which words frame a sentence, which verbs report
speech, which words make a statement a forecast, which are job titles."""

# fmt: off

NAME = "ru"
# The analyser for dictionary forms, cases and tenses (timeline/events/morphology.py).
MORPHOLOGY = "pymorphy3"

# --- headlines (title.py) ---------------------------------------------------

# Prepositions that go with a date out of a headline: "в пятницу", "к 20 марта".
DATE_WORDS = "в во на с со к ко по до около начиная уже еще ещё"
# What joins two dates of one clause and leaves a headline with them:
# "в понедельник и снова в пятницу".
DATE_PAIR_JOINER_PATTERN = r"(?:,\s*)?(?:и|или)(?:\s+(?:снова|вновь))?"
# Words a headline never ends on: they need another after them.
DANGLING = """в во на с со к ко по о об обо от до из изо за для и а но или что чтобы у при
    под над перед между через без как также же ли бы не ни его ее её их это этот эта эти
    который которая которое которые"""

# A headline's length in characters: Russian words are long.
TITLE_LENGTH = 100
PREPOSITIONS = "в во на с со к ко по о об от до из за для при под над перед между через без у"
PRONOUNS = "он она они оно"
UNRESOLVED = "он она они оно мы я вы это"
# Whom a pronoun stands for (referents.py): the analyser tells persons,
# plurals and genders ("Она" is no "Андрей Белоусов").
PERSON_PRONOUNS = "он она"
GROUP_PRONOUNS = "они"
THING_PRONOUNS = "оно"
MALE_PRONOUNS = "он"
FEMALE_PRONOUNS = "она"

# --- the sentence annotation (sentence.py) ----------------------------------

# "МОСКВА, 20 февраля — ", "КИЕВ, 3 марта. /ТАСС/. ": where the story was filed.
DATELINE_PATTERN = (
    r"^[А-ЯЁA-Z][А-ЯЁA-Z .-]{2,}(?:,[^—–\n]{0,40}?)?\s*(?:/[^/]{1,20}/\.?\s*)?[—–-]+\s+"
)
# Framing that opens a sentence and goes from its headline with its "что":
# "Ожидается, что …", "Напомним, что …".
FRAMING_PATTERN = r"""^(?:
      (?:ожидается|предполагается|сообщается|известно|стало\s+известно|выяснилось
         |отмечается|подчеркивается|подчёркивается|говорится|напомним|отметим|добавим)
      ,?\s+что\s+
    | (?:напомним|отметим|добавим|кроме\s+того|помимо\s+этого|при\s+этом|между\s+тем
         |тем\s+временем|вместе\s+с\s+тем|в\s+свою\s+очередь|таким\s+образом|однако
         |впрочем|тем\s+не\s+менее|в\s+частности|кстати)\s*,?\s+
    | (?:также|затем|однако|ранее|позднее|позже|тогда)\s+
    | как\s+(?:{ATTRIBUTION_VERBS}|известно|стало\s+известно|ожидается|сообщалось)[^,]{0,120},\s*
    | по\s+(?:\w+\s+)?(?:словам|данным|информации|сведениям|мнению|оценкам|версии)
      (?:\s+[^,]{1,120})?,\s*
    )"""
# Words that open a framing adverbial set off by a comma: "По словам Пескова, …",
# "Как сообщает ТАСС, …".
OPENERS = r"""по\s+(?:его|ее|её|их)\s+словам по\s+словам по\s+данным по\s+мнению
    по\s+информации по\s+сведениям по\s+оценкам по\s+предварительным по\s+версии
    как накануне сегодня вчера ранее впоследствии"""
# Verbs of saying: ", — заявил Песков" after what was said is its attribution.
ATTRIBUTION_VERBS = """заявил заявила заявили заявляет заявляют сообщил сообщила сообщили
    сообщает сообщают сообщило сказал сказала сказали отметил отметила отметили отмечает
    подчеркнул подчеркнула подчеркнули добавил добавила добавили пояснил пояснила пояснили
    уточнил уточнила уточнили рассказал рассказала рассказали написал написала написали
    пишет пишут передает передаёт сообщается говорится объявил объявила объявили
    объявило"""
# Verbs whose "…, что" reports what follows: "Песков заявил, что …".
REPORTING_THAT_VERBS = """заявил заявила заявили заявляет заявляют сообщил сообщила сообщили
    сообщает сообщают сказал сказала сказали отметил отметила отметили подчеркнул подчеркнула
    добавил добавила пояснил пояснила уточнил уточнила признал признала напомнил напомнила
    объявил объявила объявили пообещал пообещала пообещали предупредил предупредила
    рассказал рассказала"""
REPORTED_VERBS = """заявил заявила заявили сообщил сообщила сообщили сказал сказала сказали
    отметил отметила отметили подчеркнул подчеркнула добавил добавила пояснил пояснила
    уточнил уточнила признал признала напомнил напомнила объявил объявила объявили
    пообещал пообещала пообещали предупредил предупредила рассказал рассказала"""
REPORTING = """заявил заявила заявили сообщил сообщила сообщили сказал сказала сказали
    отметил отметила отметили подчеркнул подчеркнула добавил добавила пояснил пояснила
    уточнил уточнила признал признала напомнил напомнила объявил объявила объявили"""
ATTRIBUTION_PATTERN = r"""[,;]["”»']?\s*[—–-]?\s*(?:{ATTRIBUTION_VERBS})\b
    (?!,?\s+что\b)[^,;:«»"]{0,80}[.!?"”»]*$"""
# ", как ожидается,", ", по его словам," inside the sentence.
INNER_ATTRIBUTION_PATTERN = (
    r",\s+(?:как\s+(?:{ATTRIBUTION_VERBS}|ожидается|предполагается|известно)(?:\s+[^,]{1,60})?"
    r"|по\s+(?:его|ее|её|их)\s+словам|по\s+(?:словам|данным|информации|мнению)\s+[^,]{1,60}),(?=\s)"
)
# "по данным МЧС", "по словам Пескова": an attribution, wherever it stands.
ACCORDING_PATTERN = (
    r",?\s*по\s+(?:словам|данным|информации|сведениям|мнению|оценкам)\s+[^,]+(?:,|$)"
)
# "Песков заявил (журналистам), что |Кремль …": where the report begins.
REPORTING_THAT_PATTERN = r"\b(?:{REPORTING_THAT_VERBS})\b[^,.;:«»]{0,60}?,\s+что\s+"
# The word after the comma that opens what is reported: a long headline is
# never cut there.
COMPLEMENTIZER = "что"
# "X заявил, что Y" in a main clause: who said it, and what.
REPORTED_PATTERN = r"""^(?P<who>(?:\S+\s+){1,6}?)(?:{REPORTED_VERBS})\b[^,.;:«»]{0,60}?,\s+
    что\s+(?P<what>.+)"""
# Relative words: ", где обсудили …", ", который …".
RELATIVE_PRONOUNS = """который которая которое которые которого которой которых которым которую
    которыми котором где куда откуда"""
ASIDE_OPENERS = RELATIVE_PRONOUNS
RELATIVE_ASIDE_PATTERN = r",\s+(?:{RELATIVE_PRONOUNS})\s(?P<body>[^,]*),(?=\s)"
RELATIVE_CLAUSE_PATTERN = r"(?P<comma>,)\s(?P<pronoun>{RELATIVE_PRONOUNS})\s+(?P<body>[^,;]*)"
# No relative word is only a conjunction after a comma, as English "that" is.
COMMA_RELATIVE = "—"
# What a headline leaves out at the end: a trailing clause, after ";".
TRAILING_OPENERS = r"""чтобы поскольку так\s+как хотя если тогда а но однако причем причём
    при\s+этом несмотря\s+на\s+то\s+что отметив заявив подчеркнув добавив сообщив"""
TRAILING_CLAUSE_PATTERN = r"(?:,|\s[—–])\s+(?:{TRAILING_OPENERS})\b.*$|;.*$"
# Coordinated clauses: "провел переговоры |и подписал соглашение".
CLAUSE_BREAK_PATTERN = r"(?:,\s+и|,\s+а|,\s+но|;|\s+и)\s+(\w+)"
BARE_JOINER = "и"
COORDINATORS = "и или"
CLAUSE_COORDINATORS = "и а но"
SUBORDINATE_CONJUNCTIONS = r"""после\s+того\s+как до\s+того\s+как перед\s+тем\s+как когда
    пока поскольку так\s+как хотя"""
# A verb after one of these is a subordinate clause's, not the main one.
SUBORDINATORS = "что чтобы если когда потому поскольку хотя ли"
CUE_SUBORDINATORS = "что чтобы если когда потому поскольку хотя ли"
CLAUSE_BREAKS = "когда пока хотя поскольку"
JOINERS = "что и а но когда где"
AUXILIARIES = "будет будут"
FUTURE_AUXILIARIES = "будет будут"
MODALS = "может могут мог могла могли должен должна должны должно"
NEGATION = "не ни"
NEGATING_ADVERBS = "не никогда"
NEGATIVE_PARTICLES = "не"
COPULAS = "является являются являлся являлась был была было были"
COPULA_ADVERBS = "также уже еще ещё вновь снова"
HABITUAL = "неоднократно регулярно постоянно часто обычно традиционно всегда ежегодно"
MID_ADVERBS = "уже также еще ещё впервые вновь снова"
DROPPED_ADVERBS = "также уже тогда"
SUBJECT_PRONOUNS = "он она они оно мы я"
SUBJECT_OPENERS = "эти эта этот все оба обе"
DETERMINERS = "этот эта это эти тот та те его ее её их свой своя свое своё свои"
INFINITIVE = "чтобы"
TARGET_DATE_WORDS = "на до к ко"
# Verbs whose date is what they say: "запланирована на 20 марта" keeps it.
SCHEDULE_VERBS = """запланирован запланирована запланировано запланированы планировался
    планировалась планировалось планировались назначен назначена назначено назначены намечен
    намечена намечено намечены перенесен перенесена перенесено перенесены перенесён
    отложен отложена отложено отложены"""

# --- what kind of statement (cues.py) ---------------------------------------

FUTURE_PATTERN = r"""(?:^|\s)(?:будет|будут|планирует|планируют|планируется|намерен|намерена
    |намерены|намеревается|собирается|собираются|ожидается|ожидаются|предстоит|запланирован
    |запланирована|запланировано|запланированы|состоится|состоятся|готовится|готовятся
    |рассчитывает|рассчитывают|намечен|намечена|намечено|намечены)(?=\s|[,.]|$)"""
FUTURE_TRIGGERS = """будет будут планирует планируют планируется намерен намерена намерены
    намеревается собирается собираются ожидается ожидаются предстоит запланирован
    запланирована запланировано запланированы состоится состоятся готовится готовятся
    рассчитывает рассчитывают намечен намечена намечено намечены"""
FUTURE_SUBSTRINGS = ()
OPINION_PATTERN = r"""(?:^|\s)(?:считает|считают|полагает|полагают|думает|уверен|уверена
    |уверены|возможно|вероятно|видимо|по-видимому|наверное|кажется|мнению|убежден|убеждён
    |следует|нужно|необходимо|надо|может|могут)(?=\s|[,.]|$)"""
OPINION_TRIGGERS = """считает считают полагает полагают думает уверен уверена уверены возможно
    вероятно видимо по-видимому наверное кажется мнению убежден убеждён следует нужно
    необходимо надо может могут"""
STATISTIC_PATTERN = r"""(?:\d\s*%|процент|(?:^|\s)(?:млн|млрд|трлн|миллион\w*|миллиард\w*)
    (?=\s|[,.]|$))"""
STATISTIC_TRIGGERS = """% процент процента процентов млн млрд трлн миллион миллиона миллионов
    миллиард миллиарда миллиардов"""
HYPOTHETICAL = ("если ", "в случае ")
GENERIC_PATTERN = r"^\s*(?:есть|существует|существуют|многие|некоторые|большинство)\b"
BARE_PRONOUN_PATTERN = r"^(?:это|то|мы|я|вы)\b"
FIRST_PERSON = "я мы мой моя моё мои наш наша наше наши меня нас мне нам"
# Lower-case words as the cues read them.
WORD_PATTERN = r"[\w'-]+|%"
# "«…», — сказал он": a quote closed before its speaker.
QUOTE_SPEAKER_PATTERN = (
    r"""[,.!?]\s*[»"”]\s*,?\s*[—–-]\s+(?:\S+\s+){0,4}?(?:{ATTRIBUTION_VERBS})\b"""
)
TAGS: dict[str, tuple[str, ...]] = {
    "diplomacy": ("переговор", "саммит", "дипломат", "встреч", "посол", "посланник", "договор",
                  "мирн", "консультац", "визит"),
    "defence": ("оборон", "военн", "войск", "арми", "оружи", "ракет", "дрон", "беспилотн",
                "нато", "пво"),
    "sanctions": ("санкци", "эмбарго"),
    "economy": ("экономи", "бюджет", "расход", "инфляци", "рынк", "рынок", "торгов", "пошлин",
                "нефт", "ставк", "рубл"),
    "politics": ("выбор", "голосова", "парламент", "правительств", "министр", "президент",
                 "парти", "закон", "дум", "депутат"),
    "law": ("суд", "иск", "судья", "приговор", "прокурор", "уголовн", "арест"),
    "conflict": ("войн", "удар", "атак", "конфликт", "наступлени", "перемири", "обстрел"),
}

# --- names (actors.py, places.py) -------------------------------------------

FUNCTION_WORDS = """в во на с со к ко по о об от до из за для и а но или что у при под над
    это этот эта эти тот та те он она они оно его ее её их мы вы я как так также же уже
    еще ещё когда где если после перед между через без вместе кроме однако напомним
    накануне сегодня вчера завтра ранее позднее затем при этом который которая которые"""
# Job titles: "пресс-секретарь Кремля Дмитрий Песков" is the person after them.
ROLES = """президент премьер-министр премьер министр министры глава главы пресс-секретарь
    спикер председатель заместитель замминистра вице-премьер вице-президент канцлер посол
    генсек генеральный секретарь мэр губернатор командующий депутат сенатор советник
    помощник директор руководитель лидер король королева представитель официальный
    верховный комиссар еврокомиссар"""
# Nouns that head an organisation's name, whose genitive words after them are
# part of it: "Совет безопасности", "Министерство иностранных дел".
INSTITUTIONS = """совет министерство комитет служба дума палата агентство управление фонд
    банк суд прокуратура собрание парламент правительство штаб ведомство департамент"""
# Nouns that make a name beside them a river, a street or a line, not an
# actor nor the town of that name (dictionary forms): "на реке Урал".
FEATURE_NOUNS = """река озеро море улица проспект площадь переулок шоссе трасса мост канал
    линия станция залив пролив остров гора хребет"""
# Case endings of place names and what the nominative ends with instead, for
# places the analyser does not know ("в Кракове").
PLACE_CASE_ENDINGS = "е у ом ем а ой ей ы и ю"
PLACE_NOMINATIVE_ENDINGS = "а я ь"
# Country and region names people write that the gazetteer's translations
# (pycountry's Russian ones are official: "Российская Федерация") lack.
COUNTRY_ALIASES = {
    "россия": "Russia", "рф": "Russia", "сша": "United States", "америка": "United States",
    "штаты": "United States", "соединенные штаты": "United States",
    "великобритания": "United Kingdom", "британия": "United Kingdom",
    "англия": "United Kingdom", "южная корея": "South Korea", "северная корея": "North Korea",
    "кндр": "North Korea", "оаэ": "United Arab Emirates", "чехия": "Czechia",
    "голландия": "Netherlands", "нидерланды": "Netherlands", "молдавия": "Moldova",
    "белоруссия": "Belarus", "беларусь": "Belarus", "киргизия": "Kyrgyzstan",
}

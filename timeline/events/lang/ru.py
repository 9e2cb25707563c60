"""Russian: the words the event extractor reads (docs/languages.md lists
every name a module may hold). Russian inflects, so names are put in their
dictionary form by pymorphy3 (``MORPHOLOGY``); the lists here hold what no
dictionary says: which words are function words, job titles, the heads of
organisations' names, the names of countries people write."""

# fmt: off

NAME = "ru"
# The analyser for dictionary forms, cases and tenses (timeline/events/morphology.py).
MORPHOLOGY = "pymorphy3"

# --- headlines (title.py) ---------------------------------------------------

# Prepositions that go with a date out of a headline: "в пятницу", "к 20 марта".
DATE_WORDS = "в во на с со к ко по до около начиная уже еще ещё"
# Words a headline never ends on: they need another after them.
DANGLING = """в во на с со к ко по о об обо от до из изо за для и а но или что чтобы у при
    под над перед между через без как также же ли бы не ни его ее её их это этот эта эти
    который которая которое которые"""

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

"""Russian: the words the event extractor reads beside English ones (see
``en.py`` for the format). Only the lists the engine reads from every
language are here: prepositions that go with a date, words a headline never
ends on, and the case endings of place names ("в Кракове")."""

DATE_WORDS = "в во на с со к ко по до"
DANGLING = "в во на с со к ко по о об от до из за для и а но или что у при под над"
# Endings a place name takes in other cases than the nominative, and what the
# nominative may end with instead.
PLACE_CASE_ENDINGS = "е у ом ем а ой ей ы и ю"
PLACE_NOMINATIVE_ENDINGS = "а я ь"

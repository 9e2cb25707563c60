"""Key events: how much each event and day matters, from the evidence the
articles leave, and the few a reader should see first."""

from timeline.keys.importance import (
    DayImportance,
    EventImportance,
    Importance,
    event_importance,
    importance,
)
from timeline.keys.mentions import (
    MENTIONS_NAME,
    ArticleDays,
    mentions_of,
    read_mentions,
    write_mentions,
)
from timeline.keys.select import day_top_events, key_day_count, key_days, key_events

__all__ = [
    "MENTIONS_NAME",
    "ArticleDays",
    "DayImportance",
    "EventImportance",
    "Importance",
    "day_top_events",
    "event_importance",
    "importance",
    "key_day_count",
    "key_days",
    "key_events",
    "mentions_of",
    "read_mentions",
    "write_mentions",
]

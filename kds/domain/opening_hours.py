"""Opening hours: is the restaurant meant to be open at a given local time?

The hours are one span per weekday (Monday is 0), from an opening to a closing minute of the day; a
span that closes at or before it opens runs past midnight into the next day (18:00–02:00).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

DAY_MINUTES = 24 * 60


def minute_of_day(text: str) -> int:
    """The minute of the day of "HH:MM" ("24:00" is the end of the day).

    Raises:
        ValueError: `text` is not such a time.
    """
    hours, _, minutes = text.partition(":")
    value = int(hours) * 60 + int(minutes)
    if not 0 <= int(minutes) < 60 or not 0 <= value <= DAY_MINUTES:
        raise ValueError(f"{text!r} is not a time of day")
    return value


def is_open(spans: Iterable[tuple[int, int, int]], local: datetime) -> bool:
    """True when `local` (a time in the restaurant's time zone) falls in one of `spans`.

    Args:
        spans: `(weekday, opens, closes)`, minutes of the day; `closes <= opens` runs past midnight.
        local: the time to look at, in local time.
    """
    minute = local.hour * 60 + local.minute
    today = local.weekday()
    for weekday, opens, closes in spans:
        overnight = closes <= opens
        if weekday == today and opens <= minute < (closes if not overnight else DAY_MINUTES):
            return True
        if overnight and weekday == (today - 1) % 7 and minute < closes:
            return True
    return False

"""The dish catalogue's rules: which dish an order line is, and when a dish is back by itself.

KDS learns the restaurant's dishes from the orders it stores. Each platform's way of naming one
dish is an *entry*: its code there when the platform sends one (`Line.external_code`: the
restaurant's own code where the platform has one, else the platform's product id), else its
normalised name. Entries of several platforms that are one dish share a *dish key*: a new entry
joins the dish of an entry with the same code, else (when one of the two has no code) the dish of
an entry with the same normalised name; two different codes are never one dish by their names
(sizes and variants share names). Staff link two dishes or split an entry off when the guess is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from kds.domain.order import Line, Names, Platform, name_in

_NOT_WORD = re.compile(r"[\W_]+")


def normalise(name: str) -> str:
    """A dish name as matching compares it: case, width, punctuation and runs of spaces ignored."""
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", name).casefold()).split())


def entry_key(code: str, name: str) -> str:
    """How a platform's entry is known: ``code:<code>`` when it has one, else ``name:<normalised name>``."""
    code = code.strip()
    return f"code:{code}" if code else f"name:{normalise(name)}"


@dataclass(frozen=True, slots=True)
class DishEntry:
    """One platform's way of naming a dish.

    Attributes:
        platform: where.
        key: `entry_key` of its code or name.
        code: the platform's code of the dish ("" when it sends none).
        name: its name as last seen (the station's language when the order came).
        names: that name in other languages, as the platform sent them.
        dish: the dish it belongs to.
    """

    platform: Platform
    key: str
    code: str
    name: str
    names: Names
    dish: str


def entry_of(platform: Platform, line: Line, dish: str = "") -> DishEntry:
    """The entry an order line names (in dish `dish`, "" before it is matched)."""
    return DishEntry(platform, entry_key(line.external_code, line.name), line.external_code.strip(), line.name,
                     line.names, dish)


def match(entry: DishEntry, known: Iterable[DishEntry]) -> str:
    """The dish a new `entry` belongs to among `known` entries (a new dish key when none fits).

    The same code on any platform decides first; else the same normalised name, when either of the
    two has no code; else the entry starts a dish of its own, keyed like the entry.
    """
    known = list(known)
    if entry.code:
        for other in known:
            if other.code == entry.code:
                return other.dish
    wanted = normalise(entry.name)
    for other in known:
        if (not entry.code or not other.code) and normalise(other.name) == wanted:
            return other.dish
    return entry.key


@dataclass(frozen=True, slots=True)
class Dish:
    """A dish of the catalogue: its entries on every platform it was ordered on.

    Attributes:
        key: the dish key (sold-out controls name it).
        entries: its entries, the most recently seen first.
    """

    key: str
    entries: tuple[DishEntry, ...]

    @property
    def name(self) -> str:
        """Its name as last seen."""
        return self.entries[0].name if self.entries else self.key

    def name_in(self, language: str) -> str:
        """Its name in `language` where a platform gave one, else `name`."""
        for entry in self.entries:
            found = name_in("", entry.names, language)
            if found:
                return found
        return self.name

    @property
    def platforms(self) -> tuple[Platform, ...]:
        """The platforms it was ordered on, each once."""
        return tuple(dict.fromkeys(e.platform for e in self.entries))

    def codes(self) -> dict[Platform, tuple[str, ...]]:
        """Its codes on each platform it was ordered on (empty where the platform sends no code)."""
        found: dict[Platform, tuple[str, ...]] = {p: () for p in self.platforms}
        for entry in self.entries:
            if entry.code and entry.code not in found[entry.platform]:
                found[entry.platform] += (entry.code,)
        return found

    def matches(self, text: str) -> bool:
        """True when `text` (normalised) is part of any of its names or codes."""
        wanted = normalise(text)
        if not wanted:
            return True
        for entry in self.entries:
            words = [entry.name, entry.code, *(n for _, n in entry.names)]
            if any(wanted in normalise(w) for w in words if w):
                return True
        return False


def closing_time(spans: Iterable[tuple[int, int, int]], local: datetime) -> time | None:
    """When the business day running at `local` closes, by the opening hours (None: not known, or midnight).

    Args:
        spans: `(weekday, opens, closes)` in minutes of the day (`kds.domain.opening_hours`);
            `closes <= opens` runs past midnight.
        local: now, in the restaurant's local time.
    """
    spans = list(spans)
    minute, today = local.hour * 60 + local.minute, local.weekday()
    for weekday, opens, closes in spans:  # last night's span still running
        if closes <= opens and weekday == (today - 1) % 7 and minute < closes:
            return time(closes // 60, closes % 60)
    for weekday, _opens, closes in spans:
        if weekday == today and closes < 24 * 60:
            return time(closes // 60, closes % 60)
    return None


def end_of_business_day(now: datetime, closes_at: time | None = None) -> datetime:
    """When today's business ends, seen at `now`: the closing time when known, else midnight.

    Both are wall-clock times in `now`'s time zone (pass the station's local time). A closing time
    past midnight (a late kitchen closing at 02:00) ends the night that began the day before, when
    `now` is still before it. The result is always after `now`.
    """
    if closes_at is not None:
        end = now.replace(hour=closes_at.hour, minute=closes_at.minute, second=0, microsecond=0)
        return end if end > now else end + timedelta(days=1)
    return (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)

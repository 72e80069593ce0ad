"""Which kitchen station makes which line of an order: the restaurant's routing rules, as a pure function.

A rule sends a line to a station by the line's category (where the platform sends one), by a
keyword in the item's name in any language the platform gave (`Line.names`), or by the platform's
item code (`Line.external_code`, per platform where it is known). Rules are tried in order and the
first that matches decides; a line no rule matches goes to the default station. Matching folds
case and accents away ("feijão" matches "FEIJAO"), because a keyword is typed by staff on a
touch keyboard while the names come from the platform's menu.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kds.domain.order import Line, Order


class RuleKind(StrEnum):
    """What a routing rule looks at."""

    CATEGORY = "category"  # the line's category, as the platform sent it
    KEYWORD = "keyword"  # a word in the item's name, in any of its languages
    ITEM_CODE = "item_code"  # the platform's code of the item (exact), optionally on one platform only


@dataclass(frozen=True, slots=True)
class RoutingRule:
    """Send the lines this rule matches to `station`.

    Attributes:
        kind: what the rule looks at.
        pattern: the category, keyword or item code.
        station: the station that makes the matched lines.
        platform: for an item code, the platform whose code it is ("" for any platform).
    """

    kind: RuleKind
    pattern: str
    station: str
    platform: str = ""

    def matches(self, line: Line, platform: str = "") -> bool:
        """True when `line` (of an order from `platform`) is this rule's."""
        wanted = fold(self.pattern)
        if not wanted:
            return False
        if self.kind is RuleKind.CATEGORY:
            return fold(line.category) == wanted
        if self.kind is RuleKind.ITEM_CODE:
            if self.platform and platform and self.platform != platform:
                return False
            return bool(line.external_code) and line.external_code.strip() == self.pattern.strip()
        return any(wanted in fold(name) for name in (line.name, *(n for _, n in line.names)))


@dataclass(frozen=True, slots=True)
class Routing:
    """The restaurant's kitchen stations and how lines reach them.

    Attributes:
        stations: the stations' names, in the order the restaurant lists them (GRILL, DRINKS…).
        rules: tried in order; the first match decides.
        default: the station of a line no rule matches ("" while the restaurant has no stations).
    """

    stations: tuple[str, ...] = ()
    rules: tuple[RoutingRule, ...] = ()
    default: str = ""

    @property
    def active(self) -> bool:
        """True when the restaurant has kitchen stations (else every line is simply the order's)."""
        return bool(self.stations)

    def named(self, name: str) -> str:
        """The station called `name` as the restaurant writes it ("grill " is GRILL), "" when there is none."""
        wanted = name.strip().casefold()
        return next((s for s in self.stations if s.casefold() == wanted), "") if wanted else ""

    def station_of(self, line: Line, platform: str = "") -> str:
        """The station that makes `line`: the first matching rule's to a known station, else the default."""
        for rule in self.rules:
            if rule.station in self.stations and rule.matches(line, platform):
                return rule.station
        return self.default if self.default in self.stations else (self.stations[0] if self.stations else "")

    def split(self, order: Order) -> dict[str, tuple[Line, ...]]:
        """`order`'s lines by station, stations in the restaurant's order (only those with lines)."""
        found: dict[str, list[Line]] = {}
        for line in order.lines:
            found.setdefault(self.station_of(line, order.key.platform.value), []).append(line)
        return {station: tuple(found[station]) for station in self.stations if station in found}

    def lines_for(self, order: Order, station: str) -> tuple[Line, ...]:
        """The lines of `order` that `station` makes."""
        return self.split(order).get(station, ())


def fold(text: str) -> str:
    """`text` without case and accents, for matching what staff type against the platform's names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@dataclass(frozen=True, slots=True)
class StationProgress:
    """Where one station stands on one order.

    Attributes:
        station: the station.
        lines: the order's lines it makes.
        done_lines: the ids of those it bumped one by one.
        bumped: the whole order was bumped at the station.
    """

    station: str
    lines: tuple[Line, ...]
    done_lines: frozenset[str] = field(default_factory=frozenset)
    bumped: bool = False

    @property
    def done(self) -> bool:
        """True when the station has finished its part (bumped it, or every one of its lines)."""
        return self.bumped or all(line.line_id in self.done_lines for line in self.lines)

    @property
    def item_count(self) -> int:
        """How many items the station makes (quantities summed, a half counts as one)."""
        return sum(max(1, int(line.quantity)) for line in self.lines)


def progress(order: Order, routing: Routing, bumps: Mapping[str, Iterable[str]]) -> tuple[StationProgress, ...]:
    """Every station's part of `order` and where it stands, stations in the restaurant's order.

    Args:
        order: the order.
        routing: the restaurant's routing.
        bumps: per station, the line ids bumped there; "" among them means the whole order was bumped.
    """
    result = []
    for station, lines in routing.split(order).items():
        done = frozenset(bumps.get(station, ()))
        result.append(StationProgress(station, lines, done - {""}, "" in done))
    return tuple(result)

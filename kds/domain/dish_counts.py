"""All-day counts: how many of each dish the open orders of every platform still need.

A dish is known by its name in the screen's language (`Line.name_in`), compared without case or
surrounding spaces, so "Fries" from two platforms is one row. Options are counted per dish, each
multiplied by its line's quantity ("2 × Burger + Extra cheese" is two extra cheeses), because
that is what the grill has to put on. Lines are grouped by kitchen station through `station_of`;
without it (no stations yet) everything is one group named "". A line `station_of` gives no station
(None) is not counted: another station's, on a kitchen station's screen, or one made already.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from kds.domain.order import Line, Order, OrderKey

StationOf = Callable[[Order, Line], str | None]
"""The kitchen station a line is cooked at ("" when the restaurant has none; None: not counted)."""


def no_station(_order: Order, _line: Line) -> str | None:
    """Every line in one group: the default until stations route lines."""
    return ""


def dish_id(name: str) -> str:
    """What two lines share to count as one dish: the name, without case and surrounding spaces."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class DishCount:
    """One dish across the open orders."""

    id: str
    name: str
    quantity: Decimal
    options: tuple[tuple[str, Decimal], ...]
    """Each option's name and how many of it the dish's lines carry, most first."""
    orders: frozenset[OrderKey]
    """The orders that have the dish (the board highlights them)."""


@dataclass(frozen=True, slots=True)
class StationCounts:
    """The dishes of one kitchen station ("" when there are no stations), most first."""

    station: str
    dishes: tuple[DishCount, ...]


@dataclass(slots=True)
class _Tally:
    name: str
    quantity: Decimal = Decimal(0)
    options: dict[str, tuple[str, Decimal]] = field(default_factory=dict)
    orders: set[OrderKey] = field(default_factory=set)


def count_dishes(orders: Iterable[Order], language: str, station_of: StationOf = no_station,
                 station_order: Sequence[str] = ()) -> tuple[StationCounts, ...]:
    """Count every dish of `orders`, named in `language`, grouped by `station_of`.

    Stations come in `station_order` (the restaurant's), any others after them in name order.
    """
    stations: dict[str, dict[str, _Tally]] = {}
    for order in orders:
        for line in order.lines:
            station = station_of(order, line)
            if station is None:
                continue
            name = line.name_in(language)
            tally = stations.setdefault(station, {}).setdefault(dish_id(name), _Tally(name))
            tally.quantity += line.quantity
            tally.orders.add(order.key)
            for option in line.options:
                option_name = option.name_in(language)
                known = tally.options.get(dish_id(option_name), (option_name, Decimal(0)))
                tally.options[dish_id(option_name)] = (known[0], known[1] + option.quantity * line.quantity)
    return tuple(
        StationCounts(station, tuple(sorted(
            (DishCount(key, t.name, t.quantity,
                       tuple(sorted(t.options.values(), key=lambda o: (-o[1], o[0].casefold()))),
                       frozenset(t.orders))
             for key, t in dishes.items()),
            key=lambda d: (-d.quantity, d.name.casefold()))))
        for station, dishes in sorted(stations.items(), key=lambda item: _place(item[0], station_order)))


def _place(station: str, order: Sequence[str]) -> tuple[int, str]:
    return (order.index(station), "") if station in order else (len(order), station)


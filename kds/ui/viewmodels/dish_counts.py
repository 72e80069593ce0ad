"""The all-day counts panel's model: one row per dish still to cook, under its station's heading.

It counts the orders the kitchen still has to make — the New and Preparing columns, leaving out
cancelled and unreadable orders (nobody cooks them), scheduled orders waiting in Later (not yet)
and Ready or finished ones (made already) — from the board model, and follows the board's
`layout_changed`, which the board emits after every batch of changes it applied.

Once the restaurant has kitchen stations (`StationBoard`), dishes are grouped by the station their
lines are routed to, in the restaurant's order, and a line its station finished (bumped, alone or
with its order) no longer counts. A kitchen station's screen counts only its own lines.

Rows never reorder under a finger: while `held()` is true (the panel's `TapHold`) a recount waits,
and `settle()` applies it. Tapping a dish marks the board's tickets that have it (`BoardModel.set_marked`);
tapping it again clears the mark. The marks follow the counts: a new order with the dish is marked too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex, Qt

from kds.domain.dish_counts import DishCount, StationOf, count_dishes, no_station
from kds.domain.order import Details, Line, Order, OrderKey
from kds.domain.states import Stage
from kds.ui.i18n import current_language
from kds.ui.viewmodels.board import BoardModel
from kds.ui.viewmodels.card import Column, quantity_text
from kds.ui.viewmodels.stations import StationBoard

Index = QModelIndex | QPersistentModelIndex

COUNTED = (Column.NEW, Column.PREPARING)
"""The columns whose tickets the kitchen still has to cook."""


class CountRole(IntEnum):
    """Custom data roles of the counts model."""

    DISH = Qt.ItemDataRole.UserRole + 1  # str: the dish id ("" on a station heading)
    HEADING = Qt.ItemDataRole.UserRole + 2  # bool: a station's heading, not a dish
    MARKED = Qt.ItemDataRole.UserRole + 3  # bool: the board highlights the tickets with this dish
    OPTIONS = Qt.ItemDataRole.UserRole + 4  # str: "+ Extra cheese ×3 · + No onion ×1"
    NAME = Qt.ItemDataRole.UserRole + 5  # str: the dish's name in the screen's language
    COUNT = Qt.ItemDataRole.UserRole + 6  # str: "14", "1.5"


@dataclass(frozen=True, slots=True)
class CountRow:
    """One row: a station's heading (`dish` None) or a dish."""

    station: str
    dish: DishCount | None = None

    @property
    def identity(self) -> tuple[str, str]:
        """What stays the same while only the numbers change."""
        return self.station, self.dish.id if self.dish is not None else ""


def number_text(quantity: Decimal) -> str:
    """A count without the card's "×" after it: "14", "1.5"."""
    return quantity_text(quantity).removesuffix("×")


def count_text(name: str, quantity: Decimal) -> str:
    """A dish and its count: "Fries ×14"."""
    return f"{name} ×{number_text(quantity)}"


class DishCountModel(QAbstractListModel):
    """Dish counts across the open orders of every platform, grouped by kitchen station."""

    def __init__(self, board: BoardModel, *, stations: StationBoard | None = None,
                 station_of: StationOf = no_station, held: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        """Count the tickets of `board`; wait with recounts while `held()`.

        Lines are grouped by the restaurant's routing in `stations` while it has kitchen stations,
        else by `station_of`.
        """
        super().__init__(parent)
        self.board = board
        self.stations = stations
        self.station_of = station_of
        self.held = held
        self.marked: str | None = None
        """The dish whose tickets the board highlights (its id), or None."""
        self.active = False
        self._rows: list[CountRow] = []
        self.pending = False
        """A recount waits for the hold to end."""
        board.layout_changed.connect(self.refresh)

    def set_active(self, active: bool) -> None:
        """Count only while the panel shows (a closed panel costs the board nothing); closing clears the marks."""
        self.active = active
        if active:
            self.refresh(force=True)
        else:
            self.mark(None)

    def rows(self) -> list[CountRow]:
        """The rows as shown."""
        return list(self._rows)

    def dish_rows(self) -> list[DishCount]:
        """The dishes as shown, in order."""
        return [row.dish for row in self._rows if row.dish is not None]

    def row_of(self, dish: str) -> int:
        """The row of dish id `dish`, -1 when absent."""
        return next((i for i, row in enumerate(self._rows) if row.dish is not None and row.dish.id == dish), -1)

    def refresh(self, force: bool = False) -> None:
        """Count again (after the hold, unless `force`), keeping rows whose dish stayed; then mark again."""
        if not self.active:
            return
        if self.held() and not force:
            self.pending = True
            return
        self.pending = False
        tickets = [t for t in self.board.tickets() if self.board.column_of(t.key) in COUNTED
                   and t.status.stage is not Stage.CANCELLED and t.order.details is Details.COMPLETE]
        station_of, station_order = self._routed([t.key for t in tickets])
        groups = count_dishes((t.order for t in tickets), current_language().value, station_of, station_order)
        several = len(groups) > 1 or any(g.station for g in groups)
        rows: list[CountRow] = []
        for group in groups:
            if several:
                rows.append(CountRow(group.station))
            rows.extend(CountRow(group.station, dish) for dish in group.dishes)
        if [r.identity for r in rows] == [r.identity for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0), [])
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        if self.marked is not None and self.row_of(self.marked) < 0:
            self.marked = None
        self._push_marks()

    def _routed(self, keys: list[OrderKey]) -> tuple[StationOf, tuple[str, ...]]:
        """Where each line counts under the restaurant's routing, and its stations' order."""
        board = self.stations
        routing = board.service.routing() if board is not None else None
        if board is None or routing is None or not routing.active:
            return self.station_of, ()
        bumps = board.service.bumps_of_orders(keys)
        only = board.station if board.kitchen else None

        def station_of(order: Order, line: Line) -> str | None:
            station = routing.station_of(line, order.key.platform.value)
            made = bumps.get(order.key, {}).get(station, set())
            if (only is not None and station != only) or "" in made or line.line_id in made:
                return None
            return station

        return station_of, routing.stations

    def settle(self) -> None:
        """The hold is over: apply a recount that waited."""
        if self.pending:
            self.refresh()

    def toggle(self, row: int) -> None:
        """A tap on row `row`: mark its dish's tickets on the board, or clear the mark when it was marked."""
        if not 0 <= row < len(self._rows):
            return
        dish = self._rows[row].dish
        if dish is None:
            return
        self.mark(None if self.marked == dish.id else dish.id)

    def mark(self, dish: str | None) -> None:
        """Highlight the tickets that have dish id `dish` (None: none)."""
        before = self.row_of(self.marked) if self.marked is not None else -1
        self.marked = dish
        after = self.row_of(dish) if dish is not None else -1
        for row in {before, after} - {-1}:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0), [CountRole.MARKED])
        self._push_marks()

    def marked_orders(self) -> frozenset[OrderKey]:
        """The tickets that have the marked dish."""
        row = self.row_of(self.marked) if self.marked is not None else -1
        dish = self._rows[row].dish if row >= 0 else None
        return dish.orders if dish is not None else frozenset()

    def _push_marks(self) -> None:
        self.board.set_marked(self.marked_orders())

    # -- QAbstractListModel --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        """Number of rows (none under an item: a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Dishes can be tapped; headings cannot."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        return Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsSelectable if row.dish is not None
                                            else Qt.ItemFlag.NoItemFlags)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A row's text, dish id, heading flag, mark and options."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        dish = row.dish
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if dish is None:
                return row.station
            options = self.data(index, CountRole.OPTIONS)
            return count_text(dish.name, dish.quantity) + (f"\n{options}" if options else "")
        if role == CountRole.DISH:
            return dish.id if dish is not None else ""
        if role == CountRole.HEADING:
            return dish is None
        if role == CountRole.MARKED:
            return dish is not None and dish.id == self.marked
        if role == CountRole.NAME:
            return dish.name if dish is not None else row.station
        if role == CountRole.COUNT:
            return number_text(dish.quantity) if dish is not None else ""
        if role == CountRole.OPTIONS:
            if dish is None:
                return ""
            return " · ".join(f"+ {count_text(name, quantity)}" for name, quantity in dish.options)
        return None

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        """Role names (QML, the model tester)."""
        names = dict(super().roleNames())
        names.update({CountRole.DISH: QByteArray(b"dish"), CountRole.HEADING: QByteArray(b"heading"),
                      CountRole.MARKED: QByteArray(b"marked"), CountRole.OPTIONS: QByteArray(b"options"),
                      CountRole.NAME: QByteArray(b"name"), CountRole.COUNT: QByteArray(b"count")})
        return names

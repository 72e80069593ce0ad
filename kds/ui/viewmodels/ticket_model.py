"""One board column as a list model: the keys of its tickets, kept in the column's sort order.

The model holds keys only; the `BoardModel` owns tickets, cards and clocks and is the only one
that inserts, removes or refreshes rows. Rows are inserted at their sorted place, so the views
keep their scroll position when a ticket arrives or leaves. The model reads a ticket's data through
`TicketSource`, which the board satisfies, so this module never imports the board's.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex, Qt

from kds.domain.deadlines import ClockKind, Urgency
from kds.domain.order import OrderKey
from kds.services.orders import Ticket
from kds.ui.viewmodels.card import CardData, Column

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Custom data roles of the board's models."""

    CARD = Qt.ItemDataRole.UserRole + 1  # CardData
    TICKET = Qt.ItemDataRole.UserRole + 2  # services Ticket
    CLOCK = Qt.ItemDataRole.UserRole + 3  # DisplayClock
    CLOCK_TEXT = Qt.ItemDataRole.UserRole + 4  # str, e.g. "04:59"
    KEY = Qt.ItemDataRole.UserRole + 5  # str(OrderKey)
    NUMBER = Qt.ItemDataRole.UserRole + 6  # int: the bump-bar number


@dataclass(frozen=True, slots=True)
class DisplayClock:
    """The clock a card paints: caption, text and urgency, at the last tick."""

    kind: ClockKind
    caption: str
    text: str
    urgency: Urgency = Urgency.CALM
    pulse: bool = False  # critical clocks blink with the ticker (on even seconds)


class TicketSource(Protocol):
    """What a column reads of its board (`BoardModel` is one): everything about a ticket but its row."""

    def ticket(self, key: OrderKey) -> Ticket | None:
        """The ticket, or None."""
        ...

    def card(self, key: OrderKey) -> CardData | None:
        """The ticket's card, or None."""
        ...

    def display_clock(self, key: OrderKey) -> DisplayClock:
        """The clock the card paints, at the last tick."""
        ...

    def accessible_text(self, key: OrderKey) -> str:
        """The ticket read out as one line."""
        ...

    def number_of(self, key: OrderKey) -> int:
        """The ticket's bump-bar number."""
        ...


class TicketListModel(QAbstractListModel):
    """The tickets of one column."""

    def __init__(self, board: TicketSource, column: Column, parent: QObject | None = None) -> None:
        """A column of `board`."""
        super().__init__(parent)
        self.board = board
        self.column = column
        self._keys: list[OrderKey] = []
        self._sort: list[tuple[Any, ...]] = []
        self._rows: dict[OrderKey, int] | None = None

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name and default
        """Number of tickets (a list model has no children)."""
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The ticket's data for `role`."""
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._keys):
            return None
        return self.key_data(self._keys[index.row()], role)

    def key_data(self, key: OrderKey, role: int) -> Any:
        """The data of ticket `key` for `role` (also what a view's held copy of the column reads)."""
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return self.board.accessible_text(key)
        if role == Role.CARD:
            return self.board.card(key)
        if role == Role.TICKET:
            return self.board.ticket(key)
        if role == Role.CLOCK:
            return self.board.display_clock(key)
        if role == Role.CLOCK_TEXT:
            return self.board.display_clock(key).text
        if role == Role.KEY:
            return str(key)
        if role == Role.NUMBER:
            return self.board.number_of(key)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Tickets are enabled; selection and editing are the board's own business."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        """Role names, for QML or debugging."""
        names = dict(super().roleNames())
        for role in Role:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    # -- for the board -----------------------------------------------------------------------

    def order_keys(self) -> list[OrderKey]:
        """The column's keys, top to bottom."""
        return list(self._keys)

    def row_of(self, key: OrderKey) -> int:
        """The row of `key`, or -1."""
        if self._rows is None:
            self._rows = {k: i for i, k in enumerate(self._keys)}
        return self._rows.get(key, -1)

    def sort_key_at(self, row: int) -> tuple[Any, ...]:
        """The sort key the row was inserted with."""
        return self._sort[row]

    def insert(self, key: OrderKey, sort: tuple[Any, ...]) -> int:
        """Insert `key` at its sorted place; returns the row."""
        row = bisect.bisect_right(self._sort, sort)
        self.beginInsertRows(QModelIndex(), row, row)
        self._keys.insert(row, key)
        self._sort.insert(row, sort)
        self._rows = None
        self.endInsertRows()
        return row

    def remove(self, key: OrderKey) -> None:
        """Remove `key` if present."""
        row = self.row_of(key)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._keys[row]
        del self._sort[row]
        self._rows = None
        self.endRemoveRows()

    def fits(self, key: OrderKey, sort: tuple[Any, ...]) -> bool:
        """True when `key`, already in the column, may keep its row with the new sort key."""
        row = self.row_of(key)
        if row < 0:
            return False
        before_ok = row == 0 or self._sort[row - 1] <= sort
        after_ok = row == len(self._sort) - 1 or sort <= self._sort[row + 1]
        return before_ok and after_ok

    def refresh(self, key: OrderKey, sort: tuple[Any, ...]) -> None:
        """The ticket's content changed but not its place."""
        row = self.row_of(key)
        if row < 0:
            return
        self._sort[row] = sort
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [])

    def clocks_changed(self) -> None:
        """Every clock moved on (one signal for the whole column, not one per ticket)."""
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, 0),
                                  [Role.CLOCK, Role.CLOCK_TEXT])

    def numbers_changed(self) -> None:
        """The bump-bar numbers moved (a ticket arrived or left an earlier column)."""
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, 0), [Role.NUMBER])

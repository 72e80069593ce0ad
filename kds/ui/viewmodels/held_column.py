"""A column as its view shows it: the `TicketListModel`'s rows, except that they can be held still.

While `held()` is true (a finger is on the board, or just lifted) the copy keeps its rows and the
cards they showed, so nothing moves under the finger; clocks still tick. `settle()` then catches up
with the column in one step: rows that left are removed, new ones inserted at their places (a
reset only when the order of the remaining rows changed), and every card is laid out again.
Otherwise it follows the column row for row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kds.domain.order import OrderKey
from kds.ui.viewmodels.card import CardData, Column
from kds.ui.viewmodels.ticket_model import Role, TicketListModel

Index = QModelIndex | QPersistentModelIndex

CLOCK_ROLES = frozenset({int(Role.CLOCK), int(Role.CLOCK_TEXT), int(Role.NUMBER)})
"""Roles whose change never alters a card's size."""


class HeldColumn(QAbstractListModel):
    """The rows of `source`, held still while `held()` says so."""

    def __init__(self, source: TicketListModel, held: Callable[[], bool], parent: QObject | None = None) -> None:
        """Follow `source`; hold its rows while `held()`."""
        super().__init__(parent)
        self.source = source
        self.column: Column = source.column
        self.held = held
        self._keys: list[OrderKey] = source.order_keys()
        self._rows: dict[OrderKey, int] | None = None  # row of each key, rebuilt after a change
        self._cards: dict[OrderKey, CardData | None] | None = None  # the cards shown when the hold began
        self._shown: dict[OrderKey, CardData | None] = {}  # the card the view last read for each key
        self._stale = False
        source.rowsAboutToBeInserted.connect(self._about_to_insert)
        source.rowsInserted.connect(self._inserted)
        source.rowsAboutToBeRemoved.connect(self._about_to_remove)
        source.rowsRemoved.connect(self._removed)
        source.modelAboutToBeReset.connect(self._about_to_reset)
        source.modelReset.connect(self._reset)
        source.dataChanged.connect(self._data_changed)

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name and default
        """Rows shown (a list model has no children)."""
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The source's data for the ticket shown in the row; while held, the card as it was."""
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._keys):
            return None
        key = self._keys[index.row()]
        if role != Role.CARD:
            return self.source.key_data(key, role)
        if self._cards is not None and key in self._cards:
            return self._cards[key]
        card = self.source.key_data(key, role)
        self._shown[key] = card
        return card

    def flags(self, index: Index) -> Qt.ItemFlag:
        """As the source's."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    # -- for the view ------------------------------------------------------------------------

    def order_keys(self) -> list[OrderKey]:
        """The keys shown, top to bottom."""
        return list(self._keys)

    def row_of(self, key: OrderKey) -> int:
        """The row showing `key`, or -1."""
        if self._rows is None:
            self._rows = {k: i for i, k in enumerate(self._keys)}
        return self._rows.get(key, -1)

    @property
    def holding(self) -> bool:
        """True while changes of the column wait."""
        return self._cards is not None

    def settle(self) -> None:
        """Catch up with the column now (the hold is over)."""
        if self._cards is None:
            return
        frozen, self._cards = self._cards, None
        stale, self._stale = self._stale, False
        if stale:
            self._catch_up(self.source.order_keys())
        shown = set(self._keys)
        self._shown = {key: card for key, card in self._shown.items() if key in shown}
        changed = [row for row, key in enumerate(self._keys)
                   if key not in frozen or frozen[key] is not self.source.board.card(key)]
        if changed:  # laid out again (the view relays out for a change without roles)
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), 0), [])

    # -- following the source ----------------------------------------------------------------

    def _hold(self) -> bool:
        """True when a change of the source must wait (starting the hold if it just began)."""
        if self._cards is None and self.held():
            # What the view painted, not the board's newest: a card that just changed keeps its old face.
            self._cards = {key: self._shown[key] if key in self._shown else self.source.board.card(key)
                           for key in self._keys}
        if self._cards is not None:
            self._stale = True
            return True
        return False

    def _about_to_insert(self, _parent: Index, first: int, last: int) -> None:
        if not self._hold():
            self.beginInsertRows(QModelIndex(), first, last)

    def _inserted(self, _parent: Index, first: int, last: int) -> None:
        if self._cards is None:
            self._keys, self._rows = self.source.order_keys(), None
            self.endInsertRows()

    def _about_to_remove(self, _parent: Index, first: int, last: int) -> None:
        if not self._hold():
            self.beginRemoveRows(QModelIndex(), first, last)

    def _removed(self, _parent: Index, first: int, last: int) -> None:
        if self._cards is None:
            self._keys, self._rows = self.source.order_keys(), None
            self.endRemoveRows()

    def _about_to_reset(self) -> None:
        if not self._hold():
            self.beginResetModel()

    def _reset(self) -> None:
        if self._cards is None:
            self._keys, self._rows = self.source.order_keys(), None
            self.endResetModel()

    def _data_changed(self, top: Index, bottom: Index, roles: Sequence[int] = ()) -> None:
        if roles and set(roles) <= CLOCK_ROLES:
            if self._keys:  # clocks tick on, held or not: a clock never changes a card's size
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, 0), list(roles))
            return
        if self._hold():
            return
        self.dataChanged.emit(self.index(top.row(), 0), self.index(bottom.row(), 0), list(roles))

    def _catch_up(self, keys: list[OrderKey]) -> None:
        """Turn the rows shown into `keys` with removals and insertions (a reset if the order changed)."""
        wanted = set(keys)
        for row in range(len(self._keys) - 1, -1, -1):
            if self._keys[row] not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._keys[row]
                self._rows = None
                self.endRemoveRows()
        kept = set(self._keys)
        if [k for k in keys if k in kept] != self._keys:
            self.beginResetModel()
            self._keys, self._rows = list(keys), None
            self.endResetModel()
            return
        for row, key in enumerate(keys):
            if row >= len(self._keys) or self._keys[row] != key:
                self.beginInsertRows(QModelIndex(), row, row)
                self._keys.insert(row, key)
                self._rows = None
                self.endInsertRows()

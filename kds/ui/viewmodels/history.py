"""Today's finished and cancelled orders, searchable by display id, customer or item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kds.domain.order import OrderKey, Platform
from kds.domain.states import Stage
from kds.services.orders import OrderService, Ticket
from kds.ui import wording
from kds.ui.i18n import current_language
from kds.ui.viewmodels.card import badge, quantity_text, shown_id
from kds.ui.viewmodels.ticket_model import Role

Index = QModelIndex | QPersistentModelIndex

FINISHED = (Stage.OUT, Stage.DONE, Stage.CANCELLED)


def start_of_day(now: datetime) -> datetime:
    """Local midnight of `now`'s day, in UTC (the store compares ISO strings of UTC times)."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def history_line(ticket: Ticket, *, store: bool = False) -> str:
    """One order in the history list; `store`: name its store (its platform serves several)."""
    order, status = ticket.order, ticket.status
    if status.stage is Stage.CANCELLED:
        when = wording.local_time(status.cancelled_at)
    else:
        when = wording.local_time(status.done_at or status.out_at)
    language = current_language().value
    items = ", ".join(f"{quantity_text(line.quantity)} {line.name_in(language)}" for line in order.lines)
    who = order.customer.first_name
    head = f"#{shown_id(order)} · {badge(ticket, store=store)} · {wording.status_word(status)} {when}"
    return f"{head}{' · ' + who if who else ''}\n{items}"


class HistoryModel(QAbstractListModel):
    """The rows of the history panel."""

    def __init__(self, orders: OrderService, parent: QObject | None = None, *,
                 names_store: Callable[[Platform], bool] | None = None) -> None:
        """Read history from `orders`; `names_store(platform)`: its orders name their store."""
        super().__init__(parent)
        self.orders = orders
        self.names_store = names_store or (lambda _platform: False)
        self._rows: list[Ticket] = []
        self.query = ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name and default
        """Number of orders shown."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text of the order, or its key."""
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ticket = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return history_line(ticket, store=self.names_store(ticket.key.platform))
        if role == Role.KEY:
            return str(ticket.key)
        if role == Role.TICKET:
            return ticket
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows can be tapped (selected) but not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def key_at(self, row: int) -> OrderKey | None:
        """The order in `row`."""
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def search(self, query: str, now: datetime) -> None:
        """Show today's finished orders matching `query` (display id, customer first name or item)."""
        self.query = query
        tickets = [t for t in self.orders.history(start_of_day(now), query) if t.status.stage in FINISHED]
        self.beginResetModel()
        self._rows = tickets
        self.endResetModel()

"""What the day's report reads from the store: the orders received in a period and the store controls."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kds.domain.order import Order
from kds.domain.states import OrderStatus
from kds.domain.store_control import StoreControl
from kds.store.codec import loads
from kds.store.db import Database
from kds.store.store_controls import StoreControlRepository

_BEGINNING = datetime(2000, 1, 1, tzinfo=UTC)
"""Before any store control: the report reads every control up to its end (a pause may have begun days before)."""


class ReportRepository:
    """Reads the orders and controls of a period (plain SQL, the same on every store engine)."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    def orders_received(self, start: datetime, end: datetime) -> list[tuple[Order, OrderStatus]]:
        """The orders created from `start` to `end` (excluded), oldest first, with their status."""
        # Stored times are ISO text with their offset, compared as text: a day of margin covers any
        # offset, and the period itself is applied to the parsed times.
        rows = self.db.conn.execute(
            "SELECT content, status FROM orders WHERE created_at >= ? AND created_at < ? ORDER BY created_at",
            ((start - timedelta(days=1)).isoformat(), (end + timedelta(days=1)).isoformat())).fetchall()
        result = []
        for row in rows:
            order = loads(Order, row[0])
            if start <= order.created_at < end:
                result.append((order, loads(OrderStatus, row[1])))
        return result

    def controls_until(self, end: datetime) -> list[StoreControl]:
        """Every store control that took effect before `end`, oldest first."""
        return StoreControlRepository(self.db).history(_BEGINNING, end)

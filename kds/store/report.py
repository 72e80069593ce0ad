"""What the day's report reads from the store: the orders received in a period and the store controls."""

from __future__ import annotations

import json
import typing
from datetime import UTC, datetime, timedelta

from kds.domain.events import EventKind
from kds.domain.order import Order
from kds.domain.report import ReportOrder
from kds.domain.states import OrderStatus
from kds.domain.store_control import StoreControl
from kds.store.codec import from_data, loads
from kds.store.db import Database
from kds.store.store_controls import StoreControlRepository

_TIMED = {EventKind.ACCEPTED.value: "accepted", EventKind.PREPARING.value: "accepted",
          EventKind.READY.value: "ready"}
"""The journal's kinds whose first time the report needs, and which time each gives."""

_BEGINNING = datetime(2000, 1, 1, tzinfo=UTC)
"""Before any store control: the report reads every control up to its end (a pause may have begun days before)."""


_LEFT_OUT = ("fees", "discounts", "payments", "customer", "address")
"""Parts of an order's content the report never reads: not decoded (a day of 2,000 orders reads in a
fraction of the time, and no customer's name or address is in memory for it)."""


def _figures_only(content: str) -> Order:
    """The stored order without its lines, fees, payments and customer: what the report needs of it."""
    data = json.loads(content)
    for name in _LEFT_OUT:
        data.pop(name, None)
    data["lines"] = []
    return typing.cast(Order, from_data(Order, data))


class ReportRepository:
    """Reads the orders and controls of a period (plain SQL, the same on every store engine)."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    def orders_received(self, start: datetime, end: datetime) -> list[ReportOrder]:
        """The orders created from `start` to `end` (excluded), oldest first, with their status.

        Each order comes without its lines, fees, payments and customer (`_figures_only`).

        And the times of their first accepting and ready events, from the journal.
        """
        # Stored times are ISO text with their offset, compared as text: a day of margin covers any
        # offset, and the period itself is applied to the parsed times.
        window = ((start - timedelta(days=1)).isoformat(), (end + timedelta(days=1)).isoformat())
        rows = self.db.conn.execute(
            "SELECT content, status FROM orders WHERE created_at >= ? AND created_at < ? ORDER BY created_at",
            window).fetchall()
        firsts: dict[tuple[str, str, str], datetime] = {}
        events = self.db.conn.execute(
            "SELECT e.platform, e.order_id, e.kind, e.created_at FROM events e JOIN orders o"
            " ON o.platform = e.platform AND o.order_id = e.order_id"
            " WHERE o.created_at >= ? AND o.created_at < ? AND e.kind IN (?, ?, ?)",
            (*window, *_TIMED)).fetchall()
        for platform, order_id, kind, created_at in events:
            ident = (platform, order_id, _TIMED[kind])
            when = datetime.fromisoformat(created_at)
            if ident not in firsts or when < firsts[ident]:
                firsts[ident] = when
        result = []
        for row in rows:
            order = _figures_only(row[0])
            if start <= order.created_at < end:
                platform, order_id = order.key.platform.value, order.key.order_id
                result.append(ReportOrder(order, loads(OrderStatus, row[1]),
                                          firsts.get((platform, order_id, "accepted")),
                                          firsts.get((platform, order_id, "ready"))))
        return result

    def controls_until(self, end: datetime) -> list[StoreControl]:
        """Every store control that took effect before `end`, oldest first."""
        return StoreControlRepository(self.db).history(_BEGINNING, end)

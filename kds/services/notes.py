"""What a status change means for listeners: new, accepted, cancelled, refunded, rider arrived."""

from __future__ import annotations

from kds.domain.changes import Changes
from kds.domain.events import OrderEvent
from kds.domain.order import OrderKey
from kds.domain.states import OrderStatus, Stage


class ChangeNotes:
    """Collects what one ingest changed, then builds a single `Changes`."""

    def __init__(self) -> None:
        self.orders: set[OrderKey] = set()
        self.new: set[OrderKey] = set()
        self.accepted: set[OrderKey] = set()
        self.cancelled: set[OrderKey] = set()
        self.refunded: set[OrderKey] = set()
        self.refunds: set[OrderKey] = set()
        self.riders: set[OrderKey] = set()
        self.unreadable: set[OrderKey] = set()

    def add(self, key: OrderKey, before: OrderStatus | None, after: OrderStatus, events: list[OrderEvent]) -> None:
        """Note that `key` went from `before` (None: new to us) to `after`."""
        self.orders.add(key)
        if before is None and after.stage is Stage.NEW:
            self.new.add(key)
        if after.accepted_at is not None and (before is None or before.accepted_at is None):
            self.accepted.add(key)
        if after.stage is Stage.CANCELLED and (before is None or before.stage is not Stage.CANCELLED):
            self.cancelled.add(key)
        if after.refunded is not None and before is not None and after.refunded != before.refunded \
                and after.refund_outcome == before.refund_outcome:
            self.refunded.add(key)  # the amount grew without a customer request being answered: partial refund
        if after.refund_request is not None and (before is None or before.refund_request is None):
            self.refunds.add(key)
        if before is not None and after.rider is not None and after.rider != before.rider \
                and after.rider.status == "arrived":
            self.riders.add(key)

    def changes(self) -> Changes:
        """Everything noted, as one `Changes`."""
        return Changes(orders=frozenset(self.orders), new_orders=frozenset(self.new),
                       accepted=frozenset(self.accepted), cancelled=frozenset(self.cancelled),
                       refunded=frozenset(self.refunded), refund_requests=frozenset(self.refunds),
                       rider_arrived=frozenset(self.riders), unreadable=frozenset(self.unreadable))

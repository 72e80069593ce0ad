"""Connects order changes to the print queue: kitchen tickets on confirm (or arrival), stop slips on
cancellation, refund slips on partial refunds. The queue's ledger makes each print happen once."""

from __future__ import annotations

import logging
from typing import Protocol

from kds.domain.changes import Changes
from kds.domain.events import EventKind, RefundItem
from kds.domain.money import Money
from kds.domain.order import Order, OrderKey
from kds.domain.states import OrderStatus, Stage
from kds.services.bus import ChangeBus
from kds.store.orders import OrderRepository

log = logging.getLogger(__name__)


class PrintTarget(Protocol):
    """What the bridge needs of `kds.printing.queue.PrintQueue`."""

    def order_arrived(self, order: Order, revision: str = "1") -> Changes:
        """Print on arrival where configured."""
        ...

    def order_confirmed(self, order: Order, revision: str = "1") -> Changes:
        """Print on confirmation where configured."""
        ...

    def order_cancelled(self, order: Order, status: OrderStatus | None = None) -> Changes:
        """Print a stop slip if the kitchen got a ticket."""
        ...

    def order_refunded(self, order: Order, items: list[RefundItem], refunded: Money | None, *,
                       reference: str, reason: str = "") -> Changes:
        """Print a refund slip once per `reference`."""
        ...


class PrintBridge:
    """Subscribes to the change bus and asks the print queue for the documents each change calls for."""

    def __init__(self, orders: OrderRepository, queue: PrintTarget, bus: ChangeBus) -> None:
        """Listen on `bus`; read orders from `orders`; print through `queue`."""
        self.orders = orders
        self.queue = queue
        self.bus = bus
        self._unsubscribe = bus.subscribe(self.on_changes)

    def close(self) -> None:
        """Stop listening."""
        self._unsubscribe()

    def catch_up(self) -> None:
        """After a start: ask for the documents of every open order (printed ones are skipped by the ledger).

        A crash between storing an accepted order and queueing its ticket would otherwise lose the
        ticket: the change that triggers it is not replayed.
        """
        for stored in self.orders.open_orders():
            self._print_for(stored.order.key, stored.order, stored.status, arrived=True,
                            accepted=stored.status.accepted_at is not None)

    def on_changes(self, changes: Changes) -> None:
        """Bus listener."""
        for key in changes.new_orders | changes.accepted | changes.cancelled | changes.refunded:
            stored = self.orders.get(key)
            if stored is None:
                continue
            try:
                self._print_for(key, stored.order, stored.status, arrived=key in changes.new_orders,
                                accepted=key in changes.accepted, cancelled=key in changes.cancelled,
                                refunded=key in changes.refunded)
            except Exception:  # printing trouble must never break order handling; the queue shows it
                log.exception("could not queue the documents of %s", key)

    def _print_for(self, key: OrderKey, order: Order, status: OrderStatus, *, arrived: bool = False,
                   accepted: bool = False, cancelled: bool = False, refunded: bool = False) -> None:
        if order.placeholder:
            return  # nothing to print yet; the order is told again once its details are read
        if status.stage is Stage.CANCELLED:
            if cancelled:
                self.queue.order_cancelled(order, status)
            return
        if arrived:
            self.queue.order_arrived(order)
        if accepted:
            self.queue.order_confirmed(order)
        if refunded:
            self._refund_slip(key, order)

    def _refund_slip(self, key: OrderKey, order: Order) -> None:
        refunds = [e for e in self.orders.events_for(key) if e.kind is EventKind.PARTIAL_REFUND]
        if not refunds:
            return
        last = refunds[-1]
        items = list(last.refund.items) if last.refund is not None else []
        self.queue.order_refunded(order, items, last.amount, reference=last.event_id, reason=last.reason)

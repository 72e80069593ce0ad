"""Connects order changes to the print queue.

Kitchen tickets on confirm (as soon as the platform took our Confirm, or on its ACCEPTED event) or on
arrival, stop slips on cancellation, refund slips on partial refunds, delivery slips when our rider
takes an order. The queue's ledger makes each print happen once.

The receipt of a self-delivery order shows the customer's phone and address, which are decrypted
only after the order is accepted (`kds.services.contacts`): its receipt waits until they are read
(or given up on, `Changes.contacts`) and then prints with them; the kitchen ticket never waits.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from kds.domain.actions import RIDER_ACTIONS, Action
from kds.domain.changes import Changes
from kds.domain.contact import needs_decryption, with_contact
from kds.domain.events import EventKind, RefundItem
from kds.domain.money import Money
from kds.domain.numbers import with_number_tag
from kds.domain.order import Order, OrderKey
from kds.domain.riders import Rider
from kds.domain.states import OrderStatus, Stage
from kds.printing.document import DocKind
from kds.services.bus import ChangeBus
from kds.store.contacts import ContactRepository
from kds.store.orders import OrderRepository
from kds.store.outbox import ActionState, OutboxRepository

ALL = (DocKind.KITCHEN, DocKind.RECEIPT)

log = logging.getLogger(__name__)


class PrintTarget(Protocol):
    """What the bridge needs of `kds.printing.queue.PrintQueue`."""

    def order_arrived(self, order: Order, revision: str = "1", kinds: Sequence[DocKind] = ALL) -> Changes:
        """Print `kinds` on arrival where configured."""
        ...

    def order_confirmed(self, order: Order, revision: str = "1", kinds: Sequence[DocKind] = ALL) -> Changes:
        """Print `kinds` on confirmation where configured."""
        ...

    def contact_read(self, order: Order, revision: str = "1") -> Changes:
        """Print the receipt held back for a self-delivery order's contact."""
        ...

    def order_dispatched(self, order: Order, rider: Rider | None, *, reference: str) -> Changes:
        """Print a delivery slip once per `reference`."""
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
        self.contacts = ContactRepository(orders.db)
        self.outbox = OutboxRepository(orders.db)
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
        stored_orders = self.orders.open_orders()
        tags = self.orders.number_tags([s.order for s in stored_orders])
        for stored in stored_orders:
            accepted = stored.status.accepted_at is not None
            order = with_number_tag(stored.order, tags.get(stored.order.key, ""))
            self._print_for(stored.order.key, order, stored.status, arrived=True, accepted=accepted,
                            contact=accepted)

    def on_changes(self, changes: Changes) -> None:
        """Bus listener."""
        if self.orders.db.shared:
            self._elsewhere(changes)
        for key in changes.new_orders | changes.accepted | changes.cancelled | changes.refunded | changes.contacts:
            stored = self.orders.get(key)
            if stored is None:
                continue
            try:
                self._print_for(key, self._numbered(stored.order), stored.status, arrived=key in changes.new_orders,
                                accepted=key in changes.accepted, cancelled=key in changes.cancelled,
                                refunded=key in changes.refunded, contact=key in changes.contacts)
            except Exception:  # printing trouble must never break order handling; the queue shows it
                log.exception("could not queue the documents of %s", key)
        for action_id in sorted(changes.actions):
            try:
                self._confirmed(action_id)
                self._delivery_slip(action_id)
            except Exception:
                log.exception("could not queue the documents of action %s", action_id)

    def _elsewhere(self, changes: Changes) -> None:
        """Orders another station changed (the shared store's feed says which, not how): print what they call for.

        As after a start (`catch_up`), from what is stored: the ledger's keys make each document print
        once, whichever station heard of the change first.
        """
        told = changes.new_orders | changes.accepted | changes.cancelled | changes.refunded | changes.contacts
        for key in sorted(changes.orders - told, key=str):
            stored = self.orders.get(key)
            if stored is None:
                continue
            accepted = stored.status.accepted_at is not None
            try:
                self._print_for(key, self._numbered(stored.order), stored.status, arrived=True, accepted=accepted,
                                cancelled=stored.status.stage is Stage.CANCELLED, contact=accepted)
            except Exception:  # printing trouble must never break order handling; the queue shows it
                log.exception("could not queue the documents of %s", key)

    def _print_for(self, key: OrderKey, order: Order, status: OrderStatus, *, arrived: bool = False,
                   accepted: bool = False, cancelled: bool = False, refunded: bool = False,
                   contact: bool = False) -> None:
        if order.placeholder:
            return  # nothing to print yet; the order is told again once its details are read
        if status.stage is Stage.CANCELLED:
            if cancelled:
                self.queue.order_cancelled(order, status)
            return
        record = self.contacts.get(key)
        waiting = needs_decryption(order) and (record is None or not record.contact.settled)
        kinds = (DocKind.KITCHEN,) if waiting else ALL
        shown = with_contact(order, record.contact if record is not None else None)
        if arrived:
            self.queue.order_arrived(shown, kinds=kinds)
        if accepted:
            self.queue.order_confirmed(shown, kinds=kinds)
        if contact and not waiting and record is not None:
            self.queue.contact_read(shown)
        if refunded:
            self._refund_slip(key, order)

    def _confirmed(self, action_id: int) -> None:
        """The platform took our Confirm: print now, not at the next poll (its ACCEPTED event finds it printed)."""
        record = self.outbox.get(action_id)
        if record is None or record.action is not Action.CONFIRM or record.state is not ActionState.DONE:
            return
        stored = self.orders.get(record.key)
        if stored is not None and stored.status.stage is not Stage.CANCELLED:
            self._print_for(record.key, stored.order, stored.status, accepted=True)

    def _delivery_slip(self, action_id: int) -> None:
        """A Dispatch or Change rider was tapped: the rider gets a slip (once per action)."""
        record = self.outbox.get(action_id)
        if record is None or record.action not in RIDER_ACTIONS or record.state is ActionState.UNDONE:
            return
        stored = self.orders.get(record.key)
        if stored is None or stored.status.stage is Stage.CANCELLED:
            return
        contact = self.contacts.get(record.key)
        shown = with_contact(self._numbered(stored.order), contact.contact if contact is not None else None)
        rider = Rider.from_extra(record.params.get("extra", {}))
        self.queue.order_dispatched(shown, rider, reference=f"action-{record.id}")

    def _numbered(self, order: Order) -> Order:
        """`order` with its number as the board shows it (`kds.domain.numbers`): the paper must match the card."""
        return with_number_tag(order, self.orders.number_tags([order]).get(order.key, ""))

    def _refund_slip(self, key: OrderKey, order: Order) -> None:
        refunds = [e for e in self.orders.events_for(key) if e.kind is EventKind.PARTIAL_REFUND]
        if not refunds:
            return
        last = refunds[-1]
        items = list(last.refund.items) if last.refund is not None else []
        self.queue.order_refunded(order, items, last.amount, reference=last.event_id, reason=last.reason)

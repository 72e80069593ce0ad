"""What a service operation changed, so that views can refresh exactly that (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kds.domain.order import OrderKey, Platform


@dataclass(frozen=True, slots=True)
class Changes:
    """The result of a service operation: which orders, actions, platforms and print jobs changed."""

    orders: frozenset[OrderKey] = frozenset()
    new_orders: frozenset[OrderKey] = frozenset()
    accepted: frozenset[OrderKey] = frozenset()  # accepted (here or on the platform) since the last look
    cancelled: frozenset[OrderKey] = frozenset()
    refunded: frozenset[OrderKey] = frozenset()  # a merchant partial refund went through
    refund_requests: frozenset[OrderKey] = frozenset()
    actions: frozenset[int] = frozenset()
    platforms: frozenset[Platform] = frozenset()
    print_jobs: frozenset[int] = frozenset()
    rider_arrived: frozenset[OrderKey] = frozenset()
    unreadable: frozenset[OrderKey] = frozenset()  # KDS gave up reading these orders' details
    contacts: frozenset[OrderKey] = frozenset()  # a self-delivery order's contact was read (or given up on)
    store: frozenset[Platform] = frozenset()  # a store control (pause, busy, sold out) changed there
    settings: frozenset[str] = frozenset()  # the restaurant's settings another station saved (their store keys)
    notes: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.orders or self.actions or self.platforms or self.print_jobs or self.notes or self.store
                    or self.settings)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            orders=self.orders | other.orders,
            new_orders=self.new_orders | other.new_orders,
            accepted=self.accepted | other.accepted,
            cancelled=self.cancelled | other.cancelled,
            refunded=self.refunded | other.refunded,
            refund_requests=self.refund_requests | other.refund_requests,
            actions=self.actions | other.actions,
            platforms=self.platforms | other.platforms,
            print_jobs=self.print_jobs | other.print_jobs,
            rider_arrived=self.rider_arrived | other.rider_arrived,
            unreadable=self.unreadable | other.unreadable,
            contacts=self.contacts | other.contacts,
            store=self.store | other.store,
            settings=self.settings | other.settings,
            notes=self.notes + other.notes,
        )

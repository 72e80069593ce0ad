"""The closing sweep: orders the platform finished by itself leave the open columns on their own.

A platform ends an order whatever happens at its final time (Keeta: 4 h), and completes a pickup
order nobody marked collected. When its word never reaches us (a lost CONCLUDED, a refund request
never answered, a placeholder whose details could never be read), the order would stay open on the
board forever. The sweep journals KDS's own closing event for it (`closing_event`: a deterministic
id, so a restart never journals it twice; an empty raw payload, so it is never acknowledged to the
platform), folds, saves and tells the listeners like every other change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime

from kds.clock import Clock
from kds.domain.actions import PlatformPolicy
from kds.domain.changes import Changes
from kds.domain.deadlines import platform_closing
from kds.domain.events import Closing, RawEvent, closing_event
from kds.domain.order import Platform
from kds.domain.states import fold
from kds.services.bus import ChangeBus
from kds.services.notes import ChangeNotes
from kds.store.db import Database
from kds.store.orders import OrderRepository, StoredOrder

log = logging.getLogger(__name__)

LOOKS_PER_WINDOW = 60
"""How often the sweep looks within the shortest closing window: every minute of Keeta's hour (scaled
with it in demos). The sweep also wakes exactly at the next closing it knows of."""

LONGEST_WAIT = 60.0
"""The sweep looks at least once a minute (a 4 h window alone would give one look in 4 minutes)."""


def sweep_cadence(policies: Mapping[Platform, PlatformPolicy]) -> float | None:
    """Seconds between two looks for new orders to watch; None when no platform closes orders by itself."""
    windows = [w for p in policies.values() for w in (p.final_after, p.pickup_auto_complete) if w is not None]
    if not windows:
        return None
    return min(LONGEST_WAIT, min(windows).total_seconds() / LOOKS_PER_WINDOW)


class ClosingSweep:
    """Closes the open orders whose platform finished them by itself."""

    def __init__(self, db: Database, clock: Clock, bus: ChangeBus, policies: Mapping[Platform, PlatformPolicy],
                 now: Callable[[Platform], datetime]) -> None:
        """Sweep `db`'s open orders; `now(platform)` is the platform's clock (ours corrected by its offset)."""
        self.db = db
        self.orders = OrderRepository(db)
        self.clock = clock
        self.bus = bus
        self.policies = dict(policies)
        self.now = now
        self.cadence = sweep_cadence(self.policies)

    def sweep(self) -> tuple[Changes, float | None]:
        """Close every open order past its platform's closing time.

        Returns what changed and the seconds until the next closing due among the orders still open (None:
        none known).
        """
        due: list[tuple[StoredOrder, datetime, Closing]] = []
        next_in: float | None = None
        for stored in self.orders.open_orders():
            key = stored.order.key
            policy = self.policies.get(key.platform)
            found = platform_closing(stored.order, stored.status, policy) if policy is not None else None
            if found is None:
                continue
            left = (found[0] - self.now(key.platform)).total_seconds()
            if left <= 0:
                due.append((stored, *found))
            else:
                next_in = left if next_in is None else min(next_in, left)
        if not due:
            return Changes(), next_in
        notes = ChangeNotes()
        stamp = self.clock.now()
        with self.db.transaction():
            for stored, at, closing in due:
                key = stored.order.key
                event = closing_event(key, closing, at)
                if not self.orders.add_event(event, RawEvent.synthetic(event), stamp):
                    continue  # journalled before, and a later word of the platform opened the order again
                events = self.orders.events_for(key)
                status = fold(events, stored.order.type)
                if status != stored.status:
                    self.orders.save_status(key, status, stamp)
                    notes.add(key, stored.status, status, events)
                log.info("order %s closed for its platform (%s at %s)", key, closing.value, at.isoformat())
        changes = notes.changes()
        self.bus.publish(changes)
        return changes, next_in

    async def run(self) -> None:
        """Sweep at start, then at every cadence and at the next closing due, until cancelled."""
        if self.cadence is None:
            return
        while True:
            _, next_in = self.sweep()
            await self.clock.sleep(self.cadence if next_in is None else min(self.cadence, next_in))

"""Kitchen stations as a service: the restaurant's routing, each station's bumps, and Recall.

A bump is the kitchen's own business: it is stored in the shared store (so the expo and the counter
see "GRILL done, DRINKS working") and told on the bus as a change of the order, but nothing is sent
to a platform. The platform's Ready stays the counter's and the expo's action.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from kds.clock import Clock
from kds.domain.changes import Changes
from kds.domain.order import Order, OrderKey
from kds.domain.routing import Routing, StationProgress, progress
from kds.services.bus import ChangeBus
from kds.store.db import Database
from kds.store.stations import EXPO, Bumped, BumpRepository, RoutingRepository

RECALL_LIMIT = 10
"""How many of a station's last bumped orders Recall offers."""

ROUTING_FRESH = timedelta(seconds=30)
"""How long the routing read from the store is used before it is read again: another station may have
saved new rules (they change seldom; reading them for every card would cost a query each)."""


class StationService:
    """Routing and bumps over one store, told on one bus."""

    def __init__(self, db: Database, clock: Clock, bus: ChangeBus) -> None:
        """Keep routing and bumps in `db`; tell `bus` what a bump changed."""
        self.db = db
        self.clock = clock
        self.bus = bus
        self.routes = RoutingRepository(db)
        self.bumps = BumpRepository(db)
        self._routing: Routing | None = None
        self._read_at: datetime | None = None

    # -- routing -----------------------------------------------------------------------------

    def routing(self) -> Routing:
        """The restaurant's routing (read again after `ROUTING_FRESH`, `save_routing` or `reload`)."""
        now = self.clock.now()
        if self._routing is None or self._read_at is None or now - self._read_at >= ROUTING_FRESH:
            self._routing = self.routes.load()
            self._read_at = now
        return self._routing

    def reload(self) -> None:
        """Read the routing again at the next use (another station may have saved it)."""
        self._routing = None
        self._read_at = None

    def save_routing(self, routing: Routing, keys: Iterable[OrderKey] = ()) -> Changes:
        """Keep `routing` for the whole restaurant; `keys` are the orders whose cards show it."""
        self.routes.save(routing, self.clock.now())
        self._routing, self._read_at = routing, self.clock.now()
        return self._tell(frozenset(keys))

    # -- bumps -------------------------------------------------------------------------------

    def bumps_of(self, key: OrderKey) -> dict[str, set[str]]:
        """Per station, the line ids of `key` bumped there ("" for the whole order)."""
        return self.bumps.of([key]).get(key, {})

    def bumps_of_orders(self, keys: Iterable[OrderKey]) -> dict[OrderKey, dict[str, set[str]]]:
        """`bumps_of` for many orders at once (a query per platform, not per order)."""
        return self.bumps.of(keys)

    def progress(self, order: Order) -> tuple[StationProgress, ...]:
        """Every station's part of `order` and whether it is done."""
        return progress(order, self.routing(), self.bumps_of(order.key))

    def bump(self, key: OrderKey, station: str = EXPO) -> Changes:
        """`station` finished its part of `key` (`EXPO`: the expo handed the whole order on)."""
        self.bumps.bump(key, station, self.clock.now())
        return self._tell(frozenset({key}))

    def toggle_line(self, key: OrderKey, station: str, line_id: str) -> Changes:
        """`station` finished line `line_id` of `key`, or takes it back when it was marked already."""
        if line_id in self.bumps_of(key).get(station, set()):
            self.bumps.unbump_line(key, station, line_id)
        else:
            self.bumps.bump(key, station, self.clock.now(), line_id)
        return self._tell(frozenset({key}))

    def recall(self, key: OrderKey, station: str = EXPO) -> Changes:
        """`key` comes back to `station`'s screen as before it was bumped there."""
        self.bumps.recall(key, station)
        return self._tell(frozenset({key}))

    def recent(self, station: str = EXPO, limit: int = RECALL_LIMIT) -> list[Bumped]:
        """The orders `station` bumped last, latest first (what Recall offers)."""
        return self.bumps.recent(station, limit)

    def _tell(self, keys: frozenset[OrderKey]) -> Changes:
        changes = Changes(orders=keys)
        self.bus.publish(changes)
        return changes

"""A realistic day of orders for the Report screen's picture: lunch and dinner rushes on every platform.

Deterministic (a seeded generator): each order is journalled with its events as the poller would
have stored them (received, accepted after a wait, ready, delivered or collected; some missed,
cancelled or refunded) and one platform was paused for 25 minutes in the lunch rush.
"""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta

from kds.domain.events import EventKind, OrderEvent, RawEvent
from kds.domain.money import Money
from kds.domain.order import OrderType, Platform
from kds.domain.states import fold
from kds.domain.store_control import ControlKind, StoreControl
from kds.platforms.registry import POLICIES
from kds.store.db import Database
from kds.store.orders import OrderRepository
from kds.store.store_controls import StoreControlRepository
from kds.ui.showcase import PLATFORMS, _order

RUSH: dict[int, int] = {10: 3, 11: 7, 12: 14, 13: 11, 14: 5, 15: 3, 16: 3, 17: 6, 18: 12, 19: 15, 20: 9, 21: 4}
"""Orders received in each hour of the showcase day (local hours of its zone)."""


def seed_day(db: Database, day: datetime, *, seed: int = 17) -> int:
    """Store a day of orders starting at `day` (local midnight, aware); returns how many."""
    rng = random.Random(seed)
    orders = OrderRepository(db)
    ids = itertools.count(1)
    numbers = itertools.count(500)
    weights = [5, 3, 3, 2][:len(PLATFORMS)]
    count = 0
    with db.transaction():
        for hour, many in RUSH.items():
            for _ in range(many):
                platform = rng.choices(PLATFORMS, weights)[0]
                created = day + timedelta(hours=hour, seconds=rng.uniform(0, 3600))
                n = next(numbers)
                order = _order(n, platform, created, kind=OrderType.PICKUP if rng.random() < 0.25 else
                               OrderType.DELIVERY, lines=rng.choice((1, 2, 2, 3)))
                events = _events(platform, order.key.order_id, created, order.totals.total, order.type, rng, ids)
                for event in events:
                    orders.add_event(event, RawEvent(event.event_id, event.order_id, event.source_type, {}),
                                     event.created_at)
                orders.save(order, fold(events, order.type), {"showcase": True}, events[-1].created_at)
                count += 1
    paused = day + timedelta(hours=12, minutes=40)
    StoreControlRepository(db).record(StoreControl(PLATFORMS[0], ControlKind.PAUSE, "Counter", paused,
                                                   paused + timedelta(minutes=25)), paused)
    return count


def _events(platform: Platform, order_id: str, created: datetime, total: Money, kind: OrderType,
            rng: random.Random, ids: itertools.count[int]) -> list[OrderEvent]:
    def ev(what: EventKind, when: datetime, **more: object) -> OrderEvent:
        return OrderEvent(platform, f"day-ev-{next(ids)}", order_id, what, when, source_type=what.name,
                          **more)  # type: ignore[arg-type]

    events = [ev(EventKind.CREATED, created, actor="customer")]
    fate = rng.random()
    window = POLICIES[platform].accept_window or timedelta(minutes=5)
    if fate < 0.03:  # nobody accepted it in time
        return [*events, ev(EventKind.CANCELLED, created + window, actor="platform", code="TIMEOUT",
                            reason="Not accepted in time")]
    # Most orders are accepted within a minute or two; in a rush some wait longer.
    wait = min(window.total_seconds() - 10, rng.lognormvariate(4.1, 0.55))
    accepted = created + timedelta(seconds=wait)
    events.append(ev(EventKind.ACCEPTED, accepted, actor="merchant"))
    if fate < 0.05:
        return [*events, ev(EventKind.CANCELLED, accepted + timedelta(minutes=2), actor="merchant",
                            code="OUT_OF_STOCK", reason="Out of stock")]
    if fate < 0.07:
        return [*events, ev(EventKind.CANCELLED, accepted + timedelta(minutes=1), actor="customer",
                            code="CUSTOMER_CANCELLED", reason="Changed my mind")]
    ready = accepted + timedelta(minutes=rng.uniform(6, 19))
    events.append(ev(EventKind.READY, ready))
    done = ready + timedelta(minutes=rng.uniform(3, 25))
    events.append(ev(EventKind.PICKED_UP if kind is OrderType.PICKUP else EventKind.DELIVERED, done))
    if fate > 0.97:
        events.append(ev(EventKind.REFUNDED, done + timedelta(minutes=20), amount=total))
    elif fate > 0.93:
        part = Money((total.amount / 4).quantize(total.amount), total.currency)
        events.append(ev(EventKind.PARTIAL_REFUND, done + timedelta(minutes=15), amount=part))
    return events

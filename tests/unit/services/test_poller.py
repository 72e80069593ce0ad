"""The poller on its own: bounded detail fetching, duplicates inside one poll, acknowledgment after storing."""

from __future__ import annotations

import asyncio

import pytest

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.platforms.base import FetchedOrder, PlatformTransientError
from kds.services.bus import ChangeBus
from kds.services.poller import Poller, PollerSettings
from kds.services.ratelimit import PersistentRateLimiter
from kds.store.db import Database
from kds.store.orders import OrderRepository
from kds.store.outbox import RequestLog
from tests.fakes.platform import FakePlatform


class SlowPlatform(FakePlatform):
    """Fetching details takes a moment; records how many fetches were in flight at once."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock)
        self.in_flight = 0
        self.most_in_flight = 0
        self.fetched: list[str] = []

    async def fetch_order(self, order_id: str) -> FetchedOrder:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            self.fetched.append(order_id)
            return await super().fetch_order(order_id)
        finally:
            self.in_flight -= 1


def poller_for(platform: FakePlatform, db: Database, clock: FakeClock, concurrency: int) -> Poller:
    limiter = PersistentRateLimiter(RequestLog(db), "test", 1000, 60, clock)
    return Poller(platform, db, limiter, clock, ChangeBus(), PollerSettings(fetch_concurrency=concurrency))


@pytest.mark.parametrize("concurrency", [1, 3, 8])
async def test_details_are_fetched_with_bounded_concurrency(db: Database, clock: FakeClock, concurrency: int) -> None:
    platform = SlowPlatform(clock)
    orders = [platform.add_order() for _ in range(20)]
    changes = await poller_for(platform, db, clock, concurrency).poll_once()
    assert platform.most_in_flight == concurrency
    assert sorted(platform.fetched) == sorted(o.key.order_id for o in orders)  # each once
    assert changes.new_orders == frozenset(o.key for o in orders)
    assert OrderRepository(db).count() == 20


async def test_a_failed_fetch_does_not_stop_the_other_workers(db: Database, clock: FakeClock) -> None:
    platform = SlowPlatform(clock)
    orders = [platform.add_order() for _ in range(6)]
    platform.fail_fetch.append(PlatformTransientError("timeout"))
    poller = poller_for(platform, db, clock, 2)
    await poller.poll_once()
    assert OrderRepository(db).count() == 5 and len(poller.fetch_errors) == 1
    # The unfetched order's event was not acknowledged: the next poll brings it and completes it.
    assert len(platform.acked) == 5
    await poller.poll_once()
    assert OrderRepository(db).count() == 6 and len(platform.acked) == 6
    assert {o.key.order_id for o in orders} == set(platform.orders)


async def test_an_event_repeated_within_one_poll_is_journalled_once(db: Database, clock: FakeClock) -> None:
    platform = SlowPlatform(clock)
    order = platform.add_order()
    platform.queue.append(platform.queue[0])  # the platform sent CREATED twice in the same answer
    accepted = platform.push(order.key.order_id, EventKind.ACCEPTED)
    platform.queue.append(platform.queue[-1])
    await poller_for(platform, db, clock, 4).poll_once()
    repo = OrderRepository(db)
    assert [e.kind for e in repo.events_for(order.key)] == [EventKind.CREATED, EventKind.ACCEPTED]
    assert repo.unacked_count() == 0 and accepted.event_id in platform.acked
    stored = repo.get(order.key)
    assert stored is not None and stored.status.accepted_at == accepted.created_at

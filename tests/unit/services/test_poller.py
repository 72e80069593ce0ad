"""The poller on its own: bounded detail fetching, duplicates inside one poll, acknowledgment after storing."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from kds.clock import FakeClock, SystemClock
from kds.domain.actions import Action
from kds.domain.changes import Changes
from kds.domain.events import EventKind
from kds.domain.order import Details
from kds.domain.states import Stage, fold
from kds.platforms.base import FetchedOrder, PlatformPayloadError, PlatformRejectedError, PlatformTransientError
from kds.services.bus import ChangeBus
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.health import Problem
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


# -- what is stored is acted on, whatever the acknowledgment does -------------------------------------


def auto_accepting(db: Database, platform: FakePlatform, clock: FakeClock) -> Engine:
    """An engine that confirms new orders by itself; polls as often as a test asks."""
    return Engine(db, [platform], clock, EngineSettings(auto_accept=frozenset({platform.platform}),
                                                        poll_limit=PollLimit(requests=1000, window=60)))


class AckFails(FakePlatform):
    """The acknowledgment fails the first `failures` times (the platform may or may not have taken it)."""

    def __init__(self, clock: FakeClock, failures: int) -> None:
        super().__init__(clock)
        self.failures = failures
        self.ack_bodies: list[list[str]] = []

    async def acknowledge(self, events):
        self.ack_bodies.append([e.event_id for e in events])
        if self.failures:
            self.failures -= 1
            raise PlatformTransientError("acknowledgment: HTTP 503", status=503)
        await super().acknowledge(events)


async def test_a_failed_acknowledgment_still_tells_the_board_and_auto_accept(db: Database, clock: FakeClock) -> None:
    platform = AckFails(clock, failures=2)
    order = platform.add_order()
    engine = auto_accepting(db, platform, clock)
    heard: list = []
    engine.bus.subscribe(heard.append)
    poller = engine.pollers[platform.platform]
    with pytest.raises(PlatformTransientError):
        await poller.poll_once()
    assert any(order.key in c.new_orders for c in heard), "the board and auto-accept were never told"
    confirm = engine.orders.ticket(order.key).latest(Action.CONFIRM)
    assert confirm is not None, "auto-accept did not record the confirm"
    with pytest.raises(PlatformTransientError):
        await poller.poll_once()  # the same event again: journalled already, acknowledged again
    await poller.poll_once()
    assert platform.acked == [platform.queue[0][0].event_id]
    assert len(platform.ack_bodies) == 3
    await engine.runner.run_due()
    assert len(platform.calls_of(Action.CONFIRM)) == 1


async def test_a_change_never_told_is_told_at_start(db: Database, clock: FakeClock) -> None:
    platform = FakePlatform(clock)
    order = platform.add_order()
    # The previous run stored the order and died before telling anyone.
    repo = OrderRepository(db)
    with db.transaction():
        repo.add_events(list(platform.queue), clock.now())
        repo.save(order, fold([e for e, _ in platform.queue], order.type), {"id": order.key.order_id}, clock.now())
    assert [s.order.key for s in repo.unsurfaced()] == [order.key]
    engine = auto_accepting(db, platform, clock)
    heard: list = []
    engine.bus.subscribe(heard.append)
    engine.pollers[platform.platform].resurface()
    assert any(order.key in c.new_orders for c in heard)
    assert engine.orders.ticket(order.key).latest(Action.CONFIRM) is not None
    assert repo.unsurfaced() == []
    engine.pollers[platform.platform].resurface()
    assert len([c for c in heard if c.new_orders]) == 1, "told once, not at every look"


async def test_each_event_is_acknowledged_once_per_request(db: Database, clock: FakeClock) -> None:
    platform = AckFails(clock, failures=0)
    order = platform.add_order()
    platform.queue.append(platform.queue[0])
    platform.push(order.key.order_id, EventKind.ACCEPTED)
    platform.queue.append(platform.queue[-1])
    await poller_for(platform, db, clock, 2).poll_once()
    (body,) = platform.ack_bodies
    assert len(body) == len(set(body)) == 2


# -- order details are retried, never dropped ------------------------------------------------------


async def test_unreadable_details_give_a_placeholder_then_the_order(db: Database, clock: FakeClock) -> None:
    platform = FakePlatform(clock)
    order = platform.add_order()
    platform.fail_fetch.extend([PlatformPayloadError("incomplete answer", raw='{"id": "x"}'),
                                PlatformRejectedError("HTTP 404", status=404)])
    engine = auto_accepting(db, platform, clock)
    poller = engine.pollers[platform.platform]
    changes = await poller.poll_once()
    ticket = engine.orders.ticket(order.key)
    assert order.key in changes.new_orders and ticket.order.details is Details.PENDING
    assert ticket.status.stage is Stage.NEW and ticket.allowed == ()
    assert platform.acked == [] and ticket.latest(Action.CONFIRM) is None
    assert poller.health.failures == 0 and poller.health.problem is not Problem.NONE
    # Between polls, once the backoff is over, it asks again: no poll is spent on it.
    polls = platform.polls
    assert await poller.retry_details() == Changes()  # not due yet
    clock.advance(poller.next_detail_retry() - clock.monotonic())
    await poller.retry_details()  # the 404 (too soon after the event)
    clock.advance(poller.next_detail_retry() - clock.monotonic())
    changes = await poller.retry_details()
    assert platform.polls == polls
    ticket = engine.orders.ticket(order.key)
    assert ticket.order.details is Details.COMPLETE and order.key in changes.new_orders
    assert ticket.latest(Action.CONFIRM) is not None, "auto-accept once the details are read"
    assert platform.acked == [platform.queue[0][0].event_id]


async def test_an_order_never_readable_ends_as_a_warning_after_its_deadline(db: Database, clock: FakeClock) -> None:
    platform = FakePlatform(clock)
    stuck = platform.add_order()
    engine = auto_accepting(db, platform, clock)
    poller = engine.pollers[platform.platform]
    platform.fail_fetch.append(PlatformPayloadError("answer is not JSON", raw='{"id": "3f1c'))
    await poller.poll_once()
    other = platform.add_order()
    platform.fail_fetch.append(PlatformPayloadError("answer is not JSON", raw='{"id": "3f1c'))
    await poller.poll_once()
    assert engine.orders.ticket(other.key).order.details is Details.COMPLETE, "one bad order blocks no other"
    for _ in range(12):
        clock.advance(30)
        platform.fail_fetch.append(PlatformTransientError("HTTP 503", status=503))
        changes = await poller.poll_once()
        if stuck.key in changes.unreadable:
            break
    assert stuck.key in changes.unreadable
    assert clock.now() >= stuck.created_at + platform.policy.accept_window
    ticket = engine.orders.ticket(stuck.key)
    assert ticket.order.details is Details.UNREADABLE and ticket.allowed == ()
    assert stuck.key in {t.key for t in engine.orders.board()}
    assert platform.queue[0][0].event_id in platform.acked
    quarantined = OrderRepository(db).quarantined()
    assert quarantined[0]["order_id"] == stuck.key.order_id and "deadline" in quarantined[0]["reason"]
    # Its later events are acknowledged as they come, without asking for the details again.
    platform.push(stuck.key.order_id, EventKind.CANCELLED)
    await poller.poll_once()
    assert platform.queue[-1][0].event_id in platform.acked
    assert engine.orders.ticket(stuck.key).status.stage is Stage.CANCELLED


async def test_retry_after_on_details_is_waited_out(db: Database, clock: FakeClock) -> None:
    platform = SlowPlatform(clock)
    order = platform.add_order()
    platform.fail_fetch.append(PlatformTransientError("HTTP 503", status=503, retry_after=4))
    poller = poller_for(platform, db, clock, 2)
    await poller.poll_once()
    clock.advance(2.8)
    await poller.poll_once()  # a poll comes, but the platform said 4 s
    await poller.retry_details()
    assert platform.fetched == [order.key.order_id], "asked again before the platform's 4 s"
    assert poller.next_detail_retry() >= clock.monotonic() + 1.2 - 1e-6
    clock.advance(1.2)
    await poller.retry_details()
    assert platform.fetched == [order.key.order_id] * 2
    assert OrderRepository(db).exists(order.key)


async def test_polling_without_an_interval_leaves_room_for_everything_else(db: Database) -> None:
    """A relay's long-poll has no interval; an adapter that answers at once from memory must not
    keep the event loop from the outbox, the board and the HTTP clients."""
    clock = SystemClock()
    platform = FakePlatform(clock)  # answers every poll at once, without any I/O
    poller = Poller(platform, db, PersistentRateLimiter(RequestLog(db), "test", 10**9, 60, clock), clock,
                    ChangeBus(), PollerSettings(interval=0.0))
    task = asyncio.get_running_loop().create_task(poller.run())
    others = 0
    try:
        for _ in range(20):
            await asyncio.sleep(0)
            others += 1
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert others == 20 and platform.polls >= 2


async def test_what_the_platform_first_sent_is_shown_while_the_details_cannot_be_read(db: Database,
                                                                                     clock: FakeClock) -> None:
    platform = FakePlatform(clock)
    order = platform.add_order()
    unread = PlatformTransientError("order details: HTTP 503", status=503)
    unread.provisional = FetchedOrder(order, {"from": "webhook"})  # e.g. the copy a webhook carried
    platform.fail_fetch.append(unread)
    engine = auto_accepting(db, platform, clock)
    await engine.pollers[platform.platform].poll_once()
    ticket = engine.orders.ticket(order.key)
    assert ticket.order.details is Details.PENDING and ticket.order.lines == order.lines
    assert Action.CONFIRM in ticket.allowed and ticket.latest(Action.CONFIRM) is not None
    assert platform.acked == [], "acknowledged only once the platform answered for the order"
    await engine.pollers[platform.platform].poll_once()
    assert engine.orders.ticket(order.key).order.details is Details.COMPLETE
    assert platform.acked == [platform.queue[0][0].event_id]

"""The closing sweep: an order whose platform finished it by itself leaves the open columns, on a fake clock."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from kds.clock import FakeClock
from kds.domain.changes import Changes
from kds.domain.events import Closing, EventKind
from kds.domain.order import Details, OrderKey, OrderType, Platform
from kds.domain.states import Stage
from kds.platforms.base import PlatformTransientError
from kds.platforms.registry import POLICIES
from kds.services.closing import sweep_cadence
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.store.db import Database
from kds.store.orders import OrderRepository
from tests.fakes.platform import FakePlatform, make_order

STD = POLICIES[Platform.KEETA_STD]  # final 4 h after creation; a pickup completed 1 h after acceptance


@pytest.fixture
def keeta(clock: FakeClock) -> FakePlatform:
    return FakePlatform(clock, platform=Platform.KEETA_STD, policy=STD)


def engine_for(db: Database, platform: FakePlatform, clock: FakeClock) -> Engine:
    return Engine(db, [platform], clock, EngineSettings(poll_limit=PollLimit(1000, 60)))


@pytest.fixture
def engine(db: Database, keeta: FakePlatform, clock: FakeClock) -> Engine:
    return engine_for(db, keeta, clock)


def told(engine: Engine) -> list[Changes]:
    heard: list[Changes] = []
    engine.bus.subscribe(heard.append)
    return heard


def open_keys(db: Database) -> set[OrderKey]:
    return {s.order.key for s in OrderRepository(db).open_orders()}


def closings(db: Database, key: OrderKey) -> list[str]:
    return [e.event.event_id for e in OrderRepository(db).journal(key) if e.event.closing is not None]


async def settle() -> None:
    for _ in range(50):
        await asyncio.sleep(0)


async def accepted_order(engine: Engine, keeta: FakePlatform, **kwargs: object) -> OrderKey:
    order = keeta.add_order(**kwargs)
    keeta.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[keeta.platform].poll_once()
    return order.key


async def test_an_accepted_order_never_concluded_is_closed_at_exactly_four_hours(
        engine: Engine, keeta: FakePlatform, clock: FakeClock, db: Database) -> None:
    key = await accepted_order(engine, keeta)
    created = clock.now()
    heard = told(engine)
    engine.start()
    try:
        await settle()
        clock.advance(4 * 3600 - 1)
        await settle()
        assert key in open_keys(db), "closed before its final time"
        clock.advance(1)
        await settle()
        assert key not in open_keys(db)
    finally:
        await engine.stop()
    status = engine.orders.ticket(key).status
    assert (status.stage, status.closing, status.done_at) == (Stage.DONE, Closing.FINAL, created + timedelta(hours=4))
    assert any(key in c.orders for c in heard)  # told on the bus like every other change
    assert key in {t.key for t in engine.orders.board()}  # in Out/Done for a while, no longer open
    assert closings(db, key) == [f"KDS_FINAL:{key.order_id}"]


async def test_the_platform_clock_decides(engine: Engine, keeta: FakePlatform, clock: FakeClock, db: Database) -> None:
    key = await accepted_order(engine, keeta)
    engine.orders.clock_offsets[keeta.platform] = timedelta(minutes=10)  # the platform's clock is 10 min ahead
    clock.advance(4 * 3600 - 601)
    engine.closing.sweep()
    assert key in open_keys(db)
    clock.advance(1)
    engine.closing.sweep()
    assert key not in open_keys(db)


async def test_a_pickup_order_never_collected_is_closed_when_the_platform_completes_it(
        engine: Engine, keeta: FakePlatform, clock: FakeClock, db: Database) -> None:
    order = keeta.add_order(type=OrderType.PICKUP)
    await engine.pollers[keeta.platform].poll_once()
    clock.advance(120)
    keeta.push(order.key.order_id, EventKind.ACCEPTED)
    keeta.push(order.key.order_id, EventKind.READY)
    await engine.pollers[keeta.platform].poll_once()
    accepted = clock.now()
    clock.advance(3600 - 1)
    changes, next_in = engine.closing.sweep()
    assert not changes and next_in == 1.0
    assert order.key in open_keys(db)
    clock.advance(1)
    changes, _ = engine.closing.sweep()
    assert changes.orders == {order.key} and not changes.accepted
    status = engine.orders.ticket(order.key).status
    assert (status.stage, status.closing, status.done_at) == (Stage.DONE, Closing.PICKUP_TIMEOUT,
                                                              accepted + timedelta(hours=1))
    assert order.key not in open_keys(db)


async def test_a_refund_request_left_open_is_closed_at_final_time(
        engine: Engine, keeta: FakePlatform, clock: FakeClock, db: Database) -> None:
    key = await accepted_order(engine, keeta)
    keeta.push(key.order_id, EventKind.DELIVERED)
    clock.advance(3600)
    keeta.request_refund(key.order_id)  # the platform's answer to it never comes
    await engine.pollers[keeta.platform].poll_once()
    assert engine.orders.ticket(key).status.refund_request is not None and key in open_keys(db)
    clock.advance(3 * 3600 - 1)
    engine.closing.sweep()
    assert key in open_keys(db)
    clock.advance(1)
    engine.closing.sweep()
    status = engine.orders.ticket(key).status
    assert key not in open_keys(db)
    assert (status.stage, status.refund_request, status.closing) == (Stage.DONE, None, Closing.FINAL)


async def test_a_never_accepted_order_is_closed_without_being_told_as_accepted(
        engine: Engine, keeta: FakePlatform, clock: FakeClock) -> None:
    order = keeta.add_order()  # its CANCELLED (the 5-minute timeout) was lost
    await engine.pollers[keeta.platform].poll_once()
    clock.advance(4 * 3600)
    changes, next_in = engine.closing.sweep()
    assert changes.orders == {order.key} and not changes.accepted and not changes.new_orders
    assert next_in is None  # nothing else open to wait for


async def test_a_restart_does_not_journal_the_closing_twice(
        db: Database, keeta: FakePlatform, clock: FakeClock) -> None:
    engine = engine_for(db, keeta, clock)
    key = await accepted_order(engine, keeta)
    clock.advance(4 * 3600)
    engine.closing.sweep()
    await engine.stop()
    # A late refund request after the final time (the platform's word stands): the order opens again.
    keeta.request_refund(key.order_id)
    restarted = engine_for(db, keeta, clock)
    await restarted.pollers[keeta.platform].poll_once()
    assert key in open_keys(db)
    changes, next_in = restarted.closing.sweep()
    assert not changes and next_in is None
    assert closings(db, key) == [f"KDS_FINAL:{key.order_id}"]


async def test_nothing_is_acknowledged_to_the_platform_for_a_closing(
        engine: Engine, keeta: FakePlatform, clock: FakeClock, db: Database) -> None:
    # An order whose details cannot be read: a placeholder, its events kept unacknowledged meanwhile.
    order = make_order(Platform.KEETA_STD, created_at=clock.now())
    keeta.orders[order.key.order_id] = order
    accepted = keeta.push(order.key.order_id, EventKind.ACCEPTED)
    keeta.fail_fetch.append(PlatformTransientError("timeout"))
    poller = engine.pollers[keeta.platform]
    await poller.poll_once()
    assert engine.orders.ticket(order.key).order.details is Details.PENDING and keeta.acked == []
    clock.advance(4 * 3600)
    engine.closing.sweep()
    assert order.key not in open_keys(db)
    # The details are read at last: the platform's event is acknowledged, KDS's own closing is not.
    await poller.retry_details()
    await poller.poll_once()
    assert keeta.acked == [accepted.event_id]
    assert [e.event_id for e in OrderRepository(db).unacked_events([order.key])] == []
    ticket = engine.orders.ticket(order.key)
    assert ticket.order.details is Details.COMPLETE and ticket.status.closing is Closing.FINAL


@pytest.mark.parametrize(("platforms", "cadence"), [
    ((Platform.KEETA_STD,), 60.0),  # every minute of the hour a pickup order has
    ((Platform.KEETA_OD,), 60.0),  # once a minute, though only a 4 h window applies
    ((Platform.FAKE, Platform.GOFOOD), None),  # no platform finishes orders by itself: no sweep
])
def test_the_cadence_comes_from_the_policies(platforms: tuple[Platform, ...], cadence: float | None) -> None:
    assert sweep_cadence({p: POLICIES[p] for p in platforms}) == cadence


def test_the_cadence_follows_the_demo_time_scale() -> None:
    assert sweep_cadence({Platform.KEETA_STD: STD.scaled(60)}) == 1.0


async def test_an_engine_without_closing_platforms_runs_no_sweep(db: Database, clock: FakeClock) -> None:
    engine = engine_for(db, FakePlatform(clock), clock)
    engine.start()
    try:
        await settle()
        assert "closing" not in {t.get_name() for t in engine._tasks}
    finally:
        await engine.stop()

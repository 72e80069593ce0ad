"""Busy mode: for a while, confirm tells the platform the food takes N minutes longer."""

from __future__ import annotations

from datetime import timedelta

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.store_control import ControlKind
from kds.services.engine import Engine, EngineSettings
from kds.store.db import Database
from tests.fakes.platform import FakePlatform


async def confirm_minutes(engine: Engine, fake: FakePlatform) -> int | None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    engine.orders.request(order.key, Action.CONFIRM)
    await engine.runner.run_due()
    return fake.calls_of(Action.CONFIRM)[-1].preparation_minutes


async def test_busy_mode_adds_its_minutes_to_the_preparation_time_until_it_ends(
        db: Database, fake: FakePlatform, clock: FakeClock) -> None:
    engine = Engine(db, [fake], clock, EngineSettings(undo_seconds=0, default_preparation_minutes=20,
                                                      station_name="Counter"))
    assert await confirm_minutes(engine, fake) == 20
    engine.store.busy([fake.platform], 15, clock.now() + timedelta(minutes=30))
    assert await confirm_minutes(engine, fake) == 35
    clock.advance(30 * 60)
    assert await confirm_minutes(engine, fake) == 20
    kinds = [(c.kind, c.who) for c in engine.store.repo.history(clock.now() - timedelta(hours=1), clock.now())]
    assert kinds == [(ControlKind.BUSY, "Counter"), (ControlKind.BUSY_END, "Counter")]


async def test_busy_mode_ends_early_by_hand(db: Database, fake: FakePlatform, clock: FakeClock) -> None:
    engine = Engine(db, [fake], clock, EngineSettings(undo_seconds=0, default_preparation_minutes=20))
    engine.store.busy([fake.platform], 10, clock.now() + timedelta(hours=1))
    clock.advance(60)
    engine.store.end_busy([fake.platform])
    assert await confirm_minutes(engine, fake) == 20

"""A platform's own closure of the store (after a missed order) in the store-control record: kept, never sent,
once per closure, ended only by a pause or reopening that reached the platform."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path

import pytest

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.domain.states import OrderStatus, Stage
from kds.domain.store_control import ControlKind
from kds.platforms.base import PlatformTransientError
from kds.platforms.registry import POLICIES
from kds.platforms.spec import StoreAbilities
from kds.services.bus import ChangeBus
from kds.services.store_control import StoreControlRunner
from kds.store.db import Database

P = Platform.KEETA_OD
TIMEOUT = OrderStatus(stage=Stage.CANCELLED, cancelled_by="platform", cancel_code="TIMEOUT")


class Switch:
    """A platform's store switch that counts its calls; `down` makes every call fail as an outage would."""

    policy = POLICIES[P]

    def __init__(self) -> None:
        self.open = True
        self.down = False
        self.calls: list[bool] = []

    async def set_store_open(self, open_: bool) -> None:
        self.calls.append(open_)
        if self.down:
            raise PlatformTransientError("unreachable")
        self.open = open_

    async def set_items_available(self, codes: Sequence[str], available: bool) -> None:
        raise AssertionError("not used")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def switch() -> Switch:
    return Switch()


def runner_over(tmp_path: Path, switch: Switch, clock: FakeClock, *, pause: bool = True) -> StoreControlRunner:
    db = Database(tmp_path / "kds.sqlite3")
    return StoreControlRunner({P: switch}, {P: StoreAbilities(pause=pause, closes_after=("TIMEOUT",))},  # type: ignore[dict-item]
                              db, clock, ChangeBus(), who="Counter")


@pytest.fixture
def runner(tmp_path: Path, switch: Switch, clock: FakeClock) -> Iterator[StoreControlRunner]:
    made = runner_over(tmp_path, switch, clock)
    yield made
    made.repo.db.close()


async def test_the_closure_is_kept_once_sends_nothing_and_counts_as_closed(
        runner: StoreControlRunner, switch: Switch, clock: FakeClock) -> None:
    cancelled = clock.now()
    clock.advance(30)  # KDS hears of it at its next poll
    assert runner.observe_cancellation(P, TIMEOUT, cancelled).store == {P}
    clock.advance(30)
    assert not runner.observe_cancellation(P, TIMEOUT, clock.now())  # another missed order while closed
    await runner.run_due()
    assert switch.calls == []
    history = runner.repo.history(cancelled - timedelta(hours=1), clock.now())
    assert [(c.kind, c.who, c.at, c.until) for c in history] == [(ControlKind.PAUSE, "Keeta OD", cancelled, None)]
    assert runner.closed_by_itself(P) == cancelled == runner.closed_since(P)


async def test_only_a_reopening_that_reached_the_platform_ends_it(
        runner: StoreControlRunner, switch: Switch, clock: FakeClock) -> None:
    runner.observe_cancellation(P, TIMEOUT, clock.now())
    switch.down = True
    runner.resume([P])
    await runner.run_due()
    assert runner.closed_by_itself(P) is not None  # not through yet: still closed
    switch.down = False
    clock.advance(120)
    await runner.run_due()
    assert switch.calls == [True, True] and runner.closed_by_itself(P) is None and runner.closed_since(P) is None


async def test_a_staff_reopening_scheduled_for_later_is_kept(
        runner: StoreControlRunner, switch: Switch, clock: FakeClock) -> None:
    runner.pause([P], clock.now() + timedelta(minutes=30))
    await runner.run_due()
    clock.advance(10 * 60)
    runner.observe_cancellation(P, TIMEOUT, clock.now())  # an order from before the pause timed out
    clock.advance(20 * 60)
    await runner.run_due()
    assert switch.calls == [False, True] and runner.closed_by_itself(P) is None


def test_other_cancellations_and_platforms_kds_cannot_reopen_are_not_kept(
        tmp_path: Path, switch: Switch, clock: FakeClock) -> None:
    runner = runner_over(tmp_path, switch, clock)
    by_customer = OrderStatus(stage=Stage.CANCELLED, cancelled_by="customer", cancel_code="TIMEOUT")
    assert not runner.observe_cancellation(P, by_customer, clock.now())
    runner.repo.db.close()
    (tmp_path / "manual").mkdir()
    manual = runner_over(tmp_path / "manual", switch, clock, pause=False)
    assert not manual.observe_cancellation(P, TIMEOUT, clock.now())  # nothing could ever end it
    assert manual.repo.history(clock.now() - timedelta(hours=1), clock.now()) == []
    manual.repo.db.close()

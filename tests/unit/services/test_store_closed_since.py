"""What the opening-hours watchdog reads: since when KDS's record says a platform is closed with no end to come."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path

import pytest

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.base import PlatformTransientError
from kds.platforms.spec import StoreAbilities
from kds.services.bus import ChangeBus
from kds.services.store_control import StoreControlRunner
from kds.store.db import Database

P = Platform.GOFOOD


class Switch:
    """A platform's store switch; `down` makes every call fail as an outage would."""

    def __init__(self) -> None:
        self.open = True
        self.down = False

    async def set_store_open(self, open_: bool) -> None:
        if self.down:
            raise PlatformTransientError("unreachable")
        self.open = open_

    async def set_items_available(self, codes: Sequence[str], available: bool) -> None:
        raise AssertionError("not used")


@pytest.fixture
def switch() -> Switch:
    return Switch()


@pytest.fixture
def runner(tmp_path: Path, switch: Switch, clock: FakeClock) -> Iterator[StoreControlRunner]:
    db = Database(tmp_path / "kds.sqlite3")
    yield StoreControlRunner({P: switch}, {P: StoreAbilities(pause=True)}, db, clock,  # type: ignore[dict-item]
                             ChangeBus(), who="Counter")
    db.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def test_a_pause_until_resumed_counts_once_it_reached_the_platform(
        runner: StoreControlRunner, switch: Switch, clock: FakeClock) -> None:
    assert runner.closed_since(P) is None
    started = clock.now()
    runner.pause([P], None)
    assert runner.closed_since(P) is None  # not sent yet: nothing is closed
    await runner.run_due()
    assert not switch.open and runner.closed_since(P) == started
    runner.resume([P])
    await runner.run_due()
    assert runner.closed_since(P) is None


async def test_a_pause_with_its_end_to_come_does_not_count(runner: StoreControlRunner, clock: FakeClock) -> None:
    runner.pause([P], clock.now() + timedelta(minutes=30))
    await runner.run_due()
    clock.advance(29 * 60)
    assert runner.closed_since(P) is None


async def test_a_pause_past_its_end_counts_from_its_end_while_the_reopening_does_not_get_through(
        runner: StoreControlRunner, switch: Switch, clock: FakeClock) -> None:
    end = clock.now() + timedelta(minutes=15)
    runner.pause([P], end)
    await runner.run_due()
    switch.down = True
    clock.advance(15 * 60)
    await runner.run_due()
    assert not switch.open and runner.closed_since(P) == end
    switch.down = False
    clock.advance(3600)
    await runner.run_due()
    assert switch.open and runner.closed_since(P) is None


async def test_a_pause_that_never_reached_the_platform_does_not_count(
        runner: StoreControlRunner, switch: Switch, clock: FakeClock) -> None:
    switch.down = True
    runner.pause([P], None)
    await runner.run_due()
    clock.advance(3600)
    assert switch.open and runner.closed_since(P) is None

"""A screen that does not poll a platform (another screen of the restaurant holds its lock) says which one does.

Two engines on one PostgreSQL (skipped without `KDS_TEST_POSTGRES_DSN`), each with its real leases.
The kitchen window shows "polled by COUNTER-1" where it would otherwise show its own polling, with
no red and no banner; when the counter stops, the kitchen takes over and polls.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.services.engine import Engine, EngineSettings
from kds.store.connect import open_database
from kds.store.leases import PgLeases
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.postgres import fresh_schema

WAIT = 10.0  # seconds a lease may take to change hands before the test fails (never a measure)


@pytest.fixture
def shared_store() -> Iterator[str]:
    with fresh_schema("kds_polling") as dsn:
        yield dsn


async def test_the_kitchen_says_the_counter_polls_instead_of_red_and_takes_over_when_it_stops(
        app: QApplication, shared_store: str, fake: FakePlatform, clock: FakeClock, sounds: SoundBoard) -> None:
    counter = Engine(open_database(shared_store, origin="counter"), [fake], clock, EngineSettings(),
                     leases=PgLeases(shared_store, "COUNTER-1", interval=0.1))
    kitchen = Engine(open_database(shared_store, origin="kitchen"), [fake], clock, EngineSettings(),
                     leases=PgLeases(shared_store, "KITCHEN", interval=0.1))
    window = MainWindow(kitchen, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
    window.resize(1200, 800)
    window.show()
    counter.start()
    try:
        await until(lambda: counter.poll_leases[fake.platform].held, timeout=WAIT)
        await until(lambda: fake.polls >= 1, timeout=WAIT, message="the counter never polled")
        kitchen.start()
        await until(lambda: "polled by COUNTER-1" in window.status.text(), timeout=WAIT,
                    message=lambda: f"the kitchen's status bar says {window.status.text()!r}")
        assert not kitchen.poll_leases[fake.platform].held
        entry = window.health.entries[0]
        assert entry.ok and not entry.alarm and not window.missed_banner.isVisible()

        polls = fake.polls  # the counter's (fake time stands still: it waits out its interval)
        await counter.stop()  # the counter goes: its session ends, its lock with it
        await until(lambda: kitchen.poll_leases[fake.platform].held, timeout=WAIT,
                    message="the kitchen never took over")
        await until(lambda: fake.polls > polls, timeout=WAIT, message="the kitchen took the lease but never polled")
        await until(lambda: "polled by" not in window.status.text(), timeout=WAIT)
    finally:
        await counter.stop()
        await kitchen.stop()
        retire(window)
        counter.db.close()
        kitchen.db.close()

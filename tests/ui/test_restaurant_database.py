"""A screen on the restaurant's PostgreSQL database: when it goes away, and what Settings and the diagnostics say."""

from __future__ import annotations

import asyncio
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.services.engine import Engine, EngineSettings
from kds.station.autostart import Autostart
from kds.station.settings import Settings
from kds.store.connect import open_database
from kds.store.orders import OrderRepository
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.line import CuttableLine
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import reached, until
from tests.postgres import fresh_schema
from tests.ui.conftest import tap


@pytest.fixture
def shared_store() -> Iterator[str]:
    with fresh_schema("kds_pgfollow") as dsn:
        yield dsn


@pytest.fixture
def pg_engine(shared_store: str, fake: FakePlatform, clock: FakeClock) -> Iterator[Engine]:
    engine = Engine(open_database(shared_store, origin="counter"), [fake], clock, EngineSettings(undo_seconds=5))
    yield engine
    engine.db.close()


@pytest.fixture
def pg_window(app: QApplication, pg_engine: Engine, clock: FakeClock, sounds: SoundBoard,
              tmp_path: Path) -> Iterator[MainWindow]:
    station = StationContext(settings=Settings(), path=tmp_path / "settings.json",
                             autostart=Autostart(platform="linux", config_home=tmp_path / "xdg"),
                             diagnostics_dir=tmp_path / "diagnostics", can_restart=True)
    win = MainWindow(pg_engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False, station=station)
    win.resize(1600, 1000)
    win.show()
    yield win
    retire(win)


async def test_settings_and_the_diagnostics_describe_the_restaurant_database(
        pg_window: MainWindow, pg_engine: Engine, fake: FakePlatform, shared_store: str) -> None:
    for _ in range(3):
        order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await pg_engine.pollers[fake.platform].poll_once()

    panel = pg_window.open_settings()
    path = await panel.about.export()
    assert path is not None
    with zipfile.ZipFile(path) as bundle:
        text = bundle.read("store.json").decode()
    stats = json.loads(text)
    assert stats["engine"] == "postgresql"
    assert stats["where"] == "database kds_test on 127.0.0.1:5432"
    assert stats["schema"].startswith("kds_pgfollow_")
    assert stats["schema_version"] == pg_engine.db.version
    assert stats["orders_by_stage"] == {"new": 2, "accepted": 1}
    assert stats["orders_open"] == 3
    assert stats["events"] == 4 and stats["events_unacknowledged"] == 0
    assert stats["changes"] > 0
    assert 0 < stats["tables_bytes"] <= stats["database_bytes"]
    shown = panel.about.store.text()
    assert "PostgreSQL" in shown and "127.0.0.1:5432" in shown and "kds_test" in shown
    password = shared_store.split("@")[0].rsplit(":", 1)[1]
    for secret in (f":{password}@", "password", shared_store):
        assert secret not in text and secret not in shown
    panel.close_overlay()


@pytest.fixture
def line(shared_store: str) -> Iterator[tuple[CuttableLine, str]]:
    cable, dsn = CuttableLine.to(shared_store)
    yield cable, dsn
    cable.close()


@pytest.fixture
def cut_window(app: QApplication, line: tuple[CuttableLine, str], fake: FakePlatform, clock: FakeClock,
               sounds: SoundBoard) -> Iterator[MainWindow]:
    """The counter's window, its store reached through a line the test can cut."""
    engine = Engine(open_database(line[1], origin="counter"), [fake], clock, EngineSettings(undo_seconds=5))
    win = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
    win.resize(1600, 1000)
    win.show()
    yield win
    retire(win)
    engine.db.close()


def end_sessions(dsn: str, origin: str) -> int:
    """End every server session of station `origin` (as a server restart would); how many."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        rows = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
                            (origin,)).fetchall()
    return len(rows)


async def test_a_tap_while_the_database_is_away_is_refused_aloud_and_the_station_catches_up(
        cut_window: MainWindow, line: tuple[CuttableLine, str], shared_store: str, fake: FakePlatform,
        clock: FakeClock) -> None:
    window, cable = cut_window, line[0]
    engine = window.engine
    engine.feed.start()
    kitchen = Engine(open_database(shared_store, origin="kitchen"), [fake], clock, EngineSettings(undo_seconds=5))
    try:
        first, second = fake.add_order(), fake.add_order()
        await engine.pollers[fake.platform].poll_once()
        assert window.board.ticket(first.key) is not None

        # PostgreSQL restarted while the screen sat idle: the pool's connections are dead, the tap is saved anyway.
        await until(lambda: engine.feed.listener is not None and engine.feed.listener.connected.is_set(),
                    message="the change feed never connected")
        assert end_sessions(shared_store, "counter") >= 2  # the pool's and the feed's
        tap(window, first.key, "action:confirm")
        assert window.board.ticket(first.key).latest(Action.CONFIRM) is not None
        assert window.store_banner.text() == ""

        # The line is cut: the tap is refused, aloud, and the banner says why until the database answers.
        cable.cut()
        tap(window, second.key, "action:confirm")
        assert window.toast.text() == "Not saved — the restaurant database is not reachable"
        shown = window.store_banner.text()
        assert shown.startswith("Restaurant database not reachable — retrying…"), shown
        assert "kds:" not in shown and shared_store not in shown
        window.on_tick(clock.now())
        assert window.store_banner.text() == shown  # no tick takes it away while nothing answers
        assert window.store_banner.dismiss is None

        # Meanwhile another station stores a new order; once the line is back this screen shows it.
        third = fake.add_order()
        await kitchen.pollers[fake.platform].poll_once()
        cable.restore()

        def back() -> bool:
            window.on_tick(clock.now())
            return window.store_banner.text() == "" and window.board.ticket(third.key) is not None

        await until(back, timeout=10, message="the screen never came back with the kitchen's order")
        assert OrderRepository(kitchen.db).get(second.key) is not None
        assert kitchen.orders.ticket(second.key).latest(Action.CONFIRM) is None  # nothing half-saved
        tap(window, second.key, "action:confirm")
        assert window.board.ticket(second.key).latest(Action.CONFIRM) is not None
    finally:
        await engine.feed.stop()
        kitchen.db.close()


async def test_polling_outlasts_the_database_going_away(cut_window: MainWindow, line: tuple[CuttableLine, str],
                                                        fake: FakePlatform, clock: FakeClock) -> None:
    window, cable = cut_window, line[0]
    engine = window.engine
    engine.start()
    try:
        await until(lambda: fake.polls >= 1 and engine.feed.listener is not None
                    and engine.feed.listener.connected.is_set(), message="the station never polled")
        cable.cut()
        await until(lambda: engine.db.unreachable != "", message="the station never noticed the cut")
        polls = fake.polls
        clock.advance(31)  # a poll is due: the poller finds the store gone (its rate limit lives there)
        for _ in range(5):
            await asyncio.sleep(0.02)
        assert fake.polls == polls and engine.running
        cable.restore()
        order = fake.add_order()

        def shown() -> bool:
            clock.advance(1)
            window.on_tick(clock.now())
            return window.board.ticket(order.key) is not None

        await until(shown, timeout=10, message="polling never came back after the database did")
        assert window.store_banner.text() == ""
    finally:
        await engine.stop()


async def test_the_leases_and_the_work_under_them_outlast_the_database_going_away(
        app: QApplication, line: tuple[CuttableLine, str], fake: FakePlatform, clock: FakeClock,
        sounds: SoundBoard) -> None:
    from kds.store.leases import PgLeases

    cable, through = line
    leases = PgLeases(through, "counter", interval=0.1)
    engine = Engine(open_database(through, origin="counter"), [fake], clock, EngineSettings(undo_seconds=5),
                    leases=leases)
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
    window.show()
    lease = engine.poll_leases[fake.platform]
    engine.start()
    try:
        await until(lambda: lease.held and fake.polls >= 1, timeout=10, message="the station never polled")
        cable.cut()  # the lease connection goes with every other: the lease is lost, polling stops at once
        await until(lambda: not lease.held, timeout=10, message="the lease outlived the line")
        clock.advance(31)
        polls = fake.polls
        assert not await reached(lambda: fake.polls > polls, timeout=0.3), "polled without the lease"
        assert engine.running
        cable.restore()  # the leases loop connects again, takes the lease back, and polling starts again
        order = fake.add_order()

        def shown() -> bool:
            clock.advance(1)
            window.on_tick(clock.now())
            return lease.held and window.board.ticket(order.key) is not None

        await until(shown, timeout=10, message="polling never came back with the lease")
        assert window.store_banner.text() == ""
    finally:
        await engine.stop()
        retire(window)
        engine.db.close()


async def test_settings_while_the_database_is_away_refuses_to_save_and_leaves_the_kitchen_stations_out(
        cut_window: MainWindow, line: tuple[CuttableLine, str], clock: FakeClock, qtbot) -> None:
    window, cable = cut_window, line[0]
    panel = window.open_settings()
    assert panel.kitchen is not None  # the routing was read while the database answered
    qtbot.mouseClick(panel.kitchen.add_station_button, Qt.MouseButton.LeftButton)  # the restaurant's routing
    panel.kitchen.name_fields[0].setText("GRILL")
    cable.cut()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: panel.problem.text() != "", message="the save said nothing")
    assert panel.problem.text() == "Not saved — the restaurant database is not reachable"
    assert not panel.is_closed and panel.save_button.isEnabled()
    panel.close_overlay()

    clock.advance(60)  # the routing must be read again: the page is left out, Settings still opens
    panel = window.open_settings()
    assert panel.kitchen is None and panel.computer in panel.forms
    panel.close_overlay()


async def test_the_app_opens_without_its_database_says_why_and_fills_the_board_when_it_answers(
        app: QApplication, line: tuple[CuttableLine, str], fake: FakePlatform, clock: FakeClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    from argparse import Namespace

    from kds.startup.runtime import open_store
    from kds.ui.launcher import _run_from_settings
    from kds.ui.setup.settings_panel import SettingsPanel
    from kds.ui.windows.store_wait import StoreWaitWindow
    from tests.fakes.runtime import FakeRuntime

    monkeypatch.setattr("kds.ui.windows.store_wait.RETRY", (0.1,))
    cable, through = line
    cable.cut()  # the server is down when the app starts
    order = fake.add_order()
    engines: list[Engine] = []

    async def from_settings(settings: Settings) -> FakeRuntime:  # as kds.app's: the store first, off the Qt thread
        db = await asyncio.to_thread(open_store, through)
        engines.append(Engine(db, [fake], clock, EngineSettings(undo_seconds=5)))
        return FakeRuntime(engines[-1], clock)

    station = StationContext(settings=Settings(setup_complete=True), path=tmp_path / "settings.json",
                             autostart=Autostart(platform="linux", config_home=tmp_path / "xdg"),
                             diagnostics_dir=tmp_path / "diagnostics")
    args = Namespace(screenshot=None, run_for=None, kiosk=False)
    task = asyncio.ensure_future(_run_from_settings(app, args, station, from_settings, None))

    def shown(kind: type) -> Any:
        return next((w for w in app.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)

    await until(lambda: shown(StoreWaitWindow) is not None or task.done(), message="no window opened")
    waiting = shown(StoreWaitWindow)
    assert waiting is not None, task.exception() if task.done() else "the app ended"
    text = waiting.banner.text()
    assert text.startswith("Restaurant database not reachable — retrying… (cannot open the database kds_test on"), text
    assert ":kds@" not in text and waiting.banner.dismiss is None
    assert waiting.banner.action is not None
    qtbot.mouseClick(waiting.banner.action, Qt.MouseButton.LeftButton)  # Settings, on This computer
    (panel,) = waiting.overlays
    assert isinstance(panel, SettingsPanel) and panel.stack.currentIndex() == panel.forms.index(panel.computer)
    assert panel.kitchen is None  # the restaurant's routing is in the database that does not answer
    waiting.grab().save(str(tmp_path / "waiting.png"))
    panel.close_overlay()

    cable.restore()  # the server is back: the board opens by itself and fills
    await until(lambda: shown(MainWindow) is not None, timeout=10, message="the board never opened")
    window = shown(MainWindow)
    await until(lambda: window.board.ticket(order.key) is not None, message="the board never filled")
    assert shown(StoreWaitWindow) is None
    window.close()
    assert await asyncio.wait_for(task, 10) == 0
    engines[-1].db.close()

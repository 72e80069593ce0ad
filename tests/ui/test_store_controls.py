"""The Store sheet on the real window against the simulators: one platform or all, until a chosen time,
busy per platform, sends that did not reach a platform, and the opening-hours watchdog."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.registry import POLICIES
from kds.services.engine import Engine
from kds.station.settings import Behaviour, OpeningDay, Security, Settings
from kds.ui import wording
from kds.ui.setup.pin import PinGate, PinSheet
from kds.ui.sheets.store import UNTIL_STEP, StoreSheet
from kds.ui.sounds import MISSED_ORDERS, SoundBoard
from kds.ui.windows.main_window import CLOSED_ALARM_AFTER, MainWindow
from tests.fakes.platform import FakePlatform
from tests.ui.store_stack import Platforms, platforms, start_kds, stop_kds

__all__ = ["platforms"]  # the fixture

KEETA = Platform.KEETA_OD
GOFOOD = Platform.GOFOOD


@pytest.fixture
def clock() -> FakeClock:
    """Monday noon here."""
    return FakeClock(datetime(2026, 12, 7, 12, 0).astimezone().astimezone(UTC))


ALWAYS_OPEN = Settings(behaviour=Behaviour(opening_hours=tuple(
    OpeningDay(weekday=d, opens="00:00", closes="24:00") for d in range(7))))


def tap(widget: QWidget) -> None:
    from pytestqt.qtbot import QtBot

    assert widget.isVisible() and widget.isEnabled(), widget
    QtBot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_sheet(window: MainWindow) -> StoreSheet:
    tap(window.store_button)
    sheet = window.top_overlay()
    assert isinstance(sheet, StoreSheet)
    return sheet


def ends(until: datetime, now: datetime) -> str:
    left = int((until - now).total_seconds())
    return f"resumes {wording.local_time(until)} ({left // 60}:{left % 60:02d})"


async def test_each_platform_paused_on_its_own_shows_its_own_end_and_resumes_on_its_own(
        app: QApplication, platforms: Platforms, clock: FakeClock, sounds: SoundBoard, tmp_path: Path) -> None:
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds)
    sheet = open_sheet(window)
    tap(sheet.scope.buttons[GOFOOD.value])
    shown = sheet.chosen_until()
    tap(sheet.until_picker.plus)
    tap(sheet.until_picker.plus)
    gofood_until = sheet.chosen_until()
    assert gofood_until == shown + 2 * UNTIL_STEP and gofood_until.minute % 15 == 0
    assert sheet.pause_until_button.text() == f"Pause until {wording.local_time(gofood_until)}"
    tap(sheet.pause_until_button)
    tap(sheet.scope.buttons[KEETA.value])
    tap(sheet.pause_buttons[15])
    keeta_until = clock.now() + timedelta(minutes=15)
    await engine.store.run_due()
    assert await platforms.closed() == {"keeta": True, "gofood": True, "zeek": False}
    window.on_tick(clock.now())
    assert window.store_paused.text() == (f"Paused — Keeta OD · {ends(keeta_until, clock.now())}; "
                                          f"GoFood · {ends(gofood_until, clock.now())}")
    assert sheet.rows[Platform.ZEEK][0].text() == "Taking orders"

    clock.advance(15 * 60)  # Keeta's pause ends; GoFood's goes on
    await engine.store.run_due()
    window.on_tick(clock.now())
    assert await platforms.closed() == {"keeta": False, "gofood": True, "zeek": False}
    assert window.store_paused.text() == f"Paused — GoFood · {ends(gofood_until, clock.now())}"

    tap(sheet.scope.buttons[GOFOOD.value])
    tap(sheet.resume_all)
    await engine.store.run_due()
    window.on_tick(clock.now())
    assert await platforms.closed() == {"keeta": False, "gofood": False, "zeek": False}
    assert not window.store_paused.isVisible()

    tap(sheet.scope.buttons[KEETA.value])
    tap(sheet.busy_buttons[10])  # busy on Keeta only: the one of these that takes a preparation time
    assert (engine.store.busy_minutes(KEETA), engine.store.busy_minutes(GOFOOD)) == (10, 0)
    assert sheet.rows[KEETA][0].text() == "Taking orders · busy +10 min"
    assert "Busy changes nothing here" in sheet.rows[GOFOOD][1].text()
    window.grab().save(str(tmp_path / "store.png"))
    await stop_kds(window, engine)


async def test_a_pause_that_did_not_reach_a_platform_says_so_on_the_sheet_and_the_top_bar(
        app: QApplication, platforms: Platforms, clock: FakeClock, sounds: SoundBoard, tmp_path: Path) -> None:
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds, gofood_outlet="G-GONE")
    platforms.keeta.state.set_faults(fault_5xx=1.0, fault_ops=frozenset({"merchant"}))
    sheet = open_sheet(window)
    tap(sheet.pause_buttons[30])
    until = clock.now() + timedelta(minutes=30)
    await engine.store.run_due()
    assert await platforms.closed() == {"keeta": False, "gofood": False, "zeek": True}
    window.on_tick(clock.now())
    keeta = engine.store.store_record(KEETA)
    gofood = engine.store.store_record(GOFOOD)
    assert keeta is not None and keeta.last_error and gofood is not None and gofood.last_error
    assert window.store_paused.text() == (
        f"Paused — Keeta OD · not sent yet — retrying; GoFood · failed; Zeek · {ends(until, clock.now())}")
    assert "No such outlet" in gofood.last_error  # the platform's own words
    assert sheet.rows[KEETA][0].text() == (f"Paused until {wording.local_time(until)} · "
                                           f"not sent yet — retrying: {keeta.last_error}")
    assert sheet.rows[GOFOOD][0].text().endswith(f" · failed: {gofood.last_error}")
    if os.environ.get("KDS_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["KDS_SCREENSHOTS"], "store-not-sent.png"))

    platforms.keeta.state.set_faults(fault_5xx=0.0)  # Keeta is back: the retry gets through
    clock.advance(120)
    await engine.store.run_due()
    window.on_tick(clock.now())
    assert (await platforms.closed())["keeta"]
    assert window.store_paused.text() == f"Paused — GoFood · failed; Keeta OD, Zeek · {ends(until, clock.now())}"
    await stop_kds(window, engine)


async def test_a_platform_left_closed_during_opening_hours_rings_until_one_tap_reopens_it(
        app: QApplication, platforms: Platforms, clock: FakeClock, sounds: SoundBoard, tmp_path: Path) -> None:
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds, settings=ALWAYS_OPEN)
    sheet = open_sheet(window)
    tap(sheet.scope.buttons[GOFOOD.value])
    tap(sheet.pause_buttons[60])  # a pause with its end to come: what staff asked for
    tap(sheet.scope.buttons[KEETA.value])
    tap(sheet.pause_open_ended)  # until resumed, and then forgotten
    await engine.store.run_due()
    sheet.close_overlay()
    clock.advance(CLOSED_ALARM_AFTER.total_seconds() - 1)
    window.on_tick(clock.now())
    assert not window.closed_banner.isVisible() and MISSED_ORDERS not in sounds.history
    clock.advance(1)
    window.on_tick(clock.now())
    assert window.closed_banner.text() == "Your store is still closed on Keeta OD during opening hours"
    assert MISSED_ORDERS in sounds.history
    if os.environ.get("KDS_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["KDS_SCREENSHOTS"], "store-closed-in-hours.png"))
    reopen = window.closed_banner.action
    assert reopen is not None and reopen.isVisible()
    assert window.closed_banner.dismiss is None  # no way to silence it but to reopen

    tap(reopen)
    await engine.store.run_due()
    window.on_tick(clock.now())
    assert await platforms.closed() == {"keeta": False, "gofood": True, "zeek": False}
    assert not window.closed_banner.isVisible()
    await stop_kds(window, engine)


async def test_a_reopening_that_does_not_reach_the_platform_rings_during_opening_hours(
        app: QApplication, platforms: Platforms, clock: FakeClock, sounds: SoundBoard, tmp_path: Path) -> None:
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds, settings=ALWAYS_OPEN)
    sheet = open_sheet(window)
    tap(sheet.scope.buttons[KEETA.value])
    tap(sheet.pause_buttons[15])
    await engine.store.run_due()
    sheet.close_overlay()
    platforms.keeta.state.set_faults(fault_5xx=1.0, fault_ops=frozenset({"merchant"}))
    clock.advance(15 * 60)
    await engine.store.run_due()  # the reopening at its time fails, and keeps failing
    window.on_tick(clock.now())
    assert window.store_paused.text() == "Paused — Keeta OD · reopening not sent yet — retrying"
    assert not window.closed_banner.isVisible()
    clock.advance(CLOSED_ALARM_AFTER.total_seconds())
    await engine.store.run_due()
    window.on_tick(clock.now())
    assert window.closed_banner.text() == "Your store is still closed on Keeta OD during opening hours"
    assert (await platforms.closed())["keeta"]
    await stop_kds(window, engine)


async def test_outside_opening_hours_a_closed_platform_stays_quiet(
        app: QApplication, platforms: Platforms, clock: FakeClock, sounds: SoundBoard, tmp_path: Path) -> None:
    evenings = Settings(behaviour=Behaviour(opening_hours=(OpeningDay(weekday=0, opens="18:00", closes="02:00"),)))
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds, settings=evenings)
    open_sheet(window).pause_all(None)
    await engine.store.run_due()
    clock.advance(2 * 3600)  # Monday 14:00 here: not open yet
    window.on_tick(clock.now())
    assert not window.closed_banner.isVisible()
    clock.advance(4 * 3600)  # 18:00: open, and Keeta OD, GoFood and Zeek are still closed
    window.on_tick(clock.now())
    assert window.closed_banner.text() == \
        "Your store is still closed on Keeta OD, GoFood, Zeek during opening hours"
    await stop_kds(window, engine)


@pytest.fixture
def fake(clock: FakeClock) -> FakePlatform:
    """Keeta Standard: KDS cannot pause it (its store-status call is not confirmed)."""
    return FakePlatform(clock, platform=Platform.KEETA_STD, policy=POLICIES[Platform.KEETA_STD])


async def test_keeta_standard_is_paused_on_its_own_tablet_and_the_sheet_says_so(
        window: MainWindow, engine: Engine) -> None:
    sheet = open_sheet(window)
    tap(sheet.scope.buttons[Platform.KEETA_STD.value])
    assert not any(b.isEnabled() for b in (*sheet.pause_buttons.values(), sheet.pause_open_ended,
                                            sheet.pause_until_button, sheet.resume_all))
    state, note = sheet.rows[Platform.KEETA_STD]
    assert state.text() == "Pause it on the platform's own tablet"
    assert "Pause on the Keeta tablet" in note.text() and "Busy changes nothing here" in note.text()


async def test_the_store_button_asks_for_the_manager_pin_when_one_is_set(window: MainWindow) -> None:
    window.station.settings = Settings(security=Security().with_pin("2468"))
    window.station.pin_gate = PinGate(lambda: window.station.settings.security)
    tap(window.store_button)
    pin = window.top_overlay()
    assert isinstance(pin, PinSheet)
    for digit in "1357":
        pin.press(digit)
    assert not pin.submit() and not isinstance(window.top_overlay(), StoreSheet)
    for digit in "2468":
        pin.press(digit)
    assert pin.submit()
    assert isinstance(window.top_overlay(), StoreSheet)

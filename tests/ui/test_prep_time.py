"""The preparation-time picker: a setting (ask each time / always send the usual time) and large presets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.order import Platform
from kds.platforms.registry import POLICIES
from kds.services.engine import Engine, EngineSettings
from kds.station.settings import Behaviour, PrepTime, Settings, load_settings
from kds.store.db import Database
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.setup.station import StationContext
from kds.ui.sheets.confirm import CHOICE_HEIGHT, PrepTimeSheet
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import tap


@pytest.fixture
def station(tmp_path: Path) -> StationContext:
    return StationContext(settings=Settings(behaviour=Behaviour(default_prep_minutes=25)),
                          path=tmp_path / "settings.json")


async def test_ask_each_time_chosen_in_settings_sends_the_time_picked(window: MainWindow, engine: Engine,
                                                                      fake: FakePlatform, station: StationContext,
                                                                      qtbot) -> None:
    window.station = station
    panel = window.open_settings()
    assert isinstance(panel, SettingsPanel)
    choice = panel.behaviour.prep_time
    assert choice.value() == "usual"  # as the station was: no question asked
    qtbot.mouseClick(choice.buttons["ask"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: panel.is_closed, message=lambda: panel.problem.text() or "not saved")
    assert load_settings(station.path).settings.behaviour.prep_time is PrepTime.ASK

    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:confirm")
    sheet = window.top_overlay()
    assert isinstance(sheet, PrepTimeSheet)  # at once, without a restart
    assert list(sheet.choice_buttons) == [10, 15, 20, 25, 30, 45]
    usual = sheet.choice_buttons[25]
    assert usual.property("kind") == "primary" and "usual" in usual.text()
    assert all(b.height() >= CHOICE_HEIGHT for b in sheet.choice_buttons.values())
    assert not fake.calls_of(Action.CONFIRM)  # nothing sent before a time is chosen
    qtbot.mouseClick(sheet.choice_buttons[45], Qt.MouseButton.LeftButton)
    await engine.runner.run_due()
    (call,) = fake.calls_of(Action.CONFIRM)
    assert call.preparation_minutes == 45


async def test_the_usual_time_goes_without_a_question(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                      station: StationContext) -> None:
    window.station = station
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:confirm")
    assert not isinstance(window.top_overlay(), PrepTimeSheet)
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.CONFIRM)) == 1


async def test_a_platform_that_takes_no_preparation_time_is_confirmed_at_once(
        app: QApplication, db: Database, clock: FakeClock, sounds: SoundBoard, station: StationContext) -> None:
    std = FakePlatform(clock, Platform.KEETA_STD, POLICIES[Platform.KEETA_STD])  # its confirm has no such field
    engine = Engine(db, [std], clock, EngineSettings(undo_seconds=5))
    station.settings = Settings(behaviour=Behaviour(prep_time=PrepTime.ASK))
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False, station=station)
    window.resize(1600, 1000)
    window.show()
    try:
        order = std.add_order()
        await engine.pollers[std.platform].poll_once()
        tap(window, order.key, "action:confirm")
        assert not isinstance(window.top_overlay(), PrepTimeSheet)
        await engine.runner.run_due()
        assert len(std.calls_of(Action.CONFIRM)) == 1
    finally:
        retire(window)

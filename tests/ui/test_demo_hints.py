"""What a newcomer is told on the real window: the demo's first-run hint, and alarms that cannot be heard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.order import OrderKey, Platform
from kds.services.engine import Engine
from kds.station.settings import Settings, load_settings, save_settings
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.ui.conftest import tap, tap_card

HINT = "Tap Confirm to accept · tap a card for details"
SOUND_OFF = "Sound is off — no audio device"


def open_window(engine: Engine, clock: FakeClock, station: StationContext, sounds: SoundBoard, *,
                demo: bool = True) -> MainWindow:
    """The main window as a session opens it (`demo`: over the demo's simulators)."""
    window = MainWindow(engine, clock, UiSettings(sounds=sounds.enabled), sounds=sounds, start_ticker=False,
                        station=station)
    window.resize(1600, 1000)
    window.set_demo(demo)
    window.show()
    return window


@pytest.fixture
def station(tmp_path: Path) -> StationContext:
    """Saved settings of a station that never used the hint."""
    path = tmp_path / "settings.json"
    save_settings(Settings(), path)
    return StationContext(settings=Settings(), path=path)


async def arrived(window: MainWindow, engine: Engine, fake: FakePlatform, order_id: str) -> OrderKey:
    """A new order on the board."""
    fake.add_order(order_id=order_id)
    await engine.pollers[Platform.FAKE].poll_once()
    key = OrderKey(Platform.FAKE, order_id)
    assert window.board.card(key) is not None
    return key


@pytest.mark.parametrize("use", ["confirm", "open a card"])
async def test_the_demo_hint_shows_until_it_is_used_and_never_comes_back(
        app: QApplication, engine: Engine, fake: FakePlatform, clock: FakeClock, sounds: SoundBoard,
        station: StationContext, use: str) -> None:
    window = open_window(engine, clock, station, sounds)
    try:
        assert window.hint.text() == HINT
        key = await arrived(window, engine, fake, "o1")
        board_height = window.board_widget.height()
        assert window.hint.text() == HINT  # an order arriving does not make it go
        assert window.board_widget.height() == board_height
        if use == "confirm":
            tap(window, key, "action:confirm")
            ticket = window.orders.ticket(key)
            assert ticket is not None and ticket.latest(Action.CONFIRM) is not None
        else:
            tap_card(window, key)
            assert window.drawer is not None and not window.drawer.is_closed
        assert window.hint.text() == ""
        assert load_settings(station.path).settings.hint_used
    finally:
        retire(window)
    again = open_window(engine, clock, StationContext(settings=load_settings(station.path).settings,
                                                       path=station.path), sounds)
    try:
        assert again.hint.text() == ""
    finally:
        retire(again)


async def test_the_hint_is_the_demos_only(app: QApplication, engine: Engine, clock: FakeClock, sounds: SoundBoard,
                                          station: StationContext) -> None:
    window = open_window(engine, clock, station, sounds, demo=False)
    try:
        assert window.hint.text() == ""
    finally:
        retire(window)


async def test_alarms_without_an_audio_device_say_so_in_the_status_bar_while_it_lasts(
        app: QApplication, engine: Engine, clock: FakeClock, station: StationContext) -> None:
    outputs: list[object] = []
    sounds = SoundBoard(enabled=True, outputs=lambda: tuple(outputs))
    window = open_window(engine, clock, station, sounds, demo=False)
    try:
        assert SOUND_OFF in window.status.text()
        assert window.status.sound.isVisible()
        window.on_tick(clock.now())  # it stays: nothing but an audio output takes it away
        assert SOUND_OFF in window.status.text()
        outputs.append("speakers")  # plugged in
        sounds.recheck()
        assert SOUND_OFF not in window.status.text()
        outputs.clear()  # and out again
        sounds.recheck()
        assert SOUND_OFF in window.status.text()
    finally:
        retire(window)
        retire(sounds)


async def test_sounds_switched_off_in_settings_are_not_a_missing_device(
        app: QApplication, engine: Engine, clock: FakeClock, station: StationContext) -> None:
    sounds = SoundBoard(enabled=False, outputs=lambda: ())
    window = open_window(engine, clock, station, sounds, demo=False)
    try:
        assert SOUND_OFF not in window.status.text()
    finally:
        retire(window)
        retire(sounds)

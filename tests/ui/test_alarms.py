"""Sounds and the red banner: ring until touched, escalate, mute for five minutes, warn of missed orders."""

from __future__ import annotations

import wave

from kds.clock import FakeClock
from kds.platforms.base import PlatformAuthError, PlatformTransientError
from kds.services.engine import Engine
from kds.ui.resources import resource_path
from kds.ui.sounds import MISSED_ORDERS, SoundBoard
from kds.ui.viewmodels.board import AlarmKind
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import tap_card


async def advance_until(clock: FakeClock, predicate, step: float = 5.0, limit: float = 600.0) -> None:
    """Move fake time on in steps, letting the loop run, until `predicate()` holds."""
    import asyncio

    moved = 0.0
    while not predicate():
        assert moved < limit, "condition not met within the fake time limit"
        clock.advance(step)
        moved += step
        await asyncio.sleep(0.01)


def tick(window: MainWindow, clock: FakeClock, seconds: float = 1.0) -> None:
    clock.advance(seconds)
    window.ticker.tick()


async def test_a_new_order_rings_until_someone_touches_it(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                          clock: FakeClock, sounds: SoundBoard) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    assert list(sounds.history) == [AlarmKind.NEW_ORDER]
    for _ in range(8):
        tick(window, clock)
    assert list(sounds.history).count(AlarmKind.NEW_ORDER) == 3  # at 0, 4 and 8 s
    tap_card(window, order.key)  # touching the card (here: opening its drawer) stops the ringing
    before = len(sounds.history)
    for _ in range(10):
        tick(window, clock)
    assert len(sounds.history) == before


async def test_escalation_is_louder_and_mute_silences_for_five_minutes(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock, sounds: SoundBoard) -> None:
    fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tick(window, clock, 4 * 60 + 1)  # 59 s left: critical
    assert AlarmKind.ESCALATION in sounds.history
    window.toggle_mute()
    assert window.alarms.muted and window.top.mute.text().startswith("Muted 5:00")
    sounds.history.clear()
    for _ in range(30):
        tick(window, clock)
    assert list(sounds.history) == []
    tick(window, clock, 5 * 60)
    assert not window.alarms.muted and window.top.mute.text() == "Mute 5 min"


async def test_banner_after_two_failed_polls_in_a_row(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                      clock: FakeClock, sounds: SoundBoard) -> None:
    fake.fail_next.extend([PlatformTransientError("HTTP 503 from events:polling", status=503)] * 2)
    engine.start()
    try:
        await until(lambda: engine.health()[0].failures == 1)
        assert window.missed_banner.text() == ""  # one failure is not an alarm yet
        assert "cannot reach the platform" in window.status.text()
        clock.advance(engine.settings.poller.interval)
        await until(lambda: engine.health()[0].failures == 2)
        assert window.missed_banner.isVisible()
        text = window.missed_banner.text()
        assert "ORDERS MAY BE MISSED" in text and "HTTP 503 from events:polling" in text and "2 failed polls" in text
        assert MISSED_ORDERS in sounds.history
        # The third poll works (whenever the poll interval and the rate limit let it go out).
        await advance_until(clock, lambda: engine.health()[0].failures == 0)
        assert not window.missed_banner.isVisible()
    finally:
        await engine.stop()


async def test_one_auth_error_raises_the_banner(window: MainWindow, engine: Engine, fake: FakePlatform) -> None:
    fake.fail_next.append(PlatformAuthError("invalid client secret", status=401))
    engine.start()
    try:
        await until(lambda: window.missed_banner.isVisible())
        assert "login rejected" in window.missed_banner.text()
    finally:
        await engine.stop()


def test_status_bar_before_the_first_poll(window: MainWindow) -> None:
    assert "Test" in window.status.text() and "connecting" in window.status.text()


async def test_status_bar_counts_seconds_since_the_last_good_poll(window: MainWindow, engine: Engine,
                                                                  fake: FakePlatform, clock: FakeClock) -> None:
    await engine.pollers[fake.platform].poll_once()
    tick(window, clock, 12)
    assert "polled 12 s ago" in window.status.text()


def test_sound_files_are_distinct_small_wavs() -> None:
    names = [AlarmKind.NEW_ORDER, AlarmKind.ESCALATION, AlarmKind.CANCELLED, AlarmKind.REFUND_REQUEST,
             AlarmKind.RIDER_ARRIVED, MISSED_ORDERS]
    contents = set()
    for name in names:
        path = resource_path("sounds", f"{name}.wav")
        with wave.open(str(path)) as wav:
            assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
            assert 0.3 < wav.getnframes() / wav.getframerate() < 2.0
        assert path.stat().st_size < 100_000
        contents.add(path.read_bytes())
    assert len(contents) == len(names)


def test_sound_board_fails_soft_without_audio(app) -> None:
    board = SoundBoard(enabled=True)
    board.play("new_order")  # offscreen CI has no audio output: nothing raises
    board.play("no_such_sound")
    assert list(board.history) == ["new_order", "no_such_sound"]

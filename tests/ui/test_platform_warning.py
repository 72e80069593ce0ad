"""A problem a platform reports on its own side (GoFood's notification error) on the real window's status bar."""

from __future__ import annotations

from datetime import timedelta

from kds.clock import FakeClock
from kds.platforms.base import PlatformWarning, WarningKind
from kds.services.engine import Engine
from kds.services.health import WARNING_SHOWN
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform

AMBER = "#ffb224"


async def test_a_platform_warning_is_amber_on_its_entry_and_outlives_good_polls(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    poller = engine.pollers[fake.platform]
    await poller.poll_once()
    window.on_tick(clock.now())
    assert "reported" not in window.status.text()
    fake.warnings.append(PlatformWarning(WarningKind.NOTIFICATION_ERROR, clock.now(), "timeout"))
    await poller.poll_once()
    window.on_tick(clock.now())
    (entry,) = [label.text() for label in window.status.labels if label.text()]
    assert "Test reported a notification error: timeout" in entry and AMBER in entry
    assert not window.missed_banner.isVisible()  # no order is missed: no red alarm

    clock.advance(120)  # past the poll limit's window
    await poller.poll_once()  # a good poll does not hide what the platform said
    window.on_tick(clock.now())
    assert "Test reported a notification error: timeout" in window.status.text()

    clock.advance((WARNING_SHOWN - timedelta(seconds=120)).total_seconds())
    await poller.poll_once()
    window.on_tick(clock.now())
    assert "reported" not in window.status.text() and AMBER not in window.status.text()

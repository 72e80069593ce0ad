"""Settings show how long orders and customers' details are kept, what was cleaned up last, and save changes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.services.engine import Engine
from kds.station.settings import Settings
from kds.ui.i18n import reset_language
from kds.ui.setup.station import Restart, StationContext
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    reset_language()


@pytest.fixture
def station(tmp_path: Path) -> StationContext:
    return StationContext(settings=Settings(), path=tmp_path / "settings.json", can_restart=True)


async def test_the_durations_and_the_last_clean_up_show_and_a_change_restarts_the_engine(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock, station: StationContext,
        qtbot) -> None:
    window.station = station
    restarts: list[int] = []
    window.restart_requested.connect(restarts.append)
    panel = window.open_settings()
    page = panel.computer
    assert (page.keep_days.value(), page.erase_hours.value()) == (90, 24)
    assert page.cleanup.text() == "No clean-up yet."
    panel.close_overlay()

    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    fake.push(order.key.order_id, EventKind.CANCELLED, actor="customer")
    clock.advance(31)
    await engine.pollers[fake.platform].poll_once()
    clock.advance(25 * 3600)
    await engine.retention.run_once()
    panel = window.open_settings()
    page = panel.computer
    assert "0 old orders deleted" in page.cleanup.text() and "of 1 orders erased" in page.cleanup.text()

    qtbot.mouseClick(page.keep_days.minus, Qt.MouseButton.LeftButton)
    page.erase_hours.set_value(48)
    assert await panel.save() is not None
    assert (station.settings.retention.keep_days, station.settings.retention.erase_after_hours) == (80, 48)
    saved = json.loads(station.path.read_text(encoding="utf-8"))
    assert saved["retention"] == {"keep_days": 80, "erase_after_hours": 48}
    assert restarts == [Restart.ENGINE]  # the retention task runs in the engine: it starts again with them

"""Issue 15's watchdog: Keeta cancels an order nobody confirmed and closes the store; the board rings
and says so until one tap on Reopen opens the store again (real window, Keeta simulator, fake clock)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.order import OrderKey, Platform
from kds.domain.states import Stage
from kds.platforms.keeta_od.adapter import create_adapter
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.simulator.keeta_od import SimConfig, SimulatorServer
from kds.store.db import Database
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sounds import MISSED_ORDERS, SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes import waiting

KEETA = Platform.KEETA_OD


@pytest.fixture
def keeta(clock: FakeClock) -> Iterator[SimulatorServer]:
    sim = SimulatorServer(SimConfig(seed=5, rate_limit_per_window=1000, order_rate_per_min=0), clock=clock,
                          tick_interval=0.02)
    sim.start()
    yield sim
    sim.stop()


async def test_a_timeout_cancellation_rings_and_one_tap_reopens_the_store(
        app: QApplication, qtbot, keeta: SimulatorServer, clock: FakeClock, sounds: SoundBoard,
        tmp_path: Path) -> None:
    c = keeta.credentials
    engine = Engine(Database(tmp_path / "kds.sqlite3"),
                    [create_adapter(keeta.base_url, c.client_id, c.client_secret, c.merchant_ids, clock)], clock,
                    EngineSettings(undo_seconds=0, poll_limit=PollLimit(requests=1000, window=1.0)))
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
    window.resize(1600, 1000)
    window.show()
    poller = engine.pollers[KEETA]
    order_id = keeta.state.create_order("delivery")
    await poller.poll_once()
    assert not window.closed_banner.isVisible()

    clock.advance(5 * 60 + 1)  # nobody confirmed it: Keeta cancels it and closes the store
    await waiting.until(lambda: keeta.state.order_state(order_id).status == "CANCELLED", timeout=5.0)
    await poller.poll_once()
    ticket = engine.orders.ticket(OrderKey(KEETA, order_id))
    assert ticket is not None and ticket.status.stage is Stage.CANCELLED
    assert keeta.state.merchant_status() == "UNAVAILABLE"
    assert window.closed_banner.text() == "Keeta OD closed your store after a missed order"
    assert MISSED_ORDERS in sounds.history
    reopen = window.closed_banner.action
    assert reopen is not None and reopen.isVisible()

    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    await engine.store.run_due()
    assert keeta.state.merchant_status() == "AVAILABLE"
    assert [body for _, _, body, _ in keeta.state.status_calls()] == \
        [{"merchantStatus": "AVAILABLE"}] * len(c.merchant_ids)
    assert not window.closed_banner.isVisible()
    await engine.stop()
    engine.db.close()
    retire(window)

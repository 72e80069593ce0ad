"""Issue 15's done-when: Pause all for 30 minutes on the real window against the simulators.

Keeta Open Delivery (its simulator over real HTTP) and GoFood (its simulator's app) are paused from
the Store sheet; the top bar says so with a countdown; on the fake clock both reopen by themselves
after 30 minutes, also when KDS was stopped and started again in between.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.gofood.adapter import GoFoodAdapter
from kds.platforms.gofood.client import GoBizClient
from kds.platforms.keeta_od.adapter import create_adapter as keeta_adapter
from kds.platforms.relay import RelayClient
from kds.services.engine import Engine, EngineSettings
from kds.simulator.gofood.config import SimConfig as GoFoodConfig
from kds.simulator.gofood.server import create_app as gofood_app
from kds.simulator.gofood.state import GoFoodSimState
from kds.simulator.keeta_od import SimConfig, SimulatorServer
from kds.store.db import Database
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sheets.store import StoreSheet
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow


@dataclass
class Platforms:
    keeta: SimulatorServer
    gofood: GoFoodSimState

    def closed(self) -> dict[str, bool]:
        keeta = {self.keeta.state.merchant_status(m) for m in self.keeta.credentials.merchant_ids}
        return {"keeta": keeta == {"UNAVAILABLE"}, "gofood": self.gofood.force_closed}


@pytest.fixture
def platforms(clock: FakeClock) -> Iterator[Platforms]:
    keeta = SimulatorServer(SimConfig(seed=15, rate_limit_per_window=1000, order_rate_per_min=0), clock=clock,
                            tick_interval=0.02)
    keeta.start()
    yield Platforms(keeta, GoFoodSimState(GoFoodConfig(seed=15, webhook_url="http://relay.test/hooks/gofood/t"),
                                          clock))
    keeta.stop()


def start_kds(path: Path, sims: Platforms, clock: FakeClock, sounds: SoundBoard) -> tuple[MainWindow, Engine]:
    """KDS as the launcher starts it: a store, an engine over both platforms, the window."""
    c = sims.keeta.credentials
    g = sims.gofood.config
    gobiz = GoBizClient(httpx.AsyncClient(transport=httpx.ASGITransport(app=gofood_app(sims.gofood))),
                        "http://gobiz.test", "http://gobiz.test", g.client_id, g.client_secret, g.outlet_id, clock)
    gofood = GoFoodAdapter(gobiz, RelayClient(httpx.AsyncClient(), "http://relay.test", "unused", Platform.GOFOOD),
                           clock)
    adapters = [keeta_adapter(sims.keeta.base_url, c.client_id, c.client_secret, c.merchant_ids, clock), gofood]
    engine = Engine(Database(path), adapters, clock, EngineSettings(undo_seconds=0, station_name="Counter"))
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
    window.resize(1600, 1000)
    window.show()
    return window, engine


async def stop_kds(window: MainWindow, engine: Engine) -> None:
    await engine.stop()
    engine.db.close()
    retire(window)


async def test_pause_all_for_30_minutes_reopens_by_itself_also_across_a_restart(
        app: QApplication, qtbot, platforms: Platforms, clock: FakeClock, sounds: SoundBoard,
        tmp_path: Path) -> None:
    path = tmp_path / "kds.sqlite3"
    window, engine = start_kds(path, platforms, clock, sounds)
    assert not window.store_paused.isVisible()
    app.processEvents()
    top_before = window.top.history.geometry()
    qtbot.mouseClick(window.store_button, Qt.MouseButton.LeftButton)
    sheet = window.top_overlay()
    assert isinstance(sheet, StoreSheet)
    qtbot.mouseClick(sheet.pause_buttons[30], Qt.MouseButton.LeftButton)
    await engine.store.run_due()
    assert platforms.closed() == {"keeta": True, "gofood": True}
    window.on_tick(clock.now())
    assert window.store_paused.isVisible()
    assert window.store_paused.text().startswith("Paused — Keeta OD, GoFood · resumes ")
    assert window.store_paused.text().endswith("(30:00)")
    app.processEvents()
    assert window.top.history.geometry() == top_before  # the top bar's buttons did not move
    clock.advance(60)
    window.on_tick(clock.now())
    assert window.store_paused.text().endswith("(29:00)")
    await stop_kds(window, engine)

    clock.advance(19 * 60)  # KDS is stopped for a while
    window, engine = start_kds(path, platforms, clock, sounds)
    window.on_tick(clock.now())
    assert window.store_paused.text().endswith("(10:00)")  # still paused after the restart
    await engine.store.run_due()
    assert platforms.closed() == {"keeta": True, "gofood": True}
    clock.advance(10 * 60)
    await engine.store.run_due()
    window.on_tick(clock.now())
    assert platforms.closed() == {"keeta": False, "gofood": False}
    assert not window.store_paused.isVisible()
    window.grab().save(str(tmp_path / "board.png"))
    await stop_kds(window, engine)

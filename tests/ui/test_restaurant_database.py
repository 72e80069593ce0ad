"""A screen on the restaurant's PostgreSQL database: what Settings and the diagnostics say about it."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.services.engine import Engine, EngineSettings
from kds.station.autostart import Autostart
from kds.station.settings import Settings
from kds.store.connect import open_database
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.postgres import fresh_schema


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

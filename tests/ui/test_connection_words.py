"""What a failed connection looks like on the board: plain words, never an exception's class name."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.registry import spec_for
from kds.platforms.spec import AdapterInputs
from kds.services.engine import Engine, EngineSettings
from kds.store.db import Database
from kds.ui.settings import UiSettings
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.waiting import until
from tests.ui.test_alarms import advance_until


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def unreachable(app: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[tuple[MainWindow, Engine]]:
    spec = spec_for(Platform.KEETA_OD)
    values = {"base_url": f"http://127.0.0.1:{closed_port()}", "client_id": "id", "client_secret": "secret",
              "merchant_ids": ("store-1",)}
    adapter = spec.build(AdapterInputs(values, clock, spec.policy))
    db = Database(tmp_path / "kds.sqlite3")
    engine = Engine(db, [adapter], clock, EngineSettings(undo_seconds=5))
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=SoundBoard(enabled=False), start_ticker=False)
    window.resize(1600, 1000)
    window.show()
    yield window, engine
    window.close()
    window.deleteLater()
    db.close()


async def test_an_unreachable_platform_is_said_in_words(unreachable: tuple[MainWindow, Engine],
                                                        clock: FakeClock) -> None:
    window, engine = unreachable
    engine.start()
    try:
        await until(lambda: engine.health()[0].failures >= 1, timeout=10)
        await advance_until(clock, lambda: engine.health()[0].failures >= 2)
        await until(window.missed_banner.isVisible)
    finally:
        await engine.stop()
    text = window.missed_banner.text()
    assert "ORDERS MAY BE MISSED" in text and "cannot reach 127.0.0.1" in text
    assert "Error" not in text and "Error" not in window.status.text()  # no ConnectError, no class name at all

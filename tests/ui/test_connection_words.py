"""A connection in words: on the board when it fails, and in the wizard's connection test; never a class name."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.registry import spec_for
from kds.platforms.spec import AdapterInputs
from kds.services.engine import Engine, EngineSettings
from kds.simulator.keeta_od.config import SimConfig
from kds.simulator.keeta_od.server import SimulatorServer
from kds.station.settings import Settings
from kds.store.db import Database
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.setup.wizard import FirstRunWizard
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


@pytest.fixture
def simulator() -> Iterator[SimulatorServer]:
    server = SimulatorServer(SimConfig(time_scale=30, order_rate_per_min=0, seed=7))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def wizard(app: QApplication) -> Iterator[FirstRunWizard]:
    wizard = FirstRunWizard(StationContext(settings=Settings()))
    wizard.resize(1280, 900)
    wizard.show()
    wizard.show_page(1)
    yield wizard
    wizard.close()
    wizard.deleteLater()


def type_keeta(qtbot, wizard: FirstRunWizard, base_url: str, secret: str, server: SimulatorServer) -> None:
    form = wizard.platforms
    form.enabled[Platform.KEETA_OD].setChecked(True)
    creds = server.credentials
    for key, text in (("keeta_od.base_url", base_url), ("keeta_od.merchant_ids", ",".join(creds.merchant_ids)),
                      ("keeta_od/client_id", creds.client_id), ("keeta_od/client_secret", secret)):
        form.fields[key].clear()
        qtbot.keyClicks(form.fields[key], text)


async def test_the_wizard_tests_a_platforms_connection_against_the_simulator(
        wizard: FirstRunWizard, simulator: SimulatorServer, qtbot) -> None:
    form = wizard.platforms
    result = lambda: form.test_labels[Platform.KEETA_OD].text()  # noqa: E731 - read again after each rebuild
    type_keeta(qtbot, wizard, simulator.base_url, simulator.credentials.client_secret, simulator)
    qtbot.mouseClick(form.test_buttons[Platform.KEETA_OD], Qt.MouseButton.LeftButton)
    assert result() == "Connecting…"  # the tap returns at once: the test runs in the background
    await until(lambda: result().startswith("Connected"), timeout=15, message=result)

    type_keeta(qtbot, wizard, simulator.base_url, "not-the-secret", simulator)
    qtbot.mouseClick(form.test_buttons[Platform.KEETA_OD], Qt.MouseButton.LeftButton)
    await until(lambda: result().startswith("The platform refused these credentials"), timeout=15, message=result)

    type_keeta(qtbot, wizard, f"http://127.0.0.1:{closed_port()}", simulator.credentials.client_secret, simulator)
    qtbot.mouseClick(form.test_buttons[Platform.KEETA_OD], Qt.MouseButton.LeftButton)
    await until(lambda: "cannot reach 127.0.0.1" in result(), timeout=15, message=result)
    assert "Error" not in result()

"""No usable OS keyring: the board is red until the platform connects, and staff can connect it from there."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kds.domain.order import Platform
from kds.simulator.keeta_od.config import SimConfig
from kds.simulator.keeta_od.server import SimulatorServer
from kds.startup.runtime import Runtime, parse, read_credentials, start_runtime_from_settings
from kds.station.secret_file import PinFileSecrets, StationSecrets
from kds.station.settings import Behaviour, CredentialStore, PinHash, PlatformSettings, Settings, load_settings
from kds.ui.session import WindowSession
from kds.ui.setup.connect import ConnectSheet
from kds.ui.setup.pin import PinSheet
from kds.ui.setup.station import StationContext
from kds.ui.windows.main_window import MainWindow
from tests.fakes.waiting import until
from tests.ui.test_wizard import files_containing, user_dirs

PIN = "480716"


@pytest.fixture
def simulator() -> Iterator[SimulatorServer]:
    server = SimulatorServer(SimConfig(time_scale=30, order_rate_per_min=0, seed=7))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def no_keyring() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a Linux box without a Secret Service


def station_for(server: SimulatorServer, tmp_path: Path, **security: object) -> StationContext:
    keeta = PlatformSettings(enabled=True, base_url=server.base_url,
                             merchant_ids=tuple(server.credentials.merchant_ids))
    settings = Settings(setup_complete=True, platforms={Platform.KEETA_OD: keeta}, behaviour=Behaviour(sounds=False))
    settings = settings.model_copy(update={"security": settings.security.model_copy(update=security)})
    store = StationSecrets(settings.security.credential_store, file=PinFileSecrets(tmp_path / "credentials.enc",
                                                                                   n=2**12))
    return StationContext(settings=settings, secrets=store, can_restart=True)


def click(widget: QWidget, point: QPoint | None = None) -> None:
    from pytestqt.qtbot import QtBot

    QtBot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point if point is not None else widget.rect().center())


def window_of(session: WindowSession) -> MainWindow:
    assert session.window is not None
    return session.window


def sheet_of(window: MainWindow, kind: type) -> object:
    return next((o for o in window.overlays if isinstance(o, kind) and not o.is_closed), None)


async def start(app: QApplication, station: StationContext, tmp_path: Path) -> tuple[WindowSession, asyncio.Future]:
    args = parse(["--data-dir", str(tmp_path), "--time-scale", "30"])

    async def from_settings(settings: Settings) -> Runtime:
        credentials = await asyncio.to_thread(read_credentials, settings, station.secrets)
        return start_runtime_from_settings(args, settings, credentials, secrets=station.secrets)

    session = WindowSession(app, await from_settings(station.settings), args, station, rebuild=from_settings)
    task = asyncio.ensure_future(session.run())
    await until(lambda: session.window is not None and session.window.isVisible())
    return session, task


async def stop(session: WindowSession, task: asyncio.Future) -> None:
    window_of(session).close()
    assert await asyncio.wait_for(task, 15) == 0
    session.runtime.close()


def red_and_fixed_in_place(window: MainWindow) -> None:
    banner = window.missed_banner
    assert banner.isVisible() and "not connected" in banner.text() and "keyring" in banner.text()
    assert banner.dismiss is None and banner.action is not None and banner.action.isVisible()
    assert "not connected" in window.status.text() and "#ff5252" in window.status.text()  # the red dot
    assert "keyring.backends" not in banner.text()  # a sentence, never the backend's class name


async def test_without_a_keyring_the_board_stays_red_and_the_credentials_for_this_run_connect(
        app: QApplication, simulator: SimulatorServer, no_keyring: None, tmp_path: Path, qtbot) -> None:
    station = station_for(simulator, tmp_path)
    session, task = await start(app, station, tmp_path)
    try:
        window = window_of(session)
        red_and_fixed_in_place(window)
        sheet = sheet_of(window, ConnectSheet)
        assert isinstance(sheet, ConnectSheet), "the start did not ask for the credentials"
        click(sheet, QPoint(5, 5))  # a tap beside the sheet closes it ...
        click(window.board_widget)  # ... and a tap on the board
        await asyncio.sleep(0.05)
        red_and_fixed_in_place(window)  # ... leave the red state as it was

        click(window.missed_banner.action)
        sheet = sheet_of(window, ConnectSheet)
        assert isinstance(sheet, ConnectSheet) and sheet.choice is not None
        click(sheet.connect_button)
        assert "Choose where" in sheet.problem.text()  # no silent default: the place is chosen explicitly
        click(sheet.choice.buttons[CredentialStore.THIS_RUN.value])
        creds = simulator.credentials
        qtbot.keyClicks(sheet.fields["keeta_od/client_id"], creds.client_id)
        qtbot.keyClicks(sheet.fields["keeta_od/client_secret"], creds.client_secret)
        click(sheet.connect_button)

        await until(lambda: session.restarts == 1, timeout=10, message="Connect did not start a new engine")
        window = window_of(session)
        await until(lambda: "polled" in window.status.text(), timeout=15, message="the platform never connected")
        assert not window.missed_banner.isVisible() and window.health.unconnected == {}
        order_id = simulator.state.create_order("delivery")
        await until(lambda: any(k.order_id == order_id for k in window.board.ticket_keys()), timeout=15,
                    message="no order reached the board")
    finally:
        await stop(session, task)
    assert load_settings().settings.security.credential_store is CredentialStore.THIS_RUN
    assert files_containing([*user_dirs(), tmp_path], [simulator.credentials.client_secret]) == []


async def test_the_encrypted_file_opens_with_the_manager_pin_at_start(
        app: QApplication, simulator: SimulatorServer, no_keyring: None, tmp_path: Path, qtbot) -> None:
    creds = simulator.credentials
    file = PinFileSecrets(tmp_path / "credentials.enc", n=2**12)
    file.unlock(PIN)
    file.set("keeta_od/client_id", creds.client_id)
    file.set("keeta_od/client_secret", creds.client_secret)
    station = station_for(simulator, tmp_path, manager_pin=PinHash.create(PIN, n=2**10),
                          credential_store=CredentialStore.PIN_FILE)
    session, task = await start(app, station, tmp_path)
    try:
        window = window_of(session)
        assert "locked" in window.missed_banner.text()
        sheet = sheet_of(window, PinSheet)  # the start asks for the PIN, which opens the file
        assert isinstance(sheet, PinSheet)
        for digit in "1111":
            click(sheet.keys[digit])
        click(sheet.ok)
        assert "Wrong PIN" in sheet.problem.text() and session.restarts == 0
        for digit in PIN:
            click(sheet.keys[digit])
        click(sheet.ok)
        await until(lambda: session.restarts == 1, timeout=10, message="the PIN did not start a new engine")
        window = window_of(session)
        await until(lambda: "polled" in window.status.text(), timeout=15, message="the platform never connected")
        assert not window.missed_banner.isVisible()
    finally:
        await stop(session, task)

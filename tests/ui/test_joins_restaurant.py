"""Settings, This computer: "This screen joins a restaurant" — the shared database's address in the settings,
its password in the keyring, and KDS started again on it."""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kds.startup.runtime import read_credentials, start_runtime_from_settings
from kds.station.autostart import Autostart
from kds.station.credentials import SERVICE, SecretStore
from kds.station.settings import Settings, load_settings
from kds.ui.i18n import reset_language
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.setup.station import Restart, StationContext, restart_needed
from kds.ui.setup.wizard import FirstRunWizard
from kds.ui.windows.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.fakes.waiting import until
from tests.postgres import fresh_schema


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    reset_language()


@pytest.fixture
def station(tmp_path: Path) -> StationContext:
    return StationContext(settings=Settings(), path=tmp_path / "settings.json",
                          autostart=Autostart(platform="linux", config_home=tmp_path / "xdg"), can_restart=True)


def open_computer_page(window: MainWindow, station: StationContext) -> SettingsPanel:
    window.station = station
    panel = window.open_settings()
    assert isinstance(panel, SettingsPanel)
    panel.show_page(panel.forms.index(panel.computer))
    return panel


async def test_the_address_goes_to_the_settings_the_password_to_the_keyring_and_kds_starts_on_it(
        window: MainWindow, station: StationContext, memory_keyring: MemoryKeyring, qtbot, tmp_path: Path) -> None:
    with fresh_schema() as dsn:
        address = dsn.replace("://kds:kds@", "://kds@")  # the test server's role; its password typed apart
        assert address != dsn, "the test server's URL is expected to be postgresql://kds:kds@…"
        restarts: list[int] = []
        window.restart_requested.connect(restarts.append)
        panel = open_computer_page(window, station)
        await panel.load_stored()
        qtbot.keyClicks(panel.computer.store_url, address)
        qtbot.keyClicks(panel.computer.store_password, "kds")
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: panel.is_closed, message=lambda: panel.problem.text() or "not saved")

        saved = load_settings(station.path).settings
        assert saved.station.store_url == address
        assert memory_keyring.store == {(SERVICE, "store/password"): "kds"}
        assert b'"kds"' not in station.path.read_bytes().replace(b'"kds@', b"")  # the password is not in the file
        assert restarts == [Restart.ENGINE]

        # The engine KDS builds again from those settings and the keyring works on the restaurant's database.
        secrets = SecretStore()
        args = Namespace(db=None, data_dir=str(tmp_path / "data"), time_scale=None, poll_interval=None,
                         auto_accept=False, demo=False)
        runtime = start_runtime_from_settings(args, saved, read_credentials(saved, secrets), secrets=secrets)
        try:
            assert runtime.db.dialect == "postgresql"
        finally:
            runtime.close()
        assert not (tmp_path / "data" / "kds.sqlite3").exists()

        again = open_computer_page(window, station)
        await again.load_stored()
        assert again.computer.store_url.text() == address
        password = again.computer.store_password
        assert password.text() == "" and "keyring" in password.placeholderText()  # never read back into the form


async def test_an_address_that_is_not_postgresql_carries_the_password_or_cannot_be_opened_is_refused(
        window: MainWindow, station: StationContext, memory_keyring: MemoryKeyring, qtbot) -> None:
    panel = open_computer_page(window, station)
    for address, words in (("mysql://kds@db/kds", "postgresql://"), ("postgresql://kds:hunter2@db/kds", "own field"),
                           ("postgresql://kds@127.0.0.1:1/kds", "cannot open this database")):
        panel.computer.store_url.setText(address)
        assert await panel.save() is None
        assert words in panel.problem.text() and panel.stack.currentIndex() == panel.forms.index(panel.computer)
    assert not panel.is_closed and not station.path.exists() and memory_keyring.store == {}


def test_joining_or_leaving_a_restaurant_needs_a_new_engine() -> None:
    base = Settings()
    joined = base.model_copy(update={"station": base.station.model_copy(update={"store_url": "postgresql://h/kds"})})
    assert restart_needed(base, joined) is Restart.ENGINE
    assert restart_needed(joined, base) is Restart.ENGINE


async def test_the_wizard_asks_for_the_restaurant_s_database_and_finishes_only_on_one_it_can_open(
        app: QApplication, station: StationContext, memory_keyring: MemoryKeyring, qtbot, tmp_path: Path) -> None:
    with fresh_schema() as dsn:
        wizard = FirstRunWizard(station)
        wizard.resize(1280, 900)
        wizard.show()
        try:
            await wizard.load_stored()
            finished: list[object] = []
            wizard.done.connect(finished.append)
            for _ in range(6):  # language, platforms, printer, basics, riders, PIN: all left as they are
                qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
            assert wizard.pages[wizard.index] is wizard.restaurant
            qtbot.keyClicks(wizard.restaurant.store_url, "postgresql://kds@127.0.0.1:1/kds")
            qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
            assert "postgresql://kds@127.0.0.1:1/kds" in wizard.summary.text.text()
            assert await wizard.finish() is None  # nobody answers there: the wizard stays, on that page
            assert wizard.pages[wizard.index] is wizard.restaurant
            assert "cannot open this database" in wizard.problem.text()
            assert not finished and not station.path.exists()

            wizard.restaurant.store_url.setText(dsn.replace("://kds:kds@", "://kds@"))
            wizard.restaurant.store_password.setText("kds")
            result = await wizard.finish()
            assert result is not None and finished
            assert result.settings.station.store_url == dsn.replace("://kds:kds@", "://kds@")
            assert memory_keyring.store == {(SERVICE, "store/password"): "kds"}
        finally:
            wizard.close()
            wizard.deleteLater()

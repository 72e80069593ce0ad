"""The first-run wizard: credentials reach the keyring and no file; settings are saved; the board opens."""

from __future__ import annotations

import asyncio
import logging
import os
from argparse import Namespace
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.printing.config import AutoPrint
from kds.services.engine import Engine
from kds.station.autostart import Autostart
from kds.station.credentials import SERVICE, SecretStore
from kds.station.settings import CredentialStore, PrepTime, Settings, load_settings, settings_path
from kds.ui.i18n import reset_language
from kds.ui.launcher import _run_from_settings
from kds.ui.setup.station import StationContext
from kds.ui.setup.wizard import FirstRunWizard
from kds.ui.windows.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.fakes.runtime import FakeRuntime
from tests.fakes.waiting import until

CREDENTIALS = {
    "keeta_od/client_id": "od-client-8d41",
    "keeta_od/client_secret": "od-secret-5f0c9a7e21b34d6f",
    "keeta_std/tenant_token": "relay-tenant-3a9b7c1d5e",
    "keeta_std/app_id": "3084446411",
    "keeta_std/app_secret": "std-appsecret-c4e8f2a6b0d1",
    "keeta_std/access_token": "std-merchant-token-71e2c93b",
}
SECRETS = [v for k, v in CREDENTIALS.items() if not k.endswith(("client_id", "app_id"))]


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    reset_language()


@pytest.fixture
def station(tmp_path: Path) -> StationContext:
    """A fresh station: settings in the (temporary) user config dir, autostart under the temporary home."""
    return StationContext(settings=Settings(), autostart=Autostart(platform="linux", config_home=tmp_path / "xdg"))


@pytest.fixture
def wizard(app: QApplication, station: StationContext) -> Iterator[FirstRunWizard]:
    wizard = FirstRunWizard(station)
    wizard.resize(1280, 900)
    wizard.show()
    yield wizard
    wizard.close()
    wizard.deleteLater()


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QCheckBox) -> None:
    """Tap a check box on its box (a wide check box's middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(17, box.height() // 2))


def type_into(qtbot, wizard: FirstRunWizard, key: str, text: str) -> None:
    field = wizard.platforms.fields[key]
    field.clear()
    qtbot.keyClicks(field, text)


def fill_platforms(qtbot, wizard: FirstRunWizard) -> None:
    tick(qtbot, wizard.platforms.enabled[Platform.KEETA_OD])
    tick(qtbot, wizard.platforms.enabled[Platform.KEETA_STD])
    type_into(qtbot, wizard, "keeta_od.merchant_ids", "store-1138, store-2001")
    type_into(qtbot, wizard, "keeta_std.relay_url", "https://relay.example.com")
    for key, value in CREDENTIALS.items():
        type_into(qtbot, wizard, key, value)


def files_containing(roots: list[Path], secrets: list[str]) -> list[str]:
    """Every file under `roots` whose bytes contain one of `secrets` (as UTF-8 or UTF-16)."""
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for secret in secrets:
                    if secret.encode() in data or secret.encode("utf-16-le") in data:
                        found.append(f"{path}: {secret}")
    return found


def user_dirs() -> list[Path]:
    return [Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
            if Path(os.environ[v]).exists()]


async def test_wizard_puts_credentials_in_the_keyring_and_in_no_file(wizard: FirstRunWizard, station: StationContext,
                                                                    memory_keyring: MemoryKeyring, tmp_path: Path,
                                                                    qtbot, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    await wizard.load_stored()
    assert wizard.index == 0 and not wizard.back.isEnabled()
    click(qtbot, wizard.next)
    assert wizard.index == 1
    tick(qtbot, wizard.platforms.enabled[Platform.KEETA_OD])
    click(qtbot, wizard.next)  # switched on with nothing filled in: stays, says what is missing
    assert wizard.index == 1 and "Merchant IDs" in wizard.problem.text()
    tick(qtbot, wizard.platforms.enabled[Platform.KEETA_OD])
    fill_platforms(qtbot, wizard)
    for key in CREDENTIALS:
        if key in SECRETS:
            assert wizard.platforms.fields[key].echoMode() != wizard.platforms.fields[key].EchoMode.Normal
    click(qtbot, wizard.next)
    assert wizard.index == 2, wizard.problem.text()

    click(qtbot, wizard.printers.add_button)  # a printer, tested on a device file
    editor = wizard.printers.editors[0]
    click(qtbot, editor["connection"].buttons["device"])
    device = tmp_path / "printer.bin"
    qtbot.keyClicks(editor["path"], str(device))
    assert await wizard.printers.run_test(0)
    assert device.read_bytes().startswith(b"\x1b@") and b"KDS test page" in device.read_bytes()
    assert "Test page sent" in editor["result"].text()
    click(qtbot, wizard.next)

    assert wizard.index == 3  # auto-accept is off unless switched on
    assert not any(box.isChecked() for box in wizard.behaviour.auto_accept.values())
    click(qtbot, wizard.behaviour.prep.plus)
    click(qtbot, wizard.behaviour.prep_time.buttons[PrepTime.ASK.value])
    click(qtbot, wizard.next)
    assert wizard.index == 4  # the restaurant's own riders: optional
    click(qtbot, wizard.riders.add_button)
    qtbot.keyClicks(wizard.riders.editors[0]["name"], "Ana Souza")
    click(qtbot, wizard.next)
    qtbot.keyClicks(wizard.pin.new_pin, "2468")
    qtbot.keyClicks(wizard.pin.repeat_pin, "2468")
    click(qtbot, wizard.next)
    assert wizard.index == 6  # the restaurant's database: optional, empty for a screen on its own
    click(qtbot, wizard.next)
    assert wizard.index == 7 and "Keeta — Standard API" in wizard.summary.text.text()
    assert "Orders: kept on this screen" in wizard.summary.text.text()
    assert "Ana Souza" in wizard.summary.text.text()
    assert "Preparation time: asked at each Confirm (usual: 16 min)" in wizard.summary.text.text()

    finished: list[object] = []
    wizard.done.connect(finished.append)
    click(qtbot, wizard.next)  # Finish
    await until(lambda: finished, message="the wizard did not finish")

    (settings,) = finished
    assert isinstance(settings, Settings) and settings.setup_complete
    assert {(SERVICE, k): v for k, v in CREDENTIALS.items()} == memory_keyring.store
    saved = load_settings().settings
    assert saved == settings == station.settings and settings_path().is_file()
    od, std = saved.platform(Platform.KEETA_OD), saved.platform(Platform.KEETA_STD)
    assert od.enabled and od.merchant_ids == ("store-1138", "store-2001")
    assert std.enabled and std.relay_url == "https://relay.example.com" and std.base_url.startswith("https://")
    assert saved.behaviour.auto_accept == frozenset() and saved.behaviour.default_prep_minutes == 16
    assert saved.behaviour.prep_time is PrepTime.ASK
    assert saved.security.check_pin("2468") and not saved.security.check_pin("1111")
    assert [r.name for r in saved.riders] == ["Ana Souza"]
    (printer,) = saved.printing.printers
    assert printer.target == f"file:{device}" and printer.auto_print is AutoPrint.ON_CONFIRM

    # The desktop runtime reads them back from the keyring and connects both platforms.
    from kds.startup.runtime import parse, read_credentials, start_runtime_from_settings

    args = parse(["--data-dir", str(Path(os.environ["XDG_DATA_HOME"]) / "kds")])
    runtime = start_runtime_from_settings(args, saved, read_credentials(saved, SecretStore()), FakeClock())
    try:
        assert runtime.problems == [] and set(runtime.engine.adapters) == {Platform.KEETA_OD, Platform.KEETA_STD}
    finally:
        await runtime.engine.stop()
        runtime.close()

    assert files_containing([*user_dirs(), tmp_path], [*SECRETS, "2468"]) == []
    assert [line for line in caplog.text.splitlines() if any(s in line for s in SECRETS)] == []


async def test_without_a_keyring_the_wizard_says_so_and_writes_no_secret(wizard: FirstRunWizard, tmp_path: Path,
                                                                         qtbot) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a Linux box without a Secret Service
    await wizard.load_stored()
    notices = [w for w in wizard.platforms.findChildren(QWidget, "formNotice") if w.isVisibleTo(wizard.platforms)]
    assert notices and "keyring is not available" in notices[0].text()
    click(qtbot, wizard.next)
    fill_platforms(qtbot, wizard)
    for _ in range(6):
        click(qtbot, wizard.next)
    assert wizard.index == 7 and "keyring is not available" in wizard.summary.problem.text()
    assert "Not connected after Finish: Keeta — Open Delivery, Keeta — Standard API" in wizard.summary.problem.text()
    assert "keyring.backends" not in notices[0].text()  # a sentence for staff, not the backend's class name
    assert "board opens on these platforms" not in wizard.intro.text()  # nothing says it is ready
    result = await wizard.finish()
    assert result is not None and result.settings.setup_complete and not result.secrets_changed
    assert any("keyring is not available" in p for p in result.problems)
    assert files_containing([*user_dirs(), tmp_path], SECRETS) == []


async def test_without_a_keyring_credentials_chosen_for_this_run_connect_and_touch_no_disk(
        wizard: FirstRunWizard, station: StationContext, tmp_path: Path, qtbot) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    await wizard.load_stored()
    click(qtbot, wizard.next)
    fill_platforms(qtbot, wizard)
    choice = wizard.platforms.store_choice
    assert choice is not None and choice.value() == ""  # nothing chosen for staff
    click(qtbot, choice.buttons[CredentialStore.THIS_RUN.value])
    for _ in range(6):
        click(qtbot, wizard.next)
    assert wizard.index == 7 and wizard.summary.problem.text() == ""
    assert "For this run only" in wizard.summary.text.text()
    result = await wizard.finish()
    assert result is not None and result.problems == () and result.secrets_changed
    assert result.settings.security.credential_store is CredentialStore.THIS_RUN
    saved = load_settings().settings
    from kds.startup.runtime import read_credentials

    credentials = read_credentials(saved, station.secrets)
    assert credentials.unavailable is None
    assert credentials.values["keeta_od/client_secret"] == CREDENTIALS["keeta_od/client_secret"]
    assert files_containing([*user_dirs(), tmp_path], SECRETS) == []


async def test_a_language_tapped_in_the_wizard_applies_at_once_and_keeps_what_was_typed(wizard: FirstRunWizard,
                                                                                       qtbot) -> None:
    click(qtbot, wizard.next)
    type_into(qtbot, wizard, "keeta_od.merchant_ids", "store-1138")
    wizard.show_page(0)
    click(qtbot, wizard.language.language.buttons["pt_BR"])
    await until(lambda: wizard.next.text() == "Avançar")
    await until(lambda: wizard.platforms.title() == "Plataformas")
    assert wizard.platforms.fields["keeta_od.merchant_ids"].text() == "store-1138"  # rebuilt, not reset
    assert wizard.draft().settings.appearance.language.value == "pt_BR"


async def test_kds_without_settings_shows_the_wizard_then_the_board(app: QApplication, station: StationContext,
                                                                    engine: Engine, clock: FakeClock, qtbot) -> None:
    built: list[Settings] = []

    async def from_settings(settings: Settings) -> FakeRuntime:
        built.append(settings)
        return FakeRuntime(engine, clock)

    args = Namespace(screenshot=None, run_for=None, kiosk=False)
    task = asyncio.ensure_future(_run_from_settings(app, args, station, from_settings, None))
    await until(lambda: any(isinstance(w, FirstRunWizard) and w.isVisible() for w in app.topLevelWidgets()))
    wizard = next(w for w in app.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible())
    click(qtbot, wizard.next)
    fill_platforms(qtbot, wizard)
    for _ in range(7):
        click(qtbot, wizard.next)
    await until(lambda: built, message="no runtime was built from the saved settings")
    assert built[0].setup_complete and built[0].enabled_platforms() == [Platform.KEETA_OD, Platform.KEETA_STD]
    await until(lambda: any(isinstance(w, MainWindow) and w.isVisible() for w in app.topLevelWidgets()))
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    assert engine.running
    window.close()
    assert await asyncio.wait_for(task, 10) == 0
    assert not engine.running


async def test_closing_the_wizard_quits_without_a_runtime(app: QApplication, station: StationContext) -> None:
    built: list[Settings] = []

    async def from_settings(settings: Settings) -> FakeRuntime:
        built.append(settings)
        raise AssertionError("nothing to run")

    args = Namespace(screenshot=None, run_for=None, kiosk=False)
    task = asyncio.ensure_future(_run_from_settings(app, args, station, from_settings, None))
    await until(lambda: any(isinstance(w, FirstRunWizard) and w.isVisible() for w in app.topLevelWidgets()))
    next(w for w in app.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()).close()
    assert await asyncio.wait_for(task, 10) == 0
    assert built == [] and not settings_path().exists()


async def test_a_printer_warning_goes_when_the_connection_type_changes(wizard: FirstRunWizard, qtbot) -> None:
    wizard.show_page(2)
    click(qtbot, wizard.printers.add_button)
    editor = wizard.printers.editors[0]
    editor["host"].clear()
    click(qtbot, wizard.next)
    assert wizard.index == 2 and "address" in wizard.problem.text().lower()
    assert await wizard.printers.run_test(0) is False
    assert editor["result"].text() != ""
    click(qtbot, editor["connection"].buttons["usb"])
    assert wizard.problem.text() == "" and editor["result"].text() == ""  # said of the network printer
    assert not editor["places"]["usb"].isHidden() and editor["places"]["network"].isHidden()

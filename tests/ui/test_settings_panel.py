"""The settings panel: a round trip through file and keyring, live changes, restarts, test print, diagnostics."""

from __future__ import annotations

import asyncio
import socket
import zipfile
from argparse import Namespace
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.printing.config import PrinterConfig
from kds.services.engine import Engine
from kds.station.autostart import Autostart
from kds.station.credentials import SERVICE
from kds.station.settings import (
    Behaviour,
    CardSize,
    CredentialStore,
    Language,
    OpeningDay,
    Settings,
    Theme,
    load_settings,
)
from kds.store.db import Database
from kds.ui.i18n import reset_language
from kds.ui.session import WindowSession
from kds.ui.setup.credentials import CREDENTIAL_FIELDS
from kds.ui.setup.pin import PinSheet
from kds.ui.setup.printer_form import PrintersForm
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.setup.station import Restart, StationContext, restart_needed
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.fakes.platform import FakePlatform
from tests.fakes.runtime import FakeRuntime
from tests.fakes.waiting import until


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    reset_language()


@pytest.fixture
def station(tmp_path: Path) -> StationContext:
    return StationContext(settings=Settings(), path=tmp_path / "settings.json",
                          autostart=Autostart(platform="linux", config_home=tmp_path / "xdg"),
                          diagnostics_dir=tmp_path / "diagnostics", can_restart=True)


@pytest.fixture
def panel_window(window: MainWindow, station: StationContext) -> MainWindow:
    window.station = station
    return window


def tick(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(17, box.height() // 2))


async def test_settings_round_trip_through_the_file_and_the_keyring(panel_window: MainWindow, station: StationContext,
                                                                   memory_keyring: MemoryKeyring, qtbot) -> None:
    window = panel_window
    restarts: list[int] = []
    window.restart_requested.connect(restarts.append)
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().settings, Qt.MouseButton.LeftButton)  # More's Settings
    panel = window.top_overlay()
    assert isinstance(panel, SettingsPanel)
    await panel.load_stored()
    platforms = panel.platforms
    tick(qtbot, platforms.enabled[Platform.KEETA_OD])
    qtbot.keyClicks(platforms.fields["keeta_od.merchant_ids"], "store-7")
    qtbot.keyClicks(platforms.fields["keeta_od/client_id"], "client-42")
    qtbot.keyClicks(platforms.fields["keeta_od/client_secret"], "s3cret-client-value")
    panel.printers.add_printer()
    editor = panel.printers.editors[0]
    qtbot.keyClicks(editor["host"], "127.0.0.1")
    editor["width"].set_value("58")
    behaviour = panel.behaviour
    behaviour.amber.set_value(8)
    behaviour.red.set_value(12)
    behaviour.volume.set_value(50)
    behaviour.undo.set_value(3)
    tick(qtbot, behaviour.auto_accept[Platform.KEETA_OD])
    panel.display.theme.set_value("light")
    panel.display.font_scale.set_value(1.25)
    tick(qtbot, panel.computer.autostart)
    qtbot.keyClicks(panel.pin.new_pin, "1357")
    qtbot.keyClicks(panel.pin.repeat_pin, "1357")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: panel.is_closed, message=panel.problem.text() or "not saved")

    saved = load_settings(station.path).settings
    assert saved == station.settings
    od = saved.platform(Platform.KEETA_OD)
    assert od.enabled and od.merchant_ids == ("store-7",)
    (printer,) = saved.printing.printers
    assert (printer.target, printer.width) == ("tcp://127.0.0.1:9100", 58)
    assert saved.behaviour == Behaviour(auto_accept=frozenset({Platform.KEETA_OD}), volume=50, amber_minutes=8,
                                        red_minutes=12, undo_seconds=3)
    assert (saved.appearance.theme, saved.appearance.font_scale) == (Theme.LIGHT, 1.25)
    assert saved.security.check_pin("1357") and saved.station.start_with_system
    assert station.autostart.is_enabled()
    assert memory_keyring.store == {(SERVICE, "keeta_od/client_id"): "client-42",
                                    (SERVICE, "keeta_od/client_secret"): "s3cret-client-value"}
    assert b"s3cret" not in station.path.read_bytes()
    # Live: colours and type size now; platforms, printers and order behaviour by a new engine.
    assert window.theme.name == "light" and window.fonts.scale == 1.25
    assert restarts == [Restart.ENGINE]

    window.request_settings()  # the PIN now guards the settings
    sheet = window.top_overlay()
    assert isinstance(sheet, PinSheet)
    for digit in "1357":
        sheet.press(digit)
    assert sheet.submit()
    again = window.top_overlay()
    assert isinstance(again, SettingsPanel)
    await again.load_stored()
    secret = again.platforms.fields["keeta_od/client_secret"]
    assert secret.text() == "" and "keyring" in secret.placeholderText()  # never read back into the form
    assert again.platforms.fields["keeta_od/client_id"].text() == "client-42"  # an identifier: shown
    assert again.behaviour.amber.value() == 8 and again.printers.editors[0]["width"].value() == "58"


async def test_a_wrong_value_keeps_the_panel_open_and_saves_nothing(panel_window: MainWindow,
                                                                    station: StationContext) -> None:
    panel = panel_window.open_settings()
    panel.behaviour.amber.set_value(30)
    panel.behaviour.red.set_value(20)
    assert await panel.save() is None
    assert "amber" in panel.problem.text() and panel.stack.currentIndex() == panel.forms.index(panel.behaviour)
    assert not panel.is_closed and not station.path.exists()


async def test_language_and_kiosk_apply_without_a_restart(panel_window: MainWindow) -> None:
    window = panel_window
    restarts: list[int] = []
    window.restart_requested.connect(restarts.append)
    panel = window.open_settings()
    panel.display.language.set_value(Language.ZH_CN.value)
    assert await panel.save() is not None
    await until(lambda: window.top.history.text() == "记录")
    assert window.top.more.text() == "更多" and restarts == []


async def test_a_language_tapped_in_settings_applies_at_once_without_save(panel_window: MainWindow,
                                                                        station: StationContext, qtbot) -> None:
    window = panel_window
    panel = window.open_settings()
    panel.show_page(panel.forms.index(panel.display))
    qtbot.mouseClick(panel.display.language.buttons[Language.ZH_HK.value], Qt.MouseButton.LeftButton)
    await until(lambda: window.top.history.text() == "記錄")  # the board behind the open panel, unsaved
    assert not panel.is_closed and window.top.more.text() == "更多"
    assert load_settings(station.path).settings.appearance.language is Language.ZH_HK  # and it stays so
    await until(lambda: panel.display.language.value() == Language.ZH_HK.value)  # the rebuilt form agrees
    assert await panel.save() is not None
    assert window.top.history.text() == "記錄"


async def test_save_keeps_the_light_board_light(panel_window: MainWindow, station: StationContext, qtbot) -> None:
    window = panel_window
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    assert window.top_overlay().theme.text() == "Light"
    qtbot.mouseClick(window.top_overlay().theme, Qt.MouseButton.LeftButton)  # More's Light button
    assert window.theme.name == "light"
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().settings, Qt.MouseButton.LeftButton)  # More's Settings
    panel = window.top_overlay()
    assert isinstance(panel, SettingsPanel)
    assert panel.display.theme.value() == Theme.LIGHT.value  # the form shows what the board shows
    assert await panel.save() is not None
    assert window.theme.name == "light"
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    assert window.top_overlay().theme.text() == "Dark"
    assert load_settings(station.path).settings.appearance.theme is Theme.LIGHT


async def test_card_size_is_chosen_on_the_screen_page_and_applies_at_once(panel_window: MainWindow,
                                                                          station: StationContext, qtbot) -> None:
    window = panel_window
    restarts: list[int] = []
    window.restart_requested.connect(restarts.append)
    preparing = window.board_widget.view(Column.PREPARING)
    assert not preparing.delegate.compact  # an empty column is not crowded: full cards
    panel = window.open_settings()
    panel.show_page(panel.forms.index(panel.display))
    assert panel.display.card_size.value() == CardSize.AUTO.value
    qtbot.mouseClick(panel.display.card_size.buttons[CardSize.COMPACT.value], Qt.MouseButton.LeftButton)
    assert await panel.save() is not None
    await until(lambda: preparing.delegate.compact)  # the board, without a restart
    assert restarts == [] and window.settings.card_size == CardSize.COMPACT.value
    assert load_settings(station.path).settings.appearance.card_size is CardSize.COMPACT
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().theme, Qt.MouseButton.LeftButton)  # a screen setting saved from the board
    assert load_settings(station.path).settings.appearance.card_size is CardSize.COMPACT  # is not turned back
    panel = window.open_settings()
    assert panel.display.card_size.value() == CardSize.COMPACT.value  # the form shows what the board shows
    panel.display.card_size.set_value(CardSize.FULL.value)
    assert await panel.save() is not None
    await until(lambda: not preparing.delegate.compact)


def test_restart_needed_sorts_changes() -> None:
    base = Settings()
    appearance = base.appearance.model_copy(update={"theme": Theme.LIGHT, "language": Language.TH})
    assert restart_needed(base, base.model_copy(update={"appearance": appearance})) is Restart.NONE
    quieter = base.behaviour.model_copy(update={"sounds": False})
    assert restart_needed(base, base.model_copy(update={"behaviour": quieter})) is Restart.WINDOW
    accepting = base.behaviour.model_copy(update={"auto_accept": frozenset({Platform.KEETA_OD})})
    assert restart_needed(base, base.model_copy(update={"behaviour": accepting})) is Restart.ENGINE
    assert restart_needed(base, base, secrets_changed=True) is Restart.ENGINE


def test_forms_and_runtime_agree_on_the_keyring_names() -> None:
    from kds.startup.runtime import CREDENTIALS, OPTIONAL_CREDENTIALS
    from kds.station import keyring_tokens
    from kds.ui.setup.credentials import TOKEN_EXPIRY, TOKEN_FIELDS

    required = {p: tuple(f.name for f in fields if f.required) for p, fields in CREDENTIAL_FIELDS.items()}
    optional = {p: tuple(f.name for f in fields if not f.required) + ((TOKEN_EXPIRY[p],) if p in TOKEN_EXPIRY else ())
                for p, fields in CREDENTIAL_FIELDS.items()}
    assert required == CREDENTIALS
    assert {p: names for p, names in optional.items() if names} == OPTIONAL_CREDENTIALS
    assert TOKEN_FIELDS[Platform.KEETA_STD] == (keyring_tokens.ACCESS, keyring_tokens.REFRESH)
    assert TOKEN_EXPIRY[Platform.KEETA_STD] == keyring_tokens.EXPIRES


async def test_an_engine_restart_rebuilds_the_runtime_and_the_window(app: QApplication, engine: Engine,
                                                                     clock: FakeClock, station: StationContext,
                                                                     tmp_path: Path) -> None:
    built: list[FakeRuntime] = []

    async def rebuild(settings: Settings) -> FakeRuntime:
        db = Database(tmp_path / f"kds-{len(built)}.sqlite3")
        runtime = FakeRuntime(Engine(db, [FakePlatform(clock)], clock), clock)
        runtime.close = db.close  # type: ignore[method-assign]
        built.append(runtime)
        return runtime

    first_runtime = FakeRuntime(engine, clock)
    session = WindowSession(app, first_runtime, Namespace(screenshot=None, run_for=None, kiosk=False), station,
                            rebuild=rebuild)
    task = asyncio.ensure_future(session.run())
    await until(lambda: session.window is not None and session.window.isVisible())
    first_window = session.window
    assert engine.running
    first_window.restart_requested.emit(int(Restart.ENGINE))
    await until(lambda: session.restarts == 1)
    assert not engine.running and first_runtime.closed == [True]  # stopped and closed before the new one
    assert session.runtime is built[0] and built[0].engine.running
    assert session.window is not first_window and session.window.engine is built[0].engine
    second_window = session.window
    second_window.restart_requested.emit(int(Restart.WINDOW))  # sounds or colours: a new window, same engine
    await until(lambda: session.restarts == 2)
    assert session.runtime is built[0] and session.window is not second_window and built[0].engine.running
    session.window.close()
    assert await asyncio.wait_for(task, 10) == 0
    assert not built[0].engine.running
    session.runtime.close()


async def test_without_a_rebuild_the_window_says_a_restart_is_needed(panel_window: MainWindow,
                                                                     station: StationContext) -> None:
    station.can_restart = False  # demo mode, or platforms from options
    panel = panel_window.open_settings()
    panel.behaviour.prep.set_value(25)
    assert await panel.save() is not None
    assert "starts again" in panel_window.error_banner.text()


async def test_a_test_page_prints_to_a_device_file_and_a_dead_printer_says_why(tmp_path: Path) -> None:
    form = PrintersForm(Settings())
    form.add_printer()
    editor = form.editors[0]
    editor["connection"].set_value("device")
    editor["path"].setText(str(tmp_path / "lp0"))
    assert await form.run_test(0)
    assert b"KDS test page" in (tmp_path / "lp0").read_bytes()
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    editor["connection"].set_value("network")
    editor["host"].setText("127.0.0.1")
    editor["port"].setText(str(port))
    assert not await form.run_test(0)
    assert "did not print" in editor["result"].text()
    form.deleteLater()


def test_a_printer_s_hidden_settings_survive_an_edit() -> None:
    kitchen = PrinterConfig(name="kitchen", target="usb:04b8:0e15", codepage="CP860", copies=2, profile="TM-T20II")
    form = PrintersForm(Settings(printing=Settings().printing.model_copy(update={"printers": (kitchen,)})))
    assert form.editors[0]["connection"].value() == "usb" and form.editors[0]["vendor"].text() == "04b8"
    form.editors[0]["name"].setText("grill")
    from kds.ui.setup.form import Draft

    (printer,) = form.apply(Draft(Settings())).settings.printing.printers
    assert (printer.name, printer.target, printer.copies, printer.profile) == ("grill", kitchen.target, 2, "TM-T20II")
    form.deleteLater()


async def test_about_exports_diagnostics_without_secrets(panel_window: MainWindow, station: StationContext,
                                                         memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(SERVICE, "keeta_od/client_secret", "never-in-the-zip-7781")
    sheet = panel_window.open_about()
    assert "KDS 0." in sheet.view.findChild(type(sheet.title), "formTitle").text()
    path = await sheet.view.export()
    assert path is not None and path.parent == station.diagnostics_dir
    assert str(path) in sheet.view.result.text()
    with zipfile.ZipFile(path) as bundle:
        assert {"manifest.json", "settings.json", "store.json", "versions.json"} <= set(bundle.namelist())
        assert all(b"never-in-the-zip" not in bundle.read(name) for name in bundle.namelist())


async def test_riders_are_added_edited_and_offered_by_dispatch_at_once(panel_window: MainWindow,
                                                                       station: StationContext, qtbot) -> None:
    from kds.domain.riders import Vehicle
    from kds.station.settings import RiderSettings

    window = panel_window
    station.settings = station.settings.model_copy(update={"riders": (RiderSettings(id=4, name="Ana"),)})
    restarts: list[int] = []
    window.restart_requested.connect(restarts.append)
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().settings, Qt.MouseButton.LeftButton)  # More's Settings
    panel = window.top_overlay()
    assert isinstance(panel, SettingsPanel)
    riders = panel.riders
    qtbot.mouseClick(riders.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(riders.add_button, Qt.MouseButton.LeftButton)
    first, second, third = riders.editors
    qtbot.keyClicks(first["plate"], "FKD-4E21")
    qtbot.keyClicks(second["name"], "Bruno Lima")
    qtbot.keyClicks(second["phone"], "+55 11 97777-0000")
    qtbot.mouseClick(second["vehicle"].buttons[Vehicle.BICYCLE.value], Qt.MouseButton.LeftButton)
    # The third stays without a name: it is left out. A bad phone is refused with the rider's number.
    qtbot.keyClicks(third["phone"], "call me")
    qtbot.keyClicks(third["name"], "Caio")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: bool(panel.problem.text()), message="a bad phone was saved")
    assert "3" in panel.problem.text() and not panel.is_closed
    third = riders.editors[2]
    third["phone"].clear()
    third["name"].clear()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: panel.is_closed, message=panel.problem.text() or "not saved")
    saved = load_settings(station.path).settings
    assert saved.riders == (RiderSettings(id=4, name="Ana", plate="FKD-4E21"),
                            RiderSettings(id=5, name="Bruno Lima", phone="+55 11 97777-0000",
                                          vehicle=Vehicle.BICYCLE))
    assert station.settings.own_riders()[1].name == "Bruno Lima"  # what Dispatch offers from now on
    assert restarts in ([], [Restart.NONE])


async def test_without_a_keyring_settings_keeps_the_credentials_where_staff_choose(panel_window: MainWindow,
                                                                                 station: StationContext,
                                                                                 qtbot) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a Linux box without a Secret Service
    window = panel_window
    restarts: list[int] = []
    window.restart_requested.connect(restarts.append)
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().settings, Qt.MouseButton.LeftButton)  # More's Settings
    panel = window.top_overlay()
    assert isinstance(panel, SettingsPanel)
    await panel.load_stored()
    platforms = panel.platforms

    def notices() -> list[str]:
        return [w.text() for w in platforms.findChildren(QLabel, "formNotice") if w.isVisibleTo(platforms)]

    await until(notices, message="Settings does not say that the keyring is missing")
    assert "keyring is not available" in notices()[0] and "keyring.backends" not in notices()[0]
    tick(qtbot, platforms.enabled[Platform.KEETA_OD])
    qtbot.keyClicks(platforms.fields["keeta_od.merchant_ids"], "store-7")
    qtbot.keyClicks(platforms.fields["keeta_od/client_id"], "client-42")
    qtbot.keyClicks(platforms.fields["keeta_od/client_secret"], "s3cret-client-value")
    assert platforms.store_choice is not None
    qtbot.mouseClick(platforms.store_choice.buttons[CredentialStore.THIS_RUN.value], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: panel.is_closed, message=panel.problem.text() or "not saved")

    assert not window.error_banner.isVisible()  # no "The credentials were not saved"
    assert station.settings.security.credential_store is CredentialStore.THIS_RUN
    assert station.secrets.get("keeta_od/client_secret") == "s3cret-client-value"
    assert b"s3cret" not in station.path.read_bytes()
    assert restarts == [Restart.ENGINE]


async def test_the_demos_settings_say_which_platforms_run(app: QApplication, tmp_path: Path) -> None:
    from kds.startup.runtime import parse, start_runtime

    args = parse(["--demo", "--data-dir", str(tmp_path), "--demo-rate", "0", "--demo-seed", "7"])
    runtime = start_runtime(args)
    station = StationContext(settings=Settings(behaviour=Behaviour(sounds=False)))
    session = WindowSession(app, runtime, args, station)
    task = asyncio.ensure_future(session.run())
    try:
        await until(lambda: session.window is not None and session.window.isVisible())
        assert session.window is not None
        panel = session.window.open_settings()
        platforms = panel.platforms

        def notices() -> str:
            return " ".join(w.text() for w in platforms.findChildren(QLabel, "formNotice") if w.isVisibleTo(platforms))

        await until(lambda: "simulators" in notices(), message="Settings does not say what the demo runs")
        assert "Keeta — Open Delivery" in notices() and "Keeta — Standard API" in notices()
    finally:
        if session.window is not None:
            session.window.close()
        assert await asyncio.wait_for(task, 15) == 0
        runtime.close()


async def test_opening_hours_are_set_per_weekday_with_big_steps_and_saved(panel_window: MainWindow,
                                                                         station: StationContext, qtbot) -> None:
    panel = panel_window.open_settings()
    panel.show_page(panel.forms.index(panel.behaviour))
    hours = panel.behaviour.hours
    monday, opens, closes = hours[0]
    tick(qtbot, monday)
    qtbot.mouseClick(opens.plus, Qt.MouseButton.LeftButton)  # 10:00 → 10:15
    for _ in range(4):
        qtbot.mouseClick(closes.minus, Qt.MouseButton.LeftButton)  # 22:00 → 21:00
    friday, _, friday_closes = hours[4]
    tick(qtbot, friday)
    friday_closes.set_value(2 * 60)  # past midnight
    assert (opens.display.text(), closes.display.text()) == ("10:15", "21:00")
    assert await panel.save() is not None
    saved = load_settings(station.path).settings.behaviour
    assert saved.opening_hours == (OpeningDay(weekday=0, opens="10:15", closes="21:00"),
                                   OpeningDay(weekday=4, opens="10:00", closes="02:00"))
    again = panel_window.open_settings().behaviour.hours
    assert [d.isChecked() for d, _, _ in again.values()] == [True, False, False, False, True, False, False]
    assert again[4][2].display.text() == "02:00"


async def test_a_day_that_opens_when_it_closes_is_refused(panel_window: MainWindow) -> None:
    panel = panel_window.open_settings()
    monday, opens, closes = panel.behaviour.hours[0]
    monday.setChecked(True)
    opens.set_value(closes.value())
    assert await panel.save() is None
    assert "opening and closing" in panel.problem.text()

"""The restaurant's settings on two screens of one PostgreSQL: saved on one, used by the other.

Each window has its own engine, connection, settings file and keyring entries; the restaurant's
sections of the settings (PIN, printers, platform accounts, order handling) are the store's. The
other screen hears of a save through the change feed, as it hears of every change.
"""

from __future__ import annotations

import asyncio
import json
from argparse import Namespace
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.services.engine import Engine, EngineSettings
from kds.startup.runtime import open_settings_store, read_credentials, start_runtime_from_settings
from kds.station.autostart import Autostart
from kds.station.credentials import SecretStore
from kds.station.restaurant import RestaurantStore
from kds.station.settings import Guarded, Language, PlatformSettings, Settings, Station, load_settings
from kds.store.connect import open_database
from kds.ui.lifetime import retire
from kds.ui.session import WindowSession
from kds.ui.settings import UiSettings
from kds.ui.setup.pin import PinSheet
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.setup.station import StationContext
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.fakes.platform import FakePlatform
from tests.fakes.runtime import FakeRuntime
from tests.fakes.waiting import until
from tests.postgres import fresh_schema

WAIT = 10.0  # seconds a save may take to reach the other screen before the test fails (never a measure)


@dataclass
class Screen:
    name: str
    window: MainWindow
    engine: Engine
    station: StationContext

    def open_settings(self) -> SettingsPanel:
        self.window.request_settings()
        panel = self.window.top_overlay()
        assert isinstance(panel, SettingsPanel)
        return panel


@pytest.fixture
def shared_store() -> Iterator[str]:
    with fresh_schema("kds_shared") as dsn:
        yield dsn


@pytest.fixture
def screens(app: QApplication, shared_store: str, fake: FakePlatform, clock: FakeClock, sounds: SoundBoard,
            tmp_path: Path) -> Iterator[tuple[Screen, Screen]]:
    opened = []
    for name in ("counter", "kitchen"):
        db = open_database(shared_store, origin=name)
        engine = Engine(db, [fake], clock, EngineSettings(undo_seconds=5, station_name=name))
        restaurant = RestaurantStore(db, name, clock)
        path = tmp_path / name / "settings.json"
        address = shared_store.replace("://kds:kds@", "://kds@")  # as Settings keeps it: the password apart
        joined = restaurant.join(Settings(setup_complete=True, station=Station(store_url=address)), path)
        station = StationContext(settings=joined.settings, path=path, restaurant=restaurant,
                                 autostart=Autostart(platform="linux", config_home=tmp_path / name / "xdg"))
        window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False,
                            station=station)
        window.resize(1200, 800)
        window.show()
        opened.append(Screen(name, window, engine, station))
    yield opened[0], opened[1]
    for screen in opened:
        retire(screen.window)
        screen.engine.db.close()


def start_feeds(screens: tuple[Screen, Screen]) -> None:
    for screen in screens:
        screen.engine.feed.start()  # only the feed: nothing polls or prints in these tests


async def stop_feeds(screens: tuple[Screen, Screen]) -> None:
    for screen in screens:
        await screen.engine.feed.stop()


async def test_a_pin_set_on_the_counter_guards_the_kitchen_s_settings(screens: tuple[Screen, Screen]) -> None:
    counter, kitchen = screens
    start_feeds(screens)
    try:
        kitchen.open_settings().close_overlay()  # no PIN yet: Settings opens at once
        panel = counter.open_settings()
        panel.pin.new_pin.setText("2468")
        panel.pin.repeat_pin.setText("2468")
        assert await panel.save() is not None

        await until(lambda: kitchen.station.settings.security.manager_pin is not None, timeout=WAIT,
                    message="the counter's PIN never reached the kitchen")
        kitchen.window.request_settings()
        sheet = kitchen.window.top_overlay()
        assert isinstance(sheet, PinSheet)  # the kitchen's Settings are behind the restaurant's PIN now
        for digit in "1111":
            sheet.press(digit)
        assert not sheet.submit()
        for digit in "2468":
            sheet.press(digit)
        assert sheet.submit() and isinstance(kitchen.window.top_overlay(), SettingsPanel)
        assert kitchen.station.settings.security.check_pin("2468")  # and its file keeps it for the next start
        assert kitchen.station.path is not None and b"manager_pin" in kitchen.station.path.read_bytes()
    finally:
        await stop_feeds(screens)


async def test_a_printer_added_on_the_kitchen_is_listed_on_the_counter_with_its_screen(
        screens: tuple[Screen, Screen]) -> None:
    counter, kitchen = screens
    start_feeds(screens)
    try:
        panel = kitchen.open_settings()
        panel.printers.add_printer()
        panel.printers.editors[0]["host"].setText("10.0.0.9")
        panel.printers.editors[0]["station"].setText("GRILL")
        assert await panel.save() is not None
        (mine,) = kitchen.station.settings.printing.printers
        assert (mine.name, mine.owner) == ("kitchen", "kitchen")

        def listed() -> bool:
            return [(p.name, p.owner) for p in counter.station.settings.printing.printers] == [("kitchen", "kitchen")]

        await until(listed, timeout=WAIT, message="the kitchen's printer never reached the counter's settings")
        shown = counter.open_settings()
        shown.show_page(shown.forms.index(shown.printers))
        editor = shown.printers.editors[0]
        assert editor["host"].text() == "10.0.0.9" and editor["owner"].text() == "Connected to the screen kitchen"
    finally:
        await stop_feeds(screens)


async def test_platform_accounts_saved_on_the_counter_are_what_the_kitchen_polls_with_after_a_restart(
        shared_store: str, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    secrets = SecretStore()
    args = Namespace(db=shared_store, data_dir=str(tmp_path / "data"), time_scale=None, poll_interval=None,
                     auto_accept=False, demo=False)
    counter_settings = Settings(setup_complete=True)
    counter_store = open_settings_store(args, counter_settings, read_credentials(counter_settings, secrets),
                                        name="counter")
    try:
        assert counter_store.restaurant is not None
        platforms = dict(counter_store.settings.platforms)
        platforms[Platform.KEETA_OD] = PlatformSettings(enabled=True, base_url="https://od.example/api",
                                                        merchant_ids=("m-7", "m-8"))
        counter_store.restaurant.save(counter_store.settings.model_copy(update={"platforms": platforms}),
                                      counter_store.settings)
    finally:
        counter_store.db.close()

    # The kitchen's own file knows of no platform; its keyring holds the account's credentials (entered there).
    secrets.set("keeta_od/client_id", "kitchen-client")
    secrets.set("keeta_od/client_secret", "kitchen-secret")
    kitchen = Settings(setup_complete=True)
    opened = open_settings_store(args, kitchen, read_credentials(kitchen, secrets), name="kitchen")
    runtime = start_runtime_from_settings(args, opened.settings, read_credentials(opened.settings, secrets),
                                          secrets=secrets, store=opened)
    try:
        assert runtime.problems == []
        client = runtime.engine.adapters[Platform.KEETA_OD].client  # type: ignore[attr-defined]
        assert client.merchant_ids == ("m-7", "m-8") and client._base == "https://od.example/api"
        assert client._client_id == "kitchen-client"
    finally:
        runtime.close()


def old_file(path: Path, pin: Settings, printer: str, prep: int) -> dict[str, object]:
    """A settings file as KDS wrote it before screens shared a store (version 5), every section filled in."""
    assert pin.security.manager_pin is not None
    data: dict[str, object] = {
        "version": 5, "setup_complete": True,
        "platforms": {"keeta_od": {"enabled": True, "base_url": "https://od.example/api",
                                   "merchant_ids": ["m-1", "m-2"], "acceptance_mode": "manual"}},
        "printing": {"printers": [{"name": printer, "target": "tcp://10.0.0.9:9100", "station": "GRILL",
                                   "copies": 2, "codepage": "CP860"}],
                     "store": {"name": "Padaria", "lines": ["Rua Augusta 100"], "footer": ["Obrigado!"]},
                     "timezone": "America/Sao_Paulo"},
        "behaviour": {"auto_accept": ["keeta_od"], "sounds": False, "volume": 30, "default_prep_minutes": prep,
                      "prep_time": "ask", "amber_minutes": 7, "red_minutes": 14, "undo_seconds": 3,
                      "opening_hours": [{"weekday": 0, "opens": "09:00", "closes": "23:00"}]},
        "appearance": {"language": "pt_BR", "font_scale": 1.25},
        "station": {"kiosk": True},
        "security": {"manager_pin": pin.security.manager_pin.model_dump(), "guarded": ["cancel"]},
        "riders": [{"id": 1, "name": "Rafael", "phone": "+55 11 5555-0101"}],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))
    return data


async def test_an_old_settings_file_moves_to_the_restaurant_and_a_second_screen_is_told_where_its_own_went(
        app: QApplication, shared_store: str, memory_keyring: MemoryKeyring, clock: FakeClock, tmp_path: Path) -> None:
    secrets = SecretStore()
    args = Namespace(db=shared_store, data_dir=str(tmp_path / "data"), time_scale=None, poll_interval=None,
                     auto_accept=False, demo=False)
    counter_path = tmp_path / "counter" / "settings.json"
    written = old_file(counter_path, Settings().model_copy(update={"security": Settings().security.with_pin("2468")}),
                       "kitchen", 25)
    counter = load_settings(counter_path).settings
    moved = open_settings_store(args, counter, read_credentials(counter, secrets), clock, "counter", counter_path)
    moved.db.close()
    assert moved.joined is not None and moved.joined.backup is None  # the first screen: nothing replaced
    settings = moved.settings
    assert settings == load_settings(counter_path).settings  # the file and the store agree
    # Everything the old file said is still said: the restaurant's sections (now in the store) and the screen's.
    assert settings.platform(Platform.KEETA_OD) == PlatformSettings(
        enabled=True, base_url="https://od.example/api", merchant_ids=("m-1", "m-2"), acceptance_mode="manual")
    (printer,) = settings.printing.printers
    assert (printer.name, printer.station, printer.copies, printer.codepage, printer.owner) == (
        "kitchen", "GRILL", 2, "CP860", "counter")
    assert settings.printing.store.footer == ("Obrigado!",) and settings.printing.timezone == "America/Sao_Paulo"
    assert settings.behaviour.model_dump(mode="json") == written["behaviour"]
    assert settings.security.check_pin("2468") and settings.security.guarded == {Guarded.CANCEL}
    assert settings.riders[0].phone == "+55 11 5555-0101" and settings.station.kiosk
    assert settings.appearance.language is Language.PT_BR and settings.appearance.font_scale == 1.25

    # A second screen with settings of its own (another PIN, another printer) joins: it takes the restaurant's.
    kitchen_path = tmp_path / "kitchen" / "settings.json"
    old_file(kitchen_path, Settings().model_copy(update={"security": Settings().security.with_pin("1357")}),
             "bar", 40)
    kitchen = load_settings(kitchen_path).settings
    opened = open_settings_store(args, kitchen, read_credentials(kitchen, secrets), clock, "kitchen", kitchen_path)
    assert opened.joined is not None and opened.joined.backup is not None
    assert load_settings(opened.joined.backup).settings == kitchen  # its own settings, whole, beside the file
    runtime = FakeRuntime(Engine(opened.db, [], clock), clock)
    runtime.joined = opened.joined  # type: ignore[attr-defined]
    runtime.restaurant = opened.restaurant  # type: ignore[attr-defined]
    station = StationContext(settings=kitchen, path=kitchen_path, can_restart=True)
    session = WindowSession(app, runtime, Namespace(screenshot=None, run_for=None, kiosk=False), station)
    task = asyncio.ensure_future(session.run())
    try:
        await until(lambda: session.window is not None and session.window.isVisible())
        assert session.window is not None
        banner = session.window.error_banner.text()
        assert "already had its settings" in banner and str(opened.joined.backup) in banner
        assert station.settings.security.check_pin("2468") and not station.settings.security.check_pin("1357")
        assert station.settings.behaviour.default_prep_minutes == 25 and station.restaurant is opened.restaurant
        assert [p.name for p in station.settings.printing.printers] == ["kitchen"]
        session.window.close()
        assert await asyncio.wait_for(task, 10) == 0
    finally:
        opened.db.close()

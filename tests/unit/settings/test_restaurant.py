"""The restaurant's settings in the shared store: brought by the first screen, taken by the next, nothing lost."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.printing.config import PrinterConfig, PrintSettings, StoreSettings
from kds.station.restaurant import KEY_PREFIX, SECTIONS, RestaurantStore, own_printers, restaurant_part
from kds.station.settings import (
    Appearance,
    Behaviour,
    Guarded,
    Language,
    OpeningDay,
    PlatformSettings,
    PrepTime,
    RiderSettings,
    Security,
    Settings,
    Station,
    load_settings,
    save_settings,
)
from kds.store.connect import open_database
from kds.store.feed import ChangeLog

T0 = datetime(2026, 12, 7, 8, tzinfo=UTC)


def counter_settings() -> Settings:
    """A counter set up over months: every section filled in, nothing left at its default."""
    platforms = {p: PlatformSettings() for p in Platform if p is not Platform.FAKE}
    platforms[Platform.KEETA_OD] = PlatformSettings(enabled=True, base_url="https://od.example/api",
                                                    merchant_ids=("m-1", "m-2"), acceptance_mode="manual")
    printing = PrintSettings(
        printers=(PrinterConfig(name="kitchen", target="tcp://10.0.0.9:9100", station="GRILL", fallback="counter"),
                  PrinterConfig(name="counter", target="usb:04b8:0e15", width=58, cash_drawer=True)),
        store=StoreSettings(name="Padaria", lines=("Rua Augusta 100",), footer=("Obrigado!",)),
        timezone="America/Sao_Paulo", labels={"total": "TOTAL"})
    return Settings(
        setup_complete=True, platforms=platforms, printing=printing,
        behaviour=Behaviour(auto_accept=frozenset({Platform.KEETA_OD}), sounds=False, volume=30,
                            default_prep_minutes=25, prep_time=PrepTime.ASK, amber_minutes=7, red_minutes=14,
                            undo_seconds=3, opening_hours=(OpeningDay(weekday=0, opens="09:00", closes="23:00"),)),
        appearance=Appearance(language=Language.PT_BR, font_scale=1.25),
        station=Station(kiosk=True, store_url="postgresql://kds@db/kds"),
        security=Security(guarded=frozenset({Guarded.CANCEL})).with_pin("2468"),
        riders=(RiderSettings(id=1, name="Rafael", phone="+55 11 5555-0101"),))


def test_the_first_screen_brings_every_restaurant_section_and_loses_nothing(store_target: str,
                                                                            tmp_path: Path) -> None:
    path = tmp_path / "counter" / "settings.json"
    mine = counter_settings()
    save_settings(mine, path)
    store = RestaurantStore(open_database(store_target, origin="counter"), "counter", FakeClock(T0))
    joined = store.join(load_settings(path).settings, path)
    assert set(joined.brought) == set(SECTIONS) and joined.backup is None
    # The same settings, except that its printers are now known to be this screen's.
    owned = tuple(p.model_copy(update={"owner": "counter"}) for p in mine.printing.printers)
    expected = mine.model_copy(update={"printing": mine.printing.model_copy(update={"printers": owned})})
    assert joined.settings == expected and load_settings(path).settings == expected

    # Another screen, never set up, joins: it takes every restaurant section, keeps its own screen settings.
    other_path = tmp_path / "kitchen" / "settings.json"
    kitchen = Settings(appearance=Appearance(language=Language.TH), station=Station(store_url="postgresql://kds@db/kds"))
    other = RestaurantStore(open_database(store_target, origin="kitchen"), "kitchen", FakeClock(T0))
    taken = other.join(kitchen, other_path).settings
    assert restaurant_part(taken) == restaurant_part(expected)
    assert taken.appearance.language is Language.TH and not taken.station.kiosk
    assert taken.behaviour.sounds and taken.behaviour.volume == 80  # sounds are each screen's own
    assert taken.security.check_pin("2468") and not taken.security.check_pin("1111")
    assert [(p.name, p.owner) for p in taken.printing.printers] == [("kitchen", "counter"), ("counter", "counter")]


def test_a_second_screen_with_settings_of_its_own_keeps_them_in_a_backup_it_is_told_of(store_target: str,
                                                                                      tmp_path: Path) -> None:
    first = RestaurantStore(open_database(store_target, origin="counter"), "counter", FakeClock(T0))
    first.join(counter_settings(), tmp_path / "counter.json")
    path = tmp_path / "settings.json"
    own = Settings(setup_complete=True, behaviour=Behaviour(default_prep_minutes=40),
                   printing=PrintSettings(printers=(PrinterConfig(name="bar", target="tcp://10.0.0.7:9100"),)))
    save_settings(own, path)
    before = path.read_bytes()
    joined = RestaurantStore(open_database(store_target, origin="bar"), "bar", FakeClock(T0)).join(own, path)
    assert joined.backup is not None and joined.backup.read_bytes() == before
    assert joined.backup.name == "settings.joined-20261207T080000Z.json"
    assert joined.brought == () and joined.settings.behaviour.default_prep_minutes == 25
    assert [p.name for p in joined.settings.printing.printers] == ["kitchen", "counter"]
    assert load_settings(path).settings == joined.settings
    assert json.loads(joined.backup.read_text())["printing"]["printers"][0]["name"] == "bar"


def test_saving_writes_what_changed_in_one_transaction_and_logs_it_for_the_other_screens(store_target: str,
                                                                                         tmp_path: Path) -> None:
    db = open_database(store_target, origin="counter")
    store = RestaurantStore(db, "counter", FakeClock(T0))
    settings = store.join(counter_settings(), tmp_path / "settings.json").settings
    start = ChangeLog(db).latest()
    added = PrinterConfig(name="bar", target="tcp://10.0.0.7:9100")
    changed = settings.model_copy(update={
        "printing": settings.printing.model_copy(update={"printers": (*settings.printing.printers, added)}),
        "appearance": Appearance(language=Language.VI)})  # the screen's own: not the store's business
    saved = store.save(changed)
    assert saved.printing.printers[-1].owner == "counter"
    changes = ChangeLog(db).since(start)
    assert [(c.topic, c.item, c.origin) for c in changes] == [("settings", KEY_PREFIX + "printing", db.origin)]
    assert store.save(saved) == saved and ChangeLog(db).since(start) == changes  # nothing new: nothing written


def test_a_screen_prints_on_its_own_printers_only(tmp_path: Path) -> None:
    settings = counter_settings()
    printers = (settings.printing.printers[0].model_copy(update={"owner": "kitchen"}),
                settings.printing.printers[1].model_copy(update={"owner": "counter"}))
    shared = settings.model_copy(update={"printing": settings.printing.model_copy(update={"printers": printers})})
    (kitchen,) = own_printers(shared, "kitchen").printing.printers
    assert kitchen.name == "kitchen" and kitchen.fallback is None  # the counter's printer is not reachable here
    assert [p.name for p in own_printers(shared, "counter").printing.printers] == ["counter"]
    assert own_printers(settings, "anyone") == settings  # printers without an owner: this screen's


def test_a_save_does_not_turn_back_what_another_screen_saved_meanwhile(store_target: str, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    counter = RestaurantStore(open_database(store_target, origin="counter"), "counter", clock)
    kitchen = RestaurantStore(open_database(store_target, origin="kitchen"), "kitchen", clock)
    opened = counter.join(counter_settings(), tmp_path / "counter.json").settings  # the counter's panel opens
    seen = kitchen.join(Settings(), tmp_path / "kitchen.json").settings
    kitchen.save(seen.model_copy(update={"riders": ()}), seen)  # the kitchen removes the riders
    changed = opened.model_copy(update={"behaviour": opened.behaviour.model_copy(update={"red_minutes": 30})})
    saved = counter.save(changed, opened)  # the counter saves only its own change
    assert saved.riders == () and saved.behaviour.red_minutes == 30
    assert kitchen.apply(Settings()).riders == () and kitchen.apply(Settings()).behaviour.red_minutes == 30


def test_a_single_screen_on_its_own_file_keeps_every_setting_in_its_settings_file(tmp_path: Path) -> None:
    from argparse import Namespace

    from kds.startup.runtime import Credentials, open_settings_store

    args = Namespace(db=None, data_dir=str(tmp_path / "data"))
    settings = counter_settings().model_copy(update={"station": Station()})
    opened = open_settings_store(args, settings, Credentials(), FakeClock(T0), "counter", tmp_path / "settings.json")
    try:
        assert opened.restaurant is None and opened.joined is None and opened.settings is settings
        assert opened.db.conn.execute("SELECT COUNT(*) FROM restaurant_settings").fetchone()[0] == 0
        assert not (tmp_path / "settings.json").exists()  # nothing written on its behalf
    finally:
        opened.db.close()

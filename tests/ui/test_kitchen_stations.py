"""Kitchen stations on the real window: routing, bump per line and per order, the expo's progress, Recall.

A counter, a kitchen station (GRILL) and an expo are three windows over one engine and one SQLite
store, as one process hosting several screens; what one station bumps, the others show.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.domain.money import Money
from kds.domain.order import Line, Order
from kds.domain.routing import Routing, RoutingRule, RuleKind
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.decoder import decode, printed_text
from kds.printing.document import DocKind
from kds.printing.queue import PrintQueue
from kds.services.engine import Engine
from kds.services.printing import PrintBridge
from kds.store.db import Database
from kds.store.print_jobs import PrintJobRepository
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sheets.recall import RecallSheet
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import tap

ROUTING = Routing(("GRILL", "DRINKS"),
                  (RoutingRule(RuleKind.CATEGORY, "drinks", "DRINKS"), RoutingRule(RuleKind.KEYWORD, "suco", "DRINKS")),
                  default="GRILL")


def item(line_id: str, name: str, quantity: int = 1, category: str = "") -> Line:
    price = Money.of("10.00", "BRL")
    return Line(line_id, name, Decimal(quantity), price, price * quantity, category=category)


def arrive(fake: FakePlatform, *lines: Line, accepted: bool = True) -> Order:
    """An order with `lines` on `fake`, accepted unless told otherwise."""
    order = fake.add_order()
    order = dataclasses.replace(order, lines=lines)
    fake.orders[order.key.order_id] = order
    if accepted:
        fake.push(order.key.order_id, EventKind.ACCEPTED)
    return order


async def poll(engine: Engine) -> None:
    for poller in engine.pollers.values():
        await poller.poll_once()


@pytest.fixture
def screen(app: QApplication, engine: Engine, clock: FakeClock,
           sounds: SoundBoard) -> Iterator[Callable[..., MainWindow]]:
    """Opens windows over the engine in a role (`screen("kitchen", "GRILL")`); all closed after the test."""
    engine.stations.save_routing(ROUTING)
    opened: list[MainWindow] = []

    def open_window(role: str = "counter", station: str = "") -> MainWindow:
        win = MainWindow(engine, clock, UiSettings(sounds=False, role=role, kitchen_station=station), sounds=sounds,
                         start_ticker=False)
        win.resize(1280, 900)
        win.show()
        opened.append(win)
        return win

    yield open_window
    for win in opened:
        retire(win)


def names(window: MainWindow, order: Order) -> list[str]:
    card = window.board.card(order.key)
    assert card is not None, f"{order.key} is not on the board"
    return [f"{i.quantity} {i.name}" + (" ✓" if i.done else "") for i in card.items]


def statuses(window: MainWindow, order: Order) -> list[str]:
    card = window.board.card(order.key)
    assert card is not None, f"{order.key} is not on the board"
    return [s.text for s in card.statuses]


async def test_a_kitchen_station_shows_only_its_routed_lines_and_what_waits_elsewhere(
        screen: Callable[..., MainWindow], engine: Engine, fake: FakePlatform) -> None:
    counter, grill = screen(), screen("kitchen", "GRILL")
    mixed = arrive(fake, item("a", "X-Burger", 2), item("b", "Suco de laranja"), item("c", "Coca", 1, "Drinks"))
    drinks_only = arrive(fake, item("d", "Coca", 2, "drinks"))
    waiting = arrive(fake, item("e", "X-Salada"), accepted=False)
    await poll(engine)

    assert grill.board.ticket_keys() == [mixed.key]  # not the drinks, not the order nobody accepted yet
    assert grill.board.column_of(mixed.key) is Column.PREPARING
    assert names(grill, mixed) == ["2× X-Burger"]
    assert statuses(grill, mixed) == ["+ 2 items at DRINKS"]
    card = grill.board.card(mixed.key)
    assert card is not None and [b.id for b in card.buttons] == ["bump"]
    assert grill.top.title.text().endswith("· GRILL")
    assert [c for c, p in grill.board_widget.panels.items() if p.isVisible()] == [Column.PREPARING]
    assert not grill.store_button.isVisible() and grill.recall_button.isVisible()

    # The counter keeps every order, every line and every action.
    assert set(counter.board.ticket_keys()) == {mixed.key, drinks_only.key, waiting.key}
    assert names(counter, mixed) == ["2× X-Burger", "1× Suco de laranja", "1× Coca"]
    assert not counter.recall_button.isVisible()
    grill.board_widget.grab().save("/tmp/stations_kitchen.png")


async def test_bump_per_line_then_per_order_and_the_counter_sees_each_station(
        screen: Callable[..., MainWindow], engine: Engine, fake: FakePlatform) -> None:
    counter, grill = screen(), screen("kitchen", "GRILL")
    order = arrive(fake, item("a", "X-Burger", 2), item("f", "Batata frita"), item("b", "Suco de laranja"))
    await poll(engine)
    assert statuses(counter, order)[0] == "GRILL working · DRINKS working"

    tap(grill, order.key, "line:a")
    assert names(grill, order) == ["2× X-Burger ✓", "1× Batata frita"]
    assert statuses(counter, order)[0] == "GRILL working · DRINKS working"  # one line is not the station's part
    tap(grill, order.key, "line:a")  # tapped by mistake: taken back
    assert names(grill, order) == ["2× X-Burger", "1× Batata frita"]
    tap(grill, order.key, "line:a")
    tap(grill, order.key, "line:f")
    assert names(grill, order) == ["2× X-Burger ✓", "1× Batata frita ✓"]
    assert statuses(counter, order)[0] == "GRILL done · DRINKS working"
    assert order.key in grill.board.ticket_keys()  # every line made: still there until the cook bumps it

    tap(grill, order.key, "bump")
    assert grill.board.ticket_keys() == []
    assert statuses(counter, order)[0] == "GRILL done · DRINKS working"
    assert fake.calls == []  # a kitchen bump is local: nothing went to the platform


async def test_the_expo_shows_progress_and_bumps_only_when_every_station_is_done(
        screen: Callable[..., MainWindow], engine: Engine, fake: FakePlatform) -> None:
    expo, grill, drinks = screen("expo"), screen("kitchen", "GRILL"), screen("kitchen", "DRINKS")
    order = arrive(fake, item("a", "X-Burger"), item("b", "Suco de laranja", 2))
    await poll(engine)
    assert statuses(expo, order)[0] == "GRILL working · DRINKS working"
    card = expo.board.card(order.key)
    assert card is not None
    bump = card.button("bump")
    assert bump is not None and not bump.enabled
    assert card.button("action:ready") is not None  # the platform's Ready stays the expo's

    tap(grill, order.key, "bump")
    assert statuses(expo, order)[0] == "GRILL done · DRINKS working"
    tap(drinks, order.key, "bump")
    assert statuses(expo, order)[0] == "GRILL done · DRINKS done"
    card = expo.board.card(order.key)
    assert card is not None and card.button("bump") is not None and card.button("bump").enabled  # type: ignore[union-attr]
    expo.board_widget.grab().save("/tmp/stations_expo.png")
    tap(expo, order.key, "bump")
    assert order.key not in expo.board.ticket_keys()


async def test_recall_brings_a_bumped_order_back_with_one_tap(
        screen: Callable[..., MainWindow], engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    grill = screen("kitchen", "GRILL")
    orders = []
    for n in range(12):
        orders.append(arrive(fake, item(f"l{n}", f"Burger {n}")))
    await poll(engine)
    view = grill.board_widget.view(Column.PREPARING)
    view.doItemsLayout()
    rects = [view.visualRect(view.model().index(row, 0)) for row in range(4)]
    assert len({r.top() for r in rects[:3]}) == 1 and rects[0].right() < rects[1].left()  # side by side, as on the rail
    assert rects[3].top() > rects[0].bottom()
    for order in orders:
        clock.advance(30)
        tap(grill, order.key, "bump")
    assert grill.board.ticket_keys() == []

    grill.recall_button.click()
    sheet = grill.top_overlay()
    assert isinstance(sheet, RecallSheet)
    offered = list(sheet.order_buttons)
    assert offered == [o.key for o in reversed(orders)][:10]  # the last ten, latest first
    sheet.grab().save("/tmp/stations_recall.png")
    sheet.order_buttons[orders[-3].key].click()
    assert grill.top_overlay() is None
    assert grill.board.ticket_keys() == [orders[-3].key]
    assert names(grill, orders[-3]) == ["1× Burger 9"]


async def test_each_station_prints_its_own_kitchen_ticket_with_what_waits_elsewhere(
        screen: Callable[..., MainWindow], engine: Engine, db: Database, fake: FakePlatform, clock: FakeClock,
        tmp_path: Path) -> None:
    screen()  # the counter, with the routing saved
    # DRINKS' printer was given its station in small letters: it is DRINKS all the same.
    printers = tuple(PrinterConfig(name=station.lower(), target=f"file:{tmp_path / station}.bin",
                                   station=station if station == "GRILL" else station.lower(),
                                   kinds=frozenset({DocKind.KITCHEN}), connect_timeout=1.0, timeout=2.0,
                                   status_timeout=0.5) for station in ("GRILL", "DRINKS"))
    queue = PrintQueue(PrintJobRepository(db), PrintSettings(printers=printers, timezone="UTC"), clock)
    queue.routing = engine.stations.routing  # as the runtime wires it
    unsubscribe = queue.subscribe(engine.bus.publish)
    bridge = PrintBridge(engine.orders.orders, queue, engine.bus)
    await queue.start()
    try:
        mixed = arrive(fake, item("a", "X-Burger", 2), item("b", "Suco de laranja"), item("c", "Coca", 1, "drinks"))
        burger = arrive(fake, item("d", "X-Salada"))
        await poll(engine)
        jobs = [job for o in (mixed, burger) for job in queue.jobs_for(o.key)]
        assert sorted((str(j.order_key), j.printer) for j in jobs) == sorted(
            [(str(mixed.key), "grill"), (str(mixed.key), "drinks"), (str(burger.key), "grill")])  # no empty ticket
        await until(lambda: all(queue.ledger.get(j.id).state == "done" for j in jobs),  # type: ignore[union-attr]
                    message="the kitchen tickets did not print")
    finally:
        bridge.close()
        unsubscribe()
        await queue.close(grace=2.0)

    grill = printed_text(decode((tmp_path / "GRILL.bin").read_bytes()))
    drinks = printed_text(decode((tmp_path / "DRINKS.bin").read_bytes()))
    assert "X-Burger" in grill and "X-Salada" in grill and "Suco" not in grill and "Coca" not in grill
    assert grill.count("+ 2 items at DRINKS") == 1
    assert "Suco de laranja" in drinks and "Coca" in drinks and "Burger" not in drinks
    assert "+ 2 items at GRILL" in drinks
    assert "Station: GRILL" in grill and "Station: DRINKS" in drinks


async def test_settings_make_this_screen_a_kitchen_station_and_keep_the_routing_in_the_shared_store(
        window: MainWindow, engine: Engine, db: Database, tmp_path: Path, qtbot) -> None:
    from PySide6.QtCore import Qt

    from kds.station.autostart import Autostart
    from kds.station.settings import Role, Settings, load_settings
    from kds.store.stations import RoutingRepository
    from kds.ui.setup.settings_panel import SettingsPanel
    from kds.ui.setup.station import StationContext

    window.station = StationContext(settings=Settings(), path=tmp_path / "settings.json",
                                    autostart=Autostart(platform="linux", config_home=tmp_path / "xdg"),
                                    diagnostics_dir=tmp_path / "diagnostics", can_restart=True)
    restarts: list[int] = []
    window.restart_requested.connect(restarts.append)
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().settings, Qt.MouseButton.LeftButton)  # More's Settings
    panel = window.top_overlay()
    assert isinstance(panel, SettingsPanel) and panel.kitchen is not None
    form = panel.kitchen
    qtbot.mouseClick(panel.nav[panel.forms.index(form)], Qt.MouseButton.LeftButton)
    for name in ("GRILL", "DRINKS"):
        qtbot.mouseClick(form.add_station_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(form.name_fields[-1], name)
        form.name_fields[-1].editingFinished.emit()  # focus leaves the field: the name is on the buttons
    qtbot.mouseClick(form.add_rule_button, Qt.MouseButton.LeftButton)
    editor = form.rule_editors[-1]
    qtbot.keyClicks(editor["pattern"], "Suco")
    qtbot.mouseClick(editor["station"].buttons["DRINKS"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.add_rule_button, Qt.MouseButton.LeftButton)
    editor = form.rule_editors[-1]
    qtbot.mouseClick(editor["kind"].buttons["category"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor["pattern"], "Bebidas")
    qtbot.mouseClick(editor["station"].buttons["DRINKS"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.role.buttons["kitchen"], Qt.MouseButton.LeftButton)
    await until(lambda: form.station.isVisible(), message="no choice of station for a kitchen screen")
    assert form.station.value() == ""  # not chosen for staff
    panel.grab().save("/tmp/stations_settings.png")
    qtbot.mouseClick(form.station.buttons["GRILL"], Qt.MouseButton.LeftButton)
    panel.printers.add_printer()
    printer = panel.printers.editors[0]
    printer["connection"].set_value("device")
    qtbot.keyClicks(printer["path"], str(tmp_path / "grill.bin"))
    qtbot.keyClicks(printer["station"], "GRILL")

    assert await panel.save() is not None
    expected = Routing(("GRILL", "DRINKS"), (RoutingRule(RuleKind.KEYWORD, "Suco", "DRINKS"),
                                             RoutingRule(RuleKind.CATEGORY, "Bebidas", "DRINKS")), "GRILL")
    assert RoutingRepository(Database(db.path or tmp_path)).load() == expected  # another connection reads it
    saved = load_settings(tmp_path / "settings.json").settings
    assert (saved.station.role, saved.station.kitchen_station) == (Role.KITCHEN, "GRILL")
    assert [p.station for p in saved.printing.printers] == ["GRILL"]
    assert restarts == [2]  # a new engine (the printer), and so a new window, in the new role
    assert "routing" not in (tmp_path / "settings.json").read_text()  # the restaurant's, not this screen's


async def test_a_kitchen_station_on_the_shared_postgresql_store_shows_its_lines_and_its_bump_reaches_the_counter(
        app: QApplication, fake: FakePlatform, clock: FakeClock, sounds: SoundBoard) -> None:
    from kds.services.engine import EngineSettings
    from kds.store.connect import open_database
    from tests.postgres import fresh_schema

    with fresh_schema("kds_kitchen") as dsn:
        engines = [Engine(open_database(dsn, origin=name), [fake], clock, EngineSettings(undo_seconds=5))
                   for name in ("counter", "grill")]
        engines[0].stations.save_routing(ROUTING)  # set up on the counter: the restaurant's, for every screen
        counter, grill = (MainWindow(engine, clock, UiSettings(sounds=False, role=role, kitchen_station=station),
                                     sounds=sounds, start_ticker=False)
                          for engine, (role, station) in zip(engines, (("counter", ""), ("kitchen", "GRILL")),
                                                             strict=True))
        for window in (counter, grill):
            window.resize(1280, 900)
            window.show()
        for engine in engines:
            engine.feed.start()  # only the feed: the counter polls by hand, as the station holding the lock
        try:
            order = arrive(fake, item("a", "X-Burger", 2), item("b", "Suco de laranja"))
            drinks = arrive(fake, item("d", "Coca", 2, "drinks"))
            await poll(engines[0])
            await until(lambda: order.key in grill.board.ticket_keys(), timeout=10,
                        message="the order never reached the kitchen station")
            assert drinks.key not in grill.board.ticket_keys()
            assert names(grill, order) == ["2× X-Burger"]
            assert statuses(grill, order) == ["+ 1 item at DRINKS"]

            tap(grill, order.key, "bump")
            assert grill.board.ticket_keys() == []
            await until(lambda: statuses(counter, order)[:1] == ["GRILL done · DRINKS working"], timeout=10,
                        message="the kitchen's bump never showed on the counter")
        finally:
            for engine in engines:
                await engine.feed.stop()
            for window in (counter, grill):
                retire(window)
            for engine in engines:
                engine.db.close()

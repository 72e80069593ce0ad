"""All-day counts: each dish still to cook across the open orders, live, and the tickets that have it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kds.clock import FakeClock
from kds.domain.dish_counts import count_dishes
from kds.domain.events import EventKind
from kds.domain.money import Money
from kds.domain.order import Line, Option, Order
from kds.services.engine import Engine
from kds.station.settings import Language
from kds.ui.i18n import apply_language, reset_language
from kds.ui.viewmodels.dish_counts import CountRole, DishCountModel
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform, make_order
from tests.fakes.waiting import until
from tests.ui.conftest import tap
from tests.ui.test_kitchen_stations import ROUTING, arrive, item, screen  # noqa: F401 - screen: the fixture
from tests.ui.test_kitchen_stations import poll as poll_all


def texts(window: MainWindow) -> list[str]:
    """The panel's rows as shown (first line of each)."""
    model = window.counts
    return [str(model.data(model.index(r, 0))).split("\n")[0] for r in range(model.rowCount())]


def window_rect(window: MainWindow, widget: object) -> tuple[int, int, int, int]:
    """Where `widget` sits in the window."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.x(), top_left.y(), widget.width(), widget.height()


async def poll(engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    """One poll, half a minute after the last (the platform's rate limit: two polls a minute)."""
    clock.advance(31)
    await engine.pollers[fake.platform].poll_once()


def tap_dish(window: MainWindow, row: int) -> None:
    """Tap row `row` of the counts list where it is drawn."""
    view = window.counts_panel.list
    rect = view.visualRect(window.counts.index(row, 0))
    QtBot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


async def test_counts_follow_the_open_orders_and_a_tapped_dish_marks_its_tickets(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    # Each fake order: 1× Pão de queijo + Extra cheese, 2× Feijoada.
    first, second, third = fake.add_order(), fake.add_order(), fake.add_order(lines=1)
    await poll(engine, fake, clock)
    window.board_widget.catch_up()
    card_before = window.board_widget.card_point(first.key)
    assert card_before is not None
    card_at = card_before[0].mapTo(window, card_before[1])
    buttons = [window_rect(window, b) for b in (window.top.history, window.store_button, window.top.more)]

    window.counts_button.click()
    panel = window.counts_panel
    assert panel.isVisible()
    # Opening it moved no card and no button.
    again = window.board_widget.card_point(first.key)
    assert again is not None and again[0].mapTo(window, again[1]) == card_at
    assert [window_rect(window, b) for b in (window.top.history, window.store_button, window.top.more)] \
        == buttons
    assert texts(window) == ["Feijoada ×4", "Pão de queijo ×3"]
    assert window.counts.data(window.counts.index(1, 0), CountRole.OPTIONS) == "+ Extra cheese ×3"

    # Live: an accepted order still counts (it is being cooked); a ready or cancelled one no longer does.
    fake.push(first.key.order_id, EventKind.ACCEPTED)
    await poll(engine, fake, clock)
    assert texts(window) == ["Feijoada ×4", "Pão de queijo ×3"]
    fake.push(first.key.order_id, EventKind.READY)
    fake.push(third.key.order_id, EventKind.CANCELLED, actor="customer")
    fourth = fake.add_order(lines=2)
    await poll(engine, fake, clock)
    window.counts_panel.hold.settle()
    assert texts(window) == ["Feijoada ×4", "Pão de queijo ×2"]

    # Tap a dish: its tickets stand out; tap again: none do.
    row = window.counts.row_of("feijoada")
    tap_dish(window, row)
    assert window.board.marked == {second.key, fourth.key}
    assert window.counts.data(window.counts.index(row, 0), CountRole.MARKED) is True
    window.counts_panel.hold.settle()
    tap_dish(window, window.counts.row_of("feijoada"))
    assert window.board.marked == frozenset()

    # A marked dish follows new orders; closing the panel clears the marks and frees the board.
    tap_dish(window, window.counts.row_of("feijoada"))
    window.counts_panel.hold.settle()
    fifth = fake.add_order()
    await poll(engine, fake, clock)
    assert fifth.key in window.board.marked
    window.counts_button.click()
    assert not panel.isVisible() and window.board.marked == frozenset()
    assert [window_rect(window, b) for b in (window.top.history, window.store_button, window.top.more)] \
        == buttons


async def test_a_recount_waits_while_a_finger_is_on_the_list(window: MainWindow, engine: Engine,
                                                             fake: FakePlatform, clock: FakeClock) -> None:
    fake.add_order(lines=1)
    await poll(engine, fake, clock)
    panel = window.toggle_counts()
    assert texts(window) == ["Pão de queijo ×1"]
    panel.hold.press()
    fake.add_order(lines=2)
    await poll(engine, fake, clock)
    assert texts(window) == ["Pão de queijo ×1"]  # nothing moved under the finger
    panel.hold.release()
    panel.hold.settle()
    assert texts(window) == ["Feijoada ×2", "Pão de queijo ×2"]


async def test_dish_names_follow_the_screen_s_language(window: MainWindow, engine: Engine,
                                                       fake: FakePlatform, clock: FakeClock) -> None:
    order = fake.add_order(lines=1)
    line = replace(order.lines[0], name="Fries", names=(("en", "Fries"), ("zh-HK", "薯條")), options=())
    fake.orders[order.key.order_id] = replace(order, lines=(line,))
    await poll(engine, fake, clock)
    window.toggle_counts()
    assert texts(window) == ["Fries ×1"]
    try:
        apply_language(Language.ZH_HK)
        await until(lambda: window.top.history.text() == "記錄")  # the window has retranslated
        assert texts(window) == ["薯條 ×1"]
    finally:
        reset_language()


def _line(name: str, quantity: int, *options: tuple[str, int]) -> Line:
    price = Money.of("1", "BRL")
    return Line(name, name, Decimal(quantity), price, price,
                options=tuple(Option(o, Decimal(q), price, price) for o, q in options))


def test_counting_groups_by_station_counts_options_per_dish_and_merges_names(clock: FakeClock) -> None:
    orders: list[Order] = [
        replace(make_order(created_at=clock.now()), lines=(_line("Fries", 2, ("Cheese", 1)), _line("Lemon tea", 3))),
        replace(make_order(created_at=clock.now()), lines=(_line(" fries ", 1), _line("Lemon  Tea", 1, ("Ice", 2)))),
    ]
    station = {"fries": "Fryer", "lemon tea": "Drinks"}
    groups = count_dishes(orders, "en", lambda _o, line: station[" ".join(line.name.split()).casefold()])
    assert [g.station for g in groups] == ["Drinks", "Fryer"]
    tea, = groups[0].dishes
    fries, = groups[1].dishes
    assert (tea.name, tea.quantity, tea.options) == ("Lemon tea", 4, (("Ice", 2),))
    assert (fries.quantity, fries.options) == (3, (("Cheese", 2),))  # 2× Fries each with cheese
    assert fries.orders == {o.key for o in orders}
    one, = count_dishes(orders, "en")
    assert one.station == "" and [d.name for d in one.dishes] == ["Lemon tea", "Fries"]


async def test_the_counts_model_passes_the_qt_model_tester_with_station_headings(
        qtmodeltester, window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    model = DishCountModel(window.board, station_of=lambda _o, line: "Grill" if line.name == "Feijoada" else "Fryer")
    model.set_active(True)
    qtmodeltester.check(model, force_py=True)
    for _ in range(3):
        fake.add_order(created_at=clock.now() - timedelta(seconds=1))
    await poll(engine, fake, clock)
    rows = [(model.data(model.index(r, 0), CountRole.HEADING), model.data(model.index(r, 0)).split("\n")[0])
            for r in range(model.rowCount())]
    assert rows == [(True, "Fryer"), (False, "Pão de queijo ×3"), (True, "Grill"), (False, "Feijoada ×6")]
    model.toggle(0)  # a heading: nothing to mark
    assert window.board.marked == frozenset()
    model.toggle(model.row_of("feijoada"))
    assert len(window.board.marked) == 3
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


async def test_counts_are_grouped_by_kitchen_station_and_a_kitchen_screen_counts_only_its_own(
        screen: Callable[..., MainWindow],  # noqa: F811 - the fixture imported above
        engine: Engine, fake: FakePlatform) -> None:
    assert ROUTING.stations == ("GRILL", "DRINKS")
    counter, grill = screen(), screen("kitchen", "GRILL")
    first = arrive(fake, item("a", "X-Burger", 2), item("b", "Suco de laranja"), item("c", "Coca", 1, "Drinks"))
    second = arrive(fake, item("d", "X-Burger"), item("e", "Coca", 2, "drinks"))
    arrive(fake, item("f", "X-Salada"), accepted=False)
    await poll_all(engine)
    counter.counts_button.click()
    grill.counts_button.click()
    # The counter: every station's dishes under its heading, in the restaurant's order (not the alphabet's).
    assert texts(counter) == ["GRILL", "X-Burger ×3", "X-Salada ×1", "DRINKS", "Coca ×3", "Suco de laranja ×1"]
    # The grill: only what the grill makes, of the orders on its screen (accepted ones).
    assert texts(grill) == ["GRILL", "X-Burger ×3"]
    # Its screen is one column of tickets to make: the panel takes room beside them, it hides none.
    third = arrive(fake, item("g", "X-Tudo"))
    await poll_all(engine)
    grill.counts_panel.hold.settle()
    assert texts(grill) == ["GRILL", "X-Burger ×3", "X-Tudo ×1"]
    panel_left = grill.counts_panel.mapTo(grill, QPoint(0, 0)).x()
    for order in (first, second, third):
        found = grill.board_widget.index_of(order.key)
        assert found is not None
        view, index = found
        right = view.viewport().mapTo(grill, view.visualRect(index).topRight()).x()
        assert right < panel_left, order.key
    grill.counts_button.click()  # closed: the tickets have the whole width again
    assert grill.board_widget.contentsMargins().right() == 0
    grill.counts_button.click()
    tap(grill, third.key, "bump")

    # The grill makes the first order's burgers (a tap on the line), then bumps the second order:
    # made is no longer to make, on both screens.
    tap(grill, first.key, "line:a")
    grill.counts_panel.hold.settle()
    assert texts(grill) == ["GRILL", "X-Burger ×1"]
    tap(grill, second.key, "bump")
    grill.counts_panel.hold.settle()
    assert texts(grill) == []
    assert grill.counts_panel.empty.isVisible()
    counter.counts_panel.hold.settle()
    assert texts(counter) == ["GRILL", "X-Salada ×1", "DRINKS", "Coca ×3", "Suco de laranja ×1"]

    # A tap on a dish on the counter marks the tickets that have it, whatever station makes it.
    tap_dish(counter, counter.counts.row_of("coca"))
    assert counter.board.marked == {first.key, second.key}

"""Nothing moves under a finger: a tap 300 ms after a layout change hits what was there, or nothing.

The finger is a real press and release on the window at a spot remembered from before the change
(not `tap()`, which looks the button up again as a key or a careful person would).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.domain.order import OrderKey
from kds.services.engine import Engine
from kds.station.settings import CardSize
from kds.ui.sheets.reason import ReasonSheet
from kds.ui.viewmodels.card import Column
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform

LATER = timedelta(milliseconds=300)
"""When the finger comes down again after the change."""


def finger(widget: QWidget, point: QPoint) -> None:
    """Press and release at `point` of `widget`, as a finger would."""
    QtBot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)


def spot(window: MainWindow, key: OrderKey, button_id: str) -> tuple[QWidget, QPoint]:
    """Where `key`'s button is on screen now."""
    found = window.board_widget.button_point(key, button_id)
    assert found is not None, f"no {button_id} on {key}"
    return found


def recorded(window: MainWindow, keys: list[OrderKey], action: Action) -> list[OrderKey]:
    """Which of `keys` have `action` recorded in the outbox."""
    return [k for k in keys if (t := window.orders.ticket(k)) is not None and t.latest(action) is not None]


def end_hold(window: MainWindow, clock: FakeClock) -> None:
    """Time passes past the hold and its timer fires."""
    clock.advance(0.7)
    window.board_widget.hold.timer.timeout.emit()


async def test_a_card_leaving_its_column_does_not_slide_the_next_one_under_the_finger(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    for _ in range(3):
        fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    keys = window.board.models[Column.NEW].order_keys()  # top to bottom
    first, second, third = keys
    view, confirm_first = spot(window, first, "action:confirm")
    _, confirm_second = spot(window, second, "action:confirm")
    finger(view, confirm_first)
    await engine.runner.run_due()
    await engine.pollers[fake.platform].poll_once()  # the platform confirms: the first card leaves New
    assert window.board.column_of(first) is Column.PREPARING
    clock.advance(LATER.total_seconds())
    finger(view, confirm_second)  # aimed at the second card's Confirm, as it was on screen
    assert recorded(window, keys, Action.CONFIRM) == [first, second]  # never the third
    assert window.top_overlay() is None
    end_hold(window, clock)  # then the board catches up
    assert window.board_widget.view(Column.NEW).column_model.order_keys() == [third]
    assert set(window.board_widget.view(Column.PREPARING).column_model.order_keys()) == {first, second}


async def test_a_new_card_above_the_finger_makes_a_late_tap_land_on_nothing(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    window.board_widget.set_card_size(CardSize.FULL)  # three cards would be compact: one change at a time
    older, newer = fake.add_order(), fake.add_order()
    for order in (older, newer):
        fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    view, ready_older = spot(window, older.key, "action:ready")
    window.board_widget.catch_up()
    # An order placed earlier arrives late, already accepted: Preparing puts it on top.
    early = fake.add_order(created_at=clock.now() - timedelta(minutes=10))
    fake.push(early.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    assert window.board.models[Column.PREPARING].order_keys()[0] == early.key
    column = window.board_widget.view(Column.PREPARING)
    column.doItemsLayout()  # the cards have moved down on screen
    now_there = column.target_at(ready_older)
    # Another order's Ready button is there now: without care the tap marks the wrong order ready.
    assert now_there is not None and now_there.key != older.key and now_there.button == "action:ready"
    clock.advance(LATER.total_seconds())
    finger(view, ready_older)
    keys = [older.key, newer.key, early.key]
    assert recorded(window, keys, Action.READY) == []  # not the new card's Ready, nor anything else
    assert window.top_overlay() is None  # nor its drawer


async def test_a_banner_appearing_does_not_push_the_board(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                          clock: FakeClock) -> None:
    first, second = fake.add_order(), fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    view, confirm_first = spot(window, first.key, "action:confirm")
    window.board_widget.catch_up()
    before = view.mapTo(window, confirm_first)
    window.show_error("RuntimeError: the printer driver crashed")
    QApplication.processEvents()  # the window lays itself out again
    assert window.error_banner.isVisible()
    assert view.mapTo(window, confirm_first) == before  # the cards stayed where they were
    clock.advance(LATER.total_seconds())
    finger(view, confirm_first)
    assert recorded(window, [first.key, second.key], Action.CONFIRM) == [first.key]
    assert window.top_overlay() is None


async def test_a_late_undo_tap_in_the_drawer_never_opens_cancel(window: MainWindow, engine: Engine,
                                                                fake: FakePlatform, clock: FakeClock) -> None:
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    drawer = window.open_drawer(order.key)
    assert isinstance(drawer, OrderDrawer)
    ready = drawer.findChild(QPushButton, "drawer-action:ready")
    assert ready is not None
    finger(ready, ready.rect().center())
    clock.advance(0.7)
    assert drawer.hold is not None
    drawer.hold.timer.timeout.emit()
    QApplication.processEvents()  # laid out
    undo = next(b for b in drawer.findChildren(QPushButton) if b.objectName().startswith("drawer-undo:"))
    undo_spot = undo.mapTo(window, undo.rect().center())
    # The undo window runs out; Ready is sent; the platform says the order is ready: Undo is gone.
    clock.advance(engine.settings.undo_seconds + 1)
    await engine.runner.run_due()
    await engine.pollers[fake.platform].poll_once()
    assert window.board.column_of(order.key) is Column.READY
    buttons = {b.id for b in window.board.card(order.key).buttons}
    assert "action:cancel" in buttons and not any(b.startswith(("undo:", "action:ready")) for b in buttons)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old buttons are gone
    QApplication.processEvents()  # the drawer's new buttons are laid out
    clock.advance(LATER.total_seconds())
    target = window.childAt(undo_spot)
    assert target is not None
    assert target.objectName() != "drawer-action:cancel"  # Cancel… is not where Undo was
    finger(target, target.mapFrom(window, undo_spot))
    assert not isinstance(window.top_overlay(), ReasonSheet)
    assert engine.orders.ticket(order.key).latest(Action.CANCEL) is None

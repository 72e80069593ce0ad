"""Orders the platform cancelled leave the way: New holds what can still be confirmed, and the header counts it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.services.engine import Engine
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.board import HIGHLIGHT_FOR, AlarmKind
from kds.ui.viewmodels.card import Column
from kds.ui.viewmodels.ticket_model import Role
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform


async def test_orders_cancelled_before_acceptance_leave_new_at_once(window: MainWindow, engine: Engine,
                                                                   fake: FakePlatform, clock: FakeClock,
                                                                   sounds: SoundBoard) -> None:
    cancelled = [fake.add_order() for _ in range(12)]
    live = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    assert window.top.summary.text().startswith("13 new")
    for order in cancelled:
        fake.push(order.key.order_id, EventKind.CANCELLED, actor="platform", reason="not confirmed in time")
    clock.advance(31)  # between two ticks: the highlight runs from the cancellation, not from the last tick
    await engine.pollers[fake.platform].poll_once()
    window.ticker.tick()

    assert window.board.models[Column.NEW].order_keys() == [live.key]
    assert set(window.board.models[Column.DONE].order_keys()) == {o.key for o in cancelled}
    assert window.top.summary.text().startswith("1 new")
    assert AlarmKind.CANCELLED in sounds.history  # the alarm still sounds
    assert window.board.unseen() == []  # nothing to acknowledge: no "OK, seen" on each of them
    assert not window.clear_seen_button.isVisible()
    card = window.board.card(cancelled[0].key)
    assert card is not None and card.button("dismiss") is None
    # A short highlight in Out/Done, on the board's clock.
    assert all(window.board.highlighted(o.key) for o in cancelled)
    clock.advance(HIGHLIGHT_FOR.total_seconds() - 1)
    window.ticker.tick()
    assert window.board.highlighted(cancelled[0].key)
    clock.advance(1)
    window.ticker.tick()
    assert not any(window.board.highlighted(o.key) for o in cancelled)
    assert window.board.column_of(live.key) is Column.NEW


async def test_the_header_counts_only_orders_that_can_still_be_confirmed(window: MainWindow, engine: Engine,
                                                                         fake: FakePlatform,
                                                                         clock: FakeClock) -> None:
    first = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    clock.advance(60)
    second = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    window.ticker.tick()
    assert window.top.summary.text().startswith("2 new")
    clock.advance(4 * 60 + 1)  # the first one's five minutes to accept are over, the second has a minute left
    window.ticker.tick()
    assert window.board.column_of(first.key) is Column.NEW  # until the platform says it is cancelled
    assert window.top.summary.text().startswith("1 new")
    assert window.board.column_of(second.key) is Column.NEW


async def test_live_orders_sort_before_cancelled_ones_and_clear_all_seen_clears_them(
        window: MainWindow, engine: Engine, fake: FakePlatform, qtbot) -> None:
    orders = [fake.add_order() for _ in range(5)]
    for order in orders:
        fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    gone = orders[:3]  # the three due first: they were on top of Preparing
    for order in gone:
        fake.push(order.key.order_id, EventKind.CANCELLED, actor="customer")
    await engine.pollers[fake.platform].poll_once()

    preparing = window.board.models[Column.PREPARING].order_keys()
    assert preparing == [o.key for o in orders[3:]] + [o.key for o in gone]  # live first, cancelled after
    assert window.top.summary.text() == "0 new · 2 preparing · 0 ready"
    assert window.board.unseen() == [o.key for o in gone]
    assert window.clear_seen_button.isVisible()
    assert window.clear_seen_button.text() == "Clear all seen (3)"

    # Enter on a cancelled card is its "OK, seen" (it used to say there was nothing to do).
    window.board.select(gone[0].key)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.board.column_of(gone[0].key) is Column.DONE
    assert window.clear_seen_button.text() == "Clear all seen (2)"

    qtbot.mouseClick(window.clear_seen_button, Qt.MouseButton.LeftButton)
    assert window.board.unseen() == []
    assert {window.board.column_of(o.key) for o in gone} == {Column.DONE}
    assert window.board.models[Column.PREPARING].order_keys() == [o.key for o in orders[3:]]
    assert not window.clear_seen_button.isVisible()
    assert window.toast.isHidden() or "Nothing to do" not in window.toast.text()


async def test_bump_numbers_stay_put_while_a_ticket_is_on_the_board(window: MainWindow, engine: Engine,
                                                                    fake: FakePlatform, clock: FakeClock,
                                                                    qtbot) -> None:
    window.resize(1920, 1080)
    first, second, third = fake.add_order(), fake.add_order(), fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    numbers = {o.key: window.board.number_of(o.key) for o in (first, second, third)}
    assert sorted(numbers.values()) == [1, 2, 3]
    fake.push(first.key.order_id, EventKind.ACCEPTED)
    for kind in (EventKind.ACCEPTED, EventKind.READY, EventKind.PICKED_UP):  # it moves across every column
        fake.push(second.key.order_id, kind)
        clock.advance(31)  # the platform's rate limit: two polls a minute
        await engine.pollers[fake.platform].poll_once()
        assert {o.key: window.board.number_of(o.key) for o in (first, second, third)} == numbers
    assert window.board.column_of(second.key) is Column.DONE
    clock.advance(31 * 60)  # the collected one leaves Out/Done
    window.ticker.tick()
    assert window.board.column_of(second.key) is None
    assert window.board.number_of(first.key) == numbers[first.key]
    assert window.board.number_of(third.key) == numbers[third.key]
    fourth = fake.add_order()
    clock.advance(31)
    await engine.pollers[fake.platform].poll_once()
    assert window.board.number_of(fourth.key) == numbers[second.key]  # the freed number, for a new ticket
    qtbot.keyClick(window, str(numbers[third.key]))
    assert window.board.selected == third.key
    view = window.board_widget.view(Column.PREPARING)
    index = window.board.models[Column.PREPARING].index(0, 0)
    assert view.model().data(index, Role.NUMBER) == numbers[first.key]

"""The real window over the engine and a fake platform: orders arrive, count down, and are acted on."""

from __future__ import annotations

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.domain.states import Stage
from kds.services.engine import Engine
from kds.store.outbox import ActionState
from kds.ui.viewmodels.card import Column
from kds.ui.viewmodels.ticket_model import Role
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import tap


def clock_text(window: MainWindow, key) -> str:
    column = window.board.column_of(key)
    assert column is not None
    model = window.board.models[column]
    return model.data(model.index(model.row_of(key), 0), Role.CLOCK_TEXT)


async def test_tests_here_run_inside_the_qt_event_loop() -> None:
    import asyncio

    import qasync

    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)


async def test_new_order_appears_within_one_poll(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                 clock: FakeClock) -> None:
    engine.start()
    try:
        await until(lambda: fake.polls >= 1)
        first = fake.add_order()
        clock.advance(engine.settings.poller.interval)  # the poller's next cycle, nothing more
        await until(lambda: window.board.column_of(first.key) is Column.NEW, message="order not on the board")
        assert fake.polls == 2
        assert window.board.number_of(first.key) == 1
        assert "1 new" in window.top.summary.text()
    finally:
        await engine.stop()


async def test_confirm_tapped_twice_reaches_the_platform_once(window: MainWindow, engine: Engine,
                                                              fake: FakePlatform) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:confirm")
    card = window.board.card(order.key)
    assert card is not None and not card.button("action:confirm").enabled  # sending: the button is dead
    tap(window, order.key, "action:confirm")
    assert window.top_overlay() is None  # the second tap of a double tap does not open the order either
    await engine.runner.run_due()
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.CONFIRM)) == 1
    card = window.board.card(order.key)
    assert card.button("action:confirm").label.startswith("✓")  # done, waiting for the platform's event
    tap(window, order.key, "action:confirm")  # a third, late tap on the done button
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.CONFIRM)) == 1
    await engine.pollers[fake.platform].poll_once()
    assert window.board.column_of(order.key) is Column.PREPARING


async def test_clocks_follow_the_fake_clock(window: MainWindow, engine: Engine, fake: FakePlatform,
                                            clock: FakeClock) -> None:
    order = fake.add_order()  # the fake platform gives 5 minutes to accept
    await engine.pollers[fake.platform].poll_once()
    window.ticker.tick()
    assert clock_text(window, order.key) == "05:00"
    clock.advance(61)
    window.ticker.tick()
    assert clock_text(window, order.key) == "03:59"
    clock.advance(179.5)
    window.ticker.tick()
    assert clock_text(window, order.key) == "01:00"  # 59.5 s left: rounded up, so 00:00 means really gone
    assert window.board.display_clock(order.key).urgency.value == "critical"
    clock.advance(120)
    window.ticker.tick()
    assert window.board.display_clock(order.key).urgency.value == "expired"
    assert "time is up" in window.board.accessible_text(order.key)
    # Accepted: the clock now counts up from the moment of acceptance.
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    clock.advance(65)
    window.ticker.tick()
    assert window.board.column_of(order.key) is Column.PREPARING
    assert clock_text(window, order.key) == "01:05"


async def test_failed_action_shows_its_reason_and_can_be_retried(window: MainWindow, engine: Engine,
                                                                 fake: FakePlatform) -> None:
    from kds.platforms.base import PlatformRejectedError

    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    fake.fail_next.append(PlatformRejectedError("store is closed for orders", status=400))
    tap(window, order.key, "action:confirm")
    await engine.runner.run_due()
    ticket = window.board.ticket(order.key)
    record = ticket.latest(Action.CONFIRM)
    assert record.state is ActionState.FAILED
    card = window.board.card(order.key)
    assert any("store is closed for orders" in s.text and "refused" in s.text for s in card.statuses)
    assert "store is closed for orders" in window.board.accessible_text(order.key)
    tap(window, order.key, f"retry:{record.id}")
    await engine.runner.run_due()
    assert window.board.ticket(order.key).latest(Action.CONFIRM).state is ActionState.DONE
    assert len(fake.calls_of(Action.CONFIRM)) == 2  # the refused one and the retry


async def test_ready_can_be_undone_for_five_seconds(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                    clock: FakeClock) -> None:
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:ready")
    record = window.board.ticket(order.key).latest(Action.READY)
    undo = f"undo:{record.id}"
    assert window.board.card(order.key).button(undo) is not None
    clock.advance(2)
    window.ticker.tick()
    await engine.runner.run_due()
    assert fake.calls_of(Action.READY) == []  # still in its undo window
    tap(window, order.key, undo)
    assert window.board.card(order.key).button("action:ready").enabled  # back to a plain Ready button
    clock.advance(10)
    await engine.runner.run_due()
    assert fake.calls_of(Action.READY) == []
    # Tapped again and left alone: it goes out when the window closes, once.
    tap(window, order.key, "action:ready")
    clock.advance(5)
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.READY)) == 1
    await engine.pollers[fake.platform].poll_once()
    assert window.board.ticket(order.key).status.stage is Stage.READY
    assert window.board.column_of(order.key) is Column.READY


async def test_keyboard_digit_selects_and_enter_confirms(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                         qtbot) -> None:
    from PySide6.QtCore import Qt

    first, second = fake.add_order(), fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    number = window.board.number_of(second.key)
    qtbot.keyClick(window, str(number))
    assert window.board.selected == second.key
    qtbot.keyClick(window, Qt.Key.Key_Return)
    await engine.runner.run_due()
    assert [c.order.key for c in fake.calls_of(Action.CONFIRM)] == [second.key]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.board.selected is None
    assert first.key in window.board.ticket_keys()


async def test_enter_in_the_history_search_box_never_acts_on_a_ticket(window: MainWindow, engine: Engine,
                                                                       fake: FakePlatform, qtbot) -> None:
    from PySide6.QtCore import Qt

    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    qtbot.keyClick(window, str(window.board.number_of(order.key)))
    assert window.board.selected == order.key  # Enter on the board would confirm it
    panel = window.open_history()
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "1001")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    await engine.runner.run_due()
    assert fake.calls_of(Action.CONFIRM) == []
    assert window.board.ticket(order.key).latest(Action.CONFIRM) is None


def test_more_s_full_screen_button_names_the_way_back(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt

    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    assert window.top_overlay().fullscreen.text() == "Full screen"
    qtbot.mouseClick(window.top_overlay().fullscreen, Qt.MouseButton.LeftButton)
    assert window.isFullScreen() and window.top_overlay() is None  # More closed with the tap
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    assert window.top_overlay().fullscreen.text() == "Exit full screen"
    qtbot.mouseClick(window.top_overlay().fullscreen, Qt.MouseButton.LeftButton)
    assert not window.isFullScreen()
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    assert window.top_overlay().fullscreen.text() == "Full screen"


async def test_a_narrow_card_folds_its_extra_actions_into_more(window: MainWindow, engine: Engine,
                                                               fake: FakePlatform) -> None:
    from kds.domain.order import OrderType
    from kds.ui.windows.drawer import OrderDrawer

    window.resize(900, 900)  # a small tablet: narrow columns
    order = fake.add_order(type=OrderType.SELF_DELIVERY)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    fake.add_order()  # New is busy too (an empty column would give its room to Preparing)
    ready = fake.add_order()  # and Ready: the window is no narrower than its top bar's buttons
    fake.push(ready.key.order_id, EventKind.ACCEPTED)
    fake.push(ready.key.order_id, EventKind.READY)
    await engine.pollers[fake.platform].poll_once()
    window.board_widget.layout().activate()
    view = window.board_widget.view(Column.PREPARING)
    view.doItemsLayout()
    index = view.model().index(0, 0)
    shown = {b.id for b, _ in view.delegate.layout_for(window.board.card(order.key),
                                                        view.visualRect(index).width()).buttons}
    assert "more" in shown and "action:ready" in shown
    assert "action:cancel" not in shown  # folded away: destructive actions go first
    tap(window, order.key, "more")
    drawer = window.top_overlay()
    assert isinstance(drawer, OrderDrawer)
    assert {"action:ready", "action:dispatch", "action:cancel", "action:partial_refund"} <= set(drawer.buttons)


def test_the_window_title_leaves_the_app_name_to_qt(window: MainWindow) -> None:
    """Qt appends the display name ("Orders — KDS"): a title that names KDS itself reads "KDS — orders — KDS"."""
    from kds.ui.launcher import APP_DISPLAY_NAME

    assert window.windowTitle() == "Orders"
    assert APP_DISPLAY_NAME not in window.windowTitle()


async def test_a_confirmed_order_leaves_new_at_once_and_a_refused_confirm_brings_it_back(
        window: MainWindow, engine: Engine, fake: FakePlatform) -> None:
    from kds.platforms.base import PlatformRejectedError

    kept, refused = fake.add_order(), fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    assert "2 new" in window.top.summary.text()
    tap(window, kept.key, "action:confirm")
    # Confirming: out of New with no countdown, before any poll (the platform's event is ~30 s away).
    assert window.board.column_of(kept.key) is Column.PREPARING
    assert window.board.display_clock(kept.key).text == "Confirming…"
    assert "Sending Confirm…" in window.board.accessible_text(kept.key)
    assert "1 new" in window.top.summary.text()
    await engine.runner.run_due()
    assert window.board.column_of(kept.key) is Column.PREPARING
    assert window.board.display_clock(kept.key).text == "Confirmed"
    fake.fail_next = [PlatformRejectedError("order was already cancelled")]
    tap(window, refused.key, "action:confirm")
    assert window.board.column_of(refused.key) is Column.PREPARING
    await engine.runner.run_due()
    # The platform said no: back in New, counting down, with the reason and Retry.
    assert window.board.column_of(refused.key) is Column.NEW
    assert window.board.display_clock(refused.key).text != "Confirming…"
    card = window.board.card(refused.key)
    assert card is not None and any(b.id.startswith("retry:") for b in card.buttons)
    assert "order was already cancelled" in window.board.accessible_text(refused.key)
    await engine.pollers[fake.platform].poll_once()  # the platform's ACCEPTED settles the first
    assert window.board.ticket(kept.key).status.stage is Stage.ACCEPTED
    assert window.board.column_of(kept.key) is Column.PREPARING

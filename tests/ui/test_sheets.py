"""Destructive actions ask for a reason and a second tap; Confirm can ask for a prep time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind, RefundRequest
from kds.domain.money import Money
from kds.services.engine import Engine
from kds.station.settings import Behaviour, PrepTime, Settings
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sheets.confirm import TwoTapSheet
from kds.ui.sheets.reason import ReasonSheet
from kds.ui.sheets.refund import PartialRefundSheet
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.ui.conftest import tap


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


async def test_cancel_needs_a_reason_and_a_second_tap(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                      qtbot) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:cancel")
    sheet = window.top_overlay()
    assert isinstance(sheet, ReasonSheet) and sheet.isVisible()
    assert not sheet.confirm.isEnabled()  # no reason yet
    click(qtbot, sheet.reason_buttons["OTHER"])
    assert not sheet.confirm.isEnabled()  # "Other" needs words
    qtbot.keyClicks(sheet.text, "oven broken")
    assert sheet.confirm.isEnabled()
    click(qtbot, sheet.confirm)  # first tap only arms it
    assert sheet.confirm.armed and "again" in sheet.confirm.text()
    await engine.runner.run_due()
    assert fake.calls_of(Action.CANCEL) == []
    assert engine.orders.ticket(order.key).latest(Action.CANCEL) is None
    click(qtbot, sheet.confirm)  # the second tap sends it
    assert window.top_overlay() is None
    await engine.runner.run_due()
    (call,) = fake.calls_of(Action.CANCEL)
    assert (call.reason_code, call.reason) == ("OTHER", "oven broken")


async def test_changing_the_reason_disarms_the_confirm_button(window: MainWindow, engine: Engine,
                                                              fake: FakePlatform, qtbot) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:cancel")
    sheet = window.top_overlay()
    assert isinstance(sheet, ReasonSheet)
    click(qtbot, sheet.reason_buttons["OUT_OF_STOCK"])
    click(qtbot, sheet.confirm)
    assert sheet.confirm.armed
    click(qtbot, sheet.reason_buttons["OTHER"])
    assert not sheet.confirm.armed and not sheet.confirm.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc closes the sheet: nothing is recorded
    assert window.top_overlay() is None
    assert engine.orders.ticket(order.key).latest(Action.CANCEL) is None


async def test_reject_refund_needs_a_reason(window: MainWindow, engine: Engine, fake: FakePlatform, qtbot) -> None:
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    fake.request_refund(order.key.order_id)
    await engine.pollers[fake.platform].poll_once()
    card = window.board.card(order.key)
    assert card.refund.startswith("Refund requested")
    assert [b.id for b in card.buttons[:2]] == ["action:agree_refund", "action:reject_refund"]
    tap(window, order.key, "action:reject_refund")
    sheet = window.top_overlay()
    assert isinstance(sheet, ReasonSheet) and not sheet.confirm.isEnabled()
    click(qtbot, sheet.reason_buttons["DISH_ALREADY_DONE"])
    click(qtbot, sheet.confirm)
    click(qtbot, sheet.confirm)
    await engine.runner.run_due()
    (call,) = fake.calls_of(Action.REJECT_REFUND)
    assert call.reason_code == "DISH_ALREADY_DONE"


def whole_order_refund(fake: FakePlatform, order_id: str, amount: str) -> None:
    """The customer asks for the whole order back."""
    order = fake.orders[order_id]
    fake.push(order_id, EventKind.REFUND_REQUESTED,
              refund=RefundRequest(fake.clock.now(), Money.of(amount, order.currency), "never arrived", full=True))


async def test_agreeing_to_a_whole_order_refund_needs_a_second_tap(window: MainWindow, engine: Engine,
                                                                   fake: FakePlatform, qtbot) -> None:
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    whole_order_refund(fake, order.key.order_id, "31.90")
    await engine.pollers[fake.platform].poll_once()
    # Like Reject… and Cancel…, its label says that a second step follows, on the card and in the drawer.
    card = window.board.card(order.key)
    assert [b.label for b in card.buttons[:2]] == ["Agree refund…", "Reject…"]
    drawer = window.open_drawer(order.key)
    labels = {w.objectName(): w.text() for w in drawer.findChildren(QPushButton)}
    assert labels["drawer-action:agree_refund"] == "Agree refund…"
    assert labels["drawer-action:reject_refund"] == "Reject…"
    drawer.close_overlay()
    tap(window, order.key, "action:agree_refund")
    sheet = window.top_overlay()
    assert isinstance(sheet, TwoTapSheet) and sheet.isVisible()
    assert "whole order" in sheet.text.text() and "31.90" in sheet.text.text()
    await engine.runner.run_due()
    assert engine.orders.ticket(order.key).latest(Action.AGREE_REFUND) is None  # one tap: nothing recorded
    click(qtbot, sheet.confirm)  # the sheet's first tap only arms it
    assert sheet.confirm.armed and "again" in sheet.confirm.text()
    await engine.runner.run_due()
    assert fake.calls_of(Action.AGREE_REFUND) == []
    assert engine.orders.ticket(order.key).latest(Action.AGREE_REFUND) is None
    click(qtbot, sheet.confirm)  # the second tap agrees
    assert window.top_overlay() is None
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.AGREE_REFUND)) == 1


async def test_partial_refund_shows_the_amount_and_needs_two_taps(window: MainWindow, engine: Engine,
                                                                  fake: FakePlatform, qtbot) -> None:
    order = fake.add_order(lines=2)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    window.perform(order.key, Action.PARTIAL_REFUND)  # folded into the drawer on narrow cards
    sheet = window.top_overlay()
    assert isinstance(sheet, PartialRefundSheet)
    second = order.lines[1]  # 2 × Feijoada at 10.00
    click(qtbot, sheet.plus[second.line_id])
    click(qtbot, sheet.plus[second.line_id])
    click(qtbot, sheet.plus[second.line_id])  # capped at the ordered quantity
    assert sheet.quantities[second.line_id] == 2
    expected = engine.orders.refund_amount(order.key, [(second.line_id, 2)])
    assert str(expected.rounded()) in sheet.total.text() and "20.00" in sheet.total.text()
    click(qtbot, sheet.reason_buttons["OUT_OF_STOCK"])
    click(qtbot, sheet.confirm)
    assert fake.calls_of(Action.PARTIAL_REFUND) == [] and sheet.confirm.armed
    click(qtbot, sheet.confirm)
    await engine.runner.run_due()
    (call,) = fake.calls_of(Action.PARTIAL_REFUND)
    assert call.items == ((second.line_id, 2),) and call.reason_code == "OUT_OF_STOCK"


async def test_partial_refund_sheet_confirmed_twice_refunds_once(window: MainWindow, engine: Engine,
                                                                 fake: FakePlatform, qtbot) -> None:
    order = fake.add_order(lines=1)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    window.perform(order.key, Action.PARTIAL_REFUND)
    sheet = window.top_overlay()
    assert isinstance(sheet, PartialRefundSheet)
    click(qtbot, sheet.plus[order.lines[0].line_id])
    click(qtbot, sheet.reason_buttons["OUT_OF_STOCK"])
    # A shaky hand: the sheet's submit fires twice (same token), the outbox keeps one refund.
    sheet.submitted.emit(sheet.items(), "OUT_OF_STOCK", "", sheet.token)
    sheet.submitted.emit(sheet.items(), "OUT_OF_STOCK", "", sheet.token)
    await engine.runner.run_due()
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.PARTIAL_REFUND)) == 1


@pytest.fixture
def ask_prep(app: QApplication, engine: Engine, clock: FakeClock, sounds: SoundBoard, tmp_path):
    station = StationContext(Settings(behaviour=Behaviour(prep_time=PrepTime.ASK, default_prep_minutes=25)),
                             path=tmp_path / "settings.json")
    win = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False, station=station)
    win.resize(1400, 900)
    win.show()
    yield win
    win.close()
    win.deleteLater()


async def test_confirm_with_a_prep_time(ask_prep: MainWindow, engine: Engine, fake: FakePlatform, qtbot) -> None:
    from kds.ui.sheets.confirm import PrepTimeSheet

    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap(ask_prep, order.key, "action:confirm")
    sheet = ask_prep.top_overlay()
    assert isinstance(sheet, PrepTimeSheet)
    assert all(b.minimumHeight() >= 56 for b in sheet.choice_buttons.values())
    assert list(sheet.choice_buttons) == [10, 15, 20, 25, 30, 45]  # the presets and the usual time
    assert sheet.choice_buttons[25].property("kind") == "primary" and "25" in sheet.choice_buttons[25].text()
    click(qtbot, sheet.choice_buttons[30])
    await engine.runner.run_due()
    (call,) = fake.calls_of(Action.CONFIRM)
    assert call.preparation_minutes == 30


async def test_partial_refund_shows_the_platforms_preview(window: MainWindow, engine: Engine,
                                                          fake: FakePlatform, qtbot) -> None:
    from kds.domain.money import Money
    from kds.platforms.base import RefundPreview
    from tests.fakes.waiting import until

    asked: list[list[tuple[str, int]]] = []

    async def refund_preview(order, items):  # the platform keeps a service charge: less than the prices say
        asked.append(list(items))
        return RefundPreview(Money.of("17.35", order.currency), tuple(items))

    fake.refund_preview = refund_preview  # type: ignore[attr-defined]
    order = fake.add_order(lines=2)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    window.perform(order.key, Action.PARTIAL_REFUND)
    sheet = window.top_overlay()
    assert isinstance(sheet, PartialRefundSheet)
    second = order.lines[1]
    click(qtbot, sheet.plus[second.line_id])
    click(qtbot, sheet.plus[second.line_id])
    await until(lambda: "17.35" in sheet.total.text(), message=sheet.total.text())
    assert sheet.confirmed_by_platform and asked[-1] == [(second.line_id, 2)]
    assert "17.35" in sheet.confirm.text()

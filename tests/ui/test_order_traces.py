"""What an order went through shows on its card and in its drawer: why it was cancelled, what was refunded.

And the partial-refund picker prices each line, so staff see what they give back before they choose.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt

from kds.domain.actions import Action
from kds.domain.events import EventKind, RefundItem
from kds.domain.money import Money
from kds.services.engine import Engine
from kds.ui import wording
from kds.ui.sheets.reason import ReasonSheet
from kds.ui.sheets.refund import PartialRefundSheet
from kds.ui.viewmodels.card import Tone
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.ui.conftest import tap


async def test_a_cancel_from_this_screen_shows_the_reason_staff_chose(window: MainWindow, engine: Engine,
                                                                      fake: FakePlatform, qtbot) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:cancel")
    sheet = window.top_overlay()
    assert isinstance(sheet, ReasonSheet)
    qtbot.mouseClick(sheet.reason_buttons["OUT_OF_STOCK"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sheet.confirm, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sheet.confirm, Qt.MouseButton.LeftButton)
    await engine.runner.run_due()
    # The platform answers with its own words for the code (Keeta: "insufficient dishes").
    event, raw = fake.queue[-1]
    assert event.kind is EventKind.CANCELLED
    fake.queue[-1] = (replace(event, reason="insufficient dishes", code="500001"), raw)  # and names nobody
    await engine.pollers[fake.platform].poll_once()
    card = window.board.card(order.key)
    assert card is not None
    assert card.cancelled.splitlines()[0] == "CANCELLED — Items out of stock"
    drawer = window.open_drawer(order.key)
    assert "cancelled: Items out of stock" in drawer.subtitle.text()
    assert "insufficient dishes" not in drawer.subtitle.text() + card.cancelled


async def test_a_partial_refund_leaves_a_trace_on_the_card_and_in_the_drawer(window: MainWindow, engine: Engine,
                                                                              fake: FakePlatform) -> None:
    order = fake.add_order(lines=2)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    line = order.lines[1]  # 2× Feijoada
    amount = Money.of("20.00", order.currency)
    fake.push(order.key.order_id, EventKind.PARTIAL_REFUND, amount=amount, actor="merchant",
              items=(RefundItem(line.name, Decimal(2), line.line_id, amount),))
    await engine.pollers[fake.platform].poll_once()
    card = window.board.card(order.key)
    assert card is not None
    expected = f"Refunded 2 items · −{wording.money(amount)}"
    assert [(s.text, s.tone) for s in card.statuses] == [(expected, Tone.OK)]
    assert expected in window.board.accessible_text(order.key)
    drawer = window.open_drawer(order.key)
    assert expected in drawer.subtitle.text()


async def test_the_refund_picker_prices_each_line(window: MainWindow, engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order(lines=2)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    window.perform(order.key, Action.PARTIAL_REFUND)
    sheet = window.top_overlay()
    assert isinstance(sheet, PartialRefundSheet)
    one, two = order.lines
    assert sheet.prices[one.line_id].text() == wording.money(one.total)  # 1× with its option
    each = wording.money(Money.of("10.00", order.currency))
    assert sheet.prices[two.line_id].text() == f"{wording.money(two.total)} · {each} each"
    assert all(label.isVisible() for label in sheet.prices.values())

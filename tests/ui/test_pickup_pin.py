"""The code the rider or the customer shows (GoFood's PIN) is large on the card, for delivery and pickup alike."""

from __future__ import annotations

import pytest

from kds.domain.events import EventKind
from kds.domain.order import OrderType
from kds.services.engine import Engine
from kds.ui.widgets.card_layout import TextOp
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform


@pytest.mark.parametrize("kind", [OrderType.DELIVERY, OrderType.PICKUP])
async def test_the_pin_is_drawn_large_on_its_own_line(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                      kind: OrderType) -> None:
    order = fake.add_order(type=kind, pickup_code="4821")
    plain = fake.add_order(type=kind)
    await engine.pollers[fake.platform].poll_once()
    board = window.board_widget
    board.catch_up()
    window.grab()  # paint the cards as staff see them
    found = board.index_of(order.key)
    assert found is not None
    view, _ = found
    layout = view.delegate.painted_layout(order.key)
    assert layout is not None
    (pin,) = [op for op in layout.ops if isinstance(op, TextOp) and "4821" in op.text]
    assert pin.text == "Code 4821"
    assert pin.font.bold() and pin.font.pixelSize() > view.delegate.fonts.meta.pixelSize()
    assert "4821" not in layout.meta_text  # once, large: not again in the small meta line
    other = view.delegate.painted_layout(plain.key)
    assert other is not None and not any(isinstance(op, TextOp) and op.text.startswith("Code") for op in other.ops)


async def test_a_finished_ticket_drops_the_pin(window: MainWindow, engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order(type=OrderType.PICKUP, pickup_code="4821")
    for kind in (EventKind.ACCEPTED, EventKind.READY, EventKind.PICKED_UP):
        fake.push(order.key.order_id, kind)
    await engine.pollers[fake.platform].poll_once()
    card = window.board.card(order.key)
    assert card is not None and card.finished and card.pin == ""

"""A busy board at 1920×1080: compact cards in a crowded column, a hint for what is below, numbers in full."""

from __future__ import annotations

import os
from datetime import timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.domain.order import Timing
from kds.services.engine import Engine
from kds.station.settings import CardSize
from kds.ui.viewmodels.card import Column
from kds.ui.viewmodels.ticket_model import Role
from kds.ui.widgets.board_view import ColumnView
from kds.ui.widgets.card_layout import WRAP, TextOp
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform


def shown(view: ColumnView) -> int:
    """Cards wholly in view."""
    view.doItemsLayout()
    model, height = view.model(), view.viewport().height()
    rects = [view.visualRect(model.index(row, 0)) for row in range(model.rowCount())]
    return sum(1 for r in rects if r.top() >= 0 and r.bottom() < height)


async def busy_board(window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    window.resize(1920, 1080)
    for n in range(25):
        order = fake.add_order(created_at=clock.now() - timedelta(minutes=n))
        fake.push(order.key.order_id, EventKind.ACCEPTED)
    later = fake.add_order(timing=Timing.SCHEDULED, scheduled_start=clock.now() + timedelta(hours=2))
    fake.push(later.key.order_id, EventKind.ACCEPTED)
    for _ in range(3):
        fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    window.ticker.tick()


async def test_a_crowded_column_shows_compact_cards_and_says_how_many_are_below(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    await busy_board(window, engine, fake, clock)
    preparing = window.board_widget.view(Column.PREPARING)
    assert window.board.count(Column.PREPARING) == 25
    assert window.board_widget.panels[Column.LATER].isVisible()
    assert preparing.delegate.compact
    visible = shown(preparing)
    assert visible >= 5  # full cards: 2
    assert preparing.hidden_below() == 25 - visible
    assert preparing.hint_text() == f"+ {25 - visible} more below"
    if os.environ.get("KDS_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["KDS_SCREENSHOTS"], "busy-board.png"))
    # Scrolled to the end, nothing is below.
    preparing.scrollToBottom()
    assert preparing.hidden_below() == 0 and preparing.hint_text() == ""
    # New holds three orders: compact, all three are in view.
    new = window.board_widget.view(Column.NEW)
    assert shown(new) == 3 and new.hint_text() == ""
    # The setting forces one size.
    window.board_widget.set_card_size(CardSize.FULL)
    assert not preparing.delegate.compact
    assert shown(preparing) <= 3


async def test_a_cancelled_card_below_the_fold_is_named_in_red_in_the_hint(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    await busy_board(window, engine, fake, clock)
    preparing = window.board_widget.view(Column.PREPARING)
    gone = window.board.models[Column.PREPARING].order_keys()[0]  # on top, in view
    fake.push(gone.order_id, EventKind.CANCELLED, actor="customer")
    await engine.pollers[fake.platform].poll_once()
    window.ticker.tick()
    assert window.board.models[Column.PREPARING].order_keys()[-1] == gone  # live first: it went to the end
    hidden = preparing.hidden_below()
    assert hidden > 0 and preparing.hidden_alerts() == 1
    assert preparing.hint_text() == f"+ {hidden} more below · 1 cancelled"
    red = window.theme.color("danger")
    image = preparing.viewport().grab().toImage()
    pill = image.pixelColor(preparing.viewport().width() // 2, preparing.viewport().height() - 10)
    assert (pill.red(), pill.green(), pill.blue()) == (red.red(), red.green(), red.blue())
    if os.environ.get("KDS_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["KDS_SCREENSHOTS"], "busy-board-cancelled.png"))
    # Once it is in view, the hint counts only what is below, in its usual colour.
    preparing.scrollToBottom()
    assert preparing.hidden_alerts() == 0 and "cancelled" not in preparing.hint_text()


async def test_busy_new_column_is_the_widest(window: MainWindow, engine: Engine, fake: FakePlatform,
                                             clock: FakeClock) -> None:
    await busy_board(window, engine, fake, clock)
    window.board_widget.layout().activate()
    widths = {c: p.width() for c, p in window.board_widget.panels.items()}
    assert widths[Column.NEW] >= 1.2 * max(w for c, w in widths.items() if c is not Column.NEW)


async def test_long_order_numbers_and_due_times_are_drawn_in_full(window: MainWindow, engine: Engine,
                                                                   clock: FakeClock, fake: FakePlatform) -> None:
    await busy_board(window, engine, fake, clock)
    for display_id in ("1001", "100012345", "20260105123456789012"):  # the last one like a Keeta order view id
        order = fake.add_order(display_id=display_id, created_at=clock.now() + timedelta(minutes=1))
        fake.push(order.key.order_id, EventKind.ACCEPTED)
        later = fake.add_order(display_id=display_id + "9", timing=Timing.SCHEDULED,
                               scheduled_start=clock.now() + timedelta(hours=3))
        fake.push(later.key.order_id, EventKind.ACCEPTED)
    clock.advance(31)
    await engine.pollers[fake.platform].poll_once()
    window.ticker.tick()
    checked = 0
    for column in Column:
        view = window.board_widget.view(column)
        view.doItemsLayout()
        model = window.board.models[column]
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            card = index.data(Role.CARD)
            layout = view.delegate.layout_for(card, view.visualRect(index).width())
            drawn = [op for op in layout.ops if isinstance(op, TextOp) and op.text.startswith("#")]
            assert [op.text for op in drawn] == [card.display_id]  # the text the card draws, not an elided one
            op = drawn[0]
            metrics = view.delegate.fonts.metrics(op.font)
            needed = metrics.boundingRect(QRect(0, 0, op.rect.width(), 100_000), op.flags, op.text)
            assert needed.width() <= op.rect.width(), card.display_id
            if op.flags & int(Qt.TextFlag.TextWrapAnywhere):  # on lines of its own: every line has room
                assert needed.height() <= op.rect.height(), card.display_id
            assert layout.meta_text.endswith(card.meta) or card.meta in layout.meta_text
            meta = metrics_of(view, "meta").boundingRect(QRect(0, 0, layout.meta.width(), 100_000), WRAP,
                                                         layout.meta_text)
            assert meta.height() <= layout.meta.height(), layout.meta_text  # "Due 4:05 PM", not "Due 4…"
            checked += 1
    assert checked == 35


def metrics_of(view: ColumnView, name: str) -> QFontMetrics:
    """Metrics of one of the card fonts of `view`."""
    fonts = view.delegate.fonts
    return fonts.metrics(getattr(fonts, name))


async def test_a_compact_card_s_number_chip_fits_three_digits_and_the_order_number_stays_put(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    await busy_board(window, engine, fake, clock)
    preparing = window.board_widget.view(Column.PREPARING)
    assert preparing.delegate.compact
    preparing.doItemsLayout()
    model = window.board.models[Column.PREPARING]
    fonts = preparing.delegate.fonts
    three_digits = fonts.metrics(fonts.number).horizontalAdvance("888")
    starts = set()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        card = index.data(Role.CARD)
        layout = preparing.delegate.layout_for(card, preparing.viewport().width())
        assert layout.number.width() >= three_digits + fonts.px(6), card.display_id  # "123" with room to spare
        (drawn,) = [op for op in layout.ops if isinstance(op, TextOp) and op.text == card.display_id]
        assert drawn.rect.left() > layout.number.right()
        starts.add(drawn.rect.left())
    # The chip's width does not follow the number: one place for the order number, whatever the bump number.
    assert len(starts) == 1
    window.board_widget.set_card_size(CardSize.FULL)  # full cards keep the same chip
    assert not preparing.delegate.compact
    card = model.index(0, 0).data(Role.CARD)
    assert preparing.delegate.layout_for(card, preparing.viewport().width()).number.width() == layout.number.width()

"""At 1280 × 800 the five columns make narrow cards: the badge gives way and the clock stays whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.services.engine import Engine, EngineSettings
from kds.store.db import Database
from kds.ui.settings import UiSettings
from kds.ui.showcase import SHOWCASE_NOW, adapters, seed_board
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.card import CardData, Column
from kds.ui.viewmodels.ticket_model import Role
from kds.ui.widgets.card_layout import clock_font
from kds.ui.windows.main_window import MainWindow
from tests.ui.conftest import retire


@pytest.fixture
def counter(app: QApplication, db: Database, clock: FakeClock, sounds: SoundBoard) -> Iterator[MainWindow]:
    """A counter at 1280 × 800 over the showcase's orders of every platform, in all five columns."""
    clock.set(SHOWCASE_NOW)
    seed_board(db, SHOWCASE_NOW)
    engine = Engine(db, adapters(), clock, EngineSettings())
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
    window.resize(1280, 800)
    window.show()
    window.ticker.tick()
    yield window
    retire(window)


def test_narrow_cards_keep_the_clock_whole_and_never_draw_an_empty_badge(counter: MainWindow) -> None:
    window = counter
    fonts = window.board_widget.view(Column.NEW).delegate.fonts
    badge_metrics = QFontMetrics(fonts.badge)
    seen = {column: 0 for column in (Column.NEW, Column.PREPARING, Column.READY, Column.DONE, Column.LATER)}
    for column in seen:
        view = window.board_widget.view(column)
        view.doItemsLayout()
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            card = index.data(Role.CARD)
            assert isinstance(card, CardData)
            layout = view.delegate.layout_for(card, view.visualRect(index).width())
            text = window.board.display_clock(card.key).text
            where = (column, card.display_id, layout.badge_text, text)
            # The badge has a label that fits, or is not there at all: never an empty box.
            if layout.badge_text.strip("…"):
                assert badge_metrics.horizontalAdvance(layout.badge_text) <= layout.badge.width(), where
                assert not layout.badge.intersects(layout.clock), where
                assert layout.badge.right() < layout.clock.left(), where
            else:
                assert layout.badge_text == "" and layout.badge.isEmpty(), where
            # The clock is whole in its slot, in the type it is painted with.
            if text:
                font = clock_font(fonts, text, layout.clock.width(), compact=view.delegate.compact)
                assert QFontMetrics(font).horizontalAdvance(text) <= layout.clock.width(), where
            seen[column] += 1
    assert all(seen.values()), seen

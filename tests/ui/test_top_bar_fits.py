"""The top bar fits a 1280 × 800 counter screen in every language and role, and nothing on it moves.

Seldom-used buttons (Settings, Report, Light/Dark, Full screen) are on More's sheet; the wall clock
is as wide as its widest time; the paused line and "Clear all seen" take space kept for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout

from kds.clock import FakeClock
from kds.services.engine import Engine
from kds.station.settings import Language
from kds.ui import i18n
from kds.ui.settings import UiSettings
from kds.ui.sheets.more import MoreSheet
from kds.ui.sounds import SoundBoard
from kds.ui.windows import main_window
from kds.ui.windows.main_window import MainWindow
from kds.ui.wording import tr
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import retire

SCREEN = 1280
"""The narrowest common counter screen (1280 × 800 tablets and PCs)."""
ONE_MORE_BUTTON = 0
"""Room kept for a button still to come (none: the all-day counts toggle is on the bar)."""


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    i18n.reset_language()


def bar_geometry(window: MainWindow) -> dict[str, QRect]:
    """Where each button and the clock sit on the top bar (hidden ones that keep their place included)."""
    QApplication.processEvents()
    layout = window.top.layout()
    assert isinstance(layout, QHBoxLayout)
    found: dict[str, QRect] = {}
    for i in range(layout.count()):
        widget = layout.itemAt(i).widget()
        if widget is None or widget in (window.top.summary, window.store_paused, window.top.title):
            continue
        if widget.isVisible() or widget.sizePolicy().retainSizeWhenHidden():
            found[f"{i}:{widget.objectName()}"] = widget.geometry()
    return found


def clock_fits(window: MainWindow) -> bool:
    """The clock's words fit inside its label."""
    label = window.top.clock
    return label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


@pytest.mark.parametrize("role", ["counter", "kitchen", "expo"])
async def test_the_top_bar_fits_1280_px_in_every_language_and_nothing_moves(
        role: str, app: QApplication, engine: Engine, fake: FakePlatform, clock: FakeClock,
        sounds: SoundBoard, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(engine, clock, UiSettings(sounds=False, role=role, kitchen_station="Grill"),
                        sounds=sounds, start_ticker=False)
    window.resize(SCREEN, 800)
    window.show()
    try:
        first: dict[str, QRect] | None = None
        for language in [*Language, Language.EN]:
            i18n.apply_language(language)
            await until(lambda: window.top.history.text() == tr("History") and not window._retranslate_pending)
            assert window.minimumSizeHint().width() <= SCREEN - ONE_MORE_BUTTON, language
            assert window.width() == SCREEN
            assert window.store_button.text() == tr("Store")  # every word on the bar in this language
            assert window.top.more.text() == tr("More") and window.top.mute.text() == tr("Mute 5 min")
            before = bar_geometry(window)
            if first is not None and language is Language.EN:  # back in the first language: every button where it was
                assert before == first
            first = first or before
            for hour in range(24):  # the widest time of day is whole, and no minute moves a button
                window.top.set_time(datetime(2026, 12, 7, hour, 58).astimezone())
                assert clock_fits(window), (language, window.top.clock.text())
                assert bar_geometry(window) == before
            window.on_tick(clock.now())

            # The fake platform cannot pause; the words are the store's for three platforms paused
            # (`test_store_pause.py` pauses real simulators and checks the same on one language).
            paused = tr("Paused — %1").replace("%1", "Keeta OD, GoFood, Zeek · resumes 14:30 (29:00)")
            monkeypatch.setattr(main_window, "paused_summary", lambda *_, words=paused: words)
            window.on_tick(clock.now())
            assert bar_geometry(window) == before, language
            assert window.store_paused.isVisible() and window.store_paused.text() == paused
            # Room for three short lines of the smaller type; a kitchen or expo bar also holds Recall and All-day.
            assert window.store_paused.width() >= (180 if role == "counter" else 160), (role, language)
            monkeypatch.setattr(main_window, "paused_summary", lambda *_: "")
            window.on_tick(clock.now())
            assert not window.store_paused.isVisible()
            assert bar_geometry(window) == before
    finally:
        retire(window)


def test_more_offers_settings_report_theme_and_full_screen(window: MainWindow, qtbot) -> None:
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    sheet = window.top_overlay()
    assert isinstance(sheet, MoreSheet)
    assert [b.text() for b in (sheet.settings, sheet.report, sheet.theme, sheet.fullscreen)] == \
        ["Settings", "Report", "Light", "Full screen"]
    assert all(b.height() >= 88 for b in (sheet.settings, sheet.report, sheet.theme, sheet.fullscreen))
    qtbot.mouseClick(sheet.theme, Qt.MouseButton.LeftButton)
    assert window.theme.name == "light" and sheet.is_closed

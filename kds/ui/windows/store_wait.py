"""The window a station shows while the restaurant's database does not answer at start-up.

Without the store there is no board to show, but exiting would leave staff with nothing: no way to
fix the address, no sign of what is wrong. This window says it in the red banner (the reason, never
the password), keeps Settings (This computer, behind the manager PIN when it guards settings) at
hand, and tries again by itself, sooner after a save; when the database answers, the board opens.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from kds.station.settings import Guarded, Settings
from kds.ui.setup.controls import form_stylesheet
from kds.ui.setup.pin import PinSheet
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.setup.station import StationContext
from kds.ui.theme import THEMES, Fonts
from kds.ui.widgets.bars import Banner
from kds.ui.wording import tr

log = logging.getLogger(__name__)

RETRY = (1.0, 2.0, 5.0, 10.0, 30.0)
"""Seconds between tries (the last repeats); a save in Settings tries at once."""


def unreachable_text(reason: str) -> str:
    """The banner's words (the same as the board's when the database goes away later)."""
    return tr("Restaurant database not reachable — retrying… (%1)").replace("%1", reason)


class StoreWaitWindow(QMainWindow):
    """A red banner with why and Settings, over a line that says the board will come."""

    retry_now = Signal()
    """Settings were saved: try at once."""
    closed = Signal()
    """Staff closed the window: stop waiting."""

    def __init__(self, station: StationContext, reason: str) -> None:
        """Say that the database of `station`'s settings does not answer, because of `reason`."""
        super().__init__()
        self.station = station
        appearance = station.settings.appearance
        self.theme = THEMES.get(appearance.theme.value, THEMES["dark"])
        self.fonts = Fonts(appearance.font_scale)
        self.root = QWidget()
        layout = QVBoxLayout(self.root)
        self.banner = Banner("storeBanner", dismissible=False)
        self.banner.add_action(tr("Settings…")).clicked.connect(self.request_settings)
        self.line = QLabel()
        self.line.setObjectName("formHint")
        self.line.setWordWrap(True)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.line)
        layout.addStretch(1)
        layout.addWidget(self.banner)
        self.setCentralWidget(self.root)
        self.overlays: list[Any] = []
        self.reason = reason
        self.retranslate()

    def set_reason(self, reason: str) -> None:
        """The latest try failed because of `reason`."""
        self.reason = reason
        self.banner.show_text(unreachable_text(reason))

    def retranslate(self) -> None:
        """Every word in the current language."""
        self.setWindowTitle(tr("Orders"))
        self.line.setText(tr("The board opens by itself as soon as the restaurant database answers."))
        if self.banner.action is not None:
            self.banner.action.setText(tr("Settings…"))
        self.set_reason(self.reason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def request_settings(self) -> None:
        """The banner's Settings: This computer, after the manager PIN when it guards settings."""
        if self.station.settings.security.requires_pin(Guarded.SETTINGS):
            sheet = PinSheet(self.root, self.station.pin_gate, tr("Open Settings"))
            sheet.setStyleSheet(form_stylesheet(self.theme, self.fonts))
            sheet.accepted.connect(self.open_settings)
            self._open(sheet)
        else:
            self.open_settings()

    def open_settings(self) -> SettingsPanel:
        """Settings on This computer (where the restaurant's database address is)."""
        panel = SettingsPanel(self.root, self.station, None)
        panel.setStyleSheet(form_stylesheet(self.theme, self.fonts))
        panel.saved.connect(lambda *_: self.retry_now.emit())
        self._open(panel)
        panel.show_page(panel.forms.index(panel.computer))
        return panel

    def _open(self, overlay: Any) -> None:
        self.overlays.append(overlay)
        overlay.closed.connect(lambda: self.overlays.remove(overlay) if overlay in self.overlays else None)
        overlay.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Stop waiting."""
        self.closed.emit()
        super().closeEvent(event)


async def wait_for_store(app: QApplication, station: StationContext, start: Callable[[Settings], Awaitable[Any]],
                         reason: str, *, retry: Sequence[float] | None = None,
                         shown: Callable[[StoreWaitWindow], None] | None = None) -> Any | None:
    """Show `StoreWaitWindow` and try `start(settings)` until it gives a runtime; None when staff closed the window.

    A try that fails with an exception marked `transient` (the server still does not answer) or any
    other `Exception` (the address staff just saved is refused) says why in the banner and waits.
    `shown` hears the window once it shows (tests).
    """
    pauses = retry or RETRY
    window = StoreWaitWindow(station, reason)
    window.resize(1200, 800)
    window.show()
    if shown is not None:
        shown(window)
    wake = asyncio.Event()
    closed = asyncio.Event()
    window.retry_now.connect(wake.set)
    window.closed.connect(closed.set)
    attempt = 0
    try:
        while True:
            delay = pauses[min(attempt, len(pauses) - 1)]
            attempt += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_first(wake, closed), delay)
            if closed.is_set():
                log.info("closed while waiting for the restaurant database")
                return None
            wake.clear()
            try:
                return await start(station.settings)
            except Exception as exc:  # noqa: BLE001 - every reason goes on the banner; staff may fix it in Settings
                log.warning("restaurant database: %s; trying again", exc)
                window.set_reason(str(exc))
    finally:
        window.hide()
        window.deleteLater()


async def _first(*events: asyncio.Event) -> None:
    waits = [asyncio.ensure_future(e.wait()) for e in events]
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()

"""More: the top bar's seldom-used buttons (Settings, the day's report, light or dark, full screen) as big buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kds.ui.widgets.overlay import Sheet, touch_button
from kds.ui.wording import tr

ROW_HEIGHT = 88
"""Each button: a big target, tapped from a step away with wet hands."""


class MoreSheet(Sheet):
    """Big buttons for what the top bar has no room for; a tap runs it and closes the sheet."""

    settings_requested = Signal()
    history_requested = Signal()
    report_requested = Signal()
    theme_requested = Signal()
    fullscreen_requested = Signal()

    def __init__(self, host: QWidget, *, dark: bool, fullscreen: bool, history: bool = False) -> None:
        """Offer the buttons: Light when `dark` (else Dark), Exit full screen when `fullscreen`.

        With `history`, History too (a kitchen or expo bar has no room for it beside Recall and All-day).
        """
        super().__init__(host, tr("More"))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.settings = self._button(tr("Settings"), self.settings_requested)
        self.report = self._button(tr("Report"), self.report_requested)
        self.theme = self._button(tr("Light") if dark else tr("Dark"), self.theme_requested)
        self.fullscreen = self._button(tr("Exit full screen") if fullscreen else tr("Full screen"),
                                       self.fullscreen_requested)
        self.history = self._button(tr("History"), self.history_requested) if history else None
        buttons = (self.settings, self.report, self.theme, self.fullscreen)
        for i, button in enumerate(((self.history,) if self.history is not None else ()) + buttons):
            grid.addWidget(button, i // 2, i % 2)
        self.body.addLayout(grid)
        self.back.setText(tr("Close"))

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = touch_button(text)
        # The theme's min-height (56 px) would win over setMinimumHeight.
        button.setStyleSheet(f"QPushButton {{ min-height: {ROW_HEIGHT}px; }}")
        button.clicked.connect(lambda: self._run(signal))
        return button

    def _run(self, signal: SignalInstance) -> None:
        self.close_overlay()  # first: what the tap opens (the report, the PIN) goes on top
        signal.emit()

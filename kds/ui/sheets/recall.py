"""Recall: the orders this screen bumped last, one big button each; a tap brings one back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kds.domain.order import OrderKey
from kds.ui.widgets.overlay import Sheet, touch_button
from kds.ui.wording import tr

ROW_HEIGHT = 72
"""Each order's button: a big target, tapped from a step away with wet hands."""


class RecallSheet(Sheet):
    """The last bumped orders, latest first, two to a row; `recalled` reports the one tapped."""

    recalled = Signal(object)
    """The `OrderKey` to bring back (the sheet then closes)."""

    def __init__(self, host: QWidget, orders: Sequence[tuple[OrderKey, str]]) -> None:
        """Offer `orders`: (key, the words on its button), latest first."""
        super().__init__(host, tr("Recall a bumped order"))
        hint = QLabel(tr("Tap an order to bring it back to the screen.") if orders
                      else tr("Nothing bumped yet."))
        hint.setObjectName("sheetHint")
        self.body.addWidget(hint)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.order_buttons: dict[OrderKey, QPushButton] = {}
        for i, (key, text) in enumerate(orders):
            button = touch_button(text, kind="primary" if i == 0 else "normal")
            # The theme's min-height (56 px) would win over setMinimumHeight.
            button.setStyleSheet(f"QPushButton {{ min-height: {ROW_HEIGHT}px; }}")
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            grid.addWidget(button, i // 2, i % 2)
            self.order_buttons[key] = button
        self.body.addLayout(grid)
        self.back.setText(tr("Close"))

    def _choose(self, key: OrderKey) -> None:
        self.recalled.emit(key)
        self.close_overlay()

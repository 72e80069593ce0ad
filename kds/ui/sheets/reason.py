"""Choose a reason (the platform's codes, plus free text), then tap twice: Cancel and Reject refund.

A cancel reason that says dishes ran out (`ReasonCode.out_of_stock`) lets staff pick those dishes
among the order's lines, and offers to mark them sold out: the caller reads `picked()` and
`mark_sold_out` when the sheet is submitted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from kds.domain.actions import ReasonCode
from kds.ui import wording
from kds.ui.sheets.confirm import TwoTapButton
from kds.ui.widgets.overlay import Sheet, touch_button
from kds.ui.wording import tr

MIN_TEXT = 3
"""The order service's minimum for a written reason."""


class ReasonSheet(Sheet):
    """A destructive action with a reason: pick one, write why when it asks, tap twice."""

    submitted = Signal(str, str)
    """`(reason code, free text)` after the second tap."""

    def __init__(self, host: QWidget, title: str, reasons: Sequence[ReasonCode], confirm: str, armed: str,
                 lines: Sequence[tuple[str, str]] = ()) -> None:
        """Offer `reasons`; the confirm button says `confirm`, then `armed`.

        `lines` are the order's lines, (line id, what the button says), offered when an out-of-stock
        reason is chosen.
        """
        super().__init__(host, title)
        self.reasons = list(reasons)
        self.code = ""
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.reason_buttons: dict[str, QPushButton] = {}
        if self.reasons:
            label = QLabel(tr("Why?"))
            label.setObjectName("sheetHint")
            self.body.addWidget(label)
            grid = QGridLayout()
            grid.setSpacing(10)
            for i, reason in enumerate(self.reasons):
                button = touch_button(wording.reason(reason), kind="choice")
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, c=reason.code: self._choose(c))
                self.group.addButton(button)
                grid.addWidget(button, i // 2, i % 2)
                self.reason_buttons[reason.code] = button
            self.body.addLayout(grid)
        self.dishes = QWidget()
        dishes = QGridLayout(self.dishes)
        dishes.setContentsMargins(0, 0, 0, 0)
        dishes.setSpacing(10)
        which = QLabel(tr("Which dishes ran out?"))
        which.setObjectName("sheetHint")
        dishes.addWidget(which, 0, 0, 1, 2)
        self.line_buttons: dict[str, QPushButton] = {}
        for i, (line_id, text) in enumerate(lines):
            button = touch_button(text, kind="choice")
            button.setCheckable(True)
            dishes.addWidget(button, 1 + i // 2, i % 2)
            self.line_buttons[line_id] = button
        self.mark_button = touch_button(tr("Also mark them sold out until end of day"), kind="choice")
        self.mark_button.setCheckable(True)
        self.mark_button.setChecked(True)
        dishes.addWidget(self.mark_button, 2 + (len(lines) - 1) // 2, 0, 1, 2)
        self.body.addWidget(self.dishes)
        self.dishes.setVisible(False)
        self.text = QLineEdit()
        self.text.setObjectName("reasonText")
        self.text.setMinimumHeight(56)
        self.text.setPlaceholderText(tr("Write why (needed for “Other”)") if self.reasons else tr("Write why"))
        self.text.textChanged.connect(self._changed)
        self.body.addWidget(self.text)
        self.problem = QLabel("")
        self.problem.setObjectName("sheetProblem")
        self.body.addWidget(self.problem)
        self.confirm = TwoTapButton(confirm, armed)
        self.confirm.confirmed.connect(self._submit)
        self.buttons.addWidget(self.confirm, 2)
        self._changed()

    def _choose(self, code: str) -> None:
        self.code = code
        reason = self._reason()
        self.dishes.setVisible(bool(self.line_buttons) and reason is not None and reason.out_of_stock)
        self._changed()

    def picked(self) -> list[str]:
        """The lines staff picked as run out (none unless the chosen reason says dishes ran out)."""
        reason = self._reason()
        if reason is None or not reason.out_of_stock:
            return []
        return [line_id for line_id, button in self.line_buttons.items() if button.isChecked()]

    @property
    def mark_sold_out(self) -> bool:
        """True when the picked dishes are to be marked sold out too."""
        return self.mark_button.isChecked()

    def _reason(self) -> ReasonCode | None:
        return next((r for r in self.reasons if r.code == self.code), None)

    def ready(self) -> bool:
        """True when a reason is chosen and, if it needs words, written."""
        if not self.reasons:
            return len(self.text.text().strip()) >= MIN_TEXT
        reason = self._reason()
        if reason is None:
            return False
        return not reason.needs_text or len(self.text.text().strip()) >= MIN_TEXT

    def _changed(self) -> None:
        self.confirm.disarm()
        ready = self.ready()
        self.confirm.setEnabled(ready)
        reason = self._reason()
        if self.reasons and reason is None:
            self.problem.setText(tr("Choose a reason."))
        elif not ready:
            self.problem.setText(tr("Write a few words for the platform."))
        else:
            self.problem.setText("")

    def _submit(self) -> None:
        if not self.ready():
            return
        self.submitted.emit(self.code, self.text.text().strip())
        self.close_overlay()

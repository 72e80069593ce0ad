"""Print jobs as rows: what was printed where, how it went, and the buttons a failed or cut-off job needs.

Used by the order drawer (that order's jobs) and by the print problems sheet (every job needing staff).
A tap reports `(OrderKey | None, "print-<action>:<job id>")`, the same shape as a card button.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kds.ui.theme import DARK, Theme
from kds.ui.viewmodels.print_lines import JobLine, JobTone
from kds.ui.widgets.overlay import touch_button

BUTTON_KINDS = {"retry": "alert", "resolve": "primary", "reprint": "normal", "open": "quiet"}


def job_html(line: JobLine, theme: Theme) -> str:
    """The words of one job line as rich text (title, printer, state in the tone's colour)."""
    color = {JobTone.ERROR: theme.critical, JobTone.OK: theme.ok, JobTone.BUSY: theme.muted}[line.tone]
    return (f"<b>{escape(line.title)}</b> <span style=\"color:{theme.muted}\">· {escape(line.printer)}</span><br>"
            f"<span style=\"color:{color}\">{'⚠ ' if line.tone is JobTone.ERROR else ''}{escape(line.text)}</span>")


class JobList(QWidget):
    """Rows of job lines; rebuilt by `set_lines`."""

    button_clicked = Signal(object, str)
    """`(OrderKey | None, "print-<action>:<job id>")`."""

    def __init__(self, theme: Theme = DARK, parent: QWidget | None = None) -> None:
        """An empty list."""
        super().__init__(parent)
        self.theme = theme
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)
        self.lines: list[JobLine] = []
        self.buttons: dict[str, QPushButton] = {}

    def set_lines(self, lines: Sequence[JobLine]) -> None:
        """Show `lines` (nothing is rebuilt when they did not change)."""
        if list(lines) == self.lines:
            return
        self.lines = list(lines)
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for line in self.lines:
            self.rows.addWidget(self._row(line))
        self.rows.addStretch(1)  # rows at the top when the list is given more room than it needs

    def _row(self, line: JobLine) -> QWidget:
        row = QFrame()
        row.setObjectName("printJob")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(10)
        text = QLabel(job_html(line, self.theme))
        text.setObjectName("drawerText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        for button in line.buttons:
            widget = touch_button(button.label, kind=BUTTON_KINDS.get(button.action, "normal"))
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button_id = f"print-{button.action}:{line.job_id}"
            widget.setObjectName(button_id)
            widget.clicked.connect(lambda _=False, k=line.order_key, b=button_id: self.button_clicked.emit(k, b))
            layout.addWidget(widget)
            self.buttons[button_id] = widget
        return row

    def text(self) -> str:
        """Every line as plain text (tests, accessibility)."""
        return "\n".join(f"{line.title} · {line.printer}: {line.text}" for line in self.lines)

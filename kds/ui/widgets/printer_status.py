"""The printers in the status bar: a dot, the name and the state of each, and a warning for jobs that failed.

The warning is a button (a kitchen must be able to act on it): it opens the print problems sheet,
where each failed or cut-off job has its Retry, Printed OK or Reprint button and a way to its order.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kds.ui.theme import DARK, Theme
from kds.ui.viewmodels.print_lines import PrinterEntry, PrinterState
from kds.ui.widgets.overlay import restyle, touch_button
from kds.ui.wording import tr


def problems_text(count: int) -> str:
    """The warning's words for `count` jobs needing staff."""
    if count == 1:
        return tr("⚠ 1 print job did not print")
    return tr("⚠ %1 print jobs did not print").replace("%1", str(count))


class PrinterStatus(QWidget):
    """Every printer's state, then (only when some job needs staff) the warning button."""

    problems_requested = Signal()
    """The warning was tapped."""

    def __init__(self, theme: Theme = DARK, parent: QWidget | None = None) -> None:
        """An empty area (no printer)."""
        super().__init__(parent)
        self.theme = theme
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(24)
        self.labels: list[QLabel] = []
        self.entries: tuple[PrinterEntry, ...] = ()
        self.warning = touch_button("", kind="alert")
        self.warning.setObjectName("printProblems")
        self.warning.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.warning.clicked.connect(self.problems_requested.emit)
        self.warning.hide()
        self.row.addWidget(self.warning)
        self.problems = 0

    def set_theme(self, theme: Theme) -> None:
        """Dots in `theme`'s colours."""
        self.theme = theme
        self.set_entries(self.entries, self.problems)

    def set_entries(self, entries: tuple[PrinterEntry, ...], problems: int) -> None:
        """Show `entries`, and the warning when `problems` jobs need staff."""
        self.entries, self.problems = entries, problems
        while len(self.labels) < len(entries):
            label = QLabel()
            label.setObjectName("platformStatus")
            label.setTextFormat(Qt.TextFormat.RichText)
            self.row.insertWidget(len(self.labels), label)
            self.labels.append(label)
        for label, entry in zip(self.labels, entries, strict=False):
            dot = getattr(self.theme, entry.color)
            label.setText(f'<span style="color:{dot}">●</span> <b>{escape(entry.name)}</b> &nbsp;{escape(entry.text)}')
            label.setToolTip(entry.detail)
            label.setProperty("problem", entry.state in (PrinterState.OFFLINE, PrinterState.PAPER_OUT))
            restyle(label)
            label.show()
        for label in self.labels[len(entries):]:
            label.hide()
        self.warning.setText(problems_text(problems))
        self.warning.setVisible(problems > 0)

    def text(self) -> str:
        """What the area says, as plain text (tests, accessibility)."""
        parts = [f"{e.name} {e.text}" for e in self.entries]
        if self.problems:
            parts.append(self.warning.text())
        return " | ".join(parts)

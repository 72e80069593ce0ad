"""The print problems sheet: every print job that did not print, or may have, with what to do about it.

Opened from the warning in the status bar. Each job has its Retry (failed), Printed OK and Reprint
("may have printed") buttons and Open order; the list follows the print queue while it is open and
says so when nothing is left to do.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from kds.ui.theme import DARK, Theme
from kds.ui.viewmodels.printing import PrintingModel
from kds.ui.widgets.overlay import Sheet
from kds.ui.widgets.print_jobs import JobList
from kds.ui.wording import tr


class PrintProblemsSheet(Sheet):
    """The jobs needing staff; taps report `(OrderKey | None, "print-<action>:<job id>")`."""

    button_clicked = Signal(object, str)

    def __init__(self, host: QWidget, printing: PrintingModel, theme: Theme = DARK) -> None:
        """List `printing`'s problems over `host`."""
        super().__init__(host, tr("Print jobs that did not print"))
        self.printing = printing
        self.hint = QLabel(tr("Retry sends a job again. If a job was cut off, look at the printer: "
                              "Printed OK if the paper is there, else Reprint."))
        self.hint.setObjectName("sheetHint")
        self.hint.setWordWrap(True)
        self.body.addWidget(self.hint)
        self.jobs = JobList(theme)
        self.jobs.setObjectName("drawerBody")  # transparent, like the drawer's body
        self.jobs.button_clicked.connect(self.button_clicked.emit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.jobs)
        scroll.setMinimumHeight(240)
        scroll.setMinimumWidth(820)  # a failure's reason on one or two lines beside its buttons
        self.body.addWidget(scroll, 1)
        self.empty = QLabel(tr("Nothing left to do: every job printed."))
        self.empty.setObjectName("sheetHint")
        self.body.addWidget(self.empty)
        self.back.setText(tr("Close"))
        printing.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the problems again."""
        if self.is_closed:
            return
        lines = self.printing.problem_lines()
        self.jobs.set_lines(lines)
        self.empty.setVisible(not lines)

    def close_overlay(self) -> None:
        """Close and stop following the queue."""
        if not self.is_closed:
            self.printing.changed.disconnect(self.refresh)
        super().close_overlay()

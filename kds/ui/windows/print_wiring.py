"""The main window's printing wiring: print buttons, the print-problems sheet, the printer status.

`PrintWiring` is a mixin of `MainWindow`: its methods use the models and widgets the window sets
up (declared below, so type checking sees them). It turns a print button (on a card, in the order
drawer or on the problems sheet) into a `PrintingModel` call and says in a toast what was sent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kds.domain.order import OrderKey
from kds.printing.document import DocKind
from kds.printing.jobs import PrintJob
from kds.services.orders import OrderService
from kds.ui.sheets.print_problems import PrintProblemsSheet
from kds.ui.theme import Theme
from kds.ui.viewmodels.board import BoardModel
from kds.ui.viewmodels.print_lines import kind_name
from kds.ui.viewmodels.printing import PrintingModel
from kds.ui.widgets.overlay import Overlay
from kds.ui.widgets.printer_status import PrinterStatus
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.wording import tr


class PrintWiring:
    """Print buttons and the printer status of the main window."""

    # What the window sets up and this mixin relies on.
    board: BoardModel
    orders: OrderService
    printing: PrintingModel
    printers: PrinterStatus
    drawer: OrderDrawer | None
    root: QWidget
    theme: Theme
    show_toast: Callable[[str], None]
    open_drawer: Callable[[OrderKey], OrderDrawer]
    top_overlay: Callable[[], Overlay | None]
    _open: Callable[[Overlay], None]

    def _on_print_jobs(self, keys: frozenset[OrderKey]) -> None:
        if self.drawer is not None and not self.drawer.is_closed and self.drawer.key in keys:
            self.drawer.refresh_printing()

    def _show_printers(self) -> None:
        self.printers.set_entries(self.printing.entries, len(self.printing.problems))

    def on_print_button(self, key: OrderKey | None, button_id: str) -> None:
        """A print button: `reprint:<kind>` (the drawer), `print-<retry|resolve|reprint|open>:<job id>`."""
        kind, _, arg = button_id.partition(":")
        if kind == "reprint" and key is not None:
            ticket = self.board.ticket(key) or self.orders.ticket(key)
            if ticket is not None:
                jobs = self.printing.reprint(ticket.order, DocKind(arg), ticket.rider)
                self.show_toast("\n".join(self._queued_text(j) for j in jobs) if jobs else
                                tr("Nothing was sent: no printer prints this."))
        elif kind == "print-retry":
            if not self.printing.retry(int(arg)):
                self.show_toast(tr("This job is not waiting for a retry any more."))
        elif kind == "print-resolve":
            self.printing.resolve(int(arg))
        elif kind == "print-reprint":
            job = self.printing.reprint_job(int(arg))
            if job is not None:
                self.show_toast(self._queued_text(job))
        elif kind == "print-open" and key is not None:
            self.open_drawer(key)
        if self.drawer is not None and not self.drawer.is_closed:
            self.drawer.refresh_printing()

    @staticmethod
    def _queued_text(job: PrintJob) -> str:
        if job.reprint:
            return tr("%1: REPRINT #%2 sent to %3").replace("%1", kind_name(job.kind)) \
                .replace("%2", str(job.reprint)).replace("%3", job.printer)
        return tr("%1 sent to %2").replace("%1", kind_name(job.kind)).replace("%2", job.printer)

    def open_print_problems(self) -> PrintProblemsSheet:
        """The sheet of print jobs that did not print (the status bar's warning)."""
        sheet = PrintProblemsSheet(self.root, self.printing, self.theme)
        sheet.button_clicked.connect(self._print_problem_clicked)
        self._open(sheet)
        return sheet

    def _print_problem_clicked(self, key: OrderKey | None, button_id: str) -> None:
        if button_id.startswith("print-open:"):
            overlay = self.top_overlay()
            if isinstance(overlay, PrintProblemsSheet):
                overlay.close_overlay()
        self.on_print_button(key, button_id)

"""Printing as the counter screen shows it: each printer's state, each order's print jobs, what needs staff.

`PrintingModel` reads the print queue (`kds.printing.queue.PrintQueue`): job changes arrive on the
change bus like every other change (the runtime forwards the queue's `Changes`), printer health
through `subscribe_health`. The queue reports health from its own coroutines, which run on the
event loop, i.e. on the Qt thread under qasync; the report still goes through a signal, so a report
from any other thread is queued to the GUI thread by Qt's automatic connection instead of touching
widgets from a printer thread.

Without a print queue (no printer set up, or a window without a runtime) the model is empty and
`configured` is False: the drawer still previews documents, with the saved print settings' store
header and an 80 mm layout.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from kds.domain.changes import Changes
from kds.domain.order import Order, OrderKey
from kds.domain.riders import Rider
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.document import DocKind, TicketDoc
from kds.printing.jobs import JobRecord, JobState, PrintJob
from kds.printing.options import PAPER
from kds.printing.queue import PrinterHealth, PrintQueue
from kds.ui.i18n import current_language
from kds.ui.viewmodels.print_lines import (
    JobLine,
    PrinterEntry,
    PrinterState,
    job_line,
    kitchen_mark,
    may_ask,
    preview_document,
    printer_entry,
    printer_state,
    settled,
)

log = logging.getLogger(__name__)

PROBE_EVERY = timedelta(seconds=60)
"""How often a printer known to be in trouble is asked again (staff may have fixed it)."""

SHOWN_JOBS = 5
"""The drawer lists this many of an order's newest print jobs."""

class PrintingModel(QObject):
    """The print queue for the screen: printer entries, the jobs that need staff, each order's jobs."""

    changed = Signal()
    """The printer entries or the jobs needing attention changed."""
    jobs_changed = Signal(object)
    """`frozenset[OrderKey]`: orders whose print jobs changed (an open drawer refreshes)."""
    marks_changed = Signal(object)
    """`dict[OrderKey, str]`: every order whose kitchen ticket did not print, with the card's words."""
    _health_reported = Signal(object)

    def __init__(self, queue: PrintQueue | None, settings: PrintSettings | None = None,
                 parent: QObject | None = None) -> None:
        """Show `queue` (None: no printing); `settings` are used for previews without a queue."""
        super().__init__(parent)
        self.queue = queue
        self.settings = queue.settings if queue is not None else (settings or PrintSettings())
        # Without a queue nothing runs the saved printers: the status bar shows none.
        self._health: dict[str, PrinterHealth] = {p.name: PrinterHealth(p.name) for p in self.settings.printers
                                                  if queue is not None}
        self._sending: dict[int, str] = {}  # job id -> printer, while being sent
        self._next_probe: dict[str, datetime] = {}
        self._probing: set[str] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self.entries: tuple[PrinterEntry, ...] = ()
        self.problems: tuple[PrintJob, ...] = ()
        self.marks: dict[OrderKey, str] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._health_reported.connect(self._on_health)
        if queue is not None:
            for health in queue.health():
                self._health[health.name] = replace(health)
            self._unsubscribe = queue.subscribe_health(lambda h: self._health_reported.emit(replace(h)))
        self.refresh()

    @property
    def configured(self) -> bool:
        """True when there is a print queue with at least one printer."""
        return self.queue is not None and bool(self.settings.printers)

    def close(self) -> None:
        """Stop listening and asking printers."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for task in list(self._tasks):
            task.cancel()

    # -- reading ------------------------------------------------------------------------------

    def routed(self, kind: DocKind) -> list[PrinterConfig]:
        """The printers documents of `kind` go to."""
        return self.settings.routed(kind)

    def can_reprint(self, kind: DocKind) -> bool:
        """True when the Reprint button for `kind` makes sense (a queue, and a printer for the kind)."""
        return self.configured and bool(self.routed(kind))

    def paper(self, kind: DocKind) -> tuple[int, int]:
        """`(dots, columns)` of the paper `kind` prints on: its first printer's, else 80 mm."""
        printers = self.routed(kind)
        if printers:
            options = printers[0].render_options()
            return options.dots, options.columns
        return PAPER[80]

    def document(self, order: Order, kind: DocKind, rider: Rider | None = None) -> TicketDoc:
        """The document of `kind` for `order` (and `rider`, for a delivery slip), as its first printer prints it."""
        printers = self.routed(kind)
        printer = printers[0] if printers else None
        if self.queue is not None:
            return self.queue.document(order, kind, printer, rider=rider)
        return preview_document(order, kind, self.settings, printer, rider, language=current_language().value)

    def _records(self, key: OrderKey | str) -> Sequence[JobRecord]:
        return self.queue.ledger.for_order(str(key)) if self.queue is not None else ()

    def jobs(self, key: OrderKey) -> list[PrintJob]:
        """Every print job of order `key`, oldest first."""
        return [PrintJob.from_record(r) for r in self._records(key)]

    def job_lines(self, key: OrderKey) -> list[JobLine]:
        """The newest print jobs of `key`, newest first, as the drawer lists them."""
        records = self._records(key)
        lines = [job_line(PrintJob.from_record(r), made_good=settled(r, records))
                 for r in list(records)[::-1][:SHOWN_JOBS]]
        return sorted(lines, key=lambda line: not line.buttons)  # what needs a tap first, newest first

    def printed_before(self, key: OrderKey, kind: DocKind) -> bool:
        """True when `kind` was printed (or tried) for `key`: the button then says Reprint, not Print."""
        return any(r.kind == kind for r in self._records(key))

    def active_reprint(self, key: OrderKey, kind: DocKind) -> bool:
        """True while a copy of `kind` for `key` waits or prints (a second tap must not queue another)."""
        return any(r.kind == kind and r.state in (JobState.QUEUED, JobState.SENDING) for r in self._records(key))

    def job(self, job_id: int) -> PrintJob | None:
        """One job, as it is now."""
        if self.queue is None:
            return None
        record = self.queue.ledger.get(job_id)
        return PrintJob.from_record(record) if record is not None else None

    # -- what staff do ------------------------------------------------------------------------

    def reprint(self, order: Order, kind: DocKind, rider: Rider | None = None) -> list[PrintJob]:
        """Print `kind` again for `order` (stamped "REPRINT #n" when it was printed before); the new jobs."""
        if self.queue is None:
            return []
        changes = self.queue.reprint(order, kind, rider=rider)
        return [j for j in (self.job(i) for i in sorted(changes.print_jobs)) if j is not None]

    def reprint_job(self, job_id: int) -> PrintJob | None:
        """Print job `job_id`'s document again, stamped; the new job."""
        if self.queue is None:
            return None
        changes = self.queue.reprint_job(job_id)
        return next((j for j in (self.job(i) for i in changes.print_jobs) if j is not None), None)

    def retry(self, job_id: int) -> bool:
        """Send a failed job again now; False when it is not failed any more."""
        return self.queue is not None and bool(self.queue.retry(job_id))

    def resolve(self, job_id: int) -> bool:
        """Staff found a "may have printed" job on paper."""
        return self.queue is not None and bool(self.queue.resolve(job_id))

    # -- updates ------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Bus listener: follow the print jobs that changed."""
        if not changes.print_jobs or self.queue is None:
            return
        keys: set[OrderKey] = set()
        for job_id in changes.print_jobs:
            job = self.job(job_id)
            if job is None:
                continue
            if job.state is JobState.SENDING:
                self._sending[job_id] = job.printer
            else:
                self._sending.pop(job_id, None)
            if job.order_key is not None:
                keys.add(job.order_key)
        self.refresh()
        if keys:
            self.jobs_changed.emit(frozenset(keys))

    def _on_health(self, health: PrinterHealth) -> None:
        self._health[health.name] = health
        self.refresh()
        if health.reachable is False and health.name not in self._probing:
            # A job failed. The queue keeps only the reason; asking the printer tells "paper out" or
            # "cover open" (it answers) from "switched off" (it does not), which is what staff must fix.
            self._ask(health.name)

    def refresh(self, *, reword: bool = False) -> None:
        """Read the jobs needing attention again and reword every printer.

        `reword`: tell the screen even when nothing but the language changed.
        """
        if self.queue is not None:
            self.queue.language = current_language().value  # printers without a language speak the screen's
        busy = set(self._sending.values())
        entries = tuple(printer_entry(h, h.name in busy) for h in self._health.values())
        problems: list[PrintJob] = []
        marks: dict[OrderKey, str] = {}
        if self.queue is not None:
            attention = self.queue.ledger.in_states([JobState.FAILED, JobState.UNCERTAIN])
            by_order = {key: self._records(key) for key in {r.order_key for r in attention}}
            for records in by_order.values():
                mark = kitchen_mark(records)
                job = PrintJob.from_record(records[0]) if mark else None
                if job is not None and job.order_key is not None:
                    marks[job.order_key] = mark
            problems = [PrintJob.from_record(r) for r in attention if not settled(r, by_order[r.order_key])]
        changed = reword or entries != self.entries or tuple(problems) != self.problems
        self.entries, self.problems = entries, tuple(problems)
        if reword or marks != self.marks:
            self.marks = marks
            self.marks_changed.emit(dict(marks))
        if changed:
            self.changed.emit()

    def problem_lines(self) -> list[JobLine]:
        """The jobs needing staff, newest first, each with its buttons and "Open order"."""
        return [job_line(j, open_button=True) for j in self.problems[::-1]]

    # -- asking the printers ------------------------------------------------------------------

    def tick(self, now: datetime) -> None:
        """The shared ticker: ask each printer once at start, then those in trouble now and then."""
        if self.queue is None:
            return
        started = {h.name for h in self.queue.health()}
        for name, health in self._health.items():
            if name not in started:
                continue
            due = self._next_probe.get(name)
            troubled = printer_state(health, False) in (PrinterState.OFFLINE, PrinterState.PAPER_OUT,
                                                        PrinterState.UNKNOWN)
            if due is None or (troubled and now >= due):
                self._next_probe[name] = now + PROBE_EVERY
                self._ask(name)

    def _ask(self, name: str) -> None:
        """Ask printer `name` for its status in the background (once at a time)."""
        if self.queue is None or name in self._probing or name not in {h.name for h in self.queue.health()}:
            return
        if not any(p.name == name and may_ask(p) for p in self.settings.printers):
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no running event loop (a window outside qasync): nothing to ask
            return
        self._probing.add(name)
        task = loop.create_task(self._probe(name), name=f"printer-probe:{name}")
        self._tasks.add(task)
        task.add_done_callback(self._done)

    async def _probe(self, name: str) -> None:
        try:
            if self.queue is not None:
                with contextlib.suppress(KeyError):  # the queue stopped meanwhile
                    await self.queue.probe(name)
        finally:
            self._probing.discard(name)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("asking a printer for its status failed: %s", task.exception())

    def printer_names(self) -> Iterable[str]:
        """Every printer, in settings order."""
        return self._health.keys()

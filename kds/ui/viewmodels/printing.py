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
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from kds.domain.changes import Changes
from kds.domain.order import Order, OrderKey
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.document import DocKind, TicketDoc
from kds.printing.jobs import JobRecord, JobState, PrintJob
from kds.printing.layout import kitchen_ticket, receipt
from kds.printing.queue import PrinterHealth, PrintQueue
from kds.printing.render import PAPER
from kds.printing.transports import Online, Paper
from kds.ui import wording
from kds.ui.wording import tr

log = logging.getLogger(__name__)

PROBE_EVERY = timedelta(seconds=60)
"""How often a printer known to be in trouble is asked again (staff may have fixed it)."""

SHOWN_JOBS = 5
"""The drawer lists this many of an order's newest print jobs."""


class PrinterState(StrEnum):
    """What the status bar says about a printer."""

    READY = "ready"
    PRINTING = "printing"
    PAPER_LOW = "paper_low"
    PAPER_OUT = "paper_out"
    OFFLINE = "offline"
    UNKNOWN = "unknown"


STATE_COLORS = {PrinterState.READY: "ok", PrinterState.PRINTING: "accent", PrinterState.PAPER_LOW: "warning",
                PrinterState.PAPER_OUT: "critical", PrinterState.OFFLINE: "critical", PrinterState.UNKNOWN: "muted"}
"""The `Theme` colour of each state's dot."""


def state_words(state: PrinterState) -> str:
    """A printer state in staff words."""
    words = {
        PrinterState.READY: tr("ready"),
        PrinterState.PRINTING: tr("printing…"),
        PrinterState.PAPER_LOW: tr("paper low"),
        PrinterState.PAPER_OUT: tr("paper out"),
        PrinterState.OFFLINE: tr("offline"),
        PrinterState.UNKNOWN: tr("not checked yet"),
    }
    return words[state]


def printer_state(health: PrinterHealth, busy: bool) -> PrinterState:
    """The state of a printer from its last job or probe; `busy` while one of its jobs is being sent."""
    status = health.status
    if health.reachable is False:
        return PrinterState.OFFLINE
    if status.paper is Paper.OUT:
        return PrinterState.PAPER_OUT
    if status.online is Online.OFFLINE:
        return PrinterState.OFFLINE
    if busy:
        return PrinterState.PRINTING
    if health.reachable is None:
        return PrinterState.UNKNOWN
    return PrinterState.PAPER_LOW if status.paper is Paper.LOW else PrinterState.READY


@dataclass(frozen=True, slots=True)
class PrinterEntry:
    """One printer in the status bar."""

    name: str
    state: PrinterState
    text: str  # the state in words
    detail: str  # the last error, for the tooltip
    color: str  # a Theme attribute


def printer_entry(health: PrinterHealth, busy: bool) -> PrinterEntry:
    """The status bar entry of a printer."""
    state = printer_state(health, busy)
    detail = health.last_error
    if not detail and state is PrinterState.READY and not health.status.answered:
        detail = tr("The printer does not report its paper; the last connection worked.")
    return PrinterEntry(health.name, state, state_words(state), detail, STATE_COLORS[state])


def kind_name(kind: DocKind) -> str:
    """A kind of printed document."""
    names = {
        DocKind.KITCHEN: tr("Kitchen ticket"),
        DocKind.RECEIPT: tr("Receipt"),
        DocKind.CANCEL: tr("Cancellation slip"),
        DocKind.REFUND: tr("Refund slip"),
        DocKind.TEST: tr("Test page"),
    }
    return names[kind]


class JobTone(StrEnum):
    """How a job line looks."""

    BUSY = "busy"
    OK = "ok"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class JobButton:
    """A button on a job line: `retry`, `resolve` ("Printed OK"), `reprint` or `open` (the order's drawer)."""

    action: str
    label: str


@dataclass(frozen=True, slots=True)
class JobLine:
    """One print job as the drawer and the print problems sheet show it."""

    job_id: int
    order_key: OrderKey | None
    title: str  # "Kitchen ticket · REPRINT #1"
    printer: str
    text: str  # the state in words, with the reason of a failure
    tone: JobTone
    buttons: tuple[JobButton, ...]


def job_line(job: PrintJob, *, open_button: bool = False, made_good: bool = False) -> JobLine:
    """The line of `job`; `open_button` adds "Open order" (the print problems sheet); `made_good`: a later
    copy of the same document printed (see `settled`), so a failure needs nothing more."""
    title = kind_name(job.kind)
    if job.reprint:
        title += f" · REPRINT #{job.reprint}"
    buttons: list[JobButton] = []
    if made_good and job.state in (JobState.FAILED, JobState.UNCERTAIN):
        text, tone = tr("did not print; a later copy did"), JobTone.OK
    elif job.state is JobState.QUEUED:
        text, tone = tr("waiting to print"), JobTone.BUSY
    elif job.state is JobState.SENDING:
        text, tone = tr("printing…"), JobTone.BUSY
    elif job.state is JobState.DONE:
        text, tone = tr("printed %1").replace("%1", wording.local_time(job.done_at)), JobTone.OK
    elif job.state is JobState.FAILED:
        text, tone = tr("not printed: %1").replace("%1", job.last_error or tr("unknown error")), JobTone.ERROR
        if job.next_attempt is not None:
            text += " · " + tr("trying again at %1").replace("%1", wording.local_time(job.next_attempt))
        buttons.append(JobButton("retry", tr("Retry")))
    else:
        text, tone = tr("may have printed: it was cut off while printing. Check the printer."), JobTone.ERROR
        buttons += [JobButton("resolve", tr("Printed OK")), JobButton("reprint", tr("Reprint"))]
    if open_button and job.order_key is not None:
        buttons.append(JobButton("open", tr("Open order")))
    return JobLine(job.id, job.order_key, title, job.printer, text, tone, tuple(buttons))


def _document(job: JobRecord) -> tuple[str, str, str, str]:
    """Which document a job printed: copies (retries, reprints) of one document share this."""
    return job.order_key, job.kind, job.revision, job.route


def settled(job: JobRecord, siblings: Sequence[JobRecord]) -> bool:
    """True when a failed or uncertain job was made good: a later copy of the same document printed."""
    return any(other.id > job.id and other.state == JobState.DONE and _document(other) == _document(job)
               for other in siblings)


def kitchen_mark(jobs: Sequence[JobRecord]) -> str:
    """The card's "ticket not printed" words for an order with these jobs ("" when its tickets printed)."""
    documents: dict[tuple[str, str, str, str], list[JobRecord]] = {}
    for job in jobs:
        if job.kind == DocKind.KITCHEN:
            documents.setdefault(_document(job), []).append(job)
    mark = ""
    for copies in documents.values():
        if any(j.state == JobState.DONE for j in copies):
            continue
        last = copies[-1].state
        if last == JobState.FAILED:
            return tr("Kitchen ticket not printed")
        if last == JobState.UNCERTAIN:
            mark = tr("Kitchen ticket may not have printed")
    return mark


def preview_document(order: Order, kind: DocKind, settings: PrintSettings,
                     printer: PrinterConfig | None = None) -> TicketDoc:
    """The document of `kind` for `order` as it would print (without a print queue: from the saved settings)."""
    if kind is DocKind.KITCHEN:
        return kitchen_ticket(order, tz=settings.tz(), station=printer.station if printer else "",
                              labels=settings.labels)
    if kind is DocKind.RECEIPT:
        return receipt(order, tz=settings.tz(), header=settings.store.header(), labels=settings.labels)
    raise ValueError(f"no preview of a {kind} document")


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

    def document(self, order: Order, kind: DocKind) -> TicketDoc:
        """The document of `kind` for `order`, as its first printer prints it."""
        printers = self.routed(kind)
        printer = printers[0] if printers else None
        if self.queue is not None:
            return self.queue.document(order, kind, printer)
        return preview_document(order, kind, self.settings, printer)

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

    def reprint(self, order: Order, kind: DocKind) -> list[PrintJob]:
        """Print `kind` again for `order` (stamped "REPRINT #n" when it was printed before); the new jobs."""
        if self.queue is None:
            return []
        changes = self.queue.reprint(order, kind)
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
        """Read the jobs needing attention again and reword every printer (`reword`: tell the screen even
        when nothing but the language changed)."""
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

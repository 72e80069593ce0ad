"""Print jobs and printers in staff words.

The lines the drawer and the print problems sheet list, the printer states of the status bar, the card's
"ticket not printed", and which printers may be asked.

Pure functions of the print queue's records (`kds.printing.jobs`) and printer health
(`kds.printing.queue.PrinterHealth`); `kds.ui.viewmodels.printing.PrintingModel` feeds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from kds.domain.order import Order, OrderKey
from kds.domain.riders import Rider
from kds.platforms.registry import LABELS
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.document import DocKind, TicketDoc
from kds.printing.jobs import JobRecord, JobState, PrintJob
from kds.printing.labels import ENGLISH
from kds.printing.layout import platform_labels
from kds.printing.queue import PrinterHealth, order_document
from kds.printing.transports import Online, Paper, TargetError, parse_target
from kds.ui import wording
from kds.ui.wording import tr

ASKABLE = frozenset({"tcp", "usb", "serial", "file"})
"""Printer connections that may be asked for their status unprompted. A spooler (cups, lp, win32) turns
every connection into a job, so asking one would put an empty job in its queue, or feed blank paper."""


def may_ask(config: PrinterConfig) -> bool:
    """True when the status bar may ask `config`'s printer for its status by itself (see `ASKABLE`)."""
    try:
        return parse_target(config.target).scheme in ASKABLE
    except TargetError:
        return False


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
        DocKind.DELIVERY: tr("Delivery slip"),
        DocKind.TEST: tr("Test page"),
        DocKind.REPORT: tr("End-of-day slip"),
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
    """The line of `job`.

    `open_button` adds "Open order" (the print problems sheet); `made_good`: a later copy of the same
    document printed (see `settled`), so a failure needs nothing more.
    """
    title = kind_name(job.kind)
    if job.reprint:
        title = tr("%1 · REPRINT #%2").replace("%1", title).replace("%2", str(job.reprint))
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
                     printer: PrinterConfig | None = None, rider: Rider | None = None, *,
                     language: str = ENGLISH) -> TicketDoc:
    """The document of `kind` for `order` as it would print (without a print queue: from the saved settings).

    `language` is the screen's, for a printer without a language of its own.
    """
    if kind is DocKind.CANCEL:
        raise ValueError(f"no preview of a {kind} document")
    return order_document(order, kind, settings, platform_labels(LABELS, settings.labels),
                          printer.language if printer is not None and printer.language else language, settings.tz(),
                          printer=printer, rider=rider)

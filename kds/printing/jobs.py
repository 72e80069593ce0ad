"""Print jobs as the rest of the app sees them, and the ledger the print queue keeps them in.

The ledger itself lives in the store (`kds.store.print_jobs.PrintJobRepository`); printing and the
store are sibling layers that must not import each other, so the queue states here, as a Protocol,
what it needs from a ledger, and the composition root hands it the repository.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from kds.domain.order import OrderKey
from kds.printing.document import DocKind


class JobState(StrEnum):
    """Where a print job stands."""

    QUEUED = "queued"
    SENDING = "sending"
    DONE = "done"
    FAILED = "failed"  # did not print; retried automatically while `next_attempt` is set, else by staff
    UNCERTAIN = "uncertain"  # interrupted while sending: may have printed; offered for reprint


class JobRecord(Protocol):
    """What the queue reads from a stored job (`kds.store.print_jobs.PrintJobRecord` fits)."""

    @property
    def id(self) -> int:
        """The job's number in the ledger (printed in the ticket's footer)."""

    @property
    def order_key(self) -> str:
        """The order's key as text, or `test/<printer>` for a test page."""

    @property
    def kind(self) -> str:
        """The document's kind (a `DocKind` value)."""

    @property
    def revision(self) -> str:
        """Which version of the order the document prints; an automatic print happens once per revision."""

    @property
    def route(self) -> str:
        """The printer the settings route the document to (`printer` differs when its fallback took over)."""

    @property
    def reprint(self) -> int:
        """0 for the original print, else the reprint's number, stamped on the paper."""

    @property
    def printer(self) -> str:
        """The printer that prints the job: its route, or the route's fallback."""

    @property
    def state(self) -> str:
        """Where the job stands (a `JobState` value)."""

    @property
    def auto(self) -> bool:
        """True for a print the queue made by itself, False for one staff asked for."""

    @property
    def document(self) -> str:
        """The document to print, as `kds.printing.document.to_json` wrote it."""

    @property
    def title(self) -> str:
        """What staff see the job as in the lists (the document's title)."""

    @property
    def attempts(self) -> int:
        """How often the job's bytes were sent since it was queued (or handed to another printer)."""

    @property
    def next_attempt(self) -> datetime | None:
        """When a failed job is tried again by itself; None: not scheduled."""

    @property
    def last_error(self) -> str:
        """Why the last attempt failed (empty once the job printed)."""

    @property
    def partial(self) -> bool:
        """True when bytes may have reached the paper, so the next attempt is stamped as resent."""

    @property
    def created_at(self) -> datetime:
        """When the job was queued."""

    @property
    def done_at(self) -> datetime | None:
        """When the printer took the job (or staff confirmed it printed); None until then."""


class Ledger(Protocol):
    """What the queue needs from the print ledger (`kds.store.print_jobs.PrintJobRepository` fits)."""

    def add(self, *, order_key: str, kind: str, revision: str, route: str, printer: str, document: str,
            title: str, auto: bool, now: datetime) -> int | None:
        """Store a new (not reprint) job; None when a job with the same key already exists."""

    def add_reprint(self, *, order_key: str, kind: str, revision: str, route: str, printer: str,
                    document: str, title: str, now: datetime) -> tuple[int, int]:
        """Store a reprint numbered after the earlier ones of the same document; returns (id, number)."""

    def get(self, job_id: int) -> JobRecord | None:
        """The job with `job_id`, or None."""

    def for_order(self, order_key: str) -> Sequence[JobRecord]:
        """Every job of an order, oldest first."""

    def in_states(self, states: Iterable[str]) -> Sequence[JobRecord]:
        """Every job in one of `states`, oldest first."""

    def next_due(self, printer: str, now: datetime) -> JobRecord | None:
        """The oldest job `printer` should send now: queued, or failed with its retry time come."""

    def next_wake(self, printer: str) -> datetime | None:
        """When the next scheduled retry on `printer` is due, or None."""

    def has_printed(self, order_key: str, kind: str) -> bool:
        """True when a job of `kind` for the order is done or may have printed."""

    def mark_sending(self, job_id: int, now: datetime) -> bool:
        """Note that the job's bytes are about to go out (committed first, so a crash then is detectable).

        False when it is no longer due (another queue took it): it must not be sent.
        """

    def mark_done(self, job_id: int, now: datetime) -> None:
        """Note that the printer took the job."""

    def mark_failed(self, job_id: int, now: datetime, error: str, *, partial: bool,
                    retry_at: datetime | None) -> None:
        """Note that the job did not print; it is retried at `retry_at` (never when None: staff must retry it)."""

    def recover_interrupted(self, now: datetime, printers: Iterable[str] | None = None) -> list[int]:
        """Make jobs left `sending` by a crash `uncertain` ("may have printed"), only on `printers` if given."""

    def retry(self, job_id: int, now: datetime, printer: str | None = None) -> bool:
        """Queue a failed job again now (optionally on another printer); False when it is not failed."""

    def reassign(self, job_id: int, printer: str, now: datetime) -> None:
        """Hand a job to another printer (a fallback taking over), due now."""

    def resolve(self, job_id: int, now: datetime) -> bool:
        """Mark an uncertain job done (staff saw it on paper); False when it is not uncertain."""


@dataclass(frozen=True, slots=True)
class PrintJob:
    """A print job for display: the Reprint / Retry buttons and the failed-jobs list read this."""

    id: int
    order_key: OrderKey | None  # None for a test page
    kind: DocKind
    title: str
    printer: str
    route: str
    state: JobState
    reprint: int
    auto: bool
    attempts: int
    last_error: str
    next_attempt: datetime | None
    created_at: datetime
    done_at: datetime | None

    @property
    def may_have_printed(self) -> bool:
        """True for a job interrupted while sending: staff should check the printer and maybe reprint."""
        return self.state is JobState.UNCERTAIN

    @property
    def retrying(self) -> bool:
        """True while a failed job will be tried again by itself."""
        return self.state is JobState.FAILED and self.next_attempt is not None

    @classmethod
    def from_record(cls, record: JobRecord) -> PrintJob:
        """Build from a stored job."""
        try:
            key: OrderKey | None = OrderKey.parse(record.order_key)
        except ValueError:
            key = None  # a test page ("test/<printer>")
        return cls(id=record.id, order_key=key, kind=DocKind(record.kind), title=record.title,
                   printer=record.printer, route=record.route, state=JobState(record.state),
                   reprint=record.reprint, auto=record.auto, attempts=record.attempts, last_error=record.last_error,
                   next_attempt=record.next_attempt, created_at=record.created_at, done_at=record.done_at)

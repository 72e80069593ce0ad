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
    def id(self) -> int: ...
    @property
    def order_key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def revision(self) -> str: ...
    @property
    def route(self) -> str: ...
    @property
    def reprint(self) -> int: ...
    @property
    def printer(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def auto(self) -> bool: ...
    @property
    def document(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def attempts(self) -> int: ...
    @property
    def next_attempt(self) -> datetime | None: ...
    @property
    def last_error(self) -> str: ...
    @property
    def partial(self) -> bool: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def done_at(self) -> datetime | None: ...


class Ledger(Protocol):
    """What the queue needs from the print ledger (`kds.store.print_jobs.PrintJobRepository` fits)."""

    def add(self, *, order_key: str, kind: str, revision: str, route: str, printer: str, document: str,
            title: str, auto: bool, now: datetime) -> int | None: ...
    def add_reprint(self, *, order_key: str, kind: str, revision: str, route: str, printer: str,
                    document: str, title: str, now: datetime) -> tuple[int, int]: ...
    def get(self, job_id: int) -> JobRecord | None: ...
    def for_order(self, order_key: str) -> Sequence[JobRecord]: ...
    def in_states(self, states: Iterable[str]) -> Sequence[JobRecord]: ...
    def next_due(self, printer: str, now: datetime) -> JobRecord | None: ...
    def next_wake(self, printer: str) -> datetime | None: ...
    def has_printed(self, order_key: str, kind: str) -> bool: ...
    def mark_sending(self, job_id: int, now: datetime) -> None: ...
    def mark_done(self, job_id: int, now: datetime) -> None: ...
    def mark_failed(self, job_id: int, now: datetime, error: str, *, partial: bool,
                    retry_at: datetime | None) -> None: ...
    def recover_interrupted(self, now: datetime) -> list[int]: ...
    def retry(self, job_id: int, now: datetime, printer: str | None = None) -> bool: ...
    def reassign(self, job_id: int, printer: str, now: datetime) -> None: ...
    def resolve(self, job_id: int, now: datetime) -> bool: ...


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

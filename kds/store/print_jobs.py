"""The print ledger: every print job, keyed so that an automatic print happens once, even across restarts.

A job row is written (and committed) before its bytes go out and marked when they have, so a crash in
between leaves a row in `sending`; at the next start it becomes `uncertain` ("may have printed") and
waits for staff instead of being sent again. States (plain strings; `kds.printing.jobs.JobState`
names them): queued, sending, done, failed, uncertain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kds.store.db import Database

_COLUMNS = ("id, order_key, kind, revision, route, reprint, printer, state, auto, document, title, attempts,"
            " next_attempt, last_error, partial, created_at, updated_at, done_at")


def _iso(when: datetime) -> str:
    # One fixed form (UTC, microseconds) so that comparing the text compares the times.
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True, slots=True)
class PrintJobRecord:
    """One print job as stored."""

    id: int
    order_key: str
    kind: str
    revision: str
    route: str
    reprint: int
    printer: str
    state: str
    auto: bool
    document: str
    title: str
    attempts: int
    next_attempt: datetime | None
    last_error: str
    partial: bool
    created_at: datetime
    updated_at: datetime
    done_at: datetime | None


class PrintJobRepository:
    """Persistence of print jobs on a `Database` (short writes only: safe on the event loop's thread)."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    def add(self, *, order_key: str, kind: str, revision: str, route: str, printer: str, document: str,
            title: str, auto: bool, now: datetime) -> int | None:
        """Store a new (original, not reprint) job; None when a job with the same key already exists."""
        cur = self.db.conn.execute(
            "INSERT INTO print_jobs (order_key, kind, revision, route, reprint, printer, state, auto, document,"
            " title, created_at, updated_at) VALUES (?,?,?,?,0,?,'queued',?,?,?,?,?)"
            " ON CONFLICT (order_key, kind, revision, route, reprint) DO NOTHING RETURNING id",
            (order_key, kind, revision, route, printer, int(auto), document, title, _iso(now), _iso(now)))
        row = cur.fetchone()  # none when the key was already stored
        return None if row is None else int(row[0])

    def add_reprint(self, *, order_key: str, kind: str, revision: str, route: str, printer: str,
                    document: str, title: str, now: datetime) -> tuple[int, int]:
        """Store a reprint numbered after the previous ones of the same document; returns (id, number)."""
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT COALESCE(MAX(reprint), 0) FROM print_jobs WHERE order_key=? AND kind=? AND revision=?"
                " AND route=?", (order_key, kind, revision, route)).fetchone()
            number = int(row[0]) + 1
            cur = conn.execute(
                "INSERT INTO print_jobs (order_key, kind, revision, route, reprint, printer, state, auto,"
                " document, title, created_at, updated_at) VALUES (?,?,?,?,?,?,'queued',0,?,?,?,?) RETURNING id",
                (order_key, kind, revision, route, number, printer, document, title, _iso(now), _iso(now)))
            return int(cur.fetchone()[0]), number

    def get(self, job_id: int) -> PrintJobRecord | None:
        """The job with `job_id`."""
        row = self.db.conn.execute(f"SELECT {_COLUMNS} FROM print_jobs WHERE id=?", (job_id,)).fetchone()
        return None if row is None else self._row(row)

    def for_order(self, order_key: str) -> list[PrintJobRecord]:
        """Every job of an order, oldest first."""
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM print_jobs WHERE order_key=? ORDER BY id",
                                    (order_key,)).fetchall()
        return [self._row(r) for r in rows]

    def in_states(self, states: Iterable[str]) -> list[PrintJobRecord]:
        """Every job in one of `states`, oldest first."""
        wanted = list(states)
        marks = ",".join("?" * len(wanted))
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM print_jobs WHERE state IN ({marks}) ORDER BY id",
                                    wanted).fetchall()
        return [self._row(r) for r in rows]

    def next_due(self, printer: str, now: datetime) -> PrintJobRecord | None:
        """The oldest job `printer` should send now: queued, or failed with its retry time come."""
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM print_jobs WHERE printer=? AND (state='queued' OR (state='failed'"
            " AND next_attempt IS NOT NULL AND next_attempt <= ?)) ORDER BY id LIMIT 1",
            (printer, _iso(now))).fetchone()
        return None if row is None else self._row(row)

    def next_wake(self, printer: str) -> datetime | None:
        """When the next scheduled retry on `printer` is due."""
        row = self.db.conn.execute(
            "SELECT MIN(next_attempt) FROM print_jobs WHERE printer=? AND state='failed'"
            " AND next_attempt IS NOT NULL", (printer,)).fetchone()
        return _dt(row[0])

    def has_printed(self, order_key: str, kind: str) -> bool:
        """True when a job of `kind` for the order is done or may have printed."""
        row = self.db.conn.execute(
            "SELECT 1 FROM print_jobs WHERE order_key=? AND kind=? AND state IN ('done', 'uncertain') LIMIT 1",
            (order_key, kind)).fetchone()
        return row is not None

    def _set(self, job_id: int, now: datetime, **fields: Any) -> None:
        assignments = ", ".join(f"{name}=?" for name in fields)
        self.db.conn.execute(f"UPDATE print_jobs SET {assignments}, updated_at=? WHERE id=?",
                             (*fields.values(), _iso(now), job_id))

    def mark_sending(self, job_id: int, now: datetime) -> bool:
        """The job's bytes are about to go out (committed first, so a crash now is detectable).

        False when the job is no longer due (another station's queue took it, or staff resolved it): do not send.
        """
        cur = self.db.conn.execute(
            "UPDATE print_jobs SET state='sending', attempts=attempts+1, next_attempt=NULL, updated_at=?"
            " WHERE id=? AND state IN ('queued', 'failed')", (_iso(now), job_id))
        return cur.rowcount == 1

    def mark_done(self, job_id: int, now: datetime) -> None:
        """The printer took the job."""
        self._set(job_id, now, state="done", last_error="", next_attempt=None, done_at=_iso(now))

    def mark_failed(self, job_id: int, now: datetime, error: str, *, partial: bool,
                    retry_at: datetime | None) -> None:
        """The job did not print; it is retried at `retry_at` (never when None: staff must press Retry)."""
        self._set(job_id, now, state="failed", last_error=error, partial=int(partial),
                  next_attempt=_iso(retry_at) if retry_at else None)

    def recover_interrupted(self, now: datetime, printers: Iterable[str] | None = None) -> list[int]:
        """Jobs left in `sending` by a crash become `uncertain` ("may have printed"); returns their ids.

        With `printers`, only the jobs of those printers: on a shared store another station may be
        sending to its own printers right now.
        """
        where, args = "state='sending'", []
        if printers is not None:
            names = list(printers)
            if not names:
                return []
            where += f" AND printer IN ({','.join('?' * len(names))})"
            args = names
        with self.db.transaction() as conn:
            ids = [int(r[0]) for r in conn.execute(f"SELECT id FROM print_jobs WHERE {where}", args)]
            conn.execute(
                "UPDATE print_jobs SET state='uncertain', partial=1, next_attempt=NULL, updated_at=?,"
                f" last_error='interrupted while sending: may have printed' WHERE {where}", (_iso(now), *args))
        return ids

    def retry(self, job_id: int, now: datetime, printer: str | None = None) -> bool:
        """Queue a failed job again now (optionally on another printer); False when it is not failed."""
        cur = self.db.conn.execute(
            "UPDATE print_jobs SET state='queued', next_attempt=NULL, printer=COALESCE(?, printer), updated_at=?"
            " WHERE id=? AND state='failed'", (printer, _iso(now), job_id))
        return cur.rowcount == 1

    def reassign(self, job_id: int, printer: str, now: datetime) -> None:
        """Hand a job to another printer (a fallback taking over), due now."""
        self.db.conn.execute(
            "UPDATE print_jobs SET printer=?, attempts=0, next_attempt=?, updated_at=? WHERE id=?",
            (printer, _iso(now), _iso(now), job_id))

    def resolve(self, job_id: int, now: datetime) -> bool:
        """Staff saw an uncertain job on paper: mark it done. False when it is not uncertain."""
        cur = self.db.conn.execute(
            "UPDATE print_jobs SET state='done', done_at=?, updated_at=? WHERE id=? AND state='uncertain'",
            (_iso(now), _iso(now), job_id))
        return cur.rowcount == 1

    @staticmethod
    def _row(row: Any) -> PrintJobRecord:
        return PrintJobRecord(
            id=int(row["id"]), order_key=row["order_key"], kind=row["kind"], revision=row["revision"],
            route=row["route"], reprint=int(row["reprint"]), printer=row["printer"], state=row["state"],
            auto=bool(row["auto"]), document=row["document"], title=row["title"], attempts=int(row["attempts"]),
            next_attempt=_dt(row["next_attempt"]), last_error=row["last_error"], partial=bool(row["partial"]),
            created_at=datetime.fromisoformat(row["created_at"]),
            updated_at=datetime.fromisoformat(row["updated_at"]), done_at=_dt(row["done_at"]))

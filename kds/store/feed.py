"""The change feed: what other stations changed in a shared store, read on by sequence number.

Triggers append a row to `changes` in the same transaction as every write a screen shows (migration
0008). On PostgreSQL the commit also sends a `NOTIFY` on `kds_changes`: a doorbell only. The
`ChangeListener` keeps a connection of its own in a thread (the Qt thread never waits on it),
LISTENs, and on each ring (and every few seconds anyway) reads the rows after the last one it
delivered. After a lost connection it connects again and reads on from the same number, so a
missed notification or a reconnect loses nothing.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kds.store.db import Database

log = logging.getLogger(__name__)

_BATCH = 2000  # rows per read while catching up
_CHECK_EVERY = 5.0  # seconds: read on even without a ring (the doorbell is not the log)
_WAIT_STEP = 0.2  # seconds: how long one wait for a ring lasts, i.e. how soon `stop()` is heard
_RETRY = (0.2, 0.5, 1.0, 2.0, 5.0)  # seconds between reconnection attempts


@dataclass(frozen=True, slots=True)
class Change:
    """One row of the change log (see migration 0008 for the meaning of each field)."""

    seq: int
    topic: str
    item: str
    ref: str
    op: str
    origin: str


class ChangeLog:
    """Reads the `changes` table."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    def latest(self) -> int:
        """The newest change's number (0 when the log is empty)."""
        return int(self.db.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()[0])

    def since(self, seq: int, limit: int = _BATCH) -> list[Change]:
        """Changes after `seq`, oldest first (at most `limit`)."""
        rows = self.db.conn.execute("SELECT seq, topic, item, ref, op, origin FROM changes WHERE seq > ?"
                                    " ORDER BY seq LIMIT ?", (seq, limit)).fetchall()
        return [_change(r) for r in rows]


def _change(row: Any) -> Change:
    return Change(int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]))


Deliver = Callable[[list[Change], bool], None]
"""Receives, on the listener's thread, other stations' changes in order and whether some were lost
(the station was too far behind: everything must be read again)."""


class ChangeListener:
    """A thread that LISTENs on a shared store and delivers other stations' changes.

    Changes this database object wrote itself (same `origin`) are skipped: the station told its own
    listeners when it wrote them.
    """

    def __init__(self, db: Database, deliver: Deliver, *, after: int | None = None,
                 check_every: float = _CHECK_EVERY) -> None:
        """Deliver changes of `db` after number `after` (by default, from now on) to `deliver`."""
        self.db = db
        self.deliver = deliver
        self.last = ChangeLog(db).latest() if after is None else after
        self.check_every = check_every
        self.connected = threading.Event()
        self.backend_pid = 0  # the listening connection's server process (tests end it to cut the line)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"kds-changes-{db.origin}", daemon=True)

    def start(self) -> None:
        """Start listening."""
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop and wait for the thread (it notices within a fraction of a second)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        """True while the thread runs."""
        return self._thread.is_alive()

    def _run(self) -> None:
        import psycopg  # loads only on a shared store's listener thread, not before a single screen's first paint

        failures = 0
        while not self._stop.is_set():
            try:
                self._listen()
                failures = 0
            except (psycopg.Error, OSError) as exc:  # the line failed: connect again and read on
                self.connected.clear()
                delay = _RETRY[min(failures, len(_RETRY) - 1)]
                failures += 1
                lines = str(exc).strip().splitlines()
                log.warning("change feed: %s; connecting again in %.1f s", lines[-1] if lines else type(exc).__name__,
                            delay)
                self._stop.wait(delay)

    def _listen(self) -> None:
        connect = getattr(self.db, "connect", None)
        if connect is None:
            raise RuntimeError("this database has no notifications")
        with connect() as conn:
            conn.execute("LISTEN kds_changes")
            self.backend_pid = int(conn.info.backend_pid)
            self._catch_up(conn)  # what happened while we were away (or connecting)
            self.connected.set()
            checked = time.monotonic()
            while not self._stop.is_set():
                rang = any(True for _ in conn.notifies(timeout=_WAIT_STEP, stop_after=1))
                if rang or time.monotonic() - checked >= self.check_every:
                    self._catch_up(conn)
                    checked = time.monotonic()
        self.connected.clear()

    def _catch_up(self, conn: Any) -> None:
        while True:
            rows = conn.execute("SELECT seq, topic, item, ref, op, origin FROM changes WHERE seq > %s"
                                " ORDER BY seq LIMIT %s", (self.last, _BATCH)).fetchall()
            if not rows:
                return
            lost = False
            if rows[0][0] > self.last + 1:
                # Numbers skip after a rolled-back write; only rows pruned before we read them are lost.
                oldest = conn.execute("SELECT MIN(seq) FROM changes").fetchone()[0]
                lost = oldest is not None and int(oldest) > self.last + 1 and self.last > 0
            batch = [c for c in map(_change, rows) if c.origin != self.db.origin]
            self.last = int(rows[-1][0])
            if batch or lost:
                self.deliver(batch, lost)
            if len(rows) < _BATCH:
                return

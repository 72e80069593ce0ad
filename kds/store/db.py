"""The SQLite connection: WAL, foreign keys, and numbered migrations tracked in `PRAGMA user_version`."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)


class StoreError(Exception):
    """The database cannot be used (corrupt, or written by a newer KDS)."""


def migrations() -> list[tuple[int, str, str]]:
    """Numbered migrations shipped with the package: (number, name, sql), in order."""
    found = []
    for entry in resources.files("kds.store").joinpath("migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


class Database:
    """One SQLite database file. Writes are short; use `transaction()` for atomic groups."""

    def __init__(self, path: Path | str) -> None:
        """Open (and create or migrate) the database at `path` (":memory:" for a throwaway one)."""
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves so a transaction is exactly what we say.
        self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        # Deleted rows give their pages back a few at a time (`reclaim`), so the file stays bounded
        # without a VACUUM, which would hold the write lock (and a tap's write) for the whole copy.
        # The mode can only be chosen before the first table: a file made by an older KDS keeps its own.
        self.conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
        self.conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable across application crashes in WAL mode (only an OS crash can lose the
        # last commits), which is the failure the counter machine actually sees.
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=5000")
        # Erased customer details must not live on in freed pages of the file (`kds.store.retention`).
        self.conn.execute("PRAGMA secure_delete=ON")
        self._depth = 0
        self.migrate()

    @property
    def version(self) -> int:
        """The schema version (`PRAGMA user_version`)."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply every migration newer than the file's version, each in its own transaction."""
        known = migrations()
        latest = known[-1][0] if known else 0
        current = self.version
        if current > latest:
            raise StoreError(f"database version {current} is newer than this KDS understands ({latest})")
        for number, name, sql in known:
            if number <= current:
                continue
            log.info("applying migration %s", name)
            with self.transaction():
                for statement in _split(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """An immediate (write-locking) transaction; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    def reclaim(self, pages: int = 256) -> int:
        """Give up to `pages` free pages back to the file system (incremental vacuum); returns the free pages left.

        Once none is left, the write-ahead log is checkpointed and emptied.
        """
        # Each step of this pragma frees one page, and `execute` takes a single step: `executescript`
        # runs it to the end (outside any transaction, where this is called).
        self.conn.executescript(f"PRAGMA incremental_vacuum({int(pages)});")
        left = int(self.conn.execute("PRAGMA freelist_count").fetchone()[0])
        if not left:  # the old page images in the write-ahead log go too (this process is its only writer)
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return left

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def _split(sql: str) -> list[str]:
    """Split a migration script into complete statements (`executescript` would commit on its own)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements

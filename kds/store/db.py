"""The station store's interface and its SQLite engine (`Database`); PostgreSQL is in `kds.store.postgres`.

`kds.store.connect.open_database` opens either.

Both engines offer the surface the repositories use: `conn.execute(sql, params)` and
`conn.executemany(sql, rows)` with `?` placeholders, rows read by name and by index, `rowcount`,
`transaction()` (nested calls join the outer one) and `close()`. New rows report their key with
`RETURNING`, never `lastrowid`.

Migrations are the numbered files `migrations/NNNN_name.sql`, written in SQL both engines run. On
PostgreSQL each is translated (`kds.store.postgres.postgres_sql`), or replaced by a
`NNNN_name.postgresql.sql` beside it where the SQL must differ (triggers). SQLite tracks the version
in `PRAGMA user_version`, PostgreSQL in the table `kds_schema`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

POSTGRES_SUFFIX = ".postgresql.sql"
"""A migration file with this ending replaces the one of its number on PostgreSQL."""


class StoreError(Exception):
    """The database cannot be used (unreachable, corrupt, or written by a newer KDS)."""


class Cursor(Protocol):
    """The result of a statement, as the repositories read it."""

    @property
    def rowcount(self) -> int:
        """Rows the statement changed."""

    def fetchone(self) -> Any:
        """The next row, or None."""

    def fetchall(self) -> list[Any]:
        """The remaining rows."""

    def __iter__(self) -> Iterator[Any]:
        """The remaining rows, one by one."""


class Connection(Protocol):
    """What the repositories call on `db.conn`: statements with `?` placeholders."""

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        """Run one statement."""

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor:
        """Run one statement for each row of parameters."""


def migrations(dialect: str = "sqlite") -> list[tuple[int, str, str]]:
    """Numbered migrations shipped with the package: (number, name, sql), in order.

    For `dialect` "postgresql", a `NNNN_*.postgresql.sql` file takes the place of its number's plain
    file (its SQL is used as it is); the plain files still need `postgres_sql` before they run there.
    """
    plain: dict[int, tuple[str, str]] = {}
    override: dict[int, tuple[str, str]] = {}
    for entry in resources.files("kds.store").joinpath("migrations").iterdir():
        name = entry.name
        if not (name.endswith(".sql") and name[:4].isdigit()):
            continue
        found = override if name.endswith(POSTGRES_SUFFIX) else plain
        found[int(name[:4])] = (name, entry.read_text(encoding="utf-8"))
    if dialect == "postgresql":
        plain.update(override)
    return sorted((number, name, sql) for number, (name, sql) in plain.items())


class Database:
    """The store's interface, on one SQLite file (the embedded default for a single screen).

    Writes are short; use `transaction()` for atomic groups. `kds.store.postgres.PostgresDatabase`
    is the same interface on a PostgreSQL database shared by several stations.
    """

    dialect = "sqlite"
    shared = False
    """True when other stations write the same store (they announce changes in the `changes` log)."""

    conn: Connection

    def __init__(self, path: Path | str) -> None:
        """Open (and create or migrate) the database at `path` (":memory:" for a throwaway one)."""
        self.path: Path | None = Path(path) if str(path) != ":memory:" else None
        self.origin = ""
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves so a transaction is exactly what we say.
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        # Deleted rows give their pages back a few at a time (`reclaim`), so the file stays bounded
        # without a VACUUM, which would hold the write lock (and a tap's write) for the whole copy.
        # The mode can only be chosen before the first table: a file made by an older KDS keeps its own.
        conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable across application crashes in WAL mode (only an OS crash can lose the
        # last commits), which is the failure the counter machine actually sees.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        # Erased customer details must not live on in freed pages of the file (`kds.store.retention`).
        conn.execute("PRAGMA secure_delete=ON")
        self._sqlite = conn
        self.conn = conn
        self._depth = 0
        self.migrate()

    @property
    def version(self) -> int:
        """The schema version (`PRAGMA user_version`)."""
        return int(self._sqlite.execute("PRAGMA user_version").fetchone()[0])

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
    def transaction(self) -> Iterator[Connection]:
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
        self._sqlite.executescript(f"PRAGMA incremental_vacuum({int(pages)});")
        left = int(self._sqlite.execute("PRAGMA freelist_count").fetchone()[0])
        if not left:  # the old page images in the write-ahead log go too (this process is its only writer)
            self._sqlite.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return left

    def close(self) -> None:
        """Close the connection."""
        self._sqlite.close()


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

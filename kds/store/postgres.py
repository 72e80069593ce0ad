"""The station store on PostgreSQL: several stations of one restaurant share one database.

The repositories speak the SQLite dialect's surface (`?` placeholders, rows by name and index,
`transaction()`); this module translates. psycopg 3 with a connection pool: a statement outside a
transaction borrows a connection for itself, a transaction keeps one (per thread) until it ends.

Writes are serialised like SQLite's `BEGIN IMMEDIATE`: every writing transaction first takes the
advisory lock `WRITE_LOCK` (held until it commits). That keeps the repositories' read-then-write
steps correct when two stations write at once (the next journal `seq`, "insert unless stored"), and
it makes the `changes` log's sequence numbers commit in order, so a station that read up to seq n
never finds a smaller one appearing later.

Cost: the repositories run on the Qt/asyncio thread, one round trip per statement. On the same
machine a read took 0.1 ms on a connection of its own and 0.3 ms through the pool (measured on the
2-core development machine; a LAN adds its latency, a managed database elsewhere a few ms). A write
outside `transaction()` costs three round trips (BEGIN with the lock, the statement, COMMIT), a
transaction two more than its statements, and each commit waits for the server to flush its log:
about 3 ms there, so a tap costs about 4 ms of the Qt thread. Statements must stay short; nothing
waits on the write lock for long because every writing transaction is short (and a station stuck
in one is cut off, see `_SESSION`).
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout

from kds.store.db import Connection, Cursor, Database, StoreError, migrations

log = logging.getLogger(__name__)

LOCK_SPACE = 0x4B4453
"""First key of every advisory lock the station store takes (`pg_advisory_lock(LOCK_SPACE, n)`)."""
MIGRATION_LOCK = 1
"""Second key of the lock held while migrating, so two stations starting at once migrate once."""
WRITE_LOCK = 2
"""Second key of the lock every writing transaction holds until it ends."""

NOTIFY_CHANNEL = "kds_changes"
"""The channel a commit that logged changes notifies (the `changes` triggers send it)."""

_CONNECT_TIMEOUT = 5  # seconds: an unreachable server is reported, not waited for

# Every connection's session settings. A station that froze or lost the network in the middle of a
# transaction would hold the write lock, and every other screen's writes would wait for it: the
# server ends such a session after 15 s idle in a transaction (the write is rolled back, the lock
# freed). Keepalives let the server notice a station that vanished (power cut, cable) within about
# 10 s, so its locks go with it.
_SESSION = ("SET idle_in_transaction_session_timeout = '15s'; SET tcp_keepalives_idle = 5;"
            " SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 3")


class Row:
    """A row read by column name or by index (like `sqlite3.Row`), and unpacked like a tuple."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = tuple(values)

    def __getitem__(self, key: int | str | slice) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and other._values == self._values

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=True))!r})"

    def keys(self) -> list[str]:
        """The column names, in order (so `dict(row)` works)."""
        return list(self._index)


def _row_factory(cursor: Any) -> Any:
    description = cursor.description or ()
    index = {column.name: i for i, column in enumerate(description)}

    def make(values: Sequence[Any]) -> Row:
        return Row(index, values)

    return make


class _Result:
    """A finished statement's rows, fetched at once so its connection can go back to the pool."""

    def __init__(self, cursor: Any) -> None:
        self._rows: list[Any] = cursor.fetchall() if cursor.description is not None else []
        self._next = 0
        self.rowcount = int(cursor.rowcount)

    def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[Any]:
        rest, self._next = self._rows[self._next:], len(self._rows)
        return rest

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


@lru_cache(maxsize=2048)
def pyformat(sql: str) -> str:
    """`sql` with `?` placeholders turned into psycopg's `%s` (and a literal `%` doubled).

    A `?` inside a quoted literal or identifier stays as it is; psycopg reads `%` everywhere.
    """
    out: list[str] = []
    quote = ""
    for char in sql:
        if char == "%":
            out.append("%%")
            continue
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append(char)
    return "".join(out)


_COMMENT = re.compile(r"--[^\n]*")
_SERIAL = re.compile(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b")
_REAL = re.compile(r"\bREAL\b")
_TEXT = re.compile(r"\bTEXT\b")


def postgres_sql(sql: str) -> str:
    """A migration written for both engines, as PostgreSQL runs it.

    - `INTEGER PRIMARY KEY [AUTOINCREMENT]` (SQLite's self-numbering row id) becomes an identity column;
    - `REAL` becomes `DOUBLE PRECISION` (PostgreSQL's `real` has 6 digits: epoch seconds would lose theirs);
    - `TEXT` compares byte by byte (`COLLATE "C"`, SQLite's own rule): ISO times sort as times, and
      no locale of the server changes an ordering.

    Comments are dropped (they may use these words). Keywords are matched in capitals, as the files write them.
    """
    sql = _COMMENT.sub("", sql)
    sql = _SERIAL.sub("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)
    sql = _REAL.sub("DOUBLE PRECISION", sql)
    return _TEXT.sub('TEXT COLLATE "C"', sql)


def _is_read(sql: str) -> bool:
    return sql.lstrip()[:6].upper() == "SELECT"


def describe(dsn: str) -> str:
    """Where `dsn` points, without its password: "database kds on host:5432"."""
    try:
        info = conninfo_to_dict(dsn)
    except psycopg.Error:
        return "the database"
    host = str(info.get("host") or "localhost")
    port = str(info.get("port") or 5432)
    return f"database {info.get('dbname') or info.get('user') or '?'} on {host}:{port}"


# libpq's words before the reason: where (already said) and the severity.
_NOISE = re.compile(r'^(connection failed: |connection is bad: )?(connection to server (at|on) "[^"]*"(, port \d+)? '
                    r'failed: )?(FATAL: +)?')


def _reason(exc: BaseException) -> str:
    """The first line of a psycopg error, without what `describe` already says."""
    lines = str(exc).strip().splitlines()
    first = _NOISE.sub("", lines[0].strip()) if lines else ""
    return " ".join(first.split()) or type(exc).__name__


def _configure(conn: psycopg.Connection[Any]) -> None:
    conn.execute(_SESSION)  # several statements: no parameters, so one simple query


class _PostgresConnection:
    """`db.conn` on PostgreSQL: the statement runs on the calling thread's transaction, or on its own."""

    def __init__(self, db: PostgresDatabase) -> None:
        self._db = db

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        query = pyformat(sql)
        pinned = self._db._pinned()
        if pinned is not None:
            return _Result(pinned.execute(query, tuple(parameters)))
        if _is_read(sql):
            with self._db.pool.connection() as conn:
                return _Result(conn.execute(query, tuple(parameters)))
        with self._db.transaction():
            return self.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor:
        rows = [tuple(p) for p in parameters]
        with self._db.transaction():
            conn = self._db._pinned()
            assert conn is not None
            with conn.cursor() as cursor:
                if rows:  # psycopg sends the rows in one pipeline: one round trip, not one per row
                    cursor.executemany(pyformat(sql), rows)
                return _Result(cursor)


class PostgresDatabase(Database):
    """The store on a PostgreSQL database, shared by the restaurant's stations."""

    dialect = "postgresql"
    shared = True

    def __init__(self, dsn: str, *, origin: str = "", password: str = "", pool_size: int = 4) -> None:
        """Connect to `dsn`, migrate under the migration lock, and open the pool.

        `origin` is this station's name in the `changes` log (random when empty); `password` is used
        when `dsn` has none (kept out of `dsn`, so out of every message). Raises `StoreError`
        with a one-line reason (no password) when the database cannot be used.
        """
        self.path = None
        self.dsn = dsn
        self.origin = origin or f"kds-{uuid.uuid4().hex[:12]}"
        self.where = describe(dsn)
        self._local = threading.local()
        self._kwargs: dict[str, Any] = {"autocommit": True, "row_factory": _row_factory,
                                        "application_name": self.origin, "connect_timeout": _CONNECT_TIMEOUT,
                                        "keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
                                        "keepalives_count": 3}
        if password:
            self._kwargs["password"] = password
        try:
            # A first connection of our own: its error says why (refused, bad password, no such database),
            # where the pool would only time out. It migrates, then the pool takes over.
            with self.connect() as conn:
                self._migrate(conn)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open the {self.where}: {_reason(exc)}") from exc
        self.pool = ConnectionPool(dsn, min_size=1, max_size=pool_size, kwargs=self._kwargs, open=False,
                                   configure=_configure, name=f"kds-store-{self.origin}", timeout=10)
        try:
            self.pool.open(wait=True, timeout=_CONNECT_TIMEOUT * 2)
        except PoolTimeout as exc:
            self.pool.close()
            raise StoreError(f"cannot open the {self.where}: no connection within {_CONNECT_TIMEOUT * 2} s") from exc
        self.conn: Connection = _PostgresConnection(self)

    def connect(self, **kwargs: Any) -> psycopg.Connection[Any]:
        """A new connection of its own (not from the pool), in autocommit mode, rows and session like the pool's.

        For what needs a session to itself: LISTEN, or an advisory lock held for as long as the session lives.
        """
        conn = psycopg.connect(self.dsn, **{**self._kwargs, **kwargs})
        _configure(conn)
        return conn

    # -- schema ----------------------------------------------------------------------------------

    @property
    def version(self) -> int:
        """The schema version (the highest in `kds_schema`)."""
        row = self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM kds_schema").fetchone()
        return int(row[0])

    def migrate(self) -> None:
        """Apply every migration newer than the database's version (done when opening)."""
        with self.connect() as conn:
            self._migrate(conn)

    def _migrate(self, conn: psycopg.Connection[Any]) -> None:
        known = migrations("postgresql")
        latest = known[-1][0] if known else 0
        with conn.transaction():
            # Held to the end of this transaction: a second station starting now waits here, then finds
            # the schema up to date.
            conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_SPACE, MIGRATION_LOCK))
            conn.execute("CREATE TABLE IF NOT EXISTS kds_schema (version INTEGER NOT NULL,"
                         " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM kds_schema").fetchone()
            current = int(row[0]) if row is not None else 0
            if current > latest:
                raise StoreError(f"database version {current} is newer than this KDS understands ({latest})")
            for number, name, sql in known:
                if number <= current:
                    continue
                log.info("applying migration %s", name)
                text = sql if name.endswith(".postgresql.sql") else postgres_sql(sql)
                conn.execute(text)  # several statements: no parameters, so one simple query
                conn.execute("INSERT INTO kds_schema (version) VALUES (%s)", (number,))

    # -- transactions ----------------------------------------------------------------------------

    def _pinned(self) -> psycopg.Connection[Any] | None:
        return getattr(self._local, "conn", None)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A writing transaction (holding `WRITE_LOCK` until it ends); nested calls join the outer one."""
        if self._pinned() is not None:
            yield self.conn
            return
        with self.pool.connection() as conn:
            # One round trip for both: a transaction without its lock would not be serialised.
            conn.execute(f"BEGIN; SELECT pg_advisory_xact_lock({LOCK_SPACE}, {WRITE_LOCK})")
            self._local.conn = conn
            try:
                yield self.conn
            except BaseException:
                self._local.conn = None
                with suppress(psycopg.Error):  # a broken connection rolled back by itself
                    conn.execute("ROLLBACK")
                raise
            self._local.conn = None
            conn.execute("COMMIT")

    def reclaim(self, pages: int = 256) -> int:
        """Nothing to do here: returns 0 (no free pages left to give back).

        PostgreSQL's autovacuum makes the space of deleted rows reusable by itself, without holding
        a lock writers wait for; `VACUUM FULL` would, and a shared store serves every station.
        """
        return 0

    def close(self) -> None:
        """Close every connection of the pool."""
        self.pool.close()

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
from psycopg_pool import ConnectionPool, PoolClosed, PoolTimeout

from kds.store.db import Connection, Cursor, Database, StoreError, StoreUnreachableError, migrations

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
_BORROW_TIMEOUT = 10.0  # seconds a statement may wait for a free connection of the pool
_BORROW_WHILE_DOWN = 0.1  # the same while the server is known not to answer: a tap is refused at once, not frozen

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


def in_schema(dsn: str, schema: str, **params: str) -> str:
    """`dsn` with every connection's `search_path` set to `schema` (and further connection `params`)."""
    extra = "".join(f"&{k}={v}" for k, v in params.items())
    return f"{dsn}{'&' if '?' in dsn else '?'}options=-csearch_path%3D{schema}{extra}"


@contextmanager
def throwaway_schema(dsn: str, prefix: str, **params: str) -> Iterator[str]:
    """A new, empty schema in `dsn`'s database, as a URL whose connections use it; dropped afterwards.

    For tests and benchmarks: each works apart from the others sharing one server.
    """
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield in_schema(dsn, schema, **params)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            # Connections left open (a listener being killed) must not keep the schema alive.
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


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
_NOISE = re.compile(r'^(connection failed: |connection is bad: |consuming input failed: )?'
                    r'(connection to server (at|on) "[^"]*"(, port \d+)? failed: )?(FATAL: +)?')


def _reason(exc: BaseException) -> str:
    """The first line of a psycopg error, without what `describe` already says."""
    lines = str(exc).strip().splitlines()
    first = _NOISE.sub("", lines[0].strip()) if lines else ""
    return " ".join(first.split()) or type(exc).__name__


# libpq's and psycopg's words for a server that did not answer, or cannot serve yet: it may later.
# Anything else (a refused password, no such database, a malformed address) needs staff to act.
_UNANSWERED = ("Connection refused", "timeout expired", "timed out", "No route to host", "Network is unreachable",
               "server closed the connection", "Connection reset", "could not receive data", "could not send data",
               "failed to resolve host", "could not translate host name", "SSL SYSCALL", "EOF detected",
               "consuming input failed", "the database system is", "in recovery", "too many clients",
               "terminating connection")


def is_unreachable(exc: BaseException) -> bool:
    """True when `exc` says the server did not answer (or cannot yet): the same call may work later."""
    if isinstance(exc, PoolTimeout):
        return True
    if not isinstance(exc, psycopg.OperationalError):
        return False
    text = str(exc)
    return any(words in text for words in _UNANSWERED)


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
            try:
                return _Result(pinned.execute(query, tuple(parameters)))
            except psycopg.OperationalError as exc:
                raise self._db._failed(exc, pinned) from exc
        if _is_read(sql):
            for attempt in (1, 2):
                with self._db._borrow() as conn:
                    try:
                        result = _Result(conn.execute(query, tuple(parameters)))
                    except psycopg.OperationalError as exc:
                        # A connection the server dropped while it sat in the pool (a restart, a cut
                        # line): the pool replaces it; read once more on another before saying so.
                        if attempt == 1 and conn.broken:
                            continue
                        raise self._db._failed(exc, conn) from exc
                self._db._answered()
                return result
        with self._db.transaction():
            return self.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Cursor:
        rows = [tuple(p) for p in parameters]
        with self._db.transaction():
            conn = self._db._pinned()
            assert conn is not None
            with conn.cursor() as cursor:
                if rows:  # psycopg sends the rows in one pipeline: one round trip, not one per row
                    try:
                        cursor.executemany(pyformat(sql), rows)
                    except psycopg.OperationalError as exc:
                        raise self._db._failed(exc, conn) from exc
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
        self.unreachable = ""
        self._pool_size = pool_size
        try:
            # A first connection of our own: its error says why (refused, bad password, no such database),
            # where the pool would only time out. It migrates, then the pool takes over.
            with self.connect() as conn:
                self._migrate(conn)
        except psycopg.Error as exc:
            error = StoreUnreachableError if is_unreachable(exc) else StoreError
            raise error(f"cannot open the {self.where}: {_reason(exc)}") from exc
        self.pool = self._new_pool()
        try:
            self.pool.open(wait=True, timeout=_CONNECT_TIMEOUT * 2)
        except PoolTimeout as exc:
            self.pool.close()
            waited = _CONNECT_TIMEOUT * 2
            raise StoreUnreachableError(f"cannot open the {self.where}: no connection within {waited} s") from exc
        self.conn: Connection = _PostgresConnection(self)

    def _new_pool(self) -> ConnectionPool:
        return ConnectionPool(self.dsn, min_size=1, max_size=self._pool_size, kwargs=self._kwargs, open=False,
                              configure=_configure, name=f"kds-store-{self.origin}", timeout=_BORROW_TIMEOUT)

    # -- reachability ----------------------------------------------------------------------------

    @contextmanager
    def _borrow(self) -> Iterator[psycopg.Connection[Any]]:
        """A connection of the pool; `StoreUnreachableError` when none comes (at once while the server is down)."""
        timeout = _BORROW_WHILE_DOWN if self.unreachable else _BORROW_TIMEOUT
        pool = self.pool
        try:
            try:
                cm = pool.connection(timeout=timeout)
                conn = cm.__enter__()
            except PoolClosed:
                if self.pool is pool:
                    raise
                cm = self.pool.connection(timeout=timeout)  # `reached` put a fresh pool in its place just now
                conn = cm.__enter__()
        except PoolTimeout as exc:
            raise self._failed(exc) from exc
        try:
            yield conn
        except BaseException as exc:
            cm.__exit__(type(exc), exc, exc.__traceback__)
            raise
        cm.__exit__(None, None, None)

    def _failed(self, exc: BaseException, conn: psycopg.Connection[Any] | None = None) -> BaseException:
        """What to raise for `exc`: `StoreUnreachableError` (noted) when the server stopped answering, else `exc`."""
        if not (is_unreachable(exc) or (conn is not None and conn.broken)):
            return exc
        self.lost(exc)
        return StoreUnreachableError(f"the {self.where} is not reachable: {self.unreachable}")

    def lost(self, exc: BaseException) -> None:
        """The server stopped answering (a statement failed, or the change feed could not connect)."""
        if not self.unreachable:  # the first word of an outage stays on the banner until it ends
            # A pool timeout says only that no connection came.
            reason = "no connection to the server" if isinstance(exc, PoolTimeout) else _reason(exc)
            log.warning("store: the %s is not reachable: %s", self.where, reason)
            self.unreachable = reason

    def _answered(self) -> None:
        if self.unreachable:
            self.unreachable = ""
            log.info("store: the %s answers again", self.where)

    def reached(self) -> None:
        """A connection of its own reached the server (the change feed reconnected): the pool may start afresh.

        The pool's own reconnection backs off for minutes; after an outage a fresh pool serves at once.
        """
        if not self.unreachable:
            return
        fresh = self._new_pool()
        fresh.open(wait=False)
        old, self.pool = self.pool, fresh  # opened first: the Qt thread may borrow from it at once
        self._answered()
        threading.Thread(target=old.close, name=f"kds-store-close-{self.origin}", daemon=True).start()

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
        with self._begun() as conn:
            self._local.conn = conn
            try:
                yield self.conn
            except BaseException:
                self._local.conn = None
                with suppress(psycopg.Error):  # a broken connection rolled back by itself
                    conn.execute("ROLLBACK")
                raise
            self._local.conn = None
            try:
                conn.execute("COMMIT")
            except psycopg.OperationalError as exc:
                raise self._failed(exc, conn) from exc
        self._answered()

    @contextmanager
    def _begun(self) -> Iterator[psycopg.Connection[Any]]:
        """A pooled connection in a transaction holding the write lock (a dropped connection is replaced once)."""
        for attempt in (1, 2):
            with self._borrow() as conn:
                try:
                    # One round trip for both: a transaction without its lock would not be serialised.
                    conn.execute(f"BEGIN; SELECT pg_advisory_xact_lock({LOCK_SPACE}, {WRITE_LOCK})")
                except psycopg.OperationalError as exc:
                    if attempt == 1 and conn.broken:
                        continue  # nothing was written yet: begin again on another connection
                    raise self._failed(exc, conn) from exc
                yield conn
                return

    def reclaim(self, pages: int = 256) -> int:
        """Nothing to do here: returns 0 (no free pages left to give back).

        PostgreSQL's autovacuum makes the space of deleted rows reusable by itself, without holding
        a lock writers wait for; `VACUUM FULL` would, and a shared store serves every station.
        """
        return 0

    def close(self) -> None:
        """Close every connection of the pool."""
        self.pool.close()

"""Named leases: which station polls a platform account and which runs the outbox.

On PostgreSQL a lease is a session advisory lock (`pg_try_advisory_lock` on a stable 64-bit hash of
its name) taken on a connection of its own, one per station. The lock goes with the session: a
station that is SIGKILLed loses it the moment the server sees its socket close, and one that loses
the network loses it when the server ends the silent session (`idle_session_timeout`, beside TCP
keepalives on both ends). The holder says `SELECT 1` every `interval` and waits on the socket in
between, so it notices a lost session at once; and it believes it holds a lease only for `grace`
seconds after the server last answered, which is shorter than the server's own timeout: a holder
stops before anyone else can start. A standby tries every `interval`, so a takeover comes within
seconds (10 s at most after the network went).

On SQLite the station is always the holder: a SQLite store is one screen's file (WAL over a network
share is not safe), so there is nobody to share with; two windows on one file are already refused by
the app's single-instance lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from kds.store.db import Database

log = logging.getLogger(__name__)

OUTBOX = "outbox"
"""The lease of the outbox runner (and the store-control runner): one station sends every action."""


def poll_lease(platform: str, account: str) -> str:
    """The lease name of one platform account's poller: `poll:<platform>:<account>`."""
    return f"poll:{platform}:{account}"


def lock_key(name: str, space: str = "") -> int:
    """A stable signed 64-bit advisory-lock key for `name` (the same on every station and every run).

    Advisory locks are per database, not per schema: `space` (the store's schema) keeps two stores
    in one database (two restaurants, or two tests) apart.
    """
    return int.from_bytes(hashlib.sha256(f"{space}\0{name}".encode()).digest()[:8], "big", signed=True)


class Lease:
    """One named lease as this station sees it: held or not, and who holds it when not."""

    def __init__(self, name: str, monotonic: Callable[[], float] = time.monotonic, grace: float | None = None) -> None:
        """A lease called `name`; with `grace`, held only that long after the last confirmation."""
        self.name = name
        self.key = lock_key(name)
        self.holder = ""
        """Who holds it (a station name) when this station does not; "" when unknown."""
        self.on_change: Callable[[], None] | None = None
        """Called when the lease is gained or lost, or another holder is seen (e.g. to refresh a status bar)."""
        self._monotonic = monotonic
        self._grace = grace
        self._confirmed: float | None = None  # on `monotonic`: the server last said we hold it
        self._gained = asyncio.Event()
        self._lost = asyncio.Event()
        self._lost.set()

    @property
    def held(self) -> bool:
        """True while this station holds the lease (and the server confirmed it within the grace)."""
        if self._confirmed is None:
            return False
        return self._grace is None or self._monotonic() - self._confirmed < self._grace

    def confirm(self, at: float | None = None) -> None:
        """The server says this station holds it, as of `at` (on the monotonic clock; default now)."""
        first = self._confirmed is None
        self._confirmed = self._monotonic() if at is None else at
        self._gained.set()  # also after a stale spell (a stalled loop): whoever waits may go on
        if first:
            self.holder = ""
            self._lost.clear()
            self._changed()

    def lose(self) -> None:
        """This station no longer holds it (or cannot tell): whoever works under it stops."""
        was = self._confirmed is not None
        if was:
            log.warning("lease %s lost", self.name)
        self._confirmed = None
        self._gained.clear()
        self._lost.set()
        if was:
            self._changed()

    def seen_held_by(self, holder: str) -> None:
        """Another station holds it: `holder` (as it recorded itself)."""
        if holder != self.holder:
            self.holder = holder
            self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change()
            except Exception:
                log.exception("lease %s: a listener failed", self.name)

    async def wait_held(self) -> None:
        """Return once this station holds the lease."""
        while not self.held:
            self._gained.clear()  # held once, but confirmed too long ago: wait for the next confirmation
            await self._gained.wait()

    async def wait_lost(self, check_every: float = 0.5) -> None:
        """Return once the lease is lost, or its last confirmation is older than the grace."""
        if self._grace is None:  # nothing goes stale: only `lose()` ends it
            await self._lost.wait()
            return
        while self.held:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._lost.wait(), check_every)


class Leases(Protocol):
    """The leases of one station."""

    station: str

    def lease(self, name: str) -> Lease:
        """The lease called `name` (made, and wanted, on first use)."""
        ...

    async def run(self) -> None:
        """Keep the wanted leases (take them when free, hold them, notice when they are gone) until cancelled."""
        ...


class SoleStation:
    """A station alone on its store (SQLite): it holds every lease."""

    def __init__(self, station: str = "") -> None:
        """Leases of `station`."""
        self.station = station
        self._leases: dict[str, Lease] = {}

    def lease(self, name: str) -> Lease:
        """The lease called `name`, held."""
        if name not in self._leases:
            lease = Lease(name)
            lease.confirm()
            self._leases[name] = lease
        return self._leases[name]

    async def run(self) -> None:
        """Nothing to keep."""


class PgLeases:
    """Leases as PostgreSQL session advisory locks on one dedicated connection of this station."""

    def __init__(self, dsn: str, station: str, *, interval: float = 1.0, timeout: float = 1.5,
                 grace: float = 4.0, server_timeout: float = 6.0,
                 monotonic: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), password: str = "") -> None:
        """Take leases on the database at `dsn` in the name of `station`.

        Args:
            dsn: a `postgresql://` URI.
            password: the password when `dsn` has none (from the keyring; never in `dsn` or a message).
            station: this station's name (shown by the others as the holder).
            interval: seconds between heartbeats, and between tries of a lease held elsewhere.
            timeout: how long a heartbeat may take before the connection counts as lost.
            grace: how long after the server's last answer a lease still counts as held.
            server_timeout: after this many silent seconds the server ends the session (and frees its
                locks); longer than `grace`, so the holder has stopped before anyone can take over.
            monotonic: the clock of heartbeats and grace.
            now: wall time, for the record of who holds what since when.
        """
        if not grace < server_timeout:
            raise ValueError("the grace must end before the server frees the lock")
        self.dsn = dsn
        self._password = password
        self.station = station
        self.interval = interval
        self.timeout = timeout
        self.grace = grace
        self.server_timeout = server_timeout
        self._monotonic = monotonic
        self._now = now
        self._leases: dict[str, Lease] = {}
        self._conn: Any = None
        self.backend_pid: int | None = None
        """The server process of the lease connection (for tests that cut it)."""

    def lease(self, name: str) -> Lease:
        """The lease called `name` (wanted from now on; best made before `run`, which keys it by the schema)."""
        if name not in self._leases:
            self._leases[name] = Lease(name, self._monotonic, self.grace)
        return self._leases[name]

    async def run(self) -> None:
        """Connect, take and hold the leases, and start again after any failure, until cancelled."""
        try:
            while True:
                try:
                    await self._connect()
                    while True:
                        await self._beat()
                        await self._idle(self.interval)
                except Exception as exc:  # noqa: BLE001 - refused, reset, timed out, terminated: all mean "not held"
                    log.warning("lease connection lost: %s", exc)
                    self._lose_all()
                    await self._drop()
                    # Longer than a standby's retry: a station whose session was cut hands over rather
                    # than grabbing the lease back (it may be the one with the bad network).
                    await asyncio.sleep(self.interval * 2)
        finally:
            self._lose_all()
            await self._drop()

    async def _connect(self) -> None:
        import psycopg

        ms = int(self.server_timeout * 1000)
        # Keepalives on both ends and a TCP user timeout: a dead peer is noticed in seconds, not hours.
        options: dict[str, Any] = {
            "autocommit": True, "connect_timeout": max(1, round(self.timeout * 2)),
            "application_name": f"kds leases {self.station}"[:63], "keepalives": 1, "keepalives_idle": 1,
            "keepalives_interval": 1, "keepalives_count": 3, "tcp_user_timeout": ms}
        if self._password:
            options["password"] = self._password
        self._conn = await asyncio.wait_for(psycopg.AsyncConnection.connect(self.dsn, **options), self.timeout * 2)
        for setting, value in (("idle_session_timeout", ms), ("tcp_keepalives_idle", 1),
                               ("tcp_keepalives_interval", 1), ("tcp_keepalives_count", 3),
                               ("tcp_user_timeout", ms)):
            await self._conn.execute(f"SET {setting} = {int(value)}")
        self.backend_pid = self._conn.info.backend_pid
        row = await (await self._conn.execute("SELECT current_schema()")).fetchone()
        for lease in self._leases.values():
            lease.key = lock_key(lease.name, str(row[0]))

    async def _beat(self) -> None:
        """Take what is free, confirm what is held, and learn who holds the rest."""
        conn = self._conn

        async def exchange() -> None:
            sent = self._monotonic()
            wanted = list(self._leases.values())
            # A lock held stays held while the session lives (this answer proves it does); asking for it
            # again would only stack it.
            rows = await (await conn.execute(
                "SELECT key, CASE WHEN key = ANY(%s::bigint[]) THEN true ELSE pg_try_advisory_lock(key) END"
                " FROM unnest(%s::bigint[]) AS key",
                ([lease.key for lease in wanted if lease.held], [lease.key for lease in wanted]))).fetchall()
            got = {int(key): bool(ok) for key, ok in rows}
            gained = [lease for lease in wanted if got.get(lease.key) and not lease.held]
            for lease in gained:
                await conn.execute(
                    "INSERT INTO leases (name, holder, since) VALUES (%s, %s, %s) ON CONFLICT (name)"
                    " DO UPDATE SET holder=excluded.holder, since=excluded.since",
                    (lease.name, self.station, self._now().isoformat()))
                log.info("lease %s taken by %s", lease.name, self.station)
            others = [lease for lease in wanted if not got.get(lease.key)]
            holders: dict[str, str] = {}
            if others:
                found = await (await conn.execute("SELECT name, holder FROM leases WHERE name = ANY(%s)",
                                                  ([lease.name for lease in others],))).fetchall()
                holders = {str(name): str(holder) for name, holder in found}
            for lease in wanted:
                if got.get(lease.key):
                    # Confirmed as of when the question left: the server's clock of silence started then.
                    lease.confirm(sent)
                else:
                    lease.seen_held_by(holders.get(lease.name, ""))

        await asyncio.wait_for(exchange(), self.timeout)

    async def _idle(self, seconds: float) -> None:
        """Wait `seconds` on the connection's socket: a terminated session or a reset is noticed at once."""
        conn = self._conn
        async for _ in conn.notifies(timeout=seconds):  # pragma: no cover - nobody NOTIFYs this connection
            pass
        if conn.closed or conn.broken:
            raise ConnectionError("the lease connection closed")

    def _lose_all(self) -> None:
        for lease in self._leases.values():
            lease.lose()
        self.backend_pid = None

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.close(), self.timeout)


def leases_for(db: Database, station: str) -> Leases:
    """The leases of a station on `db`: PostgreSQL's advisory locks on a shared store, else the sole station's."""
    dsn = getattr(db, "dsn", "")
    if db.shared and dsn:
        # The store keeps a keyring password out of its URL; the lease connection needs it too.
        password = str(getattr(db, "_kwargs", {}).get("password", ""))
        return PgLeases(str(dsn), station, password=password)
    return SoleStation(station)

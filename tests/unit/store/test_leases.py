"""Leases: one station holds each; another takes over when the holder's session ends, and the holder knows first.

On PostgreSQL (skipped without `KDS_TEST_POSTGRES_DSN`): a session advisory lock per lease. The
network cut goes through a TCP relay in the test that stops passing bytes without closing anything,
as a pulled cable does.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest

from kds.store.connect import open_database
from kds.store.leases import OUTBOX, Lease, PgLeases, SoleStation, lock_key, poll_lease
from tests.fakes.waiting import reached, until
from tests.postgres import fresh_schema

NAME = poll_lease("keeta_od", "abc")


@pytest.fixture
def dsn() -> Iterator[str]:
    """A fresh, migrated schema of the test server (the leases table is the store's)."""
    with fresh_schema("kds_leases") as url:
        open_database(url).close()
        yield url


class Cable:
    """A TCP relay to the database that can be cut (bytes stop, sockets stay open) like a pulled cable."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.cut = False
        self.server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(self.host, self.port)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(Exception):
                while data := await src.read(65536):
                    while self.cut:  # hold the bytes: nobody hears anything, nobody is told
                        await asyncio.sleep(0.05)
                    dst.write(data)
                    await dst.drain()

        for task in (pipe(reader, up_writer), pipe(up_reader, writer)):
            self._pipes.add(asyncio.ensure_future(task))

    async def close(self) -> None:
        for task in self._pipes:
            task.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)
        if self.server is not None:
            self.server.close()


@contextlib.asynccontextmanager
async def running(leases: PgLeases) -> AsyncIterator[PgLeases]:
    task = asyncio.ensure_future(leases.run())
    try:
        yield leases
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def test_a_station_alone_on_its_store_holds_every_lease() -> None:
    leases = SoleStation("COUNTER-1")
    assert leases.lease(NAME).held and leases.lease(OUTBOX).held


def test_lock_keys_are_stable_and_kept_apart_by_schema() -> None:
    assert lock_key(NAME, "a") == lock_key(NAME, "a")
    assert len({lock_key(NAME, "a"), lock_key(NAME, "b"), lock_key(OUTBOX, "a")}) == 3
    assert -2**63 <= lock_key(NAME) < 2**63


async def test_one_station_holds_a_lease_and_the_other_shows_who(dsn: str) -> None:
    async with running(PgLeases(dsn, "COUNTER-1", interval=0.1)) as a:
        held = a.lease(NAME)
        await until(lambda: held.held, 5)
        async with running(PgLeases(dsn, "KITCHEN", interval=0.1)) as b:
            other = b.lease(NAME)
            await until(lambda: other.holder == "COUNTER-1", 5)
            await asyncio.sleep(0.3)  # several tries of the standby
            assert held.held and not other.held


async def test_the_standby_takes_over_when_the_holders_session_is_terminated_and_the_holder_knows_first(
        dsn: str) -> None:
    import psycopg

    a, b = PgLeases(dsn, "COUNTER-1", interval=0.2), PgLeases(dsn, "KITCHEN", interval=0.2)
    first, second = a.lease(NAME), b.lease(NAME)
    async with running(a), running(b):
        await until(lambda: first.held or second.held, 5)
        holder, standby = (a, b) if first.held else (b, a)
        held, waiting = holder.lease(NAME), standby.lease(NAME)
        order: list[str] = []

        async def watch() -> None:
            await held.wait_lost()
            order.append("holder stopped")
            await waiting.wait_held()
            order.append("standby took over")

        watcher = asyncio.ensure_future(watch())
        await asyncio.sleep(0)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(%s)", (holder.backend_pid,))
        await until(lambda: waiting.held, 10, message="no takeover within 10 s")
        await asyncio.wait_for(watcher, 1)
        assert order == ["holder stopped", "standby took over"]
        assert not held.held
        await until(lambda: held.holder == standby.station, 5)  # and the old holder now shows who polls


async def test_a_holder_cut_off_from_the_network_stops_before_the_server_lets_another_take_over(dsn: str) -> None:
    parts = urlsplit(dsn)
    cable = Cable(parts.hostname or "127.0.0.1", parts.port or 5432)
    port = await cable.start()
    via_cable = urlunsplit(parts._replace(netloc=f"{parts.username}:{parts.password}@127.0.0.1:{port}"))
    # Shorter than in the field (1 s beats, 4 s grace, 6 s on the server), in the same proportions.
    a = PgLeases(via_cable, "COUNTER-1", interval=0.25, timeout=0.4, grace=1.0, server_timeout=1.5)
    b = PgLeases(dsn, "KITCHEN", interval=0.25)
    held, waiting = a.lease(NAME), b.lease(NAME)
    try:
        async with running(a):
            await until(lambda: held.held, 5)
            async with running(b):
                await until(lambda: waiting.holder == "COUNTER-1", 5)
                stopped_at: list[float] = []

                async def watch() -> None:
                    await held.wait_lost(check_every=0.02)
                    stopped_at.append(time.monotonic())

                watcher = asyncio.ensure_future(watch())
                took_at: list[float] = []

                async def standby() -> None:
                    await waiting.wait_held()
                    took_at.append(time.monotonic())

                taker = asyncio.ensure_future(standby())
                cable.cut = True
                await until(lambda: took_at, 10, message="no takeover within 10 s of the cut")
                await asyncio.wait_for(watcher, 1)
                assert stopped_at[0] < took_at[0], "the cut-off holder still thought it held the lease"
                assert not held.held and taker.done()
    finally:
        await cable.close()


async def test_leases_on_one_station_are_independent(dsn: str) -> None:
    async with running(PgLeases(dsn, "COUNTER-1", interval=0.1)) as a:
        poll, outbox = a.lease(NAME), a.lease(OUTBOX)
        await until(lambda: poll.held and outbox.held, 5)
        async with running(PgLeases(dsn, "KITCHEN", interval=0.1)) as b:
            other = b.lease(poll_lease("gofood", "default"))
            await until(lambda: other.held, 5)
            assert not await reached(lambda: not (poll.held and outbox.held), timeout=0.3)


async def test_a_lease_confirmed_too_long_ago_counts_as_lost_until_the_server_says_it_again() -> None:
    now = [100.0]
    lease = Lease(NAME, monotonic=lambda: now[0], grace=4.0)
    lease.confirm()
    assert lease.held
    now[0] += 5  # the loop stalled: no heartbeat for longer than the grace
    assert not lease.held
    await asyncio.wait_for(lease.wait_lost(check_every=0.01), 1)  # work under it stops
    waiter = asyncio.ensure_future(lease.wait_held())
    await asyncio.sleep(0.05)
    assert not waiter.done()
    lease.confirm()  # the next heartbeat: the session lived on, the lease is still ours
    await asyncio.wait_for(waiter, 1)
    assert lease.held

"""The engine runs a platform account's poller, and the outbox, only while its station holds their leases.

Two engines on one PostgreSQL (skipped without `KDS_TEST_POSTGRES_DSN`), each with a fake platform
of its own so that each one's polls can be counted; the station that loses its session stops polling
at once, and the other takes over.
"""

from __future__ import annotations

import asyncio

import psycopg
import pytest

from kds.clock import FakeClock
from kds.services.engine import Engine, EngineSettings
from kds.services.poller import LeaseLostError
from kds.store.connect import open_database
from kds.store.leases import PgLeases
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import reached, until
from tests.postgres import fresh_schema

WAIT = 10.0  # bound on a lease changing hands (never a measure)


async def test_only_the_holder_polls_and_one_that_loses_its_session_stops_at_once(clock: FakeClock) -> None:
    with fresh_schema("kds_engine_leases") as dsn:
        platforms = FakePlatform(clock), FakePlatform(clock)
        engines = [Engine(open_database(dsn, origin=name), [fake], clock, EngineSettings(),
                          leases=PgLeases(dsn, name, interval=0.1))
                   for name, fake in zip(("COUNTER-1", "KITCHEN"), platforms, strict=True)]
        counter, kitchen = engines
        try:
            counter.start()
            await until(lambda: platforms[0].polls >= 1, timeout=WAIT, message="the counter never polled")
            kitchen.start()
            await until(lambda: kitchen.health()[0].polled_by == "COUNTER-1", timeout=WAIT)
            assert not await reached(lambda: platforms[1].polls > 0, timeout=0.5), "the kitchen polled too"
            assert [h.polled_by for h in counter.health()] == [None]

            leases = counter.leases
            assert isinstance(leases, PgLeases)
            with psycopg.connect(dsn, autocommit=True) as conn:  # the counter's session is cut
                conn.execute("SELECT pg_terminate_backend(%s)", (leases.backend_pid,))
            await until(lambda: platforms[1].polls >= 1, timeout=WAIT, message="the kitchen never took over")
            with pytest.raises(LeaseLostError):  # the counter knows: it does not poll beside the kitchen
                await counter.pollers[platforms[0].platform].poll_once()
            polls = platforms[0].polls
            await asyncio.sleep(0.3)
            assert platforms[0].polls == polls
        finally:
            for engine in engines:
                await engine.stop()
                engine.db.close()


async def test_a_screen_without_platform_accounts_leaves_the_outbox_to_one_that_can_send(clock: FakeClock) -> None:
    with fresh_schema("kds_engine_leases") as dsn:
        kitchen = Engine(open_database(dsn, origin="kitchen"), [], clock, EngineSettings(),
                         leases=PgLeases(dsn, "KITCHEN", interval=0.1))
        counter = Engine(open_database(dsn, origin="counter"), [FakePlatform(clock)], clock, EngineSettings(),
                         leases=PgLeases(dsn, "COUNTER-1", interval=0.1))
        try:
            kitchen.start()  # first: it would take the outbox and never send a thing
            await asyncio.sleep(0.3)
            counter.start()
            await until(lambda: counter.outbox_lease.held, timeout=WAIT,
                        message="the station with the platform accounts never got the outbox")
            assert not kitchen.outbox_lease.held
        finally:
            for engine in (kitchen, counter):
                await engine.stop()
                engine.db.close()


async def test_stopping_while_a_lost_lease_winds_its_work_down_still_stops(db: object, clock: FakeClock) -> None:
    """The engine stops its tasks right after the leases go: the guard must not take that for the work's end."""
    from kds.store.leases import Lease

    lease = Lease("poll:fake:default")
    lease.confirm()
    engine = Engine(db, [], clock)  # type: ignore[arg-type]
    release = asyncio.Event()
    started = asyncio.Event()

    async def work() -> None:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            await release.wait()  # an adapter call finishing, a printer thread answering
            raise

    guard = asyncio.ensure_future(engine._while_held(lease, work))
    await started.wait()
    lease.lose()
    await asyncio.sleep(0.05)  # the guard is waiting for the work to wind down
    guard.cancel()  # the engine stops meanwhile
    release.set()
    await asyncio.wait_for(asyncio.gather(guard, return_exceptions=True), 2)
    assert guard.cancelled()

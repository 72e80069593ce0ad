"""Fault tolerance: with about 20% of requests failing, the engine loses nothing, never exceeds the
rate limit, quarantines what it cannot read without blocking later orders, and recovers within one
poll interval once the faults stop."""

from __future__ import annotations

import asyncio
import functools
import itertools
from datetime import timedelta
from pathlib import Path

import pytest

from kds.clock import SystemClock
from kds.domain.order import Details, OrderKey, Platform
from kds.platforms.keeta_od.adapter import create_adapter
from kds.platforms.registry import POLICIES
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.health import PlatformHealth
from kds.services.outbox import OutboxSettings
from kds.services.poller import PollerSettings
from kds.simulator.keeta_od import Faults, SimConfig, SimulatorServer
from kds.store.db import Database
from kds.store.orders import OrderRepository
from tests.fakes import waiting
from tests.integration.conftest import max_polls_in_window

SCALE = 20.0
INTERVAL = 1.5  # Keeta's 30 s, scaled
TIMEOUT = 0.75  # client timeout; a hung request fails after this

reached = functools.partial(waiting.reached, step=0.2)  # the checks read the store: five times a second is enough


@pytest.mark.slow
async def test_twenty_percent_faults_lose_nothing(tmp_path: Path) -> None:
    faults = Faults(fault_5xx=0.07, fault_timeout=0.04, fault_reset=0.05, fault_malformed=0.04,
                    duplicate_rate=0.2, hang_seconds=2.0)
    config = SimConfig(time_scale=SCALE, seed=5, faults=faults)
    clock = SystemClock()
    with SimulatorServer(config) as sim:
        creds = sim.credentials
        adapter = create_adapter(sim.base_url, creds.client_id, creds.client_secret, list(creds.merchant_ids), clock,
                                 policy=POLICIES[Platform.KEETA_OD].scaled(SCALE), timeout=TIMEOUT)
        db = Database(tmp_path / "kds.sqlite3")
        engine = Engine(db, [adapter], clock, EngineSettings(
            poller=PollerSettings(interval=INTERVAL, auth_retry=INTERVAL),
            poll_limit=PollLimit(requests=config.rate_limit_per_window, window=60 / SCALE),
            outbox=OutboxSettings(base_backoff=0.2, max_backoff=1.0, max_attempts=30),
            auto_accept=frozenset({Platform.KEETA_OD})))
        health: list[tuple[object, PlatformHealth]] = []
        engine.pollers[Platform.KEETA_OD].on_health = lambda h: health.append((sim.state.now(), h))
        engine.start()
        try:
            kinds = itertools.cycle(["delivery", "pickup", "self_delivery"])
            created = []
            for _ in range(24):  # 12 s of faulty platform (4 platform minutes)
                created.append(sim.state.create_order(next(kinds)))
                await asyncio.sleep(0.5)
            injected = dict(sim.state.stats().faults)
            sim.state.set_faults(Faults())
            off = sim.state.now()
            repo = OrderRepository(db)
            stored = await reached(lambda: all(repo.exists(_key(o)) for o in created), timeout=30)
            handled = await reached(lambda: all(_confirmed_or_expired(sim, o) for o in created), timeout=30)
        finally:
            await engine.stop()

        assert sum(injected.values()) >= 5, f"too few faults were injected to prove anything: {injected}"
        assert stored, "orders lost: " + str([o for o in created if not repo.exists(_key(o))])
        assert handled
        for order_id in created:
            assert len([c for c in sim.state.calls(order_id, "confirm") if c.applied]) <= 1
        stats = sim.state.stats()
        assert stats.rate_limited == 0
        polls = [r.at for records in sim.state.poll_log().values() for r in records]
        assert max_polls_in_window(polls, config.scaled(60)) <= config.rate_limit_per_window
        if stats.malformed_sent:
            assert repo.quarantined(), "malformed events were not quarantined"
        # Recovery: the first poll that completes after the faults stopped is healthy, and it
        # comes within one poll interval (plus the timeout of a request that was hanging then).
        after = [(at, h) for at, h in health if at >= off]
        assert after and after[0][1].failures == 0 and after[0][1].last_ok is not None
        assert after[0][0] - off <= timedelta(seconds=INTERVAL + TIMEOUT + 0.5)
        db.close()


def _engine(sim: SimulatorServer, db: Database, clock: SystemClock) -> Engine:
    """The engine as a station runs it, at Keeta's real timings scaled by SCALE, auto-accepting."""
    creds = sim.credentials
    adapter = create_adapter(sim.base_url, creds.client_id, creds.client_secret, list(creds.merchant_ids), clock,
                             policy=POLICIES[Platform.KEETA_OD].scaled(SCALE), timeout=TIMEOUT)
    return Engine(db, [adapter], clock, EngineSettings(
        poller=PollerSettings(interval=INTERVAL, auth_retry=INTERVAL),
        poll_limit=PollLimit(requests=sim.config.rate_limit_per_window, window=60 / SCALE),
        outbox=OutboxSettings(base_backoff=0.2, max_backoff=1.0, max_attempts=30),
        auto_accept=frozenset({Platform.KEETA_OD})))


def _confirmed_once_in_time(sim: SimulatorServer, order_id: str) -> bool:
    """Confirmed exactly once, within the first half of Keeta's 5 minutes (scaled)."""
    applied = [c for c in sim.state.calls(order_id, "confirm") if c.applied]
    state = sim.state.order_state(order_id)
    return len(applied) == 1 and applied[0].at - state.created_at < sim.config.scaled(150)


@pytest.mark.slow
async def test_failed_acknowledgments_lose_no_order(tmp_path: Path) -> None:
    """Acknowledgments fail in every way (5xx, 429, timeouts, answers lost after the platform acted):
    every order of those polls still reaches auto-accept, confirmed once and well before its deadline."""
    faults = Faults(fault_ops=frozenset({"acknowledgment"}), fault_5xx=0.35, fault_lost_answer=0.3,
                    fault_timeout=0.1, fault_reset=0.1, fault_statuses=(429, 500, 503), retry_after=0.5,
                    duplicate_rate=0.3, hang_seconds=2.0)
    config = SimConfig(time_scale=SCALE, seed=17, faults=faults)
    clock = SystemClock()
    with SimulatorServer(config) as sim:
        db = Database(tmp_path / "kds.sqlite3")
        engine = _engine(sim, db, clock)
        engine.start()
        try:
            created = []
            for kind in itertools.islice(itertools.cycle(["delivery", "pickup", "self_delivery"]), 15):
                created.append(sim.state.create_order(kind))
                await asyncio.sleep(0.6)
            handled = await reached(lambda: all(_confirmed_once_in_time(sim, o) for o in created), timeout=20)
            injected = dict(sim.state.stats().faults)
            sim.state.set_faults(Faults())
            acked = await reached(lambda: not sim.state.store.pending(
                f"client:{config.client_id}", config.merchant_ids, sim.state.now()), timeout=20)
        finally:
            await engine.stop()
        stats = sim.state.stats()
        assert injected.get("5xx", 0) + injected.get("lost", 0) >= 4, f"too few failed acknowledgments: {injected}"
        late = {o: [c.at - sim.state.order_state(o).created_at for c in sim.state.calls(o, "confirm")]
                for o in created if not _confirmed_once_in_time(sim, o)}
        assert handled, f"not confirmed once in time: {late}"
        assert acked, "events the engine stored were never acknowledged once the faults stopped"
        assert stats.ack_duplicate_entries == 0
        assert stats.retry_after_violations == ()
        assert stats.rate_limited == 0
        db.close()


@pytest.mark.slow
async def test_unreadable_first_answers_are_retried_until_read(tmp_path: Path) -> None:
    """The first GETs of many new orders are incomplete, 404, truncated or 503 with `Retry-After`:
    each such order is confirmed before its deadline once a GET succeeds, and none of its events is
    acknowledged before its details were read. An order that can never be read becomes a warning
    after its deadline, acknowledged, and holds nobody up."""
    faults = Faults(bad_get_rate=0.6, bad_gets=2, bad_get_kinds=("incomplete", "not_found", "malformed",
                                                                 "unavailable"), retry_after=0.4)
    config = SimConfig(time_scale=SCALE, seed=23, faults=faults)
    clock = SystemClock()
    with SimulatorServer(config) as sim:
        db = Database(tmp_path / "kds.sqlite3")
        engine = _engine(sim, db, clock)
        repo = OrderRepository(db)
        engine.start()
        try:
            lost = sim.state.create_order("delivery", bad_gets=10**6, bad_kinds=("incomplete", "not_found"))
            created = []
            for kind in itertools.islice(itertools.cycle(["delivery", "pickup", "self_delivery"]), 12):
                created.append(sim.state.create_order(kind))
                await asyncio.sleep(0.5)
            placeholder = repo.get(_key(lost))
            handled = await reached(lambda: all(_confirmed_once_in_time(sim, o) for o in created), timeout=20)
            deadline = sim.state.order_state(lost).created_at + config.scaled(300)
            gave_up = await reached(lambda: (s := repo.get(_key(lost))) is not None
                                     and s.order.details is Details.UNREADABLE and not _pending_of(sim, lost),
                                     timeout=30)
        finally:
            await engine.stop()
        stats = sim.state.stats()
        assert stats.bad_gets_sent >= 8, f"too few bad answers to prove anything: {stats.bad_gets_sent}"
        assert handled, [o for o in created if not _confirmed_once_in_time(sim, o)]
        assert all(repo.exists(_key(o)) for o in created)
        premature = [(at, o) for at, o in sim.state.acks_before_read() if o != lost]
        assert premature == [], f"events acknowledged before their order was read: {premature}"
        # The order nobody could read: on the board at once as a placeholder, never confirmed,
        # acknowledged only once its deadline had passed, its last answer quarantined.
        assert placeholder is not None and placeholder.order.details is Details.PENDING
        assert gave_up
        assert sim.state.calls(lost, "confirm") == []
        assert all(at >= deadline for at, o in sim.state.acks_before_read() if o == lost)
        assert any(q["order_id"] == lost for q in repo.quarantined())
        assert stats.retry_after_violations == ()
        db.close()


def _pending_of(sim: SimulatorServer, order_id: str) -> list[object]:
    queue = f"client:{sim.config.client_id}"
    return [e for e in sim.state.store.pending(queue, sim.config.merchant_ids, sim.state.now())
            if e.order_id == order_id]


def _key(order_id: str) -> OrderKey:
    return OrderKey(Platform.KEETA_OD, order_id)


def _confirmed_or_expired(sim: SimulatorServer, order_id: str) -> bool:
    """Confirmed once, or cancelled by the platform because the window passed during the faults."""
    state = sim.state.order_state(order_id)
    return state.confirmed_at is not None or state.status == "CANCELLED"

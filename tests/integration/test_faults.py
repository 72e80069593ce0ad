"""Fault tolerance: with about 20% of requests failing, the engine loses nothing, never exceeds the
rate limit, quarantines what it cannot read without blocking later orders, and recovers within one
poll interval once the faults stop."""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta
from pathlib import Path

import pytest

from kds.clock import SystemClock
from kds.domain.actions import POLICIES
from kds.domain.order import OrderKey, Platform
from kds.platforms.keeta_od.adapter import create_adapter
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.health import PlatformHealth
from kds.services.outbox import OutboxSettings
from kds.services.poller import PollerSettings
from kds.simulator.keeta_od import Faults, SimConfig, SimulatorServer
from kds.store.db import Database
from kds.store.orders import OrderRepository
from tests.integration.conftest import max_polls_in_window

SCALE = 20.0
INTERVAL = 1.5  # Keeta's 30 s, scaled
TIMEOUT = 0.75  # client timeout; a hung request fails after this


async def wait_for(predicate, timeout: float, step: float = 0.2) -> bool:
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if predicate():
            return True
        await asyncio.sleep(step)
    return predicate()


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
            stored = await wait_for(lambda: all(repo.exists(_key(o)) for o in created), timeout=30)
            handled = await wait_for(lambda: all(_confirmed_or_expired(sim, o) for o in created), timeout=30)
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


def _key(order_id: str) -> OrderKey:
    return OrderKey(Platform.KEETA_OD, order_id)


def _confirmed_or_expired(sim: SimulatorServer, order_id: str) -> bool:
    """Confirmed once, or cancelled by the platform because the window passed during the faults."""
    state = sim.state.order_state(order_id)
    return state.confirmed_at is not None or state.status == "CANCELLED"

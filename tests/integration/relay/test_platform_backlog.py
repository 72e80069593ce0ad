"""A backlog of one platform's events on a relay tenant does not hold back another platform's order.

Everything is real: the Keeta Standard simulator pushes signed webhooks into a real relay (SQLite,
or PostgreSQL when configured), whose tenant also takes GoFood notifications through the relay's
own GoFood route; the app's engine long-polls the relay through `KeetaStdAdapter` with the
production wait (25 s) and poll limit. No GoFood reader runs, so GoFood's 2,000 events stay
pending, as on a tenant whose GoFood reader is away. Before each adapter read only its own
platform, those 2,000 filled every 1,000-event poll ahead of the Keeta order, which then never
reached the board.

The one timed bound is the requirement itself (on the board within 1 s of reaching the relay): the
in-process wake-up of the Keeta poll answers in milliseconds, and every other way the order could
arrive (the relay's re-check, the adapter's idle wait) is slower than that or never happens.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx

from kds.clock import SystemClock
from kds.domain.events import EventKind
from kds.domain.order import OrderKey, Platform
from kds.platforms.keeta_std.adapter import create_adapter
from kds.platforms.relay import DEFAULT_WAIT
from kds.relay.store import PlatformSecret
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.poller import PollerSettings
from kds.simulator.keeta_std import SimConfig, start_demo
from kds.store.db import Database
from tests.fakes import waiting
from tests.integration.relay.conftest import GOFOOD_SECRET, gofood_webhook

TENANT = "counter-1"
BACKLOG = 2000
GUARD = 15.0  # a guard against hanging, not a performance assertion


async def until(predicate: object, what: str, timeout: float = GUARD) -> datetime:
    """Wait until `predicate()` holds; returns the wall-clock time it was first seen true."""
    assert callable(predicate)
    await waiting.until(predicate, timeout=timeout, step=0.005, message=what)
    return datetime.now(UTC)


def send_gofood_backlog(relay_url: str) -> list[int]:
    """POST `BACKLOG` signed GoFood notifications to the tenant's GoFood route; their status codes."""
    url = f"{relay_url}/hooks/gofood/{TENANT}"
    with httpx.Client(timeout=30) as client, ThreadPoolExecutor(8) as pool:
        def send(i: int) -> int:
            body, headers = gofood_webhook(f"gofood-ev-{i}", order=f"F-{i}")
            return client.post(url, content=body, headers=headers).status_code

        return list(pool.map(send, range(BACKLOG)))


async def test_a_keeta_order_reaches_the_board_within_a_second_behind_2000_gofood_events(
        db: str, tmp_path: Path) -> None:
    demo = start_demo(SimConfig(seed=3, order_rate_per_min=0), relay_db=db, tenant=TENANT, tick_interval=0.02)
    demo.store.set_secret(TENANT, "gofood", PlatformSecret(GOFOOD_SECRET))
    clock = SystemClock()
    adapter = create_adapter(demo.relay_url, demo.tenant_token, demo.api_url, **demo.credentials_kwargs(),
                             clock=clock, wait=DEFAULT_WAIT)
    kds_db = Database(tmp_path / "kds.sqlite3")
    # As `kds.startup.runtime` runs a relay platform: no interval between long-polls, 30 polls a minute.
    engine = Engine(kds_db, [adapter], clock, EngineSettings(
        poller_for={Platform.KEETA_STD: PollerSettings(interval=0.0)},
        poll_limit_for={Platform.KEETA_STD: PollLimit(requests=30, window=60.0)}, undo_seconds=0.0))
    engine.start()
    try:
        notifier = demo.relay.app.state.notifier
        await until(lambda: notifier.watched(TENANT), "the app never waited at the relay")
        assert await asyncio.to_thread(send_gofood_backlog, demo.relay_url) == [200] * BACKLOG
        assert len(demo.store.pending(TENANT, 5 * BACKLOG)) == BACKLOG

        order_id = demo.sim.state.create_order("pickup")
        key = OrderKey(Platform.KEETA_STD, order_id)
        on_board = await until(lambda: engine.orders.ticket(key) is not None,
                               f"Keeta order {order_id} never reached the board behind {BACKLOG} GoFood events")
        created = next(e for e in engine.orders.journal(key) if e.event.kind is EventKind.CREATED)
        reached_relay = datetime.fromisoformat(created.raw.payload["createdAt"])
        assert (on_board - reached_relay).total_seconds() <= 1.0, (reached_relay, on_board)

        # The app acknowledged its own event only, and never saw one of GoFood's.
        await until(lambda: len(demo.store.pending(TENANT, 5 * BACKLOG)) == BACKLOG, "the order was not acknowledged")
        assert {e.platform for e in demo.store.pending(TENANT, 5 * BACKLOG)} == {"gofood"}
        assert adapter.foreign_skipped == 0
    finally:
        await asyncio.wait_for(engine.stop(), GUARD)
        kds_db.close()
        demo.stop()

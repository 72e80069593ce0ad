"""Simulated CKGo → relay → app → Collect → simulated CKGo, everything real but the clock's speed.

The simulator asks the store's stock and posts signed `order_create` callbacks to a real relay
(SQLite in a temporary directory, one tenant behind a path secret); the app's engine (real SQLite
store) long-polls the relay through `ZeekAdapter`; Collect goes through the outbox to the
simulator's status endpoint with a token from its token endpoint.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from kds.clock import SystemClock
from kds.domain.actions import Action
from kds.domain.order import OrderKey, Platform, Timing
from kds.domain.states import Stage
from kds.platforms.registry import POLICIES
from kds.platforms.zeek.adapter import ZeekAdapter, create_adapter
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.orders import Ticket
from kds.services.outbox import OutboxSettings
from kds.services.poller import PollerSettings
from kds.simulator.zeek.demo import ZeekDemo, start_demo
from kds.simulator.zeek.state import SimConfig
from kds.store.db import Database
from kds.store.outbox import ActionState
from tests.fakes import waiting

TIMEOUT = 15.0  # a guard against hanging, not a performance assertion


@dataclass
class Stack:
    """The running relay + simulator and the app's engine."""

    demo: ZeekDemo
    engine: Engine
    adapter: ZeekAdapter

    def ticket(self, order_id: str) -> Ticket | None:
        return self.engine.orders.ticket(OrderKey(Platform.ZEEK, order_id))

    async def until(self, order_id: str, check: Callable[[Ticket], bool], what: str) -> Ticket:
        def reached() -> bool:
            ticket = self.ticket(order_id)
            return ticket is not None and check(ticket)

        await waiting.until(reached, timeout=TIMEOUT, step=0.02,
                            message=lambda: f"order {order_id} never got to {what}: {self.ticket(order_id)}")
        ticket = self.ticket(order_id)
        assert ticket is not None
        return ticket


@pytest.fixture
async def stack() -> AsyncIterator[Stack]:
    demo = start_demo(SimConfig(seed=7, time_scale=10.0, duplicate_rate=1.0), tick_interval=0.02)
    clock = SystemClock()
    values = demo.values()
    adapter = create_adapter(values["relay_url"], values["tenant_token"], values["base_url"], values["client_id"],
                             values["client_secret"], clock, POLICIES[Platform.ZEEK], language="vi", wait=1.0)
    db = Database(Path(demo.store.path).parent / "kds.sqlite3")
    settings = EngineSettings(poller=PollerSettings(interval=0.0, auth_retry=0.5),
                              poll_limit=PollLimit(requests=100_000, window=1.0),
                              outbox=OutboxSettings(idle_wait=0.2, base_backoff=0.1), undo_seconds=0.0)
    engine = Engine(db, [adapter], clock, settings)
    engine.start()
    try:
        yield Stack(demo, engine, adapter)
    finally:
        await engine.stop()
        db.close()
        demo.stop()


async def test_an_order_arrives_accepted_and_collect_reaches_ckgo_once(stack: Stack) -> None:
    order_id = stack.demo.sim.state.create_order("realtime")
    ticket = await stack.until(order_id, lambda t: t.status.stage is Stage.ACCEPTED, "preparing")
    payload = stack.demo.sim.state.orders[order_id]
    assert ticket.order.pickup_code == ticket.order.display_id == payload["pickup_code"]
    assert ticket.order.lines[0].name == "Combo Cơm gà sốt cay"  # the station speaks Vietnamese
    assert ticket.order.customer.phone.startswith("••••")
    assert sorted(stack.demo.sim.sender.delivered) == [order_id, order_id]  # sent twice, shown once
    stack.engine.orders.request(OrderKey(Platform.ZEEK, order_id), Action.COLLECT)

    def collected(t: Ticket) -> bool:
        record = t.latest(Action.COLLECT)
        return record is not None and record.state is ActionState.DONE and t.status.stage is Stage.DONE

    await stack.until(order_id, collected, "collected")
    calls = stack.demo.sim.state.status_calls
    assert [(c["order_id"], c["status"], c["lang"]) for c in calls] == [(order_id, 5, "vi")]


async def test_an_advanced_order_is_scheduled(stack: Stack) -> None:
    order_id = stack.demo.sim.state.create_order("advanced")
    ticket = await stack.until(order_id, lambda t: t.status.stage is Stage.ACCEPTED, "the board")
    assert ticket.order.timing is Timing.SCHEDULED and ticket.order.scheduled_start is not None
    assert ticket.order.scheduled_start > ticket.order.created_at


async def test_a_collect_after_the_token_expired_fetches_a_new_one(stack: Stack) -> None:
    order_id = stack.demo.sim.state.create_order("realtime")
    await stack.until(order_id, lambda t: t.status.stage is Stage.ACCEPTED, "preparing")
    await stack.adapter.client.access_token()
    stack.demo.sim.state.expire_tokens()
    stack.engine.orders.request(OrderKey(Platform.ZEEK, order_id), Action.COLLECT)
    await stack.until(order_id, lambda t: t.status.stage is Stage.DONE, "collected")
    assert stack.demo.sim.state.token_calls == 2
    assert len(stack.demo.sim.state.status_calls) == 1


async def test_the_simulator_refuses_what_zeek_would() -> None:
    demo = start_demo(SimConfig(seed=1))
    try:
        async with httpx.AsyncClient(base_url=demo.api_url) as http:
            bad = await http.post("/api/v1.0/auth/token", json={"client_id": "x", "client_secret": "y",
                                                          "grant_type": "client_credentials", "scope": "all"})
            assert bad.status_code == 401 and bad.json()["error"] == "40101"
            unauthorised = await http.post("/api/v1.0/order/status/update", json={"order_id": "A", "status": 5})
            assert unauthorised.json()["error"] == "40101"
    finally:
        demo.stop()

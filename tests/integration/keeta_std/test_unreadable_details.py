"""Simulator → relay → engine when Keeta cannot answer an order's details at first (or ever).

Everything is real (the simulator pushing signed webhooks to a relay on SQLite, the engine long-polling
the relay and calling the simulator's `/order/get` and `/order/confirm`), at forty times Keeta's
speed: the 5-minute acceptance window is 7.5 s. Auto-accept is on, so an order is confirmed as soon
as its details are read. The relay's store notes every acknowledgment with whether the simulator had
answered the order's details truly by then (`KeetaStdDemo.acks`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest

from kds.clock import SystemClock
from kds.domain.changes import Changes
from kds.domain.order import Details, OrderKey, Platform
from kds.domain.states import Stage
from kds.platforms.keeta_std.adapter import create_adapter
from kds.platforms.registry import POLICIES
from kds.relay.hooks import KEETA_STD
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.outbox import OutboxSettings
from kds.services.poller import PollerSettings
from kds.simulator.keeta_std import BAD_GET_KINDS, KeetaStdDemo, SimConfig, start_demo
from kds.simulator.keeta_std.config import ACCEPT_WINDOW
from kds.store.db import Database
from kds.store.orders import OrderRepository, StoredOrder
from tests.fakes import waiting

SCALE = 40.0
ACCEPT = timedelta(seconds=ACCEPT_WINDOW / SCALE)  # 7.5 s
DATE_RESOLUTION = timedelta(seconds=0.6)  # KDS knows Keeta's clock from whole-second `Date` headers (± 0.5 s)
TIMEOUT = 20.0  # a guard against hanging, not a performance assertion
TENANT = "counter-1"


@dataclass
class Stack:
    """The relay + simulator pair, the engine, and every order's details each time the engine told of it."""

    demo: KeetaStdDemo
    engine: Engine
    repo: OrderRepository
    told: dict[str, list[Details]] = field(default_factory=dict)

    def stored(self, order_id: str) -> StoredOrder | None:
        return self.repo.get(OrderKey(Platform.KEETA_STD, order_id))

    def pending_at_relay(self, order_id: str) -> list[str]:
        """The order's events the relay still holds unacknowledged."""
        return [e.event_id for e in self.demo.store.pending(TENANT, 1000, [KEETA_STD]) if e.order_id == order_id]

    def on_changes(self, changes: Changes) -> None:
        for key in changes.orders:
            stored = self.repo.get(key)
            if stored is not None:
                self.told.setdefault(key.order_id, []).append(stored.order.details)

    async def until(self, check: Callable[[], bool], what: str) -> None:
        await waiting.until(check, timeout=TIMEOUT, step=0.02, message=f"never {what}")

    async def accepted(self, order_id: str) -> StoredOrder:
        def done() -> bool:
            stored = self.stored(order_id)
            return stored is not None and stored.status.stage is Stage.ACCEPTED

        await self.until(done, f"accepted {order_id}")
        stored = self.stored(order_id)
        assert stored is not None
        return stored

    def confirmed_once_in_time(self, order_id: str) -> bool:
        state = self.demo.sim.state
        calls = state.calls(order_id, "order/confirm")
        placed = state.orders[order_id].created_at
        return [c.code for c in calls] == [0] and calls[0].at < placed + ACCEPT


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[Stack]:
    demo = start_demo(SimConfig(seed=11, time_scale=SCALE), relay_db=tmp_path / "relay.sqlite3", tenant=TENANT,
                      tick_interval=0.02)
    clock = SystemClock()
    adapter = create_adapter(demo.relay_url, demo.tenant_token, demo.api_url, **demo.credentials_kwargs(),
                             clock=clock, policy=POLICIES[Platform.KEETA_STD].scaled(SCALE), wait=1.0)
    db = Database(tmp_path / "kds.sqlite3")
    settings = EngineSettings(poller=PollerSettings(interval=30 / SCALE),
                              poll_limit=PollLimit(requests=100_000, window=1.0),
                              outbox=OutboxSettings(idle_wait=0.2, base_backoff=0.1), undo_seconds=0.0,
                              auto_accept=frozenset({Platform.KEETA_STD}))
    engine = Engine(db, [adapter], clock, settings)
    found = Stack(demo, engine, OrderRepository(db))
    engine.bus.subscribe(found.on_changes)
    engine.start()
    try:
        yield found
    finally:
        await engine.stop()
        db.close()
        demo.stop()


@pytest.mark.parametrize("kind", BAD_GET_KINDS)
async def test_an_order_whose_first_two_gets_are_bad_is_read_then_confirmed_once_in_time(stack: Stack,
                                                                                          kind: str) -> None:
    state = stack.demo.sim.state
    order_id = state.create_order("delivery", bad_gets=2, bad_kinds=[kind])
    # Shown at once as the 1001 placed it (so auto-accept may confirm it), its details read later.
    await stack.accepted(order_id)
    await stack.until(lambda: (s := stack.stored(order_id)) is not None and s.order.details is Details.COMPLETE,
                      f"read {order_id}")
    stored = stack.stored(order_id)
    assert stored is not None
    assert stack.confirmed_once_in_time(order_id), state.calls(order_id, "order/confirm")
    gets = state.calls(order_id, "order/get")
    assert [c.spoiled for c in gets[:3]] == [kind, kind, ""]
    assert state.read_at(order_id) == gets[2].at
    # On the board at once as a placeholder, then with its details.
    told = stack.told[order_id]
    assert told[0] is Details.PENDING and told[-1] is Details.COMPLETE
    assert stored.order.details is Details.COMPLETE
    assert [line.line_id for line in stored.order.lines] == [str(p.order_product_id) for p in
                                                             state.orders[order_id].products]
    # Its events were acknowledged, and none before the order was read.
    await stack.until(lambda: not stack.pending_at_relay(order_id), "acknowledged")
    acks = stack.demo.acks(order_id)
    assert acks and all(a.read for a in acks), acks
    assert all(o != order_id for _, o in stack.demo.acks_before_read())


async def test_an_order_nobody_can_read_ends_as_a_warning_and_holds_nobody_up(stack: Stack) -> None:
    state = stack.demo.sim.state
    lost = state.create_order("delivery", bad_gets=10**6, bad_kinds=list(BAD_GET_KINDS))
    deadline = state.orders[lost].created_at + ACCEPT
    await stack.until(lambda: Details.PENDING in stack.told.get(lost, []), "a placeholder")
    healthy = state.create_order("pickup")
    await stack.accepted(healthy)
    assert stack.confirmed_once_in_time(healthy)
    await stack.until(lambda: not stack.pending_at_relay(healthy), "acknowledged the healthy order")
    assert stack.stored(lost).order.details is Details.PENDING  # type: ignore[union-attr]  # still retrying

    def given_up() -> bool:
        stored = stack.stored(lost)
        return stored is not None and stored.order.details is Details.UNREADABLE and not stack.pending_at_relay(lost)

    await stack.until(given_up, "gave up on the unreadable order")
    # Confirmed from the 1001's own copy of the order (all KDS had), never read from /order/get.
    assert state.read_at(lost) is None and stack.confirmed_once_in_time(lost)
    assert state.bad_gets_sent(lost) >= 5 and {c.spoiled for c in state.calls(lost, "order/get")} == set(
        BAD_GET_KINDS)
    told = stack.told[lost]
    assert told[0] is Details.PENDING and told[-1] is Details.UNREADABLE
    # Acknowledged only once Keeta's acceptance deadline had passed, its last answer quarantined.
    acks = stack.demo.acks(lost)
    assert acks and all(not a.read and a.at >= deadline - DATE_RESOLUTION for a in acks), (deadline, acks)
    assert any(q["order_id"] == lost for q in stack.repo.quarantined())
    # The healthy order placed meanwhile was read and acknowledged the ordinary way.
    assert all(a.read for a in stack.demo.acks(healthy))
    assert [o for _, o in stack.demo.acks_before_read()] == [lost] * len(acks)

"""Simulator → relay → app → action → simulator, for every Keeta Standard action.

Everything is real except the clock's speed: the Keeta Standard simulator pushes signed webhooks to
a real relay (SQLite in tmp_path, one tenant), the app's engine (real SQLite store) long-polls the
relay through `KeetaStdAdapter`, staff actions go through the outbox to the simulator's endpoints,
and the simulator's answers come back as webhooks or as receipts. Each test asserts that the
simulator received the action exactly once and that the ticket reached the right state.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kds.clock import SystemClock
from kds.domain.actions import Action
from kds.domain.order import OrderKey, Platform
from kds.domain.states import RefundOutcome, Stage
from kds.platforms.keeta_std.adapter import KeetaStdAdapter, create_adapter
from kds.platforms.registry import POLICIES
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.orders import Ticket
from kds.services.outbox import ALREADY_DONE, OutboxSettings
from kds.services.poller import PollerSettings
from kds.simulator.keeta_std import SimConfig, SimulatorServer, start_demo
from kds.store.db import Database
from kds.store.outbox import ActionState
from tests.fakes import waiting

SCALE = 10.0  # platform minutes pass ten times faster: the 5-minute accept window is 30 s
TIMEOUT = 15.0  # a guard against hanging, not a performance assertion


@dataclass
class Stack:
    """The three running pieces and the app's engine."""

    sim: SimulatorServer
    engine: Engine
    adapter: KeetaStdAdapter

    def key(self, order_id: str) -> OrderKey:
        return OrderKey(Platform.KEETA_STD, order_id)

    def ticket(self, order_id: str) -> Ticket | None:
        return self.engine.orders.ticket(self.key(order_id))

    async def until(self, order_id: str, check: Callable[[Ticket], bool], what: str) -> Ticket:
        """Wait for the order's ticket to satisfy `check`."""
        def reached() -> bool:
            ticket = self.ticket(order_id)
            return ticket is not None and check(ticket)

        def failure() -> str:
            ticket = self.ticket(order_id)
            return f"order {order_id} never got to {what}: {ticket and ticket.status}"

        await waiting.until(reached, timeout=TIMEOUT, step=0.02, message=failure)
        ticket = self.ticket(order_id)
        assert ticket is not None
        return ticket

    async def new_order(self, kind: str) -> str:
        order_id = self.sim.state.create_order(kind)
        await self.until(order_id, lambda t: t.status.stage is Stage.NEW, "the board")
        return order_id

    async def act(self, order_id: str, action: Action, check: Callable[[Ticket], bool], what: str,
                  **params: object) -> Ticket:
        """Press a button and wait until the action is done and `check` holds."""
        self.engine.orders.request(self.key(order_id), action, **params)  # type: ignore[arg-type]

        def settled(ticket: Ticket) -> bool:
            record = ticket.latest(action)
            return record is not None and record.state is ActionState.DONE and check(ticket)

        return await self.until(order_id, settled, what)

    def calls(self, order_id: str, action: str) -> list[int]:
        """The answer codes of every call of `action` the simulator received for the order."""
        return [c.code for c in self.sim.state.calls(order_id, action)]


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[Stack]:
    # The relay (SQLite in tmp_path, one tenant with the simulator's app secret) starts first, then
    # the simulator, pointed at the tenant's webhook URL.
    demo = start_demo(SimConfig(seed=5, time_scale=SCALE), relay_db=tmp_path / "relay.sqlite3", tenant="counter-1",
                      tick_interval=0.02)
    assert demo.sim.state.webhook_url == f"{demo.relay_url}/hooks/keeta/counter-1"
    clock = SystemClock()
    adapter = create_adapter(demo.relay_url, demo.tenant_token, demo.api_url, **demo.credentials_kwargs(),
                             clock=clock, policy=POLICIES[Platform.KEETA_STD].scaled(SCALE), wait=1.0)
    db = Database(tmp_path / "kds.sqlite3")
    settings = EngineSettings(poller=PollerSettings(interval=0.0, auth_retry=0.5),
                              poll_limit=PollLimit(requests=100_000, window=1.0),
                              outbox=OutboxSettings(idle_wait=0.2, base_backoff=0.1), undo_seconds=0.0)
    engine = Engine(db, [adapter], clock, settings)
    engine.start()
    try:
        yield Stack(demo.sim, engine, adapter)
    finally:
        await engine.stop()
        db.close()
        demo.stop()


def stage(expected: Stage) -> Callable[[Ticket], bool]:
    return lambda ticket: ticket.status.stage is expected


async def test_confirm(stack: Stack) -> None:
    order_id = await stack.new_order("pickup")
    await stack.act(order_id, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    assert stack.calls(order_id, "order/confirm") == [0]
    assert stack.sim.state.order_state(order_id).status == 30


async def test_prepare(stack: Stack) -> None:
    order_id = await stack.new_order("delivery")
    await stack.act(order_id, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    await stack.act(order_id, Action.READY, stage(Stage.READY), "ready")
    assert stack.calls(order_id, "order/prepare") == [0]
    assert stack.sim.state.order_state(order_id).status == 35


async def test_collect(stack: Stack) -> None:
    order_id = await stack.new_order("pickup")
    await stack.act(order_id, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    await stack.act(order_id, Action.COLLECT, stage(Stage.DONE), "collected")
    assert stack.calls(order_id, "order/collect") == [0]
    assert stack.sim.state.order_state(order_id).history[-1] == "collected"


async def test_cancel(stack: Stack) -> None:
    order_id = await stack.new_order("delivery")
    ticket = await stack.act(order_id, Action.CANCEL, stage(Stage.CANCELLED), "cancelled", reason_code="500001")
    assert ticket.status.cancelled_by == "merchant" and ticket.status.cancel_code == "500001"
    assert stack.calls(order_id, "order/cancel") == [0]
    assert stack.sim.state.order_state(order_id).cancel_code == "500001"


async def test_agree_to_a_customer_refund(stack: Stack) -> None:
    order_id = await stack.new_order("delivery")
    await stack.act(order_id, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    stack.sim.state.request_refund(order_id)
    ticket = await stack.until(order_id, lambda t: t.status.refund_request is not None, "a refund request")
    request = ticket.status.refund_request
    assert request is not None and request.full and request.amount == ticket.order.totals.total
    assert Action.AGREE_REFUND in ticket.allowed
    ticket = await stack.act(order_id, Action.AGREE_REFUND,
                             lambda t: t.status.refund_outcome is RefundOutcome.REFUNDED, "refunded")
    assert ticket.status.refunded == ticket.order.totals.total
    assert stack.calls(order_id, "order/agree") == [0]


async def test_reject_a_customer_partial_refund(stack: Stack) -> None:
    order_id = await stack.new_order("delivery")
    await stack.act(order_id, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    line = stack.ticket(order_id).order.lines[0]  # type: ignore[union-attr]
    stack.sim.state.request_refund(order_id, items=[(line.line_id, 1)])
    ticket = await stack.until(order_id, lambda t: t.status.refund_request is not None, "a refund request")
    request = ticket.status.refund_request
    assert request is not None and not request.full
    assert [(i.line_id, i.quantity) for i in request.items] == [(line.line_id, 1)]
    await stack.act(order_id, Action.REJECT_REFUND, lambda t: t.status.refund_outcome is RefundOutcome.REJECTED,
                    "rejected", reason_code="100001")
    assert stack.calls(order_id, "order/reject") == [0]
    assert stack.sim.state.order_state(order_id).refund_outcomes == ("rejected",)


async def test_partial_refund_preview_and_apply(stack: Stack) -> None:
    order_id = await stack.new_order("delivery")
    await stack.act(order_id, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    ticket = stack.ticket(order_id)
    assert ticket is not None
    line = ticket.order.lines[0]
    listing = await stack.adapter.refund_preview(ticket.order, [])
    assert dict(listing.refundable)[line.line_id] == int(line.quantity)
    preview = await stack.adapter.refund_preview(ticket.order, [(line.line_id, 1)])
    assert preview.amount == stack.engine.orders.refund_amount(ticket.key, [(line.line_id, 1)])
    ticket = await stack.act(order_id, Action.PARTIAL_REFUND, lambda t: t.status.refunded == preview.amount,
                             "partially refunded", reason_code="200001", items=[(line.line_id, 1)])
    assert stack.calls(order_id, "order/refund/part/products/preview") == [0, 0]
    assert stack.calls(order_id, "order/refund/part/apply") == [0]
    assert stack.sim.state.order_state(order_id).refundable[line.line_id] == int(line.quantity) - 1


async def test_dispatched_and_delivered(stack: Stack) -> None:
    order_id = await stack.new_order("self_delivery")
    await stack.act(order_id, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    await stack.act(order_id, Action.DISPATCH, stage(Stage.OUT), "out")
    await stack.act(order_id, Action.DELIVERED, stage(Stage.DONE), "delivered")
    assert stack.calls(order_id, "order/dispatched") == [0]
    assert stack.calls(order_id, "order/delivered") == [0]
    assert stack.sim.state.order_state(order_id).status == 40


async def test_accepted_on_the_keeta_tablet_meanwhile(stack: Stack) -> None:
    order_id = await stack.new_order("pickup")
    hooks = stack.sim.state.webhook_url
    stack.sim.set_webhook_url("")  # hold Keeta's 1002 so the app does not know yet
    assert stack.sim.state.act_on_tablet(order_id, "order/confirm") == 0
    ticket = await stack.act(order_id, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    record = ticket.latest(Action.CONFIRM)
    assert record is not None and record.outcome == ALREADY_DONE  # reconciled with /order/get, not an error
    assert stack.calls(order_id, "order/confirm") == [215000102]
    assert stack.calls(order_id, "order/get") == [0, 0]  # the new order's details, then the reconciliation
    stack.sim.set_webhook_url(hooks)  # the late 1002 changes nothing
    await stack.until(order_id, lambda t: not stack.sim.state.has_webhooks(), "the late webhook")
    assert stack.calls(order_id, "order/confirm") == [215000102]

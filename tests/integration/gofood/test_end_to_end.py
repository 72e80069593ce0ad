"""Simulator → relay → app → action → simulator, for every GoFood action and both acceptance windows.

Everything is real but the clocks: the GoFood simulator posts signed notifications to a real relay
(SQLite in tmp_path, one tenant), the app's engine (real SQLite store) long-polls the relay through
`GoFoodAdapter`, staff actions go through the outbox to the simulator's GoBiz endpoints. The
simulator runs on a fake clock, so GoFood's 3-minute and 1-minute windows pass at a word.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from kds.clock import FakeClock, SystemClock
from kds.domain.actions import Action
from kds.domain.deadlines import accept_deadline, accepts_on_timeout
from kds.domain.order import OrderKey, Platform
from kds.domain.states import Stage
from kds.platforms.gofood.adapter import GoFoodAdapter, create_adapter
from kds.platforms.gofood.policy import POLICY, AcceptanceMode
from kds.relay.hooks.gofood import gofood_signature
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.orders import Ticket
from kds.services.outbox import ALREADY_DONE, OutboxSettings
from kds.services.poller import PollerSettings
from kds.simulator.gofood import GoFoodDemo, SimConfig, start_demo
from kds.simulator.gofood.state import ACCEPTED, CANCELLED, PLACED
from kds.store.db import Database
from kds.store.outbox import ActionState
from tests.fakes import waiting

TIMEOUT = 15.0  # a guard against hanging, not a performance assertion


@dataclass
class Stack:
    """The relay and simulator, the simulator's clock, and the app's engine."""

    demo: GoFoodDemo
    clock: FakeClock
    engine: Engine
    adapter: GoFoodAdapter

    @property
    def sim(self):  # type: ignore[no-untyped-def]
        return self.demo.sim.state

    def ticket(self, number: str) -> Ticket | None:
        return self.engine.orders.ticket(OrderKey(Platform.GOFOOD, number))

    async def until(self, number: str, check: Callable[[Ticket], bool], what: str) -> Ticket:
        def reached() -> bool:
            ticket = self.ticket(number)
            return ticket is not None and check(ticket)

        def failure() -> str:
            ticket = self.ticket(number)
            return f"order {number} never got to {what}: {ticket and ticket.status}"

        await waiting.until(reached, timeout=TIMEOUT, step=0.02, message=failure)
        ticket = self.ticket(number)
        assert ticket is not None
        return ticket

    async def new_order(self, kind: str = "delivery") -> str:
        number = self.sim.create_order(kind)
        await self.until(number, lambda t: t.status.stage is Stage.NEW, "the board")
        return number

    async def act(self, number: str, action: Action, check: Callable[[Ticket], bool], what: str,
                  **params: object) -> Ticket:
        self.engine.orders.request(OrderKey(Platform.GOFOOD, number), action, **params)  # type: ignore[arg-type]

        def settled(ticket: Ticket) -> bool:
            record = ticket.latest(action)
            return record is not None and record.state is ActionState.DONE and check(ticket)

        return await self.until(number, settled, what)

    def answers(self, number: str, action: str) -> list[int]:
        return [c.status for c in self.sim.calls(number, action)]


@contextlib.asynccontextmanager
async def running(tmp_path: Path, config: SimConfig) -> AsyncIterator[Stack]:
    clock = FakeClock(datetime.now(UTC))
    demo = start_demo(config, relay_db=tmp_path / "relay.sqlite3", tenant="counter-1", clock=clock, tick_interval=0.02)
    c = demo.credentials
    adapter = create_adapter(demo.relay_url, demo.tenant_token, demo.api_url, demo.api_url, c.client_id,
                             c.client_secret, c.outlet_id, SystemClock(), POLICY, mode=config.mode, wait=1.0,
                             outlet_modes=dict(config.other_outlets))
    db = Database(tmp_path / "kds.sqlite3")
    settings = EngineSettings(poller=PollerSettings(interval=0.0, auth_retry=0.5),
                              poll_limit=PollLimit(requests=100_000, window=1.0),
                              outbox=OutboxSettings(idle_wait=0.2, base_backoff=0.1), undo_seconds=0.0)
    engine = Engine(db, [adapter], SystemClock(), settings)
    engine.start()
    try:
        yield Stack(demo, clock, engine, adapter)
    finally:
        await engine.stop()
        db.close()
        demo.stop()


@pytest.fixture
async def stack(tmp_path: Path) -> AsyncIterator[Stack]:
    async with running(tmp_path, SimConfig(seed=13)) as found:
        yield found


def stage(expected: Stage) -> Callable[[Ticket], bool]:
    return lambda ticket: ticket.status.stage is expected


async def test_accept(stack: Stack) -> None:
    number = await stack.new_order("pickup")
    await stack.act(number, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    assert stack.answers(number, "accepted") == [200]
    assert stack.sim.order_state(number).status == ACCEPTED


@pytest.mark.parametrize("code", ["HIGH_DEMAND", "RESTAURANT_CLOSED", "ITEMS_OUT_OF_STOCK", "OTHERS"])
async def test_reject_with_each_reason(stack: Stack, code: str) -> None:
    number = await stack.new_order()
    reason = "Kompor rusak" if code == "OTHERS" else ""
    ticket = await stack.act(number, Action.CANCEL, stage(Stage.CANCELLED), "rejected", reason_code=code,
                             reason=reason)
    assert stack.answers(number, "cancelled") == [200]
    call = stack.sim.calls(number, "cancelled")[0]
    assert call.body is not None and call.body["cancel_reason_code"] == code
    assert len(call.body["cancel_reason_description"]) >= 3
    assert stack.sim.order_state(number).status == CANCELLED and ticket.status.cancel_code == code


async def test_food_prepared(stack: Stack) -> None:
    number = await stack.new_order()
    await stack.act(number, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    await stack.act(number, Action.READY, stage(Stage.READY), "ready")
    assert stack.answers(number, "food-prepared") == [200] and stack.sim.order_state(number).prepared


async def test_the_rider_comes_takes_the_food_and_the_order_completes(stack: Stack) -> None:
    number = await stack.new_order()
    await stack.act(number, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    stack.clock.advance(5 * 60)  # the rider sets off
    await stack.until(number, lambda t: t.status.rider is not None, "rider on the way")
    stack.clock.advance(10 * 60)  # and arrives
    ticket = await stack.until(number, lambda t: t.status.rider is not None and t.status.rider.status == "arrived",
                               "rider here")
    assert ticket.status.rider is not None and ticket.status.rider.name
    await stack.act(number, Action.READY, stage(Stage.READY), "ready")
    stack.clock.advance(3 * 60)
    await stack.until(number, stage(Stage.OUT), "taken")
    assert stack.sim.order_state(number).status == PLACED
    stack.clock.advance(30 * 60)
    await stack.until(number, stage(Stage.DONE), "completed")


async def test_an_order_accepted_at_gofood_meanwhile_is_reconciled(stack: Stack) -> None:
    number = await stack.new_order()
    with stack.sim.lock:
        url, stack.sim.webhook_url = stack.sim.webhook_url, ""  # its notification is late
        stack.sim.accept(stack.sim.orders[number], stack.sim.now())
    ticket = await stack.act(number, Action.CONFIRM, stage(Stage.ACCEPTED), "reconciled")
    record = ticket.latest(Action.CONFIRM)
    assert record is not None and record.outcome == ALREADY_DONE and stack.answers(number, "accepted") == [409]
    stack.sim.set_webhook_url(url)
    await waiting.until(lambda: all(h.delivered for h in stack.sim.webhooks(number)), timeout=TIMEOUT)
    assert stack.ticket(number).status.stage is Stage.ACCEPTED  # type: ignore[union-attr]


async def test_an_expired_token_is_fetched_again(stack: Stack) -> None:
    number = await stack.new_order()
    await stack.act(number, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
    stack.sim.revoke_tokens()
    await stack.act(number, Action.READY, stage(Stage.READY), "ready")
    assert stack.answers(number, "food-prepared") == [401, 200] and stack.sim.tokens_issued == 2


async def test_manual_acceptance_gofood_rejects_after_three_minutes(stack: Stack) -> None:
    number = await stack.new_order()
    ticket = stack.ticket(number)
    assert ticket is not None and ticket.policy.accept_window is not None
    assert ticket.policy.accept_window.total_seconds() == 180 and not ticket.policy.auto_accepts_on_timeout
    stack.clock.advance(179)
    stack.sim.tick()
    assert stack.sim.order_state(number).status != CANCELLED
    stack.clock.advance(1)
    ticket = await stack.until(number, stage(Stage.CANCELLED), "rejected by GoFood")
    assert ticket.status.cancel_reason == "MERCHANT_DID_NOT_RESPOND"


async def test_auto_accept_on_timeout_gofood_accepts_after_one_minute(tmp_path: Path) -> None:
    async with running(tmp_path, SimConfig(seed=3, mode=AcceptanceMode.AUTO_ON_TIMEOUT)) as stack:
        number = await stack.new_order()
        ticket = stack.ticket(number)
        assert ticket is not None and ticket.policy.accept_window is not None
        assert ticket.policy.accept_window.total_seconds() == 60 and ticket.policy.auto_accepts_on_timeout
        stack.clock.advance(59)
        assert stack.sim.order_state(number).status != ACCEPTED
        stack.clock.advance(1)
        await stack.until(number, stage(Stage.ACCEPTED), "accepted by GoFood")
        assert stack.answers(number, "accepted") == []


async def test_two_outlets_in_two_modes_in_the_same_run(tmp_path: Path) -> None:
    config = SimConfig(seed=5, other_outlets=(("G518462938", AcceptanceMode.AUTO_ON_TIMEOUT),))  # first: manual
    async with running(tmp_path, config) as stack:
        manual = stack.sim.create_order(outlet=config.outlet_id)
        timeout = stack.sim.create_order("pickup", outlet="G518462938")
        for number in (manual, timeout):
            await stack.until(number, stage(Stage.NEW), "the board")
        by_timeout, by_hand = stack.ticket(timeout), stack.ticket(manual)
        assert by_timeout is not None and by_hand is not None
        assert by_timeout.order.merchant_id == "G518462938" and by_hand.order.merchant_id == config.outlet_id
        created = by_timeout.order.created_at
        assert accept_deadline(by_timeout.order, by_timeout.policy) == created + timedelta(minutes=1)
        assert accepts_on_timeout(by_timeout.order, by_timeout.policy)
        assert accept_deadline(by_hand.order, by_hand.policy) == by_hand.order.created_at + timedelta(minutes=3)
        assert not accepts_on_timeout(by_hand.order, by_hand.policy)
        stack.clock.advance(59)
        stack.sim.tick()
        assert stack.sim.order_state(timeout).status != ACCEPTED
        stack.clock.advance(1)
        await stack.until(timeout, stage(Stage.ACCEPTED), "accepted by GoFood")
        assert stack.answers(timeout, "accepted") == []
        stack.clock.advance(119)
        stack.sim.tick()
        assert stack.sim.order_state(manual).status != CANCELLED
        stack.clock.advance(1)
        ticket = await stack.until(manual, stage(Stage.CANCELLED), "rejected by GoFood")
        assert ticket.status.cancel_reason == "MERCHANT_DID_NOT_RESPOND"
        assert stack.sim.order_state(timeout).status == ACCEPTED  # the other outlet's order is untouched


async def test_auto_accept_puts_the_order_straight_into_preparing(tmp_path: Path) -> None:
    async with running(tmp_path, SimConfig(seed=4, mode=AcceptanceMode.AUTO)) as stack:
        number = stack.sim.create_order()
        ticket = await stack.until(number, stage(Stage.ACCEPTED), "preparing")
        assert [h.name for h in stack.sim.webhooks(number)] == ["gofood.order.merchant_accepted"]
        assert ticket.order.lines and ticket.policy.accept_window is None


async def test_duplicate_late_and_out_of_order_notifications_never_move_an_order_back(tmp_path: Path) -> None:
    # Every notification is sent twice, and each is overtaken by the order's next one.
    config = SimConfig(seed=21, duplicate_rate=1.0, reorder_rate=1.0)
    async with running(tmp_path, config) as stack:
        number = stack.sim.create_order()
        stack.clock.advance(60)  # a notification held back with nothing after it goes a minute late
        await stack.until(number, stage(Stage.NEW), "the board")
        await stack.act(number, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")
        for minutes in (5, 10):  # the rider sets off, then arrives
            stack.clock.advance(minutes * 60)
        await stack.act(number, Action.READY, stage(Stage.READY), "ready")
        for minutes in (3, 30, 1):  # taken, delivered, and the last notification's late minute
            stack.clock.advance(minutes * 60)
        await waiting.until(lambda: all(h.delivered and not h.duplicate for h in stack.sim.webhooks(number)),
                            timeout=TIMEOUT)
        await stack.until(number, stage(Stage.DONE), "completed")
        hooks = stack.sim.webhooks(number)
        assert len(hooks) == 6 and all(h.attempts == 2 for h in hooks)  # every one delivered twice
        first = list(dict.fromkeys(e for e in stack.sim.deliveries if e in {h.event_id for h in hooks}))
        assert first != [h.event_id for h in hooks]  # some were overtaken by the next one
        # A late copy of the first notification, hours later, changes nothing.
        late = hooks[0]
        stack.clock.advance(3 * 3600)
        late.delivered, late.attempts, late.due = False, 0, stack.sim.now()
        await waiting.until(lambda: late.delivered, timeout=TIMEOUT)
        assert late.answers[-1] == "200"
        after = stack.sim.create_order()  # once it is on the board, the late copy was read too
        stack.clock.advance(60)
        await stack.until(after, stage(Stage.NEW), "the board")
        assert stack.ticket(number).status.stage is Stage.DONE  # type: ignore[union-attr]


async def test_a_forged_signature_never_reaches_the_board(stack: Stack) -> None:
    number = await stack.new_order()
    hook = stack.sim.send_forged(number)
    hook.payload["body"]["order"]["order_number"] = "F-FORGED"
    await waiting.until(lambda: hook.attempts >= 1, timeout=TIMEOUT)
    assert hook.answers[0] == "401" and not hook.delivered
    body = b'{"header": {"event_name": "gofood.order.awaiting_merchant_acceptance", "event_id": "x"}, "body": {}}'
    async with httpx.AsyncClient() as http:
        refused = await http.post(stack.sim.webhook_url, content=body,
                                  headers={"X-Go-Signature": gofood_signature(body, "not-the-secret")})
    assert refused.status_code == 401
    await stack.act(number, Action.CONFIRM, stage(Stage.ACCEPTED), "accepted")  # the board still works
    assert stack.ticket("F-FORGED") is None

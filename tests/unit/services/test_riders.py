"""Our own riders through the outbox: Dispatch names one, Delivered repeats it, a change is sent as such."""

from __future__ import annotations

import pytest

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.domain.order import OrderType
from kds.domain.riders import Rider, Vehicle
from kds.services.engine import Engine
from kds.services.orders import ActionError
from kds.store.outbox import ActionState
from tests.fakes.platform import FakePlatform

ANA = Rider(1, "Ana Souza", "+55 11 91234-5678", Vehicle.MOTORBIKE, "FKD-4E21")
BRUNO = Rider(2, "Bruno Lima", "+55 11 97777-0000", Vehicle.BICYCLE)


async def out_with(engine: Engine, fake: FakePlatform, clock: FakeClock, rider: Rider | None):
    order = fake.add_order(type=OrderType.SELF_DELIVERY)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    engine.orders.request(order.key, Action.DISPATCH, rider=rider)
    await engine.runner.run_due()
    clock.advance(61)
    await engine.pollers[fake.platform].poll_once()
    return order


async def test_dispatch_sends_the_chosen_rider_and_delivered_repeats_it(engine: Engine, fake: FakePlatform,
                                                                       clock: FakeClock) -> None:
    order = await out_with(engine, fake, clock, ANA)
    (dispatch,) = fake.calls_of(Action.DISPATCH)
    assert Rider.from_extra(dispatch.extra) == ANA
    ticket = engine.orders.ticket(order.key)
    assert ticket is not None and ticket.rider == ANA
    assert Action.DELIVERED in ticket.allowed and Action.CHANGE_RIDER in ticket.allowed
    engine.orders.request(order.key, Action.DELIVERED)
    clock.advance(5)
    await engine.runner.run_due()
    (delivered,) = fake.calls_of(Action.DELIVERED)
    assert Rider.from_extra(delivered.extra) == ANA


async def test_delivered_has_an_undo_window(engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    order = await out_with(engine, fake, clock, ANA)
    (action_id,) = engine.orders.request(order.key, Action.DELIVERED).actions
    clock.advance(3)
    await engine.runner.run_due()
    assert fake.calls_of(Action.DELIVERED) == []
    assert engine.orders.undo(action_id)
    clock.advance(10)
    await engine.runner.run_due()
    assert fake.calls_of(Action.DELIVERED) == []


async def test_a_rider_change_is_sent_each_time_and_becomes_the_ticket_s_rider(
        engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    order = await out_with(engine, fake, clock, ANA)
    with pytest.raises(ActionError) as refused:
        engine.orders.request(order.key, Action.CHANGE_RIDER)
    assert refused.value.code == "rider_required"
    engine.orders.request(order.key, Action.CHANGE_RIDER, rider=BRUNO, token="1")
    await engine.runner.run_due()
    engine.orders.request(order.key, Action.CHANGE_RIDER, rider=ANA, token="2")
    await engine.runner.run_due()
    assert [Rider.from_extra(c.extra) for c in fake.calls_of(Action.CHANGE_RIDER)] == [BRUNO, ANA]
    ticket = engine.orders.ticket(order.key)
    assert ticket is not None and ticket.rider == ANA
    assert all(r.state is ActionState.DONE for r in ticket.actions)


async def test_dispatch_without_a_rider_sends_none(engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    order = await out_with(engine, fake, clock, None)
    (dispatch,) = fake.calls_of(Action.DISPATCH)
    assert dispatch.extra == {} and Rider.from_extra(dispatch.extra) is None
    ticket = engine.orders.ticket(order.key)
    assert ticket is not None and ticket.rider is None


async def test_riders_used_last_come_first(engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    await out_with(engine, fake, clock, BRUNO)
    clock.advance(60)
    second = await out_with(engine, fake, clock, ANA)
    used = engine.orders.rider_usage()
    assert used[ANA.id] > used[BRUNO.id]
    clock.advance(60)
    engine.orders.request(second.key, Action.CHANGE_RIDER, rider=BRUNO)
    used = engine.orders.rider_usage()
    assert used[BRUNO.id] > used[ANA.id]

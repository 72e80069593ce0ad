"""The engine's core flow on a fake platform: ingest, acknowledge, act through the outbox, reconcile."""

from __future__ import annotations

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.domain.states import Stage
from kds.platforms.base import InvalidStateError, PlatformTransientError
from kds.services.engine import Engine
from kds.services.outbox import ALREADY_DONE
from kds.store.outbox import ActionState, ErrorKind
from tests.fakes.platform import FakePlatform


async def test_new_order_is_stored_then_acknowledged(engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order()
    changes = await engine.pollers[fake.platform].poll_once()
    assert order.key in changes.new_orders
    ticket = engine.orders.ticket(order.key)
    assert ticket is not None and ticket.status.stage is Stage.NEW
    assert Action.CONFIRM in ticket.allowed
    assert fake.acked == [e.event_id for e, _ in fake.queue]


async def test_event_of_unfetchable_order_is_not_acknowledged(engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order()
    fake.fail_fetch.append(PlatformTransientError("timeout"))
    poller = engine.pollers[fake.platform]
    await poller.ingest(await fake.poll())
    assert fake.acked == []
    placeholder = engine.orders.ticket(order.key)  # on the board at once, without its details
    assert placeholder is not None and placeholder.order.placeholder and placeholder.allowed == ()
    await poller.poll_once()  # redelivered, fetched this time
    ticket = engine.orders.ticket(order.key)
    assert ticket is not None and not ticket.order.placeholder and Action.CONFIRM in ticket.allowed
    assert len(fake.acked) == 1


async def test_confirm_tapped_twice_is_sent_once(engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    first = engine.orders.request(order.key, Action.CONFIRM)
    second = engine.orders.request(order.key, Action.CONFIRM)
    assert first.actions == second.actions
    await engine.runner.run_due()
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.CONFIRM)) == 1
    await engine.pollers[fake.platform].poll_once()
    ticket = engine.orders.ticket(order.key)
    assert ticket is not None and ticket.status.stage is Stage.ACCEPTED
    assert ticket.latest(Action.CONFIRM).state is ActionState.DONE


async def test_invalid_state_is_reconciled_not_resent(engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    # Accepted on the platform's own tablet meanwhile: the platform knows, we do not yet.
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    fake.done[order.key.order_id] = {Action.CONFIRM}

    async def details(order_id: str):  # the fresh GET shows the order accepted
        from kds.platforms.base import FetchedOrder

        accepted = [e for e, _ in fake.queue if e.order_id == order_id and e.kind is EventKind.ACCEPTED]
        return FetchedOrder(fake.orders[order_id], {}, tuple(accepted))

    fake.fetch_order = details  # type: ignore[method-assign]
    engine.orders.request(order.key, Action.CONFIRM)
    await engine.runner.run_due()
    record = engine.orders.ticket(order.key).latest(Action.CONFIRM)
    assert record.state is ActionState.DONE and record.outcome == ALREADY_DONE
    assert len(fake.calls_of(Action.CONFIRM)) == 1


async def test_invalid_state_without_effect_fails_visibly(engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    fake.fail_next.append(InvalidStateError("order status is not in a valid state for confirm", status=422))
    engine.orders.request(order.key, Action.CONFIRM)
    await engine.runner.run_due()
    record = engine.orders.ticket(order.key).latest(Action.CONFIRM)
    assert record.state is ActionState.FAILED and record.error_kind is ErrorKind.INVALID_STATE
    engine.orders.retry(record.id)
    await engine.runner.run_due()
    assert engine.orders.ticket(order.key).latest(Action.CONFIRM).state is ActionState.DONE


async def test_transient_failure_retries_with_backoff(engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    fake.fail_next.append(PlatformTransientError("HTTP 503", status=503))
    engine.orders.request(order.key, Action.CONFIRM)
    await engine.runner.run_due()
    record = engine.orders.ticket(order.key).latest(Action.CONFIRM)
    assert record.state is ActionState.PENDING and record.last_error == "HTTP 503"
    await engine.runner.run_due()  # not due yet
    assert len(fake.calls_of(Action.CONFIRM)) == 1
    clock.advance(5)
    await engine.runner.run_due()
    assert engine.orders.ticket(order.key).latest(Action.CONFIRM).state is ActionState.DONE
    assert len(fake.calls_of(Action.CONFIRM)) == 2


async def test_ready_can_be_undone_within_the_window(engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    changes = engine.orders.request(order.key, Action.READY)
    (action_id,) = changes.actions
    clock.advance(3)
    await engine.runner.run_due()
    assert fake.calls_of(Action.READY) == []
    assert engine.orders.undo(action_id)
    clock.advance(10)
    await engine.runner.run_due()
    assert fake.calls_of(Action.READY) == []
    # Tapped again after the undo: it is armed anew and goes out after the window.
    engine.orders.request(order.key, Action.READY)
    clock.advance(5)
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.READY)) == 1


async def test_auto_accept(db, fake: FakePlatform, clock: FakeClock) -> None:
    from kds.services.engine import EngineSettings

    engine = Engine(db, [fake], clock, EngineSettings(auto_accept=frozenset({fake.platform})))
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.CONFIRM, order.key.order_id)) == 1

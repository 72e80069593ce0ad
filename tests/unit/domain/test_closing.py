"""KDS's own closing events: when the platform finishes an order by itself, and what the fold makes of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from kds.domain.deadlines import platform_closing
from kds.domain.events import Closing, EventKind, OrderEvent, RawEvent, RefundRequest, closing_event
from kds.domain.money import Money
from kds.domain.order import OrderKey, OrderType, Platform
from kds.domain.states import Effect, OrderStatus, Stage, apply, fold
from kds.platforms.registry import POLICIES
from tests.fakes.platform import make_order

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
KEY = OrderKey(Platform.KEETA_STD, "o1")
STD = POLICIES[Platform.KEETA_STD]  # final after 4 h, pickup completed 1 h after acceptance


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def ev(kind: EventKind, minute: float, **kw: object) -> OrderEvent:
    return OrderEvent(Platform.KEETA_STD, f"{kind.value}-{minute}", "o1", kind, at(minute), **kw)  # type: ignore[arg-type]


def refund(minute: float) -> OrderEvent:
    return ev(EventKind.REFUND_REQUESTED, minute, refund=RefundRequest(at(minute), Money.of("5.00", "BRL"), "cold"))


def closed(closing: Closing, minute: float) -> OrderEvent:
    return closing_event(KEY, closing, at(minute))


def test_the_closing_event_is_kds_own_and_always_the_same() -> None:
    event = closing_event(KEY, Closing.FINAL, at(240))
    assert event == closing_event(KEY, Closing.FINAL, at(240))  # a restart journals a duplicate, not a second one
    assert (event.kind, event.actor, event.source_type, event.closing) == (
        EventKind.CONCLUDED, "platform", "KDS_FINAL", Closing.FINAL)
    assert closing_event(KEY, Closing.PICKUP_TIMEOUT, at(240)).event_id != event.event_id
    assert RawEvent.synthetic(event).payload == {}  # stored like every event KDS derived: never acknowledged


def test_a_platform_event_is_never_taken_for_a_closing() -> None:
    assert ev(EventKind.CONCLUDED, 30, source_type="CONCLUDED").closing is None
    assert ev(EventKind.CANCELLED, 30, source_type="KDS_FINAL").closing is None


# (events before the closing, order type, closing, stage after, refund request left, accepted_at after)
FOLDS = [
    pytest.param([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1)], OrderType.DELIVERY, closed(Closing.FINAL, 240),
                 Stage.DONE, False, at(1), id="accepted-never-concluded"),
    pytest.param([ev(EventKind.CREATED, 0)], OrderType.DELIVERY, closed(Closing.FINAL, 240),
                 Stage.DONE, False, None, id="never-accepted-is-not-told-as-accepted"),
    pytest.param([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), ev(EventKind.READY, 9)], OrderType.PICKUP,
                 closed(Closing.PICKUP_TIMEOUT, 61), Stage.DONE, False, at(1), id="pickup-never-collected"),
    pytest.param([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), ev(EventKind.DELIVERED, 40), refund(50)],
                 OrderType.DELIVERY, closed(Closing.FINAL, 240), Stage.DONE, False, at(1),
                 id="refund-request-left-open-ends-at-final-time"),
    pytest.param([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), refund(20)], OrderType.PICKUP,
                 closed(Closing.PICKUP_TIMEOUT, 61), Stage.DONE, True, at(1),
                 id="pickup-timeout-leaves-a-refund-request-to-answer"),
    pytest.param([ev(EventKind.CREATED, 0), ev(EventKind.DISPATCHED, 20), refund(50)], OrderType.DELIVERY,
                 closed(Closing.FINAL, 240), Stage.DONE, False, at(20), id="out-with-a-refund-request"),
    pytest.param([ev(EventKind.CREATED, 0), ev(EventKind.CANCELLED, 3)], OrderType.DELIVERY,
                 closed(Closing.FINAL, 240), Stage.CANCELLED, False, None, id="cancelled-stays-cancelled"),
]


@pytest.mark.parametrize(("events", "order_type", "closing", "stage", "refund_left", "accepted_at"), FOLDS)
def test_the_fold_ends_the_order(events: list[OrderEvent], order_type: OrderType, closing: OrderEvent, stage: Stage,
                                 refund_left: bool, accepted_at: datetime | None) -> None:
    before = fold(events, order_type)
    after = fold([*events, closing], order_type)
    assert after.stage is stage
    assert (after.refund_request is not None) is refund_left
    assert after.accepted_at == accepted_at
    if before.stage is Stage.CANCELLED:
        assert replace(after, last_event_at=None) == replace(before, last_event_at=None)
        return
    assert after.closing is closing.closing
    assert after.done_at == (before.done_at or closing.created_at)
    assert after.is_open is refund_left
    assert fold([closing, *reversed(events)], order_type) == after  # arrival order does not matter


def test_the_platform_own_conclusion_wins_when_it_came_first() -> None:
    events = [ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), ev(EventKind.CONCLUDED, 200)]
    status = fold([closed(Closing.FINAL, 240), *events], OrderType.DELIVERY)  # ours journalled, theirs came late
    assert status.stage is Stage.DONE and status.closing is None and status.done_at == at(200)


def test_a_closing_on_a_finished_order_changes_nothing() -> None:
    status = fold([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), ev(EventKind.DELIVERED, 40)],
                  OrderType.DELIVERY)
    for closing in Closing:
        new, effect = apply(status, closed(closing, 240), OrderType.DELIVERY)
        assert effect is Effect.STALE and replace(new, last_event_at=None) == replace(status, last_event_at=None)


def test_a_later_word_of_the_platform_opens_the_order_again() -> None:
    status = fold([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), closed(Closing.FINAL, 240), refund(250)],
                  OrderType.DELIVERY)
    assert status.is_open and status.closing is Closing.FINAL


def status_of(*events: OrderEvent, order_type: OrderType = OrderType.DELIVERY) -> OrderStatus:
    return fold(list(events), order_type)


CREATED, ACCEPTED = ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 10)

# (order type, status, policy, the closing due)
CLOSINGS = [
    pytest.param(OrderType.DELIVERY, status_of(CREATED, ACCEPTED), STD, (at(240), Closing.FINAL), id="delivery"),
    pytest.param(OrderType.PICKUP, status_of(CREATED, ACCEPTED, order_type=OrderType.PICKUP), STD,
                 (at(70), Closing.PICKUP_TIMEOUT), id="pickup-counts-from-acceptance"),
    pytest.param(OrderType.PICKUP, status_of(CREATED, ACCEPTED, ev(EventKind.READY, 20), order_type=OrderType.PICKUP),
                 STD, (at(70), Closing.PICKUP_TIMEOUT), id="pickup-ready"),
    pytest.param(OrderType.PICKUP, status_of(CREATED, order_type=OrderType.PICKUP), STD, (at(240), Closing.FINAL),
                 id="pickup-never-accepted"),
    pytest.param(OrderType.PICKUP, status_of(CREATED, ACCEPTED, closed(Closing.PICKUP_TIMEOUT, 70), refund(50),
                                             order_type=OrderType.PICKUP), STD, (at(240), Closing.FINAL),
                 id="pickup-completed-with-a-refund-request"),
    pytest.param(OrderType.PICKUP, status_of(CREATED, ACCEPTED, order_type=OrderType.PICKUP),
                 POLICIES[Platform.KEETA_OD], (at(240), Closing.FINAL), id="no-pickup-timer-at-keeta-open-delivery"),
    pytest.param(OrderType.PICKUP, status_of(CREATED, ev(EventKind.ACCEPTED, 1), order_type=OrderType.PICKUP),
                 STD.scaled(60), (at(2), Closing.PICKUP_TIMEOUT), id="demo-time-scale-pickup"),
    pytest.param(OrderType.DELIVERY, status_of(CREATED), STD.scaled(60), (at(4), Closing.FINAL),
                 id="demo-time-scale-final"),
    pytest.param(OrderType.DELIVERY, status_of(CREATED, ACCEPTED, ev(EventKind.DELIVERED, 40)), STD, None,
                 id="closed-already"),
    pytest.param(OrderType.DELIVERY, status_of(CREATED, ACCEPTED, ev(EventKind.DISPATCHED, 20)), STD, None,
                 id="out-is-not-open"),
    pytest.param(OrderType.DELIVERY, status_of(CREATED, ACCEPTED), POLICIES[Platform.GOFOOD], None,
                 id="no-final-time"),
    pytest.param(OrderType.DELIVERY, status_of(CREATED, ACCEPTED, closed(Closing.FINAL, 240), refund(250)), STD, None,
                 id="closed-once-then-opened-by-the-platform"),
]


@pytest.mark.parametrize(("order_type", "status", "policy", "expected"), CLOSINGS)
def test_when_the_platform_finishes_an_open_order(order_type: OrderType, status: OrderStatus, policy: object,
                                                   expected: tuple[datetime, Closing] | None) -> None:
    order = make_order(Platform.KEETA_STD, order_id="o1", type=order_type, created_at=T0)
    assert platform_closing(order, status, policy) == expected  # type: ignore[arg-type]

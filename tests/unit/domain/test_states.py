"""The order state machine: table-driven, forward-only, order-independent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kds.domain.events import EventKind, OrderEvent, RefundRequest
from kds.domain.money import Money
from kds.domain.order import OrderType, Platform
from kds.domain.states import TRANSITIONS, Effect, OrderStatus, Stage, apply, fold

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def ev(kind: EventKind, minute: float, eid: str | None = None, **kw: object) -> OrderEvent:
    return OrderEvent(Platform.KEETA_OD, eid or f"{kind.value}-{minute}", "o1", kind,
                      T0 + timedelta(minutes=minute), **kw)  # type: ignore[arg-type]


def test_happy_path_delivery() -> None:
    status = fold([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), ev(EventKind.READY, 10),
                   ev(EventKind.PICKED_UP, 12), ev(EventKind.DELIVERED, 30)], OrderType.DELIVERY)
    assert status.stage is Stage.DONE
    assert status.accepted_at == T0 + timedelta(minutes=1)
    assert status.ready_at == T0 + timedelta(minutes=10)
    assert status.out_at == T0 + timedelta(minutes=12)
    assert status.done_at == T0 + timedelta(minutes=30)


def test_pickup_picked_up_means_done() -> None:
    status = fold([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), ev(EventKind.READY, 5),
                   ev(EventKind.PICKED_UP, 9)], OrderType.PICKUP)
    assert status.stage is Stage.DONE


def test_stale_event_never_moves_backwards() -> None:
    status = fold([ev(EventKind.CREATED, 0), ev(EventKind.READY, 5)], OrderType.DELIVERY)
    new, effect = apply(status, ev(EventKind.ACCEPTED, 1), OrderType.DELIVERY)
    assert effect is Effect.STALE and new.stage is Stage.READY


def test_out_of_order_arrival_gives_same_result() -> None:
    events = [ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), ev(EventKind.READY, 5), ev(EventKind.CANCELLED, 7)]
    assert fold(events, OrderType.DELIVERY) == fold(list(reversed(events)), OrderType.DELIVERY)


def test_cancelled_is_final_and_records_reason() -> None:
    status = fold([ev(EventKind.CREATED, 0), ev(EventKind.CANCELLED, 5, reason="timeout", code="TIMEOUT",
                                                  actor="platform"), ev(EventKind.ACCEPTED, 6)], OrderType.PICKUP)
    assert status.stage is Stage.CANCELLED
    assert (status.cancel_reason, status.cancel_code, status.cancelled_by) == ("timeout", "TIMEOUT", "platform")


def test_late_cancellation_after_done() -> None:
    status = fold([ev(EventKind.CREATED, 0), ev(EventKind.CONCLUDED, 30), ev(EventKind.CANCELLED, 90)],
                  OrderType.DELIVERY)
    assert status.stage is Stage.CANCELLED


def test_refund_request_and_answer() -> None:
    request = RefundRequest(T0 + timedelta(minutes=20), Money.of("12.50", "BRL"), "cold")
    status = fold([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1),
                   ev(EventKind.REFUND_REQUESTED, 20, refund=request)], OrderType.DELIVERY)
    assert status.refund_request == request and status.is_open
    done = fold([ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1),
                 ev(EventKind.REFUND_REQUESTED, 20, refund=request), ev(EventKind.REFUNDED, 25)], OrderType.DELIVERY)
    assert done.refund_request is None and done.refunded == Money.of("12.50", "BRL")


def test_refund_events_on_cancelled_order_are_ignored() -> None:
    status = fold([ev(EventKind.CREATED, 0), ev(EventKind.CANCELLED, 1)], OrderType.DELIVERY)
    new, effect = apply(status, ev(EventKind.REFUND_REQUESTED, 2), OrderType.DELIVERY)
    assert effect is Effect.IGNORED and new.refund_request is None


def test_table_only_moves_forward() -> None:
    for stage, targets in TRANSITIONS.items():
        for target in targets.values():
            assert target > stage


kinds = st.sampled_from(list(EventKind))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(kinds, st.integers(0, 500)), max_size=25), st.sampled_from(list(OrderType)),
       st.randoms(use_true_random=False))
def test_any_sequence_any_arrival_order(seq: list[tuple[EventKind, int]], order_type: OrderType, rnd) -> None:
    events = [ev(kind, minute / 10, eid=f"e{i}") for i, (kind, minute) in enumerate(seq)]
    shuffled = events[:]
    rnd.shuffle(shuffled)
    # Same events, any arrival order: same outcome (ties in time keep arrival order, so compare on unique times).
    if len({e.created_at for e in events}) == len(events):
        assert fold(events, order_type) == fold(shuffled, order_type)
    # Folding step by step never lowers the stage.
    status = OrderStatus()
    for event in sorted(events, key=lambda e: e.created_at):
        new, _ = apply(status, event, order_type)
        assert new.stage >= status.stage
        status = new


def test_a_settled_payment_is_kept_whatever_the_stage_and_the_arrival_order() -> None:
    settled = {"payment": "settled"}
    picked_up = ev(EventKind.PICKED_UP, 12, details=settled)
    events = [ev(EventKind.CREATED, 0), ev(EventKind.ACCEPTED, 1), picked_up, ev(EventKind.CANCELLED, 20)]
    status = fold(events, OrderType.DELIVERY)
    assert status.stage is Stage.CANCELLED and status.paid and status.paid_at == picked_up.created_at
    assert fold(list(reversed(events)), OrderType.DELIVERY) == status
    # Arriving after the cancellation it moves nothing, but the payment is still told.
    cancelled = fold(events[:2] + events[3:], OrderType.DELIVERY)
    assert not cancelled.paid
    new, effect = apply(cancelled, picked_up, OrderType.DELIVERY)
    assert effect is Effect.UPDATED and new.stage is Stage.CANCELLED and new.paid
    # A pickup without that word is not a payment.
    assert not fold([ev(EventKind.CREATED, 0), ev(EventKind.PICKED_UP, 5)], OrderType.DELIVERY).paid

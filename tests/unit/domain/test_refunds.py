"""What is left to refund, read from an order's events (the estimate when the platform cannot say)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from kds.domain.events import EventKind, OrderEvent, RefundItem, RefundRequest
from kds.domain.money import Money
from kds.domain.order import Platform
from kds.domain.refunds import refundable_quantities
from tests.fakes.platform import make_order

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def event(kind: EventKind, minutes: float, **kw: object) -> OrderEvent:
    return OrderEvent(Platform.FAKE, f"e{minutes}", "o1", kind, T0 + timedelta(minutes=minutes), **kw)  # type: ignore[arg-type]


def test_nothing_refunded_leaves_every_line_as_ordered() -> None:
    order = make_order(order_id="o1", created_at=T0, lines=3)
    assert refundable_quantities(order, []) == {"o1-l0": 1, "o1-l1": 2, "o1-l2": 3}


def test_partial_refunds_and_agreed_item_requests_are_taken_off() -> None:
    order = make_order(order_id="o1", created_at=T0, lines=3)
    asked = RefundRequest(T0, items=(RefundItem("Coxinha", Decimal(1), "o1-l2"),), full=False)
    rejected = RefundRequest(T0, items=(RefundItem("Coxinha", Decimal(2), "o1-l2"),), full=False)
    events = [
        event(EventKind.PARTIAL_REFUND, 5, amount=Money.of("10", "BRL"), items=(RefundItem("Feijoada", Decimal(1),
                                                                                           "o1-l1"),)),
        event(EventKind.PARTIAL_REFUND, 6, items=(RefundItem("Feijoada", Decimal(1), "o1-l1"),)),  # failed: no amount
        event(EventKind.REFUND_REQUESTED, 7, refund=asked),
        event(EventKind.REFUNDED, 8, amount=Money.of("10", "BRL")),
        event(EventKind.REFUND_REQUESTED, 9, refund=rejected),
        event(EventKind.REFUND_FAILED, 10),
    ]
    assert refundable_quantities(order, list(reversed(events))) == {"o1-l0": 1, "o1-l1": 1, "o1-l2": 2}


def test_a_whole_order_refund_leaves_nothing() -> None:
    order = make_order(order_id="o1", created_at=T0, lines=2)
    events = [event(EventKind.REFUND_REQUESTED, 1, refund=RefundRequest(T0)), event(EventKind.REFUNDED, 2)]
    assert refundable_quantities(order, events) == {"o1-l0": 0, "o1-l1": 0}


def test_never_below_zero_and_unknown_lines_ignored() -> None:
    order = make_order(order_id="o1", created_at=T0, lines=1)
    items = (RefundItem("Pão de queijo", Decimal(3), "o1-l0"), RefundItem("?", Decimal(1), "elsewhere"))
    events = [event(EventKind.PARTIAL_REFUND, 1, amount=Money.of("1", "BRL"), items=items)]
    assert refundable_quantities(order, events) == {"o1-l0": 0}

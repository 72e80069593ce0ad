"""Wire events → domain events, refund metadata in every shape, and events implied by `lastEvent`."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from kds.domain.events import EventKind, OrderEvent, RefundItem
from kds.domain.money import Money
from kds.domain.order import OrderType, Platform
from kds.domain.states import RefundOutcome, Stage, fold
from kds.platforms.keeta_od import models as wire
from kds.platforms.keeta_od.mapping import implied_events, map_event
from tests.unit.platforms.keeta_od.conftest import load

WHEN = datetime(2026, 1, 1, 12, 30, tzinfo=UTC)


def one(event_type: str, metadata: Any = None) -> OrderEvent:
    raw: dict[str, Any] = {"eventId": "e-1", "eventType": event_type, "orderId": "o-1",
                           "orderURL": "https://keeta.test/v1/orders/o-1", "createdAt": "2026-01-01T12:30:00Z"}
    if metadata is not None:
        raw["metadata"] = metadata
    return map_event(wire.Event.model_validate(raw))


def test_all_twelve_types_map_to_their_kinds() -> None:
    events = [map_event(wire.Event.model_validate(raw)) for raw in load("events_all_types.json")]
    assert [(e.source_type, e.kind) for e in events] == [
        ("CREATED", EventKind.CREATED),
        ("CONFIRMED", EventKind.ACCEPTED),
        ("READY_FOR_PICKUP", EventKind.READY),
        ("PICKED_UP", EventKind.PICKED_UP),
        ("DISPATCHED", EventKind.DISPATCHED),
        ("DELIVERED", EventKind.DELIVERED),
        ("CONCLUDED", EventKind.CONCLUDED),
        ("CANCELLATION_REQUESTED", EventKind.CANCELLATION_REQUESTED),
        ("CANCELLED", EventKind.CANCELLED),
        ("USER_REFUND_REQUEST", EventKind.REFUND_REQUESTED),
        ("REFUNDED", EventKind.REFUNDED),
        ("REFUND_FAILED", EventKind.REFUND_FAILED),
    ]
    first = events[0]
    assert first.platform is Platform.KEETA_OD
    assert (first.event_id, first.order_id) == ("e0000001-0000-4000-8000-000000000001",
                                               "3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10")
    assert first.created_at == datetime(2026, 1, 1, 11, 58, 1, tzinfo=UTC)
    assert first.details["order_url"].endswith("/v1/orders/3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10")
    assert events[1].details["clientId"] == "kds-station-1"


def test_cancellations_carry_reason_code_and_actor() -> None:
    events = [map_event(wire.Event.model_validate(raw)) for raw in load("events_all_types.json")]
    requested, cancelled = events[7], events[8]
    assert (requested.reason, requested.code, requested.actor) == (
        "Out of cheese bread", "INSUFFICIENT_DISHES", "merchant")
    assert (cancelled.reason, cancelled.code, cancelled.actor) == (
        "Customer changed their mind", "CONSUMER_CANCELLATION_REQUESTED", "customer")


@pytest.mark.parametrize(("metadata", "actor"), [
    (None, ""),
    ({"reason": "late", "code": "OTHERS"}, "merchant"),
    ({"reason": "x", "code": "UNAVAILABLE_ITEM"}, "merchant"),
    ({"reason": "fraud check", "code": "RISK_CONTROL"}, "platform"),
    ({"reason": "x", "code": "OTHERS", "cancelledBy": "KEETA"}, "platform"),
    ({"actor": "customer"}, "customer"),
])
def test_cancel_actor(metadata: dict[str, Any] | None, actor: str) -> None:
    event = one("CANCELLED", metadata)
    assert event.kind is EventKind.CANCELLED and event.actor == actor


def test_refund_request_with_the_simulator_metadata() -> None:
    raw = load("events_all_types.json")[9]
    event = map_event(wire.Event.model_validate(raw))
    refund = event.refund
    assert refund is not None
    assert refund.requested_at == datetime(2026, 1, 1, 12, 30, tzinfo=UTC)
    assert refund.amount == Money(Decimal("18.5"), "HKD") == event.amount
    assert refund.reason == "飲品漏送"
    assert refund.full is False
    assert refund.items == (RefundItem(name="凍檸茶", quantity=Decimal(1),
                                       line_id="d4000000-0000-4000-8000-000000000002"),)
    assert event.actor == "customer"


def test_refund_request_without_metadata_is_still_a_request() -> None:
    event = one("USER_REFUND_REQUEST")
    assert event.kind is EventKind.REFUND_REQUESTED
    assert event.refund is not None
    assert (event.refund.requested_at, event.refund.amount, event.refund.items, event.refund.full) == (
        WHEN, None, (), True)


@pytest.mark.parametrize(("metadata", "amount", "full", "items"), [
    ({"type": "FULL", "refundAmount": {"value": 85.65, "currency": "HKD"}},
     Money(Decimal("85.65"), "HKD"), True, ()),
    ({"amount": {"value": "12.30", "currency": "hkd"}}, Money(Decimal("12.30"), "HKD"), True, ()),
    ({"amount": 0.1, "currency": "BRL"}, Money(Decimal("0.1"), "BRL"), True, ()),
    ({"refundAmount": {"value": "lots", "currency": "HKD"}, "items": "all"}, None, True, ()),
    ({"refundAmount": {"value": 5}, "items": [{"id": "L1", "name": "Tea", "quantity": 2,
                                               "amount": {"value": 9.5, "currency": "HKD"}}, 7,
                                              {"name": "Bad", "quantity": "x"}]},
     None, False, (RefundItem("Tea", Decimal(2), "L1", Money(Decimal("9.5"), "HKD")),)),
    ({"refundType": "partial", "items": [{"itemId": "L2"}]}, None, False, (RefundItem("", Decimal(1), "L2"),)),
    ("not an object", None, True, ()),
    ([{"refundAmount": 1}], None, True, ()),
])
def test_refund_metadata_shapes(metadata: Any, amount: Money | None, full: bool,
                                items: tuple[RefundItem, ...]) -> None:
    refund = one("USER_REFUND_REQUEST", metadata).refund
    assert refund is not None
    assert (refund.amount, refund.full, refund.items) == (amount, full, items)


def test_refund_outcomes() -> None:
    events = [map_event(wire.Event.model_validate(raw)) for raw in load("events_all_types.json")]
    refunded, failed = events[10], events[11]
    assert refunded.amount == Money(Decimal("18.5"), "HKD")
    assert (failed.reason, failed.code, failed.amount) == ("Dish already done", "DISH_ALREADY_DONE", None)


def test_refund_events_fold_into_the_order_status() -> None:
    events = [map_event(wire.Event.model_validate(raw)) for raw in load("events_all_types.json")]
    refund_flow = [e for e in events if e.order_id == "7d5a6e3c-2f1b-4a52-937e-6fab9c8a1e54"]
    status = fold(refund_flow, OrderType.DINE_IN)
    assert status.refund_request is None and status.refund_outcome is RefundOutcome.REFUNDED
    assert status.refunded == Money(Decimal("18.5"), "HKD")


@pytest.mark.parametrize(("last", "kind"), [
    ("CONFIRMED", EventKind.ACCEPTED), ("READY_FOR_PICKUP", EventKind.READY), ("CANCELLED", EventKind.CANCELLED),
    ("CONCLUDED", EventKind.CONCLUDED), ("REFUNDED", EventKind.REFUNDED),
])
def test_last_event_implies_a_stable_event(last: str, kind: EventKind) -> None:
    raw = load("order_self_delivery_enc.json")
    raw["lastEvent"] = last
    order = wire.ORDER.validate_python(raw)
    (event,) = implied_events(order, WHEN)
    assert (event.kind, event.created_at, event.source_type, event.order_id) == (kind, WHEN, last, order["id"])
    assert implied_events(order, WHEN)[0].event_id == event.event_id  # the same id on every fetch


@pytest.mark.parametrize("last", [None, "CREATED", "USER_REFUND_REQUEST", "CANCELLATION_REQUESTED", "PREPARING"])
def test_last_event_that_implies_nothing(last: str | None) -> None:
    raw = load("order_self_delivery_enc.json")
    raw["lastEvent"] = last
    assert implied_events(wire.ORDER.validate_python(raw), WHEN) == ()


def test_implied_event_does_not_override_the_real_timestamps() -> None:
    real = one("CONFIRMED")  # at 12:30
    raw = load("order_self_delivery_enc.json")  # lastEvent CONFIRMED
    (implied,) = implied_events(wire.ORDER.validate_python(raw), datetime(2026, 1, 1, 12, 45, tzinfo=UTC))
    status = fold([implied, real], OrderType.SELF_DELIVERY)
    assert status.stage is Stage.ACCEPTED and status.accepted_at == WHEN

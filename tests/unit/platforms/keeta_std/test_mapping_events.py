"""Relay events (one fixture per Keeta event and state) → domain events, and unreadable ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from kds.domain.events import BadEvent, EventKind
from kds.domain.money import Money
from kds.domain.order import OrderType
from kds.domain.states import RefundOutcome, Stage, fold
from kds.platforms.keeta_std.mapping import NO_ORDER, MappedEvent, is_foreign, read_event
from tests.unit.platforms.keeta_std.conftest import load

T0 = datetime(2026, 1, 1, 12, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def read(name: str) -> MappedEvent:
    result = read_event(load(name))
    assert isinstance(result, MappedEvent), result
    return result


def test_order_placed() -> None:
    mapped = read("event_1001_delivery.json")
    (event,) = mapped.events
    assert event.kind is EventKind.CREATED and event.order_id == "756823555555859"
    assert event.created_at == T0 and event.source_type == "KEETA_1001"
    assert event.event_id == mapped.raw.event_id == load("event_1001_delivery.json")["eventId"]
    assert mapped.raw.event_type == "KEETA_1001" and mapped.shop_id == "466663"
    assert mapped.placed is not None and mapped.placed.products[0].orderProductId == "1234534224"
    assert mapped.placed_raw["someFutureSection"] == {"added": "by Keeta later"}


@pytest.mark.parametrize(("name", "kind", "minutes"), [
    ("event_1002_accepted.json", EventKind.ACCEPTED, 1),
    ("event_1003_completed.json", EventKind.CONCLUDED, 40),
])
def test_status_changes(name: str, kind: EventKind, minutes: float) -> None:
    (event,) = read(name).events
    assert event.kind is kind and event.created_at == at(minutes)


def test_cancelled_by_merchant_and_by_system() -> None:
    (merchant,) = read("event_1004_cancelled_by_merchant.json").events
    assert merchant.kind is EventKind.CANCELLED and merchant.actor == "merchant"
    assert merchant.code == "500001" and merchant.reason == "Sold out 賣晒"
    (system,) = read("event_1004_cancelled_by_system.json").events
    assert system.actor == "system" and system.code == ""


def test_refund_requested_with_amount_from_minor_units() -> None:
    (event,) = read("event_1005_applied.json").events
    assert event.kind is EventKind.REFUND_REQUESTED and event.actor == "customer"
    request = event.refund
    assert request is not None and request.full and request.requested_at == at(50)
    assert request.amount == Money(Decimal("94.00"), "HKD")
    assert request.reason == "Food arrived cold" and request.reference == "4455667788990011"


@pytest.mark.parametrize(("name", "kind", "actor"), [
    ("event_1005_agreed.json", EventKind.REFUNDED, "merchant"),
    ("event_1005_auto_refunded.json", EventKind.REFUNDED, "system"),
    ("event_1005_rejected.json", EventKind.REFUND_FAILED, "merchant"),
])
def test_refund_outcomes(name: str, kind: EventKind, actor: str) -> None:
    (event,) = read(name).events
    assert event.kind is kind and event.actor == actor
    if kind is EventKind.REFUNDED:
        assert event.amount == Money(Decimal("94.00"), "HKD")
    else:
        assert event.reason == "Meal already prepared" and event.code == "2003"


def test_courier_updates() -> None:
    (assigned,) = read("event_1006_assigned.json").events
    assert assigned.kind is EventKind.RIDER_UPDATE and assigned.rider is not None
    assert (assigned.rider.status, assigned.rider.name, assigned.rider.updated_at) == ("assigned", "Ka Ho", at(2))
    (arrived,) = read("event_1006_arrived.json").events
    assert arrived.rider is not None and arrived.rider.status == "arrived"
    update, picked = read("event_1006_picked_up.json").events
    assert update.rider is not None and update.rider.status == "picked_up"
    assert picked.kind is EventKind.PICKED_UP and picked.event_id == f"{update.event_id}:picked_up"
    update, delivered = read("event_1006_delivered.json").events
    assert delivered.kind is EventKind.DELIVERED and delivered.created_at == at(38)


def test_customer_partial_refund_request() -> None:
    (event,) = read("event_1007_customer_applied.json").events
    assert event.kind is EventKind.REFUND_REQUESTED
    request = event.refund
    assert request is not None and not request.full
    assert request.amount == Money(Decimal("23.00"), "HKD")
    (item,) = request.items
    assert (item.line_id, item.name, item.quantity, item.amount) == (
        "1234534224", "港式奶茶 HK milk tea", Decimal(1), Money(Decimal("23.00"), "HKD"))
    (agreed,) = read("event_1007_customer_agreed.json").events
    assert agreed.kind is EventKind.REFUNDED and agreed.amount == Money(Decimal("23.00"), "HKD")


def test_merchant_partial_refund() -> None:
    (event,) = read("event_1007_merchant_refunded.json").events
    assert event.kind is EventKind.PARTIAL_REFUND and event.actor == "merchant"
    assert event.amount == Money(Decimal("23.00"), "HKD") and event.details["outcome"] == "refunded"
    assert [(i.line_id, i.quantity) for i in event.items] == [("1234534224", Decimal(1))]  # what is left to refund


def test_an_unknown_full_refund_status_is_a_request_staff_can_still_answer() -> None:
    mapped = read_event(load("event_1005_unknown_status.json"))
    assert isinstance(mapped, MappedEvent), mapped  # not quarantined
    (event,) = mapped.events
    assert event.kind is EventKind.REFUND_REQUESTED and event.code == "2999"
    request = event.refund
    assert request is not None and request.full and request.unknown_status == "2999"
    assert request.amount == Money(Decimal("94.00"), "HKD") and request.reference == "4455667788990011"
    status = fold([*read("event_1001_delivery.json").events, *read("event_1002_accepted.json").events, event],
                  OrderType.DELIVERY)
    assert status.refund_request == request and status.stage is Stage.ACCEPTED


def test_an_unknown_partial_refund_status_keeps_the_items_and_the_first_time_to_answer() -> None:
    (applied,) = read("event_1007_customer_applied.json").events
    (unknown,) = read("event_1007_unknown_status.json").events
    assert unknown.kind is EventKind.REFUND_REQUESTED
    assert unknown.created_at == applied.created_at + timedelta(minutes=2)
    request = unknown.refund
    assert request is not None and not request.full and request.unknown_status == "5099"
    assert [(i.line_id, i.quantity) for i in request.items] == [("1234534224", Decimal(1))]
    status = fold([unknown, applied], OrderType.DELIVERY)
    assert status.refund_request is not None and status.refund_request.unknown_status == "5099"
    assert status.refund_request.requested_at == applied.created_at  # the same request: its clock does not restart


def test_known_statuses_say_nothing_of_a_status() -> None:
    for name in ("event_1005_applied.json", "event_1007_customer_applied.json"):
        (event,) = read(name).events
        assert event.refund is not None and event.refund.unknown_status == "" and event.code == ""


def test_an_unknown_status_of_the_merchants_own_refund_changes_nothing() -> None:
    raw = load("event_1007_merchant_refunded.json")
    raw["payload"]["message"]["status"] = 5099
    mapped = read_event(raw)
    assert isinstance(mapped, MappedEvent), mapped
    (event,) = mapped.events
    assert event.kind is EventKind.PARTIAL_REFUND and event.amount is None and event.items == ()
    assert event.details["outcome"] == "status 5099"


def test_a_delivery_order_folds_through_its_life() -> None:
    names = ["event_1001_delivery.json", "event_1002_accepted.json", "event_1006_assigned.json",
             "event_1007_merchant_refunded.json", "event_1006_picked_up.json", "event_1006_delivered.json",
             "event_1003_completed.json", "event_1005_applied.json", "event_1005_rejected.json"]
    events = [e for name in reversed(names) for e in read(name).events]  # arrival order does not matter
    status = fold(events, OrderType.DELIVERY)
    assert status.stage is Stage.DONE
    assert status.refunded == Money(Decimal("23.00"), "HKD")
    assert status.refund_request is None and status.refund_outcome is RefundOutcome.REJECTED
    assert status.rider is not None


def test_unreadable_events_say_why() -> None:
    results = [read_event(raw) for raw in load("events_bad.json")]
    assert all(isinstance(r, BadEvent) for r in results)
    reasons = [r.reason for r in results if isinstance(r, BadEvent)]
    assert reasons[0].startswith("event is a JSON str")
    assert reasons[1] == "malformed relay event: createdAt"
    assert reasons[2] == "unknown event type"
    assert reasons[3].startswith("malformed 1002 message: orderViewId")
    assert reasons[4].startswith("malformed 1006 message: logisticsStatus")
    # Each one keeps its ids so it can be acknowledged after quarantine.
    third = results[2]
    assert isinstance(third, BadEvent) and third.event_id and third.order_id and third.event_type == "KEETA_1009"


def test_unreadable_event_without_an_order_can_still_be_acknowledged() -> None:
    raw = load("event_1002_accepted.json")
    raw["orderId"] = ""
    raw["eventType"], raw["metadata"]["keetaEventId"] = "KEETA_1010", 1010
    result = read_event(raw)
    assert isinstance(result, BadEvent) and result.reason == "unknown event type"
    assert result.order_id == NO_ORDER and result.event_id == raw["eventId"]


def test_other_platforms_events_are_foreign() -> None:
    gofood = {"eventId": "x", "eventType": "gofood.order.created", "orderId": "F-1", "metadata": {"platform": "gofood"}}
    assert is_foreign(gofood)
    assert not is_foreign(load("event_1002_accepted.json"))
    assert not is_foreign("junk")

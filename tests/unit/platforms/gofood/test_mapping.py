"""GoFood notifications (written from GoBiz's documentation) read into domain orders and events."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from kds.domain.events import BadEvent, EventKind
from kds.domain.money import Money
from kds.domain.order import OrderType, Timing
from kds.domain.states import Stage, fold
from kds.platforms.gofood.mapping import MappedEvent, map_order, read_event
from tests.unit.platforms.gofood.conftest import ORDER, notification, relay_event


def mapped(name: str, **header: object) -> MappedEvent:
    result = read_event(relay_event(notification(name, **header)))
    assert isinstance(result, MappedEvent), result
    return result


def test_awaiting_acceptance_is_a_new_order_with_everything_the_ticket_needs() -> None:
    result = mapped("awaiting_delivery.json")
    (event,) = result.events
    assert event.kind is EventKind.CREATED and event.order_id == ORDER
    # +07:00 on the wire, UTC in the domain
    assert event.created_at == datetime(2019, 8, 24, 7, 15, 22, 557000, tzinfo=UTC)
    order = map_order(result.body)
    assert order.display_id == ORDER and order.key.order_id == ORDER
    assert order.type is OrderType.DELIVERY and order.pickup_code == "1234" and order.tableware is True
    assert order.merchant_id == "G123456789" and order.customer.name == "GoFood Customer"
    (line,) = order.lines
    assert (line.name, line.quantity, line.note) == ("Hamburger", Decimal(2), "pedas")
    assert [o.name for o in line.options] == ["Hamburger keju"]
    assert line.unit_price == Money(Decimal(15000), "IDR") and line.total == Money(Decimal(30000), "IDR")
    assert order.totals.total == Money(Decimal(40000), "IDR")
    assert order.totals.total.format() == "IDR 40,000"  # rupiah without decimals


def test_a_sandbox_payload_full_of_nulls_is_read() -> None:
    result = mapped("awaiting_pickup_sandbox_nulls.json")
    order = map_order(result.body)
    assert order.type is OrderType.PICKUP and order.pickup_code == "5678"
    assert order.customer.name == "" and order.tableware is None and order.timing is Timing.INSTANT
    assert order.currency == "IDR" and order.totals.total == Money(Decimal(33000), "IDR")
    assert [(ln.name, ln.note, ln.options) for ln in order.lines] == [("Es teh manis", "", ()), ("Nasi goreng", "", ())]


@pytest.mark.parametrize(("name", "kinds"), [
    ("created_deprecated.json", [EventKind.CREATED]),
    ("merchant_accepted.json", [EventKind.ACCEPTED]),
    ("driver_otw_pickup.json", [EventKind.RIDER_UPDATE]),
    ("driver_arrived.json", [EventKind.RIDER_UPDATE]),
    ("placed.json", [EventKind.PICKED_UP, EventKind.RIDER_UPDATE]),
    ("completed.json", [EventKind.DELIVERED]),
    ("cancelled.json", [EventKind.CANCELLED]),
])
def test_every_order_event_maps(name: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in mapped(name).events] == kinds


def test_rider_events_say_where_the_rider_is() -> None:
    assert mapped("driver_otw_pickup.json").events[0].rider.status == "arriving"  # type: ignore[union-attr]
    arrived = mapped("driver_arrived.json").events[0].rider
    assert arrived is not None and (arrived.status, arrived.name) == ("arrived", "GoFood Driver")


def test_placed_says_the_payment_settled() -> None:
    picked_up, rider = mapped("placed.json").events
    assert picked_up.details["payment"] == "settled" and picked_up.settles_payment
    assert rider.event_id == f"{picked_up.event_id}:rider"


def test_a_cancelled_order_whose_payment_settled_stays_paid() -> None:
    events = [e for name in ("awaiting_delivery.json", "merchant_accepted.json", "placed.json")
              for e in mapped(name).events]
    placed_at = events[-1].created_at
    cancelled = mapped("cancelled.json", timestamp=(placed_at + timedelta(minutes=1)).isoformat())
    status = fold([*events, *cancelled.events], OrderType.DELIVERY)
    assert status.stage is Stage.CANCELLED and status.paid_at == placed_at


def test_cancelled_carries_gofoods_reason() -> None:
    (event,) = mapped("cancelled.json").events
    assert event.reason == "MERCHANT_DID_NOT_RESPOND"


def test_a_pickup_order_completed_is_concluded() -> None:
    note = notification("completed.json")
    note["body"]["service_type"] = "gofood_pickup"
    result = read_event(relay_event(note))
    assert isinstance(result, MappedEvent) and result.events[0].kind is EventKind.CONCLUDED


def test_webhook_error_is_kept_as_a_bad_event() -> None:
    result = read_event(relay_event(notification("webhook_error.json")))
    assert isinstance(result, BadEvent) and "webhook_error" in result.reason
    assert result.event_id and result.event_type == "gofood.order.webhook_error"


def test_unknown_and_malformed_events_are_bad() -> None:
    unknown = relay_event(notification("merchant_accepted.json", event_name="gofood.order.teleported"))
    assert isinstance(read_event(unknown), BadEvent)
    broken = relay_event(notification("merchant_accepted.json"))
    broken["payload"]["body"]["order"] = {"order_number": None}
    assert isinstance(read_event(broken), BadEvent)


def test_a_retry_of_the_same_notification_has_the_same_event_id() -> None:
    first = mapped("merchant_accepted.json")
    again = read_event(relay_event(notification("merchant_accepted.json"), datetime(2026, 1, 1, 15, tzinfo=UTC)))
    assert isinstance(again, MappedEvent) and again.events[0].event_id == first.events[0].event_id


LIFE = ["awaiting_delivery.json", "merchant_accepted.json", "driver_otw_pickup.json", "driver_arrived.json",
        "placed.json", "completed.json"]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(LIFE))))[::37])
def test_whatever_order_the_events_come_in_the_fold_is_gofoods(order: tuple[int, ...]) -> None:
    events = [e for i in order for e in mapped(LIFE[i]).events]
    status = fold(events, OrderType.DELIVERY)
    assert status.stage is Stage.DONE and status.rider is not None and status.rider.status == "picked_up"


def test_a_late_rider_on_the_way_never_undoes_rider_arrived() -> None:
    events = [*mapped("awaiting_delivery.json").events, *mapped("merchant_accepted.json").events,
              *mapped("driver_arrived.json").events, *mapped("driver_otw_pickup.json").events]
    status = fold(events, OrderType.DELIVERY)
    assert status.stage is Stage.ACCEPTED and status.rider is not None and status.rider.status == "arrived"


def test_a_stale_acceptance_never_moves_a_cancelled_order_back() -> None:
    cancelled = mapped("cancelled.json").events
    late_accept = mapped("merchant_accepted.json", timestamp="2019-08-24T14:16:00.000+07:00").events
    status = fold([*mapped("awaiting_delivery.json").events, *cancelled, *late_accept], OrderType.DELIVERY)
    # Accepted at 14:16, cancelled at 14:18: GoFood's own order of things
    assert status.stage is Stage.CANCELLED and status.accepted_at is not None

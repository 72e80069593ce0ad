"""`orderInfo` → domain `Order`: integer minor units, order types, options, ciphertexts kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from kds.domain.money import Money
from kds.domain.order import FeeKind, OrderType, Platform, Timing
from kds.platforms.keeta_std import models as wire
from kds.platforms.keeta_std.mapping import implied_events, map_order
from tests.unit.platforms.keeta_std.conftest import load

T0 = datetime(2026, 1, 1, 12, tzinfo=UTC)


def hkd(text: str) -> Money:
    return Money(Decimal(text), "HKD")


def info(name: str) -> wire.OrderInfo:
    return wire.OrderInfo.model_validate(load(name)["payload"]["message"]["orderInfo"])


def test_delivery_order() -> None:
    order = map_order(info("event_1001_delivery.json"))
    assert order.key.platform is Platform.KEETA_STD and order.key.order_id == "756823555555859"
    assert order.display_id == "27" and order.type is OrderType.DELIVERY
    assert order.created_at == T0 and order.merchant_id == "466663"
    assert order.merchant_name == "Harbour Noodle Bar 海港麵家"
    assert order.promised_at == T0 + timedelta(minutes=90)
    tea, noodles = order.lines
    assert tea.line_id == "1234534224" and tea.quantity == 2
    assert tea.unit_price == hkd("20.00") and tea.total == hkd("46.00")
    assert [(o.name, o.unit_price, o.total) for o in tea.options] == [("凍 Iced (+$3)", hkd("3.00"), hkd("6.00"))]
    assert tea.note == "少甜 Less sweet" and tea.external_code == "17002"
    assert noodles.name == "雲吞麵 Wonton noodles (大 Large)" and noodles.total == hkd("48.00")
    assert order.totals.items == hkd("94.00")
    assert order.totals.fees == hkd("16.00")
    assert order.totals.discount == hkd("10.00")
    assert order.totals.total == hkd("100.00")
    assert [(f.kind, f.amount) for f in order.fees] == [(FeeKind.DELIVERY, hkd("12.00")),
                                                       (FeeKind.PACKAGING, hkd("4.00"))]
    assert [(d.amount, d.sponsor) for d in order.discounts] == [(hkd("10.00"), "merchant+marketplace")]
    assert order.payments[0].prepaid and order.payments[0].amount == hkd("100.00")
    assert order.customer.name == "陳先生" and order.customer.phone.startswith("ENC_")
    assert order.address is not None and order.address.encrypted
    assert order.tableware is True and order.notes == "Call on arrival 到咗打電話"
    assert order.timing is Timing.INSTANT


def test_pickup_order_has_no_address_and_a_ready_time() -> None:
    order = map_order(info("event_1001_pickup.json"))
    assert order.type is OrderType.PICKUP and order.address is None
    assert order.promised_at == T0 + timedelta(minutes=20)
    assert order.totals.total == hkd("88.00")


def test_scheduled_self_delivery_order() -> None:
    order = map_order(info("event_1001_self_delivery.json"))
    assert order.type is OrderType.SELF_DELIVERY
    assert order.timing is Timing.SCHEDULED and order.scheduled_start == T0 + timedelta(minutes=90)


def test_minor_units_follow_the_currency() -> None:
    raw = load("event_1001_pickup.json")["payload"]["message"]["orderInfo"]
    raw["feeDtl"]["currency"] = "kwd"  # three decimals
    order = map_order(wire.OrderInfo.model_validate(raw))
    assert order.lines[0].total == Money(Decimal("4.600"), "KWD")
    assert order.currency == "KWD"


def test_sparse_order_computes_totals_and_uses_the_given_shop() -> None:
    sparse = wire.OrderInfo.model_validate({
        "baseOrder": {"orderViewId": 991, "ctime": 1767268800000},
        "products": [{"orderProductId": "5", "name": "Egg tart", "count": 3, "price": 900,
                      "attrs": [{"name": "Warm", "price": 100, "count": 1}]}]})
    order = map_order(sparse, shop_id="145541", default_currency="hkd")
    assert order.merchant_id == "145541" and order.display_id == "991"
    assert order.type is OrderType.DELIVERY and order.address is None
    assert order.lines[0].total == hkd("30.00")
    assert order.totals.total == hkd("30.00") and order.discounts == () and order.fees == ()


def test_status_implies_an_event_for_reconciliation() -> None:
    accepted = wire.OrderInfo.model_validate(load("order_get_accepted.json")["data"]["orderInfo"])
    (event,) = implied_events(accepted, T0)
    assert event.kind.value == "accepted" and event.event_id == "status:756823555555859:30"
    assert implied_events(info("event_1001_delivery.json"), T0) == ()  # status 10: nothing happened yet

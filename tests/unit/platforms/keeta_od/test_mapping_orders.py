"""Wire orders → domain orders: every field, exact money, every order type."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from kds.domain.money import Money, total
from kds.domain.order import FeeKind, Order, OrderKey, OrderType, Platform, Timing
from kds.platforms.keeta_od import models as wire
from kds.platforms.keeta_od.mapping import map_order
from tests.unit.platforms.keeta_od.conftest import load


def mapped(name: str, **changes: Any) -> Order:
    raw = load(name)
    raw.update(changes)
    return map_order(wire.ORDER.validate_python(raw))


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 1, 1, hour, minute, second, tzinfo=UTC)


def hkd(value: str) -> Money:
    return Money(Decimal(value), "HKD")


def test_delivery_order_header_fields() -> None:
    order = mapped("order_delivery_created.json")
    assert order.key == OrderKey(Platform.KEETA_OD, "3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10")
    assert order.display_id == "4821"
    assert order.type is OrderType.DELIVERY
    assert order.timing is Timing.INSTANT and order.scheduled_start is None and order.scheduled_end is None
    assert order.created_at == at(11, 58)
    assert order.preparation_start == at(11, 58)
    assert order.promised_at == at(12, 40)
    assert order.merchant_id == "22815773000169-dbc7e35a-c936-4665-9e13-eb55eb8b6824"
    assert order.merchant_name == "Pizza Plaza"
    assert order.notes == "Ring the bell twice"
    assert order.pickup_code == ""
    assert order.currency == "HKD"


def test_delivery_order_lines_and_options() -> None:
    pizza, water = mapped("order_delivery_created.json").lines
    assert (pizza.line_id, pizza.name, pizza.quantity, pizza.unit, pizza.external_code, pizza.note) == (
        "7d9e1f20-3a4b-4c5d-8e6f-0a1b2c3d4e5f", "Pizza Margherita", Decimal(2), "UN", "PZ-001", "no basil")
    assert pizza.unit_price == hkd("40.1") and pizza.total == hkd("90.6")
    # Options come in their `index` order, whatever order the list had.
    assert [o.name for o in pizza.options] == ["Extra cheese", "Olives"]
    cheese, olives = pizza.options
    assert (cheese.quantity, cheese.unit_price, cheese.total, cheese.note, cheese.external_code) == (
        Decimal(1), hkd("5.0"), hkd("5.0"), "well melted", "OPT-CHEESE")
    assert olives.unit_price == hkd("0.2") and olives.note == ""
    assert water.options == () and water.note == ""
    assert water.unit_price == hkd("0.1")
    # The wire said 0.30000000000000004: that is kept digit for digit, not rounded through a float.
    assert water.total.amount == Decimal("0.30000000000000004")


def test_money_is_exact_decimal() -> None:
    order = mapped("order_delivery_created.json")
    delivery, service, *_ = order.fees
    # 0.1 + 0.2 is exactly 0.3 in Decimal (in float it would be 0.30000000000000004).
    assert (delivery.amount + service.amount).amount == Decimal("0.3")
    assert all(isinstance(f.amount.amount, Decimal) for f in order.fees)
    assert total(list(f.amount for f in order.fees), "HKD") == order.totals.fees == hkd("4.8")
    t = order.totals
    assert (t.items, t.fees, t.discount, t.total) == (hkd("90.9"), hkd("4.8"), hkd("10.05"), hkd("85.65"))
    assert t.items + t.fees - t.discount == t.total


def test_digits_beyond_float_precision_survive() -> None:
    raw = load("order_indoor_zh.json")
    raw["items"][1]["unitPrice"] = {"value": "18.50000000000000000001", "currency": "HKD"}
    (_, tea) = map_order(wire.ORDER.validate_python(raw)).lines
    assert tea.unit_price.amount == Decimal("18.50000000000000000001")


def test_fees_discounts_payments_customer_address() -> None:
    order = mapped("order_delivery_created.json")
    assert [(f.kind, f.name) for f in order.fees] == [
        (FeeKind.DELIVERY, "Delivery fee"), (FeeKind.SERVICE, "Service fee"), (FeeKind.TIP, "Rider tip"),
        (FeeKind.OTHER, "Bag")]
    cart, item = order.discounts
    assert (cart.amount, cart.target, cart.sponsor, cart.target_line_id) == (
        hkd("10.0"), "cart", "marketplace+merchant", "")
    assert (item.amount, item.target, item.sponsor, item.target_line_id) == (
        hkd("0.05"), "item", "merchant", "8e0f2031-4b5c-4d6e-9f70-1b2c3d4e5f60")
    (payment,) = order.payments
    assert (payment.method, payment.amount, payment.prepaid, payment.brand, payment.change_for) == (
        "CREDIT", hkd("85.65"), True, "VISA", None)
    assert (order.customer.name, order.customer.first_name, order.customer.orders_count) == (
        "Maria Silva", "Maria", 3)
    # Ciphertexts are kept as they are: decrypting is an explicit, separate step.
    assert order.customer.phone == "ENC_#dGVzdHBob25l#1#"
    address = order.address
    assert address is not None and address.encrypted
    assert (address.street, address.city, address.postal_code) == ("Nathan Road", "Hong Kong", "000000")
    assert (address.district, address.number, address.complement, address.formatted) == (
        "ENC_#ZGlzdHJpY3Q=#1#", "ENC_#bnVtYmVy#1#", "ENC_#Y29tcGxlbWVudA==#1#", "ENC_#Zm9ybWF0dGVk#1#")


def test_pickup_order_in_portuguese() -> None:
    order = mapped("order_pickup_pt.json")
    assert order.type is OrderType.PICKUP
    assert order.promised_at == at(12, 20)
    assert order.address is None
    assert order.merchant_name == "Padaria São João"
    assert [line.name for line in order.lines] == ["Pão de queijo", "Açaí com granola", "Café com leite"]
    bread, acai, coffee = order.lines
    assert bread.note == "bem quentinho" and bread.quantity == Decimal(6)
    assert acai.options[0].name == "Leite condensado" and acai.options[0].note == "à parte"
    assert (coffee.quantity, coffee.unit, coffee.note) == (Decimal("0.5"), "L", "sem açúcar")
    (cash,) = order.payments
    assert (cash.method, cash.prepaid, cash.amount, cash.change_for) == (
        "CASH", False, Money(Decimal("37.9"), "BRL"), Money(Decimal("50.0"), "BRL"))
    assert order.customer.name == "João Araújo" and order.customer.orders_count is None
    assert order.totals.fees == Money.zero("BRL") and order.notes == "Cliente chega às 12h20"


def test_self_delivery_order_keeps_ciphertexts() -> None:
    order = mapped("order_self_delivery_enc.json")
    assert order.type is OrderType.SELF_DELIVERY
    assert order.pickup_code == "7731"
    assert order.customer.phone == "ENC_#MQesaE=#1#"
    assert order.address is not None and order.address.encrypted
    assert order.address.reference == "Opposite the MTR exit"
    assert order.promised_at == at(12, 35)
    assert order.fees[0].kind is FeeKind.DELIVERY and order.fees[0].amount == hkd("12.0")


def test_scheduled_order() -> None:
    order = mapped("order_scheduled.json")
    assert order.timing is Timing.SCHEDULED
    assert (order.scheduled_start, order.scheduled_end) == (at(13, 0), at(13, 30))
    assert order.preparation_start == at(12, 30)
    assert order.promised_at == at(13, 15)


def test_indoor_order_in_chinese() -> None:
    order = mapped("order_indoor_zh.json")
    assert order.type is OrderType.DINE_IN
    assert order.timing is Timing.INSTANT  # ONDEMAND has no schedule: it is prepared when it comes
    assert order.merchant_name == "金華冰廳"
    assert [line.name for line in order.lines] == ["叉燒飯", "凍檸茶"]
    rice, tea = order.lines
    assert rice.note == "少飯" and rice.options[0].name == "加煎蛋"
    assert tea.note == "少甜" and tea.total == hkd("37.0")
    assert order.promised_at == at(12, 15)
    assert order.notes == "請盡快"
    assert order.customer.name == "" and order.address is None


@pytest.mark.parametrize(("delivery", "expected"), [
    ({"deliveredBy": "MERCHANT"}, OrderType.SELF_DELIVERY),
    ({"deliveredBy": "merchant"}, OrderType.SELF_DELIVERY),
    ({"deliveredBy": "MARKETPLACE"}, OrderType.DELIVERY),
    (None, OrderType.DELIVERY),
])
def test_delivery_types(delivery: dict[str, Any] | None, expected: OrderType) -> None:
    raw = load("order_scheduled.json")
    if delivery is None:
        del raw["delivery"]
    else:
        raw["delivery"] = delivery
    order = map_order(wire.ORDER.validate_python(raw))
    assert order.type is expected
    if delivery is None:
        assert order.promised_at is None and order.address is None


def test_schedule_is_ignored_unless_the_order_is_scheduled() -> None:
    order = mapped("order_delivery_created.json",
                   schedule={"scheduledDateTimeStart": "2026-01-01T13:00:00Z",
                             "scheduledDateTimeEnd": "2026-01-01T13:30:00Z"})
    assert order.timing is Timing.INSTANT and order.scheduled_start is None


def test_missing_optional_totals_default_to_zero() -> None:
    raw = load("order_indoor_zh.json")
    del raw["total"]["otherFees"], raw["total"]["discount"], raw["payments"], raw["extraInfo"]
    order = map_order(wire.ORDER.validate_python(raw))
    assert order.totals.fees == Money.zero("HKD") and order.totals.discount == Money.zero("HKD")
    assert order.payments == () and order.notes == ""

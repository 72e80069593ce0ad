"""Zeek's order_create mapped to the domain, from payloads written after the seed's field list."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from kds.domain.events import BadEvent, EventKind
from kds.domain.money import Money
from kds.domain.order import OrderType, Timing
from kds.platforms.zeek import models as wire
from kds.platforms.zeek.mapping import ID_CHECK, MappedEvent, map_order, mask_phone, read_event

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "platforms" / "zeek"


def payload(name: str = "order_create_combo.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def vnd(value: int) -> Money:
    return Money.of(value, "VND")


def test_the_whole_order_is_mapped() -> None:
    order = map_order(wire.OrderCreate.model_validate(payload()))
    assert order.key.order_id == "CKG24120700137"
    assert order.display_id == order.pickup_code == "4827"
    assert order.type is OrderType.PICKUP and order.timing is Timing.INSTANT
    assert order.created_at == datetime(2026, 12, 7, 4, 2, 15, tzinfo=UTC)
    assert order.created_at.utcoffset() == timedelta(hours=7)  # the offset Zeek sent is kept
    assert (order.merchant_id, order.merchant_name) == ("CK-SGN-0142", "Circle K 15 Nguyễn Huệ")
    assert order.notes == "Ít đá, cảm ơn"
    assert order.totals.items == vnd(129000) and order.totals.discount == vnd(15000)
    assert order.totals.total == vnd(114000) and order.currency == "VND"
    assert order.payments[0].method == "MOMO" and order.payments[0].prepaid
    assert order.customer.name == "Nguyễn Thị Mai" and order.customer.phone == "•••• 4567"


def test_combo_items_and_options_add_and_deduct() -> None:
    combo = map_order(wire.OrderCreate.model_validate(payload())).lines[0]
    assert combo.name == "Combo Cơm gà sốt cay"
    assert [(o.name, o.unit_price) for o in combo.options] == [
        ("Cơm gà sốt cay", vnd(0)), ("Trà đào", vnd(0)), ("Thêm trứng ốp la", vnd(8000)), ("Size nhỏ", vnd(-3000))]
    assert combo.total == vnd(69000 + 8000 - 3000)


def test_names_follow_the_station_language_and_fall_back_to_any() -> None:
    order = wire.OrderCreate.model_validate(payload())
    english = map_order(order, language="en")
    assert [line.name for line in english.lines] == ["Spicy chicken rice combo", "Tiger beer can 330ml", "Banana"]
    chinese = map_order(order, language="zh_HK")
    assert [line.name for line in chinese.lines] == ["辣雞飯套餐", "Bia Tiger lon 330ml", "Banana"]
    assert map_order(order, language="vi").lines[2].name == "Banana"  # only English there


def test_alcohol_carries_an_id_check() -> None:
    lines = map_order(wire.OrderCreate.model_validate(payload())).lines
    assert [ID_CHECK in line.note for line in lines] == [False, True, False]
    assert lines[1].quantity == Decimal(2) and lines[1].total == vnd(40000)


def test_an_advanced_order_waits_for_its_delivery_time() -> None:
    order = map_order(wire.OrderCreate.model_validate(payload("order_create_advanced.json")))
    assert order.timing is Timing.SCHEDULED
    assert order.scheduled_start == datetime(2026, 12, 7, 13, 30, tzinfo=timezone(timedelta(hours=7)))


def test_a_relay_event_is_created_and_accepted_at_once() -> None:
    raw = {"eventId": "e-1", "eventType": "order_create", "orderId": "CKG24120700137",
           "metadata": {"platform": "zeek"}, "payload": payload()}
    mapped = read_event(raw)
    assert isinstance(mapped, MappedEvent)
    assert [(e.kind, e.event_id) for e in mapped.events] == [
        (EventKind.CREATED, "e-1"), (EventKind.ACCEPTED, "e-1:accepted")]
    assert mapped.order.key.order_id == "CKG24120700137"


def test_an_unreadable_callback_is_a_bad_event_without_customer_data() -> None:
    broken = payload()
    broken["order_time"] = "yesterday"
    del broken["products"]
    bad = read_event({"eventId": "e-2", "eventType": "order_create", "orderId": "X", "payload": broken})
    assert isinstance(bad, BadEvent) and bad.order_id == "X"
    assert "order_time" in bad.reason and "products" in bad.reason and "0901234567" not in bad.reason
    assert isinstance(read_event({"eventId": "e-3", "eventType": "other", "payload": {}}), BadEvent)


def test_phones_are_masked() -> None:
    assert mask_phone("+84 901 234 567") == "•••• 4567"
    assert mask_phone("12") == ""

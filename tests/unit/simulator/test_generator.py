"""Generated orders: Open Delivery shape, exactly consistent money, realistic and repeatable content."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from kds.clock import FakeClock
from kds.domain.order import OrderType
from kds.simulator.keeta_od import ItemSpec, KeetaSimState, OptionSpec, SimConfig
from kds.simulator.keeta_od.generator import OrderGenerator, to_json

NOW = datetime(2026, 1, 1, 18, 30, tzinfo=UTC)
KINDS = (OrderType.DELIVERY, OrderType.PICKUP, OrderType.SELF_DELIVERY)

# Required properties, copied from the Open Delivery 1.5.0 `Order` schema (openapi.yaml).
REQUIRED: dict[str, tuple[str, ...]] = {
    "": ("id", "type", "displayId", "createdAt", "orderTiming", "preparationStartDateTime", "merchant", "items",
         "total", "payments"),
    "merchant": ("id", "name"),
    "items[]": ("id", "name", "unit", "quantity", "unitPrice", "totalPrice", "externalCode"),
    "items[].options[]": ("id", "name", "externalCode", "unit", "quantity", "unitPrice", "totalPrice"),
    "otherFees[]": ("name", "type", "receivedBy", "price"),
    "discounts[]": ("amount", "target", "sponsorshipValues"),
    "discounts[].sponsorshipValues[]": ("name", "amount"),
    "total": ("itemsPrice", "otherFees", "orderAmount", "discount"),
    "payments": ("prepaid", "pending", "methods"),
    "payments.methods[]": ("value", "currency", "type", "method"),
    "customer": ("id", "phone", "name", "ordersCountOnMerchant"),
    "customer.phone": ("number",),
    "schedule": ("scheduledDateTimeStart", "scheduledDateTimeEnd"),
    "delivery": ("deliveredBy", "deliveryAddress", "estimatedDeliveryDateTime"),
    "delivery.deliveryAddress": ("country", "street", "formattedAddress", "number", "city", "postalCode",
                                 "coordinates", "district", "state"),
    "delivery.deliveryAddress.coordinates": ("latitude", "longitude"),
    "takeout": ("mode", "takeoutDateTime"),
}


def wire(payload: dict[str, Any]) -> dict[str, Any]:
    """The order as a client reads it off the wire, numbers as exact Decimals."""
    order: dict[str, Any] = json.loads(to_json(payload), parse_float=Decimal, parse_int=Decimal)
    return order


def nodes(order: dict[str, Any], path: str) -> list[dict[str, Any]]:
    """Every object at a schema path like `items[].options[]` ("" is the order itself)."""
    found = [order]
    for part in filter(None, path.split(".")):
        key, many = part.removesuffix("[]"), part.endswith("[]")
        step: list[dict[str, Any]] = []
        for node in found:
            if key in node:
                step.extend(node[key] if many else [node[key]])
        found = step
    return found


def generated(count: int, seed: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    gen = OrderGenerator(rng)
    merchant = "22815773000169-dbc7e35a-c936-4665-9e13-eb55eb8b6824"
    return [wire(gen.build(now=NOW, kind=KINDS[i % 3], scheduled=rng.random() < 0.3, merchant_id=merchant,
                           merchant_name="Casa do Açaí", display_id=str(i)).payload) for i in range(count)]


ORDERS = generated(150)


def _money(price: dict[str, Any]) -> Decimal:
    assert price["currency"] == "BRL"
    value: Decimal = price["value"]
    assert value == value.quantize(Decimal("0.01")), value  # never more than two decimals
    return value


@pytest.mark.parametrize("path", sorted(REQUIRED))
def test_required_fields_of_the_order_schema_are_present(path: str) -> None:
    for order in ORDERS:
        for node in nodes(order, path):
            missing = [key for key in REQUIRED[path] if key not in node]
            assert not missing, f"{path or 'order'} lacks {missing}"


def test_type_specific_parts_are_present() -> None:
    for order in ORDERS:
        if order["type"] == "DELIVERY":
            assert "customer" in order and "delivery" in order
        else:
            assert order["type"] == "TAKEOUT" and "takeout" in order
        assert ("schedule" in order) == (order["orderTiming"] == "SCHEDULED")
        assert order["lastEvent"] == "CREATED"
        assert 36 <= len(order["merchant"]["id"]) <= 100


def test_totals_are_exactly_consistent() -> None:
    for order in ORDERS:
        items_total = Decimal(0)
        for item in order["items"]:
            options = item.get("options", [])
            for option in options:
                assert _money(option["totalPrice"]) == option["quantity"] * _money(option["unitPrice"])
            options_price = sum((_money(o["totalPrice"]) for o in options), Decimal(0))
            assert _money(item["optionsPrice"]) == options_price
            assert _money(item["totalPrice"]) == item["quantity"] * (_money(item["unitPrice"]) + options_price)
            items_total += _money(item["totalPrice"])
        fees = sum((_money(f["price"]) for f in order["otherFees"]), Decimal(0))
        discount = sum((_money(d["amount"]) for d in order["discounts"]), Decimal(0))
        for d in order["discounts"]:
            assert sum(_money(s["amount"]) for s in d["sponsorshipValues"]) == _money(d["amount"])
            if d["target"] == "ITEM":
                assert d["targetId"] in {item["id"] for item in order["items"]}
        total = order["total"]
        assert _money(total["itemsPrice"]) == items_total
        assert _money(total["otherFees"]) == fees
        assert _money(total["discount"]) == discount
        amount = _money(total["orderAmount"])
        assert amount == items_total + fees - discount > 0
        payments = order["payments"]
        assert payments["prepaid"] + payments["pending"] == amount
        assert sum(m["value"] for m in payments["methods"]) == amount
        for method in payments["methods"]:
            if method["method"] == "CASH":
                assert method["type"] == "PENDING" and method["changeFor"] >= amount


def test_the_mix_has_fees_discounts_payments_and_options() -> None:
    fee_types = {f["type"] for o in ORDERS for f in o["otherFees"]}
    targets = {d["target"] for o in ORDERS for d in o["discounts"]}
    methods = {m["method"] for o in ORDERS for m in o["payments"]["methods"]}
    assert fee_types == {"DELIVERY_FEE", "SERVICE_FEE", "TIP"}
    assert targets == {"CART", "DELIVERY_FEE", "ITEM"}
    assert {"CREDIT", "PIX", "CASH"} <= methods
    assert any(item.get("options") for o in ORDERS for item in o["items"])
    assert {len(o["items"]) for o in ORDERS} == {1, 2, 3, 4, 5}


def test_names_notes_and_allergies_in_portuguese_and_chinese() -> None:
    names = {item["name"] for o in ORDERS for item in o["items"]}
    notes = {item.get("specialInstructions", "") for o in ORDERS for item in o["items"]}
    assert {"Açaí 500ml", "Pão de queijo (6 un)", "Coxinha de frango", "Feijoada completa"} & names
    assert any("\u4e00" <= ch <= "\u9fff" for name in names for ch in name)  # CJK dishes
    assert any(note.startswith("ALLERGY:") for note in notes)
    assert all(o["customer"]["name"] for o in ORDERS)


def test_self_delivery_has_encrypted_personal_data() -> None:
    for order in ORDERS:
        assert order["customer"]["phone"]["number"].startswith("ENC_")
        if order["type"] != "DELIVERY":
            continue
        address = order["delivery"]["deliveryAddress"]
        for key in ("district", "number", "formattedAddress"):
            assert address[key].startswith("ENC_")
        assert address["street"] and not address["street"].startswith("ENC_")
    delivered_by = {o["delivery"]["deliveredBy"] for o in ORDERS if o["type"] == "DELIVERY"}
    assert delivered_by == {"MERCHANT", "MARKETPLACE"}


def test_scheduled_orders_start_30_to_90_minutes_later() -> None:
    scheduled = [o for o in ORDERS if o["orderTiming"] == "SCHEDULED"]
    assert scheduled
    for order in scheduled:
        start = datetime.fromisoformat(order["schedule"]["scheduledDateTimeStart"])
        end = datetime.fromisoformat(order["schedule"]["scheduledDateTimeEnd"])
        assert timedelta(minutes=29) <= start - NOW <= timedelta(minutes=90)
        assert end > start
        assert datetime.fromisoformat(order["preparationStartDateTime"]) < start


def test_same_seed_same_orders_other_seed_other_orders() -> None:
    assert generated(5, seed=11) == generated(5, seed=11)
    assert generated(5, seed=11) != generated(5, seed=12)


def test_on_demand_items_by_menu_name_or_spec() -> None:
    state = KeetaSimState(SimConfig(seed=1), FakeClock())
    extra = OptionSpec("Granola", Decimal("2.00"), "OPT-GRANOLA")
    custom = ItemSpec("Tapioca de frango", Decimal("15.25"), quantity=2, options=(extra,), note="ALLERGY: gluten")
    order_id = state.create_order("pickup", items=["Coxinha de frango", custom])
    order = wire(state.get_order(order_id).body)
    first, second = order["items"]
    assert (first["name"], first["unitPrice"]["value"], first["quantity"]) == ("Coxinha de frango", Decimal("8.9"), 1)
    assert second["name"] == "Tapioca de frango" and second["specialInstructions"] == "ALLERGY: gluten"
    options_price = second["optionsPrice"]["value"]
    assert second["totalPrice"]["value"] == 2 * (Decimal("15.25") + options_price)
    with pytest.raises(KeyError):
        state.create_order("pickup", items=["Pizza de abacaxi"])
    with pytest.raises(ValueError, match="has no dine_in orders"):
        state.create_order("dine_in")


def test_merchant_ids_must_look_like_open_delivery_ids() -> None:
    with pytest.raises(ValueError, match=r"36\.\.100"):
        SimConfig(merchant_ids=("short",))
    assert all(36 <= len(m) <= 100 for m in SimConfig().merchant_ids)

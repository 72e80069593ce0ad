"""Realistic Open Delivery 1.5.0 orders (Keeta flavour) from a seeded random source.

Money is computed in `Decimal` and stays `Decimal` inside the payload; `to_json` writes it as a JSON
number with at most two decimals. Totals hold exactly:
item total = quantity x (unit price + options price), itemsPrice = sum of item totals,
orderAmount = itemsPrice + otherFees - discount = prepaid + pending.
"""

from __future__ import annotations

import base64
import json
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from kds.domain.order import OrderType
from kds.simulator.keeta_od import catalog
from kds.simulator.keeta_od.catalog import OptionSpec

CURRENCY = "BRL"
CENT = Decimal("0.01")
SOURCE_APP_ID = "6b1f0c2e-4d3a-4b5c-9e8f-7a6b5c4d3e2f"  # "Keeta" as an Open Delivery ordering app


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """An item to put in an on-demand order (`KeetaSimState.create_order(items=...)`)."""

    name: str
    unit_price: Decimal
    quantity: int = 1
    options: tuple[OptionSpec, ...] = ()
    note: str = ""
    code: str = ""


@dataclass(slots=True)
class GeneratedOrder:
    """An order payload and the plain text behind each `ENC_` value in it."""

    payload: dict[str, Any]
    ciphers: dict[str, str] = field(default_factory=dict)

    @property
    def order_id(self) -> str:
        """The order's id."""
        return str(self.payload["id"])


def to_json(value: Any) -> bytes:
    """Serialise a payload holding `Decimal`s (written with at most two decimals)."""
    return json.dumps(value, default=_json_default, ensure_ascii=False, separators=(",", ":")).encode()


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        # A 2-decimal amount round-trips exactly through float's shortest repr.
        return float(value.quantize(CENT, rounding=ROUND_HALF_UP))
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def rfc3339(when: datetime) -> str:
    """UTC RFC 3339 with milliseconds and `Z`, as Open Delivery wants dates."""
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def price(value: Decimal) -> dict[str, Any]:
    """An Open Delivery `Price`."""
    return {"value": value.quantize(CENT), "currency": CURRENCY}


def new_uuid(rng: random.Random) -> str:
    """A version-4 uuid drawn from `rng` (so a seed makes whole runs repeatable)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _cents(rng: random.Random, low: str, high: str) -> Decimal:
    lo, hi = int(Decimal(low) * 100), int(Decimal(high) * 100)
    return Decimal(rng.randint(lo, hi)) / 100


class OrderGenerator:
    """Builds order payloads. Not thread-safe: the simulator state calls it under its lock."""

    def __init__(self, rng: random.Random) -> None:
        """Draw every random choice from `rng`."""
        self.rng = rng

    def cipher(self, plain: str, ciphers: dict[str, str]) -> str:
        """Encrypt `plain` the Keeta way (`ENC_#…#1#`) and remember the plain text."""
        token = base64.b64encode(self.rng.randbytes(12)).decode()
        text = f"ENC_#{token}#1#"
        ciphers[text] = plain
        return text

    def random_items(self) -> list[ItemSpec]:
        """1 to 5 menu items with random add-ons and, now and then, a note."""
        rng = self.rng
        specs = []
        for dish in rng.sample(catalog.MENU, rng.randint(1, 5)):
            count = rng.randint(0, min(2, len(dish.options)))
            options = tuple(rng.sample(dish.options, count))
            note = rng.choice(catalog.ITEM_NOTES) if rng.random() < 0.3 else ""
            quantity = 1 if rng.random() < 0.7 else rng.randint(2, 3)
            specs.append(ItemSpec(dish.name, dish.price, quantity, options, note, dish.code))
        return specs

    def build(self, *, now: datetime, kind: OrderType, scheduled: bool, merchant_id: str,
              merchant_name: str, display_id: str, items: Sequence[ItemSpec] | None = None) -> GeneratedOrder:
        """A complete order created at `now`."""
        if kind not in (OrderType.DELIVERY, OrderType.PICKUP, OrderType.SELF_DELIVERY):
            raise ValueError(f"Keeta has no {kind.value} orders")
        rng = self.rng
        out = GeneratedOrder({})
        lines = [self._item(index, spec) for index, spec in enumerate(items or self.random_items(), 1)]
        items_price = sum((line["totalPrice"]["value"] for line in lines), Decimal(0))
        delivery = kind is not OrderType.PICKUP
        fees = self._fees(kind)
        fees_total = sum((fee["price"]["value"] for fee in fees), Decimal(0))
        discounts = self._discounts(items_price, fees, lines)
        discount_total = sum((d["amount"]["value"] for d in discounts), Decimal(0))
        amount = items_price + fees_total - discount_total
        payload: dict[str, Any] = {
            "id": new_uuid(rng),
            "type": "DELIVERY" if delivery else "TAKEOUT",
            "displayId": display_id,
            "sourceAppId": SOURCE_APP_ID,
            "salesChannel": "Keeta",
            "category": "FOOD",
            "createdAt": rfc3339(now),
            "lastEvent": "CREATED",
            "orderTiming": "SCHEDULED" if scheduled else "INSTANT",
            "preparationStartDateTime": rfc3339(now),
            "merchant": {"id": merchant_id, "name": merchant_name},
            "items": lines,
            "otherFees": fees,
            "discounts": discounts,
            "total": {"itemsPrice": price(items_price), "otherFees": price(fees_total),
                      "discount": price(discount_total), "orderAmount": price(amount)},
            "payments": self._payments(amount, kind),
            "customer": self._customer(out.ciphers),
            "sendPreparing": False,
            "sendPickedUp": False,
            "sendDelivered": kind is OrderType.SELF_DELIVERY,
            "sendTracking": kind is OrderType.SELF_DELIVERY,
        }
        ready_at = now + timedelta(minutes=20)
        if scheduled:
            start = (now + timedelta(minutes=rng.randint(30, 90))).replace(second=0, microsecond=0)
            end = start + timedelta(minutes=30)
            payload["schedule"] = {"scheduledDateTimeStart": rfc3339(start), "scheduledDateTimeEnd": rfc3339(end)}
            payload["preparationStartDateTime"] = rfc3339(start - timedelta(minutes=20))
            ready_at = start
        if delivery:
            payload["delivery"] = self._delivery(kind, ready_at + timedelta(minutes=20), out.ciphers)
        else:
            payload["takeout"] = {"mode": "DEFAULT", "takeoutDateTime": rfc3339(ready_at)}
        note = rng.choice(catalog.ORDER_NOTES)
        if note:
            payload["extraInfo"] = note
        out.payload = payload
        return out

    def _item(self, index: int, spec: ItemSpec) -> dict[str, Any]:
        options: list[dict[str, Any]] = []
        for opt_index, option in enumerate(spec.options, 1):
            quantity = 1 if self.rng.random() < 0.8 else 2
            options.append({
                "index": opt_index, "id": new_uuid(self.rng), "name": option.name,
                "externalCode": option.code, "unit": "UN", "quantity": quantity,
                "unitPrice": price(option.price), "totalPrice": price(option.price * quantity),
            })
        options_price = sum((o["totalPrice"]["value"] for o in options), Decimal(0))
        unit_price = Decimal(spec.unit_price)
        line: dict[str, Any] = {
            "id": new_uuid(self.rng), "index": index, "name": spec.name,
            "externalCode": spec.code or f"SKU-{index:03d}", "unit": "UN", "quantity": spec.quantity,
            "unitPrice": price(unit_price), "optionsPrice": price(options_price),
            "subtotalPrice": price(unit_price * spec.quantity),
            "totalPrice": price((unit_price + options_price) * spec.quantity),
        }
        if spec.note:
            line["specialInstructions"] = spec.note
        if options:
            line["options"] = options
        return line

    def _fees(self, kind: OrderType) -> list[dict[str, Any]]:
        rng = self.rng
        fees = []
        if kind is OrderType.DELIVERY:
            fees.append({"name": "Taxa de entrega", "type": "DELIVERY_FEE", "receivedBy": "MARKETPLACE",
                         "price": price(_cents(rng, "4.99", "9.99"))})
        elif kind is OrderType.SELF_DELIVERY:
            fees.append({"name": "Taxa de entrega (loja)", "type": "DELIVERY_FEE", "receivedBy": "MERCHANT",
                         "price": price(Decimal(rng.choice(("5.00", "6.00", "8.00"))))})
        if rng.random() < 0.4:
            fees.append({"name": "Taxa de serviço", "type": "SERVICE_FEE", "receivedBy": "MARKETPLACE",
                         "price": price(Decimal("0.99"))})
        if kind is not OrderType.PICKUP and rng.random() < 0.2:
            receiver = "LOGISTIC_SERVICES" if kind is OrderType.DELIVERY else "MERCHANT"
            fees.append({"name": "Gorjeta", "type": "TIP", "receivedBy": receiver,
                         "price": price(Decimal(rng.randint(2, 5)))})
        return fees

    def _discounts(self, items_price: Decimal, fees: list[dict[str, Any]],
                   lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rng = self.rng
        discounts = []
        if rng.random() < 0.3:
            amount = min((items_price / 10).quantize(CENT, rounding=ROUND_HALF_UP), Decimal("15.00"))
            merchant_part = Decimal(0)
            if rng.random() < 0.5:
                merchant_part = (amount / 2).quantize(CENT, rounding=ROUND_HALF_UP)
            sponsors: list[dict[str, Any]] = [{"name": "MARKETPLACE", "amount": price(amount - merchant_part),
                         "discountCode": "KEETA10"}]
            if merchant_part:
                sponsors.append({"name": "MERCHANT", "amount": price(merchant_part)})
            discounts.append({"amount": price(amount), "target": "CART", "sponsorshipValues": sponsors})
        delivery_fee = next((f for f in fees if f["type"] == "DELIVERY_FEE"), None)
        if delivery_fee is not None and rng.random() < 0.15:
            amount = delivery_fee["price"]["value"]
            discounts.append({"amount": price(amount), "target": "DELIVERY_FEE",
                              "sponsorshipValues": [{"name": "MARKETPLACE", "amount": price(amount)}]})
        if rng.random() < 0.1:
            line = rng.choice(lines)
            amount = min(Decimal("2.00"), line["totalPrice"]["value"])
            discounts.append({"amount": price(amount), "target": "ITEM", "targetId": line["id"],
                              "sponsorshipValues": [{"name": "MERCHANT", "amount": price(amount)}]})
        return discounts

    def _payments(self, amount: Decimal, kind: OrderType) -> dict[str, Any]:
        rng = self.rng
        if kind is OrderType.SELF_DELIVERY and rng.random() < 0.3:
            change_for = ((amount // 50) + 1) * 50
            method = {"value": amount, "currency": CURRENCY, "type": "PENDING", "method": "CASH",
                      "changeFor": Decimal(change_for)}
            return {"prepaid": Decimal(0), "pending": amount, "methods": [method]}
        choice = rng.choice(("CREDIT", "CREDIT", "DEBIT", "PIX", "DIGITAL_WALLET"))
        method = {"value": amount, "currency": CURRENCY, "type": "PREPAID", "method": choice}
        if choice in ("CREDIT", "DEBIT"):
            method["brand"] = rng.choice(("VISA", "MASTERCARD", "ELO", "AMEX"))
        return {"prepaid": amount, "pending": Decimal(0), "methods": [method]}

    def _customer(self, ciphers: dict[str, str]) -> dict[str, Any]:
        rng = self.rng
        phone = f"5511{rng.randint(900000000, 999999999)}"
        return {"id": new_uuid(rng), "name": rng.choice(catalog.CUSTOMER_NAMES),
                "phone": {"number": self.cipher(phone, ciphers)},
                "ordersCountOnMerchant": rng.randint(0, 25)}

    def _delivery(self, kind: OrderType, eta: datetime, ciphers: dict[str, str]) -> dict[str, Any]:
        rng = self.rng
        place = rng.choice(catalog.PLACES)
        number = str(rng.randint(10, 2400))
        complement = rng.choice(catalog.COMPLEMENTS)
        formatted = f"{place.street}, {number}{', ' + complement if complement else ''}, " \
                    f"{place.district} - São Paulo, SP - Brasil"
        address: dict[str, Any] = {
            "country": "BR", "state": "SP", "city": "São Paulo", "street": place.street,
            "postalCode": place.postal_code,
            "district": self.cipher(place.district, ciphers),
            "number": self.cipher(number, ciphers),
            "formattedAddress": self.cipher(formatted, ciphers),
            "coordinates": {"latitude": place.latitude, "longitude": place.longitude},
        }
        if complement:
            address["complement"] = self.cipher(complement, ciphers)
        delivery: dict[str, Any] = {
            "deliveredBy": "MERCHANT" if kind is OrderType.SELF_DELIVERY else "MARKETPLACE",
            "deliveryAddress": address,
            "estimatedDeliveryDateTime": rfc3339(eta),
        }
        if kind is OrderType.DELIVERY:
            delivery["pickupCode"] = f"{rng.randint(0, 9999):04d}"
        return delivery

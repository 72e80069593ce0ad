"""The simulator's orders: their products, money, refund cases, and the `orderInfo` Keeta sends.

Money is integer cents throughout, and totals hold exactly: a product's total is
count x (price + sum of its options), `productAmount` is the sum of product totals, and
`userPayAmount` = productAmount + fees - discounts.

The wire shape of `orderInfo` beyond the section names is ours (see
`kds.platforms.keeta_std.models`); the simulator writes it independently of that module so that
a mismatch between the two shows up in the end-to-end tests.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kds.domain.order import OrderType
from kds.simulator.keeta_std import catalog
from kds.simulator.keeta_std.catalog import AttrSpec, DishSpec

# Order statuses the simulator plays (30 and 50 are Keeta's; the rest are ours).
NEW, ACCEPTED, PREPARED, DELIVERING, COMPLETED, CANCELLED = 10, 30, 35, 37, 40, 50
OPEN = (NEW, ACCEPTED, PREPARED, DELIVERING)
REFUNDABLE = (ACCEPTED, PREPARED, DELIVERING, COMPLETED)
DELIVERY_TYPES = {OrderType.DELIVERY: 1, OrderType.PICKUP: 2, OrderType.SELF_DELIVERY: 3}


def ms(when: datetime) -> int:
    """Milliseconds since the epoch, as Keeta writes times."""
    return int(when.timestamp() * 1000)


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """An item for an on-demand order: a dish, how many, its options and a note."""

    dish: DishSpec
    count: int = 1
    attrs: tuple[AttrSpec, ...] = ()
    note: str = ""


@dataclass(slots=True)
class SimProduct:
    """One product line of an order."""

    order_product_id: int
    dish: DishSpec
    count: int
    attrs: tuple[AttrSpec, ...]
    note: str
    refunded: int = 0  # items already refunded

    @property
    def unit_total(self) -> int:
        """Price of one item with its options, in cents."""
        return self.dish.price + sum(a.price for a in self.attrs)

    @property
    def total(self) -> int:
        """Line total, in cents."""
        return self.count * self.unit_total

    @property
    def refundable(self) -> int:
        """Items not refunded yet."""
        return self.count - self.refunded

    def wire(self) -> dict[str, Any]:
        """The `products[]` entry."""
        return {
            "orderProductId": self.order_product_id, "spuId": self.dish.spu_id, "skuId": self.dish.sku_id,
            "name": self.dish.name, "specName": self.dish.spec, "count": self.count, "price": self.dish.price,
            "totalPrice": self.total, "attrs": [{"name": a.name, "price": a.price, "count": 1} for a in self.attrs],
            "remark": self.note,
        }


@dataclass(slots=True)
class RefundCase:
    """A refund: a customer's request (1005 full / 1007 partial) or the merchant's own (1007)."""

    after_sale_id: int
    event_id: int  # 1005 or 1007
    applied_at: datetime
    money: int
    reason: str
    by_merchant: bool = False
    products: list[tuple[SimProduct, int]] = field(default_factory=list)  # (product, count); empty: full
    status: int = 0
    handle_reason: str = ""
    outcome: str = ""  # refunded | rejected | withdrawn | "" while pending


@dataclass(slots=True)
class SimOrder:
    """An order as the platform keeps it."""

    order_id: int
    shop_id: int
    shop_name: str
    kind: OrderType
    created_at: datetime
    day_seq: int
    products: list[SimProduct]
    fees: dict[str, int]
    discounts: list[dict[str, Any]]
    recipient: dict[str, Any]
    ciphers: dict[str, str]
    remark: str = ""
    scheduled: bool = False
    delivery_time: datetime | None = None
    tableware: int = 0
    status: int = NEW
    history: list[str] = field(default_factory=list)
    confirmed_at: datetime | None = None
    prepared_at: datetime | None = None
    courier_status: int | None = None
    courier_name: str = ""
    courier_info: dict[str, Any] = field(default_factory=dict)
    cancel_code: str = ""
    cancelled_by: str = ""
    refunds: list[RefundCase] = field(default_factory=list)
    # Spoiled GETs (see `badgets.py`): how many are left, their kinds in turn, the next turn, the kinds
    # sent so far, and when the details were first answered truly.
    bad_gets: int = 0
    bad_kinds: tuple[str, ...] = ()
    bad_turn: int = 0
    bad_sent: list[str] = field(default_factory=list)
    read_at: datetime | None = None

    @property
    def items_total(self) -> int:
        """Sum of product totals (cents)."""
        return sum(p.total for p in self.products)

    @property
    def paid(self) -> int:
        """What the customer paid (cents)."""
        return self.items_total + sum(self.fees.values()) - sum(int(d["reduceFee"]) for d in self.discounts)

    @property
    def pending_refund(self) -> RefundCase | None:
        """The customer's refund request waiting for an answer, if any."""
        return next((c for c in self.refunds if not c.outcome and not c.by_merchant), None)

    @property
    def refunded_money(self) -> int:
        """Everything refunded so far (cents)."""
        return sum(c.money for c in self.refunds if c.outcome == "refunded")

    def product(self, order_product_id: int) -> SimProduct | None:
        """The product line with that id."""
        return next((p for p in self.products if p.order_product_id == order_product_id), None)

    def order_info(self, currency: str) -> dict[str, Any]:
        """`orderInfo` as the 1001 webhook and `/order/get` carry it, for the order as it is now."""
        base: dict[str, Any] = {
            "orderViewId": self.order_id, "shopId": self.shop_id, "shopName": self.shop_name,
            "status": self.status, "deliveryType": DELIVERY_TYPES[self.kind], "daySeq": str(self.day_seq),
            "chooseTableware": self.tableware, "ctime": ms(self.created_at), "remark": self.remark,
            "preOrder": self.scheduled, "currency": currency,
        }
        if self.delivery_time is not None:
            key = "estimatedDiningReadyUrgeTime" if self.kind is OrderType.PICKUP else "deliveryTime"
            base[key] = ms(self.delivery_time)
            if self.kind is OrderType.PICKUP and self.scheduled:
                base["deliveryTime"] = ms(self.delivery_time)
        reduce = sum(d["reduceFee"] for d in self.discounts)
        merchant = sum(d["merchantCharge"] for d in self.discounts)
        return {
            "baseOrder": base,
            "merchantOrder": {"ctime": ms(self.created_at)},
            "merchantOrderDeliveries": [{"courierInfo": self.courier_info}] if self.courier_info else [],
            "deliveryInfos": ([{"logisticsStatus": self.courier_status, "courierName": self.courier_name}]
                              if self.kind is OrderType.DELIVERY and self.courier_status is not None else []),
            "orderPromotionDtlList": self.discounts,
            "refundInfos": [{"afterSaleOrderId": c.after_sale_id, "status": c.status, "money": c.money}
                            for c in self.refunds],
            "recipientInfo": self.recipient,
            "feeDtl": {"currency": currency, "productAmount": self.items_total, **self.fees,
                       "merchantDiscount": merchant, "platformDiscount": reduce - merchant,
                       "userPayAmount": self.paid},
            "rebates": {}, "rebatesTag": False,
            "products": [p.wire() for p in self.products],
            "bigOrderTag": False, "subOrderInfoList": [],
        }


class OrderFactory:
    """Builds orders from a seeded random source. Not thread-safe: the state calls it under its lock."""

    def __init__(self, rng: random.Random) -> None:
        """Draw every random choice from `rng`."""
        self.rng = rng
        self._seq: dict[int, int] = {}

    def new_id(self, digits: int) -> int:
        """A random id of exactly `digits` digits."""
        return self.rng.randrange(10 ** (digits - 1), 10**digits)

    def cipher(self, plain: str, ciphers: dict[str, str]) -> str:
        """Encrypt `plain` the Keeta way (`ENC_…`) and remember the plain text."""
        text = "ENC_" + base64.b64encode(self.rng.randbytes(15)).decode()
        ciphers[text] = plain
        return text

    def random_items(self) -> list[ItemSpec]:
        """1 to 4 dishes with random options and, now and then, a note."""
        rng = self.rng
        items = []
        for dish in rng.sample(catalog.MENU, rng.randint(1, 4)):
            attrs = tuple(rng.sample(dish.attrs, rng.randint(0, min(1, len(dish.attrs)))))
            note = rng.choice(catalog.ITEM_NOTES) if rng.random() < 0.25 else ""
            items.append(ItemSpec(dish, 1 if rng.random() < 0.7 else rng.randint(2, 3), attrs, note))
        return items

    def build(self, *, now: datetime, kind: OrderType, shop_id: int, shop_name: str, scheduled: bool,
              items: Sequence[ItemSpec] | None, eta: datetime) -> SimOrder:
        """A new order placed at `now`."""
        rng = self.rng
        ciphers: dict[str, str] = {}
        products = [SimProduct(self.new_id(10), i.dish, i.count, i.attrs, i.note) for i in items or self.random_items()]
        fees = {"deliveryFee": 0, "packagingFee": 200 * len(products), "serviceFee": 0, "tipAmount": 0}
        if kind is OrderType.DELIVERY:
            fees["deliveryFee"] = rng.choice((900, 1200, 1500))
        elif kind is OrderType.SELF_DELIVERY:
            fees["deliveryFee"] = 1000
        discounts = []
        total = sum(p.total for p in products)
        if rng.random() < 0.3 and total >= 5000:
            merchant = rng.choice((0, 500, 1000))
            discounts.append({"promotionName": "滿$50減$10 $10 off over $50", "reduceFee": 1000,
                              "merchantCharge": merchant, "platformCharge": 1000 - merchant})
        street, lat, lng = rng.choice(catalog.PLACES)
        recipient: dict[str, Any] = {"name": rng.choice(catalog.CUSTOMER_NAMES),
                                     "phone": self.cipher(f"+852 {rng.randint(51000000, 69999999)}", ciphers)}
        if kind is not OrderType.PICKUP:
            recipient.update({"address": self.cipher(street, ciphers),
                              "houseNumber": self.cipher(f"{rng.randint(1, 40)}/F, Flat {rng.choice('ABCDEFG')}",
                                                         ciphers),
                              "latitude": lat, "longitude": lng})
        seq = self._seq.get(shop_id, 0) + 1
        self._seq[shop_id] = seq
        return SimOrder(
            order_id=self.new_id(15), shop_id=shop_id, shop_name=shop_name, kind=kind, created_at=now,
            day_seq=seq, products=products, fees=fees, discounts=discounts, recipient=recipient, ciphers=ciphers,
            remark=rng.choice(catalog.ORDER_NOTES), scheduled=scheduled, delivery_time=eta,
            tableware=int(rng.random() < 0.4), history=["placed"])

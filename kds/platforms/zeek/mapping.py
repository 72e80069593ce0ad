"""Pure translation of Zeek's `order_create` into the domain's order and events.

Choices where the seed is silent, made here once:

- An order is accepted when it arrives (Zeek has no acceptance step): one relay event gives
  CREATED and ACCEPTED (``{eventId}:accepted``), both stamped `order_time`, so the ticket starts in
  preparation and its clock counts from arrival, or to the scheduled pickup.
- Every CKGo order is collected at the counter with its `pickup_code` (by the customer, or by a
  rider on the customer's behalf): `OrderType.PICKUP`, whatever `shipping.type` says. The pickup
  code is the order's display id and its `pickup_code`.
- Names: the station's language first (``vi``, ``en``, ``zh-HK``; Chinese stations take
  ``zh-HK``), then Vietnamese, English, Hong Kong Chinese, then whatever the product has.
- A combo's chosen items and every chosen option value are the line's options; an option value with
  `price_adjustment` 2 is a deduction (a negative price). `is_alcohol` adds ``ID check`` to the
  line's note (the ticket and card show notes; the staff check the customer's ID at the counter).
- Amounts are decimal VND (no minor units) unless `fee.currency` says otherwise; the fee block's
  subtotal, coupon discount, shipping fee and total are Zeek's, the lines' totals ours.
- The customer's phone is kept masked (``•••• 4567``): staff never need more at the counter, and
  it cannot then reach a log or a printout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from kds.domain.events import BadEvent, EventKind, OrderEvent, RawEvent
from kds.domain.money import Money
from kds.domain.order import (
    Customer,
    Discount,
    Fee,
    FeeKind,
    Line,
    Option,
    Order,
    OrderKey,
    OrderType,
    Payment,
    Platform,
    Timing,
    Totals,
)
from kds.platforms.zeek import models as wire

RELAY_PLATFORM = "zeek"
"""`metadata.platform` of the relay events this package reads."""
ORDER_CREATE = "order_create"
"""The relay's `eventType` of Zeek's `OrderCreateCallback`."""
DEFAULT_CURRENCY = "VND"
VIETNAM = timezone(timedelta(hours=7))
"""A time Zeek sends without an offset is Vietnam's (Circle K VN)."""
LANGUAGES = ("vi", "en", "zh-HK")
"""The languages a product's name comes in, in the order they are tried after the station's."""
ID_CHECK = "ID check"
"""The note an alcoholic product carries."""
NO_ORDER = "-"


@dataclass(frozen=True, slots=True)
class MappedEvent:
    """A relay event read: its domain events, its raw form, and the order it carries."""

    events: tuple[OrderEvent, ...]
    raw: RawEvent
    order: Order
    payload: dict[str, Any]


def preferred_languages(language: str) -> tuple[str, ...]:
    """The name languages to try for a station speaking `language` (``vi``, ``en``, ``zh_HK``…)."""
    code = language.replace("_", "-").lower()
    first = "zh-HK" if code.startswith("zh") else code.split("-")[0]
    return tuple(dict.fromkeys((first, *LANGUAGES)))


def pick_name(names: wire.Names, languages: Sequence[str]) -> str:
    """The name in the first of `languages` it has, else any it has ("" when none)."""
    if isinstance(names, str):
        return names.strip()
    lowered = {k.lower(): v for k, v in names.items() if isinstance(v, str) and v.strip()}
    for language in languages:
        if lowered.get(language.lower()):
            return lowered[language.lower()].strip()
    return next(iter(lowered.values()), "").strip()


def mask_phone(phone: str) -> str:
    """A phone number as the counter may see it: its last four digits only."""
    digits = "".join(c for c in phone if c.isdigit())
    return f"•••• {digits[-4:]}" if len(digits) >= 4 else ""


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=VIETNAM)


def _line(index: int, product: wire.Product, currency: str, languages: Sequence[str]) -> Line:
    def m(value: Decimal) -> Money:
        return Money.of(value, currency)

    options: list[Option] = []
    for component in product.combo_components:
        for item in component.items:
            options.append(Option(name=pick_name(item.name, languages), quantity=item.quantity,
                                  unit_price=m(item.price), total=m(item.price * item.quantity * product.quantity),
                                  external_code=item.product_id))
    for group in product.options:
        for value in group.option_values:
            price = -value.price if value.price_adjustment == 2 else value.price
            options.append(Option(name=pick_name(value.name, languages), quantity=value.quantity,
                                  unit_price=m(price), total=m(price * value.quantity * product.quantity)))
    unit = product.price + sum((o.unit_price.amount * o.quantity for o in options), Decimal(0))
    notes = [n for n in ((product.remark or "").strip(), ID_CHECK if product.is_alcohol else "") if n]
    return Line(line_id=f"{index}:{product.product_id}", name=pick_name(product.name, languages) or product.product_id,
                quantity=product.quantity, unit_price=m(product.price), total=m(unit * product.quantity),
                options=tuple(options), note=" · ".join(notes), external_code=product.product_id)


def map_order(order: wire.OrderCreate, platform: Platform = Platform.ZEEK, *, language: str = "vi") -> Order:
    """Translate an `order_create` into the domain's `Order`, names in `language` where they can be."""
    languages = preferred_languages(language)
    fee = order.fee
    currency = (fee.currency or DEFAULT_CURRENCY).strip().upper()

    def m(value: Decimal) -> Money:
        return Money.of(value, currency)

    lines = tuple(_line(i, p, currency, languages) for i, p in enumerate(order.products, start=1))
    computed = sum((line.total.amount for line in lines), Decimal(0))
    items = m(fee.subtotal if fee.subtotal is not None else computed)
    fees = tuple(f for f in (
        Fee(FeeKind.DELIVERY, "Shipping fee", m(fee.shipping_fee)) if fee.shipping_fee else None,
        Fee(FeeKind.OTHER, "VAT", m(fee.vat)) if fee.vat and not fee.is_vat_included else None) if f)
    fees_total = m(sum((f.amount.amount for f in fees), Decimal(0)))
    discounts = (Discount(amount=m(fee.coupon_discount), target="cart", sponsor="marketplace"),) \
        if fee.coupon_discount else ()
    discount = m(fee.coupon_discount)
    total = m(fee.total) if fee.total is not None else items + fees_total - discount
    scheduled = order.schedule.type == 2 and order.schedule.delivery_time is not None
    start = _aware(order.schedule.delivery_time) if scheduled and order.schedule.delivery_time else None
    store_id = order.store.id or order.store_id
    return Order(
        key=OrderKey(platform, order.order_id),
        display_id=order.pickup_code or order.order_id[-4:],
        type=OrderType.PICKUP,
        created_at=order.order_time,
        lines=lines,
        totals=Totals(items=items, fees=fees_total, discount=discount, total=total),
        timing=Timing.SCHEDULED if scheduled else Timing.INSTANT,
        merchant_id=store_id,
        merchant_name=order.store.name,
        scheduled_start=start,
        promised_at=start,
        fees=fees,
        discounts=discounts,
        payments=(Payment(method=order.payment.method.strip().upper() or "ONLINE", amount=total,
                          prepaid=order.payment.method.strip().upper() != "CASH"),),
        customer=Customer(name=order.customer.name.strip(), phone=mask_phone(order.customer.phone)),
        notes=(order.remark or "").strip(),
        pickup_code=order.pickup_code,
        language=languages[0],
    )


def is_foreign(raw: Any) -> bool:
    """True for a relay event of another platform: not ours to read."""
    meta = raw.get("metadata") if isinstance(raw, dict) else None
    platform = meta.get("platform") if isinstance(meta, dict) else None
    return isinstance(platform, str) and platform != RELAY_PLATFORM


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _where(exc: ValidationError) -> str:
    """Where validation failed, without the values (they may be customer data)."""
    return ", ".join(sorted({".".join(str(p) for p in e["loc"]) or "event" for e in exc.errors()})[:5])


def read_event(raw: Any, platform: Platform = Platform.ZEEK, *, language: str = "vi") -> MappedEvent | BadEvent:
    """One relay event as domain events and the order it carries, or a `BadEvent` saying why not."""
    if not isinstance(raw, dict):
        return BadEvent(raw={"value": raw}, reason=f"event is a JSON {type(raw).__name__}, not an object")
    event_id, event_type = _str(raw.get("eventId")), _str(raw.get("eventType"))
    ids = {"event_id": event_id, "order_id": _str(raw.get("orderId")) or NO_ORDER, "event_type": event_type}
    if not event_id:
        return BadEvent(raw=raw, reason="relay event without an eventId", **ids)
    if event_type != ORDER_CREATE:
        return BadEvent(raw=raw, reason="unknown event type", **ids)
    payload = raw.get("payload")
    try:
        order = map_order(wire.OrderCreate.model_validate(payload), platform, language=language)
    except ValidationError as exc:
        return BadEvent(raw=raw, reason="malformed order_create: " + _where(exc), **ids)
    oid = order.key.order_id
    created = OrderEvent(platform=platform, event_id=event_id, order_id=oid, kind=EventKind.CREATED,
                         created_at=order.created_at, source_type=ORDER_CREATE, actor="customer",
                         details={"display_id": order.display_id})
    # No acceptance step: the order is the store's once Zeek has handed it over.
    accepted = OrderEvent(platform=platform, event_id=f"{event_id}:accepted", order_id=oid, kind=EventKind.ACCEPTED,
                          created_at=order.created_at, source_type=ORDER_CREATE, actor="platform")
    return MappedEvent((created, accepted), RawEvent(event_id, oid, event_type, raw), order,
                       payload if isinstance(payload, dict) else {})

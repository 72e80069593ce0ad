"""Pure translation of Keeta Open Delivery wire models into domain orders and events.

Amounts go through `Money.of`, which reads wire floats through their shortest repr, so no float
arithmetic ever touches money. Customer fields Keeta sends as `ENC_` ciphertexts are kept as they
are; decrypting them is a separate, explicit step (self-delivery only).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from kds.domain.events import EventKind, OrderEvent, RefundItem, RefundRequest
from kds.domain.money import Money
from kds.domain.order import (
    Address,
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
from kds.platforms.keeta_od import models as wire

EVENT_KINDS: dict[wire.EventType, EventKind] = {
    wire.EventType.CREATED: EventKind.CREATED,
    wire.EventType.CONFIRMED: EventKind.ACCEPTED,
    wire.EventType.DISPATCHED: EventKind.DISPATCHED,
    wire.EventType.READY_FOR_PICKUP: EventKind.READY,
    wire.EventType.PICKED_UP: EventKind.PICKED_UP,
    wire.EventType.DELIVERED: EventKind.DELIVERED,
    wire.EventType.CONCLUDED: EventKind.CONCLUDED,
    wire.EventType.CANCELLATION_REQUESTED: EventKind.CANCELLATION_REQUESTED,
    wire.EventType.CANCELLED: EventKind.CANCELLED,
    wire.EventType.USER_REFUND_REQUEST: EventKind.REFUND_REQUESTED,
    wire.EventType.REFUNDED: EventKind.REFUNDED,
    wire.EventType.REFUND_FAILED: EventKind.REFUND_FAILED,
}

# `lastEvent` values that an order's details imply as events (see `implied_events`). Overlays that
# open something (a refund request, a cancellation request) are left out: their metadata and time
# are only known from the event itself.
_IMPLIED = frozenset({
    wire.EventType.CONFIRMED, wire.EventType.READY_FOR_PICKUP, wire.EventType.DISPATCHED,
    wire.EventType.PICKED_UP, wire.EventType.DELIVERED, wire.EventType.CONCLUDED,
    wire.EventType.CANCELLED, wire.EventType.REFUNDED, wire.EventType.REFUND_FAILED,
})

_FEE_KINDS = {"DELIVERY_FEE": FeeKind.DELIVERY, "SERVICE_FEE": FeeKind.SERVICE, "TIP": FeeKind.TIP}

_MERCHANT_CANCEL_CODES = frozenset({
    *wire.CANCEL_CODES, "SYSTEMIC_ISSUES", "DUPLICATE_APPLICATION", "UNAVAILABLE_ITEM",
    "RESTAURANT_WITHOUT_DELIVERY_PERSON", "OUTDATED_MENU", "ORDER_OUTSIDE_THE_DELIVERY_AREA",
    "BLOCKED_CUSTOMER", "OUTSIDE_DELIVERY_HOURS", "INTERNAL_DIFFICULTIES_OF_THE_RESTAURANT", "RISK_AREA",
    "DELIVERY_PROBLEM",
})
_ACTORS = {
    "customer": "customer", "consumer": "customer", "user": "customer",
    "merchant": "merchant", "restaurant": "merchant", "store": "merchant",
    "platform": "platform", "keeta": "platform", "marketplace": "platform", "cs": "platform",
    "system": "system",
}


def money(price: wire.Price) -> Money:
    """A wire price as Money (the wire schema already read the value as an exact Decimal)."""
    return Money(price["value"], price["currency"].upper())


def map_order(order: wire.Order, platform: Platform = Platform.KEETA_OD) -> Order:
    """Translate a wire order into the domain's `Order`."""
    total = order["total"]
    currency = total["order_amount"]["currency"].upper()
    delivery = order.get("delivery")
    schedule = order.get("schedule") if order.get("order_timing") is wire.OrderTiming.SCHEDULED else None
    other_fees, discount = total.get("other_fees"), total.get("discount")
    address = delivery.get("delivery_address") if delivery else None
    return Order(
        key=OrderKey(platform, order["id"]),
        display_id=order["display_id"],
        type=order_type(order),
        created_at=order["created_at"],
        lines=tuple([_line(item) for item in order["items"]]),
        totals=Totals(
            items=money(total["items_price"]),
            fees=money(other_fees) if other_fees else Money.zero(currency),
            discount=money(discount) if discount else Money.zero(currency),
            total=money(total["order_amount"]),
        ),
        timing=Timing.SCHEDULED if schedule is not None else Timing.INSTANT,
        merchant_id=order["merchant"]["id"],
        merchant_name=order["merchant"].get("name", ""),
        scheduled_start=schedule["start"] if schedule else None,
        scheduled_end=schedule["end"] if schedule else None,
        preparation_start=order.get("preparation_start_date_time"),
        promised_at=_promised_at(order),
        fees=tuple([Fee(_FEE_KINDS.get(fee.get("type", ""), FeeKind.OTHER), fee.get("name", ""), money(fee["price"]))
                    for fee in order.get("other_fees", ())]),
        discounts=tuple([_discount(d) for d in order.get("discounts", ())]),
        payments=tuple([_payment(m) for m in order.get("payments", {}).get("methods", ())]),
        customer=_customer(order.get("customer")),
        address=_address(address) if address else None,
        notes=(order.get("extra_info") or "").strip(),
        pickup_code=(delivery.get("pickup_code") or "") if delivery else "",
    )


def order_type(order: wire.Order) -> OrderType:
    """TAKEOUT → pickup, INDOOR → dine-in, DELIVERY → delivery, or self-delivery when the merchant delivers."""
    kind = order["type"]
    if kind is wire.OrderType.TAKEOUT:
        return OrderType.PICKUP
    if kind is wire.OrderType.INDOOR:
        return OrderType.DINE_IN
    delivery = order.get("delivery")
    if delivery is not None and delivery.get("delivered_by", "MARKETPLACE").upper() == "MERCHANT":
        return OrderType.SELF_DELIVERY
    return OrderType.DELIVERY


def _promised_at(order: wire.Order) -> datetime | None:
    delivery, takeout, indoor = order.get("delivery"), order.get("takeout"), order.get("indoor")
    if delivery and delivery.get("estimated_delivery_date_time"):
        return delivery.get("estimated_delivery_date_time")
    if takeout and takeout.get("takeout_date_time"):
        return takeout.get("takeout_date_time")
    if indoor and indoor.get("indoor_date_time"):
        return indoor.get("indoor_date_time")
    return None


def _line(item: wire.Item) -> Line:
    options = item.get("options", ())
    if len(options) > 1:
        options = sorted(options, key=_option_index)
    return Line(
        line_id=item["id"],
        name=item["name"],
        quantity=item["quantity"],
        unit_price=money(item["unit_price"]),
        total=money(item["total_price"]),
        options=tuple([
            Option(
                name=o["name"],
                quantity=o.get("quantity", _ONE),
                unit_price=money(o["unit_price"]),
                total=money(o["total_price"]),
                note=(o.get("special_instructions") or "").strip(),
                external_code=o.get("external_code", ""),
            )
            for o in options
        ]),
        note=(item.get("special_instructions") or "").strip(),
        external_code=item.get("external_code", ""),
        unit=item.get("unit", "UN"),
    )


_ONE = Decimal(1)


def _option_index(option: wire.ItemOption) -> int:
    return option.get("index") or 0


def _discount(discount: wire.Discount) -> Discount:
    # Several sponsors can share one discount; the ticket shows them all ("marketplace+merchant").
    sponsors = dict.fromkeys(s["name"].lower() for s in discount.get("sponsorship_values", ()) if s.get("name"))
    return Discount(
        amount=money(discount["amount"]),
        target=discount.get("target", "CART").lower(),
        sponsor="+".join(sponsors),
        target_line_id=discount.get("target_id") or "",
    )


def _payment(method: wire.PaymentMethod) -> Payment:
    currency = method["currency"]
    change_for = method.get("change_for")
    return Payment(
        method=method.get("method", "OTHER"),
        amount=Money.of(method["value"], currency),
        prepaid=method.get("type", "PREPAID").upper() == "PREPAID",
        brand=method.get("brand") or "",
        change_for=Money.of(change_for, currency) if change_for is not None else None,
    )


def _customer(customer: wire.Customer | None) -> Customer:
    if customer is None:
        return Customer()
    count = customer.get("orders_count_on_merchant")
    phone = customer.get("phone")
    return Customer(
        name=customer.get("name", ""),
        phone=phone.get("number", "") if phone else "",
        orders_count=int(count) if count is not None else None,
    )


def _address(address: wire.DeliveryAddress) -> Address:
    return Address(
        formatted=address.get("formatted_address", ""),
        street=address.get("street", ""),
        number=address.get("number", ""),
        complement=address.get("complement", ""),
        district=address.get("district", ""),
        city=address.get("city", ""),
        postal_code=address.get("postal_code", ""),
        reference=address.get("reference", ""),
    )


def map_event(event: wire.Event, platform: Platform = Platform.KEETA_OD) -> OrderEvent:
    """Translate a wire event into an `OrderEvent`; `source_type` keeps Keeta's event type."""
    meta: Mapping[str, Any] = event.meta
    kind = EVENT_KINDS[event.event_type]
    reason = _text(meta.get("reason"))
    code = _text(meta.get("code"))
    actor = ""
    refund: RefundRequest | None = None
    amount: Money | None = None
    if kind in (EventKind.CANCELLED, EventKind.CANCELLATION_REQUESTED):
        actor = _actor(meta, code, kind)
    elif kind is EventKind.REFUND_REQUESTED:
        refund = refund_request(meta, event.created_at)
        amount = refund.amount
        actor = "customer"
    elif kind in (EventKind.REFUNDED, EventKind.REFUND_FAILED):
        amount = _amount(meta)
    details = {"order_url": event.order_url} if event.order_url else {}
    details.update({k: _text(v) for k, v in meta.items() if isinstance(v, str | int | float | bool)})
    return OrderEvent(
        platform=platform,
        event_id=event.event_id,
        order_id=event.order_id,
        kind=kind,
        created_at=event.created_at,
        source_type=event.event_type.value,
        reason=reason,
        code=code,
        actor=actor,
        refund=refund,
        amount=amount,
        details=details,
    )


def refund_request(meta: Mapping[str, Any], requested_at: datetime) -> RefundRequest:
    """A customer refund request from whatever metadata Keeta sent (none at all is fine).

    Keeta never published the metadata's fields, so this reads the likely spellings
    (`refundAmount` / `amount`, `items[].itemId` / `id`, `type` FULL / PARTIAL) and drops anything
    it cannot read rather than losing a request that must be answered within minutes.
    """
    items = tuple(item for item in map(_refund_item, _list(meta.get("items"))) if item is not None)
    kind = _text(meta.get("type") or meta.get("refundType")).upper()
    full = kind != "PARTIAL" if kind else not items
    return RefundRequest(
        requested_at=requested_at,
        amount=_amount(meta),
        reason=_text(meta.get("reason")),
        items=items,
        full=full,
        reference=_text(meta.get("refundId") or meta.get("afterSaleId") or meta.get("id")),
    )


def implied_events(order: wire.Order, at: datetime, platform: Platform = Platform.KEETA_OD) -> tuple[OrderEvent, ...]:
    """The event an order's `lastEvent` implies, stamped `at` (when it was seen).

    Lets the outbox reconcile "order status is not in a valid state" with a fresh GET even before
    polling brings the real event. The id is stable per (order, lastEvent), so fetching again adds
    nothing, and the real event, which is older, keeps the true timestamps in the fold.
    """
    try:
        last = wire.EventType(order.get("last_event") or "")
    except ValueError:
        return ()
    if last not in _IMPLIED:
        return ()
    return (OrderEvent(
        platform=platform,
        event_id=f"lastEvent:{order['id']}:{last.value}",
        order_id=order["id"],
        kind=EVENT_KINDS[last],
        created_at=at,
        source_type=last.value,
        details={"implied_by": "lastEvent"},
    ),)


def _actor(meta: Mapping[str, Any], code: str, kind: EventKind) -> str:
    for key in ("actor", "cancelledBy", "origin", "source", "requestedBy"):
        value = _text(meta.get(key)).lower()
        if value:
            return _ACTORS.get(value, value)
    if kind is EventKind.CANCELLATION_REQUESTED:
        return "merchant"  # Keeta: "sent by the Software Service"
    if code == "CONSUMER_CANCELLATION_REQUESTED":
        return "customer"
    if code in _MERCHANT_CANCEL_CODES:
        return "merchant"
    return "platform" if code else ""


def _amount(meta: Mapping[str, Any]) -> Money | None:
    for key in ("refundAmount", "amount"):
        value = meta.get(key)
        if isinstance(value, Mapping):
            found = _price(value.get("value"), value.get("currency"))
        else:
            found = _price(value, meta.get("currency"))
        if found is not None:
            return found
    return None


def _price(value: Any, currency: Any) -> Money | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        return None
    if not isinstance(currency, str) or len(currency) != 3 or not currency.isalpha():
        return None
    try:
        result = Money.of(value, currency)
    except (InvalidOperation, ValueError):
        return None
    return result if result.amount.is_finite() else None


def _refund_item(raw: Any) -> RefundItem | None:
    if not isinstance(raw, Mapping):
        return None
    try:
        quantity = Decimal(str(raw.get("quantity", 1)))
    except InvalidOperation:
        return None
    if not quantity.is_finite():
        return None
    amount = raw.get("amount") or raw.get("refundAmount")
    return RefundItem(
        name=_text(raw.get("name")),
        quantity=quantity,
        line_id=_text(raw.get("itemId") or raw.get("id")),
        amount=_price(amount.get("value"), amount.get("currency")) if isinstance(amount, Mapping) else None,
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str:
    if value is None or isinstance(value, Mapping | list):
        return ""
    return str(value).strip()

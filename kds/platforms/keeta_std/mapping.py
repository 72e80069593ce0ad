"""Pure translation of Keeta Standard wire models into domain orders and events.

Amounts are integer minor units (`Money.from_minor`), so no float ever touches money. Customer
fields stay `ENC_` ciphertexts; decrypting is a separate step for self-delivery orders.

One relay event can stand for more than one domain event (a courier that picked the food up is
both a rider update and the order leaving the kitchen). The first keeps the relay's `eventId`;
the others get ``{eventId}:{kind}``, stable across redeliveries so the journal dedupes them.

How 1005 and 1007 are read (the status tables are ours, see `codes.py`):

- 1005 `status` 2001: the customer asks for a full refund → REFUND_REQUESTED (`money` as the
  amount, `applyReason`, `afterSaleOrderId` as the reference, `opTime` starts the 15 minutes);
  2002/2005/2006 → REFUNDED with `money`; 2003/2004/2007 → REFUND_FAILED with `handleReason`.
- 1007 whose `applyOpType` is 20 (the merchant) or whose status is 5010/5011 reports the
  merchant's own partial refund: 5010 (or any refunded status) → PARTIAL_REFUND with `money`;
  5011 → PARTIAL_REFUND without an amount (journalled, changes nothing). Any other 1007 is a
  customer's request for some items: 5001 → REFUND_REQUESTED with `full=False` and the
  `refundProducts` as items; 5002/5005 → REFUNDED; 5003/5004 → REFUND_FAILED. A merchant's
  partial refund carries its `refundProducts` as the event's items (what is left to refund).
- A status outside these tables is not guessed at, and not thrown away either: the customer's
  request stays on the ticket, answerable (agree or reject), as a REFUND_REQUESTED whose
  `RefundRequest.unknown_status` holds the code (the board says "refund request — status N").
  The clock to answer keeps the request's first time (same `afterSaleOrderId`). An unknown status
  of the merchant's own partial refund asks nothing of staff: PARTIAL_REFUND without an amount,
  journalled, changing nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ValidationError

from kds.domain.events import BadEvent, EventKind, OrderEvent, RawEvent, RefundItem, RefundRequest, RiderInfo
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
from kds.platforms.keeta_std import codes
from kds.platforms.keeta_std import models as wire
from kds.platforms.keeta_std.codes import EventId, LogisticsStatus, OpType, PartRefundStatus, RefundStatus

RELAY_PLATFORM = "keeta_std"
"""`metadata.platform` of the relay events this package reads."""
DEFAULT_CURRENCY = "HKD"
NO_ORDER = "-"
"""Order id given to an unreadable relay event that names no order (the relay acknowledges by event id)."""

_MESSAGES: dict[int, type[BaseModel]] = {
    EventId.ORDER_PLACED: wire.OrderPlaced,
    EventId.ORDER_ACCEPTED: wire.StatusChange,
    EventId.ORDER_COMPLETED: wire.StatusChange,
    EventId.ORDER_CANCELLED: wire.Cancelled,
    EventId.REFUND_STATUS: wire.RefundChange,
    EventId.COURIER_STATUS: wire.CourierChange,
    EventId.PART_REFUND_STATUS: wire.PartRefundChange,
}

_IMPLIED: dict[int, EventKind] = {
    codes.OrderStatus.ACCEPTED: EventKind.ACCEPTED,
    codes.OrderStatus.PREPARED: EventKind.READY,
    codes.OrderStatus.DELIVERING: EventKind.DISPATCHED,
    codes.OrderStatus.COMPLETED: EventKind.CONCLUDED,
    codes.OrderStatus.CANCELLED: EventKind.CANCELLED,
}


class UnreadableEventError(ValueError):
    """The event's message cannot be mapped; the text says why (never customer data)."""


@dataclass(frozen=True, slots=True)
class MappedEvent:
    """A relay event read: its domain events, its raw form, the shop, and for 1001 the order."""

    events: tuple[OrderEvent, ...]
    raw: RawEvent
    shop_id: str = ""
    placed: wire.OrderInfo | None = None
    placed_raw: dict[str, Any] = field(default_factory=dict)


# --- orders -----------------------------------------------------------------------------------


def order_type(base: wire.BaseOrder) -> OrderType:
    """The wire's `deliveryType`: 2 → pickup, 3 → self-delivery, anything else → delivery by Keeta's rider."""
    if base.deliveryType == codes.DeliveryType.PICKUP:
        return OrderType.PICKUP
    if base.deliveryType == codes.DeliveryType.MERCHANT:
        return OrderType.SELF_DELIVERY
    return OrderType.DELIVERY


def order_currency(info: wire.OrderInfo, default: str = DEFAULT_CURRENCY) -> str:
    """`feeDtl.currency`, else `baseOrder.currency`, else `default`."""
    found = (info.feeDtl.currency if info.feeDtl else "") or info.baseOrder.currency or default
    return found.strip().upper()


def map_order(info: wire.OrderInfo, platform: Platform = Platform.KEETA_STD, *, shop_id: str = "",
              default_currency: str = DEFAULT_CURRENCY) -> Order:
    """Translate an `orderInfo` into the domain's `Order` (`shop_id` when baseOrder has none)."""
    base = info.baseOrder
    currency = order_currency(info, default_currency)

    def m(minor: int) -> Money:
        return Money.from_minor(minor, currency)

    kind = order_type(base)
    lines = tuple(_line(p, m) for p in info.products)
    fee = info.feeDtl or wire.FeeDtl()
    items = m(fee.productAmount) if fee.productAmount is not None else _sum((ln.total for ln in lines), currency)
    fees = tuple(Fee(k, name, m(v)) for k, name, v in (
        (FeeKind.DELIVERY, "Delivery fee", fee.deliveryFee), (FeeKind.PACKAGING, "Packaging fee", fee.packagingFee),
        (FeeKind.SERVICE, "Service fee", fee.serviceFee), (FeeKind.TIP, "Tip", fee.tipAmount)) if v)
    discounts = _discounts(info, m)
    discount = _sum((d.amount for d in discounts), currency)
    fees_total = _sum((f.amount for f in fees), currency)
    total = m(fee.userPayAmount) if fee.userPayAmount is not None else items + fees_total - discount
    created = wire.from_ms(base.ctime)
    scheduled = base.preOrder and base.deliveryTime is not None
    ready = base.estimatedDiningReadyUrgeTime if kind is OrderType.PICKUP else None
    promised = ready or base.deliveryTime
    recipient = info.recipientInfo or wire.RecipientInfo()
    return Order(
        key=OrderKey(platform, base.orderViewId),
        display_id=base.daySeq or base.orderViewId[-4:],
        type=kind,
        created_at=created,
        lines=lines,
        totals=Totals(items=items, fees=fees_total, discount=discount, total=total),
        timing=Timing.SCHEDULED if scheduled else Timing.INSTANT,
        merchant_id=base.shopId or shop_id,
        merchant_name=base.shopName,
        scheduled_start=wire.from_ms(base.deliveryTime) if scheduled and base.deliveryTime else None,
        promised_at=wire.from_ms(promised) if promised else None,
        fees=fees,
        discounts=discounts,
        # Keeta orders are paid in the app before they reach the restaurant [I].
        payments=(Payment(method="ONLINE", amount=total, prepaid=True),),
        customer=Customer(name=recipient.name.strip(), phone=recipient.phone.strip()),
        address=None if kind is OrderType.PICKUP or not recipient.address else Address(
            formatted=recipient.address.strip(), number=recipient.houseNumber.strip()),
        notes=(base.remark or "").strip(),
        tableware=None if base.chooseTableware is None else bool(base.chooseTableware),
    )


def _sum(amounts: Any, currency: str) -> Money:
    total = Money.zero(currency)
    for amount in amounts:
        total = total + amount
    return total


def _line(product: wire.Product, m: Callable[[int], Money]) -> Line:
    options = tuple(Option(name=a.name, quantity=Decimal(a.count), unit_price=m(a.price),
                           total=m(a.price * a.count * product.count)) for a in product.attrs)
    computed = product.count * (product.price + sum(a.price * a.count for a in product.attrs))
    name = f"{product.name} ({product.specName})" if product.specName else product.name
    return Line(
        line_id=product.orderProductId,
        name=name,
        quantity=Decimal(product.count),
        unit_price=m(product.price),
        total=m(product.totalPrice if product.totalPrice is not None else computed),
        options=options,
        note=(product.remark or "").strip(),
        external_code=product.skuId or "",
    )


def _discounts(info: wire.OrderInfo, m: Callable[[int], Money]) -> tuple[Discount, ...]:
    found = []
    for promo in info.orderPromotionDtlList:
        if not promo.reduceFee:
            continue
        sponsors = [name for name, part in (("merchant", promo.merchantCharge), ("marketplace", promo.platformCharge))
                    if part]
        found.append(Discount(amount=m(promo.reduceFee), target="cart", sponsor="+".join(sponsors)))
    if found or info.feeDtl is None:
        return tuple(found)
    fee = info.feeDtl
    return tuple(Discount(amount=m(v), target="cart", sponsor=s)
                 for s, v in (("merchant", fee.merchantDiscount), ("marketplace", fee.platformDiscount)) if v)


def implied_events(info: wire.OrderInfo, at: datetime,
                   platform: Platform = Platform.KEETA_STD) -> tuple[OrderEvent, ...]:
    """The event `baseOrder.status` implies, stamped `at` (when it was seen).

    Lets the outbox reconcile "already handled" with a fresh `/order/get` before (or without) a
    webhook. The id is stable per (order, status), so fetching again adds nothing.
    """
    status = info.baseOrder.status
    kind = _IMPLIED.get(status) if status is not None else None
    if kind is None:
        return ()
    order_id = info.baseOrder.orderViewId
    return (OrderEvent(platform=platform, event_id=f"status:{order_id}:{status}", order_id=order_id, kind=kind,
                       created_at=at, source_type=f"status_{status}", details={"implied_by": "baseOrder.status"}),)


# --- events -----------------------------------------------------------------------------------


def is_foreign(raw: Any) -> bool:
    """True for a relay event of another platform (GoFood through the same tenant): not ours to read."""
    if not isinstance(raw, dict):
        return False
    meta = raw.get("metadata")
    platform = meta.get("platform") if isinstance(meta, dict) else None
    return isinstance(platform, str) and platform != RELAY_PLATFORM


def read_event(raw: Any, platform: Platform = Platform.KEETA_STD,
               default_currency: str = DEFAULT_CURRENCY) -> MappedEvent | BadEvent:
    """One relay event as domain events, or a `BadEvent` saying why it cannot be read."""
    if not isinstance(raw, dict):
        return BadEvent(raw={"value": raw}, reason=f"event is a JSON {type(raw).__name__}, not an object")
    # An unreadable event must still be acknowledged, or the relay serves it again on every poll;
    # the poller acknowledges only events with an order id, so one naming no order gets `NO_ORDER`.
    ids = {"event_id": _str(raw.get("eventId")), "order_id": _str(raw.get("orderId")) or NO_ORDER,
           "event_type": _str(raw.get("eventType"))}
    try:
        event = wire.RelayEvent.model_validate(raw)
    except ValidationError as exc:
        return BadEvent(raw=raw, reason="malformed relay event: " + _where(exc), **ids)
    keeta_id = _keeta_event_id(event)
    model = _MESSAGES.get(keeta_id) if keeta_id is not None else None
    if model is None or keeta_id is None:
        return BadEvent(raw=raw, reason="unknown event type", **ids)
    message = event.payload.get("message")
    try:
        parsed = model.model_validate(message)
        events = _map_message(keeta_id, parsed, event, platform, default_currency)
    except ValidationError as exc:
        return BadEvent(raw=raw, reason=f"malformed {keeta_id} message: " + _where(exc), **ids)
    except UnreadableEventError as exc:
        return BadEvent(raw=raw, reason=str(exc), **ids)
    order_id = events[0].order_id
    rawevent = RawEvent(event.eventId, event.orderId or order_id, event.eventType, raw)
    shop = _str(getattr(parsed, "shopId", None)) or (event.metadata.shopId or "")
    if isinstance(parsed, wire.OrderPlaced):
        return MappedEvent(events, rawevent, parsed.orderInfo.baseOrder.shopId or shop, parsed.orderInfo,
                           message.get("orderInfo", {}) if isinstance(message, dict) else {})
    return MappedEvent(events, rawevent, shop)


def _keeta_event_id(event: wire.RelayEvent) -> int | None:
    if event.metadata.keetaEventId is not None:
        return event.metadata.keetaEventId
    prefix, _, number = event.eventType.partition("_")
    return int(number) if prefix == "KEETA" and number.isdigit() else None


def _map_message(keeta_id: int, message: Any, event: wire.RelayEvent, platform: Platform,
                 default_currency: str) -> tuple[OrderEvent, ...]:
    def at(ms: int | None) -> datetime:
        return wire.from_ms(ms) if ms else event.createdAt

    def one(kind: EventKind, order_id: str, when: datetime, suffix: str = "", **kw: Any) -> OrderEvent:
        event_id = f"{event.eventId}:{suffix}" if suffix else event.eventId
        return OrderEvent(platform=platform, event_id=event_id, order_id=order_id, kind=kind, created_at=when,
                          source_type=event.eventType, **kw)

    if isinstance(message, wire.OrderPlaced):
        base = message.orderInfo.baseOrder
        return (one(EventKind.CREATED, base.orderViewId, wire.from_ms(base.ctime), actor="customer",
                    details={"display_id": base.daySeq or ""}),)
    if isinstance(message, wire.Cancelled):
        return (one(EventKind.CANCELLED, message.orderViewId, at(message.opTime),
                    reason=(message.cancelReason or "").strip(), code=message.cancelCode or "",
                    actor=_actor(message.opType)),)
    if isinstance(message, wire.StatusChange):
        kind = EventKind.ACCEPTED if keeta_id == EventId.ORDER_ACCEPTED else EventKind.CONCLUDED
        return (one(kind, message.orderViewId, at(message.opTime), code=_str(message.status)),)
    if isinstance(message, wire.CourierChange):
        return _courier(message, at(message.opTime), one)
    if isinstance(message, wire.PartRefundChange):
        return (_part_refund(message, at(message.opTime), one, default_currency),)
    if isinstance(message, wire.RefundChange):
        return (_refund(message, at(message.opTime), one, default_currency),)
    raise UnreadableEventError(f"no mapping for {keeta_id}")  # pragma: no cover - _MESSAGES is exhaustive


def _courier(message: wire.CourierChange, when: datetime, one: Callable[..., OrderEvent]) -> tuple[OrderEvent, ...]:
    status = message.logisticsStatus
    try:
        label = codes.RIDER_STATUS[LogisticsStatus(status)]
    except ValueError:
        label = f"logistics_{status}"
    rider = RiderInfo(status=label, name=(message.courierName or "").strip(), updated_at=when)
    events = [one(EventKind.RIDER_UPDATE, message.orderViewId, when, rider=rider, code=str(status))]
    if status == LogisticsStatus.PICKED_UP:
        events.append(one(EventKind.PICKED_UP, message.orderViewId, when, "picked_up", actor="platform"))
    elif status == LogisticsStatus.DELIVERED:
        events.append(one(EventKind.DELIVERED, message.orderViewId, when, "delivered", actor="platform"))
    return tuple(events)


def _money(message: wire.RefundChange, default_currency: str) -> Money | None:
    if message.money is None:
        return None
    return Money.from_minor(message.money, (message.currency or default_currency).strip().upper())


def _details(message: wire.RefundChange) -> dict[str, str]:
    details = {"status": str(message.status)}
    if message.afterSaleOrderId:
        details["after_sale_id"] = message.afterSaleOrderId
    if message.isAppeal:
        details["appeal"] = "1"
    return details


def _refund(message: wire.RefundChange, when: datetime, one: Callable[..., OrderEvent],
            default_currency: str) -> OrderEvent:
    status = message.status
    amount = _money(message, default_currency)
    details = _details(message)
    if status == RefundStatus.APPLIED or status not in codes.REFUND_DONE | codes.REFUND_NOT_DONE:
        return _request(message, when, one, amount, details, full=True)
    return _outcome(message, status, when, one, amount, details)


def _request(message: wire.RefundChange, when: datetime, one: Callable[..., OrderEvent], amount: Money | None,
             details: dict[str, str], *, full: bool, items: tuple[RefundItem, ...] = ()) -> OrderEvent:
    """A customer's request to answer; a status KDS does not know is kept on it (see the module docstring)."""
    known = message.status in (RefundStatus.APPLIED, PartRefundStatus.APPLIED)
    request = RefundRequest(requested_at=when, amount=amount, reason=(message.applyReason or "").strip(),
                            items=items, full=full, reference=message.afterSaleOrderId or "",
                            unknown_status="" if known else str(message.status))
    return one(EventKind.REFUND_REQUESTED, message.orderViewId, when, refund=request, amount=amount,
               reason=request.reason, code="" if known else str(message.status), actor=_actor(message.applyOpType),
               details=details)


def _outcome(message: wire.RefundChange, status: int, when: datetime, one: Callable[..., OrderEvent],
             amount: Money | None, details: dict[str, str]) -> OrderEvent:
    if status in codes.REFUND_DONE:
        return one(EventKind.REFUNDED, message.orderViewId, when, amount=amount, code=str(status),
                   actor=_actor(message.handleOpType), details=details)
    return one(EventKind.REFUND_FAILED, message.orderViewId, when, code=str(status),
               reason=(message.handleReason or "").strip(), actor=_actor(message.handleOpType), details=details)


def _items(message: wire.PartRefundChange, default_currency: str) -> tuple[RefundItem, ...]:
    currency = (message.currency or default_currency).strip().upper()
    return tuple(RefundItem(name=p.name, quantity=Decimal(p.count), line_id=p.orderProductId or p.skuId or "",
                            amount=Money.from_minor(p.refundMoney, currency) if p.refundMoney is not None else None)
                 for p in message.refundProducts)


def _part_refund(message: wire.PartRefundChange, when: datetime, one: Callable[..., OrderEvent],
                 default_currency: str) -> OrderEvent:
    status = message.status
    amount = _money(message, default_currency)
    details = _details(message)
    merchant_statuses = (PartRefundStatus.MERCHANT_REFUNDED, PartRefundStatus.MERCHANT_REFUND_FAILED)
    items = _items(message, default_currency)
    if message.applyOpType == OpType.MERCHANT or status in merchant_statuses:
        done = status == PartRefundStatus.MERCHANT_REFUNDED or status in codes.REFUND_DONE
        failed = status == PartRefundStatus.MERCHANT_REFUND_FAILED or status in codes.REFUND_NOT_DONE
        outcome = "refunded" if done else ("failed" if failed else f"status {status}")
        return one(EventKind.PARTIAL_REFUND, message.orderViewId, when, amount=amount if done else None,
                   code=str(status), reason=(message.applyReason or "").strip(), actor="merchant",
                   details={**details, "outcome": outcome}, items=items if done else ())
    if status == PartRefundStatus.APPLIED or status not in codes.REFUND_DONE | codes.REFUND_NOT_DONE:
        return _request(message, when, one, amount, details, full=False, items=items)
    return _outcome(message, status, when, one, amount, details)


def _actor(op_type: int | None) -> str:
    if op_type is None:
        return ""
    try:
        return codes.ACTORS[OpType(op_type)]
    except ValueError:
        return f"op_{op_type}"


def _str(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    return str(value) if isinstance(value, str | int) else ""


def _where(exc: ValidationError) -> str:
    """Where validation failed, without the values (they may be customer data)."""
    return ", ".join(sorted({".".join(str(p) for p in e["loc"]) or "event" for e in exc.errors()})[:5])

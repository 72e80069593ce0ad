"""Pure translation of GoFood notifications (as the relay serves them) into domain orders and events.

Every notification carries the whole order, so the order's content is read from the notifications
themselves: GoFood has no endpoint to read an order.

=========================================  ===============================================================
notification                               domain event
=========================================  ===============================================================
`awaiting_merchant_acceptance`             CREATED: a new order to accept
`created` (deprecated)                     CREATED too (journalled; it changes nothing once the order exists)
`merchant_accepted`                        ACCEPTED (in full auto-accept the order is first seen here)
`driver_otw_pickup`                        RIDER_UPDATE "arriving" (the rider is on the way)
`driver_arrived`                           RIDER_UPDATE "arrived"
`placed`                                   PICKED_UP: the rider has the food and the payment settled [C]
                                           (`details["payment"] = "settled"`)
`completed`                                DELIVERED (delivery) or CONCLUDED (pickup)
`cancelled`                                CANCELLED with `cancellation_detail.reason` (and as the code, by
                                           the merchant, when it is one of GoBiz's reject codes)
`webhook_error`                            not an order event: a `BadEvent` on purpose, so it is
                                           quarantined (kept) and acknowledged; and a `PlatformWarning`
                                           (`warning_of`) for the platform's status-bar entry
=========================================  ===============================================================

Each event is stamped with GoFood's own `header.timestamp` (the relay's `createdAt` when it has
none), so the fold (`kds.domain.states`) orders them as GoFood did, whatever order they came in:
a late or repeated event never moves an order back. Event ids are the relay's (one per GoFood
`event_id`, so GoFood's retries are duplicates); a second domain event of one notification gets
``{eventId}:{kind}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from kds.domain.events import PAYMENT, SETTLED, BadEvent, EventKind, OrderEvent, RawEvent, RiderInfo
from kds.domain.money import Money
from kds.domain.order import Customer, Fee, FeeKind, Line, Option, Order, OrderKey, OrderType, Platform, Timing, Totals
from kds.platforms.base import PlatformWarning, WarningKind
from kds.platforms.gofood import models as wire

RELAY_PLATFORM = "gofood"
"""`metadata.platform` of the relay events this package reads."""
DEFAULT_CURRENCY = "IDR"
NO_ORDER = "-"
"""Order id given to an unreadable relay event that names no order (the relay acknowledges by event id)."""
PREFIX = "gofood.order."

PICKUP_SERVICE = "gofood_pickup"
"""`service_type` of an order the customer collects; every other one (`gofood`) is delivered by GoFood's rider."""

WEBHOOK_ERROR = PREFIX + "webhook_error"

_KINDS: dict[str, EventKind] = {
    "created": EventKind.CREATED,
    "awaiting_merchant_acceptance": EventKind.CREATED,
    "merchant_accepted": EventKind.ACCEPTED,
    "driver_otw_pickup": EventKind.RIDER_UPDATE,
    "driver_arrived": EventKind.RIDER_UPDATE,
    "placed": EventKind.PICKED_UP,
    "completed": EventKind.DELIVERED,
    "cancelled": EventKind.CANCELLED,
}
REJECT_CODES = frozenset({"HIGH_DEMAND", "RESTAURANT_CLOSED", "ITEMS_OUT_OF_STOCK", "OTHERS"})
"""GoBiz's `cancel_reason_code` values [C]."""
_RIDER = {"driver_otw_pickup": "arriving", "driver_arrived": "arrived"}


@dataclass(frozen=True, slots=True)
class MappedEvent:
    """A relay event read: its domain events, its raw form, and the order as the notification gave it."""

    events: tuple[OrderEvent, ...]
    raw: RawEvent
    body: wire.Body
    body_raw: dict[str, Any]
    at: datetime


# --- orders -----------------------------------------------------------------------------------


def order_type(body: wire.Body) -> OrderType:
    """`service_type`: `gofood_pickup` → pickup; `gofood` (or none) → delivery by GoFood's rider."""
    return OrderType.PICKUP if (body.service_type or "").strip().lower() == PICKUP_SERVICE else OrderType.DELIVERY


def order_path_type(kind: OrderType) -> str:
    """The `{order_type}` of GoBiz's order endpoints: `pickup` or `delivery`."""
    return "pickup" if kind is OrderType.PICKUP else "delivery"


def map_order(body: wire.Body, platform: Platform = Platform.GOFOOD, *, seen_at: datetime | None = None,
              default_currency: str = DEFAULT_CURRENCY) -> Order:
    """Translate a notification's body into the domain's `Order`.

    `seen_at` is the order's time when GoFood sent no `created_at` (the notification's time).
    """
    order = body.order
    currency = (order.currency or default_currency).strip().upper()

    def m(value: Decimal | None) -> Money:
        return Money.of(value if value is not None else 0, currency)

    lines = tuple(_line(i, n, m) for n, i in enumerate(order.order_items or (), start=1))
    items = sum((ln.total for ln in lines), Money.zero(currency))
    fees = (Fee(FeeKind.PACKAGING, "Takeaway charges", m(order.takeaway_charges)),) if order.takeaway_charges else ()
    fees_total = sum((f.amount for f in fees), Money.zero(currency))
    total = m(order.order_total) if order.order_total is not None else items + fees_total
    created = order.created_at or seen_at
    if created is None:
        raise ValueError("GoFood order without created_at")
    customer = body.customer or wire.Person()
    outlet = body.outlet or wire.Outlet()
    return Order(
        key=OrderKey(platform, order.order_number), display_id=order.order_number, type=order_type(body),
        created_at=created, lines=lines, totals=Totals(items, fees_total, Money.zero(currency), total),
        timing=Timing.SCHEDULED if order.scheduled_flag else Timing.INSTANT, merchant_id=outlet.id or "",
        fees=fees, customer=Customer(name=(customer.name or "").strip()), pickup_code=(order.pin or "").strip(),
        tableware=order.cutlery_requested, language="id")


def _line(item: wire.Item, number: int, m: Any) -> Line:
    quantity = Decimal(item.quantity if item.quantity is not None else 1)
    unit = m(item.price)
    options = tuple(Option(name=(v.name or "").strip(), quantity=Decimal(1), unit_price=m(None), total=m(None),
                           external_code=v.external_id or "")
                    for v in item.variants or () if (v.name or "").strip())
    return Line(line_id=item.id or str(number), name=(item.name or "").strip() or "?", quantity=quantity,
                unit_price=unit, total=unit * quantity, options=options, note=(item.notes or "").strip(),
                external_code=item.external_id or "")


# --- events -----------------------------------------------------------------------------------


def is_foreign(raw: Any) -> bool:
    """True for a relay event of another platform (Keeta through the same tenant): not ours to read."""
    if not isinstance(raw, dict):
        return False
    meta = raw.get("metadata")
    platform = meta.get("platform") if isinstance(meta, dict) else None
    return isinstance(platform, str) and platform != RELAY_PLATFORM


def event_name(raw: dict[str, Any]) -> str:
    """GoFood's event name of a relay event (`metadata.eventName`, else `eventType`)."""
    meta = raw.get("metadata")
    name = meta.get("eventName") if isinstance(meta, dict) else None
    return name if isinstance(name, str) and name else _str(raw.get("eventType"))


def read_event(raw: Any, platform: Platform = Platform.GOFOOD,
               default_currency: str = DEFAULT_CURRENCY) -> MappedEvent | BadEvent:
    """One relay event as domain events, or a `BadEvent` saying why it cannot be read.

    `webhook_error` is a `BadEvent` on purpose: GoFood's word that a notification failed, kept in
    the quarantine and acknowledged.
    """
    if not isinstance(raw, dict):
        return BadEvent(raw={"value": raw}, reason=f"event is a JSON {type(raw).__name__}, not an object")
    ids = {"event_id": _str(raw.get("eventId")), "order_id": _str(raw.get("orderId")) or NO_ORDER,
           "event_type": _str(raw.get("eventType"))}
    try:
        event = wire.RelayEvent.model_validate(raw)
    except ValidationError as exc:
        return BadEvent(raw=raw, reason="malformed relay event: " + _where(exc), **ids)
    name = event_name(raw)
    if name == WEBHOOK_ERROR:
        return BadEvent(raw=raw, reason="GoFood reported a webhook error (gofood.order.webhook_error)", **ids)
    short = name.removeprefix(PREFIX)
    kind = _KINDS.get(short) if name.startswith(PREFIX) else None
    if kind is None:
        return BadEvent(raw=raw, reason=f"unknown GoFood event {name[:80]!r}", **ids)
    try:
        note = wire.Notification.model_validate(event.payload)
    except ValidationError as exc:
        return BadEvent(raw=raw, reason=f"malformed {short} notification: " + _where(exc), **ids)
    at = note.header.timestamp or event.createdAt
    order_id = note.body.order.order_number
    events = _events(short, kind, event.eventId, order_id, at, note.body, platform)
    rawevent = RawEvent(event.eventId, event.orderId or order_id, event.eventType, raw)
    body_raw = event.payload.get("body")
    return MappedEvent(events, rawevent, note.body, body_raw if isinstance(body_raw, dict) else {}, at)


def warning_of(raw: Any) -> PlatformWarning | None:
    """GoFood's word that a notification to us failed (`webhook_error`), for the status bar; None for any other event.

    Its detail is `body.error.message` (GoFood's words, like "timeout"); its time GoFood's `header.timestamp`
    (the relay's `createdAt` when it has none).
    """
    if not isinstance(raw, dict) or event_name(raw) != WEBHOOK_ERROR:
        return None
    try:
        event = wire.RelayEvent.model_validate(raw)
        note = wire.ErrorBody.model_validate(event.payload)
    except ValidationError:
        return None
    error = (note.body or {}).get("error")
    message = error.get("message") if isinstance(error, dict) else None
    detail = " ".join(message.split())[:200] if isinstance(message, str) else ""
    return PlatformWarning(WarningKind.NOTIFICATION_ERROR, note.header.timestamp or event.createdAt, detail)


def _events(short: str, kind: EventKind, event_id: str, order_id: str, at: datetime, body: wire.Body,
            platform: Platform) -> tuple[OrderEvent, ...]:
    source = PREFIX + short
    driver = ((body.driver.name if body.driver else None) or "").strip()
    if kind is EventKind.RIDER_UPDATE:
        rider = RiderInfo(status=_RIDER[short], name=driver, updated_at=at)
        return (OrderEvent(platform, event_id, order_id, kind, at, source_type=source, actor="platform", rider=rider),)
    if kind is EventKind.CANCELLED:
        detail = body.order.cancellation_detail
        reason = ((detail.reason if detail else None) or "").strip()
        # A reason that is one of the reject codes is the outlet's own rejection coming back.
        ours = reason in REJECT_CODES
        return (OrderEvent(platform, event_id, order_id, kind, at, source_type=source, reason=reason,
                           code=reason if ours else "", actor="merchant" if ours else "platform"),)
    if kind is EventKind.PICKED_UP:
        rider = RiderInfo(status="picked_up", name=driver, updated_at=at)
        return (OrderEvent(platform, event_id, order_id, kind, at, source_type=source, actor="platform",
                           details={PAYMENT: SETTLED}),
                OrderEvent(platform, f"{event_id}:rider", order_id, EventKind.RIDER_UPDATE, at, source_type=source,
                           actor="platform", rider=rider))
    if kind is EventKind.DELIVERED and order_type(body) is OrderType.PICKUP:
        kind = EventKind.CONCLUDED
    actor = "customer" if kind is EventKind.CREATED else "platform"
    details = {"display_id": order_id} if kind is EventKind.CREATED else {}
    return (OrderEvent(platform, event_id, order_id, kind, at, source_type=source, actor=actor, details=details),)


def _str(value: Any) -> str:
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else ""


def _where(exc: ValidationError) -> str:
    """Where validation failed, without the values (they may be customer data)."""
    return ", ".join(sorted({".".join(str(p) for p in e["loc"]) or "event" for e in exc.errors()})[:5])

"""Platform-neutral order events, as the mapping layer of each platform produces them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kds.domain.money import Money
from kds.domain.order import OrderKey, Platform


class EventKind(StrEnum):
    """What happened to an order, whatever the platform calls it."""

    CREATED = "created"
    ACCEPTED = "accepted"
    PREPARING = "preparing"
    READY = "ready"
    DISPATCHED = "dispatched"  # out for delivery
    PICKED_UP = "picked_up"  # picked up (by the rider, or by the customer for pickup orders)
    DELIVERED = "delivered"
    CONCLUDED = "concluded"
    CANCELLATION_REQUESTED = "cancellation_requested"  # the restaurant asked the platform to cancel
    CANCELLATION_DENIED = "cancellation_denied"
    CANCELLED = "cancelled"
    REFUND_REQUESTED = "refund_requested"  # the customer asks for a refund; staff must answer
    REFUNDED = "refunded"
    REFUND_FAILED = "refund_failed"  # the refund request was rejected or failed
    PARTIAL_REFUND = "partial_refund"  # a merchant partial refund went through
    RIDER_UPDATE = "rider_update"


PAYMENT = "payment"
"""`OrderEvent.details` key of a platform's word on the customer's payment."""
SETTLED = "settled"
"""`details[PAYMENT]` of an event saying the payment settled: the order is paid."""


class Closing(StrEnum):
    """Why KDS closed an order on its platform's behalf: the `source_type` of the CONCLUDED event it journals.

    The platform finished the order by itself, but its word never reached us (a lost event, a
    pickup nobody marked collected, details that could never be read). The event is KDS's own: it is
    stored like `RawEvent.synthetic` and never acknowledged to the platform.
    """

    FINAL = "KDS_FINAL"  # past the platform's final time: finished whatever happens, refund request included
    PICKUP_TIMEOUT = "KDS_PICKUP_TIMEOUT"  # a pickup order the platform completes when nobody marks it collected


@dataclass(frozen=True, slots=True)
class RefundItem:
    """An item (and how many of it) that a refund concerns."""

    name: str
    quantity: Decimal
    line_id: str = ""
    amount: Money | None = None


@dataclass(frozen=True, slots=True)
class RefundRequest:
    """A customer's refund request waiting for the restaurant's answer."""

    requested_at: datetime
    amount: Money | None = None
    reason: str = ""
    items: tuple[RefundItem, ...] = ()
    full: bool = True
    reference: str = ""  # the platform's after-sale id, when it has one
    unknown_status: str = ""  # the platform's status code when KDS does not know what it means (still answerable)


@dataclass(frozen=True, slots=True)
class RiderInfo:
    """Where the rider is, as far as the platform told us."""

    status: str  # assigned | arriving | arrived | picked_up | delivering | delivered | cancelled
    name: str = ""
    updated_at: datetime | None = None
    eta_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class OrderEvent:
    """One event about one order. `event_id` is unique per platform (the dedupe key)."""

    platform: Platform
    event_id: str
    order_id: str
    kind: EventKind
    created_at: datetime
    source_type: str = ""  # the platform's own name for the event (CREATED, 1004, ...)
    reason: str = ""
    code: str = ""
    actor: str = ""  # who caused it: customer | merchant | platform | system
    refund: RefundRequest | None = None
    rider: RiderInfo | None = None
    amount: Money | None = None
    details: dict[str, str] = field(default_factory=dict)
    items: tuple[RefundItem, ...] = ()  # what a partial refund (PARTIAL_REFUND) gave back, when the platform says

    @property
    def order_key(self) -> OrderKey:
        """The key of the order this event is about."""
        return OrderKey(self.platform, self.order_id)

    @property
    def settles_payment(self) -> bool:
        """True when the event says the customer's payment settled (`details[PAYMENT] == SETTLED`)."""
        return self.details.get(PAYMENT) == SETTLED

    @property
    def closing(self) -> Closing | None:
        """Why KDS closed the order, when this is the event it journalled for that; else None."""
        if self.kind is EventKind.CONCLUDED and self.source_type in _CLOSINGS:
            return Closing(self.source_type)
        return None


_CLOSINGS = frozenset(c.value for c in Closing)


def closing_event(key: OrderKey, closing: Closing, at: datetime) -> OrderEvent:
    """The event KDS journals when it closes `key` at `at` for its platform.

    Its id depends only on the order and the reason, so journalling it again (after a restart) is a
    duplicate.
    """
    return OrderEvent(key.platform, f"{closing.value}:{key.order_id}", key.order_id, EventKind.CONCLUDED, at,
                      source_type=closing.value, actor="platform")


@dataclass(frozen=True, slots=True)
class RawEvent:
    """An event as it came off the wire, kept for storage, acknowledgment and quarantine."""

    event_id: str
    order_id: str
    event_type: str
    payload: dict[str, Any]

    @classmethod
    def synthetic(cls, event: OrderEvent) -> RawEvent:
        """A raw form for an event we derived ourselves (e.g. from an order's details)."""
        return cls(event.event_id, event.order_id, event.source_type or event.kind.value, {})


@dataclass(frozen=True, slots=True)
class BadEvent:
    """An event that could not be read (malformed or of an unknown type)."""

    raw: dict[str, Any]
    reason: str
    event_id: str = ""
    order_id: str = ""
    event_type: str = ""

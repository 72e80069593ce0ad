"""The order state machine: a pure, table-driven fold of platform events.

Events can arrive late, twice, or out of order. The current status is therefore always the fold of
*all* stored events sorted by their platform timestamp, and the table only ever moves an order
forward: an event whose target stage is behind the current one is stale and changes nothing.

KDS's own closing events (`Closing`: the platform finished the order by itself, but its word never
came) end an order like CONCLUDED; the final one ends a pending refund request too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Any

from kds.domain.events import Closing, EventKind, OrderEvent, RefundItem, RefundRequest, RiderInfo
from kds.domain.money import Money
from kds.domain.order import OrderType


class Stage(IntEnum):
    """Where an order stands. The values order the stages: an order never moves to a lower one."""

    NEW = 0  # waiting for the restaurant to accept
    ACCEPTED = 1  # accepted, being prepared
    READY = 2  # food ready, waiting for rider or customer
    OUT = 3  # with the rider
    DONE = 4  # delivered, collected or concluded
    CANCELLED = 5


class RefundOutcome(StrEnum):
    """How the last customer refund request ended."""

    NONE = ""
    REFUNDED = "refunded"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class OrderStatus:
    """Where an order stands now, folded from its events."""

    stage: Stage = Stage.NEW
    accepted_at: datetime | None = None
    ready_at: datetime | None = None
    out_at: datetime | None = None
    done_at: datetime | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str = ""
    cancel_code: str = ""
    cancelled_by: str = ""
    cancellation_requested: bool = False
    refund_request: RefundRequest | None = None
    refund_outcome: RefundOutcome = RefundOutcome.NONE
    refunded: Money | None = None
    refunded_items: Decimal = Decimal(0)  # how many items the refunds named (a whole-order refund names none)
    rider: RiderInfo | None = None
    last_event_at: datetime | None = None
    closing: Closing | None = None  # KDS closed the order for its platform (see `Closing`)
    paid_at: datetime | None = None  # when the platform said the payment settled (None: not said, or not yet)

    @property
    def paid(self) -> bool:
        """True once the platform said the customer's payment settled, whatever became of the order."""
        return self.paid_at is not None

    @property
    def is_open(self) -> bool:
        """True while the kitchen still has something to do (or answer) for this order."""
        return self.stage < Stage.OUT or self.refund_request is not None


class Effect(StrEnum):
    """What applying one event did."""

    MOVED = "moved"  # the stage changed
    UPDATED = "updated"  # an overlay (refund, rider, cancellation request) changed
    STALE = "stale"  # the event is behind the current stage; nothing changed
    IGNORED = "ignored"  # nothing to do (e.g. a refund event on a cancelled order)


# Target stage of each stage-moving event, by current stage. Anything missing is stale or ignored.
# Forward skips are allowed because platforms do not always send every step (Keeta may send
# DELIVERED without DISPATCHED). PICKED_UP goes to OUT, except for pickup orders (see `_target`).
_FORWARD = (EventKind.ACCEPTED, EventKind.PREPARING, EventKind.READY, EventKind.DISPATCHED,
            EventKind.PICKED_UP, EventKind.DELIVERED, EventKind.CONCLUDED)
_KIND_STAGE: dict[EventKind, Stage] = {
    EventKind.CREATED: Stage.NEW,
    EventKind.ACCEPTED: Stage.ACCEPTED,
    EventKind.PREPARING: Stage.ACCEPTED,
    EventKind.READY: Stage.READY,
    EventKind.DISPATCHED: Stage.OUT,
    EventKind.PICKED_UP: Stage.OUT,
    EventKind.DELIVERED: Stage.DONE,
    EventKind.CONCLUDED: Stage.DONE,
    EventKind.CANCELLED: Stage.CANCELLED,
}

TRANSITIONS: dict[Stage, dict[EventKind, Stage]] = {
    Stage.NEW: {k: _KIND_STAGE[k] for k in (*_FORWARD, EventKind.CANCELLED)},
    Stage.ACCEPTED: {k: _KIND_STAGE[k] for k in (*_FORWARD[2:], EventKind.CANCELLED)},
    Stage.READY: {k: _KIND_STAGE[k] for k in (*_FORWARD[3:], EventKind.CANCELLED)},
    Stage.OUT: {k: _KIND_STAGE[k] for k in (EventKind.DELIVERED, EventKind.CONCLUDED, EventKind.CANCELLED)},
    # A platform may cancel (and refund) an order up to 48 h after it was completed.
    Stage.DONE: {EventKind.CANCELLED: Stage.CANCELLED},
    Stage.CANCELLED: {},
}

_OVERLAYS = frozenset({
    EventKind.CANCELLATION_REQUESTED, EventKind.CANCELLATION_DENIED, EventKind.REFUND_REQUESTED,
    EventKind.REFUNDED, EventKind.REFUND_FAILED, EventKind.PARTIAL_REFUND, EventKind.RIDER_UPDATE,
})


def _target(stage: Stage, kind: EventKind, order_type: OrderType) -> Stage | None:
    target = TRANSITIONS[stage].get(kind)
    if kind is EventKind.PICKED_UP and order_type is OrderType.PICKUP and target is not None:
        return Stage.DONE  # a pickup order picked up by its customer is finished
    return target


def _stamp(status: OrderStatus, target: Stage, at: datetime) -> OrderStatus:
    """Fill the timestamps of every stage reached on the way to `target`."""
    stamps: dict[str, Any] = {}
    if target >= Stage.ACCEPTED and target != Stage.CANCELLED and status.accepted_at is None:
        stamps["accepted_at"] = at
    if Stage.READY <= target <= Stage.DONE and status.ready_at is None:
        stamps["ready_at"] = at
    if Stage.OUT <= target <= Stage.DONE and status.out_at is None:
        stamps["out_at"] = at
    if target == Stage.DONE:
        stamps["done_at"] = at
    if target == Stage.CANCELLED:
        stamps["cancelled_at"] = at
    return replace(status, stage=target, **stamps)


def _overlay(status: OrderStatus, event: OrderEvent) -> tuple[OrderStatus, Effect]:
    kind = event.kind
    if status.stage is Stage.CANCELLED and kind is not EventKind.RIDER_UPDATE:
        return status, Effect.IGNORED
    if kind is EventKind.CANCELLATION_REQUESTED:
        return replace(status, cancellation_requested=True), Effect.UPDATED
    if kind is EventKind.CANCELLATION_DENIED:
        return replace(status, cancellation_requested=False), Effect.UPDATED
    if kind is EventKind.REFUND_REQUESTED:
        request = event.refund or RefundRequest(requested_at=event.created_at, reason=event.reason)
        current = status.refund_request
        if current is not None and request.reference and current.reference == request.reference:
            # A later word on the same request (a new status) does not restart the time to answer.
            request = replace(request, requested_at=min(current.requested_at, request.requested_at))
        return replace(status, refund_request=request, refund_outcome=RefundOutcome.NONE), Effect.UPDATED
    if kind is EventKind.REFUNDED:
        pending = status.refund_request
        amount = event.amount or (pending.amount if pending else None)
        refunded = _add(status.refunded, amount)
        items = _count(pending.items) if pending is not None and not pending.full else Decimal(0)
        return replace(status, refund_request=None, refund_outcome=RefundOutcome.REFUNDED,
                       refunded=refunded, refunded_items=status.refunded_items + items), Effect.UPDATED
    if kind is EventKind.REFUND_FAILED:
        return replace(status, refund_request=None, refund_outcome=RefundOutcome.REJECTED), Effect.UPDATED
    if kind is EventKind.PARTIAL_REFUND:
        items = _count(event.items) if event.amount is not None else Decimal(0)  # no amount: not refunded yet
        return replace(status, refunded=_add(status.refunded, event.amount),
                       refunded_items=status.refunded_items + items), Effect.UPDATED
    # RIDER_UPDATE
    return replace(status, rider=event.rider or status.rider), Effect.UPDATED


def _close(status: OrderStatus, event: OrderEvent, closing: Closing) -> tuple[OrderStatus, Effect]:
    """KDS's own closing event.

    Only the end is known, so the stages on the way are not stamped (an order never accepted here is not
    told as accepted: no kitchen ticket for it now).
    """
    if status.stage is Stage.CANCELLED:
        return status, Effect.STALE
    final = closing is Closing.FINAL
    if status.stage < Stage.DONE:
        request = None if final else status.refund_request
        return replace(status, stage=Stage.DONE, done_at=event.created_at, refund_request=request,
                       closing=closing), Effect.MOVED
    if final and status.refund_request is not None:
        # Past its final time the platform has settled the request, whatever it was.
        return replace(status, refund_request=None, closing=closing), Effect.UPDATED
    return status, Effect.STALE


def _count(items: Iterable[RefundItem]) -> Decimal:
    return sum((item.quantity for item in items), Decimal(0))


def _add(current: Money | None, amount: Money | None) -> Money | None:
    if amount is None:
        return current
    if current is None or current.currency != amount.currency:
        return amount
    return current + amount


def apply(status: OrderStatus, event: OrderEvent, order_type: OrderType) -> tuple[OrderStatus, Effect]:
    """Apply one event; returns the new status and what the event did."""
    closing = event.closing
    if closing is not None:
        new, effect = _close(status, event, closing)
    elif event.kind in _OVERLAYS:
        new, effect = _overlay(status, event)
    else:
        target = _target(status.stage, event.kind, order_type)
        if target is None or target == status.stage:
            if event.kind is EventKind.CANCELLED or _KIND_STAGE[event.kind] <= status.stage:
                new, effect = status, Effect.STALE
            else:
                new, effect = status, Effect.IGNORED
        else:
            new = _stamp(status, target, event.created_at)
            if target is Stage.CANCELLED:
                new = replace(new, cancel_reason=event.reason, cancel_code=event.code,
                              cancelled_by=event.actor, refund_request=None)
            effect = Effect.MOVED
    if event.settles_payment and (new.paid_at is None or event.created_at < new.paid_at):
        # Whatever the stage did: a settled payment stays true of a cancelled order too ("completed
        # does not mean paid, cancelled does not mean unpaid").
        new = replace(new, paid_at=event.created_at)
        if effect in (Effect.STALE, Effect.IGNORED):
            effect = Effect.UPDATED
    if status.last_event_at is None or event.created_at > status.last_event_at:
        new = replace(new, last_event_at=event.created_at)
    return new, effect


def sort_events(events: Iterable[OrderEvent]) -> list[OrderEvent]:
    """Events in platform order: by `created_at`, ties kept in arrival order."""
    return sorted(events, key=lambda e: e.created_at)


def fold(events: Iterable[OrderEvent], order_type: OrderType) -> OrderStatus:
    """The status an order has after all of `events`, whatever order they arrived in."""
    status = OrderStatus()
    for event in sort_events(events):
        status, _ = apply(status, event, order_type)
    return status

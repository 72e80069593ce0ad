"""What of an order can still be refunded, as far as its own events tell.

The platform's word (Keeta's refund preview) is the truth; this is the estimate for when it cannot
be had: each line's ordered quantity minus what earlier refunds took. Refunds are read from the
order's journal: a merchant's partial refund (`PARTIAL_REFUND` with its items), a customer's request
for some items that was then refunded (the request's items), and a refunded request for the whole
order (nothing is left).
"""

from __future__ import annotations

from collections.abc import Iterable

from kds.domain.events import EventKind, OrderEvent, RefundItem, RefundRequest
from kds.domain.order import Order
from kds.domain.states import sort_events


def refunded_quantities(order: Order, events: Iterable[OrderEvent]) -> dict[str, int]:
    """How many of each line (by line id) earlier refunds took, in platform order of the events."""
    taken: dict[str, int] = {}
    pending: RefundRequest | None = None
    everything = False

    def take(items: Iterable[RefundItem]) -> None:
        for item in items:
            line = order.line(item.line_id) if item.line_id else None
            if line is not None:
                taken[line.line_id] = taken.get(line.line_id, 0) + int(item.quantity)

    for event in sort_events(events):
        if event.kind is EventKind.REFUND_REQUESTED:
            pending = event.refund
        elif event.kind is EventKind.REFUND_FAILED:
            pending = None
        elif event.kind is EventKind.REFUNDED:
            if pending is not None and not pending.full:
                take(pending.items)
            else:  # a whole-order refund (or one whose request was never seen: the safe side)
                everything = True
            pending = None
        elif event.kind is EventKind.PARTIAL_REFUND and event.amount is not None:
            take(event.items)
    if everything:
        return {line.line_id: int(line.quantity) for line in order.lines}
    return taken


def refundable_quantities(order: Order, events: Iterable[OrderEvent]) -> dict[str, int]:
    """Each line's ordered quantity minus what earlier refunds took (never below zero)."""
    taken = refunded_quantities(order, events)
    return {line.line_id: max(0, int(line.quantity) - taken.get(line.line_id, 0)) for line in order.lines}

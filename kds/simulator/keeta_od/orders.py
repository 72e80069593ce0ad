"""Orders on the platform side: what each one is, where it stands, and what happens to it over time.

Everything the platform does by itself (auto-cancel, riders, customers, refund timeouts, the 4 h
finalisation) is a job on one heap, run in due order by `OrderBook.run_due(now)`. A job re-checks the
order when it runs, so a job made stale by a staff action simply does nothing. Events are stamped with
the job's due time, not the time the clock was read, so a clock that jumps hours still produces a
faithful history.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, ClassVar

from kds.domain.order import OrderType
from kds.simulator.keeta_od import catalog
from kds.simulator.keeta_od.config import SimConfig
from kds.simulator.keeta_od.events import EventStore, SimEvent
from kds.simulator.keeta_od.generator import ItemSpec, OrderGenerator, new_uuid, price
from kds.simulator.spec import quoted_minutes

OPEN_BEFORE_PICKUP = ("CREATED", "CONFIRMED", "READY_FOR_PICKUP")


@dataclass(slots=True)
class RefundCase:
    """A customer's refund request and how it ended."""

    requested_at: datetime
    deadline: datetime
    amount: Decimal
    full: bool
    metadata: dict[str, Any]
    outcome: str = ""  # "" while pending, then REFUNDED or REFUND_FAILED


@dataclass(slots=True)
class SimOrder:
    """One order and its platform-side state."""

    order_id: str
    merchant_id: str
    kind: OrderType
    scheduled: bool
    created_at: datetime
    payload: dict[str, Any]
    ciphers: dict[str, str]
    generated: bool = False
    status: str = "CREATED"  # the last lifecycle event: CREATED, CONFIRMED, ..., CONCLUDED, CANCELLED
    history: list[str] = field(default_factory=list)
    confirmed_at: datetime | None = None
    cancel_code: str = ""
    cancel_reason: str = ""
    cancelled_by: str = ""  # merchant | customer | platform
    cancellation_requested: bool = False
    refunds: list[RefundCase] = field(default_factory=list)
    refund_after: float | None = None  # generated orders: seconds after confirmation the customer complains
    bad_gets: int = 0  # the next GETs of the details that fail on purpose
    bad_kinds: tuple[str, ...] = ()  # how they fail, in turn (see `Faults.bad_get_kinds`)
    bad_decided: bool = False  # whether `Faults.bad_get_rate` was drawn for this order yet
    read_at: datetime | None = None  # the first complete answer to a GET of its details

    @property
    def pending_refund(self) -> RefundCase | None:
        """The refund request waiting for an answer, if any."""
        last = self.refunds[-1] if self.refunds else None
        return last if last is not None and not last.outcome else None


class OrderBook:
    """Every order, the platform's timers, and the generator. Not thread-safe: used under a lock."""

    def __init__(self, config: SimConfig, rng: random.Random, store: EventStore) -> None:
        """Keep orders for `config`, drawing randomness from `rng`, writing events into `store`."""
        self.config = config
        self.rng = rng
        self.store = store
        self.generator = OrderGenerator(rng)
        self.orders: dict[str, SimOrder] = {}
        self.cipher_owner: dict[str, str] = {}
        self._jobs: list[tuple[datetime, int, str, str]] = []
        self._job_seq = 0
        self._display = 1000
        self.next_arrival: datetime | None = None
        self.closed_until: datetime | None = None
        self._paced = config.order_pace.arrivals(rng) if config.order_pace is not None else None
        self._first_refund_due = config.first_refund_after is not None

    # -- creating ------------------------------------------------------------------------------

    def create(self, now: datetime, kind: OrderType, *, scheduled: bool = False,
               items: Sequence[ItemSpec] | None = None, merchant_id: str | None = None,
               generated: bool = False) -> SimOrder:
        """Create an order at `now` and its CREATED event."""
        merchant = merchant_id or self.rng.choice(self.config.merchant_ids)
        if merchant not in self.config.merchant_ids:
            raise ValueError(f"unknown merchant {merchant!r}")
        self._display += 1
        built = self.generator.build(now=now, kind=kind, scheduled=scheduled, merchant_id=merchant,
                                     merchant_name=self.config.merchant_name(merchant),
                                     display_id=str(self._display), items=items)
        order = SimOrder(built.order_id, merchant, kind, scheduled, now, built.payload, built.ciphers,
                         generated=generated)
        self.orders[order.order_id] = order
        for text in built.ciphers:
            self.cipher_owner[text] = order.order_id
        self.emit(order, "CREATED", now)
        cfg = self.config
        self.schedule(now + cfg.scaled(cfg.accept_window), order, "auto_cancel")
        self.schedule(now + cfg.scaled(cfg.final_after), order, "final")
        if generated and self.rng.random() < cfg.customer_cancel_rate:
            self.schedule(now + cfg.scaled(self.rng.uniform(30, 600)), order, "customer_cancel")
        if generated and self.rng.random() < cfg.refund_request_rate:
            order.refund_after = self.rng.uniform(300, 1800)
        return order

    def generate_due(self, now: datetime, limit: int = 20) -> list[SimOrder]:
        """Orders the random arrival process brings up to `now` (at most `limit`, to survive jumps)."""
        if self.config.order_rate_per_min <= 0 and self._paced is None:
            return []
        if self.next_arrival is None:
            self.next_arrival = self._arrival_after(now)
        made: list[SimOrder] = []
        while self.next_arrival <= now and len(made) < limit:
            at = self.next_arrival
            self.next_arrival = self._arrival_after(at)
            self.run_due(at)  # what happened before this arrival may have closed the store
            if self.closed_until is not None and at < self.closed_until:
                continue
            mix = self.config.mix
            kind = self.rng.choices((OrderType.DELIVERY, OrderType.PICKUP, OrderType.SELF_DELIVERY), mix)[0]
            scheduled = self.rng.random() < self.config.scheduled_rate
            made.append(self.create(at, kind, scheduled=scheduled, generated=True))
        while self.next_arrival <= now:  # the clock jumped further than `limit` orders: skip the rest
            self.next_arrival = self._arrival_after(now)
        return made

    def _arrival_after(self, previous: datetime) -> datetime:
        """The next arrival: the demo's next slot (`SimConfig.order_pace`), or an exponential gap."""
        if self._paced is not None:
            return next(self._paced)
        return previous + self.config.scaled(self.rng.expovariate(self.config.order_rate_per_min / 60.0))

    # -- events and jobs -----------------------------------------------------------------------

    def emit(self, order: SimOrder, event_type: str, at: datetime,
             metadata: dict[str, Any] | None = None) -> SimEvent:
        """Record an event of `order` and move its `lastEvent`."""
        event = self.store.add(new_uuid(self.rng), event_type, order.order_id, order.merchant_id, at, metadata)
        order.history.append(event_type)
        order.payload["lastEvent"] = event_type
        return event

    def schedule(self, due: datetime, order: SimOrder, job: str) -> None:
        """Run `job` for `order` once the clock reaches `due`."""
        self._job_seq += 1
        heapq.heappush(self._jobs, (due, self._job_seq, order.order_id, job))

    def run_due(self, now: datetime) -> int:
        """Run every job due at or before `now`, oldest first; returns how many ran."""
        count = 0
        while self._jobs and self._jobs[0][0] <= now:
            due, _, order_id, job = heapq.heappop(self._jobs)
            order = self.orders.get(order_id)
            if order is not None:
                self._JOBS[job](self, order, due)
                count += 1
        return count

    def _delay(self, bounds: tuple[float, float]) -> timedelta:
        return self.config.scaled(self.rng.uniform(*bounds))

    # -- what the platform does by itself ------------------------------------------------------

    def _auto_cancel(self, order: SimOrder, at: datetime) -> None:
        if order.status != "CREATED":
            return
        within = quoted_minutes(self.config.accept_window, self.config.time_scale)
        self.cancel(order, at, "platform", "TIMEOUT", f"Order not confirmed within {within} (timeout)")
        self.closed_until = at + self.config.scaled(self.config.closed_after_timeout)

    def _customer_cancel(self, order: SimOrder, at: datetime) -> None:
        if order.status in OPEN_BEFORE_PICKUP:
            self.cancel(order, at, "customer", "CONSUMER_CANCELLATION_REQUESTED",
                        self.rng.choice(catalog.CANCEL_REASONS))

    def _refund_request(self, order: SimOrder, at: datetime) -> None:
        if order.status not in ("CREATED", "CANCELLED") and not order.refunds:
            self.request_refund(order, at, full=self.rng.random() < 0.4)

    def _refund_timeout(self, order: SimOrder, at: datetime) -> None:
        case = order.pending_refund
        if case is not None and case.deadline <= at:
            within = quoted_minutes(self.config.refund_window, self.config.time_scale)
            self.resolve_refund(order, at, "REFUNDED", {
                "refundAmount": case.metadata["refundAmount"], "type": case.metadata["type"],
                "code": "TIMEOUT", "reason": f"Merchant did not answer within {within} (timeout)"})

    def _rider_pickup(self, order: SimOrder, at: datetime) -> None:
        if order.status == "READY_FOR_PICKUP":
            for event_type in self.config.rider_pickup_events:
                order.status = event_type
                self.emit(order, event_type, at)
            self.schedule(at + self._delay(self.config.rider_delivery_delay), order, "rider_deliver")

    def _rider_deliver(self, order: SimOrder, at: datetime) -> None:
        if order.status in ("DISPATCHED", "PICKED_UP"):
            self.advance(order, "DELIVERED", at)
            self.schedule(at + self.config.scaled(self.config.conclude_delay), order, "conclude")

    def _customer_pickup(self, order: SimOrder, at: datetime) -> None:
        if order.status == "READY_FOR_PICKUP":
            self.advance(order, "PICKED_UP", at)
            self.schedule(at + self.config.scaled(self.config.conclude_delay), order, "conclude")

    def _conclude(self, order: SimOrder, at: datetime) -> None:
        # A pickup order also concludes by itself when nobody marks it collected (pickup_auto_conclude).
        unattended = ("CONFIRMED", "READY_FOR_PICKUP") if order.kind is OrderType.PICKUP else ()
        if order.status in ("DELIVERED", "PICKED_UP", *unattended):
            self.advance(order, "CONCLUDED", at)

    def _final(self, order: SimOrder, at: datetime) -> None:
        if order.status not in ("CONCLUDED", "CANCELLED"):
            self.advance(order, "CONCLUDED", at)

    _JOBS: ClassVar[dict[str, Callable[[OrderBook, SimOrder, datetime], None]]] = {
        "auto_cancel": _auto_cancel, "customer_cancel": _customer_cancel, "refund_request": _refund_request,
        "refund_timeout": _refund_timeout, "rider_pickup": _rider_pickup, "rider_deliver": _rider_deliver,
        "customer_pickup": _customer_pickup, "conclude": _conclude, "final": _final,
    }

    # -- transitions shared by actions, jobs and the on-demand API -----------------------------

    def advance(self, order: SimOrder, event_type: str, at: datetime) -> None:
        """Move the order to a lifecycle status and emit its event."""
        order.status = event_type
        self.emit(order, event_type, at)

    def confirm(self, order: SimOrder, at: datetime) -> None:
        """CONFIRMED, and the follow-ups a confirmed order gets."""
        order.confirmed_at = at
        self.emit(order, "CONFIRMED", at, {"clientId": self.config.client_id})
        order.status = "CONFIRMED"
        if order.kind is OrderType.PICKUP:
            self.schedule(at + self.config.scaled(self.config.pickup_auto_conclude), order, "conclude")
        if order.refund_after is not None:
            self.schedule(at + self.config.scaled(order.refund_after), order, "refund_request")
        if self._first_refund_due and self.config.first_refund_after is not None:
            self._first_refund_due = False
            self.schedule(at + self.config.scaled(self.config.first_refund_after), order, "refund_request")

    def ready(self, order: SimOrder, at: datetime) -> None:
        """READY_FOR_PICKUP: the Keeta rider or the customer will come for it."""
        self.advance(order, "READY_FOR_PICKUP", at)
        if order.kind is OrderType.DELIVERY:
            self.schedule(at + self._delay(self.config.rider_pickup_delay), order, "rider_pickup")
        elif order.kind is OrderType.PICKUP:
            self.schedule(at + self._delay(self.config.customer_pickup_delay), order, "customer_pickup")

    def cancel(self, order: SimOrder, at: datetime, by: str, code: str, reason: str,
               extra: dict[str, Any] | None = None) -> None:
        """CANCELLED with Open Delivery cancel metadata (`reason`, `code`)."""
        order.status = "CANCELLED"
        order.cancelled_by, order.cancel_code, order.cancel_reason = by, code, reason
        metadata = {"reason": reason, "code": code, "origin": by.upper(), **(extra or {})}
        self.emit(order, "CANCELLED", at, metadata)

    def request_refund(self, order: SimOrder, at: datetime, *, full: bool = True,
                       items: Sequence[tuple[str, int]] | None = None, reason: str | None = None) -> SimEvent:
        """USER_REFUND_REQUEST with refund metadata; it goes through by itself after the window."""
        lines = {line["id"]: line for line in order.payload["items"]}
        if full:
            chosen = [(item_id, int(line["quantity"])) for item_id, line in lines.items()]
            amount = order.payload["total"]["orderAmount"]["value"]
        else:
            if not items:
                line = self.rng.choice(list(lines.values()))
                items = [(line["id"], 1)]
            for item_id, quantity in items:
                if item_id not in lines or not 0 < quantity <= lines[item_id]["quantity"]:
                    raise ValueError(f"no {quantity} x item {item_id} in order {order.order_id}")
            chosen = list(items)
            amount = sum((lines[i]["totalPrice"]["value"] / lines[i]["quantity"] * q for i, q in chosen),
                         Decimal(0))
        metadata = {
            "refundAmount": price(amount),
            "reason": reason or self.rng.choice(catalog.REFUND_REASONS),
            "items": [{"itemId": i, "name": lines[i]["name"], "quantity": q} for i, q in chosen],
            "type": "FULL" if full else "PARTIAL",
        }
        deadline = at + self.config.scaled(self.config.refund_window)
        order.refunds.append(RefundCase(at, deadline, amount, full, metadata))
        self.schedule(deadline, order, "refund_timeout")
        return self.emit(order, "USER_REFUND_REQUEST", at, metadata)

    def resolve_refund(self, order: SimOrder, at: datetime, outcome: str, metadata: dict[str, Any]) -> None:
        """End the pending refund request with REFUNDED or REFUND_FAILED."""
        case = order.pending_refund
        if case is None:
            raise ValueError("no pending refund request")
        case.outcome = outcome
        self.emit(order, outcome, at, metadata)

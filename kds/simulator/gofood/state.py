"""The simulated GoFood platform: orders, what GoFood does by itself, and the notifications it sends.

One thread-safe object shared by the HTTP app (`api.py` judges GoBiz calls through it), the
notification sender and tests. Every public method first brings the platform up to date (`tick`),
so a test that advances a fake clock sees exactly what GoFood would have done meanwhile.

An order's life (GoFood Order State): in manual acceptance and auto-accept on timeout it waits for
the outlet (`awaiting_merchant_acceptance`) until accepted, rejected, or its window ends (manual:
GoFood rejects it; on timeout: GoFood accepts it); in auto-accept it is accepted at once
(`merchant_accepted`, no awaiting notification). A delivery order then gets a rider
(`driver_otw_pickup`, `driver_arrived`) who takes the food once it is prepared (or after
`pickup_timeout` anyway): `placed`, the payment settled; then `completed`. A pickup order's
customer collects after food-prepared. The customer may cancel until the food is taken.
"""

from __future__ import annotations

import heapq
import itertools
import random
import threading
import uuid
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from kds.clock import Clock, SystemClock
from kds.platforms.gofood.policy import AcceptanceMode
from kds.simulator.gofood import catalog
from kds.simulator.gofood.config import SimConfig

JAKARTA = timezone(timedelta(hours=7))
"""GoFood's timestamps are Jakarta time (+07:00)."""

AWAITING, ACCEPTED, PLACED, COMPLETED, CANCELLED = (
    "AWAITING_MERCHANT_ACCEPTANCE", "MERCHANT_ACCEPTED", "PLACED", "COMPLETED", "CANCELLED")
"""Order statuses as the notifications carry them."""
EVENT = "gofood.order."


@dataclass(slots=True)
class SimItem:
    """An ordered item."""

    dish: catalog.Dish
    quantity: int
    variant: str = ""
    notes: str = ""

    def wire(self, number: int) -> dict[str, Any]:
        """The item as a notification lists it (`null` for what is empty, like the sandbox)."""
        variants = [{"id": f"var-{number}", "name": self.variant, "external_id": None}] if self.variant else None
        return {"id": f"item-{number}", "external_id": None, "name": self.dish.name, "quantity": self.quantity,
                "price": self.dish.price, "notes": self.notes or None, "variants": variants, "sku_promo_id": None}


@dataclass(slots=True)
class SimOrder:
    """One order on the platform."""

    number: str
    pickup: bool
    created_at: datetime
    items: list[SimItem]
    customer: str
    pin: str
    cutlery: bool
    scheduled: bool = False
    status: str = AWAITING
    driver: str = ""
    driver_step: str = ""  # "" | otw | arrived
    prepared: bool = False
    settled: bool = False
    cancel_reason: str = ""
    outlet: str = ""  # the outlet it was ordered from ("" before it is placed: `SimConfig.outlet_id`)
    history: list[str] = field(default_factory=list)

    @property
    def order_type(self) -> str:
        """`{order_type}` of the GoBiz endpoints."""
        return "pickup" if self.pickup else "delivery"

    @property
    def total(self) -> int:
        """What the customer pays, in rupiah."""
        return sum(i.dish.price * i.quantity for i in self.items)

    def body(self, outlet_id: str) -> dict[str, Any]:
        """The notification's `body`: the order as it is now."""
        return {
            "customer": {"id": f"C{zlib.crc32(self.customer.encode()):08X}", "name": self.customer},
            "driver": {"name": self.driver} if self.driver else None,
            "service_type": "gofood_pickup" if self.pickup else "gofood",
            "outlet": {"id": outlet_id, "external_outlet_id": None},
            "order": {"status": self.status, "pin": self.pin, "order_number": self.number, "order_total": self.total,
                      "currency": "IDR", "order_items": [i.wire(n) for n, i in enumerate(self.items, start=1)],
                      "cutlery_requested": self.cutlery, "takeaway_charges": None,
                      "scheduled_flag": self.scheduled, "created_at": self.created_at.astimezone(JAKARTA).isoformat(),
                      "cancellation_detail": {"reason": self.cancel_reason} if self.cancel_reason else None},
        }


@dataclass(slots=True)
class Webhook:
    """One notification and what became of it."""

    event_id: str
    name: str
    order_number: str
    payload: dict[str, Any]
    at: datetime  # GoFood's timestamp
    due: datetime  # when the next delivery attempt is due
    forged: bool = False  # signed with a wrong secret: the relay must refuse it
    held: bool = False  # held back until the order's next notification is emitted
    behind: Webhook | None = None  # goes only once this (the order's next) notification has been sent
    attempts: int = 0
    delivered: bool = False
    failed: bool = False  # gave up after the last retry
    duplicate: bool = False  # a second delivery after a success was asked for
    answers: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ActionCall:
    """A GoBiz order call the platform judged."""

    at: datetime
    order_id: str
    action: str  # accepted | cancelled | food-prepared
    body: dict[str, Any] | None
    status: int


class GoFoodSimState:
    """The platform plus the on-demand API. Thread-safe (one re-entrant lock)."""

    def __init__(self, config: SimConfig | None = None, clock: Clock | None = None) -> None:
        """A platform for `config`, on `clock` (default: the system clock)."""
        self.config = config or SimConfig()
        self.clock: Clock = clock or SystemClock()
        self.seed = self.config.seed if self.config.seed is not None else random.randrange(2**32)
        self.rng = random.Random(self.seed)
        self.lock = threading.RLock()
        self.orders: dict[str, SimOrder] = {}
        self.base_url = "http://127.0.0.1"
        self.webhook_url = self.config.webhook_url
        self.on_webhook: Callable[[], None] | None = None
        self.tokens: dict[str, datetime] = {}  # token -> expiry
        self.tokens_issued = 0
        self._calls: list[ActionCall] = []
        self.force_closed = False  # the outlet is closed by its partner (`PATCH …/v1/properties`)
        self.property_calls: list[tuple[datetime, Any, int]] = []  # (when, body, answer status)
        self.deliveries: list[str] = []  # event ids, in the order their delivery attempts were made
        self._hooks: list[Webhook] = []
        self._timers: list[tuple[datetime, int, str, str]] = []
        self._seq = itertools.count()
        self._outlets = itertools.cycle(self.config.outlet_ids)  # generated orders go to each outlet in turn
        self._numbers = itertools.count(self.rng.randrange(100_000_000, 900_000_000))
        self._next_order_at: datetime | None = None
        pace = self.config.order_pace
        self._paced = pace.arrivals(random.Random(self.seed ^ 0x60F00D)) if pace is not None else None
        if self.config.order_rate_per_min > 0 or self._paced is not None:
            self._next_order_at = self._arrival_after(self.now())

    # -- time ------------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The platform's clock (aware UTC)."""
        now = self.clock.now()
        return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)

    def tick(self) -> datetime:
        """Do what GoFood does by itself up to now: new orders, windows, riders, customers."""
        with self.lock:
            now = self.now()
            self._generate_due(now)
            while self._timers and self._timers[0][0] <= now:
                when, _, number, what = heapq.heappop(self._timers)
                self._fire(self.orders[number], what, when)
            return now

    def schedule(self, when: datetime, order: SimOrder, what: str) -> None:
        """Run `what` for `order` at `when` (see `_fire`)."""
        heapq.heappush(self._timers, (when, next(self._seq), order.number, what))

    def _between(self, bounds: tuple[float, float]) -> timedelta:
        return self.config.scaled(self.rng.uniform(*bounds))

    # -- on-demand API (tests and demos) -----------------------------------------------------------

    def create_order(self, kind: str = "delivery", *, items: Sequence[str] | None = None,
                     scheduled: bool = False, outlet: str = "") -> str:
        """Place an order now (kind: delivery | pickup; items: dish names; outlet: "" for the next in turn).

        Returns its number.
        """
        with self.lock:
            now = self.tick()
            return self._new_order(now, kind == "pickup", items=items, scheduled=scheduled, outlet=outlet).number

    def customer_cancels(self, number: str, reason: str = catalog.CUSTOMER_CANCEL_REASONS[0]) -> None:
        """The customer cancels the order now (ignored once the food is taken or the order is over)."""
        with self.lock:
            now = self.tick()
            order = self.orders[number]
            if order.status in (AWAITING, ACCEPTED):
                self._cancel(order, now, reason)

    def send_forged(self, number: str) -> Webhook:
        """Send the order's current state once more, signed with a wrong secret (the relay must refuse it)."""
        with self.lock:
            now = self.tick()
            order = self.orders[number]
            hook = self._emit(order, "merchant_accepted" if order.status == ACCEPTED else "cancelled", now)
            hook.forged = True
            return hook

    def revoke_tokens(self) -> None:
        """Every token issued so far stops working (the next call is answered 401)."""
        with self.lock:
            self.tokens.clear()

    def order_state(self, number: str) -> SimOrder:
        """The order as the platform has it now."""
        with self.lock:
            self.tick()
            return self.orders[number]

    def calls(self, number: str | None = None, action: str | None = None) -> list[ActionCall]:
        """Order calls judged so far (of one order and/or action), oldest first."""
        with self.lock:
            return [c for c in self._calls
                    if (number is None or c.order_id == number) and (action is None or c.action == action)]

    def webhooks(self, number: str | None = None, name: str | None = None) -> list[Webhook]:
        """Notifications emitted so far, oldest first (optionally of one order and/or event name)."""
        with self.lock:
            self.tick()
            return [h for h in self._hooks if (number is None or h.order_number == number)
                    and (name is None or h.name in (name, EVENT + name))]

    # -- notifications (the sender's side) ---------------------------------------------------------

    def set_webhook_url(self, url: str) -> None:
        """Where notifications go (`hook_url(relay, tenant)`); held ones leave once it is set."""
        with self.lock:
            self.webhook_url = url
        if self.on_webhook is not None:
            self.on_webhook()

    def take_due(self) -> list[Webhook]:
        """Notifications due for a delivery attempt now, in GoFood's order but for the held-back ones."""
        with self.lock:
            now = self.tick()
            if not self.webhook_url:
                return []
            due = [h for h in self._hooks if ((not h.delivered and not h.failed) or h.duplicate) and h.due <= now]
            taken: list[Webhook] = []
            while True:  # a notification held behind another goes right after it, in the same round
                ready = [h for h in due if h not in taken and (
                    h.behind is None or h.behind.attempts or h.behind.failed or h.behind in taken)]
                if not ready:
                    return taken
                taken.append(ready[0])

    def next_due(self) -> datetime | None:
        """When the next delivery attempt is due (None: nothing waits)."""
        with self.lock:
            waiting = [h.due for h in self._hooks if (not h.delivered and not h.failed) or h.duplicate]
            return min(waiting, default=None)

    def record_attempt(self, hook: Webhook, answer: str, ok: bool) -> None:
        """Note one delivery attempt; schedule the retry or the duplicate."""
        with self.lock:
            now = self.now()
            hook.attempts += 1
            self.deliveries.append(hook.event_id)
            hook.answers.append(answer)
            if hook.delivered:  # this was the duplicate
                hook.duplicate = False
                return
            retries = self.config.retry_delays
            if ok:
                hook.delivered = True
                if self.rng.random() < self.config.duplicate_rate:
                    hook.duplicate, hook.due = True, now
            elif hook.attempts > len(retries):
                hook.failed = True
            else:
                hook.due = now + self.config.scaled(retries[hook.attempts - 1])

    def record_call(self, call: ActionCall) -> None:
        """Keep a judged order call (the API does this)."""
        with self.lock:
            self._calls.append(call)

    def _emit(self, order: SimOrder, name: str, at: datetime) -> Webhook:
        event_id = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        payload = {"header": {"event_name": EVENT + name, "event_id": event_id, "version": 1,
                              "timestamp": at.astimezone(JAKARTA).isoformat(timespec="milliseconds")},
                   "body": order.body(order.outlet or self.config.outlet_id)}
        hook = Webhook(event_id, EVENT + name, order.number, payload, at, at)
        for earlier in self._hooks:
            if earlier.held and earlier.order_number == order.number:
                earlier.held, earlier.behind, earlier.due = False, hook, at  # overtaken by this one
        if self.rng.random() < self.config.reorder_rate and len(order.history) > 0:
            # Held until the order's next notification has gone (or a minute late when none comes). An
            # order's first notification is never held: the outlet could not know the order yet.
            hook.held, hook.due = True, at + self.config.scaled(60.0)
        self._hooks.append(hook)
        order.history.append(name)
        if self.on_webhook is not None:
            self.on_webhook()
        return hook

    # -- transitions (callers hold the lock) ----------------------------------------------------------

    def _place(self, order: SimOrder, at: datetime) -> None:
        self.orders[order.number] = order
        window = self.config.window_of(order.outlet or self.config.outlet_id)
        if window is None:
            self._accept(order, at)  # auto-accept: no awaiting notification
        else:
            self._emit(order, "awaiting_merchant_acceptance", at)
            self.schedule(at + self.config.scaled(window), order, "accept_window")
        if self.rng.random() < self.config.customer_cancel_rate:
            self.schedule(at + self._between(self.config.customer_cancel_delay), order, "customer_cancel")

    def accept(self, order: SimOrder, at: datetime) -> None:
        """The outlet (or GoFood on its behalf) accepted the order."""
        self._accept(order, at)

    def _accept(self, order: SimOrder, at: datetime) -> None:
        order.status = ACCEPTED
        self._emit(order, "merchant_accepted", at)
        if not order.pickup:
            self.schedule(at + self._between(self.config.driver_otw_delay), order, "driver_otw")

    def reject(self, order: SimOrder, at: datetime, code: str) -> None:
        """The outlet rejected the order (`cancel_reason_code`)."""
        self._cancel(order, at, code)

    def food_prepared(self, order: SimOrder, at: datetime) -> None:
        """The outlet said the food is ready."""
        order.prepared = True
        order.history.append("food_prepared")
        if order.pickup:
            self.schedule(at + self._between(self.config.customer_pickup_delay), order, "customer_pickup")
        elif order.driver_step == "arrived":
            self.schedule(at + self._between(self.config.pickup_delay), order, "driver_pickup")

    def _cancel(self, order: SimOrder, at: datetime, reason: str) -> None:
        order.status, order.cancel_reason = CANCELLED, reason
        self._emit(order, "cancelled", at)

    def _take(self, order: SimOrder, at: datetime) -> None:
        """The rider (or the pickup customer) has the food: GoFood settles the payment."""
        order.status, order.settled = PLACED, True
        self._emit(order, "placed", at)
        delay = (30.0, 90.0) if order.pickup else self.config.deliver_delay
        self.schedule(at + self._between(delay), order, "complete")

    def _fire(self, order: SimOrder, what: str, at: datetime) -> None:
        config = self.config
        if what == "accept_window" and order.status == AWAITING:
            if config.mode_of(order.outlet or config.outlet_id) is AcceptanceMode.MANUAL:
                self._cancel(order, at, catalog.TIMEOUT_REASON)
            else:
                self._accept(order, at)
        elif what == "customer_cancel" and order.status in (AWAITING, ACCEPTED):
            self._cancel(order, at, self.rng.choice(catalog.CUSTOMER_CANCEL_REASONS))
        elif what == "driver_otw" and order.status == ACCEPTED:
            order.driver, order.driver_step = self.rng.choice(catalog.DRIVERS), "otw"
            self._emit(order, "driver_otw_pickup", at)
            self.schedule(at + self._between(config.driver_arrive_delay), order, "driver_arrive")
        elif what == "driver_arrive" and order.status == ACCEPTED and order.driver_step == "otw":
            order.driver_step = "arrived"
            self._emit(order, "driver_arrived", at)
            if order.prepared:
                self.schedule(at + self._between(config.pickup_delay), order, "driver_pickup")
            self.schedule(at + config.scaled(config.pickup_timeout), order, "driver_pickup")
        elif what in ("driver_pickup", "customer_pickup") and order.status == ACCEPTED:
            self._take(order, at)
        elif what == "complete" and order.status == PLACED:
            order.status = COMPLETED
            self._emit(order, "completed", at)

    # -- the generator ---------------------------------------------------------------------------------

    def _generate_due(self, now: datetime) -> None:
        if self.config.order_rate_per_min <= 0 and self._paced is None:
            return
        if self._next_order_at is None:
            self._next_order_at = self._arrival_after(now)
        while self._next_order_at <= now:
            at = self._next_order_at
            self._next_order_at = self._arrival_after(at)
            self._new_order(at, self.rng.random() < self.config.pickup_share)

    def _arrival_after(self, previous: datetime) -> datetime:
        """The next generated order: the demo's next slot (`SimConfig.order_pace`), or an exponential gap."""
        if self._paced is not None:
            return next(self._paced)
        rate_per_second = self.config.order_rate_per_min * self.config.time_scale / 60.0
        return previous + timedelta(seconds=self.rng.expovariate(rate_per_second))

    def _new_order(self, at: datetime, pickup: bool, *, items: Sequence[str] | None = None,
                   scheduled: bool = False, outlet: str = "") -> SimOrder:
        rng = self.rng
        if items is None:
            chosen = rng.sample(catalog.MENU, rng.randint(1, 3))
        else:
            chosen = [catalog.dish(name) for name in items]
        lines = [SimItem(d, rng.randint(1, 2), rng.choice(d.variants) if d.variants and rng.random() < 0.6 else "",
                         rng.choice(catalog.NOTES) if rng.random() < 0.3 else "") for d in chosen]
        order = SimOrder(number=f"F-{next(self._numbers)}", pickup=pickup, created_at=at, items=lines,
                         customer=rng.choice(catalog.CUSTOMERS), pin=f"{rng.randrange(10_000):04d}",
                         cutlery=rng.random() < 0.5, scheduled=scheduled, outlet=outlet or next(self._outlets))
        if order.outlet not in self.config.outlet_ids:
            raise ValueError(f"no outlet {order.outlet!r} here")
        self._place(order, at)
        return order

"""The simulated Keeta Standard platform's own behaviour: time, timers, webhooks out, transitions.

`SimPlatform` is the part of the simulator that acts by itself; `KeetaStdSimState` (state.py) adds
the on-demand API tests and demos drive it with. Time comes only from the injected
`kds.clock.Clock`, shifted by `SimConfig.clock_skew`; `tick()` brings the platform up to date:
unconfirmed orders cancelled after 5 minutes, unanswered refund requests refunded after 15,
couriers moving, pickup orders completing by themselves, new orders generated.

Transitions are called with the lock held (by the API, the timers or the on-demand API).
"""

from __future__ import annotations

import heapq
import itertools
import random
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from kds.clock import Clock, SystemClock
from kds.domain.order import OrderType
from kds.simulator.keeta_std import catalog
from kds.simulator.keeta_std.badgets import BadGets
from kds.simulator.keeta_std.config import SimConfig
from kds.simulator.keeta_std.orders import (
    ACCEPTED,
    CANCELLED,
    COMPLETED,
    DELIVERING,
    NEW,
    OPEN,
    PREPARED,
    REFUNDABLE,
    ItemSpec,
    OrderFactory,
    RefundCase,
    SimOrder,
    SimProduct,
    ms,
)
from kds.simulator.keeta_std.webhooks import Webhook
from kds.simulator.spec import quoted_minutes

# Webhook event ids, logistics statuses and op types as the simulator plays them (see
# kds.platforms.keeta_std.codes for what is Keeta's and what is ours).
PLACED, ACCEPTED_EVENT, COMPLETED_EVENT, CANCELLED_EVENT, REFUND_EVENT, COURIER_EVENT, PART_REFUND_EVENT = range(
    1001, 1008)
ASSIGNED, ARRIVED, PICKED_UP, DELIVERED = 10, 20, 30, 40
OP_SYSTEM, OP_CUSTOMER, OP_MERCHANT = 0, 10, 20


@dataclass(frozen=True, slots=True)
class ActionCall:
    """A Standard API call the platform received and judged (whatever the answer)."""

    at: datetime
    order_id: str
    action: str  # the path below the base: "order/confirm", "order/refund/part/apply", "base/batchDecrypt"
    body: dict[str, Any]  # without appId, timestamp, accessToken and sig
    code: int  # the envelope's code (`badgets.NO_ENVELOPE` for an answer without a readable one)
    spoiled: str = ""  # the kind of a `/order/get` answered badly on purpose (`badgets.py`), else ""

    @property
    def applied(self) -> bool:
        """True when Keeta answered code 0 and meant it (not a spoiled answer)."""
        return self.code == 0 and not self.spoiled


class SimPlatform:
    """The platform's state and what it does by itself. Thread-safe (one re-entrant lock)."""

    def __init__(self, config: SimConfig | None = None, clock: Clock | None = None) -> None:
        """A platform for `config`, on `clock` (default: the system clock)."""
        self.config = config or SimConfig()
        self.clock: Clock = clock or SystemClock()
        self.seed = self.config.seed if self.config.seed is not None else random.randrange(2**32)
        self.rng = random.Random(self.seed)
        self.factory = OrderFactory(random.Random(self.seed ^ 0x0DE5))
        self.bad_gets = BadGets(self.config.bad_get_rate, self.config.bad_gets, self.config.bad_get_kinds,
                                random.Random(self.seed ^ 0xBAD6E75))
        self.lock = threading.RLock()
        self.orders: dict[str, SimOrder] = {}
        self.base_url = f"http://127.0.0.1{self.config.base_path}"
        self.webhook_url = self.config.webhook_url
        self.on_webhook: Callable[[], None] | None = None
        self.tokens: dict[str, datetime] = {self.config.access_token: self.now() + timedelta(
            seconds=self.config.token_lifetime)}
        self.refresh_tokens: set[str] = {self.config.refresh_token}
        self.token_pairs: dict[str, str] = {self.config.refresh_token: self.config.access_token}  # refresh -> access
        self.auth_codes: set[str] = set()
        self.faults: dict[str, deque[int]] = {}
        self._calls: list[ActionCall] = []
        self._outbox: deque[Webhook] = deque()
        self._hooks: list[Webhook] = []
        self._timers: list[tuple[datetime, int, str, str, int]] = []
        self._seq = itertools.count()
        self._message_ids = itertools.count(1930106161957212198)
        self._closed_until: datetime | None = None
        self._next_order_at: datetime | None = None
        pace = self.config.order_pace
        self._paced = pace.arrivals(random.Random(self.seed ^ 0x9ACE)) if pace is not None else None
        self._first_refund_due = self.config.first_refund_after is not None
        if self.config.order_rate_per_min > 0 or self._paced is not None:
            self._next_order_at = self._arrival_after(self.now())

    # -- time ------------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The platform's clock: the injected clock plus the configured skew."""
        now = self.clock.now()
        return (now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)) + self.config.clock_skew

    def tick(self) -> datetime:
        """Do what the platform does by itself up to now: new orders, timeouts, couriers."""
        with self.lock:
            now = self.now()
            self._generate_due(now)
            while self._timers and self._timers[0][0] <= now:
                when, _, order_id, what, token = heapq.heappop(self._timers)
                self._fire(self.orders[order_id], what, token, when)
            return now

    def schedule(self, when: datetime, order: SimOrder, what: str, token: int = 0) -> None:
        """Run `what` for `order` at `when` (see `_fire`)."""
        heapq.heappush(self._timers, (when, next(self._seq), str(order.order_id), what, token))

    def _between(self, bounds: tuple[float, float]) -> timedelta:
        return self.config.scaled(self.rng.uniform(*bounds))

    # -- webhooks ----------------------------------------------------------------------------------

    def emit(self, order: SimOrder, event_id: int, message: dict[str, Any], at: datetime) -> Webhook:
        """Queue a webhook about `order`."""
        hook = Webhook(str(next(self._message_ids)), event_id, order.shop_id, str(order.order_id), message, at)
        self._outbox.append(hook)
        self._hooks.append(hook)
        if self.on_webhook is not None:
            self.on_webhook()
        return hook

    def set_webhook_url(self, url: str) -> None:
        """Where webhooks go (e.g. `hook_url(relay, tenant)`); queued ones leave once it is set."""
        with self.lock:
            self.webhook_url = url
        if self.on_webhook is not None:
            self.on_webhook()

    def take_webhooks(self) -> list[Webhook]:
        """Webhooks due for delivery, oldest first (none while no URL is set)."""
        with self.lock:
            self.tick()
            if not self.webhook_url:
                return []
            taken = list(self._outbox)
            self._outbox.clear()
            return taken

    def has_webhooks(self) -> bool:
        """True when webhooks wait for delivery."""
        with self.lock:
            return bool(self.webhook_url and self._outbox)

    def record_attempt(self, hook: Webhook, answer: str, ok: bool, *, last: bool) -> None:
        """Note one delivery attempt."""
        with self.lock:
            hook.attempts += 1
            hook.answers.append(answer)
            hook.delivered = hook.delivered or ok
            hook.failed = not ok and last

    def record_call(self, call: ActionCall) -> None:
        """Keep a judged API call (the API does this)."""
        with self.lock:
            self._calls.append(call)

    def webhooks(self, order_id: str | None = None, event_id: int | None = None) -> list[Webhook]:
        """Webhooks emitted so far, oldest first (optionally of one order and/or event id)."""
        with self.lock:
            self.tick()
            return [h for h in self._hooks
                    if (order_id is None or h.order_id == order_id) and (event_id is None or h.event_id == event_id)]

    # -- transitions (callers hold the lock) ----------------------------------------------------------

    def _status(self, order: SimOrder, event_id: int, at: datetime, **extra: Any) -> None:
        message = {"orderViewId": order.order_id, "shopId": order.shop_id, "status": order.status, "opTime": ms(at),
                   **extra}
        self.emit(order, event_id, message, at)

    def place(self, order: SimOrder, at: datetime) -> None:
        """A new order: 1001, and the 5-minute confirmation deadline."""
        self.orders[str(order.order_id)] = order
        self.bad_gets.placed(order)
        self.emit(order, PLACED, {"orderInfo": order.order_info(self.config.currency)}, at)
        self.schedule(at + self.config.scaled(self.config.accept_window), order, "accept_timeout")

    def confirm(self, order: SimOrder, at: datetime) -> None:
        """Accepted: 1002, then couriers (delivery) or the pickup auto-completion."""
        order.status, order.confirmed_at = ACCEPTED, at
        order.history.append("confirmed")
        self._status(order, ACCEPTED_EVENT, at)
        if order.kind is OrderType.DELIVERY:
            self.schedule(at + self._between(self.config.courier_assign_delay), order, "courier_assign")
        elif order.kind is OrderType.PICKUP:
            self.schedule(at + self.config.scaled(self.config.pickup_auto_complete), order, "auto_complete")
        if order.history[0] == "generated" and self.rng.random() < self.config.refund_request_rate:
            self.schedule(at + self._between(self.config.refund_request_delay), order, "customer_refund")
        if self._first_refund_due and self.config.first_refund_after is not None:
            self._first_refund_due = False
            self.schedule(at + self.config.scaled(self.config.first_refund_after), order, "customer_refund")

    def prepare(self, order: SimOrder, at: datetime) -> None:
        """The food is prepared (no webhook); a waiting courier takes it soon."""
        order.status, order.prepared_at = PREPARED, at
        order.history.append("prepared")
        if order.courier_status == ARRIVED:
            self.schedule(at + self._between(self.config.courier_pickup_delay), order, "courier_pickup")

    def dispatch(self, order: SimOrder, at: datetime) -> None:
        """The merchant's rider left (no webhook)."""
        order.status = DELIVERING
        order.history.append("dispatched")

    def complete(self, order: SimOrder, at: datetime, step: str = "completed") -> None:
        """Completed: 1003."""
        order.status = COMPLETED
        order.history.append(step)
        self._status(order, COMPLETED_EVENT, at)

    def cancel(self, order: SimOrder, at: datetime, op_type: int, reason: str, code: str = "") -> None:
        """Cancelled: 1004 (a pending refund request ends with the order)."""
        order.status = CANCELLED
        order.cancelled_by = {OP_SYSTEM: "system", OP_CUSTOMER: "customer", OP_MERCHANT: "merchant"}[op_type]
        order.cancel_code = code
        order.history.append(f"cancelled:{order.cancelled_by}")
        pending = order.pending_refund
        if pending is not None:
            pending.outcome = "withdrawn"
        extra: dict[str, Any] = {"cancelReason": reason, "opType": op_type}
        if code:
            extra["cancelCode"] = int(code)
        self._status(order, CANCELLED_EVENT, at, **extra)

    def courier(self, order: SimOrder, at: datetime, logistics: int) -> None:
        """The Keeta courier moved: 1006."""
        order.courier_status = logistics
        if not order.courier_name:
            order.courier_name = self.rng.choice(("Ka Ho", "Mei Ling", "Raj", "阿明", "Siu Fung"))
        message = {"orderViewId": order.order_id, "shopId": order.shop_id, "logisticsStatus": logistics,
                   "opTime": ms(at), "courierName": order.courier_name,
                   "courierPhone": f"+852 6***{self.rng.randint(1000, 9999)}", "bigOrderTag": False,
                   "merchantSubOrderId": 0}
        self.emit(order, COURIER_EVENT, message, at)

    def _refund_message(self, order: SimOrder, case: RefundCase, at: datetime, handle_op: int | None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "orderViewId": order.order_id, "shopId": order.shop_id, "status": case.status,
            "afterSaleOrderId": case.after_sale_id, "isAppeal": 0, "pictures": "[]", "money": case.money,
            "currency": self.config.currency, "applyOpType": OP_MERCHANT if case.by_merchant else OP_CUSTOMER,
            "applyReason": case.reason, "opTime": ms(at)}
        if handle_op is not None:
            message.update({"handleOpType": handle_op, "handleReason": case.handle_reason})
        if case.event_id == PART_REFUND_EVENT:
            message["refundProducts"] = [
                {"orderProductId": p.order_product_id, "spuId": p.dish.spu_id, "skuId": p.dish.sku_id,
                 "name": p.dish.name, "count": count, "refundMoney": p.unit_total * count}
                for p, count in case.products]
        return message

    def apply_refund(self, order: SimOrder, at: datetime, products: list[tuple[SimProduct, int]] | None,
                     reason: str, status: int | None = None) -> RefundCase:
        """The customer asks for a refund: 1005 (all) or 1007 (some items), 15 minutes to answer.

        `status` is the code the request carries (default: the configured one, 2001 or 5001).
        """
        money = (sum(p.unit_total * n for p, n in products) if products
                 else order.paid - order.refunded_money)
        if status is None:
            status = self.config.part_refund_request_status if products else self.config.refund_request_status
        case = RefundCase(self.factory.new_id(16), PART_REFUND_EVENT if products else REFUND_EVENT, at, money, reason,
                          products=list(products or []), status=status)
        order.refunds.append(case)
        order.history.append("refund_requested")
        self.emit(order, case.event_id, self._refund_message(order, case, at, None), at)
        self.schedule(at + self.config.scaled(self.config.refund_window), order, "refund_timeout", case.after_sale_id)
        return case

    def refund_status(self, order: SimOrder, case: RefundCase, at: datetime, status: int) -> None:
        """A pending request moves to another status that still waits for the merchant (1005/1007 again)."""
        case.status = status
        order.history.append(f"refund_status:{status}")
        self.emit(order, case.event_id, self._refund_message(order, case, at, None), at)

    def resolve_refund(self, order: SimOrder, case: RefundCase, at: datetime, outcome: str, handle_op: int,
                       reason: str = "") -> None:
        """Close a customer's request: agreed, rejected or refunded by timeout (1005/1007)."""
        partial = case.event_id == PART_REFUND_EVENT
        statuses = {"agreed": (5002, 2002), "rejected": (5003, 2003), "timeout": (5005, 2005)}
        case.status = statuses[outcome][0 if partial else 1]
        case.outcome = "rejected" if outcome == "rejected" else "refunded"
        case.handle_reason = reason
        if case.outcome == "refunded":
            for product, count in case.products or [(p, p.refundable) for p in order.products]:
                product.refunded += count
        order.history.append(f"refund_{outcome}")
        self.emit(order, case.event_id, self._refund_message(order, case, at, handle_op), at)

    def merchant_refund(self, order: SimOrder, at: datetime, products: list[tuple[SimProduct, int]],
                        reason: str) -> RefundCase:
        """The merchant refunds some items itself: done at once, reported by 1007 (5010)."""
        money = sum(p.unit_total * n for p, n in products)
        case = RefundCase(self.factory.new_id(16), PART_REFUND_EVENT, at, money, reason, by_merchant=True,
                          products=products, status=5010, outcome="refunded")
        for product, count in products:
            product.refunded += count
        order.refunds.append(case)
        order.history.append("partial_refund")
        self.emit(order, PART_REFUND_EVENT, self._refund_message(order, case, at, OP_MERCHANT), at)
        return case

    # -- what the platform does by itself --------------------------------------------------------------

    def _fire(self, order: SimOrder, what: str, token: int, at: datetime) -> None:
        config = self.config
        if what == "accept_timeout" and order.status == NEW:
            self.cancel(order, at, OP_SYSTEM, "The merchant did not confirm the order in time")
            self._closed_until = at + config.scaled(config.closed_after_timeout)
        elif what == "auto_complete" and order.status in (ACCEPTED, PREPARED):
            self.complete(order, at, "auto_completed")
        elif what == "courier_assign" and order.status in OPEN and order.courier_status is None:
            self.courier(order, at, ASSIGNED)
            self.schedule(at + self._between(config.courier_arrive_delay), order, "courier_arrive")
        elif what == "courier_arrive" and order.status in OPEN and order.courier_status == ASSIGNED:
            self.courier(order, at, ARRIVED)
            if order.status == PREPARED:
                self.schedule(at + self._between(config.courier_pickup_delay), order, "courier_pickup")
            assert order.confirmed_at is not None
            deadline = max(at, order.confirmed_at + config.scaled(config.courier_pickup_timeout))
            self.schedule(deadline, order, "courier_pickup")
        elif what == "courier_pickup" and order.status in (ACCEPTED, PREPARED) and order.courier_status == ARRIVED:
            self.courier(order, at, PICKED_UP)
            order.status = DELIVERING
            order.history.append("picked_up")
            self.schedule(at + self._between(config.courier_deliver_delay), order, "courier_deliver")
        elif what == "courier_deliver" and order.status == DELIVERING and order.courier_status == PICKED_UP:
            self.courier(order, at, DELIVERED)
            self.complete(order, at, "delivered")
        elif what == "refund_timeout":
            case = order.pending_refund
            if case is not None and case.after_sale_id == token and order.status != CANCELLED:
                within = quoted_minutes(config.refund_window, config.time_scale)
                self.resolve_refund(order, case, at, "timeout", OP_SYSTEM, f"No answer within {within}")
        elif what == "customer_refund" and order.status in REFUNDABLE and order.pending_refund is None:
            self._random_refund(order, at)

    def _random_refund(self, order: SimOrder, at: datetime) -> None:
        reason = self.rng.choice(catalog.REFUND_REASONS)
        if self.rng.random() < self.config.partial_refund_share and order.products:
            product = self.rng.choice(order.products)
            if product.refundable:
                self.apply_refund(order, at, [(product, 1)], reason)
                return
        self.apply_refund(order, at, None, reason)

    def _generate_due(self, now: datetime) -> None:
        config = self.config
        if config.order_rate_per_min <= 0 and self._paced is None:
            return
        if self._next_order_at is None:
            self._next_order_at = self._arrival_after(now)
        while self._next_order_at <= now:
            at = self._next_order_at
            self._next_order_at = self._arrival_after(at)
            if self._closed_until is not None and at < self._closed_until:
                continue
            kind = self.rng.choices((OrderType.DELIVERY, OrderType.PICKUP, OrderType.SELF_DELIVERY), config.mix)[0]
            self._new_order(at, kind, scheduled=self.rng.random() < config.scheduled_rate, origin="generated")

    def _arrival_after(self, previous: datetime) -> datetime:
        """The next generated order: the demo's next slot (`SimConfig.order_pace`), or an exponential gap.

        The gap is `order_rate_per_min` per scaled minute.
        """
        if self._paced is not None:
            return next(self._paced)
        rate_per_second = self.config.order_rate_per_min * self.config.time_scale / 60.0
        return previous + timedelta(seconds=self.rng.expovariate(rate_per_second))

    def _new_order(self, at: datetime, kind: OrderType, *, scheduled: bool = False,
                   items: Sequence[ItemSpec] | None = None, shop_id: int | None = None,
                   origin: str = "on_demand") -> SimOrder:
        shop = shop_id if shop_id is not None else self.rng.choice(self.config.shop_ids)
        ahead = timedelta(minutes=self.rng.randint(60, 120)) if scheduled else timedelta(minutes=35)
        eta = (at + ahead).replace(second=0, microsecond=0) if scheduled else at + ahead
        order = self.factory.build(now=at, kind=kind, shop_id=shop, shop_name=self.config.shop_name(shop),
                                   scheduled=scheduled, items=items, eta=eta)
        order.history[0] = origin
        self.place(order, at)
        return order


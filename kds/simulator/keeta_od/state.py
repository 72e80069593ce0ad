"""The simulated Keeta platform: one thread-safe object behind the HTTP app and the on-demand API.

Time comes only from the injected `kds.clock.Clock` (a `FakeClock` in tests), shifted by
`SimConfig.clock_skew` to play a platform whose clock disagrees with ours. Every public method
first brings the platform up to date with the clock (`tick`), so a test that advances a fake clock
and then polls sees exactly what the platform would have done meanwhile.
"""

from __future__ import annotations

import random
import secrets
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from kds.clock import Clock, SystemClock
from kds.domain.order import OrderType
from kds.simulator.keeta_od.catalog import DishSpec, dish_named
from kds.simulator.keeta_od.config import Faults, SimConfig
from kds.simulator.keeta_od.events import EventStore
from kds.simulator.keeta_od.generator import ItemSpec, to_json
from kds.simulator.keeta_od.orders import OPEN_BEFORE_PICKUP, OrderBook, SimOrder
from kds.simulator.keeta_od.polling import PollingDesk, PollRecord, Reply, problem
from kds.simulator.keeta_od.validation import ACTION_CHECKS, NO_BODY, check_batch_decrypt, check_merchant_status


@dataclass(frozen=True, slots=True)
class ActionCall:
    """An order action the platform received and judged (whatever the answer)."""

    at: datetime
    order_id: str
    action: str
    body: Any
    status: int

    @property
    def applied(self) -> bool:
        """True when the action took effect (2xx)."""
        return 200 <= self.status < 300


@dataclass(frozen=True, slots=True)
class DecryptCall:
    """A batchDecrypt the platform received: the texts asked for, and which orders they belong to."""

    at: datetime
    texts: tuple[str, ...]
    orders: tuple[str, ...]  # the order of each text ("" for a text the platform never issued)
    refused: tuple[str, ...]  # texts refused (not of a merchant-delivered order, or unknown)
    status: int


@dataclass(frozen=True, slots=True)
class OrderSnapshot:
    """Where an order stands on the platform, for assertions and demos."""

    order_id: str
    merchant_id: str
    kind: OrderType
    scheduled: bool
    created_at: datetime
    status: str
    last_event: str
    history: tuple[str, ...]
    confirmed_at: datetime | None
    cancelled_by: str
    cancel_code: str
    cancellation_requested: bool
    refund_pending: bool
    refund_outcomes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SimStats:
    """Counters: orders, events and faults."""

    orders: int
    events_created: int
    events_delivered: int
    events_acked: int
    ack_repeats: int
    ack_unknown: int
    auto_acked: int
    duplicates_sent: int
    malformed_sent: int
    events_expired: int
    polls: int
    rate_limited: int
    faults: dict[str, int] = field(default_factory=dict)
    ack_duplicate_entries: int = 0  # acknowledgment entries that named an event twice in one request
    retry_after_violations: tuple[str, ...] = ()  # requests sent before the `Retry-After` they were given
    bad_gets_sent: int = 0  # order details answered badly on purpose


def _valid_for(action: str, order: SimOrder) -> bool:
    """The platform's transition rules: may `action` be applied to `order` now?"""
    self_delivery = order.kind is OrderType.SELF_DELIVERY
    match action:
        case "confirm":
            return order.status == "CREATED"
        case "readyForPickup":
            return order.status == "CONFIRMED"
        case "dispatch":
            return self_delivery and order.status in ("CONFIRMED", "READY_FOR_PICKUP")
        case "delivered":
            return self_delivery and order.status == "DISPATCHED"
        case "tracking":
            return self_delivery and order.status in ("CONFIRMED", "READY_FOR_PICKUP", "DISPATCHED")
        case "requestCancellation":
            return order.status != "CANCELLED"
        case "acceptRefund" | "rejectRefund":
            return order.pending_refund is not None
    return False


class KeetaSimState:
    """The platform's state and behaviour. Thread-safe: the server thread and tests share it."""

    def __init__(self, config: SimConfig | None = None, clock: Clock | None = None) -> None:
        """A platform for `config`, on `clock` (default: the system clock)."""
        self.config = config or SimConfig()
        self.clock: Clock = clock or SystemClock()
        seed = self.config.seed if self.config.seed is not None else random.randrange(2**32)
        self.seed = seed
        self._lock = threading.RLock()
        self._faults = replace(self.config.faults)
        self._fault_rng = random.Random(seed ^ 0x5EED_FA17)
        self._fault_counts: dict[str, int] = {}
        self.store = EventStore(self.config.scaled(self.config.event_ttl))
        self.book = OrderBook(self.config, random.Random(seed), self.store)
        self.desk = PollingDesk(self.config, self.store, random.Random(seed ^ 0xD0B1E), self.book)
        self.desk.faults = self._faults
        self._tokens: dict[str, datetime] = {}
        self._calls: list[ActionCall] = []
        self._hold_off: dict[tuple[str, str], float] = {}  # (kind, order id) -> clock.monotonic() allowed again
        self._violations: list[str] = []
        self._acks: list[tuple[datetime, str, bool]] = []  # (when, order id, its details were read by then)
        self._bad_gets_sent = 0
        self._decrypts: list[DecryptCall] = []
        self._merchant_status: dict[str, str] = dict.fromkeys(self.config.merchant_ids, "AVAILABLE")
        self._status_calls: list[tuple[datetime, str, Any, int]] = []  # (when, merchant id, body, status)
        self.base_url = f"http://127.0.0.1{self.config.base_path}"

    # -- time ----------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The platform's clock: the injected clock plus the configured skew."""
        now = self.clock.now()
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        return now.astimezone(UTC) + self.config.clock_skew

    def tick(self) -> datetime:
        """Do what the platform does by itself up to now (orders, timeouts, riders, expiry)."""
        with self._lock:
            now = self.now()
            self.book.generate_due(now)
            self.book.run_due(now)
            self.store.prune(now)
            return now

    # -- faults --------------------------------------------------------------------------------

    @property
    def faults(self) -> Faults:
        """The fault probabilities in force."""
        with self._lock:
            return replace(self._faults)

    def set_faults(self, faults: Faults | None = None, **changes: Any) -> Faults:
        """Replace the faults, or change some of them (`set_faults(fault_5xx=0.2)`)."""
        with self._lock:
            self._faults = replace(faults or self._faults, **changes)
            self.desk.faults = self._faults
            return replace(self._faults)

    def draw_fault(self, op: str = "") -> tuple[str, int] | None:
        """Decide whether this request (of kind `op`) fails in transport.

        The fault, or None: ("5xx", status) | ("timeout", 0) | ("reset", 0) | ("lost", 0) (done, then the
        connection dropped).
        """
        with self._lock:
            f, roll = self._faults, self._fault_rng.random()
            if f.fault_ops and op not in f.fault_ops:
                return None
            kind = None
            if roll < f.fault_5xx:
                kind = "5xx"
            elif roll < f.fault_5xx + f.fault_timeout:
                kind = "timeout"
            elif roll < f.fault_5xx + f.fault_timeout + f.fault_reset:
                kind = "reset"
            elif roll < f.fault_5xx + f.fault_timeout + f.fault_reset + f.fault_lost_answer:
                kind = "lost"
            if kind is None:
                return None
            self._fault_counts[kind] = self._fault_counts.get(kind, 0) + 1
            status = self._fault_rng.choice(f.fault_statuses) if kind == "5xx" else 0
            return kind, status

    # -- Retry-After ----------------------------------------------------------------------------

    def retry_after_header(self) -> dict[str, str]:
        """The `Retry-After` header a 503 carries now (none unless `Faults.retry_after` is set)."""
        with self._lock:
            seconds = self._faults.retry_after
            return {"Retry-After": f"{seconds:g}"} if seconds else {}

    def hold_off(self, op: str, order_id: str, seconds: float) -> None:
        """Remember that a request of kind `op` (for `order_id`) was told to wait `seconds`."""
        with self._lock:
            self._hold_off[(op, order_id)] = self.clock.monotonic() + seconds

    def note_request(self, op: str, order_id: str) -> None:
        """A request arrived: count it when it comes before the `Retry-After` its kind was given."""
        with self._lock:
            until = self._hold_off.get((op, order_id))
            if until is None:
                return
            early = until - self.clock.monotonic()
            if early > 0.05:  # a little slack for the two clocks' reading of the same instant
                self._violations.append(f"{op} {order_id or ''} {early:.2f} s early".replace("  ", " "))
            else:
                del self._hold_off[(op, order_id)]

    # -- HTTP operations (the app calls these; each returns a Reply) -----------------------------

    def issue_token(self, form: dict[str, str]) -> Reply:
        """`POST /oauth/token` (client_credentials)."""
        with self._lock:
            now = self.tick()
            if form.get("grant_type") != "client_credentials":
                return problem(400, "grant_type must be client_credentials")
            if not form.get("client_id") or not form.get("client_secret"):
                return problem(400, "client_id and client_secret are required")
            good_id = secrets.compare_digest(form["client_id"].encode(), self.config.client_id.encode())
            good_secret = secrets.compare_digest(form["client_secret"].encode(), self.config.client_secret.encode())
            if not (good_id and good_secret):
                return problem(401, "invalid client credentials")
            token = secrets.token_urlsafe(32)
            self._tokens[token] = now + timedelta(seconds=self.config.expires_in)
            return Reply(200, {"access_token": token, "token_type": "bearer",
                               "expires_in": self.config.expires_in})

    def authenticate(self, authorization: str | None) -> str | Reply:
        """The bearer token of a request, or a 401 reply."""
        scheme, _, token = (authorization or "").partition(" ")
        with self._lock:
            expires = self._tokens.get(token.strip()) if scheme.lower() == "bearer" else None
            if expires is None:
                return problem(401, "missing or invalid access token")
            if self.now() >= expires:
                return problem(401, "access token expired")
            return token.strip()

    def poll(self, token: str, merchants: Sequence[str], event_types: Sequence[str]) -> Reply:
        """`GET /v1/events:polling`."""
        with self._lock:
            now = self.tick()
            return self.desk.poll(token, self._queue(token), now, merchants, event_types, self.base_url)

    def acknowledge(self, token: str, body: Any) -> Reply:
        """`POST /v1/events/acknowledgment`.

        Each acknowledged event is noted with whether its order's details had been read by then.
        """
        with self._lock:
            now = self.tick()
            reply = self.desk.acknowledge(self._queue(token), body)
            if reply.status == 202:
                for item in body:
                    event = self.store.events.get(item["id"])
                    order = self.book.orders.get(event.order_id) if event is not None and not event.malformed else None
                    if order is not None:
                        self._acks.append((now, order.order_id, order.read_at is not None))
            return reply

    def acks_before_read(self) -> list[tuple[datetime, str]]:
        """Acknowledgments of events whose order's details nobody had read yet: (when, order id)."""
        with self._lock:
            return [(at, order_id) for at, order_id, read in self._acks if not read]

    def get_order(self, order_id: str) -> Reply:
        """`GET /v1/orders/{id}` (404 once the order is past its retention, like an expired event).

        An order spoiled by `spoil` or `Faults.bad_get_rate` answers its next GETs badly first.
        """
        with self._lock:
            now = self.tick()
            order = self.book.orders.get(order_id)
            if order is None or now >= order.created_at + self.store.ttl:
                return problem(404, "Order not found")
            bad = self._bad_answer(order)
            if bad is not None:
                self._bad_gets_sent += 1
                return bad
            if order.read_at is None:
                order.read_at = now
            return Reply(200, order.payload)

    def spoil(self, order_id: str, gets: int = 1, kinds: Sequence[str] = ("incomplete",)) -> None:
        """Make the next `gets` GETs of an order's details fail, in `kinds` in turn.

        A huge `gets` makes an order that can never be read.
        """
        with self._lock:
            order = self._order(order_id)
            order.bad_gets, order.bad_kinds, order.bad_decided = gets, tuple(kinds), True

    def _bad_answer(self, order: SimOrder) -> Reply | None:
        faults = self._faults
        if not order.bad_decided:
            order.bad_decided = True
            if faults.bad_get_rate and self._fault_rng.random() < faults.bad_get_rate:
                order.bad_gets = faults.bad_gets
                order.bad_kinds = tuple(self._fault_rng.sample(faults.bad_get_kinds, len(faults.bad_get_kinds)))
        if order.bad_gets <= 0 or not order.bad_kinds:
            return None
        order.bad_gets -= 1
        kind = order.bad_kinds[order.bad_gets % len(order.bad_kinds)]
        if kind == "not_found":  # the details are not there yet, a moment after the event
            return problem(404, "Order not found")
        if kind == "unavailable":
            return problem(503, "Service temporarily unavailable", self.retry_after_header())
        if kind == "malformed":
            text = to_json(order.payload)
            return Reply(200, raw=text[: len(text) // 2])  # cut off mid-answer
        incomplete = {k: v for k, v in order.payload.items() if k not in ("items", "total")}
        return Reply(200, incomplete)

    def act(self, order_id: str, action: str, body: Any = NO_BODY) -> Reply:
        """`POST /v1/orders/{id}/{action}`."""
        with self._lock:
            now = self.tick()
            reply = self._act(order_id, action, body, now)
            if action in ACTION_CHECKS:
                recorded = None if body is NO_BODY else body
                self._calls.append(ActionCall(now, order_id, action, recorded, reply.status))
            return reply

    def _act(self, order_id: str, action: str, body: Any, now: datetime) -> Reply:
        check = ACTION_CHECKS.get(action)
        if check is None:
            return problem(404, f"unknown order action {action}")
        error = check(body)
        if error:
            return problem(400, error)
        order = self.book.orders.get(order_id)
        if order is None:
            return problem(404, "Order not found")
        if not _valid_for(action, order):
            extra = {"cancellationStatus": "CANCELLED"} if action == "requestCancellation" else {}
            return problem(422, f"order status is not in a valid state for {action}", extra=extra)
        if action == "requestCancellation":
            items = {str(item.get("id")) for item in order.payload.get("items", [])}
            for key in ("outOfStockItems", "invalidItems"):
                strangers = [i for i in body.get(key) or [] if i not in items]
                if strangers:
                    return problem(400, f"{key} must be ids of this order's items, not {', '.join(strangers)}")
        book = self.book
        match action:
            case "confirm":
                book.confirm(order, now)
            case "readyForPickup":
                book.ready(order, now)
            case "dispatch":
                book.advance(order, "DISPATCHED", now)
            case "delivered":
                book.advance(order, "DELIVERED", now)
                book.schedule(now + self.config.scaled(self.config.conclude_delay), order, "conclude")
            case "requestCancellation":
                order.cancellation_requested = True
                meta = {"reason": body["reason"], "code": body["code"], "mode": body["mode"]}
                book.emit(order, "CANCELLATION_REQUESTED", now, meta)
                book.cancel(order, now, "merchant", body["code"], body["reason"])
            case "acceptRefund":
                case_ = order.pending_refund
                assert case_ is not None  # checked by _valid_for
                book.resolve_refund(order, now, "REFUNDED", {
                    "refundAmount": case_.metadata["refundAmount"], "type": case_.metadata["type"],
                    "code": "MERCHANT_ACCEPTED", "reason": "Merchant accepted the refund request"})
            case "rejectRefund":
                book.resolve_refund(order, now, "REFUND_FAILED", {"reason": body["reason"], "code": body["code"]})
        return Reply(204 if action in ("acceptRefund", "rejectRefund") else 202)

    def batch_decrypt(self, body: Any) -> Reply:
        """`POST /v1/batchDecrypt`: plain text only for merchant-delivered orders."""
        with self._lock:
            now = self.tick()
            error = check_batch_decrypt(body)
            if error:
                texts = [i.get("cipherText") for i in body.get("cipherInfos", [])] if isinstance(body, dict) \
                    and isinstance(body.get("cipherInfos"), list) else []
                shown = tuple(str(t) for t in texts if isinstance(t, str))
                self._decrypts.append(DecryptCall(now, shown, tuple(self.book.cipher_owner.get(t, "") for t in shown),
                                                  shown, 400))
                return problem(400, error)
            infos = []
            owners: list[str] = []
            refused: list[str] = []
            for info in body["cipherInfos"]:
                text = info["cipherText"]
                owner = self.book.cipher_owner.get(text, "")
                owners.append(owner)
                order = self.book.orders.get(owner)
                if order is None:
                    code, msg, plain = 1001, "invalid cipherText", ""
                elif order.kind is not OrderType.SELF_DELIVERY:
                    code, msg, plain = 1002, "decryption is only allowed for merchant-delivered orders", ""
                else:
                    code, msg, plain = 0, "success", order.ciphers[text]
                if code:
                    refused.append(text)
                infos.append({"cipherText": text, "plainText": plain, "errorCode": code, "errorMsg": msg})
            asked = tuple(str(i["cipherText"]) for i in body["cipherInfos"])
            self._decrypts.append(DecryptCall(now, asked, tuple(owners), tuple(refused), 200))
            return Reply(200, {"plainInfos": infos})

    def merchant_update(self, merchant_id: str, body: Any) -> Reply:
        """`POST /v1/merchantUpdate/{merchantId}` as a store status change (Keeta 1.0.2)."""
        with self._lock:
            now = self.tick()
            error = check_merchant_status(body)
            if error is None and merchant_id not in self._merchant_status:
                reply = problem(404, "Merchant not found")
            elif error is not None:
                reply = problem(400, error)
            else:
                self._merchant_status[merchant_id] = body["merchantStatus"]
                if body["merchantStatus"] == "AVAILABLE":
                    self.book.closed_until = None  # reopened after a timeout closed it
                reply = Reply(204)
            self._status_calls.append((now, merchant_id, body, reply.status))
            return reply

    def merchant_status(self, merchant_id: str | None = None) -> str:
        """A merchant's store status (`AVAILABLE` / `UNAVAILABLE`; the first merchant when none is named).

        UNAVAILABLE too while Keeta keeps the store closed after an order timed out.
        """
        with self._lock:
            closed = self.book.closed_until is not None and self.now() < self.book.closed_until
            return "UNAVAILABLE" if closed else self._merchant_status[merchant_id or self.config.merchant_ids[0]]

    def status_calls(self) -> list[tuple[datetime, str, Any, int]]:
        """Every `merchantUpdate` received: (when, merchant id, body, answer status)."""
        with self._lock:
            return list(self._status_calls)

    def _queue(self, token: str) -> str:
        return token if self.config.queue_scope == "token" else f"client:{self.config.client_id}"

    # -- on-demand API (tests and demos) -------------------------------------------------------

    def create_order(self, kind: OrderType | str = OrderType.DELIVERY, *, scheduled: bool = False,
                     items: Sequence[ItemSpec | str] | None = None, merchant_id: str | None = None,
                     bad_gets: int = 0, bad_kinds: Sequence[str] = ("incomplete",)) -> str:
        """Place an order now (kind: delivery | pickup | self_delivery); returns its id.

        Its first `bad_gets` GETs fail (see `spoil`).
        """
        specs = None
        if items is not None:
            specs = [spec if isinstance(spec, ItemSpec) else _menu_item(dish_named(spec)) for spec in items]
        with self._lock:
            now = self.tick()
            order_id = self.book.create(now, OrderType(kind), scheduled=scheduled, items=specs,
                                        merchant_id=merchant_id).order_id
            if bad_gets:
                self.spoil(order_id, bad_gets, bad_kinds)
            return order_id

    def request_refund(self, order_id: str, *, full: bool = True, items: Sequence[tuple[str, int]] | None = None,
                       reason: str | None = None) -> str:
        """The customer asks for a refund (USER_REFUND_REQUEST); returns the event id."""
        with self._lock:
            now = self.tick()
            order = self._order(order_id)
            if order.status in ("CREATED", "CANCELLED") or order.pending_refund is not None:
                raise ValueError(f"order {order_id} cannot take a refund request in status {order.status}")
            return self.book.request_refund(order, now, full=full, items=items, reason=reason).event_id

    def customer_cancel(self, order_id: str, reason: str = "Cliente desistiu do pedido") -> None:
        """The customer cancels (CANCELLED, code CONSUMER_CANCELLATION_REQUESTED)."""
        with self._lock:
            now = self.tick()
            order = self._order(order_id)
            if order.status not in OPEN_BEFORE_PICKUP:
                raise ValueError(f"order {order_id} cannot be cancelled by the customer in {order.status}")
            self.book.cancel(order, now, "customer", "CONSUMER_CANCELLATION_REQUESTED", reason)

    def calls(self, order_id: str | None = None, action: str | None = None) -> list[ActionCall]:
        """Order actions received, oldest first (optionally of one order and/or one action)."""
        with self._lock:
            return [c for c in self._calls
                    if (order_id is None or c.order_id == order_id) and (action is None or c.action == action)]

    def decrypt_calls(self, order_id: str | None = None) -> list[DecryptCall]:
        """The `batchDecrypt` calls received, oldest first (optionally only those asking for a text of `order_id`)."""
        with self._lock:
            return [c for c in self._decrypts if order_id is None or order_id in c.orders]

    def order_state(self, order_id: str) -> OrderSnapshot:
        """Where an order stands (raises `KeyError` for an unknown id)."""
        with self._lock:
            self.tick()
            o = self._order(order_id)
            return OrderSnapshot(o.order_id, o.merchant_id, o.kind, o.scheduled, o.created_at, o.status,
                                 str(o.payload["lastEvent"]), tuple(o.history), o.confirmed_at, o.cancelled_by,
                                 o.cancel_code, o.cancellation_requested, o.pending_refund is not None,
                                 tuple(c.outcome for c in o.refunds if c.outcome))

    def order_ids(self) -> list[str]:
        """Every order id, oldest first."""
        with self._lock:
            self.tick()
            return list(self.book.orders)

    def poll_log(self) -> dict[str, list[PollRecord]]:
        """Every polling request per token, as `PollRecord`s (time, status, events returned)."""
        with self._lock:
            return {token: list(records) for token, records in self.desk.log.items()}

    def stats(self) -> SimStats:
        """Counters since start."""
        with self._lock:
            s = self.store.stats
            polls = sum(len(r) for r in self.desk.log.values())
            return SimStats(len(self.book.orders), s.created, s.delivered, s.acked, s.ack_repeats, s.ack_unknown,
                            s.auto_acked, s.duplicates, s.malformed, s.expired, polls, self.desk.rate_limited,
                            dict(self._fault_counts), s.ack_duplicate_entries, tuple(self._violations),
                            self._bad_gets_sent)

    def _order(self, order_id: str) -> SimOrder:
        order = self.book.orders.get(order_id)
        if order is None:
            raise KeyError(order_id)
        return order


def _menu_item(dish: DishSpec) -> ItemSpec:
    return ItemSpec(dish.name, dish.price, 1, (), "", dish.code)

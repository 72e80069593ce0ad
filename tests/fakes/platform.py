"""An in-memory platform adapter we own: tests push orders and events, and read the calls it received."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import ClassVar

from kds.clock import Clock
from kds.domain.actions import Action, PlatformPolicy
from kds.domain.events import EventKind, OrderEvent, RawEvent, RefundItem, RefundRequest
from kds.domain.money import Money
from kds.domain.order import (
    Address,
    Customer,
    Line,
    Option,
    Order,
    OrderKey,
    OrderType,
    Platform,
    Timing,
    Totals,
    is_encrypted,
)
from kds.platforms.base import (
    ActionRequest,
    FetchedOrder,
    InvalidStateError,
    PlatformError,
    PlatformWarning,
    PollResult,
)
from kds.platforms.registry import POLICIES

DECRYPT_BATCH = 50
"""Most texts one batchDecrypt may carry (both Keeta APIs)."""

_ids = itertools.count(1)


def make_order(platform: Platform = Platform.FAKE, *, order_id: str | None = None, display_id: str | None = None,
               type: OrderType = OrderType.DELIVERY, created_at: datetime, timing: Timing = Timing.INSTANT,
               scheduled_start: datetime | None = None, lines: int = 2, currency: str = "BRL",
               customer: str = "Maria Silva", notes: str = "", phone: str = "ENC_abc",
               address: Address | None = None, pickup_code: str = "") -> Order:
    """A realistic order with `lines` lines, one option and a note on the first line.

    A delivery order gets an encrypted address (`address`, or `ENC_` parts of a São Paulo one).
    """
    n = next(_ids)
    order_id = order_id or f"order-{n}"
    items = []
    for i in range(lines):
        opt = Option("Extra cheese", Decimal(1), Money.of("2.50", currency), Money.of("2.50", currency))
        items.append(Line(
            line_id=f"{order_id}-l{i}", name=("Pão de queijo", "Feijoada", "宫保鸡丁", "Coxinha")[i % 4],
            quantity=Decimal(i + 1), unit_price=Money.of("10.00", currency),
            total=Money.of("10.00", currency) * (i + 1) + (Money.of("2.50", currency) if i == 0 else
                                                            Money.zero(currency)),
            options=(opt,) if i == 0 else (), note="ALLERGY: peanuts" if i == 0 else ""))
    items_total = sum((line.total for line in items), Money.zero(currency))
    if address is None and type in (OrderType.DELIVERY, OrderType.SELF_DELIVERY):
        address = Address(formatted=f"ENC_addr{n}", street="Rua Augusta", number=f"ENC_num{n}",
                          complement=f"ENC_comp{n}", district="Consolação", city="São Paulo")
    return Order(
        key=OrderKey(platform, order_id), display_id=display_id or f"{1000 + n}", type=type,
        created_at=created_at, lines=tuple(items),
        totals=Totals(items_total, Money.zero(currency), Money.zero(currency), items_total),
        timing=timing, scheduled_start=scheduled_start, customer=Customer(customer, phone), notes=notes,
        address=address, pickup_code=pickup_code)


@dataclass
class FakePlatform:
    """A `PlatformAdapter` backed by dicts. `fail_next` injects errors into the next calls."""

    clock: Clock
    platform: Platform = Platform.FAKE
    policy: PlatformPolicy = field(default_factory=lambda: POLICIES[Platform.FAKE])
    orders: dict[str, Order] = field(default_factory=dict)
    queue: list[tuple[OrderEvent, RawEvent]] = field(default_factory=list)
    acked: list[str] = field(default_factory=list)
    calls: list[ActionRequest] = field(default_factory=list)
    fail_next: list[PlatformError] = field(default_factory=list)
    fail_fetch: list[PlatformError] = field(default_factory=list)
    polls: int = 0
    done: dict[str, set[Action]] = field(default_factory=dict)
    decrypts: list[tuple[OrderKey, tuple[str, ...]]] = field(default_factory=list)
    fail_decrypt: list[PlatformError] = field(default_factory=list)
    plain: dict[str, str] = field(default_factory=dict)  # ciphertext -> plain text (only these); empty: strip ENC_
    warnings: list[PlatformWarning] = field(default_factory=list)  # reported (once) by the next poll

    def push(self, order_id: str, kind: EventKind, at: datetime | None = None, **kwargs: object) -> OrderEvent:
        """Queue an event for the next poll."""
        event = OrderEvent(self.platform, f"ev-{next(_ids)}", order_id, kind, at or self.clock.now(),
                           source_type=kind.name, **kwargs)  # type: ignore[arg-type]
        self.queue.append((event, RawEvent(event.event_id, order_id, kind.name, {"eventId": event.event_id})))
        return event

    def add_order(self, **kwargs: object) -> Order:
        """Create an order on the platform and queue its CREATED event."""
        order = make_order(self.platform, created_at=kwargs.pop("created_at", self.clock.now()),  # type: ignore[arg-type]
                           **kwargs)  # type: ignore[arg-type]
        self.orders[order.key.order_id] = order
        self.push(order.key.order_id, EventKind.CREATED, order.created_at)
        return order

    def request_refund(self, order_id: str, amount: str = "12.50") -> OrderEvent:
        """Queue a customer refund request for the first line."""
        order = self.orders[order_id]
        request = RefundRequest(self.clock.now(), Money.of(amount, order.currency), "cold food",
                                (RefundItem(order.lines[0].name, Decimal(1), order.lines[0].line_id),), full=False)
        return self.push(order_id, EventKind.REFUND_REQUESTED, refund=request)

    async def poll(self) -> PollResult:
        """Everything queued and not acknowledged."""
        self.polls += 1
        if self.fail_next:
            raise self.fail_next.pop(0)
        pending = [(e, r) for e, r in self.queue if r.event_id not in self.acked]
        warnings, self.warnings = tuple(self.warnings), []
        return PollResult(events=tuple(pending), server_offset=timedelta(0), warnings=warnings)

    async def acknowledge(self, events: Sequence[RawEvent]) -> None:
        """Forget acknowledged events."""
        self.acked.extend(e.event_id for e in events)

    async def fetch_order(self, order_id: str) -> FetchedOrder:
        """The order's details."""
        if self.fail_fetch:
            raise self.fail_fetch.pop(0)
        return FetchedOrder(self.orders[order_id], {"id": order_id})

    _RESULT: ClassVar[dict[Action, EventKind]] = {
        Action.CONFIRM: EventKind.ACCEPTED, Action.READY: EventKind.READY, Action.COLLECT: EventKind.PICKED_UP,
        Action.DISPATCH: EventKind.DISPATCHED, Action.DELIVERED: EventKind.DELIVERED,
        Action.CANCEL: EventKind.CANCELLED, Action.AGREE_REFUND: EventKind.REFUNDED,
        Action.REJECT_REFUND: EventKind.REFUND_FAILED, Action.PARTIAL_REFUND: EventKind.PARTIAL_REFUND,
    }
    _REPEATABLE: ClassVar[frozenset[Action]] = frozenset({Action.PARTIAL_REFUND, Action.CHANGE_RIDER})

    async def perform(self, request: ActionRequest) -> None:
        """Record the call; a repeated one answers like Keeta (422); success queues the resulting event."""
        self.calls.append(request)
        if self.fail_next:
            raise self.fail_next.pop(0)
        order_id = request.order.key.order_id
        done = self.done.setdefault(order_id, set())
        if request.action in done and request.action not in self._REPEATABLE:
            raise InvalidStateError(f"order status is not in a valid state for {request.action.value}", status=422)
        done.add(request.action)
        result = self._RESULT.get(request.action)
        if result is not None:  # a rider change moves nothing
            self.push(order_id, result)

    async def decrypt(self, order: Order, texts: Sequence[str]) -> dict[str, str]:
        """Record the call; decrypt like Keeta: only for self-delivery orders and only texts of the order
        (the others are refused, i.e. left out), at most 50. With `plain` set, only the texts in it are
        decrypted (to it); without, every text loses its prefix."""
        self.decrypts.append((order.key, tuple(texts)))
        if self.fail_decrypt:
            raise self.fail_decrypt.pop(0)
        if len(texts) > DECRYPT_BATCH:
            raise AssertionError(f"{len(texts)} texts in one batchDecrypt (at most {DECRYPT_BATCH})")
        known = self.orders.get(order.key.order_id)
        if known is None or known.type is not OrderType.SELF_DELIVERY:
            return {}
        own = {known.customer.phone, *(vars_of(known.address))}
        readable = [t for t in texts if is_encrypted(t) and t in own and (not self.plain or t in self.plain)]
        return {t: self.plain.get(t, t.removeprefix("ENC_")) for t in readable}

    async def aclose(self) -> None:
        """Nothing to close."""

    def calls_of(self, action: Action, order_id: str | None = None) -> list[ActionRequest]:
        """The calls of one action (optionally for one order)."""
        return [c for c in self.calls if c.action is action and (order_id is None or c.order.key.order_id == order_id)]


def vars_of(address: Address | None) -> tuple[str, ...]:
    """Every field of an address (empty for none)."""
    if address is None:
        return ()
    return (address.formatted, address.street, address.number, address.complement, address.district,
            address.city, address.postal_code, address.reference)


def with_policy(fake: FakePlatform, **changes: object) -> FakePlatform:
    """The same fake with a modified policy."""
    fake.policy = replace(fake.policy, **changes)  # type: ignore[arg-type]
    return fake

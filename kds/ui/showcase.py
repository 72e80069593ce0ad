"""A fixed, lifelike board for screenshots and benchmarks: real store, real engine, real window.

`seed_board(db, now)` writes orders in every state (new with calm and escalating deadlines, an
expired one, refund requests, preparing with amber and red clocks, a failed action waiting for a
retry, an undo window, ready, cancelled by the platform, out, done, scheduled for later) through
the store's own repositories, exactly as the poller would have stored them. `StaticAdapter` gives
the engine each platform's policy without any network. The platforms are the registered ones with a
sample menu (`PlatformSpec.sample`): their currency, dishes, fees and riders fill the tickets.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from kds.domain.actions import Action, PlatformPolicy
from kds.domain.events import EventKind, OrderEvent, RawEvent, RefundItem, RefundRequest, RiderInfo
from kds.domain.money import Money
from kds.domain.order import (
    Address,
    Customer,
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
from kds.domain.states import fold
from kds.platforms.base import ActionRequest, FetchedOrder, PlatformTransientError, PollResult
from kds.platforms.registry import POLICIES, SPECS
from kds.platforms.spec import SampleMenu
from kds.store.db import Database
from kds.store.orders import OrderRepository
from kds.store.outbox import ErrorKind, OutboxRepository

SHOWCASE_NOW = datetime.fromisoformat("2026-03-14T12:30:00+00:00")
"""The instant the showcase board is drawn at."""

MENUS: dict[Platform, SampleMenu] = {p: spec.sample for p, spec in SPECS.items() if spec.sample is not None}
"""What each showcase platform sells (the registered platforms that have a sample menu)."""

PLATFORMS = tuple(MENUS)
"""The platforms on the showcase board, in the registry's order (`Spec.source` counts in it)."""


@dataclass
class StaticAdapter:
    """A platform adapter with nothing to poll: it lends the engine a policy, and can fail on purpose."""

    platform: Platform
    policy: PlatformPolicy
    failure: str = ""  # when set, every poll fails with this message (for the alarm banner)
    calls: list[ActionRequest] = field(default_factory=list)
    orders: dict[str, Order] = field(default_factory=dict)
    store_open: bool = True
    items: dict[str, bool] = field(default_factory=dict)

    async def poll(self) -> PollResult:
        """Nothing new (or the configured failure)."""
        if self.failure:
            raise PlatformTransientError(self.failure, status=503)
        return PollResult(server_offset=timedelta(0))

    async def acknowledge(self, events: Sequence[RawEvent]) -> None:
        """Nothing to acknowledge."""

    async def fetch_order(self, order_id: str) -> FetchedOrder:
        """The seeded order."""
        return FetchedOrder(self.orders[order_id], {})

    async def perform(self, request: ActionRequest) -> None:
        """Record the action."""
        self.calls.append(request)

    async def decrypt(self, order: Order, texts: Sequence[str]) -> dict[str, str]:
        """Nothing is encrypted here."""
        return {}

    async def set_store_open(self, open_: bool) -> None:
        """Record the store's state (the Store sheet's picture)."""
        self.store_open = open_

    async def set_items_available(self, codes: Sequence[str], available: bool) -> None:
        """Record the dishes switched on or off."""
        self.items.update(dict.fromkeys(codes, available))

    async def aclose(self) -> None:
        """Nothing to close."""


def adapters(failing: Platform | None = None, failure: str = "") -> list[StaticAdapter]:
    """One adapter per showcase platform; `failing` fails every poll with `failure`."""
    return [StaticAdapter(p, POLICIES[p], failure=failure if p is failing else "") for p in PLATFORMS]


# -- the menu ---------------------------------------------------------------------------------

_NAMES = ["Maria Silva", "Budi Santoso", "陳大文", "João Pereira", "Siti Rahma", "Ana Costa", "Wong Ka Ho",
          "Pedro Alves", "Dewi Lestari", "Lucas Rocha", "Li Mei", "Carla Souza"]
_NOTES = ["", "", "ALLERGY: peanuts — no satay sauce", "Sem gelo, por favor", "", "No chilli at all",
          "", "Extra napkins", "", "Alergia a camarão", ""]


def _order(n: int, platform: Platform, created: datetime, *, kind: OrderType, timing: Timing = Timing.INSTANT,
           scheduled: datetime | None = None, lines: int = 2, notes: str = "") -> Order:
    sample = MENUS[platform]
    currency, menu = sample.currency, sample.dishes
    items = []
    for i in range(lines):
        index = (n + i) % len(menu)
        dish = menu[index]
        name, price, options = dish.name, dish.price, dish.options
        unit = Money.of(price, currency)
        qty = Decimal(1 + (n + i) % 3 if i == 0 else 1)
        chosen = tuple(Option(o, Decimal(1), Money.zero(currency), Money.zero(currency)) for o in options[:1 + n % 2])
        note = _NOTES[(n + i) % len(_NOTES)] if i == 0 else ""
        # The dish's code in the restaurant's menu (the Sold out sheet sends it where it can).
        items.append(Line(f"{platform.value}-{n}-l{i}", name, qty, unit, unit * qty, chosen, note,
                          external_code=f"{currency}-{index + 1:02d}"))
    total = sum((line.total for line in items), Money.zero(currency))
    fee = Money.of(sample.delivery_fee, currency)
    return Order(
        key=OrderKey(platform, f"show-{n:04d}"), display_id=str(100 + 7 * n),
        type=kind, created_at=created, lines=tuple(items),
        totals=Totals(total, fee, Money.zero(currency), total + fee), timing=timing,
        scheduled_start=scheduled, promised_at=scheduled or created + timedelta(minutes=40),
        fees=(Fee(FeeKind.DELIVERY, "Delivery fee", fee),),
        payments=(Payment("CREDIT", total + fee, True, "VISA"),),
        customer=Customer(_NAMES[n % len(_NAMES)], "ENC_9f2c", orders_count=n % 7),
        address=Address(formatted="Rua das Flores 120, apto 31 — Pinheiros", reference="portão azul")
        if kind is OrderType.SELF_DELIVERY else None,
        notes=notes, pickup_code=f"{4100 + n}" if kind is OrderType.PICKUP else "")


@dataclass(frozen=True, slots=True)
class Spec:
    """One showcase ticket: where it comes from, how old it is and what happened to it (minutes before `now`)."""

    source: int  # which of the showcase platforms (`PLATFORMS`, counting from 0, cycling)
    age: float  # minutes since created
    kind: OrderType = OrderType.DELIVERY
    accepted: float | None = None  # minutes before now
    ready: float | None = None
    out: float | None = None
    done: float | None = None
    cancelled: float | None = None
    refund: float | None = None  # customer refund request, minutes before now
    rider: str = ""
    scheduled_in: float | None = None  # minutes from now
    lines: int = 2
    notes: str = ""
    action: tuple[Action, str] | None = None  # (action, "failed" | "sending" | "undo")


BUSY: tuple[Spec, ...] = (
    # New: calm, warning, critical, expired.
    Spec(0, 0.8, lines=3, notes="Tocar a campainha, portão azul"),
    Spec(1, 1.6, OrderType.PICKUP),
    Spec(2, 2.4, lines=1),
    Spec(0, 3.4, lines=2),
    Spec(1, 2.35, lines=2),
    Spec(0, 5.2, OrderType.SELF_DELIVERY, lines=1),
    # Customer refund requests.
    Spec(0, 35, accepted=33, ready=18, out=15, done=5, refund=3.5, lines=2),
    Spec(1, 20, accepted=19, refund=12.5, lines=2),
    # Preparing.
    Spec(0, 3, accepted=2.2, lines=3),
    Spec(2, 7, accepted=6, rider="arriving", lines=2),
    Spec(1, 24, accepted=21, lines=2, action=(Action.READY, "failed")),
    Spec(0, 12, accepted=11.3, rider="assigned", lines=1),
    Spec(1, 15, accepted=14, lines=2),
    Spec(0, 23, accepted=22.5, lines=2, notes="Cliente pediu talheres"),
    Spec(1, 5, OrderType.PICKUP, accepted=4.5, lines=2),
    Spec(1, 6, accepted=5.2, lines=1, action=(Action.CANCEL, "sending")),
    Spec(0, 10, accepted=8, cancelled=0.6, lines=2),
    # Ready.
    Spec(2, 18, accepted=17, ready=1.5, rider="arrived", lines=2),
    Spec(1, 20, OrderType.PICKUP, accepted=19, ready=4, lines=1),
    Spec(1, 16, OrderType.PICKUP, accepted=15, ready=6, lines=2),
    Spec(1, 30, OrderType.PICKUP, accepted=29, ready=2, lines=1, action=(Action.COLLECT, "undo")),
    Spec(0, 22, accepted=21, ready=0.5, rider="arriving", lines=1),
    # Out and done.
    Spec(0, 30, OrderType.SELF_DELIVERY, accepted=28, ready=14, out=9, lines=2),
    Spec(1, 40, accepted=39, ready=25, out=22, done=8, lines=2),
    Spec(1, 33, OrderType.PICKUP, accepted=32, ready=20, done=12, lines=1),
    Spec(0, 26, cancelled=21.5, lines=1),
    Spec(1, 45, OrderType.PICKUP, accepted=44, ready=30, done=25, lines=1),
    Spec(2, 50, accepted=49, ready=35, out=30, done=18, lines=3),
    # Later (scheduled, accepted, not due yet).
    Spec(0, 25, accepted=24, scheduled_in=95, lines=3),
    Spec(1, 12, accepted=11, scheduled_in=150, lines=2),
)


def _events(order: Order, spec: Spec, now: datetime, ids: itertools.count[int]) -> list[OrderEvent]:
    def at(minutes: float) -> datetime:
        return now - timedelta(minutes=minutes)

    platform, oid = order.key.platform, order.key.order_id

    def ev(kind: EventKind, when: datetime, **kw: object) -> OrderEvent:
        return OrderEvent(platform, f"show-ev-{next(ids)}", oid, kind, when, source_type=kind.name, **kw)  # type: ignore[arg-type]

    events = [ev(EventKind.CREATED, order.created_at)]
    if spec.accepted is not None:
        events.append(ev(EventKind.ACCEPTED, at(spec.accepted)))
    if spec.rider:
        events.append(ev(EventKind.RIDER_UPDATE, at(min(spec.accepted or 1, 1.0)),
                         rider=RiderInfo(spec.rider, MENUS[platform].rider,
                                         at(1), eta_minutes=4)))
    if spec.ready is not None:
        events.append(ev(EventKind.READY, at(spec.ready)))
    if spec.out is not None:
        events.append(ev(EventKind.DISPATCHED, at(spec.out)))
    if spec.done is not None:
        kind = EventKind.PICKED_UP if order.type is OrderType.PICKUP else EventKind.DELIVERED
        events.append(ev(kind, at(spec.done)))
    if spec.cancelled is not None:
        events.append(ev(EventKind.CANCELLED, at(spec.cancelled), actor="platform",
                         reason="Customer unreachable" if spec.accepted is None else "Rider could not be found"))
    if spec.refund is not None:
        line = order.lines[0]
        request = RefundRequest(at(spec.refund), line.unit_price.rounded(), "Food arrived cold",
                                (RefundItem(line.name, Decimal(1), line.line_id),), full=False)
        events.append(ev(EventKind.REFUND_REQUESTED, at(spec.refund), refund=request))
    return events


def seed_board(db: Database, now: datetime = SHOWCASE_NOW, specs: Sequence[Spec] = BUSY, *,
               start: int = 1) -> list[OrderKey]:
    """Store the showcase orders as the poller would have; returns their keys."""
    orders = OrderRepository(db)
    outbox = OutboxRepository(db)
    ids = itertools.count(start * 100)
    keys = []
    with db.transaction():
        for n, spec in enumerate(specs, start=start):
            scheduled = now + timedelta(minutes=spec.scheduled_in) if spec.scheduled_in is not None else None
            platform = PLATFORMS[spec.source % len(PLATFORMS)]
            order = _order(n, platform, now - timedelta(minutes=spec.age), kind=spec.kind,
                           timing=Timing.SCHEDULED if scheduled else Timing.INSTANT, scheduled=scheduled,
                           lines=spec.lines, notes=spec.notes)
            events = _events(order, spec, now, ids)
            for event in events:
                orders.add_event(event, RawEvent(event.event_id, event.order_id, event.source_type, {}), now)
            orders.mark_acked(order.key.platform, [e.event_id for e in events], now)
            orders.save(order, fold(events, order.type), {"showcase": True}, now - timedelta(minutes=min(
                (m for m in (spec.accepted, spec.ready, spec.out, spec.done, spec.cancelled, spec.refund)
                 if m is not None), default=spec.age)))
            keys.append(order.key)
            if spec.action is not None:
                _seed_action(outbox, order.key, spec.action, now)
    return keys


def _seed_action(outbox: OutboxRepository, key: OrderKey, action: tuple[Action, str], now: datetime) -> None:
    what, state = action
    params = {"reason_code": "", "reason": ""}
    if state == "undo":
        outbox.enqueue(key, what, params, now - timedelta(seconds=2), due=now + timedelta(seconds=3))
        return
    record, _ = outbox.enqueue(key, what, params, now - timedelta(seconds=40))
    outbox.mark_sending(record.id, now - timedelta(seconds=39))
    if state == "failed":
        outbox.mark_failed(record.id, now - timedelta(seconds=30), "HTTP 503 Service Unavailable", ErrorKind.TRANSIENT)

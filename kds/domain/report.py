"""The day's report: what a manager judges a counter by, computed from stored orders. Pure.

The figures come from each order's content (`Order`) and its folded status (`OrderStatus`: when it
was accepted, ready, finished or cancelled, by whom, what was refunded, whether it is paid) and from
the store controls' record (minutes paused). An order belongs to the period it was received in.

Definitions (the report screen, the slip, the CSV and `kds report` all show these):
- received: every order created in the period; accepted: those accepted (later stages count);
  ready: those the platform said were ready;
  completed: those delivered, collected or concluded (and not cancelled since).
- missed: cancelled before anybody accepted it, and not by the restaurant or the customer (the
  platform's deadline passed). Cancelled by the restaurant / the customer / the platform: the other
  cancellations, by who the platform said cancelled them.
- refunds: orders with money given back; full when it is the order's whole total, else partial.
- gross sales: the totals of the orders not cancelled, per currency (currencies are never added);
  net sales: gross less what was refunded on those orders.
- paid / not paid: only for platforms that say when the payment settles (`PlatformPolicy.reports_payment`).
- time to accept: from received to accepted; time to ready: from accepted to ready.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from enum import StrEnum

from kds.domain.order import Order, Platform
from kds.domain.states import OrderStatus, Stage
from kds.domain.store_control import StoreControl, paused_minutes

NO_CURRENCY = "XXX"
"""The currency of an order whose details could not be read (its amounts are unknown, not zero)."""


class Outcome(StrEnum):
    """How an order of the report stands (the CSV's `status` column)."""

    NEW = "new"  # not accepted yet
    ACCEPTED = "accepted"
    READY = "ready"
    OUT = "out"  # with the rider
    COMPLETED = "completed"
    MISSED = "missed"
    CANCELLED_RESTAURANT = "cancelled_restaurant"
    CANCELLED_CUSTOMER = "cancelled_customer"
    CANCELLED_PLATFORM = "cancelled_platform"


CANCELLATIONS = (Outcome.MISSED, Outcome.CANCELLED_RESTAURANT, Outcome.CANCELLED_CUSTOMER,
                 Outcome.CANCELLED_PLATFORM)
"""The outcomes of a cancelled order, in the order the report lists them."""

_CUSTOMER_CODES = ("CUSTOMER", "CONSUMER")

_OPEN = {Stage.NEW: Outcome.NEW, Stage.ACCEPTED: Outcome.ACCEPTED, Stage.READY: Outcome.READY,
         Stage.OUT: Outcome.OUT, Stage.DONE: Outcome.COMPLETED}


def outcome(status: OrderStatus) -> Outcome:
    """How an order stands, for the report (see the module's definitions)."""
    if status.stage is not Stage.CANCELLED:
        return _OPEN[status.stage]
    if status.cancelled_by == "merchant":
        return Outcome.CANCELLED_RESTAURANT
    if status.cancelled_by == "customer" or any(word in status.cancel_code.upper() for word in _CUSTOMER_CODES):
        # A platform may tell a customer's cancellation by its code only (`CUSTOMER_CANCELLED` sent as its own).
        return Outcome.CANCELLED_CUSTOMER
    if status.accepted_at is None:
        return Outcome.MISSED
    return Outcome.CANCELLED_PLATFORM


@dataclass(frozen=True, slots=True)
class Durations:
    """A set of durations in seconds: how many, the median, the 90th percentile and the worst.

    The percentile is the nearest rank (the value at least 90 % of them do not exceed), so it is
    always one of the measured times.
    """

    seconds: tuple[float, ...] = ()

    @property
    def count(self) -> int:
        """How many were measured."""
        return len(self.seconds)

    @property
    def median(self) -> float | None:
        """The median (None when none was measured)."""
        return statistics.median(self.seconds) if self.seconds else None

    @property
    def p90(self) -> float | None:
        """The 90th percentile, nearest rank (None when none was measured)."""
        if not self.seconds:
            return None
        ordered = sorted(self.seconds)
        return ordered[math.ceil(0.9 * len(ordered)) - 1]

    @property
    def worst(self) -> float | None:
        """The longest (None when none was measured)."""
        return max(self.seconds) if self.seconds else None


@dataclass(frozen=True, slots=True)
class ReportOrder:
    """One order of the report: its content, its status and when the platform said it was accepted and ready.

    `accepted_at` and `ready_at` are the times of the platform's own events (the first accepting or
    preparing event, the first ready event), not the folded status's stamps: the fold fills the stages
    an order skipped with the time of the later one (an order concluded without a ready event would
    look ready at its end), and the report must not count or time what never happened.
    """

    order: Order
    status: OrderStatus
    accepted_at: datetime | None = None
    ready_at: datetime | None = None

    @property
    def outcome(self) -> Outcome:
        """How it stands (`outcome`)."""
        return outcome(self.status)

    @property
    def refunded(self) -> Decimal:
        """What was given back, in the order's currency (0 when nothing)."""
        refunded = self.status.refunded
        if refunded is None or refunded.currency != self.order.currency:
            return Decimal(0)
        return refunded.amount

    @property
    def full_refund(self) -> bool:
        """True when the whole total was given back."""
        return self.refunded > 0 and self.refunded >= self.order.totals.total.amount

    @property
    def accepted(self) -> bool:
        """True when the order was accepted (whatever became of it): the platform said so, or it went further."""
        return self.accepted_at is not None or self.status.accepted_at is not None

    @property
    def accept_seconds(self) -> float | None:
        """Seconds from received to accepted (None: no accepting event)."""
        accepted = self.accepted_at
        return None if accepted is None else max(0.0, (accepted - self.order.created_at).total_seconds())

    @property
    def ready_seconds(self) -> float | None:
        """Seconds from accepted to ready (None: not both events)."""
        accepted, ready = self.accepted_at, self.ready_at
        return None if accepted is None or ready is None else max(0.0, (ready - accepted).total_seconds())


@dataclass(frozen=True, slots=True)
class Figures:
    """The report's figures for one platform, or for all of them (`platform` None).

    Attributes:
        platform: whose figures (None: every platform together).
        received: orders received in the period.
        outcomes: how many orders stand in each `Outcome`.
        accepted: orders accepted (whatever became of them later).
        ready: orders that were ready (whatever became of them later).
        reasons: for each cancellation outcome, each reason and how many times it was given.
        refunds_full: orders refunded in full.
        refunds_partial: orders refunded in part.
        refunded: the amounts given back, per currency.
        gross: sales of the orders not cancelled, per currency.
        net: gross less the refunds on those orders, per currency.
        paid: orders the platform said are paid (None: the platform does not say).
        unpaid: orders it did not say are paid (None: the platform does not say).
        accept: time to accept.
        ready_time: time to ready.
        paused_minutes: minutes the store was paused on the platform (for the total: the sum).
        per_hour: orders received in each hour of the period (index 0: the first hour).
    """

    platform: Platform | None
    received: int
    outcomes: Mapping[Outcome, int]
    accepted: int
    ready: int
    reasons: Mapping[Outcome, tuple[tuple[str, int], ...]]
    refunds_full: int
    refunds_partial: int
    refunded: Mapping[str, Decimal]
    gross: Mapping[str, Decimal]
    net: Mapping[str, Decimal]
    paid: int | None
    unpaid: int | None
    accept: Durations
    ready_time: Durations
    paused_minutes: float
    per_hour: tuple[int, ...]

    @property
    def completed(self) -> int:
        """Orders completed."""
        return self.outcomes.get(Outcome.COMPLETED, 0)

    @property
    def missed(self) -> int:
        """Orders missed."""
        return self.outcomes.get(Outcome.MISSED, 0)

    def count(self, what: Outcome) -> int:
        """Orders that stand in `what`."""
        return self.outcomes.get(what, 0)


@dataclass(frozen=True, slots=True)
class PlatformRules:
    """What the report needs to know of a platform's policy.

    Attributes:
        accept_window: its deadline to accept (None: it has none); the histogram marks it.
        reports_payment: True when it says when the payment settles.
    """

    accept_window: timedelta | None = None
    reports_payment: bool = False


@dataclass(frozen=True, slots=True)
class DayReport:
    """The report of a period: per platform, in total, and the orders themselves.

    Attributes:
        start: the period's start (aware; its time zone is the one the hours are told in).
        end: its end (excluded).
        platforms: the figures of each platform that had orders or pauses, in platform order.
        total: the figures of every platform together.
        orders: the orders received, oldest first.
        rules: each platform's rules as the report used them.
    """

    start: datetime
    end: datetime
    platforms: tuple[Figures, ...]
    total: Figures
    orders: tuple[ReportOrder, ...]
    rules: Mapping[Platform, PlatformRules] = field(default_factory=dict)

    @property
    def hours(self) -> tuple[datetime, ...]:
        """The start of each hour of the period, in the period's time zone."""
        return _hours(self.start, self.end)

    def figures(self, platform: Platform) -> Figures | None:
        """The figures of `platform` (None: it had nothing in the period)."""
        return next((f for f in self.platforms if f.platform is platform), None)


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The start and end (excluded) of the calendar day `day` in `zone`.

    Aware arithmetic in one time zone is wall-clock arithmetic: a day of 23 or 25 hours still ends at midnight.
    """
    start = datetime(day.year, day.month, day.day, tzinfo=zone)
    return start, start + timedelta(days=1)


def _hours(start: datetime, end: datetime) -> tuple[datetime, ...]:
    first = start.replace(minute=0, second=0, microsecond=0)
    hours = []
    at = first
    while at < end:
        hours.append(at)
        at = at + timedelta(hours=1)
    return tuple(hours)


def _hour_index(hours: Sequence[datetime], when: datetime) -> int:
    for i in range(len(hours) - 1, -1, -1):
        if when >= hours[i]:
            return i
    return 0


def _sum(amounts: Iterable[tuple[str, Decimal]]) -> dict[str, Decimal]:
    result: dict[str, Decimal] = {}
    for currency, amount in amounts:
        if currency != NO_CURRENCY:
            result[currency] = result.get(currency, Decimal(0)) + amount
    return dict(sorted(result.items()))


def _figures(platform: Platform | None, orders: Sequence[ReportOrder], hours: Sequence[datetime],
             paused: float, reports_payment: bool) -> Figures:
    outcomes = Counter(o.outcome for o in orders)
    reasons: dict[Outcome, tuple[tuple[str, int], ...]] = {}
    for what in CANCELLATIONS:
        said = Counter((o.status.cancel_reason or o.status.cancel_code).strip() for o in orders if o.outcome is what)
        if said:
            reasons[what] = tuple(sorted(said.items(), key=lambda kv: (-kv[1], kv[0])))
    sold = [o for o in orders if o.outcome not in CANCELLATIONS]
    refunded = [o for o in orders if o.refunded > 0]
    gross = _sum((o.order.currency, o.order.totals.total.amount) for o in sold)
    net = dict(gross)
    for currency, amount in _sum((o.order.currency, o.refunded) for o in sold).items():
        net[currency] -= amount
    per_hour = [0] * len(hours)
    for o in orders:
        if hours:
            per_hour[_hour_index(hours, o.order.created_at)] += 1
    paid = sum(1 for o in orders if o.status.paid) if reports_payment else None
    return Figures(
        platform=platform, received=len(orders), outcomes=dict(outcomes),
        accepted=sum(1 for o in orders if o.accepted),
        ready=sum(1 for o in orders if o.ready_at is not None), reasons=reasons,
        refunds_full=sum(1 for o in refunded if o.full_refund),
        refunds_partial=sum(1 for o in refunded if not o.full_refund),
        refunded=_sum((o.order.currency, o.refunded) for o in refunded), gross=gross, net=net,
        paid=paid, unpaid=None if paid is None else len(orders) - paid,
        accept=Durations(tuple(s for o in orders if (s := o.accept_seconds) is not None)),
        ready_time=Durations(tuple(s for o in orders if (s := o.ready_seconds) is not None)),
        paused_minutes=paused, per_hour=tuple(per_hour))


def day_report(orders: Iterable[ReportOrder], controls: Iterable[StoreControl], start: datetime,
               end: datetime, rules: Mapping[Platform, PlatformRules] | None = None) -> DayReport:
    """The report of the orders received from `start` to `end` (excluded).

    Args:
        orders: stored orders with their event times (any period: those received outside it are left out).
        controls: the store controls up to `end` (earlier ones too: a pause begun before `start`
            counts from `start`).
        start: the period's start, aware, in the time zone its hours are told in.
        end: the period's end (excluded).
        rules: each platform's rules (a platform missing has none).

    Returns:
        The report.
    """
    rules = dict(rules or {})
    chosen = sorted((r for r in orders if start <= r.order.created_at < end),
                    key=lambda r: (r.order.created_at, r.order.key.order_id))
    hours = _hours(start, end)
    paused = paused_minutes(list(controls), start, end)
    by_platform: dict[Platform, list[ReportOrder]] = {}
    for r in chosen:
        by_platform.setdefault(r.order.key.platform, []).append(r)
    names = [p for p in Platform if p in by_platform or paused.get(p, 0) > 0]
    platforms = tuple(_figures(p, by_platform.get(p, []), hours, paused.get(p, 0.0),
                               rules.get(p, PlatformRules()).reports_payment) for p in names)
    total = _figures(None, chosen, hours, sum(paused.values()), any(
        rules.get(p, PlatformRules()).reports_payment for p in names))
    if total.paid is not None:  # only the platforms that say count towards paid / not paid
        said = [r for r in chosen if rules.get(r.order.key.platform, PlatformRules()).reports_payment]
        paid = sum(1 for r in said if r.status.paid)
        total = replace(total, paid=paid, unpaid=len(said) - paid)
    return DayReport(start, end, platforms, total, tuple(chosen), rules)



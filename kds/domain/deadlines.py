"""Deadlines: pure functions of an order, its status, its platform's policy and `now`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kds.domain.actions import PlatformPolicy
from kds.domain.events import Closing
from kds.domain.order import Order, OrderType, Timing
from kds.domain.states import OrderStatus, Stage


class ClockKind(StrEnum):
    """Which clock a ticket shows."""

    NONE = "none"
    ACCEPT = "accept"  # time left to accept before the platform cancels (or auto-accepts)
    REFUND = "refund"  # time left to answer a customer refund request
    STARTS_IN = "starts_in"  # scheduled order: time until preparation must start
    SINCE_ACCEPTED = "since_accepted"  # preparing: time since it was accepted
    SINCE_READY = "since_ready"


class Urgency(StrEnum):
    """How loudly a clock should speak."""

    CALM = "calm"
    WARNING = "warning"  # amber
    CRITICAL = "critical"  # red, pulsing
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When clocks turn amber and red (configurable per restaurant)."""

    prep_amber: timedelta = timedelta(minutes=10)
    prep_red: timedelta = timedelta(minutes=20)
    countdown_critical: timedelta = timedelta(seconds=60)
    countdown_warning: timedelta = timedelta(minutes=2)
    default_prep: timedelta = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Clock:
    """The one clock that matters for a ticket now. `seconds` counts down for deadlines, up for "since"."""

    kind: ClockKind
    seconds: int = 0
    urgency: Urgency = Urgency.CALM
    deadline: datetime | None = None


def accept_deadline(order: Order, policy: PlatformPolicy) -> datetime | None:
    """When the platform cancels (or auto-accepts) the order if nobody accepts it.

    The order's own window (`Order.accept_window_seconds`) comes first, else the platform's.
    """
    if order.accept_window_seconds is not None:
        return order.created_at + timedelta(seconds=order.accept_window_seconds)
    if policy.accept_window is None:
        return None
    return order.created_at + policy.accept_window


def accepts_on_timeout(order: Order, policy: PlatformPolicy) -> bool:
    """True when the end of the acceptance window accepts the order rather than cancels it."""
    if order.accepts_on_timeout is not None:
        return order.accepts_on_timeout
    return policy.auto_accepts_on_timeout


def time_left_to_accept(order: Order, status: OrderStatus, policy: PlatformPolicy,
                        now: datetime) -> timedelta | None:
    """Time left to accept; None once accepted or when the platform has no deadline. Never negative."""
    deadline = accept_deadline(order, policy)
    if deadline is None or status.stage is not Stage.NEW:
        return None
    return max(deadline - now, timedelta(0))


def refund_answer_deadline(status: OrderStatus, policy: PlatformPolicy) -> datetime | None:
    """When a pending customer refund request goes through unanswered."""
    if status.refund_request is None or policy.refund_answer_window is None:
        return None
    return status.refund_request.requested_at + policy.refund_answer_window


def time_left_to_answer_refund(status: OrderStatus, policy: PlatformPolicy, now: datetime) -> timedelta | None:
    """Time left to agree or reject a customer refund request; None when there is none."""
    deadline = refund_answer_deadline(status, policy)
    return None if deadline is None else max(deadline - now, timedelta(0))


def preparation_start(order: Order, thresholds: Thresholds) -> datetime | None:
    """When a scheduled order must start being prepared (None for instant orders)."""
    if order.timing is not Timing.SCHEDULED:
        return None
    if order.preparation_start is not None:
        return order.preparation_start
    target = order.scheduled_start or order.promised_at
    return None if target is None else target - thresholds.default_prep


def time_until_preparation(order: Order, thresholds: Thresholds, now: datetime) -> timedelta | None:
    """Time until a scheduled order must start (negative once it should have started)."""
    start = preparation_start(order, thresholds)
    return None if start is None else start - now


def is_waiting_for_later(order: Order, status: OrderStatus, thresholds: Thresholds, now: datetime) -> bool:
    """True for an accepted scheduled order whose preparation has not to start yet (the "Later" lane)."""
    left = time_until_preparation(order, thresholds, now)
    return left is not None and left > timedelta(0) and status.stage in (Stage.NEW, Stage.ACCEPTED)


def time_since_accepted(status: OrderStatus, now: datetime) -> timedelta | None:
    """Time since the order was accepted; None before."""
    return None if status.accepted_at is None else max(now - status.accepted_at, timedelta(0))


def is_final(order: Order, policy: PlatformPolicy, now: datetime) -> bool:
    """True once the platform treats the order as finished whatever happens (Keeta: 4 h)."""
    return policy.final_after is not None and now >= order.created_at + policy.final_after


def platform_closing(order: Order, status: OrderStatus, policy: PlatformPolicy) -> tuple[datetime, Closing] | None:
    """When, and why, the platform finishes a still-open order by itself (the earliest, if two apply).

    Every order is final `final_after` its creation; a pickup order nobody marked collected is
    completed `pickup_auto_complete` after it was accepted (as the platforms' own timers count).
    None once the order is closed, or when KDS closed it that way already and a later word of the
    platform opened it again (the platform's word stands).
    """
    if not status.is_open:
        return None
    found = []
    if (order.type is OrderType.PICKUP and policy.pickup_auto_complete is not None and status.accepted_at is not None
            and status.stage in (Stage.ACCEPTED, Stage.READY) and status.closing is not Closing.PICKUP_TIMEOUT):
        found.append((status.accepted_at + policy.pickup_auto_complete, Closing.PICKUP_TIMEOUT))
    if policy.final_after is not None and status.closing is not Closing.FINAL:
        found.append((order.created_at + policy.final_after, Closing.FINAL))
    return min(found, default=None)


def _countdown(kind: ClockKind, deadline: datetime, now: datetime, thresholds: Thresholds) -> Clock:
    left = deadline - now
    if left <= timedelta(0):
        urgency = Urgency.EXPIRED
    elif left <= thresholds.countdown_critical:
        urgency = Urgency.CRITICAL
    elif left <= thresholds.countdown_warning:
        urgency = Urgency.WARNING
    else:
        urgency = Urgency.CALM
    # Round up so that "0:00" is shown only once the deadline has really passed.
    seconds = max(0, -int(-left.total_seconds() // 1))
    return Clock(kind, seconds, urgency, deadline)


def current_clock(order: Order, status: OrderStatus, policy: PlatformPolicy, now: datetime,
                  thresholds: Thresholds | None = None) -> Clock:
    """The one clock that matters for this ticket now, with its urgency."""
    th = thresholds or Thresholds()
    # An order cannot be seen before it was created; a clock estimate a second behind the
    # platform's must not show more time than the platform's window.
    now = max(now, order.created_at)
    refund_deadline = refund_answer_deadline(status, policy)
    if refund_deadline is not None:
        return _countdown(ClockKind.REFUND, refund_deadline, now, th)
    if status.stage is Stage.NEW:
        deadline = accept_deadline(order, policy)
        if deadline is not None:
            return _countdown(ClockKind.ACCEPT, deadline, now, th)
    if status.stage in (Stage.NEW, Stage.ACCEPTED):
        start = preparation_start(order, th)
        if start is not None and start > now:
            return Clock(ClockKind.STARTS_IN, int((start - now).total_seconds()), Urgency.CALM, start)
    if status.stage is Stage.ACCEPTED and status.accepted_at is not None:
        since = max(now - status.accepted_at, timedelta(0))
        if since >= th.prep_red:
            urgency = Urgency.CRITICAL
        elif since >= th.prep_amber:
            urgency = Urgency.WARNING
        else:
            urgency = Urgency.CALM
        return Clock(ClockKind.SINCE_ACCEPTED, int(since.total_seconds()), urgency)
    if status.stage is Stage.READY and status.ready_at is not None:
        return Clock(ClockKind.SINCE_READY, int(max(now - status.ready_at, timedelta(0)).total_seconds()))
    return Clock(ClockKind.NONE)


def format_clock(seconds: int) -> str:
    """`mm:ss` (or `h:mm:ss` past an hour)."""
    seconds = max(0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"

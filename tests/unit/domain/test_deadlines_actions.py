"""Deadlines, the one clock a ticket shows, allowed actions and money."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from kds.domain.actions import Action, action_satisfied, allowed_actions, primary_action
from kds.domain.deadlines import (
    ClockKind,
    Thresholds,
    Urgency,
    accept_deadline,
    accepts_on_timeout,
    current_clock,
    format_clock,
    is_waiting_for_later,
    time_left_to_accept,
    time_left_to_answer_refund,
    time_since_accepted,
)
from kds.domain.events import RefundRequest
from kds.domain.money import CurrencyMismatchError, Money
from kds.domain.order import OrderType, Platform, Timing
from kds.domain.states import OrderStatus, RefundOutcome, Stage
from kds.platforms.registry import POLICIES
from tests.fakes.platform import make_order

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
KEETA = POLICIES[Platform.KEETA_OD]


def test_keeta_accept_window_is_five_minutes() -> None:
    order = make_order(Platform.KEETA_OD, created_at=T0)
    assert time_left_to_accept(order, OrderStatus(), KEETA, T0 + timedelta(minutes=1)) == timedelta(minutes=4)
    assert time_left_to_accept(order, OrderStatus(), KEETA, T0 + timedelta(minutes=9)) == timedelta(0)
    assert time_left_to_accept(order, OrderStatus(stage=Stage.ACCEPTED), KEETA, T0) is None


def test_accept_clock_escalates() -> None:
    order = make_order(Platform.KEETA_OD, created_at=T0)
    calm = current_clock(order, OrderStatus(), KEETA, T0 + timedelta(seconds=10))
    assert (calm.kind, calm.seconds, calm.urgency) == (ClockKind.ACCEPT, 290, Urgency.CALM)
    assert current_clock(order, OrderStatus(), KEETA, T0 + timedelta(seconds=200)).urgency is Urgency.WARNING
    critical = current_clock(order, OrderStatus(), KEETA, T0 + timedelta(seconds=250.5))
    assert critical.urgency is Urgency.CRITICAL and critical.seconds == 50  # rounded up, never early
    assert current_clock(order, OrderStatus(), KEETA, T0 + timedelta(minutes=6)).urgency is Urgency.EXPIRED


def test_refund_clock_wins_and_counts_fifteen_minutes() -> None:
    order = make_order(Platform.KEETA_OD, created_at=T0)
    status = OrderStatus(stage=Stage.DONE, refund_request=RefundRequest(T0 + timedelta(hours=1)))
    clock = current_clock(order, status, KEETA, T0 + timedelta(hours=1, minutes=5))
    assert clock.kind is ClockKind.REFUND and clock.seconds == 600
    assert time_left_to_answer_refund(status, KEETA, T0 + timedelta(hours=2)) == timedelta(0)


def test_preparing_clock_turns_amber_then_red() -> None:
    order = make_order(Platform.KEETA_OD, created_at=T0)
    status = OrderStatus(stage=Stage.ACCEPTED, accepted_at=T0)
    th = Thresholds(prep_amber=timedelta(minutes=10), prep_red=timedelta(minutes=20))
    assert current_clock(order, status, KEETA, T0 + timedelta(minutes=5), th).urgency is Urgency.CALM
    assert current_clock(order, status, KEETA, T0 + timedelta(minutes=12), th).urgency is Urgency.WARNING
    red = current_clock(order, status, KEETA, T0 + timedelta(minutes=25), th)
    assert (red.kind, red.urgency, red.seconds) == (ClockKind.SINCE_ACCEPTED, Urgency.CRITICAL, 1500)
    assert time_since_accepted(status, T0 + timedelta(minutes=3)) == timedelta(minutes=3)


def test_scheduled_order_waits_in_later_lane() -> None:
    order = make_order(Platform.KEETA_OD, created_at=T0, timing=Timing.SCHEDULED,
                       scheduled_start=T0 + timedelta(hours=1))
    status = OrderStatus(stage=Stage.ACCEPTED, accepted_at=T0)
    th = Thresholds(default_prep=timedelta(minutes=15))
    clock = current_clock(order, status, KEETA, T0 + timedelta(minutes=5), th)
    assert clock.kind is ClockKind.STARTS_IN and clock.seconds == 40 * 60
    assert is_waiting_for_later(order, status, th, T0 + timedelta(minutes=5))
    assert not is_waiting_for_later(order, status, th, T0 + timedelta(minutes=46))


def test_scaled_policy() -> None:
    assert KEETA.scaled(10).accept_window == timedelta(seconds=30)


def test_allowed_actions_follow_state_and_platform() -> None:
    pickup = make_order(Platform.KEETA_STD, created_at=T0, type=OrderType.PICKUP)
    std = POLICIES[Platform.KEETA_STD]
    assert allowed_actions(pickup, OrderStatus(), std) == (Action.CONFIRM, Action.CANCEL)
    ready = allowed_actions(pickup, OrderStatus(stage=Stage.READY), std)
    assert Action.COLLECT in ready and Action.READY not in ready
    od_ready = allowed_actions(make_order(Platform.KEETA_OD, created_at=T0, type=OrderType.PICKUP),
                               OrderStatus(stage=Stage.READY), KEETA)
    assert Action.COLLECT not in od_ready and Action.PARTIAL_REFUND not in od_ready  # Keeta OD offers neither
    refund = OrderStatus(stage=Stage.DONE, refund_request=RefundRequest(T0))
    assert set(allowed_actions(pickup, refund, KEETA)) == {Action.AGREE_REFUND, Action.REJECT_REFUND}
    assert allowed_actions(pickup, OrderStatus(stage=Stage.CANCELLED), std) == ()
    assert primary_action((Action.CANCEL, Action.CONFIRM)) is Action.CONFIRM


@pytest.mark.parametrize("kind", list(OrderType))
def test_keeta_standard_may_cancel_in_every_stage_before_the_order_is_final(kind: OrderType) -> None:
    order = make_order(Platform.KEETA_STD, created_at=T0, type=kind)
    std = POLICIES[Platform.KEETA_STD]
    for stage in (Stage.NEW, Stage.ACCEPTED, Stage.READY, Stage.OUT):
        assert Action.CANCEL in allowed_actions(order, OrderStatus(stage=stage), std), stage
    for stage in (Stage.DONE, Stage.CANCELLED):
        assert Action.CANCEL not in allowed_actions(order, OrderStatus(stage=stage), std), stage
    # Asked already (and not answered yet): not twice.
    assert Action.CANCEL not in allowed_actions(order, OrderStatus(stage=Stage.OUT, cancellation_requested=True), std)


def test_other_platforms_keep_cancel_before_the_food_leaves() -> None:
    order = make_order(Platform.KEETA_OD, created_at=T0)
    assert Action.CANCEL in allowed_actions(order, OrderStatus(stage=Stage.READY), KEETA)
    assert Action.CANCEL not in allowed_actions(order, OrderStatus(stage=Stage.OUT), KEETA)


def test_action_satisfied_for_reconciliation() -> None:
    assert action_satisfied(Action.CONFIRM, OrderStatus(stage=Stage.READY))
    assert not action_satisfied(Action.READY, OrderStatus(stage=Stage.ACCEPTED))
    assert action_satisfied(Action.AGREE_REFUND, OrderStatus(refund_outcome=RefundOutcome.REFUNDED))
    assert not action_satisfied(Action.AGREE_REFUND, OrderStatus(refund_outcome=RefundOutcome.REJECTED))


def test_money_is_exact_decimal() -> None:
    assert Money.of(0.1, "BRL") + Money.of(0.2, "BRL") == Money.of("0.3", "BRL")
    assert Money.from_minor(2800, "HKD").amount == Decimal("28.00")
    assert Money.from_minor(15000, "IDR").amount == Decimal(15000)
    assert Money.of("2.345", "BRL").to_minor() == 235
    with pytest.raises(CurrencyMismatchError):
        _ = Money.of(1, "BRL") + Money.of(1, "HKD")


def test_format_clock() -> None:
    assert format_clock(65) == "01:05"
    assert format_clock(3725) == "1:02:05"
    assert format_clock(-3) == "00:00"


def test_domain_never_reads_the_clock() -> None:
    import pathlib

    import kds.domain

    for path in pathlib.Path(kds.domain.__file__).parent.glob("*.py"):
        text = path.read_text()
        for call in ("now(", "monotonic(", "time.time(", "today("):
            assert call not in text, f"{path.name} calls {call}"


def test_an_orders_own_acceptance_window_comes_before_its_platforms() -> None:
    gofood = POLICIES[Platform.GOFOOD]  # manual: 3 minutes, then GoFood rejects
    plain = make_order(Platform.GOFOOD, created_at=T0)
    own = dataclasses.replace(plain, accept_window_seconds=60.0, accepts_on_timeout=True)
    assert accept_deadline(plain, gofood) == T0 + timedelta(minutes=3)
    assert not accepts_on_timeout(plain, gofood)
    assert accept_deadline(own, gofood) == T0 + timedelta(minutes=1)
    assert accepts_on_timeout(own, gofood)
    now = T0 + timedelta(seconds=20)
    assert current_clock(own, OrderStatus(), gofood, now).seconds == 40
    assert current_clock(plain, OrderStatus(), gofood, now).seconds == 160

"""The day's report, pure: who cancelled, what counts as sold, percentiles, pauses clipped to the period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from kds.domain.money import Money
from kds.domain.order import Platform
from kds.domain.report import Durations, Outcome, PlatformRules, ReportOrder, day_bounds, day_report
from kds.domain.states import OrderStatus, Stage
from kds.domain.store_control import ControlKind, StoreControl
from tests.fakes.platform import make_order

DAY = datetime(2026, 3, 10, tzinfo=UTC)


def order(minutes: float, status: OrderStatus, *, platform: Platform = Platform.FAKE, currency: str = "BRL",
          accepted_after: float | None = None, ready_after: float | None = None) -> ReportOrder:
    created = DAY + timedelta(minutes=minutes)
    content = make_order(platform, created_at=created, currency=currency)
    accepted = created + timedelta(seconds=accepted_after) if accepted_after is not None else None
    ready = accepted + timedelta(seconds=ready_after) if accepted and ready_after is not None else None
    return ReportOrder(content, status, accepted, ready)


def cancelled(by: str, *, accepted: bool = False, code: str = "", reason: str = "") -> OrderStatus:
    return OrderStatus(stage=Stage.CANCELLED, accepted_at=DAY if accepted else None, cancelled_at=DAY,
                       cancelled_by=by, cancel_code=code, cancel_reason=reason)


def test_a_cancellation_is_told_apart_by_who_cancelled_and_whether_anybody_accepted() -> None:
    assert ReportOrder(make_order(created_at=DAY), cancelled("platform")).outcome is Outcome.MISSED
    assert ReportOrder(make_order(created_at=DAY), cancelled("platform", accepted=True)).outcome is \
        Outcome.CANCELLED_PLATFORM
    assert ReportOrder(make_order(created_at=DAY), cancelled("merchant")).outcome is Outcome.CANCELLED_RESTAURANT
    assert ReportOrder(make_order(created_at=DAY), cancelled("customer")).outcome is Outcome.CANCELLED_CUSTOMER
    assert ReportOrder(make_order(created_at=DAY), cancelled("platform", accepted=True, code="CUSTOMER_CANCELLED")
                       ).outcome is Outcome.CANCELLED_CUSTOMER


def test_sales_are_per_currency_cancelled_orders_do_not_sell_and_refunds_come_off_net() -> None:
    done = OrderStatus(stage=Stage.DONE, accepted_at=DAY)
    refunded = OrderStatus(stage=Stage.DONE, accepted_at=DAY, refunded=Money.of("5.00", "BRL"))
    orders = [order(10, done), order(20, refunded), order(30, done, currency="IDR"),
              order(40, cancelled("merchant", reason="Out of rice")),
              order(50, cancelled("merchant", reason="Out of rice"))]
    report = day_report(orders, [], *day_bounds(DAY.date(), UTC))
    total = next(o.order.totals.total.amount for o in orders)
    assert report.total.gross == {"BRL": total * 2, "IDR": total}
    assert report.total.net == {"BRL": total * 2 - Decimal("5.00"), "IDR": total}
    assert (report.total.refunds_full, report.total.refunds_partial) == (0, 1)
    assert report.total.reasons[Outcome.CANCELLED_RESTAURANT] == (("Out of rice", 2),)
    assert report.total.received == 5 and report.total.completed == 3


def test_times_come_from_the_events_and_the_percentile_is_a_measured_one() -> None:
    done = OrderStatus(stage=Stage.DONE, accepted_at=DAY, ready_at=DAY)
    waits = [30, 60, 90, 120, 150, 180, 210, 240, 270, 600]
    orders = [order(i, done, accepted_after=w, ready_after=300) for i, w in enumerate(waits)]
    orders.append(order(20, done))  # accepted by a later stage only: counted, not timed
    report = day_report(orders, [], *day_bounds(DAY.date(), UTC))
    assert report.total.accepted == 11 and report.total.ready == 10
    assert report.total.accept == Durations(tuple(float(w) for w in waits))
    assert (report.total.accept.median, report.total.accept.p90, report.total.accept.worst) == (165.0, 270.0, 600.0)
    assert report.total.ready_time.p90 == 300.0


def test_orders_outside_the_period_are_left_out_and_hours_are_counted() -> None:
    done = OrderStatus(stage=Stage.DONE)
    orders = [order(-1, done), order(9 * 60 + 5, done), order(9 * 60 + 50, done), order(13 * 60, done),
              order(24 * 60, done)]
    report = day_report(orders, [], *day_bounds(DAY.date(), UTC))
    assert report.total.received == 3
    assert len(report.hours) == 24
    assert report.total.per_hour[9] == 2 and report.total.per_hour[13] == 1


def test_minutes_paused_are_clipped_to_the_period_and_counted_per_platform() -> None:
    start, end = DAY + timedelta(hours=10), DAY + timedelta(hours=14)

    def control(kind: ControlKind, at: datetime) -> StoreControl:
        return StoreControl(Platform.FAKE, kind, "Counter", at)

    controls = [control(ControlKind.PAUSE, start - timedelta(minutes=30)),  # began before the shift
                control(ControlKind.RESUME, start + timedelta(minutes=15)),
                control(ControlKind.PAUSE, start + timedelta(hours=1)),
                control(ControlKind.PAUSE, start + timedelta(hours=1, minutes=5)),  # paused again: no change
                control(ControlKind.RESUME, start + timedelta(hours=1, minutes=20)),
                control(ControlKind.PAUSE, end - timedelta(minutes=10))]  # still paused at the end
    report = day_report([], controls, start, end, {Platform.FAKE: PlatformRules(timedelta(minutes=5))})
    figures = report.figures(Platform.FAKE)
    assert figures is not None and figures.paused_minutes == 15 + 20 + 10
    assert report.total.paused_minutes == 45


def test_paid_and_not_paid_only_where_the_platform_says() -> None:
    paid = OrderStatus(stage=Stage.DONE, paid_at=DAY)
    orders = [order(1, paid, platform=Platform.FAKE), order(2, OrderStatus(), platform=Platform.FAKE),
              order(3, OrderStatus(), platform=Platform.ZEEK)]
    report = day_report(orders, [], *day_bounds(DAY.date(), UTC), {Platform.FAKE: PlatformRules(reports_payment=True)})
    fake, other = report.figures(Platform.FAKE), report.figures(Platform.ZEEK)
    assert fake is not None and (fake.paid, fake.unpaid) == (1, 1)
    assert other is not None and other.paid is None
    assert (report.total.paid, report.total.unpaid) == (1, 1)

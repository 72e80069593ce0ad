"""The day's report from a store: the orders and controls of a period, judged by each platform's rules."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from kds.domain.actions import PlatformPolicy
from kds.domain.order import Platform
from kds.domain.report import (
    CANCELLATIONS,
    NO_CURRENCY,
    DayReport,
    Figures,
    PlatformRules,
    ReportOrder,
    day_report,
)
from kds.platforms.registry import POLICIES
from kds.store.db import Database
from kds.store.report import ReportRepository


def platform_rules(policies: Iterable[PlatformPolicy] = ()) -> dict[Platform, PlatformRules]:
    """Each platform's rules as the report uses them (deadline to accept, says when paid).

    `policies` are the ones in use (a demo's run faster) and take the place of the registered ones.
    """
    chosen = {**POLICIES, **{policy.platform: policy for policy in policies}}
    return {platform: PlatformRules(policy.accept_window, policy.reports_payment)
            for platform, policy in chosen.items()}


def build_report(db: Database, start: datetime, end: datetime,
                 policies: Iterable[PlatformPolicy] = ()) -> DayReport:
    """The report of the orders `db` received from `start` to `end` (excluded), by `policies` (`platform_rules`)."""
    repository = ReportRepository(db)
    return day_report(repository.orders_received(start, end), repository.controls_until(end), start, end,
                      platform_rules(policies))


ORDER_COLUMNS = ("platform", "order_id", "display_id", "status", "received_at", "accepted_at", "total", "currency",
                 "ready_at", "finished_at", "cancelled_at", "cancelled_by", "cancel_reason", "refunded", "paid")
"""The CSV's columns, one row per order (the first eight are what other tools read)."""

SUMMARY_COLUMNS = ("platform", "received", "accepted", "ready", "completed", *(o.value for o in CANCELLATIONS),
                   "refunds_full", "refunds_partial", "currency", "refunded", "gross", "net", "paid", "unpaid",
                   "accept_median_s", "accept_p90_s", "accept_worst_s", "ready_median_s", "ready_p90_s",
                   "paused_minutes")
"""The columns of the per-platform summary after the orders (one row per platform and currency; `all` last)."""


def _iso(when: datetime | None) -> str:
    return when.isoformat() if when is not None else ""


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"


def order_row(row: ReportOrder) -> list[str]:
    """One order as the CSV writes it (`ORDER_COLUMNS`)."""
    order, status = row.order, row.status
    total = order.totals.total
    known = total.currency != NO_CURRENCY
    paid = "" if status.paid_at is None else "yes"
    return [order.key.platform.value, order.key.order_id, order.display_id, row.outcome.value,
            _iso(order.created_at), _iso(row.accepted_at or status.accepted_at),
            str(total.rounded().amount) if known else "",
            total.currency if known else "", _iso(row.ready_at), _iso(status.done_at), _iso(status.cancelled_at),
            status.cancelled_by, status.cancel_reason or status.cancel_code,
            str(row.refunded) if row.refunded else "", paid]


def summary_rows(figures: Figures) -> list[list[str]]:
    """The summary of one platform (or of all: `platform` None), one row per currency (`SUMMARY_COLUMNS`)."""
    name = figures.platform.value if figures.platform is not None else "all"
    counts = [str(figures.received), str(figures.accepted), str(figures.ready), str(figures.completed),
              *(str(figures.count(o)) for o in CANCELLATIONS), str(figures.refunds_full),
              str(figures.refunds_partial)]
    tail = ["" if figures.paid is None else str(figures.paid), "" if figures.unpaid is None else str(figures.unpaid),
            _number(figures.accept.median), _number(figures.accept.p90), _number(figures.accept.worst),
            _number(figures.ready_time.median), _number(figures.ready_time.p90), f"{figures.paused_minutes:.1f}"]
    currencies = sorted({*figures.gross, *figures.refunded}) or [""]

    def money(amounts: Mapping[str, Decimal], currency: str) -> str:
        return str(amounts[currency]) if currency in amounts else ("0" if currency else "")

    return [[name, *counts, currency, money(figures.refunded, currency), money(figures.gross, currency),
             money(figures.net, currency), *tail] for currency in currencies]


def write_csv(report: DayReport, path: Path) -> int:
    """Write the report's orders to `path`, one row per order, then a blank line and the summary.

    Returns the number of order rows written.
    """
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(ORDER_COLUMNS)
        writer.writerows(order_row(row) for row in report.orders)
        writer.writerow([])
        writer.writerow(SUMMARY_COLUMNS)
        for figures in (*report.platforms, report.total):
            writer.writerows(summary_rows(figures))
    return len(report.orders)

"""The day's report from a store: the orders and controls of a period, judged by each platform's rules."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from kds.domain.actions import PlatformPolicy
from kds.domain.order import Platform
from kds.domain.report import DayReport, PlatformRules, day_report
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

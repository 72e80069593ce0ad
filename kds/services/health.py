"""Per-platform polling health: last good poll, consecutive failures, and whether orders may be missed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from kds.domain.order import Platform
from kds.platforms.base import PlatformWarning

WARNING_SHOWN = timedelta(hours=1)
"""How long a platform's own warning stays on its status-bar entry after it was last reported."""


class Problem(StrEnum):
    """What is wrong with a platform connection (the UI words it)."""

    NONE = ""
    AUTH = "auth"  # credentials rejected: staff must act
    RATE_LIMITED = "rate_limited"
    UNREACHABLE = "unreachable"  # network, timeouts, 5xx
    PAYLOAD = "payload"  # the platform sent something unreadable (quarantined)
    DETAILS = "details"  # polling works, but some orders' details could not be read yet (placeholders)


@dataclass(frozen=True, slots=True)
class PlatformHealth:
    """How polling one platform goes."""

    platform: Platform
    last_ok: datetime | None = None
    last_attempt: datetime | None = None
    failures: int = 0  # consecutive failed polls
    problem: Problem = Problem.NONE
    message: str = ""
    quarantined: int = 0
    clock_offset: timedelta = timedelta(0)
    warning: PlatformWarning | None = None  # the last problem the platform itself reported
    warned_at: datetime | None = None  # when (our clock) it reached us
    polled_by: str | None = None  # another station polls it (its name; "" unknown): this one only shows

    def current_warning(self, now: datetime) -> PlatformWarning | None:
        """The platform's own warning while it is recent (`WARNING_SHOWN`), else None."""
        if self.warning is None or self.warned_at is None or now - self.warned_at >= WARNING_SHOWN:
            return None
        return self.warning

    def warned(self, warning: PlatformWarning, now: datetime) -> PlatformHealth:
        """After the platform reported `warning` (it survives good polls: it is not about polling)."""
        return replace(self, warning=warning, warned_at=now)

    @property
    def may_miss_orders(self) -> bool:
        """True after two failed polls in a row, or any auth error: the red banner (not while another station polls)."""
        if self.polled_by is not None:
            return False
        return self.problem is Problem.AUTH or self.failures >= 2

    def ok(self, now: datetime) -> PlatformHealth:
        """After a good poll."""
        return replace(self, last_ok=now, last_attempt=now, failures=0, problem=Problem.NONE, message="")

    def failed(self, now: datetime, problem: Problem, message: str) -> PlatformHealth:
        """After a failed poll."""
        return replace(self, last_attempt=now, failures=self.failures + 1, problem=problem, message=message)

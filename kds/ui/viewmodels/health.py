"""Polling health as the status bar and the red banner show it.

Per platform: the last good poll ("12 s ago") and any problem. After two failed polls in a row,
or any auth error, the banner says that orders may be missed and why (`PlatformHealth.may_miss_orders`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from kds.domain.actions import PlatformPolicy
from kds.domain.changes import Changes
from kds.domain.order import Platform
from kds.services.health import PlatformHealth, Problem
from kds.ui import wording
from kds.ui.wording import tr


@dataclass(frozen=True, slots=True)
class HealthEntry:
    """One platform in the status bar."""

    platform: Platform
    label: str
    color: str
    text: str
    ok: bool
    alarm: bool


class HealthModel(QObject):
    """Reads `PlatformHealth` on every change and tick; emits `changed` when the words change."""

    changed = Signal()
    """The entries or the banner changed."""
    banner_raised = Signal(str)
    """The banner appeared, or another platform joined it: sound the alarm."""

    def __init__(self, source: Callable[[], Sequence[PlatformHealth]], policies: Mapping[Platform, PlatformPolicy],
                 now: datetime, parent: QObject | None = None) -> None:
        """Read health from `source()` (the engine's `health`)."""
        super().__init__(parent)
        self._source = source
        self._policies = dict(policies)
        self.entries: tuple[HealthEntry, ...] = ()
        self.banner = ""
        self._health: dict[Platform, PlatformHealth] = {}
        self._alarmed: frozenset[Platform] = frozenset()
        self.refresh(now)

    @property
    def alarming(self) -> bool:
        """True while the banner is up (some platform may be missing orders)."""
        return bool(self._alarmed)

    def offset(self, platform: Platform) -> timedelta:
        """The platform's clock minus ours, as estimated from its `Date` header."""
        health = self._health.get(platform)
        return health.clock_offset if health is not None else timedelta(0)

    def on_changes(self, changes: Changes, now: datetime) -> None:
        """Bus listener (with the current time): refresh when a platform's health changed."""
        if changes.platforms:
            self.refresh(now)

    def refresh(self, now: datetime) -> None:
        """Read every platform's health again and reword it for `now`."""
        healths = list(self._source())
        self._health = {h.platform: h for h in healths}
        entries = tuple(self._entry(h, now) for h in healths)
        banner = self._banner(healths, now)
        alarmed = frozenset(h.platform for h in healths if h.may_miss_orders)
        raised = bool(alarmed - self._alarmed)
        self._alarmed = alarmed
        if entries != self.entries or banner != self.banner:
            self.entries, self.banner = entries, banner
            self.changed.emit()
        if raised:
            self.banner_raised.emit(banner)

    def _label(self, platform: Platform) -> str:
        policy = self._policies.get(platform)
        label = policy.label if policy is not None else platform.value
        if sum(1 for p in self._policies.values() if p.label == label) > 1:
            label += f" ({wording.platform_api(platform)})"  # two Keeta connections must be told apart
        return label

    def _entry(self, health: PlatformHealth, now: datetime) -> HealthEntry:
        label = self._label(health.platform)
        color = self._policies[health.platform].color if health.platform in self._policies else "#888888"
        if health.last_ok is None and health.problem is Problem.NONE:
            text = tr("connecting…")
        elif health.problem is Problem.NONE:
            text = tr("polled %1").replace("%1", wording.seconds_ago((now - health.last_ok).total_seconds())
                                           if health.last_ok else "")
        else:
            text = wording.problem(health.problem)
            if health.last_ok is not None:
                text += " · " + tr("last good poll %1").replace(
                    "%1", wording.seconds_ago((now - health.last_ok).total_seconds()))
        return HealthEntry(health.platform, label, color, text, health.problem is Problem.NONE,
                           health.may_miss_orders)

    def _banner(self, healths: Sequence[PlatformHealth], now: datetime) -> str:
        reasons = []
        for health in healths:
            if not health.may_miss_orders:
                continue
            why = wording.problem(health.problem)
            if health.problem is Problem.AUTH:
                detail = why
            else:
                detail = tr("%1 (%2 failed polls in a row)").replace("%1", why).replace("%2", str(health.failures))
            if health.message:
                detail += f": {health.message}"
            if health.last_ok is not None:
                detail += " · " + tr("last good poll %1").replace(
                    "%1", wording.seconds_ago((now - health.last_ok).total_seconds()))
            reasons.append(f"{self._label(health.platform)} — {detail}")
        if not reasons:
            return ""
        return tr("ORDERS MAY BE MISSED. ") + "  |  ".join(reasons)

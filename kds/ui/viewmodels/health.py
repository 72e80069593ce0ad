"""Polling health as the status bar and the red banner show it, and the access tokens' expiry.

Per platform: the last good poll ("12 s ago") and any problem. After two failed polls in a row,
or any auth error, the banner says that orders may be missed and why (`PlatformHealth.may_miss_orders`).
A platform switched on in the settings that could not start at all (no credentials, no usable keyring,
a locked credentials file: `set_unconnected`) is red in the status bar and in the same banner, which
has no Dismiss: it goes away only once the platform connects.

A platform that reported a problem on its own side (`PlatformHealth.warning`, e.g. a notification
that failed) is amber in the status bar with its words for an hour after the last report
(`kds.services.health.WARNING_SHOWN`); good polls do not clear it, since it is not about polling.

On a store shared by several screens, a platform another screen polls says so ("polled by COUNTER-1"),
neither red nor in the banner: this screen only shows what that one polls.

A platform whose access token runs out (Keeta Standard's merchant token) also gets a word in the
status bar and the token banner: amber from seven days before the expiry, red once it has expired
or a renewal failed (`kds.domain.credentials.token_alert`). Neither can be dismissed: it goes away
when the token is renewed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from kds.domain.actions import PlatformPolicy
from kds.domain.changes import Changes
from kds.domain.credentials import CredentialStatus, TokenAlert, token_alert
from kds.domain.order import Platform
from kds.platforms.registry import POLICIES
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
                 now: datetime, parent: QObject | None = None, *,
                 credentials: Callable[[], Sequence[CredentialStatus]] | None = None) -> None:
        """Read health from `source()` (the engine's `health`) and tokens from `credentials()` (its `credentials`)."""
        super().__init__(parent)
        self._source = source
        self._credentials = credentials
        self._policies = dict(policies)
        self.entries: tuple[HealthEntry, ...] = ()
        self.banner = ""
        self.token_banner = ""
        """What the token banner says ("" hides it)."""
        self.token_alarm = False
        """True when the token banner is red (a token expired or could not be renewed)."""
        self._health: dict[Platform, PlatformHealth] = {}
        self._alarmed: frozenset[Platform] = frozenset()
        self.unconnected: dict[Platform, str] = {}
        """Platforms of the settings that are not connected, with why (in staff words)."""
        self.refresh(now)

    def set_unconnected(self, reasons: Mapping[Platform, str], now: datetime) -> None:
        """The platforms that could not start, with why; they stay red until a new engine connects them."""
        self.unconnected = dict(reasons)
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
        tokens = {c.platform: c for c in (self._credentials() if self._credentials is not None else ())}
        alerts = {p: token_alert(c, now) for p, c in tokens.items()}
        entries = tuple(self._with_token(self._with_warning(self._entry(h, now), h, now), tokens.get(h.platform),
                                         alerts.get(h.platform)) for h in healths) \
            + tuple(self._unconnected_entry(p) for p in self.unconnected if p not in self._health)
        banner = self._banner(healths, now)
        token_banner = "  |  ".join(self._token_words(tokens[p], alert) for p, alert in alerts.items()
                                    if alert is not TokenAlert.NONE)
        token_alarm = any(a in (TokenAlert.EXPIRED, TokenAlert.REFRESH_FAILED) for a in alerts.values())
        alarmed = frozenset(h.platform for h in healths if h.may_miss_orders) | frozenset(self.unconnected)
        raised = bool(alarmed - self._alarmed)
        self._alarmed = alarmed
        if (entries, banner, token_banner, token_alarm) != (self.entries, self.banner, self.token_banner,
                                                             self.token_alarm):
            self.entries, self.banner, self.token_banner, self.token_alarm = entries, banner, token_banner, token_alarm
            self.changed.emit()
        if raised:
            self.banner_raised.emit(banner)

    def _unconnected_entry(self, platform: Platform) -> HealthEntry:
        policy = self._policies.get(platform) or POLICIES.get(platform)
        return HealthEntry(platform, self._label(platform), policy.color if policy is not None else "#888888",
                           tr("not connected"), False, True)

    def _label(self, platform: Platform) -> str:
        policy = self._policies.get(platform) or POLICIES.get(platform)
        label = policy.label if policy is not None else platform.value
        shown = {**{p: POLICIES[p] for p in self.unconnected if p in POLICIES}, **self._policies}
        if sum(1 for p in shown.values() if p.label == label) > 1:
            label += f" ({wording.platform_api(platform)})"  # two Keeta connections must be told apart
        return label

    def _entry(self, health: PlatformHealth, now: datetime) -> HealthEntry:
        label = self._label(health.platform)
        color = self._policies[health.platform].color if health.platform in self._policies else "#888888"
        if health.polled_by is not None:  # another station of the restaurant polls it: nothing to fix here
            text = tr("polled by %1").replace("%1", health.polled_by) if health.polled_by else \
                tr("polled by another screen")
            return HealthEntry(health.platform, label, color, text, True, False)
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

    @staticmethod
    def _with_warning(entry: HealthEntry, health: PlatformHealth, now: datetime) -> HealthEntry:
        """Amber with the platform's own words while its warning is recent (red stays red)."""
        warning = health.current_warning(now)
        if warning is None:
            return entry
        words = wording.platform_warning(entry.label, warning)
        return HealthEntry(entry.platform, entry.label, entry.color, f"{entry.text} · {words}", False, entry.alarm)

    @staticmethod
    def _with_token(entry: HealthEntry, token: CredentialStatus | None, alert: TokenAlert | None) -> HealthEntry:
        if token is None or alert is None or alert is TokenAlert.NONE:
            return entry
        words = {
            TokenAlert.EXPIRING: tr("token expires %1").replace("%1", wording.local_date(token.expires_at)),
            TokenAlert.REFRESH_FAILED: tr("token renewal failed"),
            TokenAlert.EXPIRED: tr("token expired"),
        }[alert]
        red = entry.alarm or alert is not TokenAlert.EXPIRING
        return HealthEntry(entry.platform, entry.label, entry.color, f"{entry.text} · {words}", False, red)

    def _token_words(self, token: CredentialStatus, alert: TokenAlert) -> str:
        label = self._label(token.platform)
        when = wording.local_date(token.expires_at)
        if alert is TokenAlert.EXPIRED:
            text = tr("%1: the merchant access token has expired, so actions and order details fail. "
                      "Enter a new token in Settings.")
        elif alert is TokenAlert.REFRESH_FAILED and not when:
            text = tr("%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a "
                      "new token in Settings.")
        elif alert is TokenAlert.REFRESH_FAILED:
            text = tr("%1: renewing the merchant access token failed (%2). It works until %3; KDS tries "
                      "again. If this stays, enter a new token in Settings.")
        elif token.refreshable:
            text = tr("%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, "
                      "enter a new token in Settings.")
        else:
            text = tr("%1: the merchant access token expires on %3 and KDS cannot renew it (no refresh "
                      "token). Enter a new token in Settings before then.")
        # The platform's own words last: they must not be read as placeholders.
        return text.replace("%1", label).replace("%3", when).replace("%2", token.message)

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
        reasons.extend(text for platform, text in self.unconnected.items() if platform not in self._health)
        if not reasons:
            return ""
        return tr("ORDERS MAY BE MISSED. ") + "  |  ".join(reasons)

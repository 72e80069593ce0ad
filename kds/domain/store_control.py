"""Store controls: pausing a platform's store, busy mode and sold-out dishes, with who and when.

Every control staff take is a record (kept for the day's report: minutes paused per platform). A
control with an end (`until`) brings its reversal with it, scheduled at that time: the store keeps
it, so a pause ends at its time even when KDS was stopped or offline meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from kds.domain.order import Platform
from kds.domain.states import OrderStatus, Stage


class ControlKind(StrEnum):
    """What a store control does."""

    PAUSE = "pause"  # take no new orders
    RESUME = "resume"  # take orders again
    BUSY = "busy"  # add minutes to the preparation time sent on confirm (local: nothing is sent)
    BUSY_END = "busy_end"  # back to the usual preparation time
    SOLD_OUT = "sold_out"  # a dish cannot be ordered
    BACK_IN_STOCK = "back_in_stock"  # it can again


REVERSAL: dict[ControlKind, ControlKind] = {
    ControlKind.PAUSE: ControlKind.RESUME,
    ControlKind.BUSY: ControlKind.BUSY_END,
    ControlKind.SOLD_OUT: ControlKind.BACK_IN_STOCK,
}
"""The control that ends each control with an end."""

SENT = frozenset({ControlKind.PAUSE, ControlKind.RESUME, ControlKind.SOLD_OUT, ControlKind.BACK_IN_STOCK})
"""Controls the platform is told about; busy mode only changes what KDS sends on confirm."""


@dataclass(frozen=True, slots=True)
class StoreControl:
    """One control on one platform.

    Attributes:
        platform: which platform it is for.
        kind: what it does.
        who: the station that took it (its name).
        at: when it takes effect.
        until: when it ends by itself (None: until switched back).
        item: the dish's key for sold-out controls ("" for the whole store).
        codes: the dish's codes on this platform (what its item call names).
        minutes: busy mode's extra preparation minutes (0 otherwise).
    """

    platform: Platform
    kind: ControlKind
    who: str
    at: datetime
    until: datetime | None = None
    item: str = ""
    codes: tuple[str, ...] = ()
    minutes: int = 0

    def __post_init__(self) -> None:
        """Refuse an end that is not after the start, and a busy mode without minutes."""
        if self.until is not None and self.until <= self.at:
            raise ValueError("a store control must end after it starts")
        if self.until is not None and self.kind not in REVERSAL:
            raise ValueError(f"{self.kind.value} has no end")
        if (self.kind is ControlKind.BUSY) != (self.minutes > 0):
            raise ValueError("busy mode, and only busy mode, adds minutes")
        if (self.kind in (ControlKind.SOLD_OUT, ControlKind.BACK_IN_STOCK)) != bool(self.item):
            raise ValueError("sold-out controls, and only those, name a dish")

    @property
    def reversal(self) -> StoreControl | None:
        """The control that ends this one at `until` (None when it lasts until switched back)."""
        if self.until is None:
            return None
        return replace(self, kind=REVERSAL[self.kind], at=self.until, until=None, minutes=0)

    @property
    def sent(self) -> bool:
        """True when the platform is told about it (a dish without codes there is only marked here)."""
        return self.kind in SENT and (not self.item or bool(self.codes))


def paused_minutes(controls: list[StoreControl], start: datetime, end: datetime) -> dict[Platform, float]:
    """Minutes each platform was paused between `start` and `end`, from its controls (any order).

    A pause still running at `end` counts up to `end`; a second pause while paused changes nothing.
    """
    minutes: dict[Platform, float] = {}
    since: dict[Platform, datetime] = {}
    for control in sorted(controls, key=lambda c: c.at):
        if control.kind is ControlKind.PAUSE and control.platform not in since:
            since[control.platform] = max(control.at, start)
        elif control.kind is ControlKind.RESUME and control.platform in since:
            began = since.pop(control.platform)
            stop = min(control.at, end)
            if stop > began:
                minutes[control.platform] = minutes.get(control.platform, 0.0) + (stop - began).total_seconds() / 60
    for platform, began in since.items():
        if end > began:
            minutes[platform] = minutes.get(platform, 0.0) + (end - began).total_seconds() / 60
    return minutes


def closed_by_platform(status: OrderStatus, closes_after: tuple[str, ...]) -> bool:
    """True when the platform cancelled the order in a way that closes the store (`closes_after` codes)."""
    return (status.stage is Stage.CANCELLED and status.cancelled_by == "platform"
            and status.cancel_code in closes_after)

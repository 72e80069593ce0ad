"""Store controls as a service: pause, resume, busy mode and sold out, sent with retry like any action.

Each control is stored first (with its scheduled reversal, `kds.store.store_controls`), then sent by
`StoreControlRunner` when due, one platform at a time, with the outbox's backoff. A control found
"sending" after a restart is sent again: opening or closing a store twice does no harm. A platform
that closes the store by itself (Keeta after a missed order) is in the record too, as its own
doing: nothing is sent for it, and the reopening staff take ends it like any pause.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta

from kds.clock import Clock, sleep_or_wake
from kds.domain.changes import Changes
from kds.domain.order import Platform
from kds.domain.states import OrderStatus
from kds.domain.store_control import ControlKind, StoreControl, closed_by_platform
from kds.platforms.base import (
    PlatformAdapter,
    PlatformAuthError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
    StoreControls,
)
from kds.platforms.spec import StoreAbilities
from kds.services.bus import ChangeBus
from kds.services.outbox import OutboxSettings, retry_delay
from kds.store.db import Database
from kds.store.outbox import ActionState, ErrorKind
from kds.store.store_controls import ControlRecord, StoreControlRepository

log = logging.getLogger(__name__)


class StoreControlRunner:
    """Keeps and sends the store controls of a set of platforms."""

    def __init__(self, adapters: Mapping[Platform, PlatformAdapter], abilities: Mapping[Platform, StoreAbilities],
                 db: Database, clock: Clock, bus: ChangeBus, who: str, settings: OutboxSettings | None = None,
                 rng: random.Random | None = None) -> None:
        """Send through `adapters` what `abilities` allow; `who` names this station in the record."""
        self.adapters = dict(adapters)
        self.abilities = dict(abilities)
        self.repo = StoreControlRepository(db)
        self.clock = clock
        self.bus = bus
        self.who = who
        self.settings = settings or OutboxSettings()
        self.rng = rng or random.Random()
        self._wake = asyncio.Event()

    # --- what staff do ---------------------------------------------------------------------------

    def can_pause(self, platform: Platform) -> bool:
        """True when KDS can pause new orders on `platform` itself."""
        ability = self.abilities.get(platform)
        return ability is not None and ability.pause and isinstance(self.adapters.get(platform), StoreControls)

    def can_sell_out(self, platform: Platform) -> bool:
        """True when KDS can switch a dish off on `platform` itself."""
        ability = self.abilities.get(platform)
        return ability is not None and ability.sold_out and isinstance(self.adapters.get(platform), StoreControls)

    def pause(self, platforms: Iterable[Platform], until: datetime | None) -> Changes:
        """Pause new orders on `platforms` that KDS can pause, until `until` (None: until resumed)."""
        return self._take(ControlKind.PAUSE, [p for p in platforms if self.can_pause(p)], until)

    def resume(self, platforms: Iterable[Platform]) -> Changes:
        """Take new orders again on `platforms` that KDS can pause."""
        return self._take(ControlKind.RESUME, [p for p in platforms if self.can_pause(p)], None)

    def busy(self, platforms: Iterable[Platform], minutes: int, until: datetime) -> Changes:
        """Add `minutes` to the preparation time sent on confirm on `platforms`, until `until`."""
        return self._take(ControlKind.BUSY, list(platforms), until, minutes=minutes)

    def end_busy(self, platforms: Iterable[Platform]) -> Changes:
        """Back to the usual preparation time on `platforms`."""
        return self._take(ControlKind.BUSY_END, list(platforms), None)

    def sell_out(self, item: str, codes: Mapping[Platform, Sequence[str]], until: datetime | None) -> Changes:
        """Mark dish `item` sold out until `until` (None: until back in stock) on every platform of `codes`.

        Each platform gets its record (cards and tickets mark the dish, and it comes back at `until`
        there too); only those KDS can tell, and where the dish has codes, are sent anything.

        Args:
            item: the dish's key (the same on every platform).
            codes: the dish's codes on each platform it is sold on.
            until: when it is back in stock by itself.
        """
        return self._take(ControlKind.SOLD_OUT, list(codes), until, item=item, codes=self._told(codes))

    def back_in_stock(self, item: str, codes: Mapping[Platform, Sequence[str]]) -> Changes:
        """Dish `item` can be ordered again on every platform of `codes` (told where KDS can say so)."""
        return self._take(ControlKind.BACK_IN_STOCK, list(codes), None, item=item, codes=self._told(codes))

    def _told(self, codes: Mapping[Platform, Sequence[str]]) -> dict[Platform, tuple[str, ...]]:
        """The codes to send: only on platforms KDS can tell (elsewhere the record stays local)."""
        return {p: tuple(c) for p, c in codes.items() if c and self.can_sell_out(p)}

    def sold_out(self, item: str, platform: Platform) -> ControlRecord | None:
        """The sold-out control in force on dish `item` on `platform` now (None: it can be ordered)."""
        current = self.repo.current(platform, item, self.clock.now())
        return current if current is not None and current.control.kind is ControlKind.SOLD_OUT else None

    def sold_out_items(self) -> set[str]:
        """The dishes sold out now on at least one platform."""
        return self.repo.sold_out_items(self.clock.now())

    def closes_store(self, platform: Platform, status: OrderStatus) -> bool:
        """True when `platform` closes the store by itself after cancelling an order as `status` says."""
        ability = self.abilities.get(platform)
        return ability is not None and closed_by_platform(status, ability.closes_after)

    def observe_cancellation(self, platform: Platform, status: OrderStatus, at: datetime) -> Changes:
        """Keep in the record that `platform` closed the store at `at` (our clock) on cancelling an order.

        Nothing is sent: the platform closed itself. Who is the platform (its label), not a station.
        Only where KDS can reopen the store (elsewhere no reopening could ever end the record's
        pause), and once per closure: another missed order while closed changes nothing.
        """
        if not self.closes_store(platform, status) or not self.can_pause(platform) \
                or self.closed_by_itself(platform) is not None:
            return Changes()
        now = self.clock.now()
        control = StoreControl(platform, ControlKind.PAUSE, self.adapters[platform].policy.label, min(at, now))
        self.repo.observe(control, now)
        log.info("%s closed the store by itself after a missed order", platform.value)
        changes = Changes(store=frozenset({platform}))
        self.bus.publish(changes)
        return changes

    def _take(self, kind: ControlKind, platforms: list[Platform], until: datetime | None, *, minutes: int = 0,
              item: str = "", codes: Mapping[Platform, tuple[str, ...]] | None = None) -> Changes:
        now = self.clock.now()
        for platform in platforms:
            control = StoreControl(platform, kind, self.who, now, until, item=item,
                                   codes=(codes or {}).get(platform, ()), minutes=minutes)
            self.repo.record(control, now)
        self._wake.set()
        changes = Changes(store=frozenset(platforms))
        self.bus.publish(changes)
        return changes

    # --- what the board shows --------------------------------------------------------------------

    def paused(self, platform: Platform) -> ControlRecord | None:
        """The pause in force on `platform` now (None when it takes orders)."""
        current = self.store_record(platform)
        return current if current is not None and current.control.kind is ControlKind.PAUSE else None

    def store_record(self, platform: Platform) -> ControlRecord | None:
        """The latest pause or resume on `platform` that has taken effect, with how its sending stands."""
        return self.repo.current(platform, "", self.clock.now())

    def closed_by_itself(self, platform: Platform) -> datetime | None:
        """Since when `platform` has been closed by its own doing (None: not, or staff took over since).

        A pause or reopening of KDS's that reached the platform afterwards ends it; one not sent
        yet, or failing, does not: the store is still closed.
        """
        record = self.repo.last_reached(platform, "", self.clock.now())
        return record.control.at if record is not None and record.observed else None

    def closed_since(self, platform: Platform) -> datetime | None:
        """Since when KDS's record says `platform` is closed with no end to come (None: open, or an end is due).

        That is a pause the platform took (or took by itself) that lasts until resumed, or a pause past its end whose
        reopening has not reached the platform. A pause not sent yet has not closed anything, and a
        pause whose end is still to come is what staff asked for: neither counts.
        """
        record = self.store_record(platform)
        if record is None:
            return None
        control = record.control
        if control.kind is ControlKind.PAUSE:
            if not record.reached:
                return None
            if control.until is not None and control.until > self.clock.now():
                return None
            return control.at
        return control.at if record.state != ActionState.DONE.value else None

    def busy_minutes(self, platform: Platform) -> int:
        """The minutes busy mode adds to the preparation time on `platform` now (0: off)."""
        return self.repo.busy_minutes(platform, self.clock.now())

    # --- sending ---------------------------------------------------------------------------------

    def wake(self) -> None:
        """Look for due controls now."""
        self._wake.set()

    def recover(self) -> None:
        """After a restart: send again what was on its way when KDS stopped."""
        now = self.clock.now()
        for record in self.repo.in_state(ActionState.SENDING):
            log.info("store control %s (%s) was in flight at shutdown: sending again", record.id,
                     record.control.kind.value)
            self.repo.requeue(record.id, now)

    async def run(self) -> None:
        """Send due controls until cancelled (reversals at their time, also after a restart)."""
        self.recover()
        while True:
            await self.run_due()
            self._wake.clear()
            next_due = self.repo.next_due()
            wait = self.settings.idle_wait
            if next_due is not None:
                wait = min(wait, max(0.0, (next_due - self.clock.now()).total_seconds()))
            if wait > 0:
                await sleep_or_wake(self.clock, wait, self._wake)

    async def run_due(self) -> Changes:
        """Send every control that is due now; returns what changed."""
        by_platform: dict[Platform, list[ControlRecord]] = {}
        for record in self.repo.due(self.clock.now()):
            if record.control.platform in self.adapters:
                by_platform.setdefault(record.control.platform, []).append(record)

        async def platform_queue(records: list[ControlRecord]) -> None:
            for record in records:
                await self.send(record)

        await asyncio.gather(*(platform_queue(rs) for rs in by_platform.values()))
        changes = Changes(store=frozenset(by_platform))
        self.bus.publish(changes)
        return changes

    async def send(self, record: ControlRecord) -> None:
        """Send one control and record the outcome."""
        control = record.control
        adapter = self.adapters[control.platform]
        self.repo.mark_sending(record.id, self.clock.now())
        try:
            if not isinstance(adapter, StoreControls):
                raise PlatformRejectedError(f"{control.platform.value} takes no store controls", code="unsupported")
            match control.kind:
                case ControlKind.PAUSE | ControlKind.RESUME:
                    await adapter.set_store_open(control.kind is ControlKind.RESUME)
                case ControlKind.SOLD_OUT | ControlKind.BACK_IN_STOCK:
                    await adapter.set_items_available(control.codes, control.kind is ControlKind.BACK_IN_STOCK)
                case _:  # pragma: no cover - local controls are stored done
                    pass
        except PlatformTransientError as exc:
            self._retry_or_fail(record, str(exc), ErrorKind.TRANSIENT, exc.retry_after)
        except PlatformAuthError as exc:
            self.repo.mark_failed(record.id, self.clock.now(), str(exc), ErrorKind.AUTH)
        except PlatformRejectedError as exc:
            self.repo.mark_failed(record.id, self.clock.now(), str(exc), ErrorKind.REJECTED)
        except PlatformPayloadError as exc:
            self.repo.mark_failed(record.id, self.clock.now(), str(exc), ErrorKind.PAYLOAD)
        else:
            self.repo.mark_done(record.id, self.clock.now())
            log.info("store control %s (%s) on %s done", record.id, control.kind.value, control.platform.value)

    def _retry_or_fail(self, record: ControlRecord, error: str, kind: ErrorKind, retry_after: float | None) -> None:
        # Unlike an order action, a store control never goes stale: a store left closed after an
        # outage is worse than a late reopening, so transient errors are retried without end.
        attempts = record.attempts + 1
        now = self.clock.now()
        delay = retry_delay(self.settings, attempts, self.rng, retry_after)
        log.info("store control %s: attempt %d failed (%s); again in %.0f s", record.id, attempts, error, delay)
        self.repo.mark_retry(record.id, now, now + timedelta(seconds=delay), error, kind)

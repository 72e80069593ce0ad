"""The engine: pollers, outbox runner, contact reader, closing sweep, retention and order service, with owned tasks."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import platform as platform_module
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta

from kds.clock import Clock
from kds.domain.changes import Changes
from kds.domain.credentials import CredentialStatus
from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter
from kds.platforms.registry import SPECS
from kds.services.bus import ChangeBus
from kds.services.closing import ClosingSweep
from kds.services.contacts import ContactService, ContactSettings
from kds.services.feed import StationFeed
from kds.services.health import PlatformHealth
from kds.services.orders import OrderService
from kds.services.outbox import OutboxRunner, OutboxSettings
from kds.services.poller import LeaseLostError, Poller, PollerSettings, ToldMarker
from kds.services.ratelimit import PersistentRateLimiter
from kds.services.retention import RetentionService, RetentionSettings
from kds.services.sold_out import SoldOutService
from kds.services.stations import StationService
from kds.services.store_control import StoreControlRunner
from kds.store.db import Database
from kds.store.leases import OUTBOX, Lease, Leases, SoleStation, poll_lease
from kds.store.outbox import RequestLog

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PollLimit:
    """A platform's polling rate limit."""

    requests: int = 2
    window: float = 60.0


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """Engine-wide settings."""

    poller: PollerSettings = field(default_factory=PollerSettings)
    outbox: OutboxSettings = field(default_factory=OutboxSettings)
    contacts: ContactSettings = field(default_factory=ContactSettings)
    poll_limit: PollLimit = field(default_factory=PollLimit)
    # Platforms that differ from the defaults above: a relay that long-polls wants no interval
    # and no tight limit, a direct Open Delivery API wants Keeta's 2 polls a minute.
    poller_for: dict[Platform, PollerSettings] = field(default_factory=dict)
    poll_limit_for: dict[Platform, PollLimit] = field(default_factory=dict)
    auto_accept: frozenset[Platform] = frozenset()
    undo_seconds: float = 5.0
    default_preparation_minutes: int | None = None
    station_name: str = ""  # who takes store controls, in their record ("" for the machine's name)
    retention: RetentionSettings = field(default_factory=RetentionSettings)


def account_of(adapter: PlatformAdapter) -> str:
    """The platform account an adapter polls, as its lease and rate limit name it (`account`, else "default")."""
    return str(getattr(adapter, "account", "") or "default")


class Engine:
    """Owns every background task. `start()` once, `stop()` on shutdown.

    With other stations on the same store, each platform account's poller runs only while this station
    holds that account's lease, and the outbox, store-control, contact, closing and retention runners only while
    it holds the `outbox` lease (`kds.store.leases`); the others show what the holder does.
    """

    def __init__(self, db: Database, adapters: Sequence[PlatformAdapter], clock: Clock,
                 settings: EngineSettings | None = None, bus: ChangeBus | None = None,
                 leases: Leases | None = None) -> None:
        """Wire pollers, the outbox runner and the order service around `db`.

        `leases` says what this station runs (`kds.store.leases.leases_for`); without them it runs everything.
        """
        self.db = db
        self.clock = clock
        self.settings = settings or EngineSettings()
        self.bus = bus or ChangeBus()
        self.adapters = {a.platform: a for a in adapters}
        name = self.settings.station_name or platform_module.node() or "KDS"
        self.leases = leases or SoleStation(name)  # the composition root gives shared stores theirs
        self.poll_leases = {a.platform: self.leases.lease(poll_lease(a.platform.value, account_of(a)))
                            for a in adapters}
        # A screen with no platform account (credentials kept on the counter only) could send nothing:
        # on a shared store it leaves the outbox to a station that can, instead of taking it.
        self.outbox_lease = self.leases.lease(OUTBOX) if adapters or not db.shared else Lease(OUTBOX)
        for platform, lease in self.poll_leases.items():
            lease.on_change = lambda p=platform: self.bus.publish(Changes(platforms=frozenset({p})))
        request_log = RequestLog(db)
        self.pollers = {a.platform: self._poller(a, request_log) for a in adapters}
        self.runner = OutboxRunner(self.adapters, db, clock, self.bus, self.settings.outbox,
                                   on_sent=lambda platform: self.pollers[platform].poll_soon(),
                                   may_act=lambda: self.outbox_lease.held)
        abilities = {p: SPECS[p].store for p in self.adapters if p in SPECS}
        self.store = StoreControlRunner(self.adapters, abilities, db, clock, self.bus, who=name,
                                        settings=self.settings.outbox)
        self.sold_out = SoldOutService(db, self.store, clock, self.bus)
        self.orders = OrderService(
            db, clock, self.bus, {a.platform: a.policy for a in adapters},
            auto_accept=self.settings.auto_accept, undo_seconds=self.settings.undo_seconds,
            default_preparation_minutes=self.settings.default_preparation_minutes, wake_outbox=self.runner.wake,
            adapters=self.adapters, busy_minutes=self.store.busy_minutes)
        self.contacts = ContactService(self.adapters, db, clock, self.bus, self.settings.contacts)
        self.closing = ClosingSweep(db, clock, self.bus, self.orders.policies, now=self.orders.now)
        self.retention = RetentionService(db, clock, self.settings.retention)
        self.stations = StationService(db, clock, self.bus)
        for poller in self.pollers.values():
            poller.on_health = self._health_changed
        self._tasks: set[asyncio.Task[None]] = set()
        self._stop_watching = self.bus.subscribe(self._record_closures)
        self._stop_telling = self.bus.subscribe(ToldMarker(db), last=True)
        self.feed = StationFeed(db, self.bus, wake=self._stored_elsewhere)  # other stations' changes, on a shared store

    def _stored_elsewhere(self, changes: Changes) -> None:
        """Another station stored an action or a store control (a tap there): send it now, not at the next look."""
        if changes.actions:
            self.runner.wake()
        if changes.store:
            self.store.wake()

    def _record_closures(self, changes: Changes) -> None:
        """A platform that closed the store on cancelling an order (a missed order) goes in the store record."""
        for key in changes.cancelled:
            ticket = self.orders.ticket(key)
            if ticket is None:
                continue
            # The cancellation is stamped on the platform's clock; the record keeps ours.
            offset = self.orders.clock_offsets.get(key.platform, timedelta(0))
            at = ticket.status.cancelled_at - offset if ticket.status.cancelled_at else self.clock.now()
            self.store.observe_cancellation(key.platform, ticket.status, at)

    def _health_changed(self, health: PlatformHealth) -> None:
        self.orders.clock_offsets[health.platform] = health.clock_offset

    def _poller(self, adapter: PlatformAdapter, request_log: RequestLog) -> Poller:
        limit = self.settings.poll_limit_for.get(adapter.platform, self.settings.poll_limit)
        lease = self.poll_leases[adapter.platform]
        limiter = PersistentRateLimiter(request_log, lease.name, limit.requests, limit.window, self.clock)
        settings = self.settings.poller_for.get(adapter.platform, self.settings.poller)
        return Poller(adapter, self.db, limiter, self.clock, self.bus, settings, may_act=lambda: lease.held)

    def health(self) -> list[PlatformHealth]:
        """Polling health of every platform; one another station polls says by whom."""
        found = []
        for platform, poller in self.pollers.items():
            lease = self.poll_leases[platform]
            found.append(poller.health if lease.held else replace(poller.health, polled_by=lease.holder))
        return found

    def credentials(self) -> list[CredentialStatus]:
        """Access-token expiry and renewal of every platform whose adapter reports them (`credential_status`)."""
        found = []
        for adapter in self.adapters.values():
            report = getattr(adapter, "credential_status", None)
            status = report() if callable(report) else None
            if isinstance(status, CredentialStatus):
                found.append(status)
        return found

    def _spawn(self, coro: object, name: str) -> None:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coro, name=name)  # type: ignore[arg-type]
        self._tasks.add(task)

        def done(t: asyncio.Task[None]) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                log.error("background task %s died", t.get_name(), exc_info=t.exception())

        task.add_done_callback(done)

    def start(self) -> None:
        """Start polling, sending and closing what the platforms finished by themselves (each under its lease)."""
        self._spawn(self.leases.run(), "leases")
        for platform, poller in self.pollers.items():
            self._spawn(self._while_held(self.poll_leases[platform], poller.run), f"poll:{platform.value}")
        self._spawn(self._while_held(self.outbox_lease, self.runner.run), "outbox")
        self._spawn(self._while_held(self.outbox_lease, self.store.run), "store-controls")
        self._spawn(self._while_held(self.outbox_lease, self.contacts.run), "contacts")
        # Orders stored before the dish catalogue: read into it once, by the station that sends for all.
        self._spawn(self._while_held(self.outbox_lease, self.sold_out.backfill), "dish-backfill")
        if self.closing.cadence is not None:
            self._spawn(self._while_held(self.outbox_lease, self.closing.run), "closing")
        # One station at a time cleans a shared store (the one holding the outbox lease).
        self._spawn(self._while_held(self.outbox_lease, self.retention.run), "retention")
        self.feed.start()

    async def _while_held(self, lease: Lease, work: Callable[[], Awaitable[None]]) -> None:
        """Run `work()` while this station holds `lease`: stop it the moment the lease goes, start again when back."""
        while True:
            if not lease.held:
                await lease.wait_held()
                log.info("lease %s held: starting its work", lease.name)
            task = asyncio.ensure_future(work())
            lost = asyncio.ensure_future(lease.wait_lost())
            try:
                await asyncio.wait({task, lost}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                lost.cancel()
                if not task.done():
                    task.cancel()
                    # Its end is returned, not raised: a cancellation of this guard itself (the engine
                    # stopping) while it waits here must still end the guard, not be taken for the work's.
                    await asyncio.gather(task, return_exceptions=True)
            if task.done() and not task.cancelled() and not isinstance(task.exception(), LeaseLostError):
                task.result()  # finished or died by itself: as before there were leases
                return
            log.warning("lease %s lost: its work stopped", lease.name)

    async def stop(self) -> None:
        """Cancel every task and close the adapters."""
        self._stop_watching()
        self._stop_telling()
        await self.feed.stop()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for adapter in self.adapters.values():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(adapter.aclose(), 5)

    @property
    def running(self) -> bool:
        """True while background tasks run."""
        return bool(self._tasks)

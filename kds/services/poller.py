"""The poller: fetch events, persist them with the order snapshot, *then* acknowledge.

Invariant 1 (persist, then acknowledge): an event is acknowledged only after it and its order's
snapshot are committed. An event whose order details could not be fetched stays unacknowledged,
so the platform sends it again and nothing is lost, even if we crash at any instant.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from kds.clock import Clock, sleep_or_wake
from kds.domain.changes import Changes
from kds.domain.events import BadEvent, OrderEvent, RawEvent
from kds.domain.order import OrderKey
from kds.domain.states import fold
from kds.platforms.base import (
    FetchedOrder,
    PlatformAdapter,
    PlatformAuthError,
    PlatformError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
    PollResult,
    RateLimitedError,
)
from kds.services.bus import ChangeBus
from kds.services.health import PlatformHealth, Problem
from kds.services.notes import ChangeNotes
from kds.services.ratelimit import PersistentRateLimiter
from kds.store.db import Database
from kds.store.orders import OrderRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PollerSettings:
    """How often and how hard to poll one platform."""

    interval: float = 30.0
    fetch_concurrency: int = 4
    auth_retry: float = 60.0  # wait after an auth failure before trying again


class Poller:
    """Polls one platform, journals its events, keeps order snapshots, and acknowledges."""

    def __init__(self, adapter: PlatformAdapter, db: Database, limiter: PersistentRateLimiter, clock: Clock,
                 bus: ChangeBus, settings: PollerSettings | None = None,
                 on_health: Callable[[PlatformHealth], None] | None = None) -> None:
        """Poll `adapter`, storing into `db`, never faster than `limiter` allows."""
        self.adapter = adapter
        self.db = db
        self.orders = OrderRepository(db)
        self.limiter = limiter
        self.clock = clock
        self.bus = bus
        self.settings = settings or PollerSettings()
        self.health = PlatformHealth(adapter.platform)
        self.on_health = on_health
        self._wake = asyncio.Event()
        self.fetch_errors: list[PlatformTransientError] = []

    def _set_health(self, health: PlatformHealth) -> None:
        self.health = health
        if self.on_health is not None:
            self.on_health(health)
        self.bus.publish(Changes(platforms=frozenset({self.adapter.platform})))

    def poll_soon(self) -> None:
        """Skip the rest of the current wait (the rate limit still applies)."""
        self._wake.set()

    async def run(self) -> None:
        """Poll forever (until cancelled), sorting failures as DESIGN.md says."""
        while True:
            delay = self.settings.interval
            try:
                await self.poll_once()
            except RateLimitedError as exc:
                self._failed(Problem.RATE_LIMITED, str(exc))
                self.limiter.block_for(exc.retry_after or self.limiter.window)
            except PlatformAuthError as exc:
                self._failed(Problem.AUTH, str(exc))
                delay = max(delay, self.settings.auth_retry)
            except PlatformTransientError as exc:
                self._failed(Problem.UNREACHABLE, str(exc))
                if exc.retry_after:
                    self.limiter.block_for(exc.retry_after)
            except PlatformError as exc:
                self._failed(Problem.PAYLOAD, str(exc))
            self._wake.clear()
            await sleep_or_wake(self.clock, delay, self._wake)

    def _failed(self, problem: Problem, message: str) -> None:
        log.warning("polling %s failed (%s): %s", self.adapter.platform.value, problem.value, message)
        self._set_health(self.health.failed(self.clock.now(), problem, message))

    async def poll_once(self) -> Changes:
        """One poll cycle: poll, journal, fetch new orders, snapshot, acknowledge. Returns what changed."""
        await self.limiter.acquire()
        result = await self.adapter.poll()
        changes = await self.ingest(result)
        if self.fetch_errors:
            # The events are safe (journalled, not acknowledged, so they come back), but the order
            # cannot be shown yet: say so in the status bar.
            self._failed(Problem.UNREACHABLE, f"order details unavailable: {self.fetch_errors[0]}")
            self.bus.publish(changes)
            return changes
        health = self.health.ok(self.clock.now())
        if result.server_offset is not None:
            health = replace(health, clock_offset=result.server_offset)
        self._set_health(health)
        self.bus.publish(changes)
        return changes

    async def ingest(self, result: PollResult) -> Changes:
        """Store a poll's events and acknowledge what is safely stored. Public for benchmarks and tests."""
        now = self.clock.now()
        platform = self.adapter.platform
        quarantine_ids: list[int] = []
        bad_to_ack: list[RawEvent] = []
        batch: dict[OrderKey, list[OrderEvent]] = {}
        seen_before: set[OrderKey] = set()  # orders with events journalled by an earlier poll
        with self.db.transaction():
            for bad in result.bad:
                quarantine_ids.append(self.orders.quarantine(platform, bad, now))
                raw = _ackable(bad)
                if raw is not None:
                    bad_to_ack.append(raw)
            for (event, _), fresh in zip(result.events, self.orders.add_events(result.events, now), strict=True):
                if fresh:
                    batch.setdefault(event.order_key, []).append(event)
                else:
                    batch.setdefault(event.order_key, [])
                    seen_before.add(event.order_key)
        if result.bad:
            log.warning("%s: %d unreadable event(s) quarantined", platform.value, len(result.bad))

        keys = set(batch)
        missing = self.orders.missing(batch)
        fetched, dropped = await self._fetch_all(missing)

        notes = ChangeNotes()
        stored_keys: set[OrderKey] = set()
        with self.db.transaction():
            implied = [(key, event) for key, details in fetched.items() for event in details.events]
            journalled = self.orders.add_events([(event, RawEvent.synthetic(event)) for _, event in implied], now)
            for (key, event), fresh in zip(implied, journalled, strict=True):
                if fresh:
                    batch[key].append(event)
                else:
                    seen_before.add(key)
            snapshots = []
            for key, details in fetched.items():
                events = batch[key]
                if key in seen_before:
                    events = self.orders.events_for(key)
                status = fold(events, details.order.type)
                snapshots.append((details.order, status, details.raw))
                stored_keys.add(key)
                notes.add(key, None, status, events)
            self.orders.save_many(snapshots, now)
            for key in keys - set(fetched) - set(missing):
                stored = self.orders.get(key)
                if stored is None:  # pragma: no cover - `missing` said it was there
                    continue
                events = self.orders.events_for(key)
                status = fold(events, stored.order.type)
                if status != stored.status:
                    self.orders.save_status(key, status, now)
                    notes.add(key, stored.status, status, events)
                stored_keys.add(key)
        changes = notes.changes()
        # Only now, with everything committed, may the platform forget these events.
        settled = stored_keys | dropped
        to_ack = [raw for event, raw in result.events if event.order_key in settled]
        await self._acknowledge(to_ack, bad_to_ack, quarantine_ids)
        return changes

    async def _fetch_all(self, keys: Sequence[OrderKey]) -> tuple[dict[OrderKey, FetchedOrder], set[OrderKey]]:
        """Fetch order details with bounded concurrency.

        Returns the fetched orders, and the keys whose orders the platform says it cannot give us
        (gone or unreadable): their events are quarantined-and-acknowledged so they cannot block the
        queue. Transient failures return neither: their events stay unacknowledged and come back.
        """
        fetched: dict[OrderKey, FetchedOrder] = {}
        dropped: set[OrderKey] = set()
        transient: list[PlatformTransientError] = []
        queue = iter(keys)

        async def worker() -> None:
            # A few workers share one iterator: at most `fetch_concurrency` requests in flight,
            # without a task per order.
            for key in queue:
                try:
                    fetched[key] = await self.adapter.fetch_order(key.order_id)
                except (PlatformPayloadError, PlatformRejectedError) as exc:
                    log.warning("order %s cannot be read: %s", key, exc)
                    with self.db.transaction():
                        self.orders.quarantine(key.platform, BadEvent(
                            raw={"orderId": key.order_id}, reason=f"order details: {exc}",
                            order_id=key.order_id), self.clock.now())
                    dropped.add(key)
                except PlatformTransientError as exc:
                    log.info("order %s details not fetched yet: %s", key, exc)
                    transient.append(exc)

        await asyncio.gather(*(worker() for _ in range(min(self.settings.fetch_concurrency, len(keys)))))
        self.fetch_errors = transient
        return fetched, dropped

    async def _acknowledge(self, events: list[RawEvent], bad: list[RawEvent], quarantine_ids: list[int]) -> None:
        everything = events + bad
        if not everything:
            return
        await self.adapter.acknowledge(everything)
        now = self.clock.now()
        with self.db.transaction():
            self.orders.mark_acked(self.adapter.platform, [e.event_id for e in events], now)
            self.orders.mark_quarantine_acked(quarantine_ids, now)


def _ackable(bad: BadEvent) -> RawEvent | None:
    """A bad event can be acknowledged when we could read its ids (the platform needs them)."""
    if bad.event_id and bad.order_id and bad.event_type:
        return RawEvent(bad.event_id, bad.order_id, bad.event_type, bad.raw)
    return None

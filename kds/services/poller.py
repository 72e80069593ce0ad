"""The poller: fetch events, persist them with the order snapshot, tell the listeners, *then* acknowledge.

Invariant 1 (persist, then acknowledge): an event is acknowledged only after it and its order's
snapshot are committed. What is committed is acted on whatever the acknowledgment does: the
listeners (board, auto-accept, printing, sounds) hear of it before the acknowledgment is sent, and an
event that comes back because its acknowledgment failed is simply acknowledged again.

An order whose details cannot be read (5xx, timeout, an incomplete or malformed answer, a 404 right
after the event) is a *transient* problem at the platform: its events stay unacknowledged so the
platform keeps offering them, a placeholder ticket is on the board at once (staff can act on the
platform's own tablet), and the details are asked for again with backoff, between polls too. Only
once the platform's acceptance deadline (or the event's lifetime) has passed does the poller give
up: the last answer is quarantined, the events acknowledged, and the ticket becomes a warning.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from kds.clock import Clock, sleep_or_wake
from kds.domain.changes import Changes
from kds.domain.events import BadEvent, EventKind, OrderEvent, RawEvent
from kds.domain.order import Details, OrderKey, placeholder_order
from kds.domain.states import fold
from kds.platforms.base import (
    FetchedOrder,
    PlatformAdapter,
    PlatformAuthError,
    PlatformError,
    PlatformPayloadError,
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

EVENT_LIFETIME = timedelta(hours=4, minutes=10)
"""How long a platform keeps offering an event (Keeta: 4 h 10 min) when its policy says nothing else."""


@dataclass(frozen=True, slots=True)
class PollerSettings:
    """How often and how hard to poll one platform."""

    interval: float = 30.0
    fetch_concurrency: int = 4
    auth_retry: float = 60.0  # wait after an auth failure before trying again

    @property
    def detail_backoff(self) -> tuple[float, float]:
        """First and longest wait between two tries of an order's details.

        2 s and 60 s at Keeta's 30 s interval (scaled with it in demos).
        """
        return self.interval / 15, self.interval * 2


@dataclass(slots=True)
class _Unread:
    """An order whose details could not be read yet: how often, why, and when to ask again."""

    attempts: int = 0
    next_at: float = 0.0  # on clock.monotonic(): the next try between polls (backoff)
    not_before: float = 0.0  # on clock.monotonic(): the platform's `Retry-After`, which polls respect too
    error: str = ""
    answer: str = ""  # the last unreadable answer, kept for the quarantine
    provisional: FetchedOrder | None = None  # what the adapter knows meanwhile (e.g. a webhook's copy)


class LeaseLostError(Exception):
    """This station no longer holds the lease its work needs (another station may have taken over)."""


class ToldMarker:
    """A last listener of the bus that marks orders told: every listener has heard of their changes.

    A restart then need not tell them again (see `Poller.resurface`).
    """

    def __init__(self, db: Database) -> None:
        """Record in `db`."""
        self.db = db
        self.orders = OrderRepository(db)

    def __call__(self, changes: Changes) -> None:
        """Bus listener (subscribe it with `last=True`)."""
        if changes.orders:
            with self.db.transaction():
                self.orders.mark_surfaced(changes.orders)


class Poller:
    """Polls one platform, journals its events, keeps order snapshots, and acknowledges."""

    def __init__(self, adapter: PlatformAdapter, db: Database, limiter: PersistentRateLimiter, clock: Clock,
                 bus: ChangeBus, settings: PollerSettings | None = None,
                 on_health: Callable[[PlatformHealth], None] | None = None,
                 may_act: Callable[[], bool] = lambda: True) -> None:
        """Poll `adapter`, storing into `db`, never faster than `limiter` allows.

        `may_act()` is asked right before each poll: False (this station lost its lease) stops the
        poll with `LeaseLostError` instead of polling beside the station that took over.
        """
        self.adapter = adapter
        self.db = db
        self.orders = OrderRepository(db)
        self.limiter = limiter
        self.clock = clock
        self.bus = bus
        self.settings = settings or PollerSettings()
        self.health = PlatformHealth(adapter.platform)
        self.on_health = on_health
        self.may_act = may_act
        self._wake = asyncio.Event()
        self.fetch_errors: list[PlatformError] = []
        self._unread: dict[OrderKey, _Unread] = {}

    def _set_health(self, health: PlatformHealth) -> None:
        self.health = health
        if self.on_health is not None:
            self.on_health(health)
        self.bus.publish(Changes(platforms=frozenset({self.adapter.platform})))

    def poll_soon(self) -> None:
        """Skip the rest of the current wait (the rate limit still applies)."""
        self._wake.set()

    def platform_now(self) -> datetime:
        """The platform's time, by the offset its `Date` headers showed."""
        return self.clock.now() + self.health.clock_offset

    async def run(self) -> None:
        """Poll forever (until cancelled), sorting failures as DESIGN.md says.

        Between polls, orders whose details could not be read are asked for again when their backoff
        is over: that costs no poll (the rate limit is the polls').
        """
        self.resurface()
        next_poll = self.clock.monotonic()
        while True:
            if self.clock.monotonic() >= next_poll:
                next_poll = self.clock.monotonic() + await self._poll_sorted()
            else:
                await self._retry_sorted()
            self._wake.clear()
            wait = next_poll - self.clock.monotonic()
            retry = self.next_detail_retry()
            if retry is not None:
                wait = min(wait, retry - self.clock.monotonic())
            # Always through the loop, even with no wait (a relay's long-poll has no interval): an
            # adapter that answers from memory must not keep the loop from everything else.
            await sleep_or_wake(self.clock, max(0.0, wait), self._wake)
            if self._wake.is_set():
                next_poll = self.clock.monotonic()

    async def _poll_sorted(self) -> float:
        """One poll with its failures sorted; returns the seconds until the next poll."""
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
        return delay

    async def _retry_sorted(self) -> None:
        try:
            await self.retry_details()
        except PlatformError as exc:  # the acknowledgment of what was read failed: it is acked next time
            log.info("%s: acknowledging after a retry failed: %s", self.adapter.platform.value, exc)

    def _failed(self, problem: Problem, message: str) -> None:
        log.warning("polling %s failed (%s): %s", self.adapter.platform.value, problem.value, message)
        self._set_health(self.health.failed(self.clock.now(), problem, message))

    async def poll_once(self) -> Changes:
        """One poll cycle: poll, journal, fetch new orders, snapshot, publish, acknowledge.

        Returns what changed. An acknowledgment that fails raises *after* the changes were published.
        """
        if not self.may_act():
            raise LeaseLostError(self.limiter.bucket)
        await self.limiter.acquire()
        if not self.may_act():  # the wait for the rate limit may have been long
            raise LeaseLostError(self.limiter.bucket)
        result = await self.adapter.poll()
        changes = await self.ingest(result)
        self.resurface()
        health = self.health.ok(self.clock.now())
        if result.server_offset is not None:
            health = replace(health, clock_offset=result.server_offset)
        for warning in result.warnings:
            log.warning("%s reported %s: %s", self.adapter.platform.value, warning.kind.value, warning.detail)
            health = health.warned(warning, self.clock.now())
        if self.fetch_errors:
            # The poll itself went well and the events are safe (journalled, not acknowledged, so
            # they come back); the orders are on the board as placeholders. The status bar says why
            # their details are missing, without the "orders may be missed" alarm.
            message = f"order details unavailable: {self.fetch_errors[0]}"
            log.warning("polling %s: %s", self.adapter.platform.value, message)
            health = replace(health, problem=Problem.DETAILS, message=message)
        self._set_health(health)
        return changes

    def resurface(self) -> Changes:
        """Tell the listeners of orders whose last committed change they never heard of.

        A crash came between the commit and the publication: they are told as of orders new to them.
        """
        notes = ChangeNotes()
        for stored in self.orders.unsurfaced(self.adapter.platform):
            notes.add(stored.order.key, None, stored.status, [])
        changes = notes.changes()
        if changes:
            log.info("%s: %d order change(s) told after a restart", self.adapter.platform.value, len(changes.orders))
            self.bus.publish(changes)
        return changes

    async def ingest(self, result: PollResult) -> Changes:
        """Store a poll's events, publish what changed, and acknowledge what is safely stored.

        Public for benchmarks and tests.
        """
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

        missing = self.orders.missing(batch)
        settled, changes = await self._read_and_store(batch, seen_before, missing)
        # Only now, with everything committed and told, may the platform forget these events.
        to_ack = [raw for event, raw in result.events if event.order_key in settled]
        await self._acknowledge(to_ack, bad_to_ack, quarantine_ids)
        return changes

    async def retry_details(self) -> Changes:
        """Ask again for the details of the orders whose backoff is over; acknowledge those read."""
        due = [key for key, unread in self._unread.items() if unread.next_at <= self.clock.monotonic()]
        if not due:
            return Changes()
        settled, changes = await self._read_and_store({key: [] for key in due}, set(due), due)
        await self._acknowledge(self.orders.unacked_events(settled), [], [])
        return changes

    def next_detail_retry(self) -> float | None:
        """When (`clock.monotonic()`) the next order's details are due to be asked for again."""
        return min((u.next_at for u in self._unread.values()), default=None)

    async def _read_and_store(self, batch: dict[OrderKey, list[OrderEvent]], seen_before: set[OrderKey],
                              missing: Sequence[OrderKey]) -> tuple[set[OrderKey], Changes]:
        """Fetch the details of `missing` (those not waiting out a backoff), store `batch`, publish what changed.

        Returns the orders whose events may be acknowledged.
        """
        now = self.clock.now()
        wanted = [key for key in missing if self._due(key)]
        fetched = await self._fetch_all(wanted)
        notes = ChangeNotes()
        settled: set[OrderKey] = set()
        with self.db.transaction():
            implied = [(key, event) for key, details in fetched.items() for event in details.events]
            journalled = self.orders.add_events([(event, RawEvent.synthetic(event)) for _, event in implied], now)
            for (key, event), fresh in zip(implied, journalled, strict=True):
                if fresh:
                    batch[key].append(event)
                else:
                    seen_before.add(key)
            snapshots = []
            shown = self.orders.with_rows(fetched)  # placeholders shown meanwhile
            for key, details in fetched.items():
                events = self.orders.events_for(key) if key in seen_before or key in shown else batch[key]
                status = fold(events, details.order.type)
                snapshots.append((details.order, status, details.raw))
                settled.add(key)
                notes.add(key, None, status, events)
            self.orders.save_many(snapshots, now)
            for key in set(missing) - set(fetched):
                if self._store_unread(key, now, notes):
                    settled.add(key)
            for key in set(batch) - set(missing):
                stored = self.orders.get(key)
                if stored is None:  # pragma: no cover - `missing` said it was there
                    continue
                events = self.orders.events_for(key)
                status = fold(events, stored.order.type)
                if status != stored.status:
                    self.orders.save_status(key, status, now)
                    notes.add(key, stored.status, status, events)
                settled.add(key)
        changes = notes.changes()
        self.bus.publish(changes)
        return settled, changes

    def _store_unread(self, key: OrderKey, now: datetime, notes: ChangeNotes) -> bool:
        """Keep (or update) the placeholder of an order whose details are unknown.

        Gives up on it once the platform's deadline has passed. True when its events may be acknowledged
        (given up).
        """
        stored = self.orders.get(key)
        events = self.orders.events_for(key)
        if stored is not None and stored.order.details is Details.UNREADABLE:
            self._unread.pop(key, None)  # given up already: its later events are acknowledged as they come
            status = fold(events, stored.order.type)
            if status != stored.status:
                self.orders.save_status(key, status, now)
                notes.add(key, stored.status, status, events)
            return True
        unread = self._unread.setdefault(key, _Unread())
        created = min((e.created_at for e in events), default=now)
        order = stored.order if stored is not None else placeholder_order(key, created)
        raw: dict[str, Any] | str = {"orderId": key.order_id}
        if unread.provisional is not None and not order.lines:
            # The order as the platform first described it, until its details can be read.
            order, raw = replace(unread.provisional.order, details=Details.PENDING), unread.provisional.raw
            stored = None  # an empty placeholder shown before is replaced, and told again as new
        status = fold(events, order.type)
        if self.platform_now() >= self._give_up_at(events, created):
            order = replace(order, details=Details.UNREADABLE)
            bad = BadEvent(raw={"orderId": key.order_id, "answer": unread.answer}, order_id=key.order_id,
                           reason=f"order details unreadable until the platform's deadline: {unread.error}")
            self.orders.quarantine(key.platform, bad, now)
            self.orders.save(order, status, raw, now)
            self._unread.pop(key, None)
            notes.add(key, None, status, events)
            notes.unreadable.add(key)
            log.warning("order %s: details still unreadable at the platform's deadline; acknowledged, shown as a "
                        "warning", key)
            return True
        if stored is None:
            self.orders.save(order, status, raw, now)
            notes.add(key, None, status, events)
        elif status != stored.status:
            self.orders.save_status(key, status, now)
            notes.add(key, stored.status, status, events)
        return False

    def _give_up_at(self, events: Iterable[OrderEvent], created: datetime) -> datetime:
        """When the platform no longer needs an answer.

        The acceptance deadline of an order we saw created, else the end of its events' lifetime.
        """
        policy = self.adapter.policy
        window = policy.accept_window
        if window is not None and any(e.kind is EventKind.CREATED for e in events):
            return created + window
        lifetime = policy.final_after + timedelta(minutes=10) if policy.final_after is not None else EVENT_LIFETIME
        return created + lifetime

    def _due(self, key: OrderKey) -> bool:
        """May `key`'s details be asked for now?

        A poll asks again (polls are paced already), unless the platform said when to come back.
        """
        unread = self._unread.get(key)
        return unread is None or unread.not_before <= self.clock.monotonic()

    def _failed_fetch(self, key: OrderKey, exc: PlatformError) -> None:
        unread = self._unread.setdefault(key, _Unread())
        unread.attempts += 1
        first, longest = self.settings.detail_backoff
        wait = min(longest, first * 2 ** (unread.attempts - 1))
        if isinstance(exc, PlatformTransientError) and exc.retry_after:
            wait = max(wait, exc.retry_after)
            unread.not_before = self.clock.monotonic() + exc.retry_after
        unread.next_at = self.clock.monotonic() + wait
        unread.error = str(exc)
        unread.provisional = exc.provisional or unread.provisional
        if isinstance(exc, PlatformPayloadError) and exc.raw:
            unread.answer = exc.raw
        log.info("order %s details not read (try %d, again in %.1f s): %s", key, unread.attempts, wait, exc)

    async def _fetch_all(self, keys: Sequence[OrderKey]) -> dict[OrderKey, FetchedOrder]:
        """Fetch order details with bounded concurrency; failures are noted for a later try."""
        fetched: dict[OrderKey, FetchedOrder] = {}
        failed: list[PlatformError] = []
        queue = iter(keys)

        async def worker() -> None:
            # A few workers share one iterator: at most `fetch_concurrency` requests in flight,
            # without a task per order.
            for key in queue:
                try:
                    fetched[key] = await self.adapter.fetch_order(key.order_id)
                except PlatformError as exc:
                    self._failed_fetch(key, exc)
                    failed.append(exc)
                else:
                    self._unread.pop(key, None)

        await asyncio.gather(*(worker() for _ in range(min(self.settings.fetch_concurrency, len(keys)))))
        self.fetch_errors = failed
        return fetched

    async def _acknowledge(self, events: list[RawEvent], bad: list[RawEvent], quarantine_ids: list[int]) -> None:
        # Once per event, however often the platform sent it ("only needs to send acknowledgment of
        # the event once").
        everything = list({e.event_id: e for e in events + bad}.values())
        if not everything:
            return
        await self.adapter.acknowledge(everything)
        now = self.clock.now()
        with self.db.transaction():
            self.orders.mark_acked(self.adapter.platform, dict.fromkeys(e.event_id for e in events), now)
            self.orders.mark_quarantine_acked(quarantine_ids, now)


def _ackable(bad: BadEvent) -> RawEvent | None:
    """A bad event can be acknowledged when we could read its ids (the platform needs them)."""
    if bad.event_id and bad.order_id and bad.event_type:
        return RawEvent(bad.event_id, bad.order_id, bad.event_type, bad.raw)
    return None

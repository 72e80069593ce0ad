"""The outbox runner: sends stored staff actions with retry and backoff, never twice.

Invariant 2: a button press writes a pending action first; this runner sends it. When the platform
answers "not in a valid state" (Keeta 422) the order is fetched afresh and the action is reconciled
(already done on the platform tablet → done; otherwise failed with the reason), never sent again.
An action found "sending" after a crash is reconciled the same way before anything is resent.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from kds.clock import Clock, sleep_or_wake
from kds.domain.actions import action_satisfied
from kds.domain.changes import Changes
from kds.domain.events import RawEvent
from kds.domain.order import Platform
from kds.domain.states import fold
from kds.platforms.base import (
    ActionRequest,
    InvalidStateError,
    PlatformAdapter,
    PlatformAuthError,
    PlatformError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
)
from kds.services.bus import ChangeBus
from kds.services.notes import ChangeNotes
from kds.services.poller import LeaseLostError
from kds.store.db import Database
from kds.store.orders import OrderRepository
from kds.store.outbox import ActionRecord, ActionState, ErrorKind, OutboxRepository

log = logging.getLogger(__name__)

ALREADY_DONE = "already_done"
"""Outcome of an action found already done on the platform (e.g. accepted on the platform's own tablet)."""


@dataclass(frozen=True, slots=True)
class OutboxSettings:
    """Retry policy."""

    max_attempts: int = 6
    base_backoff: float = 2.0
    max_backoff: float = 60.0
    idle_wait: float = 5.0  # how long to sleep with nothing due before looking again


def retry_delay(settings: OutboxSettings, attempts: int, rng: random.Random, retry_after: float | None) -> float:
    """Seconds to wait before attempt `attempts + 1`: exponential backoff with jitter, at least `retry_after`."""
    backoff = min(settings.max_backoff, settings.base_backoff * 2.0 ** (attempts - 1))
    backoff = backoff * (0.5 + rng.random() / 2)  # jitter, so stations do not retry in step
    return max(backoff, retry_after) if retry_after else backoff


class OutboxRunner:
    """Sends due actions for a set of platforms, one at a time per platform."""

    def __init__(self, adapters: Mapping[Platform, PlatformAdapter], db: Database, clock: Clock, bus: ChangeBus,
                 settings: OutboxSettings | None = None, rng: random.Random | None = None,
                 on_sent: Callable[[Platform], None] | None = None,
                 may_act: Callable[[], bool] = lambda: True) -> None:
        """Send actions through `adapters`; `on_sent(platform)` after each success (to poll for its result).

        `may_act()` is asked before each send: False (this station lost the outbox lease) stops the
        runner with `LeaseLostError`.
        """
        self.adapters = dict(adapters)
        self.db = db
        self.outbox = OutboxRepository(db)
        self.orders = OrderRepository(db)
        self.clock = clock
        self.bus = bus
        self.settings = settings or OutboxSettings()
        self.rng = rng or random.Random()
        self._wake = asyncio.Event()
        self._on_sent = on_sent
        self.may_act = may_act

    def wake(self) -> None:
        """Look for due actions now (called after a button press)."""
        self._wake.set()

    async def recover(self) -> Changes:
        """After a restart: reconcile actions that were on their way when we stopped."""
        changes = Changes()
        for record in self.outbox.in_state(ActionState.SENDING):
            log.info("action %s %s was in flight at shutdown: reconciling", record.id, record.action.value)
            changes |= await self._reconcile(record, resend_if_not_done=True)
        self.bus.publish(changes)
        return changes

    async def run(self) -> None:
        """Send due actions until cancelled."""
        await self.recover()
        while True:
            await self.run_due()
            self._wake.clear()
            next_due = self.outbox.next_due()
            wait = self.settings.idle_wait
            if next_due is not None:
                wait = min(wait, max(0.0, (next_due - self.clock.now()).total_seconds()))
            if wait > 0:
                await sleep_or_wake(self.clock, wait, self._wake)

    async def run_due(self) -> Changes:
        """Send every action that is due now; returns what changed."""
        due = [r for r in self.outbox.due(self.clock.now()) if r.key.platform in self.adapters]
        by_platform: dict[Platform, list[ActionRecord]] = {}
        for record in due:
            by_platform.setdefault(record.key.platform, []).append(record)

        async def platform_queue(records: list[ActionRecord]) -> Changes:
            result = Changes()
            for record in records:
                result |= await self.send(record)
            return result

        results = await asyncio.gather(*(platform_queue(rs) for rs in by_platform.values()))
        changes = Changes()
        for result in results:
            changes |= result
        return changes

    def _request(self, record: ActionRecord) -> ActionRequest | None:
        stored = self.orders.get(record.key)
        if stored is None:
            return None
        p = record.params
        return ActionRequest(
            action=record.action, order=stored.order, reason_code=str(p.get("reason_code", "")),
            reason=str(p.get("reason", "")), preparation_minutes=p.get("preparation_minutes"),
            items=tuple((str(i), int(q)) for i, q in p.get("items", [])),
            external_code=str(p.get("external_code", "")) or f"KDS-{record.id}",
            extra={str(k): str(v) for k, v in dict(p.get("extra") or {}).items()})

    async def send(self, record: ActionRecord) -> Changes:
        """Send one action and record the outcome."""
        now = self.clock.now()
        request = self._request(record)
        changes = Changes(actions=frozenset({record.id}), orders=frozenset({record.key}))
        if request is None:
            self.outbox.mark_failed(record.id, now, "order not stored", ErrorKind.MISSING_ORDER)
            self.bus.publish(changes)
            return changes
        if not self.may_act():
            raise LeaseLostError("outbox")
        if not self.outbox.mark_sending(record.id, now):
            log.info("action %s %s was taken or withdrawn meanwhile: not sent here", record.id, record.action.value)
            return Changes()
        self.bus.publish(changes)
        adapter = self.adapters[record.key.platform]
        try:
            await adapter.perform(request)
        except InvalidStateError as exc:
            log.info("action %s %s: %s; reconciling", record.id, record.action.value, exc)
            changes |= await self._reconcile(record, resend_if_not_done=False, error=str(exc))
            self.bus.publish(changes)
            return changes
        except PlatformTransientError as exc:
            self._retry_or_fail(record, str(exc), ErrorKind.TRANSIENT, exc.retry_after)
        except PlatformAuthError as exc:
            self.outbox.mark_failed(record.id, self.clock.now(), str(exc), ErrorKind.AUTH)
        except PlatformRejectedError as exc:
            self.outbox.mark_failed(record.id, self.clock.now(), str(exc), ErrorKind.REJECTED)
        except PlatformPayloadError as exc:
            self.outbox.mark_failed(record.id, self.clock.now(), str(exc), ErrorKind.PAYLOAD)
        else:
            self.outbox.mark_done(record.id, self.clock.now())
            log.info("action %s %s on %s done", record.id, record.action.value, record.key)
            if self._on_sent is not None:
                self._on_sent(record.key.platform)
        self.bus.publish(changes)
        return changes

    def _retry_or_fail(self, record: ActionRecord, error: str, kind: ErrorKind, retry_after: float | None) -> None:
        attempts = record.attempts + 1
        now = self.clock.now()
        if attempts >= self.settings.max_attempts:
            self.outbox.mark_failed(record.id, now, error, kind)
            log.warning("action %s %s failed after %d attempts: %s", record.id, record.action.value,
                        attempts, error)
            return
        backoff = retry_delay(self.settings, attempts, self.rng, retry_after)
        self.outbox.mark_retry(record.id, now, now + timedelta(seconds=backoff), error, kind)

    async def _reconcile(self, record: ActionRecord, *, resend_if_not_done: bool, error: str = "") -> Changes:
        """Look at the order afresh and decide whether the action already took effect."""
        changes = Changes(actions=frozenset({record.id}), orders=frozenset({record.key}))
        adapter = self.adapters.get(record.key.platform)
        if adapter is None:
            return Changes()
        try:
            fetched = await adapter.fetch_order(record.key.order_id)
        except PlatformError as exc:
            # Cannot tell yet. Retrying is safe: if the first send did arrive, the platform answers
            # "not in a valid state" and we reconcile again instead of acting twice.
            self._retry_or_fail(record, f"{error or 'in flight at restart'}; {exc}", ErrorKind.TRANSIENT, None)
            return changes
        now = self.clock.now()
        with self.db.transaction():
            for event in fetched.events:
                self.orders.add_event(event, RawEvent.synthetic(event), now)
            events = self.orders.events_for(record.key)
            status = fold(events, fetched.order.type)
            stored = self.orders.get(record.key)
            if stored is not None and stored.status != status:
                self.orders.save_status(record.key, status, now)
                notes = ChangeNotes()
                notes.add(record.key, stored.status, status, events)
                changes |= notes.changes()
        if action_satisfied(record.action, status):
            self.outbox.mark_done(record.id, now, outcome=ALREADY_DONE)
        elif resend_if_not_done:
            # It never reached the platform (or the platform forgot it): send it now. If it did
            # reach it after all, the platform answers 422 and we land back here without resending.
            self.outbox.db.conn.execute("UPDATE actions SET state='pending' WHERE id=?", (record.id,))
        else:
            self.outbox.mark_failed(record.id, now, error or "not possible in the order's state",
                                    ErrorKind.INVALID_STATE)
        return changes


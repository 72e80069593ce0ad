"""Reads the customer's phone and address of self-delivery orders once they are accepted.

When a self-delivery order is accepted (here or on the platform), its `ENC_` phone and address
are queued for the platform's batchDecrypt (`ContactRepository.request`, one row per order, so the
queue survives a restart). A background task sends them with retry and backoff like an outbox
action; what comes back is stored apart from the order and announced as `Changes.contacts`, so
the card, the drawer and the receipt show it. Orders the platform's riders deliver are never sent:
the platforms refuse them, and their customers' data is none of the restaurant's business.

Decrypted values are taught to the log redactor at once (and again after a start), and never logged.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta

from kds.clock import Clock, sleep_or_wake
from kds.domain.changes import Changes
from kds.domain.contact import Contact, ContactState, decrypted, encrypted_texts, needs_decryption
from kds.domain.order import Address, Platform, is_encrypted
from kds.domain.states import Stage
from kds.platforms.base import PlatformAdapter, PlatformError, PlatformRejectedError, PlatformTransientError
from kds.services.bus import ChangeBus
from kds.store.contacts import ContactRecord, ContactRepository
from kds.store.db import Database
from kds.store.orders import OrderRepository
from kds.support.redaction import REDACTOR

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ContactSettings:
    """Retry policy of batchDecrypt (the outbox's, with more patience: nobody is waiting on a button)."""

    max_attempts: int = 8
    base_backoff: float = 2.0
    max_backoff: float = 120.0
    idle_wait: float = 30.0  # how long to sleep with nothing due before looking again


def _merge(old: Address | None, new: Address | None) -> Address | None:
    """`new`, keeping each field `old` had already decrypted."""
    if old is None or new is None:
        return new or old
    return replace(new, **{f.name: getattr(old, f.name) for f in fields(Address)
                           if is_encrypted(getattr(new, f.name)) and not is_encrypted(getattr(old, f.name))})


def _complete(phone: str, address: Address | None) -> bool:
    return not is_encrypted(phone) and (address is None or not address.encrypted)


def learn(contact: Contact) -> None:
    """Teach the log redactor a contact's plain phone and address (so no log line can carry them)."""
    if contact.phone and not is_encrypted(contact.phone):
        REDACTOR.learn_phone(contact.phone)
    if contact.address is not None:
        REDACTOR.learn_address(contact.address)


class ContactService:
    """Queues and sends batchDecrypt for accepted self-delivery orders; never blocks the caller."""

    def __init__(self, adapters: Mapping[Platform, PlatformAdapter], db: Database, clock: Clock, bus: ChangeBus,
                 settings: ContactSettings | None = None, rng: random.Random | None = None) -> None:
        """Decrypt through `adapters`; listen on `bus` for accepted orders."""
        self.adapters = dict(adapters)
        self.contacts = ContactRepository(db)
        self.orders = OrderRepository(db)
        self.clock = clock
        self.bus = bus
        self.settings = settings or ContactSettings()
        self.rng = rng or random.Random()
        self._wake = asyncio.Event()
        self._unsubscribe = bus.subscribe(self.on_changes)

    def close(self) -> None:
        """Stop listening."""
        self._unsubscribe()

    def on_changes(self, changes: Changes) -> None:
        """Bus listener: queue the contact of every self-delivery order just accepted."""
        asked = False
        for key in changes.accepted:
            stored = self.orders.get(key)
            if stored is None or stored.status.stage is Stage.CANCELLED:
                continue
            if self.contacts.request(stored.order, self.clock.now()):
                log.info("contact of %s queued for decryption", key)
                asked = True
        if asked:
            self._wake.set()

    def catch_up(self) -> None:
        """After a start: teach the redactor what was read before, and queue what a crash may have missed."""
        for contact in self.contacts.readable():
            learn(contact)
        now = self.clock.now()
        for stored in self.orders.open_orders():
            if stored.status.accepted_at is not None and stored.status.stage is not Stage.CANCELLED \
                    and needs_decryption(stored.order) and self.contacts.request(stored.order, now):
                log.info("contact of %s queued for decryption (missed before)", stored.order.key)

    async def run(self) -> None:
        """Read due contacts until cancelled."""
        self.catch_up()
        while True:
            await self.run_due()
            self._wake.clear()
            wait = self.settings.idle_wait
            next_due = self.contacts.next_due()
            if next_due is not None:
                wait = min(wait, max(0.0, (next_due - self.clock.now()).total_seconds()))
            if wait > 0:
                await sleep_or_wake(self.clock, wait, self._wake)

    async def run_due(self) -> Changes:
        """Read every contact that is due now (of the platforms we have); returns what changed."""
        changes = Changes()
        for record in self.contacts.due(self.clock.now()):
            if record.key.platform in self.adapters:
                changes |= await self.read(record)
        return changes

    async def read(self, record: ContactRecord) -> Changes:
        """One batchDecrypt attempt for one order; stores and announces the outcome."""
        key, attempts = record.key, record.attempts + 1
        stored = self.orders.get(key)
        if stored is None:  # cannot happen while the row references the order; nothing to do
            return Changes()
        old = record.contact
        if stored.status.stage is Stage.CANCELLED:
            return self._settle(record, replace(old, state=ContactState.FAILED), attempts, "order cancelled")
        try:
            plain = await self.adapters[key.platform].decrypt(stored.order, encrypted_texts(stored.order))
        except PlatformRejectedError as exc:
            log.warning("contact of %s: the platform refused to decrypt it (%s)", key, exc)
            return self._settle(record, replace(old, state=ContactState.FAILED), attempts, str(exc))
        except PlatformError as exc:
            retry_after = exc.retry_after if isinstance(exc, PlatformTransientError) else None
            return self._again(record, old, attempts, str(exc), retry_after)
        phone, address = decrypted(stored.order, plain)
        phone = old.phone if is_encrypted(phone) and old.phone and not is_encrypted(old.phone) else phone
        address = _merge(old.address, address)
        contact = Contact(ContactState.PENDING, phone if not is_encrypted(phone) else "", address)
        learn(contact)
        if _complete(phone, address):
            log.info("contact of %s decrypted", key)
            return self._settle(record, replace(contact, state=ContactState.DONE), attempts, "")
        return self._again(record, contact, attempts, "some fields were not decrypted", None)

    def _again(self, record: ContactRecord, contact: Contact, attempts: int, error: str,
               retry_after: float | None) -> Changes:
        if attempts >= self.settings.max_attempts:
            log.warning("contact of %s: giving up after %d attempts: %s", record.key, attempts, error)
            return self._settle(record, replace(contact, state=ContactState.FAILED), attempts, error)
        backoff = min(self.settings.max_backoff, self.settings.base_backoff * 2 ** (attempts - 1))
        backoff *= 0.5 + self.rng.random() / 2  # jitter, so stations do not retry in step
        if retry_after:
            backoff = max(backoff, retry_after)
        now = self.clock.now()
        self.contacts.save(record.key, contact, now, attempts=attempts, next_attempt=now + timedelta(seconds=backoff),
                           error=error)
        log.info("contact of %s: attempt %d failed (%s); again in %.0f s", record.key, attempts, error, backoff)
        return self._publish(record, contact)

    def _settle(self, record: ContactRecord, contact: Contact, attempts: int, error: str) -> Changes:
        self.contacts.save(record.key, contact, self.clock.now(), attempts=attempts, error=error)
        return self._publish(record, contact)

    def _publish(self, record: ContactRecord, contact: Contact) -> Changes:
        if contact == record.contact:
            return Changes()
        changes = Changes(orders=frozenset({record.key}), contacts=frozenset({record.key}))
        self.bus.publish(changes)
        return changes

    def next_due(self) -> datetime | None:
        """When the next attempt is due (None: nothing waits)."""
        return self.contacts.next_due()

"""Sold out ("86"): the dish catalogue, switching a dish off everywhere, and how each platform was told.

The catalogue (`kds.store.dishes`) is filled as orders are stored. Marking a dish sold out records
one store control per platform it is sold on (`StoreControlRunner.sell_out`), with its reversal
at the chosen end, so it is back in stock by itself at that time, also after a restart. Platforms
KDS can tell are sent the dish's codes there; the others are only marked here, and the sheet says
where staff switch the dish off instead.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kds.clock import Clock
from kds.domain.changes import Changes
from kds.domain.dishes import Dish, entry_of
from kds.domain.order import Order, Platform
from kds.services.bus import ChangeBus
from kds.services.store_control import StoreControlRunner
from kds.store.db import Database
from kds.store.dishes import DishRepository
from kds.store.outbox import ActionState
from kds.store.store_controls import ControlRecord

log = logging.getLogger(__name__)

BACKFILL_BATCH = 100
"""Stored orders read into the catalogue per step: one short transaction, then the loop's turn."""


class Telling(StrEnum):
    """Where telling a platform that a dish is sold out stands."""

    TOLD = "told"  # the platform took it
    SENDING = "sending"  # on its way
    RETRYING = "retrying"  # failed, tried again with backoff
    FAILED = "failed"  # the platform refused it (staff can mark the dish again)
    CANNOT = "cannot"  # KDS cannot tell this platform: staff do it on its own app or tablet


@dataclass(frozen=True, slots=True)
class PlatformTelling:
    """How one platform was told about a sold-out dish.

    Attributes:
        platform: which platform.
        state: where telling it stands.
        error: the last error, as the platform worded it ("" when none).
    """

    platform: Platform
    state: Telling
    error: str = ""


@dataclass(frozen=True, slots=True)
class SoldOutState:
    """Whether a dish is sold out now, until when, and what each platform was told.

    Attributes:
        sold_out: it is sold out on at least one platform.
        until: when it is back by itself (None: until switched back, or not sold out).
        platforms: each platform it is sold out on, and how that platform was told.
    """

    sold_out: bool
    until: datetime | None
    platforms: tuple[PlatformTelling, ...]


class SoldOutService:
    """The dish catalogue and sold-out controls over it."""

    def __init__(self, db: Database, runner: StoreControlRunner, clock: Clock, bus: ChangeBus) -> None:
        """Read the catalogue in `db`; take controls through `runner`."""
        self.catalogue = DishRepository(db)
        self.runner = runner
        self.clock = clock
        self.bus = bus
        # `entries` is asked on every tick: it is kept until a control changes, a new order may bring a
        # new entry of a sold-out dish, or the next scheduled control takes effect.
        self._entries: frozenset[tuple[Platform, str]] | None = None
        self._entries_until: datetime | None = None
        bus.subscribe(self._forget)

    def _forget(self, changes: Changes) -> None:
        if changes.store or changes.new_orders:
            self._entries = None

    async def backfill(self, batch: int = BACKFILL_BATCH) -> None:
        """Read the orders stored before the catalogue existed into it, `batch` at a time, once.

        A background step at start: each batch is one short transaction, then the event loop's turn,
        so the screen never waits on it. Once every stored order is read it does nothing, and after
        an interruption it goes on where it stopped.
        """
        steps = 0
        while self.catalogue.backfill_step(batch):
            steps += 1
            self._entries = None  # a sold-out dish may have gained an entry
            await asyncio.sleep(0)
        self._entries = None
        if steps:
            log.info("dish catalogue: stored orders read in %d steps", steps + 1)

    def dishes(self, text: str = "") -> list[Dish]:
        """The dishes whose names or codes contain `text` (every dish for ""), by name."""
        return self.catalogue.dishes(text)

    def dish(self, key: str) -> Dish | None:
        """The dish `key`, if the catalogue has it."""
        return self.catalogue.dish(key)

    def dishes_of(self, order: Order) -> list[Dish]:
        """The dishes of `order`'s lines, each once, in the order's order."""
        found: dict[str, Dish] = {}
        for line in order.lines:
            entry = entry_of(order.key.platform, line)
            dish = self.catalogue.dish_of(order.key.platform, entry.key)
            if dish is not None:
                found.setdefault(dish.key, dish)
        return list(found.values())

    def sell_out(self, key: str, until: datetime | None) -> Changes:
        """Mark dish `key` sold out on every platform it is sold on, until `until` (None: until switched back)."""
        dish = self.catalogue.dish(key)
        return Changes() if dish is None else self.runner.sell_out(key, dish.codes(), until)

    def back_in_stock(self, key: str) -> Changes:
        """Dish `key` can be ordered again everywhere."""
        dish = self.catalogue.dish(key)
        return Changes() if dish is None else self.runner.back_in_stock(key, dish.codes())

    def link(self, keep: str, other: str) -> Changes:
        """Dish `other` is the same dish as `keep`: one dish from now on.

        Its sold-out controls (and their scheduled back-in-stock) become `keep`'s, so a dish sold
        out before the link stays sold out, and comes back at its time, under its new key.
        """
        kept, linked = self.catalogue.dish(keep), self.catalogue.dish(other)
        if linked is not None and keep != other:
            with self.catalogue.db.transaction():
                self.catalogue.link(keep, other)
                self.runner.repo.move_item(other, keep, linked.platforms, self.clock.now())
        return self._changed(kept, linked)

    def split(self, platform: Platform, entry_key: str, dish: str) -> Changes:
        """The entry (`platform`, `entry_key`) of dish `dish` is a dish of its own from now on.

        It keeps the dish's sold-out state on its platform and the same back-in-stock time: the
        control moves to it when `dish` has no other entry there, else it is copied (with only the
        entry's code).
        """
        before = self.catalogue.dish(dish)
        entry = next((e for e in before.entries if (e.platform, e.key) == (platform, entry_key)), None) \
            if before is not None else None
        now = self.clock.now()
        with self.catalogue.db.transaction():
            key = self.catalogue.split(platform, entry_key)
            after = self.catalogue.dish(dish)
            if entry is not None and key != dish:
                if after is None or platform not in after.platforms:
                    self.runner.repo.move_item(dish, key, [platform], now)
                else:
                    self.runner.repo.copy_item(dish, key, platform, [entry.code] if entry.code else [], now)
        return self._changed(after, self.catalogue.dish(key))

    def _changed(self, *dishes: Dish | None) -> Changes:
        changes = Changes(store=frozenset(p for d in dishes if d is not None for p in d.platforms))
        self.bus.publish(changes)
        return changes

    def state(self, dish: Dish) -> SoldOutState:
        """Whether `dish` is sold out now, until when, and what each of its platforms was told."""
        records = [(p, r) for p in dish.platforms if (r := self.runner.sold_out(dish.key, p)) is not None]
        if not records:
            return SoldOutState(False, None, ())
        ends = [r.control.until for _, r in records]
        until = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
        return SoldOutState(True, until, tuple(self._telling(p, r) for p, r in records))

    def _telling(self, platform: Platform, record: ControlRecord) -> PlatformTelling:
        if not record.control.codes or not self.runner.can_sell_out(platform):
            return PlatformTelling(platform, Telling.CANNOT)
        if record.state == ActionState.DONE.value:
            return PlatformTelling(platform, Telling.TOLD)
        if record.state == ActionState.FAILED.value:
            return PlatformTelling(platform, Telling.FAILED, record.last_error)
        if record.attempts:
            return PlatformTelling(platform, Telling.RETRYING, record.last_error)
        return PlatformTelling(platform, Telling.SENDING)

    def entries(self) -> frozenset[tuple[Platform, str]]:
        """The (platform, entry key) of every dish sold out now: what cards and tickets mark."""
        now = self.clock.now()
        if self._entries is None or (self._entries_until is not None and now >= self._entries_until):
            items = self.runner.sold_out_items()
            self._entries = frozenset(self.catalogue.entries_of(items)) if items else frozenset()
            self._entries_until = self.runner.repo.next_change(now)
        return self._entries

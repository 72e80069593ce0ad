"""Sold out ("86"): the dish catalogue, switching a dish off everywhere, and how each platform was told.

The catalogue (`kds.store.dishes`) is filled as orders are stored. Marking a dish sold out records
one store control per platform it is sold on (`StoreControlRunner.sell_out`), with its reversal
at the chosen end, so it is back in stock by itself at that time, also after a restart. Platforms
KDS can tell are sent the dish's codes there; the others are only marked here, and the sheet says
where staff switch the dish off instead.
"""

from __future__ import annotations

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
        """Dish `other` is the same dish as `keep`: one dish from now on."""
        kept, linked = self.catalogue.dish(keep), self.catalogue.dish(other)
        self.catalogue.link(keep, other)
        return self._changed(kept, linked)

    def split(self, platform: Platform, entry_key: str, dish: str) -> Changes:
        """The entry (`platform`, `entry_key`) of dish `dish` is a dish of its own from now on."""
        self.catalogue.split(platform, entry_key)
        return self._changed(self.catalogue.dish(dish))

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

"""Other stations' changes on this station's bus: the shared store's change feed, turned into `Changes`.

On a shared store (PostgreSQL) a `ChangeListener` thread reads what other stations committed; each
batch is handed to the event loop, turned into the `Changes` the writer published on its own bus,
and published here, so the board, the drawer, printing and health refresh exactly as for a change
made on this screen. A single SQLite station has no one else to hear: nothing runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable

from kds.domain.changes import Changes
from kds.domain.order import OrderKey, Platform
from kds.services.bus import ChangeBus
from kds.store.db import Database
from kds.store.feed import Change, ChangeListener
from kds.store.orders import OrderRepository
from kds.store.stations import SETTINGS_TOPIC

log = logging.getLogger(__name__)


def changes_of(batch: Iterable[Change]) -> Changes:
    """The `Changes` a batch of change-log rows stands for (rows naming unknown platforms are left out)."""
    orders: set[OrderKey] = set()
    new_orders: set[OrderKey] = set()
    actions: set[int] = set()
    print_jobs: set[int] = set()
    store: set[Platform] = set()
    contacts: set[OrderKey] = set()
    settings: set[str] = set()
    for change in batch:
        try:
            if change.topic == "order":
                key = OrderKey.parse(change.item)
                orders.add(key)
                if change.op == "insert":
                    new_orders.add(key)
            elif change.topic == "action":
                actions.add(int(change.item))
                orders.add(OrderKey.parse(change.ref))
            elif change.topic == "print_job":
                print_jobs.add(int(change.item))
            elif change.topic == "store_control":
                store.add(Platform(change.ref))
            elif change.topic == "contact":
                key = OrderKey.parse(change.item)
                contacts.add(key)
                orders.add(key)
            elif change.topic == SETTINGS_TOPIC:
                settings.add(change.item)
        except ValueError:
            log.debug("change %s names something this KDS does not know", change.seq)
    return Changes(orders=frozenset(orders), new_orders=frozenset(new_orders), actions=frozenset(actions),
                   print_jobs=frozenset(print_jobs), store=frozenset(store), contacts=frozenset(contacts),
                   settings=frozenset(settings))


class StationFeed:
    """Publishes other stations' changes on `bus`; start it on the event loop, stop it on shutdown."""

    def __init__(self, db: Database, bus: ChangeBus, *, on_lost: Callable[[], Changes] | None = None,
                 wake: Callable[[Changes], None] | None = None) -> None:
        """Listen on `db` (when it is shared).

        `on_lost` gives the `Changes` to publish when changes were lost (the station was too far
        behind): by default, every open order and store control is refreshed. `wake` hears every
        batch first (the engine's runners look for work another station stored).
        """
        self.db = db
        self.bus = bus
        self.on_lost = on_lost
        self.wake = wake
        self.listener: ChangeListener | None = None

    def start(self) -> None:
        """Start listening (from the event loop's thread); nothing to do on an unshared store."""
        if not self.db.shared or self.listener is not None:
            return
        loop = asyncio.get_running_loop()

        def deliver(batch: list[Change], lost: bool) -> None:  # on the listener's thread
            with contextlib.suppress(RuntimeError):  # the loop closed: the station is stopping
                loop.call_soon_threadsafe(self._publish, batch, lost)

        self.listener = ChangeListener(self.db, deliver)
        self.listener.start()

    def _publish(self, batch: list[Change], lost: bool) -> None:
        changes = changes_of(batch)
        if lost:
            changes = changes | (self.on_lost() if self.on_lost is not None else self._everything())
        if self.wake is not None:
            self.wake(changes)
        self.bus.publish(changes)

    def _everything(self) -> Changes:
        keys = frozenset(stored.order.key for stored in OrderRepository(self.db).open_orders())
        return Changes(orders=keys, store=frozenset(Platform))

    async def stop(self) -> None:
        """Stop listening (the thread ends within a fraction of a second)."""
        listener, self.listener = self.listener, None
        if listener is not None:
            await asyncio.to_thread(listener.stop)

"""Receipts: events a relay-fed adapter derives from its own successful actions.

A platform that pushes no webhook for some of its actions (marking the food ready, say) has
already proven the move by answering the action successfully. The adapter queues a receipt event
(`RECEIPT_TYPE`), which its next `poll()` returns at once: `Receipts.read` gives up a long-poll in
progress as soon as one is queued. Receipts are never acknowledged to the relay; a webhook saying
the same later is stale in the fold.
"""

from __future__ import annotations

import asyncio
from typing import Any

from kds.clock import Clock
from kds.domain.events import OrderEvent, RawEvent
from kds.platforms.relay.reader import RECEIPT_TYPE, RelayClient


class Receipts:
    """The queue of receipts of one adapter, and a relay read that a new receipt interrupts."""

    def __init__(self, clock: Clock) -> None:
        """Idle on `clock`."""
        self.clock = clock
        self._queued: list[tuple[OrderEvent, RawEvent]] = []
        self._ready = asyncio.Event()

    def add(self, event: OrderEvent, payload: dict[str, Any] | None = None) -> None:
        """Queue `event` (its raw form a receipt's, with `payload`) and wake a read in progress."""
        raw = RawEvent(event.event_id, event.order_id, RECEIPT_TYPE, payload or {"receipt": event.kind.value})
        self._queued.append((event, raw))
        self._ready.set()

    def take(self) -> list[tuple[OrderEvent, RawEvent]]:
        """Every queued receipt, oldest first; the queue is emptied."""
        self._ready.clear()
        taken, self._queued = self._queued, []
        return taken

    def give_back(self, taken: list[tuple[OrderEvent, RawEvent]]) -> None:
        """Put receipts a failed poll did not deliver back in front of the queue."""
        self._queued[:0] = taken

    async def read(self, relay: RelayClient, wait: float) -> list[Any]:
        """The relay's events; a long-poll gives up early (returns []) when a receipt is queued."""
        if wait <= 0:
            return await relay.poll(0.0)
        polling = asyncio.ensure_future(relay.poll(wait))
        woken = asyncio.ensure_future(self._ready.wait())
        try:
            await asyncio.wait({polling, woken}, return_when=asyncio.FIRST_COMPLETED)
            if polling.done():
                return polling.result()
            return []  # events the relay had meanwhile stay unacknowledged and come back
        finally:
            # asyncio.wait never swallows a cancel of the caller (awaiting under suppress did).
            unfinished = {t for t in (polling, woken) if not t.done()}
            for task in unfinished:
                task.cancel()
            if unfinished:
                await asyncio.wait(unfinished)
            for task in (polling, woken):
                if task.done() and not task.cancelled():
                    task.exception()  # retrieved: an abandoned request's error is not news

    async def idle(self, seconds: float) -> None:
        """Wait `seconds` on the clock, or until a receipt is queued."""
        if seconds <= 0:
            return
        sleeping = asyncio.ensure_future(self.clock.sleep(seconds))
        woken = asyncio.ensure_future(self._ready.wait())
        try:
            await asyncio.wait({sleeping, woken}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeping, woken):
                task.cancel()

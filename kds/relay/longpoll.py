"""Long-polling: hold a poll open until the tenant has an event, woken in-process or by re-checking.

A webhook handled by this process wakes the tenant's waiting polls at once (`Notifier.notify`).
Events stored by another process sharing the database (PostgreSQL, or the same SQLite file) are
found by re-reading every `recheck` seconds, so they wait at most that long.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


class Notifier:
    """Per-tenant wake-ups for the polls waiting in this process. Use from the event loop only."""

    def __init__(self) -> None:
        """No tenant is being waited for yet."""
        self._signals: dict[str, asyncio.Event] = {}
        self._closed = asyncio.Event()

    @property
    def closed(self) -> bool:
        """True once the server is shutting down: polls answer at once."""
        return self._closed.is_set()

    def signal(self, tenant: str) -> asyncio.Event:
        """The event the next `notify(tenant)` sets. Take it *before* reading the store."""
        if self.closed:
            return self._closed
        found = self._signals.get(tenant)
        if found is None:
            found = self._signals[tenant] = asyncio.Event()
        return found

    def watched(self, tenant: str) -> bool:
        """True once a poll for `tenant` has taken its signal, until the next `notify(tenant)`."""
        return tenant in self._signals

    def notify(self, tenant: str) -> None:
        """Wake every poll waiting for `tenant`; later polls get a fresh event."""
        found = self._signals.pop(tenant, None)
        if found is not None:
            found.set()

    def close(self) -> None:
        """Wake every waiting poll for good (server shutdown)."""
        self._closed.set()
        for found in self._signals.values():
            found.set()
        self._signals.clear()


async def wait_for_events(fetch: Callable[[], Awaitable[list[T]]], notifier: Notifier, tenant: str, *,
                          wait: float, recheck: float) -> list[T]:
    """Return `fetch()`'s first non-empty answer within `wait` seconds, or [] when time is up.

    Args:
        fetch: Reads the tenant's pending events.
        notifier: Wakes the wait when this process stores an event for `tenant`.
        tenant: Whose events.
        wait: The longest to wait (0: read once).
        recheck: The longest between two reads (for events stored by other processes).
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        # Taken before reading, so an event stored between the read and the wait still wakes us.
        signal = notifier.signal(tenant)
        found = await fetch()
        remaining = deadline - loop.time()
        if found or remaining <= 0 or notifier.closed:
            return found
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(signal.wait(), min(remaining, recheck))

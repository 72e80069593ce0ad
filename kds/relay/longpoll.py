"""Long-polling: hold a poll open until the tenant has an event, woken in-process or by re-checking.

A webhook handled by this process wakes the tenant's waiting polls at once (`Notifier.notify`),
but only those that read its platform: a poll for one platform's events sleeps on through a
burst of another's webhooks. On PostgreSQL, a webhook stored by another relay process wakes them
the same way through its notification (`kds.relay.listener`). Whatever no wake-up reaches (the
same SQLite file shared by two processes, a notification lost while the listener reconnected) is
found by re-reading every `recheck` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

Platforms = frozenset[str] | None
"""The platforms a poll reads (None: every platform)."""


def _wakes(platforms: Platforms, platform: str | None) -> bool:
    """True when an event of `platform` (None: of any) is one a poll reading `platforms` wants."""
    return platform is None or platforms is None or platform in platforms


class Notifier:
    """Per-tenant wake-ups for the polls waiting in this process. Use from the event loop only."""

    def __init__(self) -> None:
        """No tenant is being waited for yet."""
        # tenant -> the platforms a group of polls reads -> the event that wakes that group
        self._signals: dict[str, dict[Platforms, asyncio.Event]] = {}
        self._closed = asyncio.Event()

    @property
    def closed(self) -> bool:
        """True once the server is shutting down: polls answer at once."""
        return self._closed.is_set()

    def signal(self, tenant: str, platforms: Platforms = None) -> asyncio.Event:
        """The event the next `notify(tenant, p)` sets for a p in `platforms`. Take it *before* reading."""
        if self.closed:
            return self._closed
        waiting = self._signals.setdefault(tenant, {})
        found = waiting.get(platforms)
        if found is None:
            found = waiting[platforms] = asyncio.Event()
        return found

    def watched(self, tenant: str, platform: str | None = None) -> bool:
        """True once a poll for `tenant` that an event of `platform` (None: any) would wake has taken its signal.

        It stays True until the `notify` that sets the signal.
        """
        return any(_wakes(platforms, platform) for platforms in self._signals.get(tenant, {}))

    def notify(self, tenant: str, platform: str | None = None) -> int:
        """Wake every poll for `tenant` that reads `platform` (None: every poll); later polls get a fresh event.

        Returns:
            How many groups of waiting polls were woken (0: nobody here was waiting for it).
        """
        waiting = self._signals.get(tenant)
        if not waiting:
            return 0
        woken = [p for p in waiting if _wakes(p, platform)]
        for platforms in woken:
            waiting.pop(platforms).set()
        if not waiting:
            del self._signals[tenant]
        return len(woken)

    def notify_all(self) -> int:
        """Wake every waiting poll of every tenant once, so each reads again; returns how many groups."""
        return sum(self.notify(tenant) for tenant in list(self._signals))

    def close(self) -> None:
        """Wake every waiting poll for good (server shutdown)."""
        self._closed.set()
        for waiting in self._signals.values():
            for found in waiting.values():
                found.set()
        self._signals.clear()


async def wait_for_events(fetch: Callable[[], Awaitable[list[T]]], notifier: Notifier, tenant: str, *,
                          wait: float, recheck: float | Callable[[], float], platforms: Platforms = None) -> list[T]:
    """Return `fetch()`'s first non-empty answer within `wait` seconds, or [] when time is up.

    Args:
        fetch: Reads the tenant's pending events (of `platforms`).
        notifier: Wakes the wait when this process stores an event for `tenant` of `platforms`.
        tenant: Whose events.
        wait: The longest to wait (0: read once).
        recheck: The longest between two reads, for events no wake-up reaches (or a callable
            asked before each wait: the interval can depend on whether notifications arrive).
        platforms: The platforms `fetch` reads (None: every platform); events of others do not wake it.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        # Taken before reading, so an event stored between the read and the wait still wakes us.
        signal = notifier.signal(tenant, platforms)
        found = await fetch()
        remaining = deadline - loop.time()
        if found or remaining <= 0 or notifier.closed:
            return found
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(signal.wait(), min(remaining, recheck() if callable(recheck) else recheck))

"""The doorbell between relay processes on one PostgreSQL: `LISTEN` for stored events, wake the polls.

Each relay process keeps one dedicated connection listening on its store's channel; every event a
process stores notifies it right after the commit (`kds.relay.sqlstore`). A notification from
another process wakes this process's polls for that tenant and platform, as a webhook handled here
would (`Notifier.notify`); its own are skipped, since the webhook already woke them.

The table stays the log and the notification only a doorbell: when the listening connection
breaks (the server restarted, the backend was terminated, the network went away; TCP keepalives
find a silent peer), the listener connects again with backoff, and once it is listening again it
wakes every waiting poll once, so an event whose notification nobody heard is read at once rather
than at the next fallback re-check. While it is not listening, `connected` is False and the polls
re-check at the fast interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from kds.clock import Clock
from kds.relay.logs import fields
from kds.relay.longpoll import Notifier

log = logging.getLogger("kds.relay")

# libpq keepalives: a listener whose peer vanished without a word (a cable pulled, a NAT entry
# dropped) notices within about 25 s instead of waiting on a dead socket for the kernel's hours.
_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}


class NotifyListener:
    """Listens on one PostgreSQL channel and wakes this process's long-polls (`run` is its task)."""

    def __init__(self, dsn: str, channel: str, origin: str, notifier: Notifier, clock: Clock, *,
                 retry: float = 1.0, max_retry: float = 16.0) -> None:
        """Listen to `channel` of `dsn` for events stored by processes other than `origin`.

        Args:
            dsn: The relay database (a ``postgresql://`` URI).
            channel: The channel the store rings (`PostgresRelayStore.channel`; letters, digits, ``_``).
            origin: This process's store's name in the payloads (`PostgresRelayStore.origin`).
            notifier: Wakes the polls waiting in this process.
            clock: Sleeps between reconnection attempts.
            retry: Seconds before the first reconnection attempt; doubled after each failure.
            max_retry: The longest pause between attempts.
        """
        self.dsn, self.channel, self.origin = dsn, channel, origin
        self.notifier, self.clock = notifier, clock
        self.retry, self.max_retry = retry, max_retry
        self.connections = 0
        """How many times the listener has started listening (1 + reconnections)."""
        self.rung = 0
        """Notifications from other processes that woke at least one waiting poll here."""
        self.backend_pid: int | None = None
        """The listening connection's server process (None while not listening)."""
        self._listening = asyncio.Event()

    @property
    def connected(self) -> bool:
        """True while notifications can arrive."""
        return self._listening.is_set()

    async def wait_listening(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the listener to be listening; True if it is."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._listening.wait(), timeout)
        return self.connected

    def ring(self, payload: str) -> int:
        """Wake the polls a notification's payload names; returns how many groups woke (0 for our own)."""
        origin, _, rest = payload.partition(" ")
        platform, _, tenant = rest.partition(" ")
        if origin == self.origin or not tenant:
            return 0
        woken = self.notifier.notify(tenant, platform)
        if woken:
            self.rung += 1
        return woken

    async def run(self) -> None:
        """Listen, wake, reconnect after a failure; forever (until cancelled)."""
        import psycopg

        pause = self.retry
        while True:
            before = self.connections
            try:
                await self._listen(psycopg)
            except Exception as exc:  # whatever broke it, the doorbell must come back
                if self.connections > before:
                    pause = self.retry  # it was listening: a new outage starts with a short pause
                # Only the first failure of an outage is a warning; the retries are debug noise.
                # Anything but a database or network error is a bug: logged with its traceback.
                expected = isinstance(exc, psycopg.Error | OSError)
                level = logging.WARNING if pause == self.retry or not expected else logging.DEBUG
                log.log(level, "notification listener disconnected", exc_info=not expected, extra=fields(
                    error=type(exc).__name__, retryIn=pause))
            finally:
                self._listening.clear()
                self.backend_pid = None
            await self.clock.sleep(pause)
            pause = min(pause * 2, self.max_retry)

    async def _listen(self, psycopg: Any) -> None:
        conn = await psycopg.AsyncConnection.connect(self.dsn, autocommit=True, connect_timeout=5, **_KEEPALIVES)
        async with conn:
            await conn.execute(f"LISTEN {self.channel}")
            self.connections += 1
            self.backend_pid = conn.info.backend_pid
            self._listening.set()
            # Events stored while nobody here listened rang no bell: every waiting poll reads again.
            woken = self.notifier.notify_all()
            log.info("notification listener listening", extra=fields(
                connections=self.connections, woken=woken))
            async for notification in conn.notifies():
                self.ring(notification.payload)

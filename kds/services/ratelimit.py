"""A sliding-window rate limiter whose memory is the store: neither a restart nor a takeover bursts past it."""

from __future__ import annotations

import logging

from kds.clock import Clock
from kds.store.outbox import RequestLog

log = logging.getLogger(__name__)


class PersistentRateLimiter:
    """At most `limit` requests per `window` seconds in `bucket`, counted across restarts and stations.

    A slot is recorded *before* the request goes out: a request that fails or crashes still
    counts, exactly as it does on the platform's side.
    """

    def __init__(self, log_store: RequestLog, bucket: str, limit: int, window: float, clock: Clock) -> None:
        """Limit `bucket` to `limit` requests per `window` seconds."""
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.store = log_store
        self.bucket = bucket
        self.limit = limit
        self.window = window
        self.clock = clock
        # Our send time is not the platform's arrival time: requests in flight arrive with a jitter
        # of milliseconds (more on a busy machine), so keep a safety margin: 1.8 s on Keeta's 60 s
        # window, and at least a quarter of a second on the short windows of time-scaled runs.
        self.margin = max(0.25, 0.01 + window * 0.03)

    def _blocked_until(self) -> float:
        value = self.store.get_meta(f"blocked:{self.bucket}")
        return float(value) if value else 0.0

    def wait_time(self) -> float:
        """Seconds until a request may be sent (0 when one may go now)."""
        return self._next_slot()[0]

    def _next_slot(self) -> tuple[float, int, float]:
        """(seconds to wait, the slot to take then, when that slot was last used)."""
        now = self.clock.now().timestamp()
        slot, used = self.store.oldest(self.bucket, self.limit)
        # The oldest of the last `limit` requests must leave the window before another may enter.
        free = used + self.window + self.margin - now if used else 0.0
        return max(0.0, self._blocked_until() - now, free), slot, used

    async def acquire(self) -> None:
        """Wait for a slot, then take it (in the store: another station racing for it takes another, or waits)."""
        while True:
            wait, slot, used = self._next_slot()
            if wait > 0:
                await self.clock.sleep(wait)
                continue
            if self.store.take(self.bucket, slot, used, self.clock.now().timestamp()):
                return

    def block_for(self, seconds: float) -> None:
        """Send nothing for `seconds` (the platform said `Retry-After`)."""
        until = self.clock.now().timestamp() + max(0.0, seconds)
        if until > self._blocked_until():
            self.store.set_meta(f"blocked:{self.bucket}", repr(until))

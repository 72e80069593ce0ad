"""A sliding-window rate limiter whose memory is the database, so restarts cannot burst past it."""

from __future__ import annotations

import logging

from kds.clock import Clock
from kds.store.outbox import RequestLog

log = logging.getLogger(__name__)


class PersistentRateLimiter:
    """At most `limit` requests per `window` seconds in `bucket`, counted across process restarts.

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
        # of milliseconds, so keep a small safety margin (1.8 s on Keeta's 60 s window).
        self.margin = 0.01 + window * 0.03

    def _blocked_until(self) -> float:
        value = self.store.get_meta(f"blocked:{self.bucket}")
        return float(value) if value else 0.0

    def wait_time(self) -> float:
        """Seconds until a request may be sent (0 when one may go now)."""
        now = self.clock.now().timestamp()
        wait = max(0.0, self._blocked_until() - now)
        window = self.window + self.margin
        recent = self.store.since(self.bucket, now - window)
        if len(recent) >= self.limit:
            # The oldest request in the window must leave it before another may enter.
            wait = max(wait, recent[-self.limit] + window - now)
        return wait

    async def acquire(self) -> None:
        """Wait for a slot, then record it."""
        while True:
            wait = self.wait_time()
            if wait <= 0:
                break
            await self.clock.sleep(wait)
        self.store.record(self.bucket, self.clock.now().timestamp())

    def block_for(self, seconds: float) -> None:
        """Send nothing for `seconds` (the platform said `Retry-After`)."""
        until = self.clock.now().timestamp() + max(0.0, seconds)
        if until > self._blocked_until():
            self.store.set_meta(f"blocked:{self.bucket}", repr(until))

"""Holding back requests a platform asked us not to send yet (`Retry-After` on a 429 or 503).

A `Retry-After` delays the next request of the same kind: order details, one kind of action, the
acknowledgment, decrypting, the token. The gate answers at once instead of sleeping, so no caller
ever waits on another's backoff: the poller leaves that order for later, the outbox schedules the
action again, and the request is never sent before the platform's time.
"""

from __future__ import annotations

import logging

from kds.clock import Clock
from kds.platforms.base import PlatformError, PlatformTransientError, RateLimitedError

log = logging.getLogger(__name__)


class RequestGate:
    """`Retry-After` per request kind, on the clock's monotonic time."""

    def __init__(self, clock: Clock, platform: str) -> None:
        """Gate the requests of `platform` (its name goes into the errors' messages)."""
        self._clock = clock
        self._platform = platform
        self._until: dict[str, float] = {}

    def check(self, kind: str) -> None:
        """Raise a transient error (with the seconds left) when `kind` may not be sent yet."""
        until = self._until.get(kind)
        if until is None:
            return
        left = until - self._clock.monotonic()
        if left <= 0:
            del self._until[kind]
            return
        raise PlatformTransientError(f"{self._platform} {kind}: waiting {left:.1f} s as the platform asked",
                                     code="retry_after", retry_after=left)

    def observe(self, kind: str, error: PlatformError) -> None:
        """Remember a `Retry-After` carried by `error` (a 429 or a 5xx) for the next `kind` request."""
        if not isinstance(error, PlatformTransientError) or not error.retry_after:
            return
        until = self._clock.monotonic() + error.retry_after
        if until > self._until.get(kind, 0.0):
            self._until[kind] = until
            log.info("%s %s: next request not before %.1f s (Retry-After%s)", self._platform, kind,
                     error.retry_after, ", rate limited" if isinstance(error, RateLimitedError) else "")

    def waiting(self, kind: str) -> float:
        """Seconds `kind` must still wait (0 when it may go)."""
        return max(0.0, self._until.get(kind, 0.0) - self._clock.monotonic())

"""Injected time: the system clock, and a fake clock for tests and simulations."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Wall time (UTC, aware), monotonic seconds, and sleeping."""

    def now(self) -> datetime:
        """Current UTC time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Sleep `seconds` of this clock's time."""
        ...


async def sleep_or_wake(clock: Clock, seconds: float, wake: asyncio.Event) -> None:
    """Sleep `seconds` on `clock`, or less if `wake` is set meanwhile (e.g. "poll now", "send now")."""
    sleeper = asyncio.ensure_future(clock.sleep(seconds))
    waker = asyncio.ensure_future(wake.wait())
    try:
        await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        sleeper.cancel()
        waker.cancel()


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """Current UTC time."""
        return datetime.now(UTC)

    def monotonic(self) -> float:
        """`time.monotonic()`."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """`asyncio.sleep`."""
        await asyncio.sleep(max(0.0, seconds))


class OffsetClock:
    """Another clock shifted by an offset: the platform's clock, estimated from its `Date` header."""

    def __init__(self, base: Clock, offset: timedelta = timedelta(0)) -> None:
        """Wrap `base`, shifted by `offset`."""
        self.base = base
        self.offset = offset

    def now(self) -> datetime:
        """Base time plus the offset."""
        return self.base.now() + self.offset

    def monotonic(self) -> float:
        """The base clock's monotonic time."""
        return self.base.monotonic()

    async def sleep(self, seconds: float) -> None:
        """Sleep on the base clock."""
        await self.base.sleep(seconds)


class FakeClock:
    """A clock that moves only when told to. `sleep` waits until `advance` has moved time far enough.

    With `autojump=True`, a sleeper that nobody else is waiting behind makes time jump to its wake-up
    (like trio's autojump clock), so simulated minutes pass instantly.
    """

    def __init__(self, start: datetime | None = None, *, autojump: bool = False) -> None:
        """Start at `start` (default 2026-01-01 12:00 UTC)."""
        self._now = start or datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
        self._mono = 1000.0
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []
        self.autojump = autojump

    def now(self) -> datetime:
        """The fake time."""
        return self._now

    def monotonic(self) -> float:
        """Fake monotonic seconds."""
        return self._mono

    def set(self, when: datetime) -> None:
        """Jump to `when` (forward only)."""
        self.advance((when - self._now).total_seconds())

    def advance(self, seconds: float) -> None:
        """Move time forward and wake every sleeper whose time has come."""
        if seconds < 0:
            raise ValueError("a fake clock only moves forward")
        self._now += timedelta(seconds=seconds)
        self._mono += seconds
        due = [(t, f) for t, f in self._sleepers if t <= self._mono]
        self._sleepers = [(t, f) for t, f in self._sleepers if t > self._mono]
        for _, fut in due:
            if not fut.done():
                fut.set_result(None)

    async def sleep(self, seconds: float) -> None:
        """Wait until the fake time has advanced by `seconds`."""
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        wake = self._mono + seconds
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleepers.append((wake, fut))
        if self.autojump:
            asyncio.get_running_loop().call_soon(self._autojump)
        await fut

    def _autojump(self) -> None:
        pending = [t for t, f in self._sleepers if not f.done()]
        if pending:
            self.advance(max(0.0, min(pending) - self._mono))

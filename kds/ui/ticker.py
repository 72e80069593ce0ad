"""The one shared ticker: a single 1 Hz `QTimer` drives every countdown on the screen.

No ticket owns a timer (DESIGN invariant 5). Views read `Ticker.now` when they paint, so every
clock on the screen shows the same instant, and tests move a `FakeClock` and call `tick()`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kds.clock import Clock


class Ticker(QObject):
    """Emits `ticked(now)` once a second, `now` being the injected clock's time."""

    ticked = Signal(object)
    """Emitted with the clock's `datetime` after each tick."""

    def __init__(self, clock: Clock, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        """Tick every `interval_ms` on `clock` (not started: call `start()`)."""
        super().__init__(parent)
        self.clock = clock
        self.now: datetime = clock.now()
        self._timer = QTimer(self)
        self._timer.setObjectName("kds-ticker")
        # A coarse timer may drift by up to 5 %, which would make mm:ss skip a second now and then.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Start ticking."""
        self._timer.start()

    def stop(self) -> None:
        """Stop ticking."""
        self._timer.stop()

    @property
    def active(self) -> bool:
        """True while the timer runs."""
        return self._timer.isActive()

    def tick(self) -> datetime:
        """Read the clock and tell every listener; returns the new `now`."""
        self.now = self.clock.now()
        self.ticked.emit(self.now)
        return self.now

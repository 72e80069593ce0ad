"""Nothing moves under a finger: layout changes wait while a finger is down and shortly after a tap.

A busy board changes all the time (orders arrive, cards change column, banners come and go). If it
reflowed the instant a change arrived, a tap aimed at one card would land on another, or on a
Cancel… that slid into Undo's place. `TapHold` tracks the finger on the widgets it watches: from
the press until `HOLD` after the release the board and the drawer keep their layout, then apply
what changed at once (`settled`). `TapGuard` covers the reflow that follows: for `HOLD` after a
layout change a tap whose target moved lands on nothing.

Time comes from an injected `now()` (the window's clock; tests move a fake clock). A `QTimer`
wakes the hold up when it should be over; it checks `now()` rather than trusting its own interval.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

HOLD = timedelta(milliseconds=600)
"""How long after a tap (and after a reflow) the layout stays put."""

_PRESS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin})
_RELEASE = frozenset({QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel})


class TapHold(QObject):
    """Holds layout changes while a finger is down on a watched widget and for `HOLD` after it lifts."""

    settled = Signal()
    """The hold is over: apply what waited."""

    def __init__(self, now: Callable[[], datetime], hold: timedelta = HOLD, parent: QObject | None = None) -> None:
        """Hold for `hold` after each tap, with time from `now()`."""
        super().__init__(parent)
        self.now = now
        self.hold = hold
        self.pressed = False
        self.until: datetime | None = None
        self.timer = QTimer(self)
        """Fires when the hold should be over (tests emit its `timeout` after moving the clock)."""
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    @property
    def held(self) -> bool:
        """True while a finger is down or a tap was less than `hold` ago."""
        return self.pressed or (self.until is not None and self.now() < self.until)

    def watch(self, widget: QObject) -> None:
        """Follow presses and releases on `widget` (a view's viewport, the drawer's panel)."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note presses and releases; never consume them."""
        kind = event.type()
        if kind in _PRESS:
            self.press()
        elif kind in _RELEASE:
            self.release()
        return False

    def press(self) -> None:
        """A finger went down."""
        self.pressed = True
        self.timer.stop()

    def release(self) -> None:
        """The finger lifted: hold on for `hold`."""
        self.pressed = False
        self.until = self.now() + self.hold
        self.timer.start(int(self.hold.total_seconds() * 1000))

    def check(self) -> None:
        """End the hold if its time is up (else wait again)."""
        if self.pressed or self.until is None:
            return
        left = (self.until - self.now()).total_seconds()
        if left > 0:
            self.timer.start(max(50, int(left * 1000)))
            return
        self.settle()

    def settle(self) -> None:
        """End the hold now (a key or a test asks where things are now) and apply what waited."""
        self.pressed = False
        self.until = None
        self.timer.stop()
        self.settled.emit()


class TapGuard:
    """Remembers, after a layout change, what each spot showed; for `HOLD` a tap on a moved target is dropped.

    `target(point)` names what a tap at `point` would hit now (e.g. `(order key, button id)`); the
    guard keeps the previous answer function from just before the change.
    """

    def __init__(self, now: Callable[[], datetime], hold: timedelta = HOLD) -> None:
        """Guard for `hold` after each change, with time from `now()`."""
        self.now = now
        self.hold = hold
        self.before: Callable[[int, int], object] | None = None
        self.until: datetime | None = None

    def changing(self, picture: Callable[[], Callable[[int, int], object]]) -> None:
        """The layout is about to change; `picture()` gives `before(x, y)`, what each spot showed until now.

        Within a burst of changes the first picture is what the eye saw: later ones only extend the
        guard, and `picture` is not even called (a reload changes every row).
        """
        now = self.now()
        if self.before is None or self.until is None or now >= self.until:
            self.before = picture()
        self.until = now + self.hold

    def forget(self) -> None:
        """Drop the remembered picture (whoever taps next looked at the screen as it is now)."""
        self.before = None
        self.until = None

    def allows(self, x: int, y: int, target: object, *, harmless: Callable[[object, object], bool]) -> bool:
        """May a tap at (x, y) hitting `target` go through? `harmless(old, new)` may let a changed target pass."""
        if self.before is None or self.until is None or self.now() >= self.until:
            return True
        old = self.before(x, y)
        return old == target or harmless(old, target)

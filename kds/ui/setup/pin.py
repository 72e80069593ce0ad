"""The manager PIN: a numeric keypad sheet, and a gate that locks out after repeated wrong PINs.

The gate is shared by every PIN sheet of the running app, so closing the sheet and opening it again
does not reset the count. After `MAX_FAILURES` wrong PINs in a row it refuses every PIN for
`LOCKOUT` seconds, doubling for each further wrong PIN (up to `MAX_LOCKOUT`); a right PIN resets it.
Checking takes a scrypt hash (~50 ms): short enough for a tap.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kds.station.settings import PIN_PATTERN, Security
from kds.ui.setup.controls import label
from kds.ui.widgets.overlay import Sheet, touch_button
from kds.ui.wording import tr

MAX_FAILURES = 3
LOCKOUT = 10.0
MAX_LOCKOUT = 120.0
MAX_DIGITS = 12


class PinResult(StrEnum):
    """What the gate said about a PIN."""

    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


class PinGate:
    """Checks PINs against the current `Security`, counting failures."""

    def __init__(self, security: Callable[[], Security], now: Callable[[], float] = time.monotonic) -> None:
        """`security()` gives the PIN in force; `now()` is a monotonic clock in seconds (tests pass a fake)."""
        self._security = security
        self._now = now
        self.failures = 0
        self.locked_until = 0.0

    def locked_for(self) -> float:
        """Seconds left of the lockout (0 when PINs are accepted)."""
        return max(0.0, self.locked_until - self._now())

    def check(self, pin: str) -> PinResult:
        """Check `pin`; wrong PINs count towards a lockout."""
        if self.locked_for() > 0:
            return PinResult.LOCKED
        if self._security().check_pin(pin):
            self.failures = 0
            return PinResult.OK
        self.failures += 1
        if self.failures >= MAX_FAILURES:
            extra = self.failures - MAX_FAILURES
            self.locked_until = self._now() + min(MAX_LOCKOUT, LOCKOUT * 2 ** extra)
            return PinResult.LOCKED
        return PinResult.WRONG


class PinSheet(Sheet):
    """A keypad asking for the manager PIN; `accepted` once the right one is entered."""

    accepted = Signal()
    """The right PIN was entered (the sheet closes)."""
    entered = Signal(str)
    """The right PIN, for what it also unlocks (the encrypted credentials file); emitted before `accepted`."""

    def __init__(self, host: QWidget, gate: PinGate, why: str = "") -> None:
        """Ask for the PIN through `gate`; `why` says what it unlocks ("Cancel order #12")."""
        super().__init__(host, tr("Manager PIN"))
        self.gate = gate
        self.pin = ""
        self._lockout_shown = False
        if why:
            self.body.addWidget(label(why, "sheetHint"))
        self.display = QLabel()
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(64)
        self.body.addWidget(self.display)
        self.problem = label("", "sheetProblem")
        self.body.addWidget(self.problem)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.keys: dict[str, QWidget] = {}
        layout = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back")
        for i, key in enumerate(layout):
            text = {"clear": tr("Clear"), "back": "⌫"}.get(key, key)
            button = touch_button(text, kind="key")
            button.setMinimumHeight(72)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        self.body.addLayout(grid)
        self.ok = touch_button(tr("OK"), kind="primary")
        self.ok.clicked.connect(self.submit)
        self.buttons.addWidget(self.ok, 2)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def open(self) -> None:
        """Show the keypad and take the keyboard (digits typed on a keyboard work too)."""
        super().open()
        self.setFocus()
        self._timer.start()

    def press(self, key: str) -> None:
        """A keypad key: a digit, `clear` or `back`."""
        if key == "clear":
            self.pin = ""
        elif key == "back":
            self.pin = self.pin[:-1]
        elif key.isdigit() and len(self.pin) < MAX_DIGITS:
            self.pin += key
        self.refresh()

    def submit(self) -> bool:
        """Check the entered PIN; True (and `accepted`) when it is right."""
        pin, self.pin = self.pin, ""
        result = self.gate.check(pin) if PIN_PATTERN.fullmatch(pin) else PinResult.WRONG
        if result is PinResult.OK:
            self.problem.setText("")
            self._timer.stop()
            self.close_overlay()
            self.entered.emit(pin)
            self.accepted.emit()
            return True
        if result is PinResult.WRONG:
            self.problem.setText(tr("Wrong PIN. Try again."))
        self.refresh()
        return False

    def refresh(self) -> None:
        """Show the dots, and the lockout while it lasts."""
        self.display.setText("●" * len(self.pin) if self.pin else " ")
        left = self.gate.locked_for()
        locked = left > 0
        for button in self.keys.values():
            button.setEnabled(not locked)
        self.ok.setEnabled(not locked and bool(self.pin))
        if locked:
            self.problem.setText(tr("Too many wrong PINs. Try again in %1 s.").replace("%1", str(math.ceil(left))))
        elif self._lockout_shown:
            self.problem.setText("")
        self._lockout_shown = locked

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits, Backspace and Enter from a keyboard."""
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.close_overlay()
        else:
            super().keyPressEvent(event)

    def close_overlay(self) -> None:
        """Close and stop the lockout clock."""
        self._timer.stop()
        super().close_overlay()

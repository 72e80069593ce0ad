"""The main window's keys: a bump bar or a keyboard drives the board without touching it.

`BumpBarKeys` is a mixin of `MainWindow`: its methods use the models and widgets the window sets
up (declared below, so type checking sees them). Digits select a ticket by its number (quick
successive digits make one number), Enter does the selected ticket's primary action (or "OK, seen"
on a cancelled one), the arrows move the selection, Space opens its drawer and Esc closes the
overlay on top. F11 and Ctrl +/- switch full screen and the type size.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMainWindow, QPlainTextEdit, QTextEdit

from kds.domain.order import OrderKey
from kds.ui.theme import Fonts
from kds.ui.viewmodels.board import BoardModel
from kds.ui.widgets.board_view import BoardWidget
from kds.ui.widgets.overlay import Overlay
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.wording import tr

if TYPE_CHECKING:
    _Window = QMainWindow  # type checking sees the window's Qt methods; at run time a plain mixin
else:
    _Window = object

DIGIT_WINDOW = 1.2
"""Seconds within which bump-bar digits add up to one number ("1", "2" → ticket 12)."""


class BumpBarKeys(_Window):
    """Bump-bar and keyboard handling of the main window."""

    # What the window sets up and this mixin relies on.
    board: BoardModel
    board_widget: BoardWidget
    fonts: Fonts
    _digits: str
    _digits_at: float
    show_toast: Callable[[str], None]
    on_button: Callable[[OrderKey, str], None]
    open_drawer: Callable[[OrderKey], OrderDrawer]
    top_overlay: Callable[[], Overlay | None]
    toggle_fullscreen: Callable[[], None]
    set_font_scale: Callable[[float], None]
    remember_appearance: Callable[[], None]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits select a ticket, Enter does its primary action, arrows move, Esc closes."""
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1 and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.select_digit(text)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # A text field (History's search box) passes Enter on when it is done with it: that Enter
            # belongs to the field, never to a ticket.
            if not isinstance(QApplication.focusWidget(), QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
                self.bump()
        elif key == Qt.Key.Key_Escape:
            overlay = self.top_overlay()
            if overlay is not None:
                overlay.close_overlay()
            else:
                self.board.select(None)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.move_selection(+1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1)
        elif key == Qt.Key.Key_Space and self.board.selected is not None:
            self.open_drawer(self.board.selected)
        elif key == Qt.Key.Key_F11:
            self.toggle_fullscreen()
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_font_scale(self.fonts.scale + 0.1)
            self.remember_appearance()
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Minus:
            self.set_font_scale(self.fonts.scale - 0.1)
            self.remember_appearance()
        else:
            super().keyPressEvent(event)

    def select_digit(self, digit: str) -> None:
        """A bump-bar digit: quick successive digits make one number."""
        now = time.monotonic()
        self._digits = (self._digits + digit) if now - self._digits_at < DIGIT_WINDOW else digit
        self._digits_at = now
        key = self.board.key_at_number(int(self._digits))
        if key is None and len(self._digits) > 1:
            self._digits = digit
            key = self.board.key_at_number(int(digit))
        if key is not None:
            self.board.select(key)
            self.board.touch(key)
            self.board_widget.ensure_visible(key)

    def move_selection(self, step: int) -> None:
        """Select the previous or next ticket in bump-bar order."""
        keys = self.board.ticket_keys()
        if not keys:
            return
        current = keys.index(self.board.selected) if self.board.selected in keys else -1
        key = keys[max(0, min(len(keys) - 1, current + step))] if current >= 0 else keys[0]
        self.board.select(key)
        self.board_widget.ensure_visible(key)

    def bump(self) -> None:
        """Enter: the selected ticket's primary action."""
        key = self.board.selected
        if key is None:
            self.show_toast(tr("Select a ticket with its number first."))
            return
        card = self.board.card(key)
        if card is not None and card.button("dismiss") is not None:
            self.on_button(key, "dismiss")  # a cancelled or unreadable order: Enter says "OK, seen"
            return
        action = self.board.primary_action(key)
        if action is None:
            self.show_toast(tr("Enter has nothing to do for this ticket; Space opens it."))
            return
        self.on_button(key, f"action:{action.value}")

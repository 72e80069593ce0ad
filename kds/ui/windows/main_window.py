"""The main window: top bar, banners, the board, the status bar, and the sheets and drawers over them.

It wires view-models to widgets and turns taps and keys into order-service calls; it holds no
order logic of its own. Every action goes through `OrderService.request` (the outbox).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from kds.clock import Clock
from kds.domain.actions import Action
from kds.domain.changes import Changes
from kds.domain.order import OrderKey
from kds.services.engine import Engine
from kds.services.orders import ActionError
from kds.ui import wording
from kds.ui.settings import UiSettings
from kds.ui.sheets.confirm import PrepTimeSheet
from kds.ui.sheets.reason import ReasonSheet
from kds.ui.sheets.refund import PartialRefundSheet
from kds.ui.sounds import AlarmController, SoundBoard
from kds.ui.theme import THEMES, Fonts, apply_theme
from kds.ui.ticker import Ticker
from kds.ui.viewmodels.board import BoardModel
from kds.ui.viewmodels.card import CardData, build_card
from kds.ui.viewmodels.health import HealthModel
from kds.ui.viewmodels.history import HistoryModel
from kds.ui.widgets.bars import Banner, PlatformStatusBar, Toast, TopBar
from kds.ui.widgets.board_view import BoardWidget
from kds.ui.widgets.overlay import Overlay
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.history import HistoryPanel
from kds.ui.windows.order_text import Ink
from kds.ui.wording import tr

log = logging.getLogger(__name__)

DIGIT_WINDOW = 1.2
"""Seconds within which bump-bar digits add up to one number ("1", "2" → ticket 12)."""


class MainWindow(QMainWindow):
    """The counter screen."""

    closing = Signal()
    """The window is closing (the launcher then stops the engine and quits)."""

    def __init__(self, engine: Engine, clock: Clock, settings: UiSettings | None = None, *,
                 sounds: SoundBoard | None = None, ticker: Ticker | None = None, start_ticker: bool = True) -> None:
        """Show `engine`'s board, with time from `clock`."""
        super().__init__()
        self.engine = engine
        self.orders = engine.orders
        self.clock = clock
        self.settings = settings or UiSettings()
        self.theme = THEMES.get(self.settings.theme, THEMES["dark"])
        self.fonts = Fonts(self.settings.font_scale)
        self.setWindowTitle(tr("KDS — orders"))
        self.setObjectName("mainWindow")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme, self.fonts)

        self.ticker = ticker or Ticker(clock, parent=self)
        now = self.ticker.now
        self.health = HealthModel(engine.health, self.orders.policies, now, self)
        self.board = BoardModel(self.orders, engine.bus, now, self.settings.board, offset=self.health.offset,
                                parent=self)
        self.sounds = sounds or SoundBoard(enabled=self.settings.sounds, volume=self.settings.volume, parent=self)
        self.alarms = AlarmController(self.board, self.health, self.sounds, now, ring_every=self.settings.ring_every,
                                      mute_for=self.settings.mute_for, parent=self)
        self.history_model = HistoryModel(self.orders, self)

        self.root = QWidget()
        self.root.setObjectName("root")
        layout = QVBoxLayout(self.root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top = TopBar()
        self.missed_banner = Banner("missedBanner", dismissible=False)
        self.error_banner = Banner("errorBanner", dismissible=True)
        self.board_widget = BoardWidget(self.board, self.theme, self.fonts, show_numbers=self.settings.show_numbers)
        self.status = PlatformStatusBar()
        for widget in (self.top, self.missed_banner, self.error_banner):
            layout.addWidget(widget)
        layout.addWidget(self.board_widget, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(self.root)
        self.toast = Toast(self.root)
        self.overlays: list[Overlay] = []
        self.drawer: OrderDrawer | None = None
        self._digits = ""
        self._digits_at = 0.0

        self.board_widget.button_clicked.connect(self.on_button)
        self.board_widget.card_clicked.connect(self.open_drawer)
        self.board.layout_changed.connect(self._update_summary)
        self.health.changed.connect(self._show_health)
        self.alarms.mute_changed.connect(lambda: self.top.set_mute(self.alarms.mute_left()))
        self.top.history_requested.connect(self.open_history)
        self.top.mute_requested.connect(self.toggle_mute)
        self.top.theme_requested.connect(self.toggle_theme)
        self.top.fullscreen_requested.connect(self.toggle_fullscreen)
        self.ticker.ticked.connect(self.on_tick)
        self._unsubscribe: Callable[[], None] | None = engine.bus.subscribe(self._on_changes)
        self._show_health()
        self._update_summary()
        self.top.set_time(now)
        self.top.theme.setText(tr("Light") if self.theme.name == "dark" else tr("Dark"))
        if start_ticker:
            self.ticker.start()

    # -- time and changes --------------------------------------------------------------------

    def on_tick(self, now: datetime) -> None:
        """The shared ticker's beat: clocks, alarms, health words, the wall clock."""
        self.board.tick(now)
        self.alarms.tick(now)
        self.health.refresh(now)
        self.top.set_time(now)
        if self.alarms.muted:
            self.top.set_mute(self.alarms.mute_left())
        self.toast.tick(now)

    def _on_changes(self, changes: Changes) -> None:
        self.health.on_changes(changes, self.clock.now())
        if self.drawer is not None and not self.drawer.is_closed and self.drawer.key in changes.orders:
            self.drawer.refresh()

    def _show_health(self) -> None:
        self.status.set_entries(self.health.entries)
        self.missed_banner.show_text(self.health.banner)

    def _update_summary(self) -> None:
        from kds.ui.viewmodels.card import Column

        new, preparing, ready = (self.board.count(c) for c in (Column.NEW, Column.PREPARING, Column.READY))
        self.top.summary.setText(tr("%1 new · %2 preparing · %3 ready").replace("%1", str(new))
                                 .replace("%2", str(preparing)).replace("%3", str(ready)))

    def show_error(self, text: str) -> None:
        """Show an unexpected error without blocking anything (the excepthook calls this)."""
        self.error_banner.show_text(tr("Something went wrong and was logged: %1").replace("%1", text))

    def show_toast(self, text: str) -> None:
        """A short message at the bottom of the board."""
        self.toast.show_message(text, self.ticker.now)

    # -- taps ---------------------------------------------------------------------------------

    def on_button(self, key: OrderKey, button_id: str) -> None:
        """A card or drawer button: `action:<name>`, `retry:<id>`, `undo:<id>`, `dismiss` or `more`."""
        self.board.touch(key)
        kind, _, arg = button_id.partition(":")
        if kind == "more":
            self.open_drawer(key)
        elif kind == "dismiss":
            self.board.dismiss(key)
        elif kind == "undo":
            if not self.orders.undo(int(arg)):
                self.show_toast(tr("Too late to undo: it was already sent."))
        elif kind == "retry":
            self.orders.retry(int(arg))
        elif kind == "action":
            self.perform(key, Action(arg))

    def perform(self, key: OrderKey, action: Action) -> None:
        """Do `action` on `key`, asking first where the action needs it."""
        ticket = self.board.ticket(key) or self.orders.ticket(key)
        if ticket is None:
            self.show_toast(wording.action_error("unknown_order"))
            return
        label = f"#{ticket.order.display_id}"
        policy = ticket.policy
        if action is Action.CONFIRM and self.settings.ask_preparation_time:
            prep = PrepTimeSheet(self.root, label, self.settings.preparation_choices, self.settings.default_preparation)
            prep.chosen.connect(lambda m: self.request(key, Action.CONFIRM, preparation_minutes=m))
            self._open(prep)
        elif action is Action.CANCEL:
            cancel = ReasonSheet(self.root, tr("Cancel order %1?").replace("%1", label), policy.cancel_reasons,
                                 tr("Cancel order %1").replace("%1", label),
                                 tr("Tap again to cancel %1").replace("%1", label))
            cancel.submitted.connect(lambda code, text: self.request(key, Action.CANCEL, reason_code=code, reason=text))
            self._open(cancel)
        elif action is Action.REJECT_REFUND:
            reject = ReasonSheet(self.root, tr("Reject the refund request of %1?").replace("%1", label),
                                 policy.refund_reject_reasons, tr("Reject refund"),
                                 tr("Tap again to reject the refund"))
            reject.submitted.connect(
                lambda code, text: self.request(key, Action.REJECT_REFUND, reason_code=code, reason=text))
            self._open(reject)
        elif action is Action.PARTIAL_REFUND:
            refund = PartialRefundSheet(self.root, ticket.order, policy.partial_refund_reasons,
                                        lambda items: self.orders.refund_amount(key, items),
                                        lambda items: self.orders.refund_preview(key, items))
            refund.submitted.connect(lambda items, code, text, token: self.request(
                key, Action.PARTIAL_REFUND, items=items, reason_code=code, reason=text, token=token))
            self._open(refund)
        else:
            self.request(key, action)

    def request(self, key: OrderKey, action: Action, **params: object) -> bool:
        """Record `action` in the outbox; a refusal is shown as a toast. True when recorded."""
        try:
            self.orders.request(key, action, **params)  # type: ignore[arg-type]
        except ActionError as exc:
            log.info("action %s on %s refused: %s", action.value, key, exc.code)
            self.show_toast(wording.action_error(exc.code))
            return False
        return True

    # -- overlays -----------------------------------------------------------------------------

    def _open(self, overlay: Overlay) -> None:
        self.overlays.append(overlay)
        overlay.closed.connect(lambda: self.overlays.remove(overlay) if overlay in self.overlays else None)
        overlay.open()

    def top_overlay(self) -> Overlay | None:
        """The overlay on top, if any."""
        return self.overlays[-1] if self.overlays else None

    def _card_for(self, key: OrderKey) -> CardData | None:
        card = self.board.card(key)
        if card is None:
            ticket = self.orders.ticket(key)
            card = build_card(ticket, alert=False) if ticket is not None else None
        return card

    def open_drawer(self, key: OrderKey) -> OrderDrawer:
        """Open the order drawer of `key`."""
        self.board.select(key)
        if self.drawer is not None and not self.drawer.is_closed:
            self.drawer.close_overlay()
        drawer = OrderDrawer(self.root, key, lambda k: self.board.ticket(k) or self.orders.ticket(k), self._card_for,
                             self.orders.journal, Ink(self.theme.muted, self.theme.note))
        drawer.button_clicked.connect(self.on_button)
        self.drawer = drawer
        self._open(drawer)
        return drawer

    def open_history(self) -> HistoryPanel:
        """Open today's history."""
        panel = HistoryPanel(self.root, self.history_model, lambda: self.ticker.now)
        panel.order_chosen.connect(self.open_drawer)
        self._open(panel)
        return panel

    # -- top bar ------------------------------------------------------------------------------

    def toggle_mute(self) -> None:
        """Mute for five minutes, or end the mute."""
        if self.alarms.muted:
            self.alarms.unmute()
        else:
            self.alarms.mute()

    def set_theme(self, name: str) -> None:
        """Switch to theme `name` ("dark" or "light")."""
        self.theme = THEMES[name]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme, self.fonts)
        self.board_widget.set_theme(self.theme)
        self.top.theme.setText(tr("Light") if name == "dark" else tr("Dark"))

    def toggle_theme(self) -> None:
        """Dark ↔ light."""
        self.set_theme("light" if self.theme.name == "dark" else "dark")

    def set_font_scale(self, scale: float) -> None:
        """Bigger or smaller type everywhere."""
        self.fonts = Fonts(max(0.7, min(2.0, scale)))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme, self.fonts)
        self.board_widget.set_fonts(self.fonts)

    def toggle_fullscreen(self) -> None:
        """F11: fullscreen (kiosk) or back."""
        if self.isFullScreen():
            self.showMaximized()
        else:
            self.showFullScreen()

    # -- keys (bump bar) ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits select a ticket, Enter does its primary action, arrows move, Esc closes."""
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1 and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.select_digit(text)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
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
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Minus:
            self.set_font_scale(self.fonts.scale - 0.1)
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
        action = self.board.primary_action(key)
        if action is None:
            self.show_toast(tr("Nothing to do for this ticket now."))
            return
        self.on_button(key, f"action:{action.value}")

    # -- shutdown -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Stop listening and ticking (the launcher stops the engine)."""
        self.ticker.stop()
        self.board.close()
        self.closing.emit()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        super().closeEvent(event)

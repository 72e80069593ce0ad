"""The main window: top bar, banners, the board, the status bar, and the sheets and drawers over them.

It wires view-models to widgets and turns taps and keys into order-service calls; it holds no
order logic of its own. Every action goes through `OrderService.request` (the outbox). Cancel,
refunds and Settings ask for the manager PIN when the station's settings say so. A language change
(Qt's `LanguageChange`) retranslates the window and rebuilds every card in the new language.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QSizePolicy, QVBoxLayout, QWidget

from kds.clock import Clock
from kds.domain.actions import Action
from kds.domain.changes import Changes
from kds.domain.order import OrderKey
from kds.printing.document import DocKind
from kds.printing.jobs import PrintJob
from kds.printing.queue import PrintQueue
from kds.services.engine import Engine
from kds.services.orders import ActionError
from kds.settings import Guarded
from kds.ui import wording
from kds.ui.i18n import apply_language
from kds.ui.settings import UiSettings
from kds.ui.setup.about import AboutSheet
from kds.ui.setup.controls import form_stylesheet
from kds.ui.setup.pin import PinSheet
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.setup.station import Restart, SaveResult, StationContext, restart_needed
from kds.ui.sheets.confirm import PrepTimeSheet
from kds.ui.sheets.print_problems import PrintProblemsSheet
from kds.ui.sheets.reason import ReasonSheet
from kds.ui.sheets.refund import PartialRefundSheet
from kds.ui.sounds import AlarmController, SoundBoard
from kds.ui.theme import THEMES, Fonts, apply_theme
from kds.ui.ticker import Ticker
from kds.ui.viewmodels.board import BoardModel
from kds.ui.viewmodels.card import CardData, build_card
from kds.ui.viewmodels.health import HealthModel
from kds.ui.viewmodels.history import HistoryModel
from kds.ui.viewmodels.print_lines import kind_name
from kds.ui.viewmodels.printing import PrintingModel
from kds.ui.widgets.bars import Banner, PlatformStatusBar, Toast, TopBar
from kds.ui.widgets.board_view import BoardWidget, column_title, empty_text
from kds.ui.widgets.overlay import Overlay, touch_button
from kds.ui.widgets.printer_status import PrinterStatus
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.history import HistoryPanel
from kds.ui.windows.order_text import Ink
from kds.ui.wording import tr

log = logging.getLogger(__name__)

DIGIT_WINDOW = 1.2
"""Seconds within which bump-bar digits add up to one number ("1", "2" → ticket 12)."""

GUARDS = {Action.CANCEL: Guarded.CANCEL, Action.PARTIAL_REFUND: Guarded.REFUND, Action.AGREE_REFUND: Guarded.REFUND,
          Action.REJECT_REFUND: Guarded.REFUND}
"""Actions the manager PIN can guard, and under which setting."""


class MainWindow(QMainWindow):
    """The counter screen."""

    closing = Signal()
    """The window is closing (the launcher then stops the engine and quits)."""
    restart_requested = Signal(int)
    """Saved settings need a new window (`Restart.WINDOW`) or a new engine (`Restart.ENGINE`)."""

    def __init__(self, engine: Engine, clock: Clock, settings: UiSettings | None = None, *,
                 sounds: SoundBoard | None = None, ticker: Ticker | None = None, start_ticker: bool = True,
                 station: StationContext | None = None, printing: PrintQueue | None = None) -> None:
        """Show `engine`'s board, with time from `clock`; `station` holds the saved settings and the PIN.

        `printing` is the runtime's print queue (None: nothing prints; documents can still be previewed).
        """
        super().__init__()
        self.engine = engine
        self.orders = engine.orders
        self.clock = clock
        self.settings = settings or UiSettings()
        self.station = station or StationContext()
        self.demo = False
        self._retranslate_pending = False
        self._closed = False
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
        self.printing = PrintingModel(printing, self.station.settings.printing, self)

        self.root = QWidget()
        self.root.setObjectName("root")
        layout = QVBoxLayout(self.root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top = TopBar()
        self.settings_button = touch_button(tr("Settings"), kind="bar")
        self.settings_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.settings_button.clicked.connect(self.request_settings)
        top_layout = self.top.layout()
        assert isinstance(top_layout, QHBoxLayout)
        top_layout.insertWidget(top_layout.indexOf(self.top.clock), self.settings_button)
        self.top.title.installEventFilter(self)  # a tap on the title opens About (no PIN: nothing to change)
        self.missed_banner = Banner("missedBanner", dismissible=False)
        self.error_banner = Banner("errorBanner", dismissible=True)
        self.board_widget = BoardWidget(self.board, self.theme, self.fonts, show_numbers=self.settings.show_numbers)
        self.status = PlatformStatusBar()
        self.printers = PrinterStatus(self.theme)
        self.status.extras.addWidget(self.printers)
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
        self.printing.changed.connect(self._show_printers)
        self.printing.marks_changed.connect(self.board.set_print_marks)
        self.printing.jobs_changed.connect(self._on_print_jobs)
        self.printers.problems_requested.connect(self.open_print_problems)
        self.alarms.mute_changed.connect(lambda: self.top.set_mute(self.alarms.mute_left()))
        self.top.history_requested.connect(self.open_history)
        self.top.mute_requested.connect(self.toggle_mute)
        self.top.theme_requested.connect(self.toggle_theme)
        self.top.fullscreen_requested.connect(self.toggle_fullscreen)
        self.ticker.ticked.connect(self.on_tick)
        self._unsubscribe: Callable[[], None] | None = engine.bus.subscribe(self._on_changes)
        self._show_health()
        self._show_printers()
        self.board.set_print_marks(self.printing.marks)
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
        self.printing.tick(now)

    def _on_changes(self, changes: Changes) -> None:
        self.health.on_changes(changes, self.clock.now())
        if self.drawer is not None and not self.drawer.is_closed and self.drawer.key in changes.orders:
            self.drawer.refresh()
        self.printing.on_changes(changes)

    def _on_print_jobs(self, keys: frozenset[OrderKey]) -> None:
        if self.drawer is not None and not self.drawer.is_closed and self.drawer.key in keys:
            self.drawer.refresh_printing()

    def _show_printers(self) -> None:
        self.printers.set_entries(self.printing.entries, len(self.printing.problems))

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
        kind, _, arg = button_id.partition(":")
        if kind == "reprint" or kind.startswith("print-"):
            self.on_print_button(key, button_id)
            return
        self.board.touch(key)
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

    def on_print_button(self, key: OrderKey | None, button_id: str) -> None:
        """A print button: `reprint:<kind>` (the drawer), `print-<retry|resolve|reprint|open>:<job id>`."""
        kind, _, arg = button_id.partition(":")
        if kind == "reprint" and key is not None:
            ticket = self.board.ticket(key) or self.orders.ticket(key)
            if ticket is not None:
                jobs = self.printing.reprint(ticket.order, DocKind(arg))
                self.show_toast("\n".join(self._queued_text(j) for j in jobs) if jobs else
                                tr("Nothing was sent: no printer prints this."))
        elif kind == "print-retry":
            if not self.printing.retry(int(arg)):
                self.show_toast(tr("This job is not waiting for a retry any more."))
        elif kind == "print-resolve":
            self.printing.resolve(int(arg))
        elif kind == "print-reprint":
            job = self.printing.reprint_job(int(arg))
            if job is not None:
                self.show_toast(self._queued_text(job))
        elif kind == "print-open" and key is not None:
            self.open_drawer(key)
        if self.drawer is not None and not self.drawer.is_closed:
            self.drawer.refresh_printing()

    @staticmethod
    def _queued_text(job: PrintJob) -> str:
        if job.reprint:
            return tr("%1: REPRINT #%2 sent to %3").replace("%1", kind_name(job.kind)) \
                .replace("%2", str(job.reprint)).replace("%3", job.printer)
        return tr("%1 sent to %2").replace("%1", kind_name(job.kind)).replace("%2", job.printer)

    def open_print_problems(self) -> PrintProblemsSheet:
        """The sheet of print jobs that did not print (the status bar's warning)."""
        sheet = PrintProblemsSheet(self.root, self.printing, self.theme)
        sheet.button_clicked.connect(self._print_problem_clicked)
        self._open(sheet)
        return sheet

    def _print_problem_clicked(self, key: OrderKey | None, button_id: str) -> None:
        if button_id.startswith("print-open:"):
            overlay = self.top_overlay()
            if isinstance(overlay, PrintProblemsSheet):
                overlay.close_overlay()
        self.on_print_button(key, button_id)

    def perform(self, key: OrderKey, action: Action) -> None:
        """Do `action` on `key`, asking first where the action needs it (the manager PIN, a reason, ...)."""
        ticket = self.board.ticket(key) or self.orders.ticket(key)
        if ticket is None:
            self.show_toast(wording.action_error("unknown_order"))
            return
        guard = GUARDS.get(action)
        if guard is not None and self.station.settings.security.requires_pin(guard):
            why = f"{wording.action_name(action)} · #{ticket.order.display_id}"
            self.ask_pin(why, lambda: self._perform(key, action))
            return
        self._perform(key, action)

    def _perform(self, key: OrderKey, action: Action) -> None:
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

    # -- manager PIN, settings, About ------------------------------------------------------

    def ask_pin(self, why: str, then: Callable[[], object]) -> PinSheet:
        """Ask for the manager PIN; `then()` runs once the right one is entered."""
        sheet = PinSheet(self.root, self.station.pin_gate, why)
        sheet.setStyleSheet(form_stylesheet(self.theme, self.fonts))
        sheet.accepted.connect(then)
        self._open(sheet)
        return sheet

    def guarded(self, what: Guarded, why: str, then: Callable[[], object]) -> None:
        """Run `then()`, after the manager PIN when the settings guard `what` with it."""
        if self.station.settings.security.requires_pin(what):
            self.ask_pin(why, then)
        else:
            then()

    def request_settings(self) -> None:
        """The Settings button: the panel, behind the PIN when it guards settings."""
        self.guarded(Guarded.SETTINGS, tr("Open Settings"), self.open_settings)

    def open_settings(self) -> SettingsPanel:
        """Open the settings panel (over everything else, which closes)."""
        for overlay in list(self.overlays):
            overlay.close_overlay()
        panel = SettingsPanel(self.root, self.station, self.engine.db.path, printing=self.printing.queue)
        panel.setStyleSheet(form_stylesheet(self.theme, self.fonts))
        panel.saved.connect(self.on_settings_saved)
        self._open(panel)
        return panel

    def open_about(self) -> AboutSheet:
        """The About sheet (version, links, Export diagnostics)."""
        sheet = AboutSheet(self.root, lambda: self.station.settings, self.engine.db.path,
                           directory=self.station.diagnostics_dir)
        sheet.setStyleSheet(form_stylesheet(self.theme, self.fonts))
        self._open(sheet)
        return sheet

    def on_settings_saved(self, old: object, result: SaveResult) -> None:
        """Apply saved settings: language, colours, text size, kiosk and volume now; the rest by a restart."""
        assert isinstance(old, type(result.settings))
        new = result.settings
        appearance = new.appearance
        self.settings = replace(self.settings, theme=appearance.theme.value, font_scale=appearance.font_scale,
                                kiosk=new.station.kiosk, volume=new.behaviour.volume / 100)
        if appearance.language != old.appearance.language:
            apply_language(appearance.language)  # every widget gets LanguageChange and retranslates
        if appearance.theme.value != self.theme.name:
            self.set_theme(appearance.theme.value)
        if appearance.font_scale != self.fonts.scale:
            self.set_font_scale(appearance.font_scale)
        if new.station.kiosk != old.station.kiosk and self.isVisible():
            self.showFullScreen() if new.station.kiosk else self.showMaximized()
        self.sounds.volume = new.behaviour.volume / 100
        messages = list(result.problems)
        need = restart_needed(old, new, result.secrets_changed)
        if need is Restart.ENGINE and not self.station.can_restart:
            messages.append(tr("Saved. Platform, printer and order settings take effect when KDS starts again."))
            need = Restart.WINDOW if restart_needed(old, new) >= Restart.WINDOW else Restart.NONE
        if messages:
            self.error_banner.show_text(" ".join(messages))
        else:
            self.show_toast(tr("Settings saved."))
        if need is not Restart.NONE:
            self.restart_requested.emit(int(need))

    def show_problems(self, problems: list[str]) -> None:
        """Say what keeps KDS from working as set up (platforms not connected, a settings file not used)."""
        if problems:
            self.error_banner.show_text("\n".join(problems))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A tap on the title opens About."""
        if watched is self.top.title and event.type() == QEvent.Type.MouseButtonRelease:
            self.open_about()
            return True
        return super().eventFilter(watched, event)

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
                             self.orders.journal, Ink(self.theme.muted, self.theme.note), printing=self.printing,
                             theme=self.theme)
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
        self.printers.set_theme(self.theme)
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
        """F11: fullscreen (kiosk) or back; leaving a kiosk's full screen asks for the manager PIN."""
        if self.isFullScreen():
            if self.settings.kiosk:
                self.guarded(Guarded.SETTINGS, tr("Leave full screen"), self.showMaximized)
            else:
                self.showMaximized()
        else:
            self.showFullScreen()

    # -- language -----------------------------------------------------------------------------

    def set_demo(self, demo: bool) -> None:
        """Say in the title that this is the demo."""
        self.demo = demo
        self.top.title.setText(tr("KDS · DEMO") if demo else tr("KDS"))

    def retranslate(self) -> None:
        """Every text again in the current language; cards are rebuilt from the store."""
        self._retranslate_pending = False
        if self._closed:  # closed, waiting to be deleted: its store may be gone already
            return
        self.setWindowTitle(tr("KDS — orders"))
        self.set_demo(self.demo)
        self.top.history.setText(tr("History"))
        self.top.fullscreen.setText(tr("Full screen"))
        self.top.theme.setText(tr("Light") if self.theme.name == "dark" else tr("Dark"))
        self.top.set_mute(self.alarms.mute_left())
        self.settings_button.setText(tr("Settings"))
        if self.error_banner.dismiss is not None:
            self.error_banner.dismiss.setText(tr("Dismiss"))
        for column, panel in self.board_widget.panels.items():
            panel.title.setText(column_title(column))
            panel.view.empty = empty_text(column)
            panel.view.viewport().update()
        for overlay in list(self.overlays):
            if not isinstance(overlay, SettingsPanel):  # the others hold words of the old language
                overlay.close_overlay()
        self.set_font_scale(self.fonts.scale)  # fonts again: Chinese variants draw with their own Han font
        self.printing.refresh(reword=True)  # printer states and "ticket not printed" marks in the new words
        self.board.reload()  # new cards, in the new words
        now = self.ticker.now
        self.health.refresh(now)
        self._show_health()
        self._update_summary()
        self.top.set_time(now)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate once the language-change event has reached every child."""
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_pending:
            self._retranslate_pending = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

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
        self._closed = True
        for overlay in list(self.overlays):
            overlay.close_overlay()
        self.ticker.stop()
        self.board.close()
        self.printing.close()
        self.closing.emit()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        super().closeEvent(event)

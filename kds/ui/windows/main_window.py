"""The main window: top bar, banners, the board, the status bar, and the sheets and drawers over them.

It wires view-models to widgets and turns taps and keys into order-service calls; it holds no
order logic of its own. Every action goes through `OrderService.request` (the outbox). Cancel,
refunds and Settings ask for the manager PIN when the station's settings say so. A language change
(Qt's `LanguageChange`) retranslates the window and rebuilds every card in the new language.

Its parts live in mixins next to it: `OrderSheets` (what to ask before an action), `PrintWiring`
(print buttons and the printer status), `SetupWiring` (the manager PIN, Settings, About) and
`BumpBarKeys` (the bump bar and the keyboard). This module sets the window up and keeps the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QSizePolicy, QVBoxLayout, QWidget

from kds.clock import Clock
from kds.domain.actions import Action
from kds.domain.changes import Changes
from kds.domain.order import OrderKey, Platform
from kds.printing.queue import PrintQueue
from kds.services.engine import Engine
from kds.services.orders import ActionError
from kds.station.settings import CardSize, Guarded, Role, save_settings
from kds.store.db import StoreUnreachableError
from kds.ui import wording
from kds.ui.settings import UiSettings
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.setup.station import StationContext
from kds.ui.sheets.more import MoreSheet
from kds.ui.sheets.recall import RecallSheet
from kds.ui.sheets.sold_out import SoldOutSheet
from kds.ui.sheets.store import StoreSheet, paused_summary
from kds.ui.sounds import MISSED_ORDERS, AlarmController, SoundBoard
from kds.ui.theme import THEMES, Fonts, apply_theme, stylesheet
from kds.ui.ticker import Ticker
from kds.ui.viewmodels.board import BoardModel
from kds.ui.viewmodels.card import CardData, Column, build_card
from kds.ui.viewmodels.dish_counts import DishCountModel
from kds.ui.viewmodels.health import HealthModel
from kds.ui.viewmodels.history import HistoryModel
from kds.ui.viewmodels.printing import PrintingModel
from kds.ui.viewmodels.stations import BUMP, LINE, StationBoard
from kds.ui.widgets.bars import Banner, HintStrip, PlatformStatusBar, Toast, TopBar
from kds.ui.widgets.board_view import BoardWidget, column_title, empty_text
from kds.ui.widgets.fitting_label import FittingLabel
from kds.ui.widgets.overlay import Overlay, restyle, touch_button
from kds.ui.widgets.printer_status import PrinterStatus
from kds.ui.windows.bump_bar import BumpBarKeys
from kds.ui.windows.counts import CountsPanel
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.history import HistoryPanel
from kds.ui.windows.order_sheets import OrderSheets
from kds.ui.windows.order_text import Ink
from kds.ui.windows.print_wiring import PrintWiring
from kds.ui.windows.setup_wiring import SetupWiring
from kds.ui.wording import tr

if TYPE_CHECKING:  # imported when the report opens: its charts (QtCharts) are not needed for the first paint
    from kds.ui.sheets.report import ReportSheet

log = logging.getLogger(__name__)

LONG_PAUSED_LINE = 64
"""Past this many characters the top bar's "Paused — …" is set in smaller type (two lines no longer hold it)."""

CLOSED_ALARM_AFTER = timedelta(minutes=5)
"""How long a platform may stay closed during opening hours (with no end to come) before the board rings."""

KITCHEN_TYPE = 1.3
"""A kitchen station's type, times the screen's text size: read from the stove, a step away."""
KITCHEN_TILES = 3
"""A kitchen station's tickets side by side, like the paper tickets on the rail."""


class MainWindow(OrderSheets, PrintWiring, SetupWiring, BumpBarKeys, QMainWindow):
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
        self.sold_out = engine.sold_out
        self.clock = clock
        self.settings = settings or UiSettings()
        self.station = station or StationContext()
        self.demo = False
        self._retranslate_pending = False
        self._closed = False
        self.theme = THEMES.get(self.settings.theme, THEMES["dark"])
        self.station_board = StationBoard(engine.stations, Role(self.settings.role), self.settings.kitchen_station)
        kitchen = self.station_board.kitchen
        self.fonts = Fonts(self.settings.font_scale * (KITCHEN_TYPE if kitchen else 1.0))
        self.setWindowTitle(tr("Orders"))  # Qt adds " — KDS", the application's display name
        self.setObjectName("mainWindow")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme, self.fonts)

        self.ticker = ticker or Ticker(clock, parent=self)
        now = self.ticker.now
        self.health = HealthModel(engine.health, self.orders.policies, now, self, credentials=engine.credentials)
        self.board = BoardModel(self.orders, engine.bus, now, self.settings.board, offset=self.health.offset,
                                parent=self, stations=self.station_board)
        self.sounds = sounds or SoundBoard(enabled=self.settings.sounds, volume=self.settings.volume, parent=self)
        self.alarms = AlarmController(self.board, self.health, self.sounds, now, ring_every=self.settings.ring_every,
                                      mute_for=self.settings.mute_for, parent=self)
        self.history_model = HistoryModel(self.orders, self, names_store=self.board.names_store)
        self.printing = PrintingModel(printing, self.station.settings.printing, self)

        self.root = QWidget()
        self.root.setObjectName("root")
        layout = QVBoxLayout(self.root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top = TopBar()
        top_layout = self.top.layout()
        assert isinstance(top_layout, QHBoxLayout)
        # Keeps its place while hidden, so the buttons beside it never move under a finger.
        self.clear_seen_button = touch_button("", kind="primary")  # its words: `_update_summary`
        self.clear_seen_button.setObjectName("clearSeen")
        self.clear_seen_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        retain = self.clear_seen_button.sizePolicy()
        retain.setRetainSizeWhenHidden(True)
        self.clear_seen_button.setSizePolicy(retain)
        self.clear_seen_button.clicked.connect(self.clear_all_seen)
        top_layout.insertWidget(top_layout.indexOf(self.top.history), self.clear_seen_button)
        # All-day counts: the same words open or closed (only its colour says which), so nothing beside it moves.
        self.counts_button = touch_button(tr("All-day"), kind="bar")
        self.counts_button.setObjectName("countsButton")
        self.counts_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.counts_button.clicked.connect(self.toggle_counts)
        top_layout.insertWidget(top_layout.indexOf(self.top.history), self.counts_button)
        self.store_button = touch_button(tr("Store"), kind="bar")
        self.store_button.setObjectName("storeButton")
        self.store_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.store_button.clicked.connect(self.request_store)
        top_layout.insertWidget(top_layout.indexOf(self.top.history), self.store_button)
        self.store_button.setVisible(not kitchen)  # pausing the store is the counter's business
        self.recall_button = touch_button(tr("Recall"), kind="bar")
        self.recall_button.setObjectName("recallButton")
        self.recall_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.recall_button.clicked.connect(self.open_recall)
        self.recall_button.setVisible(self.station_board.bumps)
        top_layout.insertWidget(top_layout.indexOf(self.top.history), self.recall_button)
        # When the bar is short of room, the summary wraps rather than the wall clock shrinking: the clock
        # would grow back when the pause line takes the summary's place, and move every button.
        self.top.summary.setWordWrap(True)
        # ...and with All-day too it takes smaller type rather than a third line, which would make the bar
        # taller than its buttons until the pause line took its place and moved every button.
        summary = FittingLabel(lambda: self.fonts.px(20))  # the stylesheet's header size
        summary.setObjectName("summary")
        top_layout.replaceWidget(self.top.summary, summary)
        self.top.summary.deleteLater()
        self.top.summary = summary
        # "Paused — <platforms> · resumes 14:30": in the summary's place while a platform is paused. It
        # takes only the room left of the buttons (its own width is ignored), so none of them moves.
        self.store_paused = QLabel("")
        self.store_paused.setObjectName("storePaused")
        self.store_paused.setWordWrap(True)
        self.store_paused.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # No taller than the buttons: a second line (several platforms, each its own end) must not
        # make the bar grow and move every button under a finger.
        self.store_paused.setMaximumHeight(self.store_button.minimumHeight())
        self.store_paused.hide()
        top_layout.insertWidget(top_layout.indexOf(self.top.summary) + 1, self.store_paused, 100)
        self.top.title.installEventFilter(self)  # a tap on the title opens About (no PIN: nothing to change)
        # The restaurant's database does not answer: nothing tapped can be saved. Gone only when it answers.
        self.store_banner = Banner("storeBanner", dismissible=False)
        self.store_banner.add_action(tr("Settings…")).clicked.connect(self.request_store_settings)
        self.missed_banner = Banner("missedBanner", dismissible=False)
        self.missed_banner.add_action(tr("Connect…")).clicked.connect(self.request_connect)
        self.error_banner = Banner("errorBanner", dismissible=True)
        self.token_banner = Banner("tokenBanner", dismissible=False)  # gone only when the token is renewed
        # A platform closed the store by itself (an order timed out): stays until a reopening reaches it.
        self.closed_banner = Banner("storeClosedBanner", dismissible=False)
        self.closed_banner.add_action(tr("Reopen")).clicked.connect(self.reopen_store)
        self.closed_by: list[Platform] = []
        self.closed_in_hours: list[Platform] = []  # closed too long during opening hours (`_watch_hours`)
        self.board_widget = BoardWidget(self.board, self.theme, self.fonts, show_numbers=self.settings.show_numbers,
                                        now=clock.now,
                                        card_size=CardSize.FULL if kitchen else CardSize(self.settings.card_size))
        if kitchen:  # one column of what to make, as wide as the screen: the rest is the counter's
            self.board_widget.show_only(Column.PREPARING, KITCHEN_TILES)
        self.status = PlatformStatusBar()
        self.printers = PrinterStatus(self.theme)
        self.status.extras.addWidget(self.printers)
        # Under the board: while the hint shows, the board is shorter from the start, and when it goes
        # the board grows at the bottom. Banners sit below the board too, over the status bar they
        # explain: one coming or going never pushes the cards (a tap aimed at a card must not land on
        # the one above it).
        self.hint = HintStrip()
        layout.addWidget(self.top)
        layout.addWidget(self.board_widget, 1)
        for widget in (self.hint, self.store_banner, self.missed_banner, self.closed_banner, self.token_banner,
                       self.error_banner, self.status):
            layout.addWidget(widget)
        self.setCentralWidget(self.root)
        self.counts = DishCountModel(self.board, stations=self.station_board, parent=self)
        self.counts_panel = CountsPanel(self.root, self.board_widget, self.counts, self.theme, self.fonts, clock.now,
                                        beside=kitchen)
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
        # A kitchen or expo bar has Recall and All-day: its History is under More (fixed for the role).
        self.top.history.setVisible(not self.station_board.bumps)
        self.top.mute_requested.connect(self.toggle_mute)
        self.top.more_requested.connect(self.open_more)
        self.ticker.ticked.connect(self.on_tick)
        self.sounds.device_changed.connect(self._show_sound)
        self._unsubscribe: Callable[[], None] | None = engine.bus.subscribe(self._on_changes)
        self._show_health()
        self._show_printers()
        self._show_sound()
        self.board.set_print_marks(self.printing.marks)
        self._update_summary()
        self._show_title()
        self.top.set_time(now)
        self._follow_closures()  # a closure in the record before a restart is still on the banner
        self._set_bar_type()
        if start_ticker:
            self.ticker.start()

    # -- time and changes --------------------------------------------------------------------

    def on_tick(self, now: datetime) -> None:
        """The shared ticker's beat: clocks, alarms, health words, the wall clock."""
        self.board.tick(now)
        self._update_summary()  # an order whose time to accept ran out is no longer "new"
        self.alarms.tick(now)
        self.health.refresh(now)
        self.show_store_line()
        self.top.set_time(now)
        if self.alarms.muted:
            self.top.set_mute(self.alarms.mute_left())
        self.toast.tick(now)
        try:  # both read the store: while it does not answer, the banner says so and the rest ticks on
            self.printing.tick(now)
            self._show_store(now)
        except StoreUnreachableError:
            self.show_store_line()

    def _on_changes(self, changes: Changes) -> None:
        self.show_store_line()
        self.health.on_changes(changes, self.clock.now())
        if self.drawer is not None and not self.drawer.is_closed and self.drawer.key in changes.orders:
            self.drawer.refresh()
        self.printing.on_changes(changes)
        if changes.store:
            self._show_store(self.clock.now())
        if changes.settings:
            self.restaurant_changed()
        for key in changes.cancelled:
            self._watch_closing(key)

    def _show_health(self) -> None:
        self.status.set_entries(self.health.entries)
        self.missed_banner.show_text(self.health.banner)
        self.missed_banner.show_action(bool(self.health.unconnected))
        self.token_banner.setProperty("alarm", self.health.token_alarm)
        restyle(self.token_banner)
        self.token_banner.show_text(self.health.token_banner)

    def _show_sound(self) -> None:
        self.status.set_sound_off(self.sounds.no_device)

    def _update_summary(self) -> None:
        new, preparing, ready = (self.board.actionable_count(c) for c in (Column.NEW, Column.PREPARING, Column.READY))
        self.top.summary.setText(tr("%1 new · %2 preparing · %3 ready").replace("%1", str(new))
                                 .replace("%2", str(preparing)).replace("%3", str(ready)))
        unseen = len(self.board.unseen())
        self.clear_seen_button.setText(tr("Clear all seen (%1)").replace("%1", str(unseen)))
        self.clear_seen_button.setVisible(unseen > 0)

    def _show_store(self, now: datetime) -> None:
        if self.board.set_sold_out(self.engine.sold_out.entries()) and self.drawer is not None \
                and not self.drawer.is_closed:
            self.drawer.refresh()  # its lines' SOLD OUT marks follow the cards'

        text = paused_summary(self.engine.store, self.orders.policies, now)
        self.store_paused.setText(text)
        self.store_paused.setVisible(bool(text))
        long = len(text) > LONG_PAUSED_LINE
        if self.store_paused.property("long") != long:  # smaller type: three lines within the buttons' height
            self.store_paused.setProperty("long", long)
            restyle(self.store_paused)
        self.top.summary.setVisible(not text)
        sheet = self.top_overlay()
        if isinstance(sheet, StoreSheet):  # its rows say how each send stands: keep them current
            sheet.refresh()
        self._follow_closures()
        self._watch_hours(now)

    def _follow_closures(self) -> None:
        """The banner names a platform KDS can reopen while the record says it closed the store by itself.

        A reopening (the banner's Reopen, or Resume on the Store sheet) or a pause that reached the
        platform since takes it off; one not sent yet or failing does not: the store is still closed.
        A platform KDS cannot reopen stays until Reopen is tapped, as `_watch_closing` put it there.
        """
        store = self.engine.store
        closed = [p for p in self.orders.policies
                  if (store.closed_by_itself(p) is not None if store.can_pause(p) else p in self.closed_by)]
        if closed != self.closed_by:
            self.closed_by = closed
            self._show_closed()

    def _watch_hours(self, now: datetime) -> None:
        """Ring and offer to reopen when a platform stays closed during the opening hours set in Settings.

        KDS's own record says which platforms are closed with no end to come (`closed_since`): the
        platforms report no store status of their own (see each spec's `StoreAbilities`).
        """
        found: list[Platform] = []
        if self.station.settings.behaviour.open_at(now.astimezone()):
            for platform in self.orders.policies:
                since = self.engine.store.closed_since(platform)
                if since is not None and now - since >= CLOSED_ALARM_AFTER:
                    found.append(platform)
        if found == self.closed_in_hours:
            return
        ring = any(p not in self.closed_in_hours for p in found)
        self.closed_in_hours = found
        self._show_closed()
        if ring:
            self.alarms.ring(MISSED_ORDERS)

    def _watch_closing(self, key: OrderKey) -> None:
        """Ring and offer to reopen when the platform closed the store after cancelling `key` (a missed order)."""
        ticket = self.orders.ticket(key)
        if ticket is None or not self.engine.store.closes_store(key.platform, ticket.status):
            return
        self.closed_by = [p for p in self.orders.policies if p in self.closed_by or p == key.platform]
        self._show_closed()
        self.alarms.ring(MISSED_ORDERS)

    def _show_closed(self) -> None:
        """The closed-store banner: platforms that closed the store, and those closed during opening hours."""
        parts = []
        if self.closed_by:
            names = ", ".join(self.orders.policies[p].label for p in self.closed_by)
            parts.append(tr("%1 closed your store after a missed order").replace("%1", names))
        still = [p for p in self.closed_in_hours if p not in self.closed_by]
        if still:
            names = ", ".join(self.orders.policies[p].label for p in still)
            parts.append(tr("Your store is still closed on %1 during opening hours").replace("%1", names))
        self.closed_banner.show_text(" · ".join(parts))
        self.closed_banner.show_action(any(self.engine.store.can_pause(p) for p in [*self.closed_by, *still]))

    def reopen_store(self) -> None:
        """The closed-store banner's Reopen: take orders again where the store is closed."""
        store = self.engine.store
        store.resume(list(dict.fromkeys([*self.closed_by, *self.closed_in_hours])))
        # A platform that closed the store itself stays named until the reopening reaches it (`_follow_closures`).
        self.closed_by = [p for p in self.closed_by if store.can_pause(p) and store.closed_by_itself(p) is not None]
        self.closed_in_hours = []
        self._show_closed()

    def request_store(self) -> None:
        """The Store button: pause and busy mode, behind the PIN when it guards settings."""
        self.guarded(Guarded.SETTINGS, tr("Pause the store"), self.open_store)

    def open_store(self) -> StoreSheet:
        """Open the Store sheet."""
        sheet = StoreSheet(self.root, self.engine.store, self.orders.policies, self.engine.store.abilities,
                           lambda: self.ticker.now)
        sheet.sold_out_requested.connect(self.open_sold_out)
        self._open(sheet)
        return sheet

    def open_sold_out(self) -> SoldOutSheet:
        """Open the Sold out sheet (from the Store sheet, so behind the same PIN)."""
        sheet = SoldOutSheet(self.root, self.engine.sold_out, self.orders.policies, self.engine.store.abilities,
                             lambda: self.ticker.now, closes_at=self.closes_at)
        self._open(sheet)
        return sheet

    def request_report(self) -> None:
        """More's Report: the day's sales, behind the manager PIN when it guards settings (like the Store)."""
        self.guarded(Guarded.SETTINGS, tr("See the day's report"), self.open_report)

    def open_report(self) -> ReportSheet:
        """Open the day's report."""
        from kds.ui.sheets.report import ReportSheet

        sheet = ReportSheet(self.root, self.engine.db, self.orders.policies, self.theme, self.font(),
                            lambda: self.ticker.now, printing=self.printing.queue)
        self._open(sheet)
        return sheet

    def toggle_counts(self) -> CountsPanel:
        """The top bar's All-day: show or hide the dish counts over the board's right edge."""
        self.counts_button.setProperty("active", self.counts_panel.toggle())
        restyle(self.counts_button)
        return self.counts_panel

    def clear_all_seen(self) -> None:
        """Every cancelled and unreadable card waiting for "OK, seen" is seen at once (they go to Out/Done)."""
        self.board.dismiss_all()

    def show_store_line(self) -> None:
        """The red banner while the restaurant's database does not answer, with why (never its password)."""
        reason = self.engine.db.unreachable
        self.store_banner.show_text(
            tr("Restaurant database not reachable — retrying… (%1)").replace("%1", reason) if reason else "")

    def refuse_unsaved(self) -> None:
        """A tap could not be written: say so (it is not kept: every screen must see what was tapped)."""
        self.show_toast(tr("Not saved — the restaurant database is not reachable"))
        self.show_store_line()

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
        try:
            self._on_button(key, kind, arg)
        except StoreUnreachableError as exc:
            log.warning("%s on %s not saved: %s", button_id, key, exc)
            self.refuse_unsaved()

    def _on_button(self, key: OrderKey, kind: str, arg: str) -> None:
        if kind == BUMP:
            self.station_board.bump(key)
        elif kind == LINE:
            self.station_board.toggle_line(key, arg)
        elif kind == "more":
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

    def request(self, key: OrderKey, action: Action, **params: object) -> bool:
        """Record `action` in the outbox; a refusal is shown as a toast. True when recorded."""
        try:
            self.orders.request(key, action, **params)  # type: ignore[arg-type]
        except ActionError as exc:
            log.info("action %s on %s refused: %s", action.value, key, exc.code)
            self.show_toast(wording.action_error(exc.code))
            return False
        except StoreUnreachableError as exc:
            log.warning("action %s on %s not saved: %s", action.value, key, exc)
            self.refuse_unsaved()
            return False
        if action is Action.CONFIRM:
            self.hint_used()
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
            card = build_card(ticket, alert=False, store=self.board.names_store(key.platform)) \
                if ticket is not None else None
        return card

    def open_drawer(self, key: OrderKey) -> OrderDrawer:
        """Open the order drawer of `key`."""
        self.hint_used()
        self.board.select(key)
        if self.drawer is not None and not self.drawer.is_closed:
            self.drawer.close_overlay()
        drawer = OrderDrawer(self.root, key, lambda k: self.board.ticket(k) or self.orders.ticket(k), self._card_for,
                             self.orders.journal, Ink(self.theme.muted, self.theme.note), printing=self.printing,
                             theme=self.theme, now=self.clock.now, sold_out=self.engine.sold_out.entries)
        drawer.button_clicked.connect(self.on_button)
        self.drawer = drawer
        self._open(drawer)
        return drawer

    def open_recall(self) -> RecallSheet:
        """Open Recall: the orders this screen bumped last; a tap brings one back."""
        offered = []
        for bumped in self.station_board.recent():
            ticket = self.orders.ticket(bumped.key)
            if ticket is None:
                continue
            card = build_card(ticket, alert=False)
            offered.append((bumped.key, f"{card.display_id} · {card.platform} · {wording.local_time(bumped.at)}"))
        sheet = RecallSheet(self.root, offered)
        sheet.recalled.connect(self.station_board.recall)
        self._open(sheet)
        return sheet

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
        self.counts_panel.set_theme(self.theme)
        self.printers.set_theme(self.theme)
        self._set_bar_type()

    def toggle_theme(self) -> None:
        """Dark ↔ light, kept in the station's settings (Settings then shows it, and its Save keeps it)."""
        self.set_theme("light" if self.theme.name == "dark" else "dark")
        self.remember_appearance()

    def set_font_scale(self, scale: float) -> None:
        """Bigger or smaller type everywhere."""
        self.fonts = Fonts(max(0.7, min(2.0, scale)))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme, self.fonts)
        self.board_widget.set_fonts(self.fonts)
        self._set_bar_type()
        self.counts_panel.set_fonts(self.fonts)

    def toggle_fullscreen(self) -> None:
        """F11: fullscreen (kiosk) or back; leaving a kiosk's full screen asks for the manager PIN."""
        if self.isFullScreen():
            if self.settings.kiosk:
                self.guarded(Guarded.SETTINGS, tr("Leave full screen"), self.showMaximized)
            else:
                self.showMaximized()
        else:
            self.showFullScreen()

    def open_more(self) -> MoreSheet:
        """Open More: Settings, the report, light or dark, and full screen, as big buttons."""
        sheet = MoreSheet(self.root, dark=self.theme.name == "dark", fullscreen=self.isFullScreen(),
                          history=self.station_board.bumps)
        sheet.settings_requested.connect(self.request_settings)
        sheet.history_requested.connect(self.open_history)
        sheet.report_requested.connect(self.request_report)
        sheet.theme_requested.connect(self.toggle_theme)
        sheet.fullscreen_requested.connect(self.toggle_fullscreen)
        self._open(sheet)
        return sheet

    def _set_bar_type(self) -> None:
        """The top bar's type: a kitchen station's bigger type is for its tickets.

        At the kitchen's 1.3 times the bar would not fit a 1280 px screen; its buttons are as tall
        either way. The clock is then made as wide as its widest time in this type.
        """
        if self.station_board.kitchen:
            self.top.setStyleSheet(stylesheet(self.theme, Fonts(self.fonts.scale / KITCHEN_TYPE)))
        self.top.fit_clock()
        # As tall as its buttons, whatever the wrapped summary or paused line would like: a taller bar
        # would push every card down.
        layout = self.top.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        self.top.setFixedHeight(self.top.more.sizeHint().height() + margins.top() + margins.bottom())

    # -- language -----------------------------------------------------------------------------

    def set_demo(self, demo: bool) -> None:
        """Say in the title that this is the demo, and show the first-run hint until it is used."""
        self.demo = demo
        self._show_title()
        self.hint.setVisible(demo and not self.station.settings.hint_used)

    def _show_title(self) -> None:
        title = tr("KDS · DEMO") if self.demo else tr("KDS")
        if self.station_board.kitchen:  # which station this screen is, for the cook who walks up to it
            title = f"{title} · {self.station_board.station}"
        self.top.title.setText(title)

    def hint_used(self) -> None:
        """Someone confirmed an order or opened a card: the demo's first-run hint goes, and is saved as used."""
        self.hint.hide()
        settings = self.station.settings
        if not self.demo or settings.hint_used:
            return
        self.station.settings = settings.model_copy(update={"hint_used": True})
        if self.station.problem:  # the file could not be read: never overwrite it with defaults
            return
        try:
            save_settings(self.station.settings, self.station.path)
        except OSError:
            log.warning("could not save that the first-run hint was used", exc_info=True)

    def retranslate(self) -> None:
        """Every text again in the current language; cards are rebuilt from the store."""
        self._retranslate_pending = False
        if self._closed:  # closed, waiting to be deleted: its store may be gone already
            return
        self.setWindowTitle(tr("Orders"))  # Qt adds " — KDS", the application's display name
        self.set_demo(self.demo)
        self.hint.retranslate()
        self._show_sound()
        self.top.retranslate()
        self.top.set_mute(self.alarms.mute_left())
        self.recall_button.setText(tr("Recall"))
        self.store_button.setText(tr("Store"))
        self.counts_button.setText(tr("All-day"))
        self.counts_panel.retranslate()
        if self.error_banner.dismiss is not None:
            self.error_banner.dismiss.setText(tr("Dismiss"))
        if self.missed_banner.action is not None:
            self.missed_banner.action.setText(tr("Connect…"))
        if self.store_banner.action is not None:
            self.store_banner.action.setText(tr("Settings…"))
        self.show_store_line()
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

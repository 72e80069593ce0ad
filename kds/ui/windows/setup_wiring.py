"""The main window's setup wiring: the manager PIN, the settings panel, About, and saved settings.

`SetupWiring` is a mixin of `MainWindow`: its methods use the models and widgets the window sets
up (declared below, so type checking sees them). Settings open behind the manager PIN when the
station's settings say so; a tap on the title opens About (no PIN: nothing to change there). Saved
settings apply at once where they can (language, colours, text size, card size, kiosk, volume); the rest asks
the launcher for a new window or a new engine.

The station's settings are the one source of truth for what the screen looks like: the top bar's
Light/Dark button, the bump bar's text size keys and a language tapped in Settings change them and
save them at once, and Settings opens showing what the board shows, so its Save never turns back
something the user did not touch there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from kds.domain.order import Platform
from kds.services.engine import Engine
from kds.station.restaurant import own_printers
from kds.station.secret_file import StationSecrets
from kds.station.settings import Appearance, CardSize, CredentialStore, Guarded, Language, save_settings
from kds.station.settings import Theme as StationTheme
from kds.ui.i18n import apply_language, current_language
from kds.ui.settings import UiSettings
from kds.ui.setup.about import AboutSheet
from kds.ui.setup.connect import ConnectSheet
from kds.ui.setup.controls import form_stylesheet
from kds.ui.setup.pin import PinSheet
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.setup.station import Restart, SaveResult, StationContext, restart_needed
from kds.ui.sounds import SoundBoard
from kds.ui.theme import Fonts, Theme
from kds.ui.ticker import Ticker
from kds.ui.viewmodels.board import BoardModel
from kds.ui.viewmodels.health import HealthModel
from kds.ui.viewmodels.printing import PrintingModel
from kds.ui.widgets.bars import Banner, TopBar
from kds.ui.widgets.board_view import BoardWidget
from kds.ui.widgets.overlay import Overlay
from kds.ui.wording import tr

log = logging.getLogger(__name__)

APPEARANCE_SCALES = (0.75, 2.0)
"""The text sizes the settings file takes (`kds.station.settings.Appearance.font_scale`)."""

if TYPE_CHECKING:
    _Window = QMainWindow  # type checking sees the window's Qt methods; at run time a plain mixin
else:
    _Window = object


class SetupWiring(_Window):
    """The manager PIN, Settings and About of the main window."""

    # What the window sets up and this mixin relies on.
    restart_requested: ClassVar[Signal]
    engine: Engine
    settings: UiSettings
    station: StationContext
    printing: PrintingModel
    health: HealthModel
    ticker: Ticker
    sounds: SoundBoard
    root: QWidget
    top: TopBar
    board_widget: BoardWidget
    board: BoardModel
    error_banner: Banner
    overlays: list[Overlay]
    theme: Theme
    fonts: Fonts
    show_toast: Callable[[str], None]
    set_theme: Callable[[str], None]
    set_font_scale: Callable[[float], None]
    _open: Callable[[Overlay], None]

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

    def shown_appearance(self) -> Appearance:
        """The language, colours, text size and card size the window shows now."""
        scale = max(APPEARANCE_SCALES[0], min(APPEARANCE_SCALES[1], round(self.fonts.scale, 2)))
        return Appearance(language=current_language(), theme=StationTheme(self.theme.name), font_scale=scale,
                          card_size=CardSize(self.settings.card_size))

    def remember_appearance(self) -> None:
        """Make the station's settings say what the window shows, and save them (a failure is logged)."""
        appearance = self.shown_appearance()
        if appearance == self.station.settings.appearance:
            return
        self.station.settings = self.station.settings.model_copy(update={"appearance": appearance})
        self.settings = replace(self.settings, theme=appearance.theme.value, font_scale=appearance.font_scale)
        try:
            save_settings(self.station.settings, self.station.path)
        except OSError as exc:
            log.warning("could not save the screen settings: %s", exc)

    def choose_language(self, language: str) -> None:
        """A language tapped in Settings: the whole screen switches now, and stays so."""
        if language and Language(language) is not current_language():
            apply_language(language)  # every widget gets LanguageChange and retranslates
        self.remember_appearance()

    def open_settings(self) -> SettingsPanel:
        """Open the settings panel (over everything else, which closes), showing what the board shows."""
        for overlay in list(self.overlays):
            overlay.close_overlay()
        self.remember_appearance()
        panel = SettingsPanel(self.root, self.station, self.engine.db.path, printing=self.printing.queue,
                              stations=self.engine.stations, last_cleanup=self.engine.retention.last)
        panel.setStyleSheet(form_stylesheet(self.theme, self.fonts))
        panel.saved.connect(self.on_settings_saved)
        panel.display.language_chosen.connect(self.choose_language)
        self._open(panel)
        return panel

    def set_unconnected(self, reasons: Mapping[Platform, str], *, ask: bool = False) -> None:
        """Platforms of the settings that did not start, with why: red until connected; `ask` opens Connect now."""
        self.health.set_unconnected(reasons, self.ticker.now)
        if ask and reasons:
            self.request_connect()

    def request_connect(self) -> None:
        """The banner's Connect button: the credentials sheet, behind the PIN when it guards settings.

        When the credentials are in the encrypted file, still locked, the PIN opens it at once (and the
        platforms connect if it holds all they need; if not, the sheet stays open for the rest).
        """
        secrets = self.station.secrets
        security = self.station.settings.security
        if (isinstance(secrets, StationSecrets) and secrets.mode is CredentialStore.PIN_FILE
                and not secrets.file.unlocked and security.manager_pin is not None):
            sheet = self.ask_pin(tr("Unlock the encrypted credentials file"), lambda: None)
            sheet.entered.connect(lambda pin: self.open_connect().unlock(pin))
            return
        self.guarded(Guarded.SETTINGS, tr("Connect the platforms"), self.open_connect)

    def open_connect(self) -> ConnectSheet:
        """Ask for the credentials of the platforms that are not connected (and where to keep them)."""
        reasons = self.health.unconnected
        secrets = self.station.secrets
        problem = secrets.keyring_problem() if isinstance(secrets, StationSecrets) else None
        sheet = ConnectSheet(self.root, self.station, list(reasons), list(reasons.values()), problem, self.ask_pin)
        sheet.setStyleSheet(form_stylesheet(self.theme, self.fonts))
        sheet.connected.connect(self.on_settings_saved)
        self._open(sheet)
        return sheet

    def open_about(self) -> AboutSheet:
        """The About sheet (version, links, Export diagnostics)."""
        sheet = AboutSheet(self.root, lambda: self.station.settings, self.engine.db.path,
                           directory=self.station.diagnostics_dir)
        sheet.setStyleSheet(form_stylesheet(self.theme, self.fonts))
        self._open(sheet)
        return sheet

    def on_settings_saved(self, old: object, result: SaveResult) -> None:
        """Apply saved settings: language, colours, text sizes, kiosk and volume now; the rest by a restart."""
        assert isinstance(old, type(result.settings))
        new = result.settings
        appearance = new.appearance
        if appearance.card_size.value != self.settings.card_size:
            self.board_widget.set_card_size(appearance.card_size)
        self.settings = replace(self.settings, theme=appearance.theme.value, font_scale=appearance.font_scale,
                                card_size=appearance.card_size.value, kiosk=new.station.kiosk,
                                volume=new.behaviour.volume / 100)
        if appearance.language is not current_language():
            apply_language(appearance.language)  # every widget gets LanguageChange and retranslates
        if appearance.theme.value != self.theme.name:
            self.set_theme(appearance.theme.value)
        if appearance.font_scale != self.fonts.scale:
            self.set_font_scale(appearance.font_scale)
        if new.station.kiosk != old.station.kiosk and self.isVisible():
            self.showFullScreen() if new.station.kiosk else self.showMaximized()
        self.sounds.volume = new.behaviour.volume / 100
        self.board.reload()  # the restaurant's routing may have changed: every card routed again
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

    def restaurant_changed(self) -> None:
        """Another screen saved the restaurant's settings: use them here.

        The PIN, the riders and what the PIN guards apply at once; what needs a new window or engine
        (platform accounts, this screen's printers, order handling) restarts it as a save here would.
        """
        restaurant = self.station.restaurant
        if restaurant is None:
            return
        old = self.station.settings
        try:
            new = restaurant.apply(old)
        except Exception as exc:  # noqa: BLE001 - a driver error, or values of a newer KDS: keep what it has
            log.warning("the restaurant's settings could not be read again: %s", exc)
            return
        if new == old:
            return
        self.station.settings = new
        try:
            save_settings(new, self.station.path)
        except OSError as exc:
            log.warning("could not save the screen settings: %s", exc)
        need = restart_needed(own_printers(old, restaurant.name), own_printers(new, restaurant.name))
        if need is Restart.ENGINE and not self.station.can_restart:
            self.error_banner.show_text(tr("Another screen changed the restaurant's settings. Platform, printer and "
                                           "order settings take effect when KDS starts again."))
            return
        self.show_toast(tr("Another screen changed the restaurant's settings: they apply here too."))
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

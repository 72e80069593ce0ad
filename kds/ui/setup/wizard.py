"""The first-run wizard: language, platforms, a printer, basics, a manager PIN, the restaurant's database.

Shown by `kds` (without `--demo`) while `settings.setup_complete` is false. Each Next checks its
page; Finish stores the credentials in the OS keyring (only there), saves the settings with
`setup_complete=True`, and hands them to the launcher, which opens the board on those platforms.
Tapping a language switches the whole wizard to it at once. Closing the window quits KDS.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kds.station.settings import CredentialStore, Language, PrepTime
from kds.ui.i18n import NATIVE_NAMES, apply_language
from kds.ui.setup.connect import store_words
from kds.ui.setup.controls import form_stylesheet, label
from kds.ui.setup.credentials import aread_stored, platform_name
from kds.ui.setup.form import Draft, FormPage, FormProblem
from kds.ui.setup.forms import BehaviourForm, DisplayForm, PinForm, StationForm
from kds.ui.setup.platforms_form import PlatformsForm
from kds.ui.setup.printer_form import PrintersForm
from kds.ui.setup.riders_form import RidersForm
from kds.ui.setup.station import SaveResult, StationContext, save_draft, store_problem
from kds.ui.theme import DARK, Fonts
from kds.ui.widgets.overlay import touch_button
from kds.ui.wording import tr

log = logging.getLogger(__name__)


def scrolled(page: QWidget) -> QScrollArea:
    """`page` in a vertical scroll area (long forms on short screens)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


class SummaryPage(FormPage):
    """The last page: what will be saved."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        """Summarise `wizard`'s draft."""
        super().__init__()
        self.wizard = wizard
        self.rebuild()

    def title(self) -> str:
        """The page's name."""
        return tr("Check and finish")

    def build(self, layout: QVBoxLayout) -> None:
        """One line per part of the setup."""
        self.text = label("", "formLabel")
        layout.addWidget(self.text)
        self.problem = label("", "formProblem")
        layout.addWidget(self.problem)
        self.refresh()

    def refresh(self) -> None:
        """Describe the draft as the pages have it now."""
        try:
            draft = self.wizard.draft()
        except FormProblem as exc:
            self.text.setText("")
            self.problem.setText(str(exc))
            return
        settings = draft.settings
        on = [platform_name(p) for p in settings.enabled_platforms()]
        lines = [tr("Language: %1").replace("%1", NATIVE_NAMES[settings.appearance.language]),
                 tr("Platforms: %1").replace("%1", ", ".join(on) if on else tr("none yet")),
                 tr("Printers: %1").replace("%1", ", ".join(p.name for p in settings.printing.printers)
                                            or tr("none yet")),
                 self.prep_time_line(settings.behaviour.default_prep_minutes, settings.behaviour.prep_time),
                 tr("Riders: %1").replace("%1", ", ".join(r.name for r in settings.riders) or tr("none yet")),
                 tr("Manager PIN: %1").replace("%1", tr("set") if draft.pin else tr("none")),
                 tr("Orders: in the restaurant's database %1").replace("%1", settings.station.store_url)
                 if settings.station.store_url else tr("Orders: kept on this screen")]
        if settings.behaviour.auto_accept:
            lines.append(tr("New orders are confirmed automatically for: %1").replace(
                "%1", ", ".join(platform_name(p) for p in sorted(settings.behaviour.auto_accept))))
        store = settings.security.credential_store
        not_connecting = self.not_connecting(draft) if on else ""
        if on and not not_connecting and store is not CredentialStore.KEYRING:
            lines.append(tr("Credentials: %1").replace("%1", store_words()[store][0]))
        self.text.setText("\n".join("• " + line for line in lines))
        self.problem.setText(not_connecting)

    @staticmethod
    def prep_time_line(minutes: int, prep_time: PrepTime) -> str:
        """The usual preparation time, and whether Confirm asks for one each time."""
        if prep_time is PrepTime.ASK:
            return tr("Preparation time: asked at each Confirm (usual: %1 min)").replace("%1", str(minutes))
        return tr("Usual preparation time: %1 min").replace("%1", str(minutes))

    def not_connecting(self, draft: Draft) -> str:
        """What will not connect after Finish, and why ("" when the platforms can connect)."""
        forms = self.wizard.platforms
        store = forms.chosen_store()
        names = ", ".join(platform_name(p) for p in draft.settings.enabled_platforms())
        if store is None or (store is CredentialStore.KEYRING and forms.stored.keyring_problem):
            why = tr("the system keyring is not available and no other place for the credentials was chosen "
                     "(Platforms page), so they will not be saved")
        elif store is CredentialStore.PIN_FILE and not (draft.pin or draft.settings.security.manager_pin):
            why = tr("the encrypted credentials file needs a manager PIN (Manager PIN page)")
        else:
            return ""
        return tr("Not connected after Finish: %1. Why: %2.").replace("%1", names).replace("%2", why)


class FirstRunWizard(QWidget):
    """The wizard window. `done` carries the saved `Settings`, or None when it was closed."""

    done = Signal(object)

    def __init__(self, station: StationContext, parent: QWidget | None = None) -> None:
        """Set up the station of `station` (its settings give the starting values)."""
        super().__init__(parent)
        self.station = station
        self.result: SaveResult | None = None
        self._finished = False
        self._tasks: set[asyncio.Task[object]] = set()
        self.setObjectName("setupWizard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(form_stylesheet(DARK, Fonts()))
        settings = station.settings
        self.language = DisplayForm(settings, language_only=True)
        self.language.language_chosen.connect(self.choose_language)
        self.platforms = PlatformsForm(settings)
        self.printers = PrintersForm(settings)
        self.behaviour = BehaviourForm(settings, full=False)
        self.riders = RidersForm(settings)  # optional: Next with none added goes on
        self.pin = PinForm(settings)
        self.restaurant = StationForm(settings, restaurant_only=True)  # optional: empty for a screen on its own
        self.summary = SummaryPage(self)
        self.pages: list[FormPage] = [self.language, self.platforms, self.printers, self.behaviour, self.riders,
                                      self.pin, self.restaurant, self.summary]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = QFrame()
        bar.setObjectName("wizardBar")
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(28, 16, 28, 12)
        self.heading = label("", "formTitle")
        self.step = label("", "wizardStep")
        self.intro = label("", "formHint")
        for widget in (self.heading, self.step, self.intro):
            bar_layout.addWidget(widget)
        outer.addWidget(bar)
        self.stack = QStackedWidget()
        for page in self.pages:
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(28, 18, 28, 18)
            holder_layout.addWidget(page)
            self.stack.addWidget(scrolled(holder))
        outer.addWidget(self.stack, 1)
        foot = QFrame()
        foot.setObjectName("wizardFoot")
        foot_layout = QHBoxLayout(foot)
        foot_layout.setContentsMargins(28, 12, 28, 12)
        foot_layout.setSpacing(12)
        self.problem = label("", "formProblem")
        self.back = touch_button("", kind="quiet")
        self.next = touch_button("", kind="primary")
        for button in (self.back, self.next):
            button.setFixedWidth(220)
        foot_layout.addWidget(self.problem, 1)
        foot_layout.addWidget(self.back)
        foot_layout.addWidget(self.next)
        outer.addWidget(foot)
        self.printers.connection_changed.connect(lambda _index: self.problem.setText(""))  # it was about the old one
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.retranslate()

    # -- navigation ---------------------------------------------------------------------------

    @property
    def index(self) -> int:
        """The page shown."""
        return self.stack.currentIndex()

    def show_page(self, index: int) -> None:
        """Go to page `index`."""
        self.stack.setCurrentIndex(max(0, min(len(self.pages) - 1, index)))
        self.problem.setText("")
        if self.pages[self.index] is self.summary:
            self.summary.refresh()
        self.retranslate()

    def go_back(self) -> None:
        """The previous page."""
        self.show_page(self.index - 1)

    def go_next(self) -> bool:
        """Check this page and go on (or finish on the last one); False when the page has a problem."""
        page = self.pages[self.index]
        try:
            if page is not self.summary:
                page.apply(Draft(self.station.settings))
            else:
                self.draft()
        except FormProblem as exc:
            self.problem.setText(str(exc))
            return False
        if page is self.summary:
            self._spawn(self.finish())
        else:
            self.show_page(self.index + 1)
        return True

    def draft(self) -> Draft:
        """Everything the pages hold, as a draft to save.

        Raises:
            FormProblem: a page has a missing or wrong value.
        """
        draft = Draft(self.station.settings.model_copy(update={"setup_complete": True}))
        for page in (self.language, self.platforms, self.printers, self.behaviour, self.riders, self.pin,
                     self.restaurant):
            draft = page.apply(draft)
        return draft

    def choose_language(self, language: str) -> None:
        """Switch the wizard (and the app) to `language` at once."""
        apply_language(Language(language))

    # -- keyring and finishing ------------------------------------------------------------------

    async def load_stored(self) -> None:
        """Ask the keyring what it already holds (and whether it works at all)."""
        stored = await aread_stored(self.station.secrets)
        self.platforms.set_stored(stored)
        self.restaurant.set_stored(stored)

    def start(self) -> None:
        """Show the wizard and look at the keyring in the background."""
        self._spawn(self.load_stored())

    async def finish(self) -> SaveResult | None:
        """Save (keyring, then the settings file) and announce the settings; None when a page has a problem."""
        try:
            draft = self.draft()
        except FormProblem as exc:
            self.problem.setText(str(exc))
            return None
        self.next.setEnabled(False)
        try:
            problem = await store_problem(self.station, draft)
            if problem:
                self.show_page(self.pages.index(self.restaurant))
                self.problem.setText(problem)
                return None
            result = await save_draft(self.station, draft)
        except OSError as exc:
            self.problem.setText(tr("Could not save the settings: %1").replace("%1", exc.strerror or str(exc)))
            return None
        finally:
            self.next.setEnabled(True)
        self.result = result
        for problem in result.problems:
            log.warning("setup: %s", problem)
        self._finished = True
        self.done.emit(result.settings)
        self.close()
        return result

    def _spawn(self, coro: Coroutine[Any, Any, object]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- words ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Texts of the wizard itself (the pages rebuild themselves)."""
        self.setWindowTitle(tr("Set up KDS"))
        self.heading.setText(self.pages[self.index].title())
        self.step.setText(tr("Step %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.pages))))
        intros = {0: tr("Welcome to KDS. A few questions and the board opens; everything can be changed later "
                        "in Settings."),
                  1: tr("Switch on the platforms this restaurant sells on."),
                  2: tr("Optional: the thermal printer for kitchen tickets and receipts."),
                  3: tr("How new orders are handled."),
                  5: tr("Optional: a PIN that managers type to cancel, refund or change settings."),
                  6: tr("Optional: when several screens work together, the restaurant's database."),
                  7: tr("Check, then tap Finish.")}
        self.intro.setText(intros.get(self.index, ""))
        self.back.setText(tr("Back"))
        self.back.setEnabled(self.index > 0)
        self.next.setText(tr("Finish") if self.pages[self.index] is self.summary else tr("Next"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.pages[self.index] is self.summary:
                self.summary.refresh()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Closing before Finish means: nothing was set up."""
        if not self._finished:
            self._finished = True
            for task in list(self._tasks):
                task.cancel()
            with contextlib.suppress(RuntimeError):
                self.done.emit(None)
        super().closeEvent(event)

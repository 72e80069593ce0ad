"""The settings panel: every setting of the station, over the board, saved with one button.

Like the counter screen's sheets it is a panel inside the main window (no separate window to lose
behind a kiosk, no nested event loop). Pages: platforms (credentials to the keyring), printers,
behaviour, riders (the restaurant's own), screen (language, colours, text size), this computer
(kiosk, start with the system), manager PIN, and About with "Export diagnostics". Save checks every
page, writes the keyring and the settings file, and reports `saved`; the main window applies what can be applied live.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kds.printing.queue import PrintQueue
from kds.services.stations import StationService
from kds.store.retention import RetentionReport
from kds.ui.setup.about import AboutView
from kds.ui.setup.controls import label
from kds.ui.setup.credentials import aread_stored
from kds.ui.setup.form import Draft, FormPage, FormProblem
from kds.ui.setup.forms import BehaviourForm, DisplayForm, PinForm, StationForm
from kds.ui.setup.platforms_form import PlatformsForm
from kds.ui.setup.printer_form import PrintersForm
from kds.ui.setup.riders_form import RidersForm
from kds.ui.setup.station import SaveResult, StationContext, save_draft, store_problem
from kds.ui.setup.stations_form import StationsForm
from kds.ui.setup.wizard import scrolled
from kds.ui.widgets.overlay import Overlay, touch_button
from kds.ui.wording import tr

log = logging.getLogger(__name__)

MARGIN = 24


class SettingsPanel(Overlay):
    """All settings; `saved(old settings, SaveResult)` after a successful Save."""

    saved = Signal(object, object)

    def __init__(self, host: QWidget, station: StationContext, db_path: Path | None = None, *,
                 printing: PrintQueue | None = None, stations: StationService | None = None,
                 last_cleanup: Callable[[], RetentionReport | None] = lambda: None) -> None:
        """Edit `station`'s settings over `host`; `db_path` is for diagnostics; `printing` prints test pages.

        `stations` holds the restaurant's routing (in the shared store); without it there is no Kitchen stations page.
        `last_cleanup()` is what the retention task did last (the "This computer" page shows it).
        """
        super().__init__(host)
        self.station = station
        self.stations_service = stations
        self._tasks: set[asyncio.Task[object]] = set()
        settings = station.settings
        self.platforms = PlatformsForm(settings, demo=station.demo_platforms)
        self.printers = PrintersForm(settings, queue=printing)
        self.behaviour = BehaviourForm(settings)
        self.riders = RidersForm(settings)
        self.display = DisplayForm(settings)
        self.computer = StationForm(settings, station.autostart.location, last_cleanup=last_cleanup)
        self.pin = PinForm(settings)
        self.forms: list[FormPage] = [self.platforms, self.printers, self.behaviour, self.riders, self.display,
                                      self.computer, self.pin]
        self.kitchen: StationsForm | None = None
        if stations is not None:
            self.kitchen = StationsForm(settings, stations.routing())
            self.forms.insert(self.forms.index(self.riders) + 1, self.kitchen)
        self.about = AboutView(lambda: self.station.settings, db_path, directory=station.diagnostics_dir,
                               logs=station.log_dir)
        outer = QVBoxLayout(self.panel)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(12)
        head = QHBoxLayout()
        self.title = label("", "sheetTitle")
        head.addWidget(self.title, 1)
        self.close_button = touch_button("", kind="quiet")
        self.save_button = touch_button("", kind="primary")
        for button in (self.close_button, self.save_button):
            button.setFixedWidth(200)
            head.addWidget(button)
        outer.addLayout(head)
        self.problem = label("", "formProblem")
        outer.addWidget(self.problem)
        body = QHBoxLayout()
        body.setSpacing(18)
        nav = QVBoxLayout()
        nav.setSpacing(8)
        self.nav_group = QButtonGroup(self)
        self.nav: list[QPushButton] = []
        self.stack = QStackedWidget()
        for index, page in enumerate([*self.forms, self.about]):
            button = touch_button("", kind="nav")
            button.setCheckable(True)
            button.setFixedWidth(260)
            button.clicked.connect(lambda _=False, i=index: self.show_page(i))
            self.nav_group.addButton(button)
            self.nav.append(button)
            nav.addWidget(button)
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 12, 0)
            holder_layout.addWidget(page)
            if page is self.about:
                holder_layout.addStretch(1)
            self.stack.addWidget(scrolled(holder))
        nav.addStretch(1)
        body.addLayout(nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.close_button.clicked.connect(self.close_overlay)
        self.save_button.clicked.connect(lambda: self._spawn(self.save()))
        self.retranslate()
        self.show_page(0)

    def _fit(self) -> None:
        self.setGeometry(self.host.rect())
        self.panel.setGeometry(self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))

    def show_page(self, index: int) -> None:
        """Show page `index` (in navigation order)."""
        self.stack.setCurrentIndex(index)
        self.nav[index].setChecked(True)

    def open(self) -> None:
        """Show, and ask the keyring which credentials it holds."""
        super().open()
        self._spawn(self.load_stored())

    async def load_stored(self) -> None:
        """Mark saved credentials (the keyring may be slow: in a worker thread)."""
        stored = await aread_stored(self.station.secrets)
        if not self.is_closed:
            self.platforms.set_stored(stored)
            self.computer.set_stored(stored)

    def draft(self) -> Draft:
        """Every page's values; shows the first page with a problem.

        Raises:
            FormProblem: a page has a missing or wrong value.
        """
        draft = Draft(self.station.settings)
        for index, page in enumerate(self.forms):
            try:
                draft = page.apply(draft)
            except FormProblem as exc:
                self.show_page(index)
                self.problem.setText(str(exc))
                raise
        return draft

    async def save(self) -> SaveResult | None:
        """Save every page; None (and the problem shown) when a page is not valid."""
        try:
            draft = self.draft()
        except FormProblem:
            return None
        old = self.station.settings
        self.save_button.setEnabled(False)
        try:
            problem = await store_problem(self.station, draft)
            if problem:  # a screen saved onto a database it cannot open would not start again
                self.show_page(self.forms.index(self.computer))
                self.problem.setText(problem)
                return None
            result = await save_draft(self.station, draft)
            if draft.routing is not None and self.stations_service is not None:
                self.stations_service.save_routing(draft.routing)
        except OSError as exc:
            self.problem.setText(tr("Could not save the settings: %1").replace("%1", exc.strerror or str(exc)))
            return None
        finally:
            self.save_button.setEnabled(True)
        self.problem.setText("")
        self.saved.emit(old, result)
        self._tasks.discard(asyncio.current_task())  # finishing: closing must not cancel it
        self.close_overlay()
        return result

    def close_overlay(self) -> None:
        """Close; a keyring answer or a save still on its way is dropped."""
        for task in list(self._tasks):
            task.cancel()
        super().close_overlay()

    def _spawn(self, coro: Coroutine[Any, Any, object]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def retranslate(self) -> None:
        """The panel's own words (the pages rebuild themselves)."""
        self.title.setText(tr("Settings"))
        self.close_button.setText(tr("Close"))
        self.save_button.setText(tr("Save"))
        for button, page in zip(self.nav, self.forms, strict=False):
            button.setText(page.title())
        self.nav[-1].setText(tr("About"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The Store sheet: pause new orders (all platforms or one), busy mode, and what each control does where.

Each platform's row says what pausing and sold out do there, or where staff do it instead (the
platform's spec words it: the sheet never names a platform). Taps record a store control; the
engine sends it (`kds.services.store_control`) and reverses it at its time by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kds.domain.actions import PlatformPolicy
from kds.domain.order import Platform
from kds.platforms.spec import StoreAbilities
from kds.services.store_control import StoreControlRunner
from kds.ui import wording
from kds.ui.widgets.overlay import Sheet, restyle, touch_button
from kds.ui.wording import tr

PAUSE_MINUTES = (15, 30, 60)
"""How long "Pause all" offers to pause (minutes); "Until resumed" comes beside them."""

BUSY_MINUTES = (10, 20)
"""What busy mode offers to add to the preparation time (minutes), for `BUSY_FOR`."""

BUSY_FOR = timedelta(hours=1)
"""How long busy mode lasts."""


def paused_summary(runner: StoreControlRunner, policies: Mapping[Platform, PlatformPolicy],
                   now: datetime) -> str:
    """The top bar's words while any platform is paused ("" when none is): which, until when, time left."""
    paused = [(p, r) for p in policies if (r := runner.paused(p)) is not None]
    if not paused:
        return ""
    names = ", ".join(policies[p].label for p, _ in paused)
    ends = [r.control.until for _, r in paused if r.control.until is not None]
    if len(ends) < len(paused):
        return tr("Paused — %1 · until resumed").replace("%1", names)
    end = min(ends)
    left = max(0, int((end - now).total_seconds()))
    return (tr("Paused — %1 · resumes %2 (%3)").replace("%1", names).replace("%2", wording.local_time(end))
            .replace("%3", f"{left // 60}:{left % 60:02d}"))


class StoreSheet(Sheet):
    """Pause all or one platform, busy mode, and each platform's row."""

    sold_out_requested = Signal()
    """Staff tapped "Sold out…": the window opens the Sold out sheet (`kds.ui.sheets.sold_out`)."""

    def __init__(self, host: QWidget, runner: StoreControlRunner, policies: Mapping[Platform, PlatformPolicy],
                 abilities: Mapping[Platform, StoreAbilities], now: Callable[[], datetime]) -> None:
        """A sheet over `host` taking controls through `runner` for the platforms of `policies`."""
        super().__init__(host, tr("Store"))
        self.setObjectName("storeSheet")
        self.runner = runner
        self.policies = dict(policies)
        self.abilities = dict(abilities)
        self.now = now
        self.pausable = [p for p in self.policies if runner.can_pause(p)]

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self._hint(tr("Pause new orders on every platform:")), 0, 0, 1, 5)
        self.pause_buttons = {}
        for column, minutes in enumerate(PAUSE_MINUTES):
            button = touch_button(tr("%1 min").replace("%1", str(minutes)), kind="danger")
            button.clicked.connect(lambda _=False, m=minutes: self.pause_all(timedelta(minutes=m)))
            grid.addWidget(button, 1, column)
            self.pause_buttons[minutes] = button
        self.pause_open_ended = touch_button(tr("Until resumed"), kind="danger")
        self.pause_open_ended.clicked.connect(lambda: self.pause_all(None))
        grid.addWidget(self.pause_open_ended, 1, len(PAUSE_MINUTES))
        self.resume_all = touch_button(tr("Resume all"), kind="primary")
        self.resume_all.clicked.connect(lambda: self._done(self.runner.resume(self.pausable)))
        grid.addWidget(self.resume_all, 1, len(PAUSE_MINUTES) + 1)
        grid.addWidget(self._hint(tr("Busy: add minutes to the preparation time sent on confirm, for an hour:")),
                       2, 0, 1, 5)
        self.busy_buttons = {}
        for column, minutes in enumerate(BUSY_MINUTES):
            button = touch_button(tr("+%1 min").replace("%1", str(minutes)))
            button.clicked.connect(lambda _=False, m=minutes: self._done(
                self.runner.busy(list(self.policies), m, self.now() + BUSY_FOR)))
            grid.addWidget(button, 3, column)
            self.busy_buttons[minutes] = button
        self.end_busy = touch_button(tr("End busy"))
        self.end_busy.clicked.connect(lambda: self._done(self.runner.end_busy(list(self.policies))))
        grid.addWidget(self.end_busy, 3, len(BUSY_MINUTES))
        self.sold_out = touch_button(tr("Sold out…"), kind="danger")
        self.sold_out.setObjectName("soldOutButton")
        self.sold_out.clicked.connect(self.sold_out_requested.emit)
        grid.addWidget(self.sold_out, 3, len(BUSY_MINUTES) + 1, 1, len(PAUSE_MINUTES) - len(BUSY_MINUTES) + 1)
        self.body.addLayout(grid)

        self.rows: dict[Platform, tuple[QLabel, QLabel]] = {}
        rows = QGridLayout()
        rows.setHorizontalSpacing(16)
        rows.setVerticalSpacing(6)
        for index, platform in enumerate(self.policies):
            ability = self.abilities.get(platform, StoreAbilities())
            name = QLabel(self.policies[platform].label)
            name.setObjectName("sheetTitle")
            state = QLabel("")
            state.setObjectName("storeRowState")
            notes = [wording.platform_text(ability.pause_note), wording.platform_text(ability.sold_out_note)]
            note = self._hint("\n".join(n for n in notes if n))
            rows.addWidget(name, index * 2, 0)
            rows.addWidget(state, index * 2, 1)
            rows.addWidget(note, index * 2 + 1, 0, 1, 2)
            self.rows[platform] = (state, note)
        self.body.addLayout(rows)
        self.refresh()

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sheetHint")
        label.setWordWrap(True)
        return label

    def pause_all(self, length: timedelta | None) -> None:
        """Pause every platform KDS can pause, for `length` (None: until resumed)."""
        self._done(self.runner.pause(self.pausable, None if length is None else self.now() + length))

    def _done(self, _changes: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Each row's state: taking orders, paused (until when), or paused on the platform's own tablet."""
        for platform, (state, _note) in self.rows.items():
            record = self.runner.paused(platform)
            busy = self.runner.busy_minutes(platform)
            if not self.runner.can_pause(platform):
                text = tr("Pause it on the platform's own tablet")
            elif record is None:
                text = tr("Taking orders")
            elif record.control.until is None:
                text = tr("Paused until resumed")
            else:
                text = tr("Paused until %1").replace("%1", wording.local_time(record.control.until))
            if busy:
                text += " · " + tr("busy +%1 min").replace("%1", str(busy))
            state.setText(text)
            state.setProperty("paused", record is not None)
            restyle(state)

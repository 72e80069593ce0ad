"""The Store sheet: pause new orders and busy mode on every platform or one, and what each control does where.

Staff choose the platforms first (all, or one), then what to do: pause for 15 / 30 / 60 minutes,
until a time (big − and + by a quarter of an hour), or until resumed; resume; busy mode. Each
platform's row says whether it takes orders, whether the last pause or reopening has reached the
platform ("not sent yet — retrying", "failed: …" in the platform's words), and what pausing, busy
mode and sold out do there, or where staff do it instead (the platform's spec words it: the sheet
never names a platform). Taps record a store control; the engine sends it
(`kds.services.store_control`) and reverses it at its time by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QScroller, QWidget

from kds.domain.actions import PlatformPolicy
from kds.domain.order import Platform
from kds.domain.store_control import ControlKind
from kds.platforms.spec import StoreAbilities
from kds.services.store_control import StoreControlRunner
from kds.store.outbox import ActionState
from kds.store.store_controls import ControlRecord
from kds.ui import wording
from kds.ui.setup.controls import ChoiceRow, Stepper
from kds.ui.widgets.overlay import Sheet, restyle, touch_button
from kds.ui.wording import tr

PAUSE_MINUTES = (15, 30, 60)
"""How long the sheet offers to pause (minutes); "Until resumed" and a chosen time come beside them."""

BUSY_MINUTES = (10, 20)
"""What busy mode offers to add to the preparation time (minutes), for `BUSY_FOR`."""

BUSY_FOR = timedelta(hours=1)
"""How long busy mode lasts."""

UNTIL_STEP = timedelta(minutes=15)
"""The time picker's step: a quarter of an hour per tap."""

UNTIL_MAX_STEPS = 4 * 24
"""The time picker reaches a day ahead."""

ALL = ""
"""The platform choice meaning every platform."""


def sending_words(record: ControlRecord, *, detail: bool = True) -> str:
    """How sending `record` stands, when it has not reached the platform yet ("" when it has).

    With `detail`, the platform's own words for the last failure follow (the sheet's rows; the top
    bar has no room for them).
    """
    if record.reached:  # sent and taken, or the platform's own doing
        return ""
    if record.state == ActionState.FAILED.value:
        return tr("failed: %1").replace("%1", record.last_error) if detail else tr("failed")
    if record.last_error:
        return tr("not sent yet — retrying: %1").replace("%1", record.last_error) if detail else \
            tr("not sent yet — retrying")
    return tr("not sent yet")


@dataclass(frozen=True, slots=True)
class _Paused:
    names: list[str]
    until: datetime | None


def paused_summary(runner: StoreControlRunner, policies: Mapping[Platform, PlatformPolicy],
                   now: datetime) -> str:
    """The top bar's words while any platform is paused ("" when none is).

    Platforms paused until the same time share one "resumes 14:30 (29:00)"; others say their own
    end, earliest first. A pause or a reopening that has not reached its platform comes first, with
    how its sending stands ("not sent yet — retrying", "failed"; the sheet's row has the platform's
    words): a pause that never got there must not look done.
    """
    problems: dict[str, list[str]] = {}
    groups: dict[datetime | None, _Paused] = {}
    for platform, policy in policies.items():
        record = runner.store_record(platform)
        if record is None:
            continue
        sending = sending_words(record, detail=False)
        if record.control.kind is ControlKind.RESUME:
            if sending:
                problems.setdefault(tr("reopening %1").replace("%1", sending), []).append(policy.label)
            continue
        if sending:
            problems.setdefault(sending, []).append(policy.label)
            continue
        groups.setdefault(record.control.until, _Paused([], record.control.until)).names.append(policy.label)
    parts = [tr("%1 · %2").replace("%1", ", ".join(names)).replace("%2", words) for words, names in problems.items()]
    for group in sorted(groups.values(), key=lambda g: (g.until is None, g.until or now)):
        names = ", ".join(group.names)
        if group.until is None:
            parts.append(tr("%1 · until resumed").replace("%1", names))
            continue
        left = max(0, int((group.until - now).total_seconds()))
        parts.append(tr("%1 · resumes %2 (%3)").replace("%1", names)
                     .replace("%2", wording.local_time(group.until)).replace("%3", f"{left // 60}:{left % 60:02d}"))
    if not parts:
        return ""
    return tr("Paused — %1").replace("%1", "; ".join(parts))


class StoreSheet(Sheet):
    """Choose all platforms or one; pause, resume, busy mode; and each platform's row."""

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

        grid = QGridLayout()
        grid.setSpacing(10)
        columns = len(PAUSE_MINUTES) + 2
        grid.addWidget(self._hint(tr("On which platforms:")), 0, 0, 1, columns)
        choices = [(ALL, tr("All platforms")), *((p.value, self.policies[p].label) for p in self.policies)]
        self.scope = ChoiceRow(choices, ALL)
        self.scope.changed.connect(lambda _key: self.refresh())
        grid.addWidget(self.scope, 1, 0, 1, columns)

        grid.addWidget(self._hint(tr("Pause new orders:")), 2, 0, 1, columns)
        self.pause_buttons = {}
        for column, minutes in enumerate(PAUSE_MINUTES):
            button = touch_button(tr("%1 min").replace("%1", str(minutes)), kind="danger")
            button.clicked.connect(lambda _=False, m=minutes: self.pause_for(timedelta(minutes=m)))
            grid.addWidget(button, 3, column)
            self.pause_buttons[minutes] = button
        self.pause_open_ended = touch_button(tr("Until resumed"), kind="danger")
        self.pause_open_ended.clicked.connect(lambda: self.pause_until(None))
        grid.addWidget(self.pause_open_ended, 3, len(PAUSE_MINUTES))
        self.resume_all = touch_button(tr("Resume"), kind="primary")
        self.resume_all.clicked.connect(lambda: self._done(self.runner.resume(self.targets())))
        grid.addWidget(self.resume_all, 3, len(PAUSE_MINUTES) + 1)

        grid.addWidget(self._hint(tr("Or pause until a time:")), 4, 0, 1, columns)
        self._anchor = self._first_slot()
        self.until_picker = Stepper(1, UNTIL_MAX_STEPS, 1, 4, self._slot_text)
        self.until_picker.display.setObjectName("storeUntil")
        self.until_picker.value_changed.connect(lambda _v: self._name_until_button())
        grid.addWidget(self.until_picker, 5, 0, 1, 3)
        self.pause_until_button = touch_button("", kind="danger")
        self.pause_until_button.clicked.connect(lambda: self.pause_until(self.chosen_until()))
        grid.addWidget(self.pause_until_button, 5, 3, 1, 2)
        self._name_until_button()

        grid.addWidget(self._hint(tr("Busy: add minutes to the preparation time sent on confirm, for an hour:")),
                       6, 0, 1, columns)
        self.busy_buttons = {}
        for column, minutes in enumerate(BUSY_MINUTES):
            button = touch_button(tr("+%1 min").replace("%1", str(minutes)))
            button.clicked.connect(lambda _=False, m=minutes: self._done(
                self.runner.busy(self.targets(), m, self.now() + BUSY_FOR)))
            grid.addWidget(button, 7, column)
            self.busy_buttons[minutes] = button
        self.end_busy = touch_button(tr("End busy"))
        self.end_busy.clicked.connect(lambda: self._done(self.runner.end_busy(self.targets())))
        grid.addWidget(self.end_busy, 7, len(BUSY_MINUTES))
        self.sold_out = touch_button(tr("Sold out…"), kind="danger")
        self.sold_out.setObjectName("soldOutButton")
        self.sold_out.clicked.connect(self.sold_out_requested.emit)
        grid.addWidget(self.sold_out, 7, len(BUSY_MINUTES) + 1, 1, columns - len(BUSY_MINUTES) - 1)
        self.body.addLayout(grid)

        self.rows: dict[Platform, tuple[QLabel, QLabel]] = {}
        holder = QWidget()
        holder.setObjectName("drawerBody")  # transparent, like the drawer's body
        rows = QGridLayout(holder)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setHorizontalSpacing(16)
        rows.setVerticalSpacing(6)
        for index, platform in enumerate(self.policies):
            ability = self.abilities.get(platform, StoreAbilities())
            name = QLabel(self.policies[platform].label)
            name.setObjectName("sheetTitle")
            state = QLabel("")
            state.setObjectName("storeRowState")
            state.setWordWrap(True)
            busy_note = (tr("Busy adds its minutes to the preparation time sent on confirm.")
                         if self.policies[platform].takes_preparation_time else
                         tr("Busy changes nothing here: this platform takes no preparation time on confirm."))
            notes = [wording.platform_text(ability.pause_note), busy_note,
                     wording.platform_text(ability.sold_out_note)]
            note = self._hint("\n".join(n for n in notes if n))
            rows.addWidget(name, index * 2, 0)
            rows.addWidget(state, index * 2, 1)
            rows.addWidget(note, index * 2 + 1, 0, 1, 2)
            rows.setColumnStretch(1, 1)
            self.rows[platform] = (state, note)
        # The rows scroll when the screen is short (a tablet, or a language with tall lines); the
        # buttons above them stay put.
        self.rows_area = QScrollArea()
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_area.setWidget(holder)
        QScroller.grabGesture(self.rows_area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.body.addWidget(self.rows_area, 1)
        self.refresh()

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sheetHint")
        label.setWordWrap(True)
        return label

    # --- choosing ------------------------------------------------------------------------------

    def choose(self, platform: Platform | None) -> None:
        """Act on `platform` only (None: on every platform), as a tap on its button does."""
        key = ALL if platform is None else platform.value
        self.scope.set_value(key)
        self.refresh()

    def targets(self) -> list[Platform]:
        """The platforms the next tap acts on."""
        key = self.scope.value()
        return list(self.policies) if key == ALL else [p for p in self.policies if p.value == key]

    def _first_slot(self) -> datetime:
        """The first quarter hour at least one step from now (what the picker counts from)."""
        now = self.now()
        start = now.astimezone().replace(second=0, microsecond=0)
        start -= timedelta(minutes=start.minute % 15)
        while start < now + UNTIL_STEP:
            start += UNTIL_STEP
        return start - UNTIL_STEP

    def chosen_until(self) -> datetime:
        """The time the picker shows."""
        return self._anchor + int(self.until_picker.value()) * UNTIL_STEP

    def _slot_text(self, steps: float) -> str:
        return wording.local_time(self._anchor + int(steps) * UNTIL_STEP)

    def _name_until_button(self) -> None:
        self.pause_until_button.setText(tr("Pause until %1").replace("%1", wording.local_time(self.chosen_until())))

    # --- acting --------------------------------------------------------------------------------

    def pause_for(self, length: timedelta) -> None:
        """Pause the chosen platforms for `length`."""
        self.pause_until(self.now() + length)

    def pause_until(self, until: datetime | None) -> None:
        """Pause the chosen platforms until `until` (None: until resumed); a time already past does nothing."""
        if until is not None and until <= self.now():
            self.refresh()
            return
        self._done(self.runner.pause(self.targets(), until))

    def pause_all(self, length: timedelta | None) -> None:
        """Pause every platform KDS can pause, for `length` (None: until resumed)."""
        self.choose(None)
        self.pause_until(None if length is None else self.now() + length)

    def _done(self, _changes: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Buttons for what the chosen platforms allow; each row's state and how its last control stands."""
        pausable = any(self.runner.can_pause(p) for p in self.targets())
        for button in (*self.pause_buttons.values(), self.pause_open_ended, self.resume_all,
                       self.pause_until_button):
            button.setEnabled(pausable)
        if self.chosen_until() <= self.now():  # the sheet stayed open past the chosen time
            self._anchor = self._first_slot()
            self.until_picker.set_value(self.until_picker.value())
            self.until_picker.display.setText(self._slot_text(self.until_picker.value()))
            self._name_until_button()
        any_paused = False
        for platform, (state, _note) in self.rows.items():
            record = self.runner.store_record(platform)
            paused = record is not None and record.control.kind is ControlKind.PAUSE
            any_paused = any_paused or paused
            busy = self.runner.busy_minutes(platform)
            if not self.runner.can_pause(platform):
                text = tr("Pause it on the platform's own tablet")
            elif record is None or not paused:
                text = tr("Taking orders")
            elif record.control.until is None:
                text = tr("Paused until resumed")
            else:
                text = tr("Paused until %1").replace("%1", wording.local_time(record.control.until))
            sending = sending_words(record) if record is not None and self.runner.can_pause(platform) else ""
            if sending:
                text += " · " + (sending if paused else tr("reopening %1").replace("%1", sending))
            if busy and self.policies[platform].takes_preparation_time:
                text += " · " + tr("busy +%1 min").replace("%1", str(busy))
            state.setText(text)
            state.setProperty("paused", paused or bool(sending))
            restyle(state)
        for platform, (state, _note) in self.rows.items():
            # Paused everywhere else: say plainly that this one still takes orders.
            manual = any_paused and not self.runner.can_pause(platform)
            if state.property("manual") != manual:
                state.setProperty("manual", manual)
                restyle(state)

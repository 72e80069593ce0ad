"""The smaller setup forms: behaviour at the counter, screen, station and the manager PIN.

The screen form sets the language, theme, text size and card size; the station form the kiosk mode, starting
with the system, and the restaurant's shared database the screen joins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QGridLayout, QVBoxLayout, QWidget

from kds.domain.opening_hours import DAY_MINUTES, minute_of_day
from kds.domain.order import Platform
from kds.station.credentials import STORE_PASSWORD
from kds.station.settings import (
    PIN_PATTERN,
    Appearance,
    Behaviour,
    CardSize,
    Guarded,
    Language,
    PrepTime,
    Retention,
    Settings,
    Station,
    Theme,
)
from kds.store.connect import is_database_url
from kds.store.retention import RetentionReport
from kds.ui import wording
from kds.ui.i18n import NATIVE_NAMES
from kds.ui.setup.controls import ChoiceRow, Stepper, field_row, label, section, text_field, toggle
from kds.ui.setup.credentials import PLATFORMS, platform_name
from kds.ui.setup.form import Draft, FormPage, FormProblem, StoredSecrets
from kds.ui.wording import tr

HOURS_STEP = 15
"""The opening hours' − and + move a quarter of an hour."""


def _minutes(value: float) -> str:
    return tr("%1 min").replace("%1", f"{value:g}")


def _clock_text(minute: float) -> str:
    """A minute of the day as "HH:MM" (what the settings file keeps; 24:00 is midnight at the end)."""
    hours, minutes = divmod(int(minute), 60)
    return f"{hours:02d}:{minutes:02d}"


def _weekday_names() -> tuple[str, ...]:
    """Monday to Sunday, in the current language."""
    return (tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday"),
            tr("Sunday"))


class BehaviourForm(FormPage):
    """Auto-accept and preparation time (the wizard); also sounds, colour thresholds and undo (settings)."""

    def __init__(self, settings: Settings, *, full: bool = True, parent: QWidget | None = None) -> None:
        """Edit `settings.behaviour`; `full` adds what the wizard leaves at its defaults."""
        super().__init__(parent)
        self.full = full
        self.values = settings.behaviour
        self.auto_accept: dict[Platform, QCheckBox] = {}
        self.hours: dict[int, tuple[QCheckBox, Stepper, Stepper]] = {}
        self.rebuild()
        self.set_state({"behaviour": self.values})

    def title(self) -> str:
        """The page's name."""
        return tr("Behaviour")

    def build(self, layout: QVBoxLayout) -> None:
        """The fields, in sections."""
        frame, box = section(tr("Accepting orders"))
        self.auto_accept = {}
        for platform in PLATFORMS:
            switch = toggle(tr("Confirm new %1 orders automatically").replace("%1", platform_name(platform)))
            self.auto_accept[platform] = switch
            box.addWidget(switch)
        box.addWidget(label(tr("Off is safer: staff confirm each order. On: every new order is confirmed at once, "
                               "even when nobody is at the counter."), "formHint"))
        self.prep = Stepper(1, 240, 1, 15, _minutes)
        field_row(box, tr("Usual preparation time"), self.prep, tr("What Confirm tells the platform."))
        self.prep_time = ChoiceRow(((PrepTime.USUAL.value, tr("Always send the usual time")),
                                    (PrepTime.ASK.value, tr("Ask each time"))), PrepTime.USUAL.value)
        field_row(box, tr("Preparation time"), self.prep_time,
                  tr("Ask each time: Confirm offers 10 to 45 minutes, the usual time highlighted (only "
                     "where the platform takes a preparation time)."))
        layout.addWidget(frame)
        if not self.full:
            return
        frame, box = section(tr("Sounds"))
        self.sounds = toggle(tr("Ring for new orders and alarms"))
        box.addWidget(self.sounds)
        self.volume = Stepper(0, 100, 10, 80, lambda v: f"{v:g} %")
        field_row(box, tr("Volume"), self.volume)
        layout.addWidget(frame)
        frame, box = section(tr("Ticket colours"))
        self.amber = Stepper(1, 240, 1, 10, _minutes)
        self.red = Stepper(1, 480, 1, 20, _minutes)
        field_row(box, tr("Amber after"), self.amber, tr("Time since the order was accepted."))
        field_row(box, tr("Red after"), self.red)
        layout.addWidget(frame)
        frame, box = section(tr("Undo"))
        self.undo = Stepper(0, 30, 1, 5, lambda v: tr("%1 s").replace("%1", f"{v:g}"))
        field_row(box, tr("Time to undo Ready, Collected and Delivered"), self.undo,
                  tr("0 sends at once, without Undo."))
        layout.addWidget(frame)
        frame, box = section(tr("Opening hours"))
        box.addWidget(label(tr("When a platform stays closed during these hours for more than a few minutes, "
                               "the board rings and offers to reopen it. No day ticked: no opening hours."),
                            "formHint"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.hours = {}
        for weekday, name in enumerate(_weekday_names()):
            day = toggle(name)
            opens = Stepper(0, DAY_MINUTES - HOURS_STEP, HOURS_STEP, 10 * 60, _clock_text)
            closes = Stepper(HOURS_STEP, DAY_MINUTES, HOURS_STEP, 22 * 60, _clock_text)
            grid.addWidget(day, weekday, 0)
            grid.addWidget(opens, weekday, 1)
            grid.addWidget(label(tr("to")), weekday, 2)
            grid.addWidget(closes, weekday, 3)
            self.hours[weekday] = (day, opens, closes)
        grid.setColumnStretch(4, 1)
        box.addLayout(grid)
        box.addWidget(label(tr("A closing time before the opening time runs past midnight."), "formHint"))
        layout.addWidget(frame)

    def state(self) -> dict[str, Any]:
        """The values as a `Behaviour` (unvalidated fields kept as numbers)."""
        values: dict[str, Any] = {
            "auto_accept": frozenset(p for p, s in self.auto_accept.items() if s.isChecked()),
            "default_prep_minutes": int(self.prep.value()),
            "prep_time": PrepTime(self.prep_time.value() or PrepTime.USUAL.value)}
        if self.full:
            values.update(sounds=self.sounds.isChecked(), volume=int(self.volume.value()),
                          amber_minutes=int(self.amber.value()), red_minutes=int(self.red.value()),
                          undo_seconds=float(self.undo.value()),
                          opening_hours=[{"weekday": weekday, "opens": _clock_text(opens.value()),
                                          "closes": _clock_text(closes.value())}
                                         for weekday, (day, opens, closes) in self.hours.items() if day.isChecked()])
        return {"values": values}

    def set_state(self, state: dict[str, Any]) -> None:
        """Show a `Behaviour` (`{"behaviour": ...}`) or put back `state()`."""
        behaviour: Behaviour | None = state.get("behaviour")
        values = behaviour.model_dump() if behaviour is not None else state.get("values", {})
        for platform, switch in self.auto_accept.items():
            switch.setChecked(platform in values.get("auto_accept", ()))
        self.prep.set_value(values.get("default_prep_minutes", self.prep.value()))
        self.prep_time.set_value(str(values.get("prep_time", PrepTime.USUAL)))
        if self.full:
            self.sounds.setChecked(values.get("sounds", True))
            self.volume.set_value(values.get("volume", 80))
            self.amber.set_value(values.get("amber_minutes", 10))
            self.red.set_value(values.get("red_minutes", 20))
            self.undo.set_value(values.get("undo_seconds", 5))
            days = {d["weekday"]: d for d in values.get("opening_hours", ())}
            for weekday, (day, opens, closes) in self.hours.items():
                hours = days.get(weekday)
                day.setChecked(hours is not None)
                if hours is not None:
                    opens.set_value(minute_of_day(hours["opens"]))
                    closes.set_value(minute_of_day(hours["closes"]))

    def apply(self, draft: Draft) -> Draft:
        """The draft with this behaviour.

        Raises:
            FormProblem: the amber time is not below the red one.
        """
        data = draft.settings.behaviour.model_dump()
        data.update(self.state()["values"])
        if any(opens.value() == closes.value()
               for day, opens, closes in self.hours.values() if day.isChecked()):
            raise FormProblem(tr("A day's opening and closing times must differ."))
        try:
            behaviour = Behaviour.model_validate(data)
        except ValidationError:
            raise FormProblem(tr("The amber time must be shorter than the red time.")) from None
        draft.settings = draft.settings.model_copy(update={"behaviour": behaviour})
        return draft


class DisplayForm(FormPage):
    """Language, and (unless `language_only`) colours, text size and card size."""

    language_chosen = Signal(str)
    """A language was tapped (the wizard switches at once)."""

    def __init__(self, settings: Settings, *, language_only: bool = False, parent: QWidget | None = None) -> None:
        """Edit `settings.appearance`."""
        super().__init__(parent)
        self.language_only = language_only
        self.rebuild()
        self.set_state({"appearance": settings.appearance})

    def title(self) -> str:
        """The page's name."""
        return tr("Language") if self.language_only else tr("Screen")

    def build(self, layout: QVBoxLayout) -> None:
        """Language buttons in their own words; theme, text size and card size."""
        self.language = ChoiceRow([(lang.value, NATIVE_NAMES[lang]) for lang in Language], columns=2)
        self.language.changed.connect(self.language_chosen)
        frame, box = section(tr("Language"))
        box.addWidget(self.language)
        box.addWidget(label(tr("Times and prices follow the language's usual format."), "formHint"))
        layout.addWidget(frame)
        if self.language_only:
            return
        frame, box = section(tr("Look"))
        self.theme = ChoiceRow([(Theme.DARK.value, tr("Dark")), (Theme.LIGHT.value, tr("Light"))])
        field_row(box, tr("Colours"), self.theme, tr("Dark is easier on the eyes in a kitchen."))
        self.font_scale = Stepper(0.75, 2.0, 0.05, 1.0, lambda v: f"{round(v * 100)} %")
        field_row(box, tr("Text size"), self.font_scale)
        self.card_size = ChoiceRow([(CardSize.AUTO.value, tr("Automatic")), (CardSize.COMPACT.value, tr("Compact")),
                                    (CardSize.FULL.value, tr("Full"))])
        field_row(box, tr("Card size"), self.card_size,
                  tr("Automatic: compact cards when a column is crowded, full cards otherwise."))
        layout.addWidget(frame)

    def state(self) -> dict[str, Any]:
        """The chosen values."""
        values: dict[str, Any] = {"language": self.language.value()}
        if not self.language_only:
            values.update(theme=self.theme.value(), font_scale=self.font_scale.value(),
                          card_size=self.card_size.value())
        return {"values": values}

    def set_state(self, state: dict[str, Any]) -> None:
        """Show an `Appearance` (`{"appearance": ...}`) or put back `state()`."""
        appearance: Appearance | None = state.get("appearance")
        values = appearance.model_dump(mode="json") if appearance is not None else state.get("values", {})
        self.language.set_value(values.get("language", Language.EN.value))
        if not self.language_only:
            self.theme.set_value(values.get("theme", Theme.DARK.value))
            self.font_scale.set_value(values.get("font_scale", 1.0))
            self.card_size.set_value(values.get("card_size", CardSize.AUTO.value))

    def apply(self, draft: Draft) -> Draft:
        """The draft with this appearance."""
        data = draft.settings.appearance.model_dump()
        data.update(self.state()["values"])
        draft.settings = draft.settings.model_copy(update={"appearance": Appearance.model_validate(data)})
        return draft


def cleanup_text(report: RetentionReport | None) -> str:
    """What the retention task did last, and when ("No clean-up yet." before its first run)."""
    if report is None:
        return tr("No clean-up yet.")
    return (tr("Last clean-up: %1 %2 — %3 old orders deleted, customer details of %4 orders erased.")
            .replace("%1", wording.local_date(report.at)).replace("%2", wording.local_time(report.at))
            .replace("%3", str(report.purged)).replace("%4", str(report.erased)))


class StationForm(FormPage):
    """Kiosk mode, starting with the system, keeping data, and the restaurant's shared store this screen joins."""

    def __init__(self, settings: Settings, autostart_location: str = "", parent: QWidget | None = None, *,
                 restaurant_only: bool = False,
                 last_cleanup: Callable[[], RetentionReport | None] = lambda: None) -> None:
        """Edit `settings.station` and `settings.retention`; `autostart_location` is where the sign-in entry goes.

        `restaurant_only` shows the restaurant's database alone (the first-run wizard's page);
        `last_cleanup()` tells what the retention task did last.
        """
        super().__init__(parent)
        self.location = autostart_location
        self.restaurant_only = restaurant_only
        self.last_cleanup = last_cleanup
        self.base = settings.station
        self.kept = settings.retention
        self.stored = StoredSecrets()
        self.rebuild()
        self.set_state({"values": {**settings.station.model_dump(), **settings.retention.model_dump()}})

    def title(self) -> str:
        """The page's name."""
        return tr("This screen joins a restaurant") if self.restaurant_only else tr("This computer")

    def build(self, layout: QVBoxLayout) -> None:
        """Two switches with what they do, the two durations of keeping data, and the restaurant's database."""
        if not self.restaurant_only:
            self._build_switches(layout)
            self._build_keeping(layout)
        self._build_restaurant(layout)

    def _build_switches(self, layout: QVBoxLayout) -> None:
        frame, box = section(tr("This computer"))
        self.kiosk = toggle(tr("Kiosk mode: full screen, nothing else on screen"))
        box.addWidget(self.kiosk)
        box.addWidget(label(tr("With a manager PIN, leaving full screen asks for it."), "formHint"))
        self.autostart = toggle(tr("Start KDS when this computer starts"))
        box.addWidget(self.autostart)
        if self.location:
            box.addWidget(label(tr("Entry: %1").replace("%1", self.location), "formHint"))
        layout.addWidget(frame)

    def _build_keeping(self, layout: QVBoxLayout) -> None:
        frame, box = section(tr("Keeping data"))
        self.keep_days = Stepper(10, 3650, 10, 90, lambda v: tr("%1 days").replace("%1", f"{v:g}"))
        field_row(box, tr("Keep orders for"), self.keep_days,
                  tr("Orders and their history, for the day's report; older ones are deleted."))
        self.erase_hours = Stepper(6, 24 * 90, 6, 24, lambda v: tr("%1 h").replace("%1", f"{v:g}"))
        field_row(box, tr("Erase customer details after"), self.erase_hours,
                  tr("Names, phones and addresses, counted from when the order is finished."))
        self.cleanup = label(cleanup_text(self.last_cleanup()), "formHint")
        self.cleanup.setObjectName("lastCleanup")
        box.addWidget(self.cleanup)
        layout.addWidget(frame)

    def _build_restaurant(self, layout: QVBoxLayout) -> None:
        frame, box = section(tr("This screen joins a restaurant"))
        box.addWidget(label(tr("Several screens of one restaurant share one PostgreSQL database. Give every "
                               "screen the same address; leave it empty for a screen on its own."), "formHint"))
        self.store_url = text_field("postgresql://kds@192.168.1.10/kds", name="store_url")
        field_row(box, tr("Database address"), self.store_url)
        saved = STORE_PASSWORD in self.stored.present
        self.store_password = text_field(tr("Saved in the keyring — type to replace") if saved else "",
                                         secret=True, name="store_password")
        field_row(box, tr("Database password"), self.store_password,
                  tr("Kept in this computer's keyring, never in the settings file."))
        if not self.restaurant_only:  # the wizard's Finish opens the board on it anyway
            box.addWidget(label(tr("KDS starts again on the restaurant's database when you save."), "formHint"))
        layout.addWidget(frame)

    def set_stored(self, stored: StoredSecrets) -> None:
        """Say whether the keyring holds the database password (typed text is kept)."""
        self.stored = stored
        self.rebuild()

    def state(self) -> dict[str, Any]:
        """The two switches, the two durations and the restaurant's database."""
        switches = ({"kiosk": self.base.kiosk, "start_with_system": self.base.start_with_system,
                     "keep_days": self.kept.keep_days, "erase_after_hours": self.kept.erase_after_hours}
                    if self.restaurant_only else
                    {"kiosk": self.kiosk.isChecked(), "start_with_system": self.autostart.isChecked(),
                     "keep_days": int(self.keep_days.value()), "erase_after_hours": int(self.erase_hours.value())})
        return {"values": {**switches, "store_url": self.store_url.text().strip()},
                "password": self.store_password.text()}

    def set_state(self, state: dict[str, Any]) -> None:
        """Put back `state()`."""
        values = state.get("values", {})
        if not self.restaurant_only:
            self.kiosk.setChecked(bool(values.get("kiosk")))
            self.autostart.setChecked(bool(values.get("start_with_system")))
            self.keep_days.set_value(values.get("keep_days", 90))
            self.erase_hours.set_value(values.get("erase_after_hours", 24))
        self.store_url.setText(str(values.get("store_url", "")))
        self.store_password.setText(str(state.get("password", "")))

    def apply(self, draft: Draft) -> Draft:
        """The draft with these switches, durations and the database address (its password for the keyring).

        Raises:
            FormProblem: the address is not a PostgreSQL one, or carries the password.
        """
        state = self.state()
        url = state["values"]["store_url"]
        if url and not is_database_url(url):
            raise FormProblem(tr("The database address starts with postgresql://"))
        if url and urlsplit(url).password:
            raise FormProblem(tr("Type the database password in its own field, not in the address."))
        # The rest of `station` (what this screen is for) is the Kitchen stations page's.
        kept = ("keep_days", "erase_after_hours")
        station = Station.model_validate({**draft.settings.station.model_dump(),
                                          **{k: v for k, v in state["values"].items() if k not in kept}})
        retention = Retention.model_validate({k: state["values"][k] for k in kept})
        draft.settings = draft.settings.model_copy(update={"station": station, "retention": retention})
        if state["password"]:
            draft.secrets[STORE_PASSWORD] = state["password"]
        return draft


class PinForm(FormPage):
    """Set, change or remove the manager PIN, and choose what it guards."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        """Edit `settings.security` (the PIN itself only as a new one: the old one is a hash)."""
        super().__init__(parent)
        self.has_pin = settings.security.manager_pin is not None
        self.guards: dict[Guarded, QCheckBox] = {}
        self.rebuild()
        self.set_state({"guarded": settings.security.guarded})

    def title(self) -> str:
        """The page's name."""
        return tr("Manager PIN")

    def build(self, layout: QVBoxLayout) -> None:
        """Status, two PIN fields, what it guards."""
        frame, box = section(tr("Manager PIN"))
        box.addWidget(label(tr("A manager PIN is set.") if self.has_pin else
                            tr("No manager PIN: anyone at the counter can cancel, refund and change settings."),
                            "formHint"))
        validator = QRegularExpressionValidator(PIN_PATTERN.pattern.replace("{4,12}", "{0,12}"))
        self.new_pin = text_field(tr("4 to 12 digits"), secret=True, name="newPin")
        self.repeat_pin = text_field(tr("the same again"), secret=True, name="repeatPin")
        for field in (self.new_pin, self.repeat_pin):
            field.setValidator(validator)
        field_row(box, tr("New PIN") if not self.has_pin else tr("Change the PIN"), self.new_pin,
                  tr("Optional. Leave empty to keep it as it is.") if self.has_pin else tr("Optional."))
        field_row(box, tr("Repeat the PIN"), self.repeat_pin)
        self.remove = toggle(tr("Remove the manager PIN"))
        self.remove.setVisible(self.has_pin)
        box.addWidget(self.remove)
        layout.addWidget(frame)
        frame, box = section(tr("The PIN is asked for"))
        names = {Guarded.CANCEL: tr("Cancelling an order"), Guarded.REFUND: tr("Refunds (partial, agree, reject)"),
                 Guarded.SETTINGS: tr("Opening Settings")}
        self.guards = {}
        for what in Guarded:
            self.guards[what] = toggle(names[what])
            box.addWidget(self.guards[what])
        layout.addWidget(frame)

    def state(self) -> dict[str, Any]:
        """Typed PINs, the remove switch and the guarded actions."""
        return {"new": self.new_pin.text(), "repeat": self.repeat_pin.text(), "remove": self.remove.isChecked(),
                "guarded": {g for g, box in self.guards.items() if box.isChecked()}}

    def set_state(self, state: dict[str, Any]) -> None:
        """Put back `state()`."""
        self.new_pin.setText(state.get("new", ""))
        self.repeat_pin.setText(state.get("repeat", ""))
        self.remove.setChecked(bool(state.get("remove")))
        for what, box in self.guards.items():
            box.setChecked(what in state.get("guarded", set(Guarded)))

    def apply(self, draft: Draft) -> Draft:
        """The draft with the new PIN (if any) and what it guards.

        Raises:
            FormProblem: the PIN is not 4 to 12 digits, or the two differ.
        """
        new, repeat = self.new_pin.text(), self.repeat_pin.text()
        if new or repeat:
            if not PIN_PATTERN.fullmatch(new):
                raise FormProblem(tr("The PIN must be 4 to 12 digits."))
            if new != repeat:
                raise FormProblem(tr("The two PINs are not the same."))
            draft.pin = new
        elif self.remove.isChecked():
            draft.pin = ""
        guarded = frozenset(g for g, box in self.guards.items() if box.isChecked())
        security = draft.settings.security.model_copy(update={"guarded": guarded})
        draft.settings = draft.settings.model_copy(update={"security": security})
        return draft

"""The top bar, the platform status bar, the banners and the toast of the main window."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kds.ui import wording
from kds.ui.viewmodels.health import HealthEntry
from kds.ui.widgets.overlay import restyle, touch_button
from kds.ui.wording import tr


class TopBar(QFrame):
    """Title, the buttons staff need at hand, and the time."""

    history_requested = Signal()
    mute_requested = Signal()
    more_requested = Signal()
    """More: the seldom-used buttons (Settings, report, light or dark, full screen) on a sheet: the bar fits 1280 px."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty bar (the window fills in the clock and the mute state)."""
        super().__init__(parent)
        self.setObjectName("topBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 12, 6)
        layout.setSpacing(8)
        self.title = QLabel(tr("KDS"))
        self.title.setObjectName("appTitle")
        layout.addWidget(self.title)
        self.summary = QLabel("")
        self.summary.setObjectName("summary")
        # The room left of the buttons, whatever it is: its words wrap there, so neither the summary
        # nor the paused line in its place ever pushes a button (the bar never grows wider than the window).
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.summary, 100)
        layout.addStretch(1)
        self.history = self._button(tr("History"), self.history_requested)
        self.mute = self._button(tr("Mute 5 min"), self.mute_requested)
        self.more = self._button(tr("More"), self.more_requested)
        self.more.setObjectName("moreButton")
        for button in (self.history, self.mute, self.more):
            layout.addWidget(button)
        self.clock = QLabel("")
        self.clock.setObjectName("wallClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.clock)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = touch_button(text, kind="bar")
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(signal.emit)
        return button

    def set_mute(self, left: timedelta) -> None:
        """Show how long the mute lasts (or offer it)."""
        if left > timedelta(0):
            seconds = int(left.total_seconds())
            self.mute.setText(tr("Muted %1").replace("%1", f"{seconds // 60}:{seconds % 60:02d}"))
            self.mute.setProperty("active", True)
        else:
            self.mute.setText(tr("Mute 5 min"))
            self.mute.setProperty("active", False)
        restyle(self.mute)

    def set_time(self, now: datetime) -> None:
        """The wall clock."""
        self.clock.setText(wording.local_time(now))

    def retranslate(self) -> None:
        """The bar's own words in the current language, and the clock as wide as its widest time in it."""
        self.history.setText(tr("History"))
        self.more.setText(tr("More"))
        self.fit_clock()

    def fit_clock(self) -> None:
        """Make the clock as wide as the widest time of day in the current language and type.

        Its width then never changes from one minute to the next, so no button beside it moves, and
        no time is cut ("0 PM").
        """
        shown = self.clock.text()
        self.clock.ensurePolished()
        self.clock.setMinimumWidth(0)
        widest = 0
        for hour in range(24):
            self.clock.setText(wording.local_time(datetime(2026, 1, 1, hour, 58).astimezone()))
            widest = max(widest, self.clock.sizeHint().width())
        self.clock.setText(shown)
        self.clock.setMinimumWidth(widest)


class PlatformStatusBar(QFrame):
    """Per platform: a dot, the name and the last good poll or the problem. `extras` is for printers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty status bar."""
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(16, 4, 16, 4)
        self.layout_.setSpacing(24)
        self.entries = QHBoxLayout()
        self.entries.setSpacing(24)
        self.layout_.addLayout(self.entries)
        self.sound = QLabel()
        """Says that alarms cannot be heard (no audio output), for as long as that lasts."""
        self.sound.setObjectName("soundStatus")
        self.sound.hide()
        self.layout_.addWidget(self.sound)
        self.layout_.addStretch(1)
        self.extras = QHBoxLayout()
        """Room for the printers' status (the printing issue adds it)."""
        self.layout_.addLayout(self.extras)
        self.labels: list[QLabel] = []

    def set_entries(self, entries: tuple[HealthEntry, ...]) -> None:
        """Show `entries`."""
        while len(self.labels) < len(entries):
            label = QLabel()
            label.setObjectName("platformStatus")
            label.setTextFormat(Qt.TextFormat.RichText)
            # Several platforms in a long language must not push the window past the screen: the
            # label may shrink (its end is cut) when the bar is full, and only then.
            label.setMinimumWidth(120)
            self.entries.addWidget(label)
            self.labels.append(label)
        for label, entry in zip(self.labels, entries, strict=False):
            dot = "#34c77b" if entry.ok else ("#ff5252" if entry.alarm else "#ffb224")
            label.setText(f'<span style="color:{dot}">●</span> <b>{entry.label}</b> &nbsp;{entry.text}')
            label.setProperty("problem", not entry.ok)
            restyle(label)
        for label in self.labels[len(entries):]:
            label.setText("")

    def set_sound_off(self, off: bool) -> None:
        """Say, or stop saying, that there is no audio device to sound the alarms."""
        self.sound.setText(tr("Sound is off — no audio device") if off else "")
        self.sound.setVisible(off)

    def text(self) -> str:
        """Everything the bar says, as plain text (tests, accessibility)."""
        labels = [*self.labels, self.sound]
        return " | ".join(label.text() for label in labels if label.text())


class Banner(QFrame):
    """A full-width message: red for "orders may be missed", amber for an unexpected error."""

    def __init__(self, object_name: str, *, dismissible: bool, parent: QWidget | None = None) -> None:
        """A hidden banner."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 12, 10)
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.dismiss: QPushButton | None = None
        self.action: QPushButton | None = None
        """A button that fixes what the banner says (`add_action`), or None."""
        if dismissible:
            self.dismiss = touch_button(tr("Dismiss"), kind="bar")
            self.dismiss.setFixedWidth(140)
            self.dismiss.clicked.connect(self.hide)
            layout.addWidget(self.dismiss)
        self.hide()

    def add_action(self, text: str) -> QPushButton:
        """A big button before Dismiss that fixes the problem (hidden until `show_action`)."""
        self.action = touch_button(text, kind="bar")
        self.action.setMinimumWidth(200)
        self.action.hide()
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(1, self.action)
        return self.action

    def show_action(self, visible: bool) -> None:
        """Show or hide the action button."""
        if self.action is not None:
            self.action.setVisible(visible)

    def show_text(self, text: str) -> None:
        """Show `text` (hide when empty)."""
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        """What the banner says."""
        return self.label.text() if self.isVisible() else ""


class HintStrip(QFrame):
    """A first-run hint under the board, in space of its own, so that showing it never moves a card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """A hidden strip (the window says when to show it)."""
        super().__init__(parent)
        self.setObjectName("hintStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        self.label = QLabel()
        self.label.setObjectName("hintText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label, 1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """The hint in the current language."""
        self.label.setText(tr("Tap Confirm to accept · tap a card for details"))

    def text(self) -> str:
        """What the strip says while it shows ("" when hidden)."""
        return self.label.text() if self.isVisible() else ""


class Toast(QLabel):
    """A short message over the bottom of the board; the shared ticker hides it."""

    def __init__(self, parent: QWidget) -> None:
        """A hidden toast over `parent`."""
        super().__init__(parent)
        self.setObjectName("toast")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.until: datetime | None = None
        self.hide()

    def show_message(self, text: str, now: datetime, seconds: float = 5.0) -> None:
        """Show `text` for `seconds`."""
        self.setText(text)
        self.until = now + timedelta(seconds=seconds)
        parent = self.parentWidget()
        width = min(760, parent.width() - 40) if parent is not None else 600
        self.setFixedWidth(max(200, width))
        self.adjustSize()
        if parent is not None:
            self.move((parent.width() - self.width()) // 2, parent.height() - self.height() - 60)
        self.show()
        self.raise_()

    def tick(self, now: datetime) -> None:
        """Hide once its time is up."""
        if self.until is not None and now >= self.until:
            self.until = None
            self.hide()

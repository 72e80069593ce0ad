"""The two-tap button of destructive actions, a sheet that asks for it, and the prep-time picker of Confirm."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kds.ui.widgets.overlay import Sheet, restyle, touch_button
from kds.ui.wording import tr


class TwoTapButton(QPushButton):
    """The first tap arms it ("Tap again to …"), the second emits `confirmed`. Any change disarms it."""

    confirmed = Signal()
    """The second tap."""

    def __init__(self, label: str, armed_label: str, parent: QWidget | None = None) -> None:
        """A button saying `label`, then `armed_label` once armed."""
        super().__init__(label, parent)
        self.label = label
        self.armed_label = armed_label
        self.armed = False
        self.setProperty("kind", "danger")
        self.setMinimumHeight(56)
        self.clicked.connect(self._tapped)

    def set_labels(self, label: str, armed_label: str) -> None:
        """Change the wording (e.g. the refund amount changed); disarms."""
        self.label, self.armed_label = label, armed_label
        self.disarm()

    def disarm(self) -> None:
        """Back to the first tap."""
        self.armed = False
        self.setText(self.label)
        self.setProperty("armed", False)
        restyle(self)

    def _tapped(self) -> None:
        if not self.armed:
            self.armed = True
            self.setText(self.armed_label)
            self.setProperty("armed", True)
            restyle(self)
            return
        self.disarm()
        self.confirmed.emit()


class TwoTapSheet(Sheet):
    """Say what is about to happen, then ask for the two taps of a `TwoTapButton` (e.g. agreeing to a refund)."""

    confirmed = Signal()
    """The second tap (the sheet closes)."""

    def __init__(self, host: QWidget, title: str, text: str, label: str, armed_label: str) -> None:
        """A sheet titled `title` explaining `text`, with a button saying `label`, then `armed_label`."""
        super().__init__(host, title)
        self.text = QLabel(text)
        self.text.setObjectName("sheetHint")
        self.text.setWordWrap(True)
        self.body.addWidget(self.text)
        self.confirm = TwoTapButton(label, armed_label)
        self.confirm.confirmed.connect(self._confirmed)
        self.buttons.addWidget(self.confirm, 2)

    def _confirmed(self) -> None:
        self.confirmed.emit()
        self.close_overlay()


CHOICE_HEIGHT = 84
"""Height of a preparation-time button (px): a greasy finger must not hit its neighbour."""

PRESETS = (10, 15, 20, 30, 45)
"""The preparation times Confirm offers (minutes), beside the station's usual one."""


def prep_choices(usual: int) -> tuple[int, ...]:
    """The picker's choices: the presets and the usual time, shortest first."""
    return tuple(sorted({*PRESETS, usual}))


class PrepTimeSheet(Sheet):
    """Confirm an order with a preparation time: one big button per choice, the usual one highlighted."""

    chosen = Signal(int)
    """Minutes chosen (the order is then confirmed)."""

    def __init__(self, host: QWidget, display_id: str, choices: Sequence[int], default: int | None = None) -> None:
        """Offer `choices` minutes for order `display_id`; `default` is the usual time (highlighted)."""
        super().__init__(host, tr("Confirm %1 — ready in how long?").replace("%1", display_id))
        hint = QLabel(tr("The platform tells the customer and the rider."))
        hint.setObjectName("sheetHint")
        self.body.addWidget(hint)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.choice_buttons: dict[int, QPushButton] = {}
        for i, minutes in enumerate(choices):
            usual = minutes == default
            text = (tr("%1 min · usual") if usual else tr("%1 min")).replace("%1", str(minutes))
            button = touch_button(text, kind="primary" if usual else "normal")
            # The theme's min-height (56 px) would win over setMinimumHeight: these are bigger targets.
            button.setStyleSheet(f"QPushButton {{ min-height: {CHOICE_HEIGHT}px; }}")
            button.clicked.connect(lambda _=False, m=minutes: self._choose(m))
            grid.addWidget(button, i // 3, i % 3)
            self.choice_buttons[minutes] = button
        self.body.addLayout(grid)

    def _choose(self, minutes: int) -> None:
        self.chosen.emit(minutes)
        self.close_overlay()

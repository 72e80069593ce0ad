"""Which of our riders takes a self-delivery order: one big button per rider, last used first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kds.domain.riders import Rider
from kds.ui import wording
from kds.ui.widgets.overlay import Sheet, touch_button
from kds.ui.wording import tr


def by_last_use(riders: Sequence[Rider], used: Mapping[int, datetime]) -> list[Rider]:
    """`riders` with the most recently used first; never used ones keep their settings order, after them."""
    order = {rider.id: i for i, rider in enumerate(riders)}
    return sorted(riders, key=lambda r: (r.id not in used, -used[r.id].timestamp() if r.id in used else 0.0,
                                         order[r.id]))


def rider_label(rider: Rider) -> str:
    """The two lines of a rider's button: the name, then vehicle and plate."""
    detail = " · ".join(p for p in (wording.vehicle(rider.vehicle), rider.plate) if p)
    return f"{rider.name}\n{detail}"


class RiderSheet(Sheet):
    """Pick the rider for Dispatch (or a rider change); `chosen(Rider | None)` sends it."""

    chosen = Signal(object)
    """The rider picked (None: dispatch without naming one)."""

    def __init__(self, host: QWidget, title: str, riders: Sequence[Rider], used: Mapping[int, datetime], *,
                 current: Rider | None = None, allow_none: bool = True) -> None:
        """Offer `riders` (most recently `used` first); `current` is the rider the order has now."""
        super().__init__(host, title)
        shown = [r for r in by_last_use(riders, used) if current is None or r.id != current.id]
        if current is not None:
            hint = QLabel(tr("Now with %1.").replace("%1", current.name))
        elif shown:
            hint = QLabel(tr("The platform tells the customer who is coming."))
        else:
            hint = QLabel(tr("No riders yet: add your riders in Settings → Riders."))
        hint.setObjectName("sheetHint")
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.rider_buttons: dict[int, QPushButton] = {}
        for i, rider in enumerate(shown):
            button = touch_button(rider_label(rider), kind="primary" if i == 0 else "normal")
            button.setObjectName(f"rider:{rider.id}")
            button.setStyleSheet("QPushButton { min-height: 88px; }")  # the app's QSS would keep it at 56
            button.clicked.connect(lambda _=False, r=rider: self._choose(r))
            grid.addWidget(button, i // 2, i % 2)
            self.rider_buttons[rider.id] = button
        self.body.addLayout(grid)
        self.order = [r.id for r in shown]
        self.without: QPushButton | None = None
        if allow_none:
            self.without = touch_button(tr("Dispatch without a name"), kind="quiet")
            self.without.setObjectName("rider:none")
            self.without.clicked.connect(lambda: self._choose(None))
            self.buttons.addWidget(self.without, 2)

    def _choose(self, rider: Rider | None) -> None:
        self.chosen.emit(rider)
        self.close_overlay()

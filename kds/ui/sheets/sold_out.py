"""The Sold out sheet: find a dish KDS has seen in orders and switch it off everywhere, for a while.

A search field (it brings up the system's on-screen keyboard on a touch screen) filters big rows,
one per dish; a sold-out dish says so in the danger colour with its end. Tapping a row shows what
can be done to it: sold out until the end of the business day, for some hours or until switched
back; back in stock; and, per platform, whether the platform was told, is being retried, or cannot
be told from here (its spec says where staff do it instead: the sheet never names a platform).
Staff correct the catalogue's matching here too: link two dishes that are one, split an entry off.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kds.domain.actions import PlatformPolicy
from kds.domain.dishes import Dish, end_of_business_day
from kds.domain.order import Platform
from kds.platforms.spec import StoreAbilities
from kds.services.sold_out import SoldOutService, SoldOutState, Telling
from kds.ui import wording
from kds.ui.i18n import current_language
from kds.ui.widgets.overlay import Sheet, restyle, touch_button
from kds.ui.wording import tr

FOR_HOURS = (1, 2, 4)
"""The "for N hours" choices."""

SHOWN = 60
"""Most rows the list shows at once (typing narrows it down)."""

END_OF_DAY = "day"
OPEN_ENDED = "open"


def _clear(layout: QBoxLayout) -> None:
    """Take every item out of `layout` (rows of widgets, nested rows, stretches) and delete the widgets."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        nested = item.layout()
        if isinstance(nested, QBoxLayout):
            _clear(nested)
            nested.deleteLater()


def telling_text(state: Telling, error: str, note: str) -> str:
    """What one platform's line says about a sold-out dish (`note`: where staff do it instead)."""
    match state:
        case Telling.TOLD:
            return tr("told")
        case Telling.SENDING:
            return tr("telling…")
        case Telling.RETRYING:
            return tr("failed — retrying") + (f" ({error})" if error else "")
        case Telling.FAILED:
            return tr("failed — mark it again or do it on the platform's tablet") + (f" ({error})" if error else "")
        case _:
            return tr("cannot be told here: %1").replace("%1", note or tr("do it on the platform's tablet"))


def state_text(state: SoldOutState) -> str:
    """A dish row's second line: sold out and until when ("" while it can be ordered)."""
    if not state.sold_out:
        return ""
    if state.until is None:
        return tr("SOLD OUT until switched back")
    return tr("SOLD OUT until %1").replace("%1", wording.local_time(state.until))


class SoldOutSheet(Sheet):
    """Search the dishes, mark one sold out or back in stock, link and split catalogue entries."""

    def __init__(self, host: QWidget, service: SoldOutService, policies: Mapping[Platform, PlatformPolicy],
                 abilities: Mapping[Platform, StoreAbilities], now: Callable[[], datetime],
                 closes_at: Callable[[datetime], time | None] = lambda _local: None) -> None:
        """A sheet over `host` for the dishes of `service`.

        `closes_at` says when the business day running at a local time closes (None: at midnight).
        """
        super().__init__(host, tr("Sold out"))
        self.setObjectName("soldOutSheet")
        self.service = service
        self.policies = dict(policies)
        self.abilities = dict(abilities)
        self.now = now
        self.closes_at = closes_at
        self.selected: str | None = None
        self.linking = False

        self.search = QLineEdit()
        self.search.setObjectName("dishSearch")
        self.search.setMinimumHeight(56)
        self.search.setClearButtonEnabled(True)
        # Only a tap brings the on-screen keyboard up: opening the sheet must not cover the list with it.
        self.search.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.search.setPlaceholderText(tr("Search dishes (name or code)"))
        self.search.textChanged.connect(lambda _text: self.refresh())
        columns = QHBoxLayout()
        columns.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.search)

        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list_widget)
        scroll.setMinimumHeight(280)
        left.addWidget(scroll, 1)
        self.rows: dict[str, QPushButton] = {}
        self.empty = self._hint("")
        left.addWidget(self.empty)
        columns.addLayout(left, 1)

        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.setSpacing(10)
        self.dish_title = QLabel("")
        self.dish_title.setObjectName("sheetTitle")
        self.dish_title.setWordWrap(True)
        detail.addWidget(self.dish_title)
        choices = QGridLayout()
        choices.setSpacing(10)
        self.until_buttons: dict[str | int, QPushButton] = {}
        options: list[tuple[str | int, str]] = [(END_OF_DAY, tr("Sold out until end of day"))]
        options += [(hours, tr("For %1 h").replace("%1", str(hours))) for hours in FOR_HOURS]
        options.append((OPEN_ENDED, tr("Until switched back")))
        for index, (choice, text) in enumerate(options):
            button = touch_button(text, kind="danger")
            button.clicked.connect(lambda _=False, c=choice: self.sell_out(c))
            choices.addWidget(button, 0 if index == 0 else 1, 0 if index == 0 else index - 1,
                              1, len(FOR_HOURS) + 1 if index == 0 else 1)
            self.until_buttons[choice] = button
        detail.addLayout(choices)
        self.back_in_stock = touch_button(tr("Back in stock"), kind="primary")
        self.back_in_stock.clicked.connect(self.switch_back)
        detail.addWidget(self.back_in_stock)
        self.platform_lines = self._hint("")
        self.platform_lines.setObjectName("soldOutPlatforms")
        detail.addWidget(self.platform_lines)
        self.entries = QVBoxLayout()
        self.entries.setSpacing(6)
        detail.addLayout(self.entries)
        self.split_buttons: dict[tuple[Platform, str], QPushButton] = {}
        self.link_button = touch_button(tr("Link with another dish…"), kind="quiet")
        self.link_button.setCheckable(True)
        self.link_button.clicked.connect(self._toggle_linking)
        detail.addWidget(self.link_button)
        detail.addStretch(1)
        columns.addWidget(self.detail, 1)
        self.body.addLayout(columns, 1)
        self.refresh()

    def _fit(self) -> None:
        """Most of the window, whatever is selected: rows and buttons never move under a finger."""
        self.setGeometry(self.host.rect())
        width, height = min(self.width() - 40, 1400), self.height() - 40
        self.panel.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sheetHint")
        label.setWordWrap(True)
        return label

    # --- what staff do ---------------------------------------------------------------------------

    def tap(self, key: str) -> None:
        """A dish row: select it, or link it into the selected dish while linking."""
        if self.linking and self.selected is not None and key != self.selected:
            self.service.link(self.selected, key)
            self.linking = False
        else:
            self.selected = key
            self.linking = False
        self.refresh()

    def sell_out(self, choice: str | int) -> None:
        """Mark the selected dish sold out until the end of the day, for `choice` hours, or until switched back."""
        if self.selected is None:
            return
        now = self.now()
        until: datetime | None
        if choice == END_OF_DAY:
            local = now.astimezone()
            until = end_of_business_day(local, self.closes_at(local))
        elif choice == OPEN_ENDED:
            until = None
        else:
            until = now + timedelta(hours=int(choice))
        self.service.sell_out(self.selected, until)
        self.refresh()

    def switch_back(self) -> None:
        """The selected dish can be ordered again everywhere."""
        if self.selected is not None:
            self.service.back_in_stock(self.selected)
            self.refresh()

    def split(self, platform: Platform, entry_key: str) -> None:
        """One platform's entry of the selected dish is a dish of its own."""
        if self.selected is not None:
            self.service.split(platform, entry_key, self.selected)
            self.refresh()

    def _toggle_linking(self) -> None:
        self.linking = self.link_button.isChecked()
        self.refresh()

    # --- what it shows ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rows for the dishes matching the search, and the selected dish's controls and platforms."""
        language = current_language().value
        dishes = self.service.dishes(self.search.text())
        _clear(self.list_layout)
        self.rows = {}
        for dish in dishes[:SHOWN]:
            state = self.service.state(dish)
            names = ", ".join(self.policies[p].label for p in dish.platforms if p in self.policies)
            second = state_text(state) or names
            button = touch_button(f"{dish.name_in(language)}\n{second}", kind="choice")
            button.setObjectName("dishRow")
            button.setMinimumHeight(72)
            button.setCheckable(True)
            button.setChecked(dish.key == self.selected)
            button.setProperty("soldOut", state.sold_out)
            button.clicked.connect(lambda _=False, k=dish.key: self.tap(k))
            self.list_layout.addWidget(button)
            self.rows[dish.key] = button
        self.list_layout.addStretch(1)
        if not dishes:
            self.empty.setText(tr("No dish found. Dishes appear here once they were ordered.")
                               if not self.search.text() else tr("No dish matches."))
        elif len(dishes) > SHOWN:
            self.empty.setText(tr("Type to find the other %1 dishes.").replace("%1", str(len(dishes) - SHOWN)))
        else:
            self.empty.setText(tr("Tap the dish to link into the selected one.") if self.linking else "")
        self.empty.setVisible(bool(self.empty.text()))
        self._show_detail(self.service.dish(self.selected) if self.selected else None, language)

    def _show_detail(self, dish: Dish | None, language: str) -> None:
        self.detail.setEnabled(dish is not None)
        if dish is None:
            self.selected = None
            self.dish_title.setText(tr("Tap a dish to mark it sold out or back in stock."))
            self.platform_lines.setText("")
            _clear(self.entries)
            return
        state = self.service.state(dish)
        title = dish.name_in(language)
        if state.sold_out:
            title += " — " + state_text(state)
        self.dish_title.setText(title)
        self.dish_title.setProperty("soldOut", state.sold_out)
        restyle(self.dish_title)
        self.back_in_stock.setEnabled(state.sold_out)
        told = {t.platform: t for t in state.platforms}
        lines = []
        for platform in dish.platforms:
            label = self.policies[platform].label if platform in self.policies else platform.value
            note = wording.platform_text(self.abilities.get(platform, StoreAbilities()).sold_out_note)
            telling = told.get(platform)
            if telling is not None:
                lines.append(f"{label}: {telling_text(telling.state, telling.error, note)}")
            elif self.service.runner.can_sell_out(platform) and dish.codes().get(platform):
                lines.append(f"{label}: " + tr("KDS tells it when you mark the dish"))
            else:
                lines.append(f"{label}: {telling_text(Telling.CANNOT, '', note)}")
        self.platform_lines.setText("\n".join(lines))
        self._show_entries(dish)
        self.link_button.setChecked(self.linking)

    def _show_entries(self, dish: Dish) -> None:
        _clear(self.entries)
        self.split_buttons = {}
        if len(dish.entries) < 2:
            return
        for entry in dish.entries:
            row = QHBoxLayout()
            label = self.policies[entry.platform].label if entry.platform in self.policies else entry.platform.value
            text = f"{label} · {entry.name}" + (f" · {entry.code}" if entry.code else "")
            row.addWidget(self._hint(text), 1)
            button = touch_button(tr("Split off"), kind="quiet")
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, p=entry.platform, k=entry.key: self.split(p, k))
            row.addWidget(button)
            self.split_buttons[(entry.platform, entry.key)] = button
            self.entries.addLayout(row)

"""The board: one scrolling column per stage, each a `QListView` painted by a `CardDelegate`."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kds.domain.order import OrderKey
from kds.ui.theme import Fonts, Theme
from kds.ui.viewmodels.board import DISPLAY_ORDER, BoardModel
from kds.ui.viewmodels.card import CardData, Column
from kds.ui.viewmodels.ticket_model import Role, TicketListModel
from kds.ui.widgets.card_delegate import CardDelegate
from kds.ui.wording import tr

Index = QModelIndex | QPersistentModelIndex

CLOCK_ROLES = frozenset({int(Role.CLOCK), int(Role.CLOCK_TEXT), int(Role.NUMBER)})
"""Roles whose change never alters a card's size."""

STRETCH = {Column.NEW: 10, Column.PREPARING: 10, Column.READY: 8, Column.DONE: 8, Column.LATER: 6}
"""Relative column widths: the columns where staff act get the room."""

BUSY_STRETCH = {Column.NEW: 14, Column.PREPARING: 11, Column.READY: 9, Column.DONE: 7, Column.LATER: 7}
"""Relative widths of columns with tickets: New, where orders wait to be accepted, widest."""

IDLE_STRETCH = 5
"""Relative width of an empty column: room for its heading and its calm words, no more."""

COMPACT_BELOW = 4
"""A column that would show fewer full cards than this (and holds more) shows compact ones."""


class CardSize(StrEnum):
    """The card size setting: compact when a column is crowded, or always one size."""

    AUTO = "auto"
    COMPACT = "compact"
    FULL = "full"


def column_title(column: Column) -> str:
    """A column's heading."""
    titles = {
        Column.NEW: tr("New"),
        Column.PREPARING: tr("Preparing"),
        Column.READY: tr("Ready"),
        Column.DONE: tr("Out / Done"),
        Column.LATER: tr("Later"),
    }
    return titles[column]


def empty_text(column: Column) -> str:
    """What an empty column says."""
    texts = {
        Column.NEW: tr("No new orders.\nNew orders ring and appear here."),
        Column.PREPARING: tr("Nothing being prepared."),
        Column.READY: tr("Nothing waiting for pickup."),
        Column.DONE: tr("Finished orders stay here for 30 minutes."),
        Column.LATER: tr("No scheduled orders."),
    }
    return texts[column]


class ColumnView(QListView):
    """A column of cards: pixel scrolling, touch scrolling, no item selection (the board selects)."""

    def __init__(self, model: TicketListModel, delegate: CardDelegate, empty: str,
                 parent: QWidget | None = None) -> None:
        """Show `model` painted by `delegate`."""
        super().__init__(parent)
        self.empty = empty
        self.empty_color = QColor(Qt.GlobalColor.gray)
        delegate.setParent(self)
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setObjectName(f"column-{model.column.name.lower()}")
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the window (bump bar)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.card_size = CardSize.AUTO
        self.hint_color = QColor(Qt.GlobalColor.gray)
        self.verticalScrollBar().setSingleStep(24)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)  # the "more below" hint
        # Flick to scroll on a touch screen; a mouse drag stays a tap, so buttons never slide.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    @property
    def delegate(self) -> CardDelegate:
        """The column's card delegate."""
        delegate = self.itemDelegate()
        assert isinstance(delegate, CardDelegate)
        return delegate

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()) -> None:  # noqa: N802
        """Repaint for a clock tick; lay the column out again only when a card's content changed."""
        if roles and set(roles) <= CLOCK_ROLES:
            # Only clocks moved, and a clock never changes a card's height. QListView would lay out
            # every card of the column again for a multi-row dataChanged (measured: 117 size hints
            # for a 117-card column each second); a repaint of what is visible is all it takes.
            self.viewport().update()
            return
        super().dataChanged(top_left, bottom_right, list(roles))
        if not roles:
            self.scheduleDelayedItemsLayout()

    def wants_compact(self) -> bool:
        """Whether the column should show compact cards now (the setting, or crowded in `AUTO`).

        Crowded: more cards than fit, and fewer than `COMPACT_BELOW` full cards fit. Decided on the
        full cards' heights, whatever is shown now, so the choice cannot flip back and forth.
        """
        if self.card_size is not CardSize.AUTO:
            return self.card_size is CardSize.COMPACT
        model = self.model()
        rows = model.rowCount()
        if rows < 2:
            return False
        width, room, used = self.viewport().width(), self.viewport().height(), 0
        for row in range(min(rows, COMPACT_BELOW)):
            card = model.index(row, 0).data(Role.CARD)
            if isinstance(card, CardData):
                used += self.delegate.full_height(card, width)
            if used > room:
                return True
        return False

    def update_density(self) -> None:
        """Switch between full and compact cards when the column's crowding calls for it."""
        if self.delegate.set_compact(self.wants_compact()):
            self.scheduleDelayedItemsLayout()
            self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A taller or shorter column may hold more or fewer full cards."""
        super().resizeEvent(event)
        self.update_density()

    def hidden_below(self) -> int:
        """How many cards are not (wholly) in view below the visible part of the column."""
        rows = self.model().rowCount()
        bottom = self.viewport().height()
        index = self.indexAt(QPoint(self.viewport().width() // 2, bottom - 1))
        if not index.isValid():
            last = self.model().index(rows - 1, 0) if rows else QModelIndex()
            return rows if last.isValid() and self.visualRect(last).top() >= bottom else 0
        cut = self.visualRect(index).bottom() >= bottom
        return rows - index.row() - (0 if cut else 1)

    def hint_text(self) -> str:
        """The "+ N more below" hint ("" when every card is in view)."""
        hidden = self.hidden_below()
        return tr("+ %1 more below").replace("%1", str(hidden)) if hidden else ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Cards, or a calm word when there are none; a hint when cards are out of view below."""
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty:
            painter = QPainter(self.viewport())
            painter.setPen(self.empty_color)
            rect = self.viewport().rect().adjusted(24, 32, -24, -24)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                       | Qt.TextFlag.TextWordWrap), self.empty)
            painter.end()
            return
        hint = self.hint_text()
        if hint:
            self._paint_hint(hint)

    def _paint_hint(self, hint: str) -> None:
        # A pill at the bottom edge: painted only, so a tap through it still reaches the card below.
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        w, h = metrics.horizontalAdvance(hint) + 32, metrics.height() + 12
        rect = QRect((self.viewport().width() - w) // 2, self.viewport().height() - h - 6, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.hint_color)
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(QColor(Qt.GlobalColor.white))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), hint)
        painter.end()


class ColumnPanel(QFrame):
    """A column heading with its count, above the column's cards."""

    def __init__(self, column: Column, view: ColumnView, parent: QWidget | None = None) -> None:
        """Wrap `view` under a heading."""
        super().__init__(parent)
        self.column = column
        self.view = view
        self.setObjectName("columnPanel")
        self.title = QLabel(column_title(column))
        self.title.setObjectName("columnTitle")
        self.count = QLabel("0")
        self.count.setObjectName("columnCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        head = QHBoxLayout()
        head.setContentsMargins(14, 10, 14, 6)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(view, 1)

    def set_count(self, n: int) -> None:
        """Show `n` tickets in the heading."""
        self.count.setText(str(n))
        self.count.setProperty("busy", n > 0)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)


class BoardWidget(QWidget):
    """The five columns side by side. Later hides while it is empty."""

    button_clicked = Signal(object, str)
    """`(OrderKey, button id)` from any card."""
    card_clicked = Signal(object)
    """`OrderKey` of a tapped card."""

    def __init__(self, board: BoardModel, theme: Theme, fonts: Fonts, *, show_numbers: bool = True,
                 card_size: CardSize = CardSize.AUTO, parent: QWidget | None = None) -> None:
        """Show `board`; `card_size` says when cards are compact."""
        super().__init__(parent)
        self.board = board
        self.panels: dict[Column, ColumnPanel] = {}
        self.columns = layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        for column in DISPLAY_ORDER:
            compact = column in (Column.DONE, Column.LATER)
            # A scheduled order waiting for its time has nothing to tap yet; its drawer has every action.
            delegate = CardDelegate(board, theme, fonts, compact=compact, buttons=column is not Column.LATER,
                                    show_numbers=show_numbers)
            delegate.button_clicked.connect(self.button_clicked)
            delegate.card_clicked.connect(self.card_clicked)
            view = ColumnView(board.models[column], delegate, empty_text(column))
            view.card_size = card_size
            panel = ColumnPanel(column, view)
            self.panels[column] = panel
            layout.addWidget(panel, STRETCH[column])
        self.set_theme(theme)
        board.layout_changed.connect(self.refresh_counts)
        self.refresh_counts()

    def view(self, column: Column) -> ColumnView:
        """The list view of `column`."""
        return self.panels[column].view

    def refresh_counts(self) -> None:
        """Update headings, column widths, card sizes and the Later lane's visibility."""
        for column, panel in self.panels.items():
            count = self.board.count(column)
            panel.set_count(count)
            self.columns.setStretch(self.columns.indexOf(panel), BUSY_STRETCH[column] if count else IDLE_STRETCH)
            panel.view.update_density()
            panel.view.viewport().update()
        self.panels[Column.LATER].setVisible(self.board.count(Column.LATER) > 0)

    def set_card_size(self, card_size: CardSize) -> None:
        """Compact cards when crowded (`AUTO`), always, or never."""
        for panel in self.panels.values():
            panel.view.card_size = card_size
            panel.view.update_density()

    def set_theme(self, theme: Theme) -> None:
        """Repaint with `theme`."""
        for panel in self.panels.values():
            panel.view.delegate.set_theme(theme)
            panel.view.empty_color = theme.color("muted")
            panel.view.hint_color = theme.color("accent")
            panel.view.viewport().update()

    def set_fonts(self, fonts: Fonts) -> None:
        """Lay every card out again at another font scale."""
        for panel in self.panels.values():
            panel.view.delegate.set_fonts(fonts)
            panel.view.update_density()
            panel.view.scheduleDelayedItemsLayout()

    def index_of(self, key: OrderKey) -> tuple[ColumnView, QModelIndex] | None:
        """The view and model index showing `key`."""
        column = self.board.column_of(key)
        if column is None:
            return None
        model = self.board.models[column]
        row = model.row_of(key)
        return None if row < 0 else (self.view(column), model.index(row, 0))

    def ensure_visible(self, key: OrderKey) -> None:
        """Scroll the ticket's column so that its card shows."""
        found = self.index_of(key)
        if found is not None:
            view, index = found
            view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def button_point(self, key: OrderKey, button_id: str) -> tuple[QWidget, QPoint] | None:
        """Where to tap button `button_id` of `key`'s card: (viewport widget, point), for keys and tests."""
        found = self.index_of(key)
        if found is None:
            return None
        view, index = found
        self.columns.activate()  # column widths follow the counts: settle them before measuring
        view.doItemsLayout()
        view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        rect = view.delegate.button_rect(view, index, button_id)
        return None if rect is None else (view.viewport(), rect.center())

    def card_point(self, key: OrderKey) -> tuple[QWidget, QPoint] | None:
        """A point on `key`'s card away from its buttons (its header)."""
        found = self.index_of(key)
        if found is None:
            return None
        view, index = found
        self.columns.activate()
        view.doItemsLayout()
        view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        rect = view.visualRect(index)
        return view.viewport(), QPoint(rect.center().x(), rect.top() + 30)

"""The board: one scrolling column per stage, each a `QListView` painted by a `CardDelegate`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
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
from kds.ui.viewmodels.card import Column
from kds.ui.viewmodels.ticket_model import Role, TicketListModel
from kds.ui.widgets.card_delegate import CardDelegate
from kds.ui.wording import tr

Index = QModelIndex | QPersistentModelIndex

CLOCK_ROLES = frozenset({int(Role.CLOCK), int(Role.CLOCK_TEXT), int(Role.NUMBER)})
"""Roles whose change never alters a card's size."""

STRETCH = {Column.NEW: 10, Column.PREPARING: 10, Column.READY: 8, Column.DONE: 8, Column.LATER: 6}
"""Relative column widths: the columns where staff act get the room."""


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
        self.verticalScrollBar().setSingleStep(24)
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

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Cards, or a calm word when there are none."""
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty:
            painter = QPainter(self.viewport())
            painter.setPen(self.empty_color)
            rect = self.viewport().rect().adjusted(24, 32, -24, -24)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                       | Qt.TextFlag.TextWordWrap), self.empty)
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
                 parent: QWidget | None = None) -> None:
        """Show `board`."""
        super().__init__(parent)
        self.board = board
        self.panels: dict[Column, ColumnPanel] = {}
        layout = QHBoxLayout(self)
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
        """Update headings, numbers and the Later lane's visibility."""
        for column, panel in self.panels.items():
            panel.set_count(self.board.count(column))
            panel.view.viewport().update()
        self.panels[Column.LATER].setVisible(self.board.count(Column.LATER) > 0)

    def set_theme(self, theme: Theme) -> None:
        """Repaint with `theme`."""
        for panel in self.panels.values():
            panel.view.delegate.set_theme(theme)
            panel.view.empty_color = theme.color("muted")
            panel.view.viewport().update()

    def set_fonts(self, fonts: Fonts) -> None:
        """Lay every card out again at another font scale."""
        for panel in self.panels.values():
            panel.view.delegate.set_fonts(fonts)
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
        view.doItemsLayout()
        view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        rect = view.visualRect(index)
        return view.viewport(), QPoint(rect.center().x(), rect.top() + 30)

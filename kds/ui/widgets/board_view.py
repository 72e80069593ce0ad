"""The board: one scrolling column per stage, each a `QListView` painted by a `CardDelegate`.

Nothing moves under a finger (`tap_hold`): each view shows its column through a `HeldColumn`, which
the board's `TapHold` keeps still from a press until shortly after the release; then the columns
catch up at once. After a reflow, each view's `TapGuard` drops for a moment a tap whose target
moved (another order, or a destructive button where a harmless one was).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
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

from kds.domain.actions import DESTRUCTIVE
from kds.domain.order import OrderKey
from kds.station.settings import CardSize
from kds.ui.theme import Fonts, Theme
from kds.ui.viewmodels.board import DISPLAY_ORDER, BoardModel
from kds.ui.viewmodels.card import ButtonStyle, CardData, Column
from kds.ui.viewmodels.held_column import CLOCK_ROLES, HeldColumn
from kds.ui.viewmodels.ticket_model import Role
from kds.ui.widgets.card_delegate import CardDelegate
from kds.ui.widgets.card_layout import CardLayout
from kds.ui.widgets.tap_hold import TapGuard, TapHold
from kds.ui.wording import tr

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Target:
    """What a tap at some spot of a column hits: a card, and the button on it ("" beside the buttons)."""

    key: OrderKey
    button: str
    destructive: bool


def harmless_change(old: object, new: object) -> bool:
    """A tap may go through a changed spot only onto nothing, or onto the same card and not a destructive button."""
    if new is None:
        return True
    return isinstance(old, Target) and isinstance(new, Target) and old.key == new.key and not new.destructive


def _target(card: object, layout: CardLayout | None, rect: QRect, point: QPoint) -> Target | None:
    if not isinstance(card, CardData) or layout is None:
        return None
    x, y = point.x() - rect.left(), point.y() - rect.top()
    if not layout.card.contains(x, y):
        return None
    button = layout.button_at(x, y)
    if button is None:
        return Target(card.key, "", False)
    return Target(card.key, button.id, button.style is ButtonStyle.DANGER or button.action in DESTRUCTIVE)

STRETCH = {Column.NEW: 10, Column.PREPARING: 10, Column.READY: 8, Column.DONE: 8, Column.LATER: 6}
"""Relative column widths: the columns where staff act get the room."""

BUSY_STRETCH = {Column.NEW: 14, Column.PREPARING: 11, Column.READY: 9, Column.DONE: 7, Column.LATER: 7}
"""Relative widths of columns with tickets: New, where orders wait to be accepted, widest."""

IDLE_STRETCH = 5
"""Relative width of an empty column: room for its heading and its calm words, no more."""

COMPACT_BELOW = 4
"""A column that would show fewer full cards than this (and holds more) shows compact ones."""


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

    def __init__(self, model: HeldColumn, delegate: CardDelegate, empty: str, guard: TapGuard | None = None,
                 parent: QWidget | None = None) -> None:
        """Show `model` painted by `delegate`; `guard` drops taps on moved targets after a reflow."""
        super().__init__(parent)
        self.guard = guard
        self._dropping = False
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
        self.hint_alert_color = QColor(Qt.GlobalColor.red)  # a cancelled card out of view: red, like its card
        self.verticalScrollBar().setSingleStep(24)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)  # the "more below" hint
        # Flick to scroll on a touch screen; a mouse drag stays a tap, so buttons never slide.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        for signal in (model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved):
            signal.connect(lambda *_: self._reflowing())
        model.modelAboutToBeReset.connect(self._reflowing)

    @property
    def column_model(self) -> HeldColumn:
        """The rows this view shows."""
        model = self.model()
        assert isinstance(model, HeldColumn)
        return model

    def target_at(self, point: QPoint) -> Target | None:
        """What a tap at `point` (viewport coordinates) hits now."""
        index = self.indexAt(point)
        if not index.isValid():
            return None
        card = index.data(Role.CARD)
        rect = self.visualRect(index)
        layout = self.delegate.layout_for(card, rect.width()) if isinstance(card, CardData) else None
        return _target(card, layout, rect, point)

    def _reflowing(self) -> None:
        """The cards are about to move: remember what each spot shows now (for the tap guard)."""
        if self.guard is not None and self.isVisible():
            self.guard.changing(self._picture)

    def _picture(self) -> Callable[[int, int], Target | None]:
        """What each spot of the viewport shows now: the visible cards, as last painted."""
        model, delegate = self.model(), self.delegate
        area = self.viewport().rect()
        shown: list[tuple[QRect, object, CardLayout | None]] = []
        top = self.indexAt(QPoint(area.center().x(), area.top() + 1))
        for row in range(max(0, top.row()), model.rowCount()):
            index = model.index(row, 0)
            rect = self.visualRect(index)
            if rect.top() > area.bottom():
                break
            if rect.isValid() and rect.intersects(area):
                card = index.data(Role.CARD)
                key = card.key if isinstance(card, CardData) else None
                shown.append((rect, card, delegate.painted_layout(key) if key is not None else None))

        def before(x: int, y: int) -> Target | None:
            point = QPoint(x, y)
            return next((_target(card, layout, rect, point) for rect, card, layout in shown if rect.contains(point)),
                        None)

        return before

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Drop a press (and its release) whose target moved in the last moment."""
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick) and isinstance(event, QMouseEvent):
            point = event.position().toPoint()
            self._dropping = self.guard is not None and not self.guard.allows(
                point.x(), point.y(), self.target_at(point), harmless=harmless_change)
            if self._dropping:
                return True
        elif kind == QEvent.Type.MouseButtonRelease and self._dropping:
            self._dropping = False
            return True
        return super().viewportEvent(event)

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
        if not roles:
            self._reflowing()
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
        compact = self.wants_compact()
        if compact != self.delegate.compact:
            self._reflowing()  # every card changes height: a reflow like any other, for the tap guard
        if self.delegate.set_compact(compact):
            self.scheduleDelayedItemsLayout()
            self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Lay the cards out again (a reflow, for the tap guard) and decide again on compact cards."""
        if event.size().width() != event.oldSize().width() and event.oldSize().width() > 0:
            self._reflowing()
        super().resizeEvent(event)
        self.update_density()

    def hidden_below(self) -> int:
        """How many cards are not (wholly) in view below the visible part of the column."""
        return self.model().rowCount() - self._first_hidden_row()

    def _first_hidden_row(self) -> int:
        """The row of the first card not (wholly) in view below; the row count when every card is in view."""
        rows = self.model().rowCount()
        bottom = self.viewport().height()
        index = self.indexAt(QPoint(self.viewport().width() // 2, bottom - 1))
        if not index.isValid():
            last = self.model().index(rows - 1, 0) if rows else QModelIndex()
            return 0 if last.isValid() and self.visualRect(last).top() >= bottom else rows
        cut = self.visualRect(index).bottom() >= bottom
        return index.row() + (0 if cut else 1)

    def hidden_alerts(self) -> int:
        """How many of the cards out of view below are cancelled and wait for "OK, seen"."""
        model = self.model()
        cards = (model.index(row, 0).data(Role.CARD) for row in range(self._first_hidden_row(), model.rowCount()))
        return sum(1 for card in cards if isinstance(card, CardData) and card.alert)

    def hint_text(self) -> str:
        """The "+ N more below" hint ("" when every card is in view), naming cancelled cards among them."""
        hidden = self.hidden_below()
        if not hidden:
            return ""
        alerts = self.hidden_alerts()
        if alerts:
            return tr("+ %1 more below · %2 cancelled").replace("%1", str(hidden)).replace("%2", str(alerts))
        return tr("+ %1 more below").replace("%1", str(hidden))

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
            self._paint_hint(hint, self.hint_alert_color if self.hidden_alerts() else self.hint_color)

    def _paint_hint(self, hint: str, color: QColor) -> None:
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
        painter.setBrush(color)
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
                 now: Callable[[], datetime] | None = None, card_size: CardSize = CardSize.AUTO,
                 parent: QWidget | None = None) -> None:
        """Show `board`; `now()` times the hold after a tap; `card_size` says when cards are compact."""
        super().__init__(parent)
        self.board = board
        clock = now or (lambda: datetime.now(UTC))
        self.hold = TapHold(clock, parent=self)
        """Keeps the columns still while a finger is on the board (the drawer shares it)."""
        self.hold.settled.connect(self.settle)
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
            view = ColumnView(HeldColumn(board.models[column], lambda: self.hold.held, self), delegate,
                              empty_text(column), TapGuard(clock))
            view.card_size = card_size
            self.hold.watch(view.viewport())
            panel = ColumnPanel(column, view)
            self.panels[column] = panel
            layout.addWidget(panel, STRETCH[column])
        self.set_theme(theme)
        board.layout_changed.connect(self.refresh_counts)
        self.refresh_counts()

    def view(self, column: Column) -> ColumnView:
        """The list view of `column`."""
        return self.panels[column].view

    def show_only(self, column: Column, tiles: int) -> None:
        """Only `column`, as wide as the board, its cards `tiles` to a row (a kitchen station's screen)."""
        for other, panel in self.panels.items():
            panel.setVisible(other is column)
        view = self.view(column)
        view.delegate.tiles = tiles
        view.setFlow(QListView.Flow.LeftToRight)
        view.setWrapping(tiles > 1)
        # The tiles' width follows the viewport's: a scroll bar coming and going would resize and move
        # every card under a finger, so the bar's room is always kept.
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        view.doItemsLayout()

    def refresh_counts(self) -> None:
        """Update headings and numbers; widths, card sizes and the Later lane wait for the end of a hold."""
        held = self.hold.held
        for column, panel in self.panels.items():
            count = self.board.count(column)
            panel.set_count(count)
            if not held:
                self.columns.setStretch(self.columns.indexOf(panel), BUSY_STRETCH[column] if count else IDLE_STRETCH)
                panel.view.update_density()
            panel.view.viewport().update()
        if not held:  # the Later lane coming or going narrows or widens every column
            self.panels[Column.LATER].setVisible(self.board.count(Column.LATER) > 0)

    def settle(self) -> None:
        """The hold is over: every column catches up with the board."""
        for panel in self.panels.values():
            panel.view.column_model.settle()
        self.refresh_counts()

    def catch_up(self) -> None:
        """For a key press or a test that looks at the board as it is now: end any hold, forget the guards."""
        self.hold.settle()
        for panel in self.panels.values():
            if panel.view.guard is not None:
                panel.view.guard.forget()

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
            panel.view.hint_alert_color = theme.color("danger")
            panel.view.viewport().update()

    def set_fonts(self, fonts: Fonts) -> None:
        """Lay every card out again at another font scale."""
        for panel in self.panels.values():
            panel.view.delegate.set_fonts(fonts)
            panel.view.update_density()
            panel.view.scheduleDelayedItemsLayout()

    def index_of(self, key: OrderKey) -> tuple[ColumnView, QModelIndex] | None:
        """The view and the index of its model showing `key` (as shown: a hold may lag behind the board)."""
        for panel in self.panels.values():
            row = panel.view.column_model.row_of(key)
            if row >= 0:
                return panel.view, panel.view.column_model.index(row, 0)
        return None

    def ensure_visible(self, key: OrderKey) -> None:
        """Scroll the ticket's column so that its card shows (a key press: the board catches up first)."""
        self.catch_up()
        found = self.index_of(key)
        if found is not None:
            view, index = found
            view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def button_point(self, key: OrderKey, button_id: str) -> tuple[QWidget, QPoint] | None:
        """Where to tap button `button_id` of `key`'s card: (viewport widget, point), for keys and tests.

        Asked by someone who looks at the board now, so the board first catches up with any hold.
        """
        self.catch_up()
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
        """A point on `key`'s card away from its buttons (its header); the board catches up first."""
        self.catch_up()
        found = self.index_of(key)
        if found is None:
            return None
        view, index = found
        self.columns.activate()
        view.doItemsLayout()
        view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        rect = view.visualRect(index)
        return view.viewport(), QPoint(rect.center().x(), rect.top() + 30)

"""The all-day counts panel: each dish still to cook across every platform, in big rows.

It floats over the right edge of the board instead of taking room from it: opening or closing it
never reflows the columns, so no card moves under a finger (`tap_hold`); it covers the Ready and
Out/Done columns, whose dishes are made already. A kitchen station's screen is one column of
tickets to make, which must never hide under it: there the board gives the panel its room. It
does not dim the board or close on a tap beside it: staff keep working on the cards while it
shows. A tap on a dish marks the tickets that have it; a second tap clears the mark.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QScroller,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kds.ui.theme import Fonts, Theme
from kds.ui.viewmodels.dish_counts import CountRole, DishCountModel
from kds.ui.widgets.tap_hold import TapHold
from kds.ui.wording import tr

Index = QModelIndex | QPersistentModelIndex

PANEL_WIDTH = 440
"""The panel's width in pixels at font scale 1 (it never takes more than a third of the board)."""


class CountDelegate(QStyledItemDelegate):
    """Paints a dish row (name ×count, big; its options below) or a station's heading."""

    def __init__(self, theme: Theme, fonts: Fonts, parent: QObject | None = None) -> None:
        """Paint in `theme` at `fonts`' scale."""
        super().__init__(parent)
        self.theme = theme
        self.fonts = fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        """Headings are short; a dish is a finger tall, taller with options."""
        if index.data(CountRole.HEADING):
            return QSize(option.rect.width(), self.fonts.px(44))
        return QSize(option.rect.width(), self.fonts.px(72 + (26 if index.data(CountRole.OPTIONS) else 0)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Paint one row."""
        theme, fonts, rect = self.theme, self.fonts, QRect(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if index.data(CountRole.HEADING):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            painter.setFont(fonts.font(15, bold=True))
            painter.setPen(theme.color("muted"))
            bottom_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            painter.drawText(rect.adjusted(14, 0, -14, -4), bottom_left, text.upper())
            painter.restore()
            return
        box = rect.adjusted(4, 4, -4, -4)
        marked = bool(index.data(CountRole.MARKED))
        painter.setPen(theme.color("note") if marked else theme.color("card_border"))
        painter.setBrush(theme.color("button") if marked else theme.color("card_alt"))
        painter.drawRoundedRect(box, 10, 10)
        dish = index.data(CountRole.NAME)
        count = f"×{index.data(CountRole.COUNT)}"
        options = str(index.data(CountRole.OPTIONS) or "")
        inner = box.adjusted(16, 8, -16, -8)
        top = QRect(inner.x(), inner.y(), inner.width(), fonts.px(52) if options else inner.height())
        painter.setFont(fonts.font(28, bold=True))
        metrics = painter.fontMetrics()
        count_width = metrics.horizontalAdvance(count) + fonts.px(12)
        painter.setPen(theme.color("note") if marked else theme.color("accent"))
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(top, right, count)  # the number never gives way to a long name
        name_box = top.adjusted(0, 0, -count_width, 0)
        painter.setFont(fonts.font(24, bold=True))
        painter.setPen(theme.color("note") if marked else theme.color("text"))
        painter.drawText(name_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(str(dish), Qt.TextElideMode.ElideRight, name_box.width()))
        if options:
            below = QRect(inner.x(), top.bottom(), inner.width(), inner.bottom() - top.bottom())
            painter.setFont(fonts.font(16))
            painter.setPen(theme.color("muted"))
            painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             painter.fontMetrics().elidedText(options, Qt.TextElideMode.ElideRight, below.width()))
        painter.restore()


class CountsPanel(QFrame):
    """The dish counts over the right edge of `board` (a widget of `host`), shown and hidden by the top bar."""

    def __init__(self, host: QWidget, board: QWidget, model: DishCountModel, theme: Theme, fonts: Fonts,
                 now: Callable[[], datetime], *, beside: bool = False) -> None:
        """A hidden panel listing `model`; a finger on it holds recounts (time from `now()`).

        `beside`: the board narrows to make room for the panel rather than being covered (a kitchen station).
        """
        super().__init__(host)
        self.board = board
        self.beside = beside
        self.model = model
        self.fonts = fonts
        self.setObjectName("countsPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("drawerTitle")
        outer.addWidget(self.title)
        self.hint = QLabel()
        self.hint.setObjectName("drawerSubtitle")
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.empty = QLabel()
        self.empty.setObjectName("drawerSubtitle")
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.list = QListView()
        self.list.setObjectName("countsList")
        self.list.setModel(model)
        self.delegate = CountDelegate(theme, fonts, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(self.list.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.list.clicked.connect(lambda index: model.toggle(index.row()))
        outer.addWidget(self.list, 1)
        self.hold = TapHold(now, parent=self)
        """Keeps the rows still while a finger is on them (a recount could reorder them)."""
        self.hold.watch(self.list.viewport())
        self.hold.settled.connect(model.settle)
        model.held = lambda: self.hold.held
        model.modelReset.connect(self._show_empty)
        board.installEventFilter(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Every word again in the current language (the dishes too: names follow the screen's language)."""
        self.title.setText(tr("All-day counts"))
        self.hint.setText(tr("Still to cook, every platform. Tap a dish to find its tickets."))
        self.empty.setText(tr("Nothing to cook."))
        if self.isVisible():
            self.model.refresh(force=True)

    def set_theme(self, theme: Theme) -> None:
        """Repaint in `theme`."""
        self.delegate.theme = theme
        self.list.viewport().update()

    def set_fonts(self, fonts: Fonts) -> None:
        """Another font scale: rows and width again."""
        self.fonts = self.delegate.fonts = fonts
        self.list.scheduleDelayedItemsLayout()
        if self.isVisible():
            self._fit()

    def open(self) -> None:
        """Count and show, over the board's right edge."""
        self.model.set_active(True)
        self._fit()
        self._show_empty()
        self.show()
        self.raise_()

    def close_panel(self) -> None:
        """Hide; the board's marks go (and the board has its room back)."""
        self.hide()
        if self.beside:
            self.board.setContentsMargins(0, 0, 0, 0)
        self.model.set_active(False)

    def toggle(self) -> bool:
        """Open or close; True when now open."""
        if self.isVisible():
            self.close_panel()
        else:
            self.open()
        return self.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Follow the board's place and size."""
        if watched is self.board and event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.isVisible():
            self._fit()
        return False

    def _fit(self) -> None:
        area = self.board.geometry()
        width = min(self.fonts.px(PANEL_WIDTH), area.width() // 3)
        self.setGeometry(area.right() + 1 - width, area.top(), width, area.height())
        if self.beside and self.board.contentsMargins().right() != width:
            self.board.setContentsMargins(0, 0, width, 0)

    def _show_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

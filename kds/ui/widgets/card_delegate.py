"""Paints ticket cards and turns taps on them into button and card clicks.

One delegate per column paints every card of that column from its cached `CardLayout`; the clock
and undo countdowns are the only parts computed at paint time (from the board's last tick).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kds.domain.deadlines import Urgency
from kds.domain.order import OrderKey
from kds.ui.theme import Fonts, Theme
from kds.ui.viewmodels.board import BoardModel
from kds.ui.viewmodels.card import Button, ButtonStyle, CardData
from kds.ui.viewmodels.ticket_model import Role
from kds.ui.widgets.card_layout import (
    WRAP,
    BoxOp,
    CardFonts,
    CardLayout,
    TextOp,
    caption_font,
    clock_font,
    is_countdown,
    layout_card,
)
from kds.ui.wording import tr

Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    """Draws the cards of one column; `compact` for Out/Done and Later."""

    button_clicked = Signal(object, str)
    """`(OrderKey, button id)`: a card button was tapped."""
    card_clicked = Signal(object)
    """`OrderKey`: a card was tapped outside its buttons."""

    def __init__(self, board: BoardModel, theme: Theme, fonts: Fonts, *, compact: bool = False,
                 buttons: bool = True, show_numbers: bool = True, parent: QObject | None = None) -> None:
        """Paint cards of `board`; `buttons=False` leaves every action to the drawer (the Later lane)."""
        super().__init__(parent)
        self.board = board
        self.theme = theme
        self.fonts = CardFonts(fonts)
        self.always_compact = compact
        self.compact = compact
        self.buttons = buttons
        self.show_numbers = show_numbers
        self.tiles = 1  # cards side by side (a kitchen station's one wide column); 1: one above the other
        self._layouts: dict[OrderKey, tuple[int, int, CardLayout]] = {}
        self._pressed: tuple[OrderKey, str] | None = None
        # The button last tapped, drawn pressed until its card changes: while the board holds its
        # layout after a tap (`tap_hold`) the card may not change for a moment, and the tap must show.
        self._tapped: tuple[OrderKey, str, int] | None = None

    # -- configuration -----------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        """Paint with `theme` from now on (no relayout needed)."""
        self.theme = theme

    def set_fonts(self, fonts: Fonts) -> None:
        """Use another font scale (every card is laid out again)."""
        self.fonts = CardFonts(fonts)
        self._layouts.clear()

    def set_compact(self, compact: bool) -> bool:
        """Compact cards (header, one line, the buttons) or full ones; True when that changed."""
        compact = compact or self.always_compact
        if compact == self.compact:
            return False
        self.compact = compact
        self._layouts.clear()
        return True

    def full_height(self, card: CardData, width: int) -> int:
        """The height `card` would take as a full card (to decide whether a column needs compact cards)."""
        if not self.compact:
            return self.layout_for(card, width).height
        return layout_card(card, width, self.fonts, compact=False, buttons=self.buttons).height

    # -- layout ------------------------------------------------------------------------------

    def _view_width(self) -> int:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            if self.tiles <= 1:
                return view.viewport().width()
            # A pixel short of a third (or half): QListView wraps an item that fills the row to the last pixel.
            return view.viewport().width() // self.tiles - 1
        return 360

    def layout_for(self, card: CardData, width: int) -> CardLayout:
        """The (cached) layout of `card` at `width`."""
        cached = self._layouts.get(card.key)
        if cached is not None and cached[0] == card.revision and cached[1] == width:
            return cached[2]
        layout = layout_card(card, width, self.fonts, compact=self.compact, buttons=self.buttons)
        self._layouts[card.key] = (card.revision, width, layout)
        if len(self._layouts) > 2000:  # cards that left the board; cheap to rebuild if they return
            live = {k for k in self._layouts if self.board.card(k) is not None}
            self._layouts = {k: v for k, v in self._layouts.items() if k in live}
        return layout

    def painted_layout(self, key: OrderKey) -> CardLayout | None:
        """The layout `key`'s card was last drawn with (what the screen shows until the next paint)."""
        cached = self._layouts.get(key)
        return cached[2] if cached is not None else None

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt override
        """The card's height at the view's width."""
        card = index.data(Role.CARD)
        width = self._view_width()
        if not isinstance(card, CardData):
            return QSize(width, 0)
        return QSize(width, self.layout_for(card, width).height)

    def button_rect(self, view: QAbstractItemView, index: Index, button_id: str) -> QRect | None:
        """Where button `button_id` of the card at `index` is, in viewport coordinates."""
        card = index.data(Role.CARD)
        if not isinstance(card, CardData):
            return None
        item = view.visualRect(index)
        rect = self.layout_for(card, item.width()).button_rect(button_id)
        return None if rect is None else rect.translated(item.topLeft())

    # -- painting ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Paint one card."""
        card = index.data(Role.CARD)
        if not isinstance(card, CardData):
            return
        theme = self.theme
        rect: QRect = option.rect
        layout = self.layout_for(card, rect.width())
        clock = self.board.display_clock(card.key)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(rect.topLeft())
        box = layout.card

        background = theme.color("card_alt" if self.always_compact else "card")
        if clock.urgency is Urgency.EXPIRED:
            background = theme.color("expired_bg")
        border, border_w = theme.color("card_border"), 1.0
        highlighted = self.board.highlighted(card.key)
        if highlighted:  # just cancelled straight into Out/Done: it stands out for a few seconds
            background = theme.color("cancelled_bg")
        if card.alert or highlighted:
            border, border_w = theme.color("critical"), 3.0
        elif clock.urgency is Urgency.WARNING:
            border, border_w = theme.color("warning"), 2.5
        elif clock.urgency in (Urgency.CRITICAL, Urgency.EXPIRED):
            border, border_w = theme.color("critical"), 4.0
            if not clock.pulse:
                border.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, 10, 10)
        # The platform's colour down the left edge: which tablet this would have rung on.
        painter.setBrush(QColor(card.platform_color))
        painter.drawRoundedRect(QRect(box.x(), box.y(), self.fonts.px(7), box.height()), 4, 4)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(border, border_w))
        inset = int(border_w / 2)
        painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), 10, 10)
        if self.board.selected == card.key:
            painter.setPen(QPen(theme.color("accent"), 4.0))
            painter.drawRoundedRect(box.adjusted(-3, -3, 3, 3), 12, 12)

        for op in layout.ops:
            if isinstance(op, BoxOp):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.color(op.color))
                painter.drawRoundedRect(op.rect, op.radius, op.radius)
            elif isinstance(op, TextOp):
                painter.setFont(op.font)
                painter.setPen(theme.color(op.color))
                painter.drawText(op.rect, op.flags, op.text)

        self._paint_header(painter, card, layout, clock.text, clock.caption, clock.urgency)
        for button, button_rect in layout.buttons:
            self._paint_button(painter, card, button, button_rect)
        if self.board.marked and card.key not in self.board.marked:
            # A dish is tapped in the all-day counts: the tickets without it fade, so those with it stand out.
            veil = theme.color("window")
            veil.setAlpha(175)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(veil)
            painter.drawRoundedRect(box, 10, 10)
        painter.restore()

    def _paint_header(self, painter: QPainter, card: CardData, layout: CardLayout, clock_text: str,
                      caption: str, urgency: Urgency) -> None:
        theme, fonts = self.theme, self.fonts
        number = self.board.number_of(card.key) if self.show_numbers else 0
        center = int(Qt.AlignmentFlag.AlignCenter)
        if number:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color("button"))
            painter.drawRoundedRect(layout.number, 6, 6)
            painter.setFont(fonts.number)
            painter.setPen(theme.color("button_text"))
            painter.drawText(layout.number, center, str(number))
        if layout.badge_text:  # a narrow card has no room for it: no empty box
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(card.platform_color))
            painter.drawRoundedRect(layout.badge, 6, 6)
            painter.setFont(fonts.badge)
            painter.setPen(theme.badge_text(card.platform_color))
            painter.drawText(layout.badge, center, layout.badge_text)
        right = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)
        if clock_text:
            painter.setFont(clock_font(fonts, clock_text, layout.clock.width(), compact=self.compact))
            painter.setPen(theme.urgency_color(urgency) if is_countdown(clock_text) else theme.color("muted"))
            painter.drawText(layout.clock, right, clock_text)
        if caption:
            painter.setFont(caption_font(fonts, caption.upper(), layout.caption.width()))
            painter.setPen(theme.color("muted") if urgency is Urgency.CALM else theme.urgency_color(urgency))
            painter.drawText(layout.caption, right, caption.upper())
        painter.setFont(fonts.meta)
        painter.setPen(theme.color("muted"))
        painter.drawText(layout.meta, WRAP, layout.meta_text)

    def _button_label(self, button: Button) -> tuple[str, bool]:
        if button.undo_until is None:
            return button.label, button.enabled
        left = (button.undo_until - self.board.now).total_seconds()
        if left <= 0:
            return tr("Sending…"), False
        return tr("Undo %1").replace("%1", str(math.ceil(left))), True

    def _paint_button(self, painter: QPainter, card: CardData, button: Button, rect: QRect) -> None:
        theme = self.theme
        label, enabled = self._button_label(button)
        tapped = self._tapped is not None and self._tapped == (card.key, button.id, card.revision)
        pressed = self._pressed == (card.key, button.id) or tapped
        fill, text, outline = theme.color("button"), theme.color("button_text"), None
        if not enabled:
            fill, text = theme.color("disabled"), theme.color("muted")
        elif button.style is ButtonStyle.PRIMARY:
            fill, text = theme.color("primary"), theme.color("primary_text")
        elif button.style is ButtonStyle.DANGER:
            fill, text, outline = QColor(0, 0, 0, 0), theme.color("danger"), theme.color("danger")
        elif button.style is ButtonStyle.ALERT:
            fill, text = theme.color("danger"), theme.color("danger_text")
        if pressed and enabled:
            fill = fill.darker(135) if fill.alpha() else QColor(theme.danger).darker(300)
        painter.setBrush(fill)
        painter.setPen(QPen(outline, 2.0) if outline is not None else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 10, 10)
        painter.setFont(self.fonts.button)
        painter.setPen(text)
        shown = self.fonts.metrics(self.fonts.button).elidedText(label, Qt.TextElideMode.ElideRight,
                                                                 rect.width() - self.fonts.px(12))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), shown)

    # -- taps --------------------------------------------------------------------------------

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: Index) -> bool:  # noqa: N802 - Qt override
        """Press, then release on the same button (or card) is a tap; buttons fire on release."""
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        card = index.data(Role.CARD)
        if not isinstance(card, CardData):
            return False
        rect: QRect = option.rect
        layout = self.layout_for(card, rect.width())
        pos = event.position().toPoint() - rect.topLeft()
        button = layout.button_at(pos.x(), pos.y())
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.board.touch(card.key)
            enabled = button is not None and self._button_label(button)[1]
            self._pressed = (card.key, button.id if button is not None and enabled else "")
            self._update(option)
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            self._update(option)
            if pressed is None or pressed[0] != card.key:
                return True
            if pressed[1]:
                if button is not None and button.id == pressed[1]:
                    self._tapped = (card.key, button.id, card.revision)
                    self.button_clicked.emit(card.key, button.id)
            elif layout.card.contains(pos) and button is None:
                # A tap on a dead button (e.g. the second tap of a double tap on Confirm) does
                # nothing: only taps beside the buttons open the order.
                self.card_clicked.emit(card.key)
            return True
        return False

    @staticmethod
    def _update(option: QStyleOptionViewItem) -> None:
        widget = option.widget
        if isinstance(widget, QAbstractItemView):
            widget.viewport().update(option.rect)
        elif isinstance(widget, QWidget):
            widget.update()
